//! A glossary of documents and offices, each with its Russian name. Terms,
//! not legal numbers: the entries are plain text in the locales. The sources
//! line names the laws the terms come from (read from the rules' sources).

use musofir_law::ids;

use super::common::{join, law_names, Ctx, Paragraphs};
use crate::text::Msg;

pub(crate) fn paragraphs(ctx: Ctx) -> Paragraphs {
    let rules = [
        ids::REGISTRATION_TERM_GENERAL,
        ids::PATENT_APPLICATION_TERM,
        ids::BAN_AFTER_EXPULSION,
        ids::FINE_KOAP_18_8_1,
    ]
    .into_iter()
    .map(|id| ctx.rule(id))
    .collect::<Result<Vec<_>, _>>()?;
    let laws = law_names(rules)
        .into_iter()
        .map(|name| Msg::new("explain-verbatim").str("text", name))
        .collect();
    Ok(vec![
        Msg::new("glossary-intro"),
        Msg::new("glossary-documents"),
        Msg::new("glossary-offices"),
        Msg::new("glossary-status"),
        Msg::new("glossary-sources").msg("laws", join("explain-join-comma", laws)),
    ])
}
