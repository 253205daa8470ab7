//! The calendar under a date question: a month grid (weeks as rows, Monday
//! first) to tap a day instead of typing it. Days the question cannot take
//! (the future for "when did…", the past for "until…", before an earlier
//! answer) are dots; weeks with no day to take are left out, so the grid
//! stays short. `‹ ›` change the month within the days offered.
//!
//! Every cell is a button (Telegram has no plain cells): a dot, the title
//! and the weekday names show the same month again.

use chrono::{Datelike, Duration, NaiveDate};

use super::questions::Question;
use super::{Action, Button};
use crate::text::Msg;

/// Seven days a row: within Telegram's eight buttons a row.
pub const WEEK: usize = 7;

/// The first day of `d`'s month.
pub fn first_of(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

fn last_of(first: NaiveDate) -> NaiveDate {
    next_month(first)
        .and_then(|n| n.pred_opt())
        .unwrap_or(first)
}

fn next_month(first: NaiveDate) -> Option<NaiveDate> {
    let (y, m) = if first.month() == 12 {
        (first.year().checked_add(1)?, 1)
    } else {
        (first.year(), first.month() + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1)
}

fn prev_month(first: NaiveDate) -> Option<NaiveDate> {
    first_of(first).pred_opt().map(first_of)
}

/// Whether the month starting on `first` has a day in `lo..=hi`.
pub fn offers(first: NaiveDate, lo: NaiveDate, hi: NaiveDate) -> bool {
    first.day() == 1 && first <= hi && last_of(first) >= lo
}

/// The grid of the month of `shown` (moved into `lo..=hi` if outside).
pub fn grid(
    q: Question,
    shown: NaiveDate,
    lo: NaiveDate,
    hi: NaiveDate,
    today: NaiveDate,
) -> Vec<Vec<Button>> {
    let first = first_of(shown.clamp(lo, hi));
    let again = Action::Month(q, first);
    let cell = |label: Msg, action: Action| Button { label, action };
    let dot = || cell(Msg::new("cal-none"), again.clone());
    let nav = |to: Option<NaiveDate>, label: &'static str| match to {
        Some(m) if offers(m, lo, hi) => cell(Msg::new(label), Action::Month(q, m)),
        _ => dot(),
    };
    let title = Msg::new("cal-month")
        .msg("month", Msg::new(format!("month-{}", first.month())))
        .num("year", i64::from(first.year()));
    let mut rows = vec![
        vec![
            nav(prev_month(first), "cal-prev"),
            cell(title, again.clone()),
            nav(next_month(first), "cal-next"),
        ],
        (1..=WEEK)
            .map(|n| cell(Msg::new(format!("wd-{n}")), again.clone()))
            .collect(),
    ];
    let last = last_of(first);
    let lead = i64::from(first.weekday().num_days_from_monday());
    let mut start = first - Duration::days(lead);
    while start <= last {
        let mut open = false;
        let row: Vec<Button> = (0..WEEK as i64)
            .map(|i| {
                let day = start + Duration::days(i);
                if day.month() != first.month() || day < lo || day > hi {
                    return dot();
                }
                open = true;
                let id = if day == today { "cal-today" } else { "cal-day" };
                cell(
                    Msg::new(id).num("day", i64::from(day.day())),
                    Action::Day(q, day),
                )
            })
            .collect();
        if open {
            rows.push(row);
        }
        start += Duration::days(WEEK as i64);
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn days(rows: &[Vec<Button>]) -> Vec<NaiveDate> {
        rows.iter()
            .flatten()
            .filter_map(|b| match b.action {
                Action::Day(_, d) => Some(d),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_past_month_grid_stops_at_today() {
        // Friday 04.12.2026: December has 1–4 to pick, one week row.
        let today = d(2026, 12, 4);
        let rows = grid(Question::EntryDate, today, d(2023, 12, 1), today, today);
        assert_eq!(rows.len(), 3, "title, weekdays, one week");
        assert!(rows.iter().all(|r| r.len() == WEEK || r.len() == 3));
        assert_eq!(
            days(&rows),
            (1..=4).map(|n| d(2026, 12, n)).collect::<Vec<_>>()
        );
        // Monday first: 01.12.2026 is a Tuesday, so the first cell is a dot.
        assert_eq!(rows[2][0].label.id, "cal-none");
        assert_eq!(
            rows[2][1].action,
            Action::Day(Question::EntryDate, d(2026, 12, 1))
        );
        assert_eq!(rows[2][4].label.id, "cal-today");
        // ‹ goes to November, › is a dot (December is the last month).
        assert_eq!(
            rows[0][0].action,
            Action::Month(Question::EntryDate, d(2026, 11, 1))
        );
        assert_eq!(rows[0][2].label.id, "cal-none");
    }

    #[test]
    fn a_whole_month_has_every_day_once() {
        let today = d(2026, 12, 4);
        let rows = grid(
            Question::EntryDate,
            d(2026, 2, 10),
            d(2023, 12, 1),
            today,
            today,
        );
        assert_eq!(days(&rows).len(), 28);
        // February 2026 starts on a Sunday: five week rows.
        assert_eq!(rows.len(), 2 + 5);
        assert_eq!(
            rows[2][6].action,
            Action::Day(Question::EntryDate, d(2026, 2, 1))
        );
    }

    #[test]
    fn a_future_grid_starts_at_today_and_a_month_outside_is_moved_in() {
        let today = d(2026, 12, 4);
        let hi = d(2028, 12, 5);
        let rows = grid(Question::PatentPaidUntil, d(2020, 1, 1), today, hi, today);
        let picked = days(&rows);
        assert_eq!(picked.first(), Some(&today));
        assert_eq!(picked.last(), Some(&d(2026, 12, 31)));
        assert_eq!(rows[0][0].label.id, "cal-none", "no month before today's");
        assert!(offers(d(2028, 12, 1), today, hi));
        assert!(!offers(d(2029, 1, 1), today, hi));
        assert!(!offers(d(2026, 11, 1), today, hi));
        assert!(
            !offers(d(2026, 12, 2), today, hi),
            "a month is named by its first day"
        );
    }
}
