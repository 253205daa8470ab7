//! Reading an answer: a button, typed text or a calendar day, checked
//! against today and the other answers.

use chrono::{Datelike, Duration, NaiveDate};

use super::date_of;
use super::spec::{spec, yes, Answer, FUTURE_LIMIT_DAYS, HALF_YEAR_DAYS, PAST_LIMIT_DAYS};

use crate::dialogue::conflicts::Conflict;
use crate::dialogue::questions::Question;
use crate::dialogue::state::{Answers, Choice, Pending, Value};
use crate::text::Msg;
use musofir_dates::{read_date, DateError, Expect};

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

#[cfg(test)]
mod take_tests {
    use super::*;
    use crate::dialogue::interview::{ask, bounds};
    use crate::dialogue::Action;

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
