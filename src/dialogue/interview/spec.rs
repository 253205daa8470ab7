//! Every question as data: its buttons, how its answer is read and kept,
//! and when it is asked.

use chrono::NaiveDate;
use musofir_law::profile::OTHER_COUNTRY;
use musofir_law::{Citizenship, CitizenshipGroup, Housing, LostDocument, Purpose, Region};

use super::take::Refusal;

use crate::dialogue::questions::Question;
use crate::dialogue::state::{Answers, Choice, DecisionKind, JobChange, PatentAnswer};
use crate::text::serde_name;
use musofir_dates::Expect;

/// How far back a typed date may reasonably go: older answers are typos.
pub(super) const PAST_LIMIT_DAYS: i64 = 3 * 366;
/// How far ahead a "valid until" date may go (registration and patents last a year at most).
pub(super) const FUTURE_LIMIT_DAYS: i64 = 2 * 366;
/// A date whose year was not typed and lies further than this from today
/// is said to be so ("that is more than half a year ago").
pub(super) const HALF_YEAR_DAYS: i64 = 183;

/// A question, complete in one place: its buttons, what it reads, where the
/// answer lives in [`Answers`], and when it is asked. One exhaustive `match`
/// ([`spec`]) gives every question all of these, so a new question cannot
/// be half-wired (asked, but its answer dropped).
pub(super) struct Spec {
    /// Buttons: (choice, label message id). [`Choice::Unknown`] is the
    /// "don't know / don't remember" button.
    pub(super) choices: &'static [(Choice, &'static str)],
    pub(super) answer: Answer,
    /// Whether the question is asked, given the answers so far.
    pub(super) applies: fn(&Answers) -> bool,
}

/// How an answer is read and kept.
pub(super) enum Answer {
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

pub(super) fn yes(v: Choice) -> Result<bool, Refusal> {
    match v {
        Choice::Yes => Ok(true),
        Choice::No => Ok(false),
        _ => Err(Refusal::Stale),
    }
}

pub(super) fn yes_no(b: Option<bool>) -> Option<Choice> {
    b.map(|b| if b { Choice::Yes } else { Choice::No })
}

pub(super) fn parse_enum<T: serde::de::DeserializeOwned>(v: Choice) -> Result<T, Refusal> {
    serde_json::from_value(serde_json::Value::String(v.as_str().to_string()))
        .map_err(|_| Refusal::Stale)
}

/// A serde enum's value as its choice (its serde name).
pub(super) fn enum_choice<T: serde::Serialize>(value: &T) -> Option<Choice> {
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

pub(super) const AFTER_ENTRY: &[NotBefore] = &[NotBefore {
    earlier: Question::EntryDate,
    strict: true,
}];

pub(super) fn always(_: &Answers) -> bool {
    true
}

pub(super) fn never(_: &Answers) -> bool {
    false
}

pub(super) fn nothing(_: &mut Answers) {}

pub(super) fn set_country(a: &mut Answers, v: Choice) -> Result<Option<Question>, Refusal> {
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

pub(super) fn get_country(a: &Answers) -> Option<Choice> {
    a.citizenship.and_then(|c| Choice::parse(c.as_str()))
}

/// Every region the offices data names, the four capital ones first, then
/// "other": the situations' rarer questions show them on one screen.
pub(super) const ALL_REGIONS: &[(Choice, &str)] = &[
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
pub(super) const MORE_REGIONS: &[(Choice, &str)] = ALL_REGIONS.split_at(4).1;

pub(super) fn set_region(a: &mut Answers, v: Choice) -> Result<Option<Question>, Refusal> {
    if v == Choice::More {
        return Ok(Some(Question::RegionMore));
    }
    a.region = Some(parse_enum::<Region>(v)?);
    Ok(None)
}

pub(super) fn get_region(a: &Answers) -> Option<Choice> {
    a.region.and_then(|r| enum_choice(&r))
}

pub(super) const HOUSING: &[(Choice, &str)] = &[
    (Choice::code("private"), "housing-private"),
    (Choice::code("hotel"), "housing-hotel"),
];

/// The medical check is passed, its date not remembered: "yes" and "don't
/// remember" to the date question that follows, in one tap.
pub(super) const MEDICAL_UNDATED: Choice = Choice::code("yes_undated");

pub(super) const YES_NO: &[(Choice, &str)] =
    &[(Choice::Yes, "answer-yes"), (Choice::No, "answer-no")];

pub(super) const AFTER_ENTRY_AND_MOVE: &[NotBefore] = &[
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
pub(super) const AFTER_ENDED: &[NotBefore] = &[NotBefore {
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
pub(super) fn situation_spec(q: Question) -> Option<Spec> {
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

pub(super) fn spec(q: Question) -> Spec {
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

pub(super) fn group(a: &Answers) -> Option<CitizenshipGroup> {
    a.citizenship.map(|c| c.group())
}

/// A patent is needed: work purpose and not an EAEU citizen.
pub(super) fn needs_patent(a: &Answers) -> bool {
    a.purpose == Some(Purpose::Work) && !group(a).is_some_and(|g| g.is_eaeu())
}

pub(super) fn has_patent(a: &Answers) -> bool {
    needs_patent(a) && a.patent == Some(PatentAnswer::Have)
}

/// An EAEU citizen who came to work (no patent needed; a contract instead).
pub(super) fn eaeu_worker(a: &Answers) -> bool {
    a.purpose == Some(Purpose::Work) && group(a).is_some_and(|g| g.is_eaeu())
}

pub(super) fn hotel(a: &Answers) -> bool {
    a.housing == Some(Housing::Hotel)
}

/// Not an EAEU citizen, and the card's purpose is neither work nor study:
/// working is then working without the right to (the wrong purpose).
pub(crate) fn purpose_not_work(a: &Answers) -> bool {
    !group(a).is_some_and(|g| g.is_eaeu())
        && a.purpose
            .is_some_and(|p| !matches!(p, Purpose::Work | Purpose::Study))
}

pub(super) fn lost_something(a: &Answers) -> bool {
    a.lost_document.is_some()
}

pub(super) fn not_hotel(a: &Answers) -> bool {
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

pub(super) fn registered(a: &Answers) -> bool {
    !hotel(a) && a.registered == Some(true)
}

/// The medical check is for work (30 days) and long stays such as study
/// (90 days); Belarus citizens are exempt.
pub(super) fn medical_applies(a: &Answers) -> bool {
    // An EAEU citizen who came for another purpose and then signed a
    // contract owes it too (from the contract).
    let eaeu_contract = group(a).is_some_and(|g| g.is_eaeu())
        && a.job_change == Some(JobChange::New)
        && a.contract_signed_on.is_some();
    (matches!(a.purpose, Some(Purpose::Work | Purpose::Study)) || eaeu_contract)
        && group(a) != Some(CitizenshipGroup::Belarus)
}
