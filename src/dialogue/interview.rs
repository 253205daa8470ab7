//! The interview: a few taps (and typed dates) from citizenship to "your
//! deadlines". Each question knows its buttons, what typed text it accepts,
//! when it applies, and what comes next.

use chrono::{Duration, NaiveDate};
use musofir_law::profile::OTHER_COUNTRY;
use musofir_law::{Citizenship, CitizenshipGroup, Housing, Purpose, Region};

use super::questions::Question;
use super::state::{Answers, PatentAnswer};
use super::{Action, Button, Reply};
use crate::text::Msg;
use musofir_dates::{parse_date, DateError, Expect};

/// The order questions are asked in: `Question::ALL`, less `CitizenshipMore`,
/// which is reached only from the "other country" button.
fn order() -> impl Iterator<Item = Question> {
    Question::ALL
        .into_iter()
        .filter(|q| *q != Question::CitizenshipMore)
}

/// How far back a typed date may reasonably go: older answers are typos.
const PAST_LIMIT_DAYS: i64 = 3 * 366;
/// How far ahead a "valid until" date may go (registration and patents last a year at most).
const FUTURE_LIMIT_DAYS: i64 = 2 * 366;

/// Buttons of a question: (value code, label message id).
fn choices(q: Question) -> &'static [(&'static str, &'static str)] {
    match q {
        Question::Citizenship => &[
            ("UZ", "country-uz"),
            ("TJ", "country-tj"),
            ("KG", "country-kg"),
            ("KZ", "country-kz"),
            ("more", "country-more"),
        ],
        Question::CitizenshipMore => &[
            ("AM", "country-am"),
            ("BY", "country-by"),
            ("UA", "country-ua"),
            ("XX", "country-other"),
        ],
        Question::EntryDate => &[("today", "answer-today"), ("yesterday", "answer-yesterday")],
        Question::Purpose => &[
            ("work", "purpose-work"),
            ("study", "purpose-study"),
            ("private", "purpose-private"),
            ("tourism", "purpose-tourism"),
            ("business", "purpose-business"),
            ("other", "purpose-other"),
        ],
        Question::Housing => &[("private", "housing-private"), ("hotel", "housing-hotel")],
        Question::Region => &[
            ("moscow", "region-moscow"),
            ("moscow_oblast", "region-moscow_oblast"),
            ("spb", "region-spb"),
            ("leningrad_oblast", "region-leningrad_oblast"),
            ("other", "region-other"),
        ],
        Question::Registered => &[("yes", "registered-yes"), ("no", "registered-no")],
        Question::RegisteredOn | Question::MedicalOn => &[("unknown", "answer-dont-remember")],
        Question::RegisteredUntil => &[("unknown", "answer-dont-know")],
        Question::Patent => &[
            ("have", "patent-have"),
            ("applied", "patent-applied"),
            ("notyet", "patent-notyet"),
        ],
        Question::PatentAppliedOn => &[
            ("today", "answer-today"),
            ("unknown", "answer-dont-remember"),
        ],
        Question::PatentIssuedOn | Question::PatentPaidUntil => &[],
        Question::LabourContract => &[("yes", "labour-yes"), ("no", "labour-no")],
        Question::Medical => &[("yes", "medical-yes"), ("no", "medical-no")],
        Question::Contract => &[
            ("yes", "contract-yes"),
            ("no", "contract-no"),
            ("unknown", "answer-dont-know"),
        ],
        Question::PriorDays => &[("0", "days-none"), ("unknown", "answer-dont-know")],
    }
}

/// What typed text a question reads.
enum Typed {
    Nothing,
    Date(Expect),
    Number,
}

fn typed(q: Question) -> Typed {
    match q {
        Question::EntryDate
        | Question::RegisteredOn
        | Question::PatentAppliedOn
        | Question::PatentIssuedOn
        | Question::MedicalOn => Typed::Date(Expect::Past),
        Question::RegisteredUntil | Question::PatentPaidUntil => Typed::Date(Expect::Future),
        Question::PriorDays => Typed::Number,
        _ => Typed::Nothing,
    }
}

fn group(a: &Answers) -> Option<CitizenshipGroup> {
    a.citizenship.map(|c| c.group())
}

/// A patent is needed: work purpose and not an EAEU citizen.
fn needs_patent(a: &Answers) -> bool {
    a.purpose == Some(Purpose::Work) && !group(a).is_some_and(|g| g.is_eaeu())
}

/// An EAEU citizen who came to work (no patent needed; a contract instead).
fn eaeu_worker(a: &Answers) -> bool {
    a.purpose == Some(Purpose::Work) && group(a).is_some_and(|g| g.is_eaeu())
}

fn hotel(a: &Answers) -> bool {
    a.housing == Some(Housing::Hotel)
}

/// Whether a question applies to what the user answered so far.
pub fn applies(q: Question, a: &Answers) -> bool {
    match q {
        Question::Citizenship
        | Question::EntryDate
        | Question::Purpose
        | Question::Housing
        | Question::Region => true,
        Question::CitizenshipMore => false,
        Question::Registered => !hotel(a),
        Question::RegisteredOn | Question::RegisteredUntil => {
            !hotel(a) && a.registered == Some(true)
        }
        Question::Patent => needs_patent(a),
        Question::LabourContract => eaeu_worker(a),
        Question::PatentAppliedOn => needs_patent(a) && a.patent == Some(PatentAnswer::Applied),
        Question::PatentIssuedOn | Question::PatentPaidUntil | Question::Contract => {
            needs_patent(a) && a.patent == Some(PatentAnswer::Have)
        }
        // The medical check is for work (30 days) and long stays such as study
        // (90 days); Belarus citizens are exempt.
        Question::Medical => {
            matches!(a.purpose, Some(Purpose::Work | Purpose::Study))
                && group(a) != Some(CitizenshipGroup::Belarus)
        }
        Question::MedicalOn => applies(Question::Medical, a) && a.medical == Some(true),
        // The 90-day limit does not bind patent holders or EAEU workers
        // with a contract.
        Question::PriorDays => {
            !(eaeu_worker(a) && a.labour_contract != Some(false))
                && a.patent != Some(PatentAnswer::Have)
        }
    }
}

/// Whether the user has answered (including "don't know").
pub fn answered(q: Question, a: &Answers) -> bool {
    if a.unknown.contains(&q) {
        return true;
    }
    match q {
        Question::Citizenship | Question::CitizenshipMore => a.citizenship.is_some(),
        Question::EntryDate => a.entry_date.is_some(),
        Question::Purpose => a.purpose.is_some(),
        Question::Housing => a.housing.is_some(),
        Question::Region => a.region.is_some(),
        Question::Registered => a.registered.is_some(),
        Question::RegisteredOn => a.registered_on.is_some(),
        Question::RegisteredUntil => a.registered_until.is_some(),
        Question::Patent => a.patent.is_some(),
        Question::PatentAppliedOn => a.patent_applied_on.is_some(),
        Question::PatentIssuedOn => a.patent_issued_on.is_some(),
        Question::PatentPaidUntil => a.patent_paid_until.is_some(),
        Question::Medical => a.medical.is_some(),
        Question::MedicalOn => a.medical_done_on.is_some(),
        Question::Contract => a.contract_notified.is_some(),
        Question::LabourContract => a.labour_contract.is_some(),
        Question::PriorDays => a.days_in_russia_this_year.is_some(),
    }
}

/// The next question after `q` in the interview's order that applies.
pub fn next_after(q: Question, a: &Answers) -> Option<Question> {
    let q = if q == Question::CitizenshipMore {
        Question::Citizenship
    } else {
        q
    };
    order()
        .skip_while(|x| *x != q)
        .skip(1)
        .find(|x| applies(*x, a))
}

/// The first question that applies and has no answer yet.
pub fn first_open(a: &Answers) -> Option<Question> {
    order().find(|q| applies(*q, a) && !answered(*q, a))
}

/// The question, its buttons, and "Back".
pub fn ask(q: Question, a: &Answers, today: NaiveDate, can_go_back: bool) -> Reply {
    let mut prompt = Msg::new(format!("q-{}", q.code()));
    if q == Question::PriorDays {
        let year = a.entry_date.unwrap_or(today);
        prompt = prompt.num("year", chrono::Datelike::year(&year) as i64);
    }
    let mut r = Reply::new(prompt);
    if matches!(typed(q), Typed::Date(_)) {
        r = r.then(Msg::new("q-type-hint").date("example", today));
    }
    let buttons: Vec<Button> = choices(q)
        .iter()
        .map(|(v, label)| Button {
            label: Msg::new(*label),
            action: Action::Pick(q, (*v).to_string()),
        })
        .collect();
    // Two buttons per row reads well on small phones.
    for row in buttons.chunks(2) {
        r = r.row(row.to_vec());
    }
    if can_go_back {
        r = r.row(vec![Button {
            label: Msg::new("nav-back"),
            action: Action::Back(q),
        }]);
    }
    r
}

/// Why an answer was not taken (each has a localized message).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    TapAButton,
    DateUnrecognized,
    DateImpossible,
    DateInFuture,
    DateTooOld,
    DateTooFar,
    DateBeforeEntry,
    DateBeforeIssue,
    NumberBad,
    /// More days than the year had before the entry date.
    DaysTooMany(u16),
    /// A button of another question (old message).
    Stale,
}

impl Refusal {
    pub fn msg(&self, today: NaiveDate) -> Msg {
        let id = match self {
            Refusal::TapAButton => "answer-tap-button",
            Refusal::DateUnrecognized => "answer-date-unrecognized",
            Refusal::DateImpossible => "answer-date-impossible",
            Refusal::DateInFuture => "answer-date-future",
            Refusal::DateTooOld => "answer-date-too-old",
            Refusal::DateTooFar => "answer-date-too-far",
            Refusal::DateBeforeEntry => "answer-date-before-entry",
            Refusal::DateBeforeIssue => "answer-date-before-issue",
            Refusal::NumberBad => "answer-number-bad",
            Refusal::DaysTooMany(max) => {
                return Msg::new("answer-days-too-many").num("max", i64::from(*max))
            }
            Refusal::Stale => "button-stale",
        };
        Msg::new(id).date("example", today)
    }
}

/// What the user gave: a button value or typed text.
pub enum Given<'a> {
    Pick(&'a str),
    Text(&'a str),
}

/// Records an answer to `q`. On success, returns the question to ask instead
/// of the next one, if the answer asks for it (the second screen of countries).
pub fn record(
    q: Question,
    given: Given<'_>,
    a: &mut Answers,
    today: NaiveDate,
) -> Result<Option<Question>, Refusal> {
    let value = match given {
        Given::Pick(v) => {
            if !choices(q).iter().any(|(c, _)| *c == v) {
                return Err(Refusal::Stale);
            }
            Some(v)
        }
        Given::Text(_) if matches!(typed(q), Typed::Nothing) => return Err(Refusal::TapAButton),
        Given::Text(_) => None,
    };
    let text = match given {
        Given::Text(t) => t,
        Given::Pick(_) => "",
    };
    a.unknown.retain(|x| *x != q);
    if matches!(value, Some("unknown")) {
        a.unknown.push(q);
        clear(q, a);
        return Ok(None);
    }
    match q {
        Question::Citizenship | Question::CitizenshipMore => {
            let code = value.unwrap_or(OTHER_COUNTRY);
            if code == "more" {
                return Ok(Some(Question::CitizenshipMore));
            }
            a.citizenship = Some(code.parse::<Citizenship>().map_err(|_| Refusal::Stale)?);
        }
        Question::Purpose => a.purpose = value.and_then(parse_enum),
        Question::Housing => a.housing = value.and_then(parse_enum),
        Question::Region => a.region = value.and_then(parse_enum::<Region>),
        Question::Registered => a.registered = Some(value == Some("yes")),
        Question::Patent => {
            a.patent = match value {
                Some("have") => Some(PatentAnswer::Have),
                Some("applied") => Some(PatentAnswer::Applied),
                _ => Some(PatentAnswer::NotYet),
            }
        }
        Question::Medical => a.medical = Some(value == Some("yes")),
        Question::Contract => a.contract_notified = Some(value == Some("yes")),
        Question::LabourContract => a.labour_contract = Some(value == Some("yes")),
        Question::PriorDays => {
            let n = match value {
                Some(v) => v.parse::<u16>().ok(),
                None => first_number(text),
            };
            // Days of this calendar year before the entry date: no more can
            // have been spent in Russia.
            let max = a
                .entry_date
                .map(|e| chrono::Datelike::ordinal0(&e) as u16)
                .unwrap_or(366);
            match n {
                Some(n) if n <= max => a.days_in_russia_this_year = Some(n),
                Some(n) if n <= 366 => return Err(Refusal::DaysTooMany(max)),
                _ => return Err(Refusal::NumberBad),
            }
        }
        Question::EntryDate
        | Question::RegisteredOn
        | Question::RegisteredUntil
        | Question::PatentAppliedOn
        | Question::PatentIssuedOn
        | Question::PatentPaidUntil
        | Question::MedicalOn => {
            let date = match value {
                Some("today") => today,
                Some("yesterday") => today - Duration::days(1),
                _ => {
                    let expect = match typed(q) {
                        Typed::Date(e) => e,
                        _ => Expect::Past,
                    };
                    parse_date(text, today, expect).map_err(|e| match e {
                        DateError::Impossible => Refusal::DateImpossible,
                        DateError::Empty | DateError::Unrecognized => Refusal::DateUnrecognized,
                    })?
                }
            };
            check_date(q, date, a, today)?;
            set_date(q, date, a);
        }
    }
    Ok(None)
}

fn check_date(q: Question, date: NaiveDate, a: &Answers, today: NaiveDate) -> Result<(), Refusal> {
    let past_only = matches!(typed(q), Typed::Date(Expect::Past));
    if past_only && date > today {
        return Err(Refusal::DateInFuture);
    }
    if date < today - Duration::days(PAST_LIMIT_DAYS) {
        return Err(Refusal::DateTooOld);
    }
    if date > today + Duration::days(FUTURE_LIMIT_DAYS) {
        return Err(Refusal::DateTooFar);
    }
    let entry = a.entry_date;
    match q {
        Question::RegisteredOn | Question::RegisteredUntil | Question::MedicalOn
            if entry.is_some_and(|e| date < e) =>
        {
            Err(Refusal::DateBeforeEntry)
        }
        Question::PatentPaidUntil if a.patent_issued_on.is_some_and(|i| date < i) => {
            Err(Refusal::DateBeforeIssue)
        }
        _ => Ok(()),
    }
}

fn set_date(q: Question, d: NaiveDate, a: &mut Answers) {
    match q {
        Question::EntryDate => a.entry_date = Some(d),
        Question::RegisteredOn => a.registered_on = Some(d),
        Question::RegisteredUntil => a.registered_until = Some(d),
        Question::PatentAppliedOn => a.patent_applied_on = Some(d),
        Question::PatentIssuedOn => a.patent_issued_on = Some(d),
        Question::PatentPaidUntil => a.patent_paid_until = Some(d),
        Question::MedicalOn => a.medical_done_on = Some(d),
        _ => {}
    }
}

/// "Don't know" clears an earlier answer to the same question.
fn clear(q: Question, a: &mut Answers) {
    match q {
        Question::RegisteredOn => a.registered_on = None,
        Question::RegisteredUntil => a.registered_until = None,
        Question::PatentAppliedOn => a.patent_applied_on = None,
        Question::MedicalOn => a.medical_done_on = None,
        Question::Contract => a.contract_notified = None,
        Question::PriorDays => a.days_in_russia_this_year = None,
        _ => {}
    }
}

fn parse_enum<T: serde::de::DeserializeOwned>(code: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(code.to_string())).ok()
}

/// "20", "20 kun", "около 20 дней" -> 20; "-5" is no number of days.
fn first_number(text: &str) -> Option<u16> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    if text[..start].trim_end().ends_with(['-', '−', '–']) {
        return None;
    }
    let digits: String = text[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit())
        .collect();
    if digits.is_empty() || digits.len() > 4 {
        return None;
    }
    digits.parse().ok()
}

/// One line per answer, for `/edit` and the summary: (question, label, value).
pub fn facts(a: &Answers) -> Vec<(Question, Msg)> {
    let mut out = Vec::new();
    let label = |q: Question| Msg::new(format!("fact-{}", q.code()));
    let choice = |q: Question, v: &str| {
        choices(q)
            .iter()
            .chain(choices(Question::CitizenshipMore).iter())
            .find(|(c, _)| *c == v)
            .map(|(_, l)| Msg::new(*l))
    };
    let unknown = Msg::new("answer-dont-know");
    for q in order() {
        if !applies(q, a) {
            continue;
        }
        let value: Option<Msg> = if a.unknown.contains(&q) {
            Some(unknown.clone())
        } else {
            match q {
                Question::Citizenship => a.citizenship.and_then(|c| choice(q, c.as_str())),
                Question::EntryDate => a.entry_date.map(date_msg),
                Question::Purpose => a
                    .purpose
                    .and_then(|p| choice(q, &crate::text::serde_name(&p))),
                Question::Housing => a
                    .housing
                    .and_then(|h| choice(q, &crate::text::serde_name(&h))),
                Question::Region => a
                    .region
                    .and_then(|r| choice(q, &crate::text::serde_name(&r))),
                Question::Registered => a
                    .registered
                    .map(|r| Msg::new(if r { "registered-yes" } else { "registered-no" })),
                Question::RegisteredOn => a.registered_on.map(date_msg),
                Question::RegisteredUntil => a.registered_until.map(date_msg),
                Question::Patent => a.patent.map(|p| {
                    Msg::new(match p {
                        PatentAnswer::Have => "patent-have",
                        PatentAnswer::Applied => "patent-applied",
                        PatentAnswer::NotYet => "patent-notyet",
                    })
                }),
                Question::PatentAppliedOn => a.patent_applied_on.map(date_msg),
                Question::PatentIssuedOn => a.patent_issued_on.map(date_msg),
                Question::PatentPaidUntil => a.patent_paid_until.map(date_msg),
                Question::Medical => a
                    .medical
                    .map(|m| Msg::new(if m { "medical-yes" } else { "medical-no" })),
                Question::MedicalOn => a.medical_done_on.map(date_msg),
                Question::Contract => a
                    .contract_notified
                    .map(|c| Msg::new(if c { "contract-yes" } else { "contract-no" })),
                Question::LabourContract => a
                    .labour_contract
                    .map(|c| Msg::new(if c { "labour-yes" } else { "labour-no" })),
                Question::PriorDays => a
                    .days_in_russia_this_year
                    .map(|n| Msg::new("fact-days-value").num("days", n as i64)),
                Question::CitizenshipMore => None,
            }
        };
        if let Some(v) = value {
            out.push((
                q,
                Msg::new("fact-line").msg("label", label(q)).msg("value", v),
            ));
        }
    }
    out
}

fn date_msg(d: NaiveDate) -> Msg {
    Msg::new("fact-date").date("date", d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn every_choice_value_is_a_valid_pick() {
        for q in Question::ALL {
            for (v, _) in choices(q) {
                let data = Action::Pick(q, v.to_string()).encode();
                assert_eq!(Action::decode(&data), Some(Action::Pick(q, v.to_string())));
            }
        }
    }

    #[test]
    fn an_uzbek_worker_is_asked_about_the_patent_a_kyrgyz_one_is_not() {
        let today = d("2026-03-10");
        let mut a = Answers::default();
        record(Question::Citizenship, Given::Pick("UZ"), &mut a, today).unwrap();
        record(Question::Purpose, Given::Pick("work"), &mut a, today).unwrap();
        assert!(applies(Question::Patent, &a));
        assert!(applies(Question::PriorDays, &a));
        record(Question::Citizenship, Given::Pick("KG"), &mut a, today).unwrap();
        assert!(!applies(Question::Patent, &a));
        assert!(
            !applies(Question::PriorDays, &a),
            "EAEU workers have no 90-day limit"
        );
    }

    #[test]
    fn dates_are_checked_with_reasons() {
        let today = d("2026-03-10");
        let mut a = Answers::default();
        let q = Question::EntryDate;
        assert_eq!(record(q, Given::Text("5 mart"), &mut a, today), Ok(None));
        assert_eq!(a.entry_date, Some(d("2026-03-05")));
        assert_eq!(
            record(q, Given::Text("20.03.2026"), &mut a, today),
            Err(Refusal::DateInFuture)
        );
        assert_eq!(
            record(q, Given::Text("31.02.2026"), &mut a, today),
            Err(Refusal::DateImpossible)
        );
        assert_eq!(
            record(q, Given::Text("salom"), &mut a, today),
            Err(Refusal::DateUnrecognized)
        );
        assert_eq!(
            record(q, Given::Text("01.01.2019"), &mut a, today),
            Err(Refusal::DateTooOld)
        );
        assert_eq!(
            record(
                Question::RegisteredOn,
                Given::Text("01.03.2026"),
                &mut a,
                today
            ),
            Err(Refusal::DateBeforeEntry)
        );
        assert_eq!(
            record(Question::Purpose, Given::Text("ish"), &mut a, today),
            Err(Refusal::TapAButton)
        );
        assert_eq!(
            record(Question::Purpose, Given::Pick("nonsense"), &mut a, today),
            Err(Refusal::Stale)
        );
        assert_eq!(
            a.entry_date,
            Some(d("2026-03-05")),
            "refusals change nothing"
        );
    }

    #[test]
    fn only_date_questions_carry_the_date_hint() {
        let today = d("2026-03-10");
        let a = Answers::default();
        let has_hint = |q| {
            ask(q, &a, today, false)
                .paragraphs
                .iter()
                .any(|m| m.id == "q-type-hint")
        };
        assert!(has_hint(Question::EntryDate));
        assert!(!has_hint(Question::PriorDays));
        assert!(!has_hint(Question::Purpose));
    }

    #[test]
    fn prior_days_read_a_number_in_any_words() {
        let today = d("2026-03-10");
        let mut a = Answers::default();
        for (text, n) in [("20", 20), ("20 kun", 20), ("около 45 дней", 45), ("0", 0)] {
            record(Question::PriorDays, Given::Text(text), &mut a, today).unwrap();
            assert_eq!(a.days_in_russia_this_year, Some(n), "{text}");
        }
        for bad in ["", "ko'p", "400", "99999", "-5", "− 5"] {
            assert_eq!(
                record(Question::PriorDays, Given::Text(bad), &mut a, today),
                Err(Refusal::NumberBad),
                "{bad}"
            );
        }
    }

    #[test]
    fn prior_days_cannot_exceed_the_days_before_entry() {
        let today = d("2026-03-10");
        let mut a = Answers::default();
        record(
            Question::EntryDate,
            Given::Text("01.02.2026"),
            &mut a,
            today,
        )
        .unwrap();
        assert_eq!(
            record(Question::PriorDays, Given::Text("40"), &mut a, today),
            Err(Refusal::DaysTooMany(31))
        );
        assert_eq!(
            record(Question::PriorDays, Given::Text("31"), &mut a, today),
            Ok(None)
        );
    }

    #[test]
    fn other_country_goes_to_the_second_screen() {
        let today = d("2026-03-10");
        let mut a = Answers::default();
        assert_eq!(
            record(Question::Citizenship, Given::Pick("more"), &mut a, today),
            Ok(Some(Question::CitizenshipMore))
        );
        record(Question::CitizenshipMore, Given::Pick("XX"), &mut a, today).unwrap();
        assert_eq!(
            a.citizenship.map(|c| c.group()),
            Some(CitizenshipGroup::Other)
        );
        assert_eq!(
            next_after(Question::CitizenshipMore, &a),
            Some(Question::EntryDate)
        );
    }
}
