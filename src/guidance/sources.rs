//! Where a fact comes from and where to check it.

use super::*;
use musofir_law::ids;
use musofir_law::{Check, Confidence, Law};

use crate::explain::ru_citation;
use crate::text::Msg;

/// "Source: … (confidence: …)", linked when there is a URL. The citation is
/// shown in Russian (`explain::ru_citation`), the language of the act and of
/// the officials, so it reads the same in every language and script.
pub fn source(source: &str, url: Option<&str>, confidence: Confidence) -> Msg {
    let source = ru_citation(source);
    let conf = Msg::new(confidence_id(confidence));
    match url {
        Some(url) => Msg::new("source-link")
            .str("source", source)
            .str("url", url)
            .msg("confidence", conf),
        None => Msg::new("source-line")
            .str("source", source)
            .msg("confidence", conf),
    }
}

/// Where to check, as a phrase: the office, or the MVD register page with its link.
pub fn check(check: Check, url: Option<&str>, law: &Law) -> Msg {
    if check == Check::MvdRklPage {
        let url = url.map(str::to_string).or_else(|| rkl_url(law));
        return match url {
            Some(url) => Msg::new(check_id(check)).str("url", url),
            None => Msg::new("check-mvd_rkl_page-nolink"),
        };
    }
    Msg::new(check_id(check))
}

/// Where to check whether a patent still stands: the MVD's online check
/// ("Проверка действительности патента") on the MVD's site, never an office
/// (a migration centre issues patents; it is not where their validity is
/// looked up).
pub fn patent_check(law: &Law) -> Msg {
    Msg::new("check-patent_valid").str("url", mvd_site(law))
}

/// The MVD's site, as the offices data records it (where to find a region's
/// migration unit).
pub fn mvd_site(law: &Law) -> &str {
    law.offices()
        .how_to_find()
        .urls
        .first()
        .map(String::as_str)
        .unwrap_or("https://мвд.рф")
}

pub(super) fn rkl_url(law: &Law) -> Option<String> {
    law.rule(ids::RKL_REGISTER)
        .and_then(|r| r.source_url())
        .map(str::to_string)
}

/// "Not certain: check at …". Without a named place, the MVD office.
pub fn uncertain(c: Option<Check>, url: Option<&str>, law: &Law) -> Msg {
    let c = c.unwrap_or(Check::MvdOffice);
    Msg::new("guidance-uncertain").msg("check", check(c, url, law))
}
