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
