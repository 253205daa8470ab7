//! The counting conventions, each written once with its reason. All functions are total: they return `None`
//! instead of panicking when date arithmetic leaves chrono's range.

use chrono::{Days, Months, NaiveDate};

use crate::calendar::ProductionCalendar;
use crate::rules::Confidence;

/// The most consecutive days off a calendar can have is about 12 (New Year); this bound only guards the loops
/// against malformed data.
const MAX_STEPS: u32 = 4000;

/// "N days from an event" (registration 15/30 days, patent 30 days, medical 30/90 days).
///
/// Civil Code art. 191: a period starts the day after the event, so the Nth day of the period, the last day that
/// is still on time, is `event + N`. Entry 2026-03-05 + 15 days -> 2026-03-20.
///
/// A due date that lands on a non-working day is NOT moved here: the earlier date is the safer one for the user.
/// See [`next_working_day_if_off`] for the flag that offices may accept the next working day.
pub fn days_after(event: NaiveDate, n: u32) -> Option<NaiveDate> {
    event.checked_add_days(Days::new(u64::from(n)))
}

/// The other reading of "N days from an event": the event day itself is day 1, so the Nth day is `event + N - 1`.
///
/// No Russian act says an office counts this way, but nothing published by MVD rules it out, and the stay limit is
/// counted with the entry day included (see [`stay_last_day`]). The engine shows this earlier date wherever a term
/// is "N days from an event" and names [`days_after`] as the other reading (`Deadline::alt_due`). `None` for
/// N = 0 or out of range.
pub fn days_after_counting_event_day(event: NaiveDate, n: u32) -> Option<NaiveDate> {
    event.checked_add_days(Days::new(u64::from(n.checked_sub(1)?)))
}

/// "N months from a date" (contract notice 2 months, patent 12 months, certificates 12 months).
///
/// Civil Code art. 192: the period ends on the same date N months later, or on the last day of that month when it
/// has no such date (2026-01-31 + 1 month -> 2026-02-28; 2024-02-29 + 12 months -> 2025-02-28).
/// `checked_add_months` implements exactly that clamp.
pub fn months_after(date: NaiveDate, n: u32) -> Option<NaiveDate> {
    date.checked_add_months(Months::new(n))
}

/// The last day of a stay of `days` days that starts on `first_day`.
///
/// Days of stay are counted inclusively: the day of entry is already a day in Russia (the safer reading; law.md
/// does not spell it out). Entry 2026-01-01, 90 days -> last legal day 2026-03-31.
pub fn stay_last_day(first_day: NaiveDate, days: u32) -> Option<NaiveDate> {
    first_day.checked_add_days(Days::new(u64::from(days.checked_sub(1)?)))
}

/// Number of days from `from` to `to` (negative when `to` is earlier).
pub fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    (to - from).num_days()
}

/// A date found by working-day arithmetic, with how sure the calendar was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counted {
    /// The date found.
    pub date: NaiveDate,
    /// False when any day counted fell in a year without a decree in the data (fallback calendar).
    pub calendar_certain: bool,
    /// The weakest confidence of the calendar years used.
    pub confidence: Confidence,
}

/// "N working days after arrival" (registration 7 working days, Amina 3 working days).
///
/// Like calendar periods, the count starts the day after the event: the first working day AFTER arrival is
/// working day 1, and the Nth working day is the last day on time. Days off (weekends, holidays, transferred days)
/// are skipped; working Saturdays (2025-11-01, 2027-02-20) count.
pub fn working_days_after(cal: &ProductionCalendar, event: NaiveDate, n: u32) -> Option<Counted> {
    walk(cal, event, n, Step::Forward)
}

/// The Nth working day before `end`, not counting `end` itself (patent re-issue: apply at least 10 working days
/// before the 12 months end). The inverse of [`working_days_after`]: counting N working days after the result
/// reaches `end` when `end` is a working day.
pub fn working_days_before(cal: &ProductionCalendar, end: NaiveDate, n: u32) -> Option<Counted> {
    walk(cal, end, n, Step::Backward)
}

/// If `date` is a day off, the next working day (when offices may still accept a filing). `None` when `date` is a
/// working day. Returns whether the calendar used was a decree.
pub fn next_working_day_if_off(cal: &ProductionCalendar, date: NaiveDate) -> Option<NaiveDate> {
    if cal.is_working_day(date) {
        return None;
    }
    walk(cal, date, 1, Step::Forward).map(|c| c.date)
}

#[derive(Clone, Copy)]
enum Step {
    Forward,
    Backward,
}

fn walk(cal: &ProductionCalendar, start: NaiveDate, n: u32, step: Step) -> Option<Counted> {
    let mut date = start;
    let mut found = 0;
    let mut certain = true;
    let mut confidence = Confidence::High;
    for _ in 0..MAX_STEPS {
        if found == n {
            return Some(Counted {
                date,
                calendar_certain: certain,
                confidence,
            });
        }
        date = match step {
            Step::Forward => date.succ_opt()?,
            Step::Backward => date.pred_opt()?,
        };
        let day = cal.day(date);
        certain &= day.from_decree;
        confidence = confidence.min(day.confidence);
        if day.working {
            found += 1;
        }
    }
    None
}
