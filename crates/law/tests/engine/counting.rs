//! The counting conventions, one row per edge.

use musofir_law::counting::{
    days_after, months_after, next_working_day_if_off, stay_last_day, working_days_after,
    working_days_before,
};
use musofir_law::Confidence;

use crate::common::*;

#[test]
fn days_from_an_event_start_the_day_after() {
    for (event, n, due) in [
        ("2026-03-05", 15, "2026-03-20"),
        ("2026-12-20", 15, "2027-01-04"), // across the year end
        ("2028-02-14", 15, "2028-02-29"), // leap day
        ("2026-02-14", 15, "2026-03-01"),
        ("2026-03-05", 30, "2026-04-04"),
        ("2026-03-05", 90, "2026-06-03"),
    ] {
        assert_eq!(days_after(d(event), n), Some(d(due)), "{event} + {n}");
    }
}

#[test]
fn months_end_on_the_same_date_or_the_month_end() {
    for (from, n, due) in [
        ("2026-01-31", 1, "2026-02-28"),
        ("2028-01-31", 1, "2028-02-29"), // leap year
        ("2028-02-29", 12, "2029-02-28"),
        ("2025-12-31", 2, "2026-02-28"),
        ("2026-08-31", 2, "2026-10-31"),
        ("2026-03-15", 2, "2026-05-15"),
        ("2026-10-31", 2, "2026-12-31"),
        ("2026-11-30", 2, "2027-01-30"),
    ] {
        assert_eq!(
            months_after(d(from), n),
            Some(d(due)),
            "{from} + {n} months"
        );
    }
}

#[test]
fn stay_days_count_the_entry_day() {
    assert_eq!(stay_last_day(d("2026-01-01"), 90), Some(d("2026-03-31")));
    assert_eq!(stay_last_day(d("2028-01-01"), 90), Some(d("2028-03-30"))); // leap year
    assert_eq!(stay_last_day(d("2026-05-01"), 1), Some(d("2026-05-01")));
    assert_eq!(stay_last_day(d("2026-05-01"), 0), None);
}

#[test]
fn working_days_after_arrival() {
    let cal = law().calendar();
    for (event, n, due, certain, confidence) in [
        // Thu 05.03.2026: Fri 6 (1), Mon 9 off, 10-13 (2-5), 16 (6), 17 (7)
        ("2026-03-05", 7, "2026-03-17", true, Confidence::High),
        // Thu 30.10.2025: Fri 31 (1), Sat 1 Nov working (2), 3-4 Nov off, Wed 5 (3)
        ("2025-10-30", 3, "2025-11-05", true, Confidence::High),
        // Tue 30.12.2025: 31 Dec off, 1-11 Jan off, 12-16 (1-5), 19 (6), 20 (7)
        ("2025-12-30", 7, "2026-01-20", true, Confidence::High),
        // Thu 30.04.2026: 1 May off, 4-8 (1-5), 11 off, 12 (6), 13 (7)
        ("2026-04-30", 7, "2026-05-13", true, Confidence::High),
        // Thu 18.02.2027: Fri 19 (1), Sat 20 working (2)
        ("2027-02-18", 2, "2027-02-20", true, Confidence::Medium),
        // Thu 30.12.2027: 31 Dec off; 2028 fallback: 3-7 Jan holidays, 10 (1), 11 (2), 12 (3)
        ("2027-12-30", 3, "2028-01-12", false, Confidence::Low),
    ] {
        let c = working_days_after(cal, d(event), n).unwrap();
        assert_eq!(c.date, d(due), "{event} + {n} wd");
        assert_eq!(c.calendar_certain, certain, "{event} certainty");
        assert_eq!(c.confidence, confidence, "{event} confidence");
    }
}

#[test]
fn working_days_before_an_end() {
    let cal = law().calendar();
    for (end, n, due) in [
        // Mon 16.03.2026: 13,12,11,10 (1-4), 9 off, 6,5,4,3,2 (5-9), Fri 27.02 (10)
        ("2026-03-16", 10, "2026-02-27"),
        // Sat 20.02.2027 (working): 19..15 (1-5), 12..8 (6-10)
        ("2027-02-20", 10, "2027-02-08"),
        // Wed 10.11.2027: 9, 8 (1-2), 5 and 4 Nov off, 3, 2, 1 (3-5), 29..25 Oct (6-10)
        ("2027-11-10", 10, "2027-10-25"),
    ] {
        let c = working_days_before(cal, d(end), n).unwrap();
        assert_eq!(c.date, d(due), "{end} - {n} wd");
        // The inverse: n working days after the result reach the end (a working day).
        assert_eq!(working_days_after(cal, c.date, n).unwrap().date, d(end));
    }
}

#[test]
fn non_working_due_dates_point_to_the_next_working_day() {
    let cal = law().calendar();
    assert_eq!(
        next_working_day_if_off(cal, d("2026-04-04")),
        Some(d("2026-04-06"))
    );
    assert_eq!(
        next_working_day_if_off(cal, d("2025-12-31")),
        Some(d("2026-01-12"))
    );
    assert_eq!(next_working_day_if_off(cal, d("2025-11-01")), None);
    assert_eq!(next_working_day_if_off(cal, d("2026-03-20")), None);
}
