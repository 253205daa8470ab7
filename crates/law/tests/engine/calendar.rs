//! The production calendar, one row per edge: New Year, May holidays, transfers, working Saturdays, fallback.

use crate::common::*;

#[test]
fn working_days_table() {
    let cal = law().calendar();
    let rows = [
        // (date, working?, from a decree?)
        ("2025-01-08", false, true), // New Year holidays
        ("2025-01-09", true, true),  // first working day 2025
        ("2025-02-24", true, true),  // 23 Feb fell on Sunday: moved to 8 May, 24 Feb is worked
        ("2025-03-10", true, true),  // likewise 8 Mar -> 13 Jun
        ("2025-05-02", false, true), // transfer from 4 Jan
        ("2025-05-08", false, true), // transfer from 23 Feb
        ("2025-06-13", false, true), // transfer from 8 Mar
        ("2025-11-01", true, true),  // working Saturday
        ("2025-11-03", false, true), // transfer from 1 Nov
        ("2025-12-31", false, true), // transfer from 5 Jan
        ("2026-01-09", false, true), // transfer from 3 Jan
        ("2026-01-12", true, true),  // first working day 2026
        ("2026-02-23", false, true),
        ("2026-03-09", false, true), // 8 Mar is a Sunday
        ("2026-05-08", true, true),  // shortened pre-holiday day, still working
        ("2026-05-11", false, true), // 9 May is a Saturday
        ("2026-11-04", false, true),
        ("2026-12-31", false, true), // transfer from 4 Jan
        ("2027-02-20", true, true),  // working Saturday
        ("2027-02-22", false, true), // transfer from 20 Feb
        ("2027-02-23", false, true),
        ("2027-11-05", false, true),  // transfer from 2 Jan
        ("2027-12-31", false, true),  // transfer from 3 Jan
        ("2027-02-27", false, true),  // an ordinary Saturday
        ("2028-01-03", false, false), // fallback: fixed holiday 1-8 Jan
        ("2028-01-10", true, false),  // fallback: ordinary Monday
        ("2028-03-08", false, false), // fallback: fixed holiday
        ("2028-03-11", false, false), // fallback: Saturday
        ("2024-12-31", true, false),  // no 2024 decree in the data: fallback says working
    ];
    for (date, working, decree) in rows {
        let day = cal.day(d(date));
        assert_eq!(day.working, working, "{date} working");
        assert_eq!(day.from_decree, decree, "{date} basis");
    }
}
