//! The interview: a few taps (and typed dates) from citizenship to "your
//! deadlines". Each question knows its buttons, what typed text it accepts,
//! when it applies, and what comes next.

use chrono::{Duration, NaiveDate};
use musofir_law::profile::OTHER_COUNTRY;
use musofir_law::{Citizenship, CitizenshipGroup, Housing, Purpose, Region};

use super::questions::Question;
use super::state::{Answers, PatentAnswer};
use super::{Action, Button, Reply};
use crate::text::{serde_name, Msg};
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

/// A question, complete in one place: its buttons, what it reads, where the
/// answer lives in [`Answers`], and when it is asked. One exhaustive `match`
/// ([`spec`]) gives every question all of these, so a new question cannot
/// be half-wired (asked, but its answer dropped).
struct Spec {
    /// Buttons: (value code, label message id). A value `unknown` is the
    /// "don't know / don't remember" button.
    choices: &'static [(&'static str, &'static str)],
    answer: Answer,
    /// Whether the question is asked, given the answers so far.
    applies: fn(&Answers) -> bool,
}

/// How an answer is read and kept.
enum Answer {
    /// A button. `set` stores the value (it may ask another question instead:
    /// the second screen of countries); `get` gives back the stored value's
    /// code; `clear` forgets it ("don't know").
    Choice {
        set: fn(&mut Answers, &str) -> Result<Option<Question>, Refusal>,
        get: fn(&Answers) -> Option<String>,
        clear: fn(&mut Answers),
    },
    /// A date: typed, or a "today"/"yesterday" button.
    Date {
        expect: Expect,
        get: fn(&Answers) -> Option<NaiveDate>,
        set: fn(&mut Answers, Option<NaiveDate>),
        /// What else the date must agree with (entry, issue date).
        check: fn(NaiveDate, &Answers) -> Result<(), Refusal>,
    },
    /// Days spent in Russia this year before the entry: typed or a button.
    Days,
}

fn yes(v: &str) -> Result<bool, Refusal> {
    match v {
        "yes" => Ok(true),
        "no" => Ok(false),
        _ => Err(Refusal::Stale),
    }
}

fn yes_no(b: Option<bool>) -> Option<String> {
    b.map(|b| if b { "yes" } else { "no" }.to_string())
}

fn parse_enum<T: serde::de::DeserializeOwned>(code: &str) -> Result<T, Refusal> {
    serde_json::from_value(serde_json::Value::String(code.to_string())).map_err(|_| Refusal::Stale)
}

fn no_check(_: NaiveDate, _: &Answers) -> Result<(), Refusal> {
    Ok(())
}

fn not_before_entry(d: NaiveDate, a: &Answers) -> Result<(), Refusal> {
    match a.entry_date {
        Some(e) if d < e => Err(Refusal::DateBeforeEntry),
        _ => Ok(()),
    }
}

fn always(_: &Answers) -> bool {
    true
}

fn never(_: &Answers) -> bool {
    false
}

fn nothing(_: &mut Answers) {}

fn set_country(a: &mut Answers, code: &str) -> Result<Option<Question>, Refusal> {
    if code == "more" {
        return Ok(Some(Question::CitizenshipMore));
    }
    a.citizenship = Some(code.parse::<Citizenship>().map_err(|_| Refusal::Stale)?);
    Ok(None)
}

fn get_country(a: &Answers) -> Option<String> {
    a.citizenship.map(|c| c.as_str().to_string())
}

fn spec(q: Question) -> Spec {
    use Question as Q;
    match q {
        Q::Citizenship => Spec {
            choices: &[
                ("UZ", "country-uz"),
                ("TJ", "country-tj"),
                ("KG", "country-kg"),
                ("KZ", "country-kz"),
                ("more", "country-more"),
            ],
            answer: Answer::Choice {
                set: set_country,
                get: get_country,
                clear: nothing,
            },
            applies: always,
        },
        Q::CitizenshipMore => Spec {
            choices: &[
                ("AM", "country-am"),
                ("BY", "country-by"),
                ("UA", "country-ua"),
                (OTHER_COUNTRY, "country-other"),
            ],
            answer: Answer::Choice {
                set: set_country,
                get: get_country,
                clear: nothing,
            },
            // Reached only from the first screen's "another country".
            applies: never,
        },
        Q::EntryDate => Spec {
            choices: &[("today", "answer-today"), ("yesterday", "answer-yesterday")],
            answer: Answer::Date {
                expect: Expect::Past,
                get: |a| a.entry_date,
                set: |a, d| a.entry_date = d,
                check: no_check,
            },
            applies: always,
        },
        Q::Purpose => Spec {
            choices: &[
                ("work", "purpose-work"),
                ("study", "purpose-study"),
                ("private", "purpose-private"),
                ("tourism", "purpose-tourism"),
                ("business", "purpose-business"),
                ("other", "purpose-other"),
            ],
            answer: Answer::Choice {
                set: |a, v| {
                    a.purpose = Some(parse_enum::<Purpose>(v)?);
                    Ok(None)
                },
                get: |a| a.purpose.map(|p| serde_name(&p)),
                clear: |a| a.purpose = None,
            },
            applies: always,
        },
        Q::Housing => Spec {
            choices: &[("private", "housing-private"), ("hotel", "housing-hotel")],
            answer: Answer::Choice {
                set: |a, v| {
                    a.housing = Some(parse_enum::<Housing>(v)?);
                    Ok(None)
                },
                get: |a| a.housing.map(|h| serde_name(&h)),
                clear: |a| a.housing = None,
            },
            applies: always,
        },
        Q::Region => Spec {
            choices: &[
                ("moscow", "region-moscow"),
                ("moscow_oblast", "region-moscow_oblast"),
                ("spb", "region-spb"),
                ("leningrad_oblast", "region-leningrad_oblast"),
                ("other", "region-other"),
            ],
            answer: Answer::Choice {
                set: |a, v| {
                    a.region = Some(parse_enum::<Region>(v)?);
                    Ok(None)
                },
                get: |a| a.region.map(|r| serde_name(&r)),
                clear: |a| a.region = None,
            },
            applies: always,
        },
        Q::Registered => Spec {
            choices: &[("yes", "registered-yes"), ("no", "registered-no")],
            answer: Answer::Choice {
                set: |a, v| {
                    a.registered = Some(yes(v)?);
                    Ok(None)
                },
                get: |a| yes_no(a.registered),
                clear: |a| a.registered = None,
            },
            applies: |a| !hotel(a),
        },
        Q::RegisteredOn => Spec {
            choices: &[("unknown", "answer-dont-remember")],
            answer: Answer::Date {
                expect: Expect::Past,
                get: |a| a.registered_on,
                set: |a, d| a.registered_on = d,
                check: not_before_entry,
            },
            applies: registered,
        },
        Q::RegisteredUntil => Spec {
            choices: &[("unknown", "answer-dont-know")],
            answer: Answer::Date {
                expect: Expect::Future,
                get: |a| a.registered_until,
                set: |a, d| a.registered_until = d,
                check: not_before_entry,
            },
            applies: registered,
        },
        Q::Patent => Spec {
            choices: &[
                ("have", "patent-have"),
                ("applied", "patent-applied"),
                ("notyet", "patent-notyet"),
            ],
            answer: Answer::Choice {
                set: |a, v| {
                    a.patent = Some(match v {
                        "have" => PatentAnswer::Have,
                        "applied" => PatentAnswer::Applied,
                        "notyet" => PatentAnswer::NotYet,
                        _ => return Err(Refusal::Stale),
                    });
                    Ok(None)
                },
                get: |a| {
                    a.patent.map(|p| {
                        match p {
                            PatentAnswer::Have => "have",
                            PatentAnswer::Applied => "applied",
                            PatentAnswer::NotYet => "notyet",
                        }
                        .to_string()
                    })
                },
                clear: |a| a.patent = None,
            },
            applies: needs_patent,
        },
        Q::PatentAppliedOn => Spec {
            choices: &[
                ("today", "answer-today"),
                ("unknown", "answer-dont-remember"),
            ],
            answer: Answer::Date {
                expect: Expect::Past,
                get: |a| a.patent_applied_on,
                set: |a, d| a.patent_applied_on = d,
                check: no_check,
            },
            applies: |a| needs_patent(a) && a.patent == Some(PatentAnswer::Applied),
        },
        Q::PatentIssuedOn => Spec {
            choices: &[],
            answer: Answer::Date {
                expect: Expect::Past,
                get: |a| a.patent_issued_on,
                set: |a, d| a.patent_issued_on = d,
                check: no_check,
            },
            applies: has_patent,
        },
        Q::PatentPaidUntil => Spec {
            choices: &[],
            answer: Answer::Date {
                expect: Expect::Future,
                get: |a| a.patent_paid_until,
                set: |a, d| a.patent_paid_until = d,
                check: |d, a| match a.patent_issued_on {
                    Some(i) if d < i => Err(Refusal::DateBeforeIssue),
                    _ => Ok(()),
                },
            },
            applies: has_patent,
        },
        Q::LabourContract => Spec {
            choices: &[("yes", "labour-yes"), ("no", "labour-no")],
            answer: Answer::Choice {
                set: |a, v| {
                    a.labour_contract = Some(yes(v)?);
                    Ok(None)
                },
                get: |a| yes_no(a.labour_contract),
                clear: |a| a.labour_contract = None,
            },
            applies: eaeu_worker,
        },
        Q::Medical => Spec {
            choices: &[("yes", "medical-yes"), ("no", "medical-no")],
            answer: Answer::Choice {
                set: |a, v| {
                    a.medical = Some(yes(v)?);
                    Ok(None)
                },
                get: |a| yes_no(a.medical),
                clear: |a| a.medical = None,
            },
            applies: medical_applies,
        },
        Q::MedicalOn => Spec {
            choices: &[("unknown", "answer-dont-remember")],
            answer: Answer::Date {
                expect: Expect::Past,
                get: |a| a.medical_done_on,
                set: |a, d| a.medical_done_on = d,
                check: not_before_entry,
            },
            applies: |a| medical_applies(a) && a.medical == Some(true),
        },
        Q::Contract => Spec {
            choices: &[
                ("yes", "contract-yes"),
                ("no", "contract-no"),
                ("unknown", "answer-dont-know"),
            ],
            answer: Answer::Choice {
                set: |a, v| {
                    a.contract_notified = Some(yes(v)?);
                    Ok(None)
                },
                get: |a| yes_no(a.contract_notified),
                clear: |a| a.contract_notified = None,
            },
            applies: has_patent,
        },
        Q::PriorDays => Spec {
            choices: &[("0", "days-none"), ("unknown", "answer-dont-know")],
            answer: Answer::Days,
            // The 90-day limit does not bind patent holders or EAEU workers
            // with a contract.
            applies: |a| {
                !(eaeu_worker(a) && a.labour_contract != Some(false))
                    && a.patent != Some(PatentAnswer::Have)
            },
        },
    }
}

fn group(a: &Answers) -> Option<CitizenshipGroup> {
    a.citizenship.map(|c| c.group())
}

/// A patent is needed: work purpose and not an EAEU citizen.
fn needs_patent(a: &Answers) -> bool {
    a.purpose == Some(Purpose::Work) && !group(a).is_some_and(|g| g.is_eaeu())
}

fn has_patent(a: &Answers) -> bool {
    needs_patent(a) && a.patent == Some(PatentAnswer::Have)
}

/// An EAEU citizen who came to work (no patent needed; a contract instead).
fn eaeu_worker(a: &Answers) -> bool {
    a.purpose == Some(Purpose::Work) && group(a).is_some_and(|g| g.is_eaeu())
}

fn hotel(a: &Answers) -> bool {
    a.housing == Some(Housing::Hotel)
}

fn registered(a: &Answers) -> bool {
    !hotel(a) && a.registered == Some(true)
}

/// The medical check is for work (30 days) and long stays such as study
/// (90 days); Belarus citizens are exempt.
fn medical_applies(a: &Answers) -> bool {
    matches!(a.purpose, Some(Purpose::Work | Purpose::Study))
        && group(a) != Some(CitizenshipGroup::Belarus)
}

/// Buttons of a question: (value code, label message id).
fn choices(q: Question) -> &'static [(&'static str, &'static str)] {
    spec(q).choices
}

/// Whether a question applies to what the user answered so far.
pub fn applies(q: Question, a: &Answers) -> bool {
    (spec(q).applies)(a)
}

/// Whether the user has answered (including "don't know").
pub fn answered(q: Question, a: &Answers) -> bool {
    if a.unknown.contains(&q) {
        return true;
    }
    match spec(q).answer {
        Answer::Choice { get, .. } => get(a).is_some(),
        Answer::Date { get, .. } => get(a).is_some(),
        Answer::Days => a.days_in_russia_this_year.is_some(),
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
    if matches!(spec(q).answer, Answer::Date { .. }) {
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
/// A refused answer changes nothing.
pub fn record(
    q: Question,
    given: Given<'_>,
    a: &mut Answers,
    today: NaiveDate,
) -> Result<Option<Question>, Refusal> {
    let spec = spec(q);
    let (value, text) = match given {
        Given::Pick(v) if spec.choices.iter().any(|(c, _)| *c == v) => (Some(v), ""),
        Given::Pick(_) => return Err(Refusal::Stale),
        Given::Text(_) if matches!(spec.answer, Answer::Choice { .. }) => {
            return Err(Refusal::TapAButton)
        }
        Given::Text(t) => (None, t),
    };
    if value == Some("unknown") {
        a.unknown.retain(|x| *x != q);
        a.unknown.push(q);
        match spec.answer {
            Answer::Choice { clear, .. } => clear(a),
            Answer::Date { set, .. } => set(a, None),
            Answer::Days => a.days_in_russia_this_year = None,
        }
        return Ok(None);
    }
    let detour = match spec.answer {
        Answer::Choice { set, .. } => {
            let mut changed = a.clone();
            let detour = set(&mut changed, value.unwrap_or_default())?;
            *a = changed;
            detour
        }
        Answer::Date {
            expect, set, check, ..
        } => {
            let date = match value {
                Some("today") => today,
                Some("yesterday") => today - Duration::days(1),
                _ => parse_date(text, today, expect).map_err(|e| match e {
                    DateError::Impossible => Refusal::DateImpossible,
                    DateError::Empty | DateError::Unrecognized => Refusal::DateUnrecognized,
                })?,
            };
            check_date(expect, date, today)?;
            check(date, a)?;
            set(a, Some(date));
            None
        }
        Answer::Days => {
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
            None
        }
    };
    a.unknown.retain(|x| *x != q);
    Ok(detour)
}

/// Dates every question refuses: in the future when asked about the past,
/// and too far back or ahead to be anything but a typo.
fn check_date(expect: Expect, date: NaiveDate, today: NaiveDate) -> Result<(), Refusal> {
    if expect == Expect::Past && date > today {
        return Err(Refusal::DateInFuture);
    }
    if date < today - Duration::days(PAST_LIMIT_DAYS) {
        return Err(Refusal::DateTooOld);
    }
    if date > today + Duration::days(FUTURE_LIMIT_DAYS) {
        return Err(Refusal::DateTooFar);
    }
    Ok(())
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
            match spec(q).answer {
                Answer::Choice { get, .. } => get(a).and_then(|v| choice(q, &v)),
                Answer::Date { get, .. } => get(a).map(date_msg),
                Answer::Days => a
                    .days_in_russia_this_year
                    .map(|n| Msg::new("fact-days-value").num("days", n as i64)),
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
