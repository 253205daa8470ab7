//! The interview: a few taps (and typed dates) from citizenship to "your
//! deadlines". Each question knows its buttons, what typed text it accepts,
//! when it applies, and what comes next.
//!
//! A typed or picked value is read and checked here ([`take`]) but stored
//! only by [`commit`]: the router asks "is this what you meant?" in between.
//!
//! - `spec`: every question as data (buttons, how its answer is read and
//!   kept, when it is asked); this module's queries read it.
//! - `ask`: a question as the user sees it; `take`: reading and checking an
//!   answer; `facts`: the answers given, one line each.

use chrono::{Duration, NaiveDate};

use super::questions::Question;
use super::situations;
use super::state::{Answers, Choice};
use musofir_dates::Expect;

mod ask;
mod facts;
mod spec;
mod take;

pub use ask::{ask, ask_at};
pub use facts::facts;
pub use spec::NotBefore;
pub(crate) use spec::{patent_holder, purpose_not_work, works_legally};
use spec::{spec, Answer, FUTURE_LIMIT_DAYS, MEDICAL_UNDATED, PAST_LIMIT_DAYS};
pub use take::{commit, take, Given, Refusal, Taken};

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dialogue::conflicts::Conflict;
    use crate::dialogue::Action;
    use musofir_law::CitizenshipGroup;

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
