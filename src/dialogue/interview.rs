//! The interview: a few taps (and typed dates) from citizenship to "your
//! deadlines". Each question knows its buttons, what typed text it accepts,
//! when it applies, and what comes next.
//!
//! A typed or picked value is read and checked here ([`take`]) but stored
//! only by [`commit`]: the router asks "is this what you meant?" in between.

use chrono::{Datelike, Duration, NaiveDate};
use musofir_law::profile::OTHER_COUNTRY;
use musofir_law::{Citizenship, CitizenshipGroup, Housing, LostDocument, Purpose, Region};

use super::calendar;
use super::conflicts::Conflict;
use super::questions::Question;
use super::situations;
use super::state::{Answers, Choice, DecisionKind, JobChange, PatentAnswer, Pending, Value};
use super::{Action, Button, Reply};
use crate::text::{serde_name, Msg};
use musofir_dates::{read_date, DateError, Expect};

/// The order questions are asked in: `Question::ALL`, less the second screens
/// (reached only from their "more" button) and the situations' questions
/// (reached only from "Something changed").
fn order() -> impl Iterator<Item = Question> {
    Question::ALL.into_iter().filter(|q| standard(*q))
}

/// A question of the standard interview's order.
fn standard(q: Question) -> bool {
    !matches!(q, Question::CitizenshipMore | Question::RegionMore) && situations::of(q).is_none()
}

/// The question a second screen belongs to.
fn first_screen(q: Question) -> Question {
    match q {
        Question::CitizenshipMore => Question::Citizenship,
        Question::RegionMore => Question::Region,
        q => q,
    }
}

/// How far back a typed date may reasonably go: older answers are typos.
const PAST_LIMIT_DAYS: i64 = 3 * 366;
/// How far ahead a "valid until" date may go (registration and patents last a year at most).
const FUTURE_LIMIT_DAYS: i64 = 2 * 366;
/// A date whose year was not typed and lies further than this from today
/// is said to be so ("that is more than half a year ago").
const HALF_YEAR_DAYS: i64 = 183;

/// A question, complete in one place: its buttons, what it reads, where the
/// answer lives in [`Answers`], and when it is asked. One exhaustive `match`
/// ([`spec`]) gives every question all of these, so a new question cannot
/// be half-wired (asked, but its answer dropped).
struct Spec {
    /// Buttons: (choice, label message id). [`Choice::Unknown`] is the
    /// "don't know / don't remember" button.
    choices: &'static [(Choice, &'static str)],
    answer: Answer,
    /// Whether the question is asked, given the answers so far.
    applies: fn(&Answers) -> bool,
}

/// How an answer is read and kept.
enum Answer {
    /// A button. `set` stores the value (it may ask another question instead:
    /// the second screen of countries); `get` gives back the stored value's
    /// choice; `clear` forgets it ("don't know").
    Choice {
        set: fn(&mut Answers, Choice) -> Result<Option<Question>, Refusal>,
        get: fn(&Answers) -> Option<Choice>,
        clear: fn(&mut Answers),
    },
    /// A date: typed, picked on the calendar, or a "today"/"yesterday" button.
    Date {
        expect: Expect,
        get: fn(&Answers) -> Option<NaiveDate>,
        set: fn(&mut Answers, Option<NaiveDate>),
        /// Answers this date is not before (a registration is not before the
        /// entry): what a typed date is checked against, what the status
        /// checks the answers by, and what is asked again when the earlier
        /// date changes.
        after: &'static [NotBefore],
    },
    /// Days spent in Russia this year before the entry: typed or a button.
    Days,
    /// Yes or no (a situation's question); "unknown" clears it.
    Flag {
        get: fn(&Answers) -> Option<bool>,
        set: fn(&mut Answers, Option<bool>),
    },
}

fn yes(v: Choice) -> Result<bool, Refusal> {
    match v {
        Choice::Yes => Ok(true),
        Choice::No => Ok(false),
        _ => Err(Refusal::Stale),
    }
}

fn yes_no(b: Option<bool>) -> Option<Choice> {
    b.map(|b| if b { Choice::Yes } else { Choice::No })
}

fn parse_enum<T: serde::de::DeserializeOwned>(v: Choice) -> Result<T, Refusal> {
    serde_json::from_value(serde_json::Value::String(v.as_str().to_string()))
        .map_err(|_| Refusal::Stale)
}

/// A serde enum's value as its choice (its serde name).
fn enum_choice<T: serde::Serialize>(value: &T) -> Option<Choice> {
    Choice::parse(&serde_name(value))
}

/// One date is not before another answer's date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotBefore {
    pub earlier: Question,
    /// Both cannot be true (a registration before the entry): refused when
    /// typed, and the status asks which is wrong. Otherwise it can be true
    /// (a patent from before a trip home) and is only asked again when the
    /// earlier date changes.
    pub strict: bool,
}

const AFTER_ENTRY: &[NotBefore] = &[NotBefore {
    earlier: Question::EntryDate,
    strict: true,
}];

fn always(_: &Answers) -> bool {
    true
}

fn never(_: &Answers) -> bool {
    false
}

fn nothing(_: &mut Answers) {}

fn set_country(a: &mut Answers, v: Choice) -> Result<Option<Question>, Refusal> {
    if v == Choice::More {
        return Ok(Some(Question::CitizenshipMore));
    }
    a.citizenship = Some(
        v.as_str()
            .parse::<Citizenship>()
            .map_err(|_| Refusal::Stale)?,
    );
    Ok(None)
}

fn get_country(a: &Answers) -> Option<Choice> {
    a.citizenship.and_then(|c| Choice::parse(c.as_str()))
}

/// Every region the offices data names, the four capital ones first, then
/// "other": the situations' rarer questions show them on one screen.
const ALL_REGIONS: &[(Choice, &str)] = &[
    (Choice::code("moscow"), "region-moscow"),
    (Choice::code("moscow_oblast"), "region-moscow_oblast"),
    (Choice::code("spb"), "region-spb"),
    (Choice::code("leningrad_oblast"), "region-leningrad_oblast"),
    (Choice::code("sverdlovsk"), "region-sverdlovsk"),
    (Choice::code("novosibirsk"), "region-novosibirsk"),
    (Choice::code("tatarstan"), "region-tatarstan"),
    (Choice::code("krasnodar"), "region-krasnodar"),
    (Choice::code("tyumen"), "region-tyumen"),
    (Choice::code("khmao"), "region-khmao"),
    (Choice::code("other"), "region-other"),
];

/// The regions behind "more regions": all but the four capital ones.
const MORE_REGIONS: &[(Choice, &str)] = ALL_REGIONS.split_at(4).1;

fn set_region(a: &mut Answers, v: Choice) -> Result<Option<Question>, Refusal> {
    if v == Choice::More {
        return Ok(Some(Question::RegionMore));
    }
    a.region = Some(parse_enum::<Region>(v)?);
    Ok(None)
}

fn get_region(a: &Answers) -> Option<Choice> {
    a.region.and_then(|r| enum_choice(&r))
}

const HOUSING: &[(Choice, &str)] = &[
    (Choice::code("private"), "housing-private"),
    (Choice::code("hotel"), "housing-hotel"),
];

/// The medical check is passed, its date not remembered: "yes" and "don't
/// remember" to the date question that follows, in one tap.
const MEDICAL_UNDATED: Choice = Choice::code("yes_undated");

const YES_NO: &[(Choice, &str)] = &[(Choice::Yes, "answer-yes"), (Choice::No, "answer-no")];

const AFTER_ENTRY_AND_MOVE: &[NotBefore] = &[
    NotBefore {
        earlier: Question::EntryDate,
        strict: true,
    },
    NotBefore {
        earlier: Question::MovedOn,
        strict: true,
    },
];

/// A new contract is signed after the last one ended (otherwise the engine
/// reads it as not current).
const AFTER_ENDED: &[NotBefore] = &[NotBefore {
    earlier: Question::ContractEndedOn,
    strict: true,
}];

/// A choice kept in an `Option` field of the answers (a serde enum), with
/// what else changes when it is picked (`then`, which may refuse it).
macro_rules! enum_choice {
    ($field:ident: $t:ty, $choices:expr, $applies:expr $(, then $then:expr)?) => {
        Spec {
            choices: const { $choices },
            answer: Answer::Choice {
                set: |a, v| {
                    let value = parse_enum::<$t>(v)?;
                    $(
                        let then: fn(&mut Answers, $t) -> Result<(), Refusal> = $then;
                        then(a, value)?;
                    )?
                    a.$field = Some(value);
                    Ok(None)
                },
                get: |a| a.$field.and_then(|x| enum_choice(&x)),
                clear: |a| a.$field = None,
            },
            applies: $applies,
        }
    };
}

/// A date of something that happened, kept in an answers' field: today,
/// yesterday, typed or picked; not before `after`.
macro_rules! happened {
    ($field:ident, $after:expr, $applies:expr) => {
        Spec {
            choices: &[
                (Choice::Today, "answer-today"),
                (Choice::Yesterday, "answer-yesterday"),
            ],
            answer: Answer::Date {
                expect: Expect::Past,
                get: |a| a.$field,
                set: |a, d| a.$field = d,
                after: $after,
            },
            applies: $applies,
        }
    };
}

/// A yes/no question of a situation, kept in an answers' field.
macro_rules! yes_no {
    ($field:ident, $applies:expr) => {
        Spec {
            choices: YES_NO,
            answer: Answer::Flag {
                get: |a| a.$field,
                set: |a, v| a.$field = v,
            },
            applies: $applies,
        }
    };
}

/// The situations' questions (`situations.rs` says when each is asked; here
/// is when each answer counts).
fn situation_spec(q: Question) -> Option<Spec> {
    use Question as Q;
    Some(match q {
        // A hotel guest who moves: where they live now (the move counts at a
        // private address; a hotel registers its guests itself).
        Q::MovedHousing => enum_choice!(housing: Housing, HOUSING, always),
        Q::MovedOn => happened!(moved_on, AFTER_ENTRY, not_hotel),
        Q::MovedRegistered => yes_no!(moved_registered, not_hotel),
        Q::MovedRegisteredOn => Spec {
            choices: &[
                (Choice::Today, "answer-today"),
                (Choice::Unknown, "answer-dont-remember"),
            ],
            answer: Answer::Date {
                expect: Expect::Past,
                get: |a| a.registered_after_move_on,
                set: |a, d| a.registered_after_move_on = d,
                after: AFTER_ENTRY_AND_MOVE,
            },
            applies: |a| not_hotel(a) && a.moved_registered == Some(true),
        },
        Q::JobChange => enum_choice!(
            job_change: JobChange,
            &[(Choice::code("new"), "job-new"), (Choice::code("lost"), "job-lost")],
            works_legally,
            then |a: &mut Answers, change| {
                if change == JobChange::Lost {
                    // The contract known so far is the one that ended.
                    a.contract_signed_on = None;
                    a.employer_notified = None;
                }
                Ok(())
            }
        ),
        Q::ContractSignedOn => happened!(contract_signed_on, AFTER_ENDED, works_legally),
        Q::EmployerNotified => Spec {
            choices: &[
                (Choice::Yes, "notified-yes"),
                (Choice::No, "notified-no"),
                (Choice::Unknown, "answer-dont-know"),
            ],
            answer: Answer::Flag {
                get: |a| a.employer_notified,
                set: |a, v| a.employer_notified = v,
            },
            applies: |a| works_legally(a) && a.contract_signed_on.is_some(),
        },
        Q::ContractEndedOn => happened!(contract_ended_on, AFTER_ENTRY, works_legally),
        Q::WorkRegion => enum_choice!(
            work_region: Region,
            ALL_REGIONS,
            has_patent,
            then |a: &mut Answers, r| {
                if Some(r) == a.region {
                    // Works where they live: the patent is taken as issued there.
                    a.patent_region = None;
                }
                Ok(())
            }
        ),
        Q::PatentRegion => enum_choice!(patent_region: Region, ALL_REGIONS, has_patent),
        Q::PatentProfession => yes_no!(works_in_patent_profession, has_patent),
        Q::LostDocument => enum_choice!(
            lost_document: LostDocument,
            &[
                (Choice::code("passport"), "lost-passport"),
                (Choice::code("migration_card"), "lost-migration_card"),
                (Choice::code("patent"), "lost-patent"),
            ],
            always,
            then |a: &mut Answers, doc| {
                if doc == LostDocument::Patent && !has_patent(a) {
                    return Err(Refusal::Stale);
                }
                if a.lost_document != Some(doc) {
                    // Another document: its own date and report.
                    a.lost_on = None;
                    a.lost_reported = None;
                }
                Ok(())
            }
        ),
        Q::LostOn => happened!(lost_on, AFTER_ENTRY, lost_something),
        Q::LostReported => yes_no!(lost_reported, lost_something),
        Q::Decision => enum_choice!(
            decision: DecisionKind,
            &[
                (Choice::code("expulsion"), "decision-expulsion"),
                (Choice::code("mvd"), "decision-mvd"),
                (Choice::code("rkl"), "decision-rkl"),
            ],
            always,
            then |a: &mut Answers, kind| {
                if kind == DecisionKind::Rkl {
                    a.in_rkl = Some(true);
                }
                Ok(())
            }
        ),
        Q::ExpulsionOn => happened!(expulsion_decision_on, AFTER_ENTRY, always),
        Q::MvdDecisionOn => happened!(mvd_decision_on, AFTER_ENTRY, always),
        Q::Children => yes_no!(children_in_russia, always),
        Q::Trip => yes_no!(plans_trip, always),
        Q::Works => yes_no!(works, purpose_not_work),
        _ => return None,
    })
}

fn spec(q: Question) -> Spec {
    use Question as Q;
    if let Some(spec) = situation_spec(q) {
        return spec;
    }
    match q {
        Q::Citizenship => Spec {
            choices: const {
                &[
                    (Choice::code("UZ"), "country-uz"),
                    (Choice::code("TJ"), "country-tj"),
                    (Choice::code("KG"), "country-kg"),
                    (Choice::code("KZ"), "country-kz"),
                    (Choice::More, "country-more"),
                ]
            },
            answer: Answer::Choice {
                set: set_country,
                get: get_country,
                clear: nothing,
            },
            applies: always,
        },
        Q::CitizenshipMore => Spec {
            choices: const {
                &[
                    (Choice::code("AM"), "country-am"),
                    (Choice::code("BY"), "country-by"),
                    (Choice::code("UA"), "country-ua"),
                    (Choice::code(OTHER_COUNTRY), "country-other"),
                ]
            },
            answer: Answer::Choice {
                set: set_country,
                get: get_country,
                clear: nothing,
            },
            // Reached only from the first screen's "another country".
            applies: never,
        },
        Q::EntryDate => Spec {
            choices: &[
                (Choice::Today, "answer-today"),
                (Choice::Yesterday, "answer-yesterday"),
            ],
            answer: Answer::Date {
                expect: Expect::Past,
                get: |a| a.entry_date,
                set: |a, d| a.entry_date = d,
                after: &[],
            },
            applies: always,
        },
        Q::Purpose => Spec {
            choices: const {
                &[
                    (Choice::code("work"), "purpose-work"),
                    (Choice::code("study"), "purpose-study"),
                    (Choice::code("private"), "purpose-private"),
                    (Choice::code("tourism"), "purpose-tourism"),
                    (Choice::code("business"), "purpose-business"),
                    (Choice::code("other"), "purpose-other"),
                ]
            },
            answer: Answer::Choice {
                set: |a, v| {
                    a.purpose = Some(parse_enum::<Purpose>(v)?);
                    Ok(None)
                },
                get: |a| a.purpose.and_then(|p| enum_choice(&p)),
                clear: |a| a.purpose = None,
            },
            applies: always,
        },
        Q::Housing => enum_choice!(housing: Housing, HOUSING, always),
        Q::Region => Spec {
            choices: const {
                &[
                    (Choice::code("moscow"), "region-moscow"),
                    (Choice::code("moscow_oblast"), "region-moscow_oblast"),
                    (Choice::code("spb"), "region-spb"),
                    (Choice::code("leningrad_oblast"), "region-leningrad_oblast"),
                    (Choice::More, "region-more"),
                    (Choice::code("other"), "region-other"),
                ]
            },
            answer: Answer::Choice {
                set: set_region,
                get: get_region,
                clear: |a| a.region = None,
            },
            applies: always,
        },
        Q::RegionMore => Spec {
            choices: MORE_REGIONS,
            answer: Answer::Choice {
                set: set_region,
                get: get_region,
                clear: |a| a.region = None,
            },
            // Reached only from the first screen's "more regions".
            applies: never,
        },
        Q::Registered => Spec {
            choices: &[
                (Choice::Yes, "registered-yes"),
                (Choice::No, "registered-no"),
            ],
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
            choices: &[(Choice::Unknown, "answer-dont-remember")],
            answer: Answer::Date {
                expect: Expect::Past,
                get: |a| a.registered_on,
                set: |a, d| a.registered_on = d,
                after: AFTER_ENTRY,
            },
            applies: registered,
        },
        Q::RegisteredUntil => Spec {
            choices: &[(Choice::Unknown, "answer-dont-know")],
            answer: Answer::Date {
                expect: Expect::Future,
                get: |a| a.registered_until,
                set: |a, d| a.registered_until = d,
                after: &[
                    NotBefore {
                        earlier: Question::EntryDate,
                        strict: true,
                    },
                    NotBefore {
                        earlier: Question::RegisteredOn,
                        strict: true,
                    },
                ],
            },
            applies: registered,
        },
        Q::Patent => Spec {
            choices: const {
                &[
                    (Choice::code("have"), "patent-have"),
                    (Choice::code("applied"), "patent-applied"),
                    (Choice::code("notyet"), "patent-notyet"),
                ]
            },
            answer: Answer::Choice {
                set: |a, v| {
                    a.patent = Some(match v.as_str() {
                        "have" => PatentAnswer::Have,
                        "applied" => PatentAnswer::Applied,
                        "notyet" => PatentAnswer::NotYet,
                        _ => return Err(Refusal::Stale),
                    });
                    Ok(None)
                },
                get: |a| {
                    a.patent.map(|p| {
                        Choice::code(match p {
                            PatentAnswer::Have => "have",
                            PatentAnswer::Applied => "applied",
                            PatentAnswer::NotYet => "notyet",
                        })
                    })
                },
                clear: |a| a.patent = None,
            },
            applies: needs_patent,
        },
        Q::PatentAppliedOn => Spec {
            choices: &[
                (Choice::Today, "answer-today"),
                (Choice::Unknown, "answer-dont-remember"),
            ],
            answer: Answer::Date {
                expect: Expect::Past,
                get: |a| a.patent_applied_on,
                set: |a, d| a.patent_applied_on = d,
                after: &[],
            },
            applies: |a| needs_patent(a) && a.patent == Some(PatentAnswer::Applied),
        },
        Q::PatentIssuedOn => Spec {
            choices: &[],
            answer: Answer::Date {
                expect: Expect::Past,
                get: |a| a.patent_issued_on,
                set: |a, d| a.patent_issued_on = d,
                // A patent survives a trip home while it is paid: older than
                // the entry is possible, but asked again when the entry moves
                // past it (the contract copy is counted from it).
                after: &[NotBefore {
                    earlier: Question::EntryDate,
                    strict: false,
                }],
            },
            applies: has_patent,
        },
        Q::PatentPaidUntil => Spec {
            choices: &[],
            answer: Answer::Date {
                expect: Expect::Future,
                get: |a| a.patent_paid_until,
                set: |a, d| a.patent_paid_until = d,
                // A patent paid only until before this entry is not this
                // stay's patent (the law engine refuses it too).
                after: &[
                    NotBefore {
                        earlier: Question::EntryDate,
                        strict: true,
                    },
                    NotBefore {
                        earlier: Question::PatentIssuedOn,
                        strict: true,
                    },
                ],
            },
            applies: has_patent,
        },
        Q::LabourContract => Spec {
            choices: &[(Choice::Yes, "labour-yes"), (Choice::No, "labour-no")],
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
            // "Yes, but I don't remember when" beside "yes": the date
            // question that "yes" asks next is answered "don't remember" in
            // the same tap (issue 12).
            choices: &[
                (Choice::Yes, "medical-yes"),
                (MEDICAL_UNDATED, "medical-yes-undated"),
                (Choice::No, "medical-no"),
            ],
            answer: Answer::Choice {
                set: |a, v| {
                    if v == MEDICAL_UNDATED {
                        a.medical = Some(true);
                        a.medical_done_on = None;
                        if !a.unknown.contains(&Question::MedicalOn) {
                            a.unknown.push(Question::MedicalOn);
                        }
                        return Ok(None);
                    }
                    a.medical = Some(yes(v)?);
                    Ok(None)
                },
                get: |a| yes_no(a.medical),
                clear: |a| a.medical = None,
            },
            applies: medical_applies,
        },
        Q::MedicalOn => Spec {
            choices: &[(Choice::Unknown, "answer-dont-remember")],
            answer: Answer::Date {
                expect: Expect::Past,
                get: |a| a.medical_done_on,
                set: |a, d| a.medical_done_on = d,
                after: AFTER_ENTRY,
            },
            applies: |a| medical_applies(a) && a.medical == Some(true),
        },
        Q::Contract => Spec {
            choices: &[
                (Choice::Yes, "contract-yes"),
                (Choice::No, "contract-no"),
                (Choice::Unknown, "answer-dont-know"),
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
            choices: const {
                &[
                    (Choice::code("0"), "days-none"),
                    (Choice::Unknown, "answer-dont-know"),
                ]
            },
            answer: Answer::Days,
            // The 90-day limit does not bind patent holders or EAEU workers
            // with a contract.
            applies: |a| {
                !(eaeu_worker(a) && a.labour_contract != Some(false))
                    && a.patent != Some(PatentAnswer::Have)
            },
        },
        // The situations' questions (above).
        _ => Spec {
            choices: &[],
            answer: Answer::Choice {
                set: |_, _| Err(Refusal::Stale),
                get: |_| None,
                clear: nothing,
            },
            applies: never,
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

/// Not an EAEU citizen, and the card's purpose is neither work nor study:
/// working is then working without the right to (the wrong purpose).
pub(crate) fn purpose_not_work(a: &Answers) -> bool {
    !group(a).is_some_and(|g| g.is_eaeu())
        && a.purpose
            .is_some_and(|p| !matches!(p, Purpose::Work | Purpose::Study))
}

fn lost_something(a: &Answers) -> bool {
    a.lost_document.is_some()
}

fn not_hotel(a: &Answers) -> bool {
    !hotel(a)
}

/// Works under a patent or, an EAEU citizen (whatever the card's purpose),
/// under a contract: the employer questions apply.
pub(crate) fn works_legally(a: &Answers) -> bool {
    has_patent(a) || group(a).is_some_and(|g| g.is_eaeu())
}

/// The person has a patent (the work place questions apply).
pub(crate) fn patent_holder(a: &Answers) -> bool {
    has_patent(a)
}

fn registered(a: &Answers) -> bool {
    !hotel(a) && a.registered == Some(true)
}

/// The medical check is for work (30 days) and long stays such as study
/// (90 days); Belarus citizens are exempt.
fn medical_applies(a: &Answers) -> bool {
    // An EAEU citizen who came for another purpose and then signed a
    // contract owes it too (from the contract).
    let eaeu_contract = group(a).is_some_and(|g| g.is_eaeu())
        && a.job_change == Some(JobChange::New)
        && a.contract_signed_on.is_some();
    (matches!(a.purpose, Some(Purpose::Work | Purpose::Study)) || eaeu_contract)
        && group(a) != Some(CitizenshipGroup::Belarus)
}

/// Buttons of a question: (value code, label message id).
pub(super) fn choices(q: Question) -> &'static [(Choice, &'static str)] {
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
        Answer::Flag { get, .. } => get(a).is_some(),
    }
}

/// Whether the question's answer is a date.
pub fn is_date(q: Question) -> bool {
    matches!(spec(q).answer, Answer::Date { .. })
}

/// The date answered to a date question that applies.
pub fn date_of(q: Question, a: &Answers) -> Option<NaiveDate> {
    match spec(q).answer {
        Answer::Date { get, .. } if applies(q, a) => get(a),
        _ => None,
    }
}

/// The answers a date question's date is not before.
pub fn after(q: Question) -> &'static [NotBefore] {
    match spec(q).answer {
        Answer::Date { after, .. } => after,
        _ => &[],
    }
}

/// A choice question whose "yes" is asked its date next (registered → since
/// when, the medical check → when, "I have a patent" → issued on), and the
/// value of that "yes": a date typed at it answers both at once.
pub fn date_follow_up(q: Question) -> Option<(Question, Choice)> {
    match q {
        Question::Registered => Some((Question::RegisteredOn, Choice::Yes)),
        Question::Medical => Some((Question::MedicalOn, Choice::Yes)),
        Question::Patent => Some((Question::PatentIssuedOn, Choice::code("have"))),
        _ => None,
    }
}

/// A choice that is "yes" to `q` and "don't remember" to the date question
/// that "yes" asks next ("passed, I don't remember when"): that question and
/// the "yes".
pub fn undated_follow_up(q: Question, v: Choice) -> Option<(Question, Choice)> {
    match (q, v) {
        (Question::Medical, MEDICAL_UNDATED) => date_follow_up(q),
        _ => None,
    }
}

/// The next question after `q` in the interview's order that applies.
pub fn next_after(q: Question, a: &Answers) -> Option<Question> {
    let q = first_screen(q);
    order()
        .skip_while(|x| *x != q)
        .skip(1)
        .find(|x| applies(*x, a))
}

/// The first question that applies and has no answer yet.
pub fn first_open(a: &Answers) -> Option<Question> {
    order().find(|q| applies(*q, a) && !answered(*q, a))
}

/// The days a date question's calendar offers: what [`take`] would accept
/// on the side of today the question is about (the past for "when did…",
/// the future for "until…"), and not before the answers it follows.
pub fn bounds(q: Question, a: &Answers, today: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    let Answer::Date { expect, after, .. } = spec(q).answer else {
        return None;
    };
    let (mut lo, hi) = match expect {
        Expect::Past => (today - Duration::days(PAST_LIMIT_DAYS), today),
        Expect::Future => (today, today + Duration::days(FUTURE_LIMIT_DAYS)),
    };
    for nb in after.iter().filter(|nb| nb.strict) {
        if let Some(e) = date_of(nb.earlier, a) {
            lo = lo.max(e);
        }
    }
    (lo <= hi).then_some((lo, hi))
}

/// The question, its buttons, and "Back".
pub fn ask(q: Question, a: &Answers, today: NaiveDate, can_go_back: bool) -> Reply {
    ask_at(q, a, today, can_go_back, None)
}

/// The question with its calendar at `month` (a date question; `None`: the
/// month of the answer given, or this month).
pub fn ask_at(
    q: Question,
    a: &Answers,
    today: NaiveDate,
    can_go_back: bool,
    month: Option<NaiveDate>,
) -> Reply {
    let mut prompt = Msg::new(format!("q-{}", q.code()));
    if q == Question::PriorDays {
        let year = a.entry_date.unwrap_or(today);
        prompt = prompt.num("year", chrono::Datelike::year(&year) as i64);
    }
    let mut r = Reply::new(prompt);
    if matches!(spec(q).answer, Answer::Date { .. }) {
        r = r.then(Msg::new("q-type-hint").date("example", today));
    }
    if date_follow_up(q).is_some() {
        // "If yes, type the date right away": one step instead of two.
        r = r.then(Msg::new(format!("q-{}-date", q.code())).date("example", today));
    }
    let buttons: Vec<Button> = choices(q)
        .iter()
        .filter(|(v, _)| shown(q, v, a))
        .map(|(v, label)| Button {
            label: Msg::new(*label),
            action: Action::Pick(q, *v),
        })
        .collect();
    // Two buttons per row reads well on small phones.
    for row in buttons.chunks(2) {
        r = r.row(row.to_vec());
    }
    if let Some((lo, hi)) = bounds(q, a, today) {
        let shown = month
            .or_else(|| {
                let Answer::Date { get, .. } = spec(q).answer else {
                    return None;
                };
                get(a)
            })
            .unwrap_or(today);
        for row in calendar::grid(q, shown, lo, hi, today) {
            r = r.row(row);
        }
    }
    if can_go_back {
        r = r.row(vec![Button {
            label: Msg::new("nav-back"),
            action: Action::Back(q),
        }]);
    }
    r
}

/// Whether a button is offered: a lost patent only to a patent holder.
fn shown(q: Question, v: &Choice, a: &Answers) -> bool {
    !(q == Question::LostDocument && *v == Choice::code("patent") && !has_patent(a))
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
    /// The date is before an answer it cannot be before: both are named,
    /// with a button to change the other one.
    Conflict(Conflict),
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
            Refusal::Conflict(c) => return c.sentence(),
            Refusal::NumberBad => "answer-number-bad",
            Refusal::DaysTooMany(max) => {
                return Msg::new("answer-days-too-many").num("max", i64::from(*max))
            }
            Refusal::Stale => "button-stale",
        };
        let msg = Msg::new(id).date("example", today);
        match self {
            // Text that is no answer (and no question `free.rs` matched):
            // questions can be typed too, and where the topics are — at a
            // button question and at a date or number one alike.
            Refusal::TapAButton | Refusal::DateUnrecognized | Refusal::NumberBad => {
                msg.msg("ask", Msg::new("answer-ask-words"))
            }
            _ => msg,
        }
    }
}

/// What the user gave: a button value, typed text, or a calendar day.
pub enum Given<'a> {
    Pick(Choice),
    Text(&'a str),
    Day(NaiveDate),
}

/// What [`take`] did with an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Taken {
    /// Stored (a button). `Some`: ask this question instead of the next one
    /// (the second screen of countries).
    Stored(Option<Question>),
    /// A value read and checked, not stored: it waits for "Yes" (or
    /// [`commit`]).
    Read(Pending),
}

/// Takes an answer to `q`: a button's choice is stored; a date or a number
/// of days is read and checked, and returned to be confirmed. A refused
/// answer changes nothing.
pub fn take(
    q: Question,
    given: Given<'_>,
    a: &mut Answers,
    today: NaiveDate,
) -> Result<Taken, Refusal> {
    let spec = spec(q);
    if let Given::Pick(v) = given {
        if !spec.choices.iter().any(|(c, _)| *c == v) {
            return Err(Refusal::Stale);
        }
        if v == Choice::Unknown {
            a.unknown.retain(|x| *x != q);
            a.unknown.push(q);
            match spec.answer {
                Answer::Choice { clear, .. } => clear(a),
                Answer::Date { set, .. } => set(a, None),
                Answer::Days => a.days_in_russia_this_year = None,
                Answer::Flag { set, .. } => set(a, None),
            }
            return Ok(Taken::Stored(None));
        }
    }
    match (spec.answer, given) {
        (Answer::Choice { set, .. }, Given::Pick(v)) => {
            let mut changed = a.clone();
            let detour = set(&mut changed, v)?;
            changed.unknown.retain(|x| *x != q);
            *a = changed;
            Ok(Taken::Stored(detour))
        }
        (Answer::Flag { set, .. }, Given::Pick(v)) => {
            set(a, Some(yes(v)?));
            a.unknown.retain(|x| *x != q);
            Ok(Taken::Stored(None))
        }
        (Answer::Choice { .. } | Answer::Flag { .. }, Given::Text(_)) => Err(Refusal::TapAButton),
        (Answer::Choice { .. } | Answer::Flag { .. }, Given::Day(_)) => Err(Refusal::Stale),
        (Answer::Date { expect, .. }, given) => {
            let (date, guessed) = match given {
                Given::Pick(Choice::Today) => (today, false),
                Given::Pick(Choice::Yesterday) => (today - Duration::days(1), false),
                Given::Pick(_) => return Err(Refusal::Stale),
                Given::Day(d) => (d, false),
                Given::Text(t) => {
                    let typed = read_date(t, today, expect).map_err(|e| match e {
                        DateError::Impossible => Refusal::DateImpossible,
                        DateError::Empty | DateError::Unrecognized => Refusal::DateUnrecognized,
                    })?;
                    (typed.date, typed.year_guessed)
                }
            };
            let value = Value::Date(date);
            check(q, value, a, today)?;
            let far_guess = guessed && (date - today).num_days().abs() > HALF_YEAR_DAYS;
            let other = if far_guess {
                other_year(date, today).filter(|o| check(q, Value::Date(*o), a, today).is_ok())
            } else {
                None
            };
            Ok(Taken::Read(Pending {
                value,
                far_guess,
                other,
            }))
        }
        (Answer::Days, given) => {
            let n = match given {
                Given::Pick(v) => v.as_str().parse::<u16>().ok(),
                Given::Text(t) => first_number(t),
                Given::Day(_) => return Err(Refusal::Stale),
            };
            let value = Value::Days(n.ok_or(Refusal::NumberBad)?);
            check(q, value, a, today)?;
            Ok(Taken::Read(Pending {
                value,
                far_guess: false,
                other: None,
            }))
        }
    }
}

/// Stores a value [`take`] read (after "Yes"), checked again against the
/// answers as they are now. A refused value changes nothing.
pub fn commit(q: Question, value: Value, a: &mut Answers, today: NaiveDate) -> Result<(), Refusal> {
    check(q, value, a, today)?;
    match (spec(q).answer, value) {
        (Answer::Date { set, .. }, Value::Date(d)) => set(a, Some(d)),
        (Answer::Days, Value::Days(n)) => a.days_in_russia_this_year = Some(n),
        _ => return Err(Refusal::Stale),
    }
    a.unknown.retain(|x| *x != q);
    Ok(())
}

/// Whether `value` can be the answer to `q`, given the other answers.
fn check(q: Question, value: Value, a: &Answers, today: NaiveDate) -> Result<(), Refusal> {
    match (spec(q).answer, value) {
        (Answer::Date { expect, after, .. }, Value::Date(date)) => {
            check_date(expect, date, today)?;
            for nb in after.iter().filter(|nb| nb.strict) {
                if let Some(e) = date_of(nb.earlier, a).filter(|e| date < *e) {
                    return Err(Refusal::Conflict(Conflict {
                        later: q,
                        later_date: date,
                        earlier: nb.earlier,
                        earlier_date: e,
                        strict: true,
                    }));
                }
            }
            Ok(())
        }
        (Answer::Days, Value::Days(n)) => {
            // Days of this calendar year before the entry date: no more can
            // have been spent in Russia.
            let max = a
                .entry_date
                .map(|e| chrono::Datelike::ordinal0(&e) as u16)
                .unwrap_or(366);
            match n {
                n if n <= max => Ok(()),
                n if n <= 366 => Err(Refusal::DaysTooMany(max)),
                _ => Err(Refusal::NumberBad),
            }
        }
        _ => Err(Refusal::Stale),
    }
}

/// The same day and month in the year on the other side of today.
fn other_year(date: NaiveDate, today: NaiveDate) -> Option<NaiveDate> {
    let year = if date <= today {
        date.year().checked_add(1)?
    } else {
        date.year().checked_sub(1)?
    };
    date.with_year(year)
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
    let choice = |q: Question, v: Choice| {
        choices(q)
            .iter()
            .chain(choices(Question::CitizenshipMore).iter())
            .chain(choices(Question::RegionMore).iter())
            .find(|(c, _)| *c == v)
            .map(|(_, l)| Msg::new(*l))
    };
    let unknown = Msg::new("answer-dont-know");
    // The situations' answers follow the interview's, once given (not the
    // "which one" questions: their dates say it).
    let told = Question::ALL.into_iter().filter(|q| {
        situations::of(*q).is_some()
            && !matches!(
                q,
                Question::JobChange | Question::Decision | Question::MovedHousing
            )
            && answered(*q, a)
    });
    for q in order().chain(told) {
        if !applies(q, a) {
            continue;
        }
        let value: Option<Msg> = if a.unknown.contains(&q) {
            Some(unknown.clone())
        } else {
            match spec(q).answer {
                Answer::Choice { get, .. } => get(a).and_then(|v| choice(q, v)),
                Answer::Flag { get, .. } => yes_no(get(a)).and_then(|v| choice(q, v)),
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

    /// Takes an answer and, if it waits for "Yes", says yes.
    fn record(
        q: Question,
        given: Given<'_>,
        a: &mut Answers,
        today: NaiveDate,
    ) -> Result<Option<Question>, Refusal> {
        match take(q, given, a, today)? {
            Taken::Stored(detour) => Ok(detour),
            Taken::Read(p) => commit(q, p.value, a, today).map(|()| None),
        }
    }

    #[test]
    fn every_choice_value_is_a_valid_pick() {
        for q in Question::ALL {
            for (v, _) in choices(q) {
                let data = Action::Pick(q, *v).encode();
                assert_eq!(Action::decode(&data), Some(Action::Pick(q, *v)));
            }
        }
    }

    #[test]
    fn an_uzbek_worker_is_asked_about_the_patent_a_kyrgyz_one_is_not() {
        let today = d("2026-03-10");
        let mut a = Answers::default();
        record(
            Question::Citizenship,
            Given::Pick(Choice::code("UZ")),
            &mut a,
            today,
        )
        .unwrap();
        record(
            Question::Purpose,
            Given::Pick(Choice::code("work")),
            &mut a,
            today,
        )
        .unwrap();
        assert!(applies(Question::Patent, &a));
        assert!(applies(Question::PriorDays, &a));
        record(
            Question::Citizenship,
            Given::Pick(Choice::code("KG")),
            &mut a,
            today,
        )
        .unwrap();
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
        a.registered = Some(true);
        assert_eq!(
            record(
                Question::RegisteredOn,
                Given::Text("01.03.2026"),
                &mut a,
                today
            ),
            Err(Refusal::Conflict(Conflict {
                later: Question::RegisteredOn,
                later_date: d("2026-03-01"),
                earlier: Question::EntryDate,
                earlier_date: d("2026-03-05"),
                strict: true,
            }))
        );
        assert_eq!(
            record(Question::Purpose, Given::Text("ish"), &mut a, today),
            Err(Refusal::TapAButton)
        );
        assert_eq!(
            record(
                Question::Purpose,
                Given::Pick(Choice::code("nonsense")),
                &mut a,
                today
            ),
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
            record(
                Question::Citizenship,
                Given::Pick(Choice::More),
                &mut a,
                today
            ),
            Ok(Some(Question::CitizenshipMore))
        );
        record(
            Question::CitizenshipMore,
            Given::Pick(Choice::code("XX")),
            &mut a,
            today,
        )
        .unwrap();
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

#[cfg(test)]
mod take_tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_typed_date_is_read_not_stored() {
        let today = d("2026-12-04");
        let mut a = Answers::default();
        let got = take(Question::EntryDate, Given::Text("1 dekabr"), &mut a, today);
        assert_eq!(
            got,
            Ok(Taken::Read(Pending {
                value: Value::Date(d("2026-12-01")),
                far_guess: false,
                other: None,
            }))
        );
        assert_eq!(a, Answers::default(), "nothing stored before Yes");
        // "today" and "yesterday" buttons wait for Yes too.
        for (v, want) in [
            (Choice::Today, "2026-12-04"),
            (Choice::Yesterday, "2026-12-03"),
        ] {
            let got = take(Question::EntryDate, Given::Pick(v), &mut a, today);
            assert!(
                matches!(got, Ok(Taken::Read(Pending { value: Value::Date(x), .. })) if x == d(want)),
                "{v:?}: {got:?}"
            );
        }
        assert_eq!(a, Answers::default());
        commit(
            Question::EntryDate,
            Value::Date(d("2026-12-01")),
            &mut a,
            today,
        )
        .unwrap();
        assert_eq!(a.entry_date, Some(d("2026-12-01")));
    }

    #[test]
    fn a_year_less_date_far_away_is_said_so_and_the_other_year_offered_when_it_fits() {
        let today = d("2026-12-04");
        let mut a = Answers::default();
        // The case: an entry date typed without a year, 344 days ago.
        // The other year (25.12.2026) is in the future: not offered.
        let got = take(Question::EntryDate, Given::Text("25 dekabr"), &mut a, today);
        assert_eq!(
            got,
            Ok(Taken::Read(Pending {
                value: Value::Date(d("2025-12-25")),
                far_guess: true,
                other: None,
            }))
        );
        // With the year typed, nothing to say.
        let got = take(
            Question::EntryDate,
            Given::Text("25.12.2025"),
            &mut a,
            today,
        );
        assert!(
            matches!(
                got,
                Ok(Taken::Read(Pending {
                    far_guess: false,
                    ..
                }))
            ),
            "{got:?}"
        );
        // "Until" questions take the nearest future date, and offer the past
        // one: a patent paid until 01.12 has lapsed three days ago.
        a.entry_date = Some(d("2026-10-01"));
        let got = take(
            Question::PatentPaidUntil,
            Given::Text("1.12"),
            &mut a,
            today,
        );
        assert_eq!(
            got,
            Ok(Taken::Read(Pending {
                value: Value::Date(d("2027-12-01")),
                far_guess: true,
                other: Some(d("2026-12-01")),
            }))
        );
        // ... unless that one is refused (before the entry date).
        let got = take(
            Question::PatentPaidUntil,
            Given::Text("1.09"),
            &mut a,
            today,
        );
        assert_eq!(
            got,
            Ok(Taken::Read(Pending {
                value: Value::Date(d("2027-09-01")),
                far_guess: true,
                other: None,
            }))
        );
        // Within half a year: no remark.
        let got = take(
            Question::PatentPaidUntil,
            Given::Text("1 fevral"),
            &mut a,
            today,
        );
        assert!(
            matches!(
                got,
                Ok(Taken::Read(Pending {
                    far_guess: false,
                    other: None,
                    ..
                }))
            ),
            "{got:?}"
        );
    }

    #[test]
    fn calendar_days_are_checked_like_typed_ones() {
        let today = d("2026-12-04");
        let mut a = Answers::default();
        assert_eq!(
            take(
                Question::EntryDate,
                Given::Day(d("2026-12-05")),
                &mut a,
                today
            ),
            Err(Refusal::DateInFuture)
        );
        assert_eq!(
            take(
                Question::Purpose,
                Given::Day(d("2026-12-01")),
                &mut a,
                today
            ),
            Err(Refusal::Stale)
        );
        assert_eq!(
            bounds(Question::EntryDate, &a, today),
            Some((today - Duration::days(PAST_LIMIT_DAYS), today))
        );
        a.entry_date = Some(d("2026-11-20"));
        a.registered = Some(true);
        assert_eq!(
            bounds(Question::RegisteredOn, &a, today),
            Some((d("2026-11-20"), today)),
            "no registration day before the entry"
        );
        assert_eq!(
            bounds(Question::RegisteredUntil, &a, today),
            Some((today, today + Duration::days(FUTURE_LIMIT_DAYS)))
        );
        assert_eq!(bounds(Question::Purpose, &a, today), None);
    }

    #[test]
    fn every_date_question_has_a_calendar_and_its_data_decodes() {
        let today = d("2026-12-04");
        let a = Answers {
            entry_date: Some(d("2026-11-20")),
            ..Answers::default()
        };
        for q in Question::ALL {
            let r = ask(q, &a, today, true);
            let days = r
                .keyboard
                .iter()
                .flatten()
                .filter(|b| matches!(b.action, Action::Day(..)))
                .count();
            assert_eq!(days > 0, bounds(q, &a, today).is_some(), "{q:?}");
            for b in r.keyboard.iter().flatten() {
                let data = b.action.encode();
                assert!(data.len() <= 64, "{data}");
                assert_eq!(Action::decode(&data).as_ref(), Some(&b.action), "{data}");
            }
            assert!(r.keyboard.iter().all(|row| row.len() <= 7), "{q:?}");
        }
    }
}
