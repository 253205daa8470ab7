//! Free questions: a question typed at any point ("patent qancha turadi?",
//! "сколько стоит патент", "RKL tekshirish") is matched to the topic that
//! answers it ([`match_question`]), by data ([`keywords`]), and answered from
//! the law data ([`answer`]): a fact (the region's monthly patent payment,
//! where to apply or pass the medical check, how to check the register), or
//! the explainer of the topic. Pure: no I/O, no clock.
//!
//! Matching folds every script into one Latin skeleton ([`fold`]): Russian,
//! Uzbek Cyrillic, Tajik and Kyrgyz letters, Uzbek Latin (qʻ, oʻ, x) and
//! Russian typed in Latin letters ("skolko", "registraciya") meet there, so one
//! stem serves several spellings. The language of the user does not narrow
//! the search: people mix languages; the answer is in their language.

mod keywords;

use chrono::NaiveDate;
use musofir_law::{ids, CitizenshipGroup, Law, LawDate, Region, Service, Where};

use crate::explain;
use crate::guidance;
use crate::text::{Lang, Msg};

/// What a free question is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Topic {
    /// The monthly payment for the patent in the region.
    PatentPrice,
    /// Where and by when to apply for the patent.
    PatentWhere,
    /// The patent in general.
    Patent,
    /// A patent holder's year: re-issue, a new employer, a lost job.
    PatentYear,
    /// How to check the register of controlled persons (and entry bans).
    RklCheck,
    /// The register of controlled persons.
    Rkl,
    /// Entry bans, expulsion, deportation.
    EntryBan,
    /// Registration at the place of stay.
    Registration,
    Amina,
    Amnesty,
    /// Where and by when to pass the medical check.
    MedicalWhere,
    /// How long one may stay.
    StayLimit,
    Fines,
    /// A lost passport, migration card or patent.
    Lost,
    Moving,
    /// A labour contract: the copy to MVD, a new one (EAEU).
    Contract,
    Family,
    Students,
    /// Offices by region.
    Offices,
    /// The purpose of entry.
    Purpose,
    /// The regime of expulsion.
    Regime,
}

impl Topic {
    pub const ALL: [Topic; 21] = [
        Topic::PatentPrice,
        Topic::PatentWhere,
        Topic::Patent,
        Topic::PatentYear,
        Topic::RklCheck,
        Topic::Rkl,
        Topic::EntryBan,
        Topic::Registration,
        Topic::Amina,
        Topic::Amnesty,
        Topic::MedicalWhere,
        Topic::StayLimit,
        Topic::Fines,
        Topic::Lost,
        Topic::Moving,
        Topic::Contract,
        Topic::Family,
        Topic::Students,
        Topic::Offices,
        Topic::Purpose,
        Topic::Regime,
    ];
}

/// One letter folded: Cyrillic of every language to Latin, look-alike Latin
/// spellings to one (q→k, x→h, w→v), apostrophes dropped.
fn fold_char(c: char, out: &mut String) {
    let s = match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' | 'ғ' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' | 'є' => "e",
        'ж' | 'ҷ' => "j",
        'з' => "z",
        'и' | 'ӣ' | 'ы' | 'і' => "i",
        'й' => "y",
        'к' | 'қ' | 'q' => "k",
        'л' => "l",
        'м' => "m",
        'н' | 'ң' => "n",
        'о' | 'ө' | 'ў' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' | 'ӯ' | 'ү' => "u",
        'ф' => "f",
        'х' | 'ҳ' | 'x' => "h",
        'ц' => "ts",
        'ч' => "ch",
        'ш' | 'щ' => "sh",
        'ю' => "yu",
        'я' => "ya",
        'w' => "v",
        // Signs and apostrophes (Uzbek oʻ, gʻ; the Russian soft sign) fold to nothing.
        'ъ' | 'ь' | '\'' | '`' | 'ʻ' | 'ʼ' | '’' | '‘' => "",
        c if c.is_alphanumeric() => {
            out.push(c);
            return;
        }
        _ => " ",
    };
    out.push_str(s);
}

/// A text as words of one Latin skeleton: lowercased, every script folded,
/// Russian typed in Latin brought close ("kh", "zh", "c" → "h", "j", "ts").
pub fn fold(text: &str) -> Vec<String> {
    let mut s = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        fold_char(c, &mut s);
    }
    s.split_whitespace()
        .map(|w| {
            w.replace("kh", "h")
                .replace("zh", "j")
                .replace("dj", "j")
                .replace("ch", "\u{1}")
                .replace('c', "ts")
                .replace('\u{1}', "ch")
        })
        .collect()
}

/// Whether one of `stems` begins a word of `words` (a stem of several words
/// begins as many words in a row).
fn hits(words: &[String], stems: &[&str]) -> Option<()> {
    stems
        .iter()
        .any(|stem| {
            let parts = fold(stem);
            !parts.is_empty()
                && words.windows(parts.len()).any(|w| {
                    w.iter()
                        .zip(&parts)
                        .all(|(word, part)| word.starts_with(part.as_str()))
                })
        })
        .then_some(())
}

/// The topic a typed text asks about, if any: the entry of
/// [`keywords::ENTRIES`] with the most groups matched, the earliest among
/// equals. `lang` is the user's language; the words of
/// every language are tried (people mix them).
pub fn match_question(text: &str, _lang: Lang) -> Option<Topic> {
    let words = fold(text);
    if words.is_empty() {
        return None;
    }
    let mut best: Option<(usize, Topic)> = None;
    for entry in keywords::ENTRIES {
        if !entry.all.iter().all(|g| hits(&words, g).is_some()) {
            continue;
        }
        // Strictly more groups replace; among equals the earlier entry stays.
        if best.is_none_or(|(groups, _)| entry.all.len() > groups) {
            best = Some((entry.all.len(), entry.topic));
        }
    }
    best.map(|(_, t)| t)
}

/// Whether a text reads as a question (a question mark, an interrogative,
/// or a word of price, place or checking), not as a typed button label.
pub fn looks_like_question(text: &str) -> bool {
    if text.contains('?') || text.contains('؟') {
        return true;
    }
    let words = fold(text);
    keywords::QUESTION
        .iter()
        .any(|group| hits(&words, group).is_some())
}

/// What the bot knows about the person, for answers that depend on it.
#[derive(Clone, Copy, Debug, Default)]
pub struct Person {
    pub region: Option<Region>,
    pub group: Option<CitizenshipGroup>,
}

/// An answer: its paragraphs, and the explainer that tells more (a button).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    pub paragraphs: Vec<Msg>,
    pub more: Option<explain::Topic>,
    /// The paragraphs are the opening of the explainer `more` (no short fact): its button reads "More".
    pub short: bool,
}

/// The explainer that answers a topic in full.
pub fn explainer(topic: Topic, who: Person) -> explain::Topic {
    match topic {
        Topic::PatentPrice | Topic::PatentWhere | Topic::Patent => explain::Topic::Patent,
        Topic::PatentYear => explain::Topic::PatentYear,
        Topic::RklCheck | Topic::Rkl => explain::Topic::Register,
        Topic::EntryBan => explain::Topic::Travel,
        Topic::Registration => explain::Topic::Registration,
        Topic::Amina => explain::Topic::Amina,
        Topic::Amnesty => explain::Topic::Amnesty,
        Topic::MedicalWhere | Topic::Offices => explain::Topic::Offices,
        Topic::StayLimit => explain::Topic::StayLimit,
        Topic::Fines => explain::Topic::Penalties,
        Topic::Lost => explain::Topic::Lost,
        Topic::Moving => explain::Topic::Moving,
        Topic::Contract if who.group.is_some_and(|g| g.is_eaeu()) => explain::Topic::EaeuContract,
        Topic::Contract => explain::Topic::PatentYear,
        Topic::Family => explain::Topic::Family,
        Topic::Students => explain::Topic::Students,
        Topic::Purpose => explain::Topic::Purpose,
        Topic::Regime => explain::Topic::Regime,
    }
}

/// The answer to a topic on `today`: a short fact with its source and the
/// data's date, and a button to the explainer; or the explainer itself.
pub fn answer(topic: Topic, who: Person, law: &Law, today: NaiveDate) -> Answer {
    let more = explainer(topic, who);
    let fact = match topic {
        Topic::PatentPrice => Some(patent_price(who.region, law, today)),
        Topic::PatentWhere => office_answer(who.region, Service::Patent, law),
        Topic::MedicalWhere => office_answer(who.region, Service::Medical, law),
        Topic::RklCheck => rkl_check(law),
        _ => None,
    };
    match fact {
        Some(mut paragraphs) => {
            paragraphs.push(Msg::new("faq-as-of").date("date", law.as_of()));
            Answer {
                paragraphs,
                more: Some(more),
                short: false,
            }
        }
        // No short fact: the explainer's opening paragraph and its date first (a phone's screen), the whole
        // explainer behind "More".
        None => {
            let mut all = explain::explain(more, law, today);
            all.truncate(1);
            all.push(Msg::new("faq-as-of").date("date", law.as_of()));
            Answer {
                paragraphs: all,
                more: Some(more),
                short: true,
            }
        }
    }
}

fn region_name(r: Region) -> Msg {
    Msg::new(format!("explain-region-{}", r.as_str()))
}

/// The monthly payment in the person's region, or in every region the data
/// knows (and where to ask for the others).
fn patent_price(region: Option<Region>, law: &Law, today: NaiveDate) -> Vec<Msg> {
    let own = region.and_then(|r| {
        let rule = law.patent_payment(r, today)?;
        Some((r, rule, rule.rub()?))
    });
    if let Some((r, rule, rub)) = own {
        let head = match rule.in_force_from {
            LawDate::On(from) => Msg::new("faq-patent-price").date("from", from),
            _ => Msg::new("faq-patent-price-nodate"),
        }
        .msg("region", region_name(r))
        .rub("rub", i64::from(rub));
        let mut out = vec![
            head,
            guidance::source(&rule.source, rule.source_url(), rule.confidence),
        ];
        if rule.is_uncertain() {
            out.push(Msg::new("note-amount_unverified"));
        }
        return out;
    }
    let mut lines = vec![Msg::new("faq-patent-price-all")];
    let mut unsure = false;
    for r in Region::ALL {
        let Some(rule) = law.patent_payment(*r, today) else {
            continue;
        };
        let Some(rub) = rule.rub() else { continue };
        let source = explain::ru_citation(&rule.source);
        let cite = match rule.source_url() {
            Some(url) => Msg::new("explain-cite-link")
                .str("url", url)
                .str("source", source),
            None => Msg::new("explain-cite-plain").str("source", source),
        };
        // A weak source is marked, and explained once below the list.
        let id = if rule.is_uncertain() {
            unsure = true;
            "faq-price-line-unsure"
        } else {
            "faq-price-line"
        };
        lines.push(
            Msg::new(id)
                .msg("region", region_name(*r))
                .rub("rub", i64::from(rub))
                .msg("source", cite),
        );
    }
    if unsure {
        lines.push(Msg::new("faq-price-unsure"));
    }
    lines.push(Msg::new("faq-patent-price-other"));
    vec![guidance::lines(lines).unwrap_or_else(|| Msg::new("faq-patent-price-other"))]
}

/// The term (from entry) and the region's offices for a service, or how to
/// find one. `None` for a service without a term here.
fn office_answer(region: Option<Region>, service: Service, law: &Law) -> Option<Vec<Msg>> {
    let (id, msg) = match service {
        Service::Patent => (ids::PATENT_APPLICATION_TERM, "faq-patent-term"),
        Service::Medical => (ids::MEDICAL_TERM_WORK, "faq-medical-term"),
        _ => return None,
    };
    let rule = law.rule(id)?;
    let mut out = vec![
        Msg::new(msg).num("days", i64::from(rule.days()?)),
        guidance::source(&rule.source, rule.source_url(), rule.confidence),
    ];
    let offices = law.offices();
    let here = region.map(|r| (r, offices.find(r, service)));
    match here {
        Some((r, Where::Offices { offices: list })) => {
            let mut l = vec![Msg::new("faq-offices-in").msg("region", region_name(r))];
            for o in list {
                let name = match &o.address {
                    Some(a) => Msg::new("faq-office-address")
                        .str("name", &o.name_ru)
                        .str("address", a),
                    None => Msg::new("faq-office").str("name", &o.name_ru),
                };
                l.push(match o.source_url() {
                    Some(url) => Msg::new("faq-office-src")
                        .msg("office", name)
                        .str("url", url),
                    None => name,
                });
            }
            l.push(Msg::new("faq-offices-check").date("date", offices.as_of));
            out.extend(guidance::lines(l));
        }
        _ => {
            let url = guidance::mvd_site(law);
            out.push(
                Msg::new(match service {
                    Service::Medical => "faq-find-clinic",
                    _ => "faq-find-mvd",
                })
                .str("url", url),
            );
        }
    }
    Some(out)
}

/// Where to check the register of controlled persons (and entry bans).
fn rkl_check(law: &Law) -> Option<Vec<Msg>> {
    let rule = law.rule(ids::RKL_REGISTER)?;
    let url = rule.source_url()?;
    let mut out = vec![
        Msg::new("faq-rkl-check").str("url", url),
        guidance::source(&rule.source, Some(url), rule.confidence),
    ];
    if let Some(ban) = law.rule(ids::BAN_CHECK_BEFORE_TRAVEL) {
        out.push(Msg::new("faq-rkl-official"));
        out.push(guidance::source(
            &ban.source,
            ban.source_url(),
            ban.confidence,
        ));
    }
    Some(out)
}
