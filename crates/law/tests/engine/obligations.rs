//! Table-driven: one row per rule and per edge. `due: None` = the obligation does not apply.

use musofir_law::{assess, AssessError, DeadlineKind as K, Note, Status as S};

use crate::common::*;

struct Row {
    name: &'static str,
    json: &'static str,
    today: &'static str,
    kind: K,
    due: Option<&'static str>,
    status: S,
}

const fn row(
    name: &'static str,
    json: &'static str,
    today: &'static str,
    kind: K,
    due: Option<&'static str>,
    status: S,
) -> Row {
    Row {
        name,
        json,
        today,
        kind,
        due,
        status,
    }
}

const ROWS: &[Row] = &[
    // --- registration (law.md 1.1-1.7) ---
    row(
        "UZ 15 days",
        r#"{"citizenship":"UZ","entry_date":"2026-03-05"}"#,
        "2026-03-10",
        K::Registration,
        Some("2026-03-19"),
        S::Upcoming,
    ),
    row(
        "TJ 15 days",
        r#"{"citizenship":"TJ","entry_date":"2026-03-05"}"#,
        "2026-03-10",
        K::Registration,
        Some("2026-03-19"),
        S::Upcoming,
    ),
    row(
        "KG 30 days",
        r#"{"citizenship":"KG","entry_date":"2026-03-05"}"#,
        "2026-03-10",
        K::Registration,
        Some("2026-04-03"),
        S::Upcoming,
    ),
    row(
        "KZ 30 days",
        r#"{"citizenship":"KZ","entry_date":"2026-03-05"}"#,
        "2026-03-10",
        K::Registration,
        Some("2026-04-03"),
        S::Upcoming,
    ),
    row(
        "AM 30 days",
        r#"{"citizenship":"AM","entry_date":"2026-03-05"}"#,
        "2026-03-10",
        K::Registration,
        Some("2026-04-03"),
        S::Upcoming,
    ),
    row(
        "BY shorter reading",
        r#"{"citizenship":"BY","entry_date":"2026-03-05"}"#,
        "2026-03-10",
        K::Registration,
        Some("2026-04-03"),
        S::Upcoming,
    ),
    row(
        "UA general 7 wd",
        r#"{"citizenship":"UA","entry_date":"2026-03-05"}"#,
        "2026-03-10",
        K::Registration,
        Some("2026-03-17"),
        S::Upcoming,
    ),
    row(
        "other 7 wd over 9 March",
        r#"{"citizenship":"DE","entry_date":"2026-03-05"}"#,
        "2026-03-10",
        K::Registration,
        Some("2026-03-17"),
        S::Upcoming,
    ),
    row(
        "other 7 wd over New Year",
        r#"{"citizenship":"CN","entry_date":"2025-12-30"}"#,
        "2026-01-05",
        K::Registration,
        Some("2026-01-20"),
        S::Upcoming,
    ),
    row(
        "other 7 wd over working Sat 2025",
        r#"{"citizenship":"IN","entry_date":"2025-10-29"}"#,
        "2025-10-30",
        K::Registration,
        Some("2025-11-10"),
        S::Upcoming,
    ),
    row(
        "other 7 wd over working Sat 2027",
        r#"{"citizenship":"TR","entry_date":"2027-02-17"}"#,
        "2027-02-17",
        K::Registration,
        Some("2027-03-01"),
        S::Upcoming,
    ),
    row(
        "UZ day before agreement: general rule",
        r#"{"citizenship":"UZ","entry_date":"2022-06-03"}"#,
        "2022-06-03",
        K::Registration,
        Some("2022-06-14"),
        S::Upcoming,
    ),
    row(
        "UZ first day of agreement",
        r#"{"citizenship":"UZ","entry_date":"2022-06-04"}"#,
        "2022-06-04",
        K::Registration,
        Some("2022-06-18"),
        S::Upcoming,
    ),
    row(
        "hotel guest: none",
        r#"{"citizenship":"UZ","entry_date":"2026-03-05","housing":"hotel"}"#,
        "2026-03-10",
        K::Registration,
        None,
        S::Upcoming,
    ),
    row(
        "registered: done",
        r#"{"citizenship":"UZ","entry_date":"2026-03-05","registered_on":"2026-03-12"}"#,
        "2026-03-30",
        K::Registration,
        Some("2026-03-19"),
        S::Done,
    ),
    row(
        "due today",
        r#"{"citizenship":"UZ","entry_date":"2026-03-05"}"#,
        "2026-03-20",
        K::Registration,
        Some("2026-03-20"),
        S::DueToday,
    ),
    row(
        "overdue",
        r#"{"citizenship":"UZ","entry_date":"2026-03-05"}"#,
        "2026-03-21",
        K::Registration,
        Some("2026-03-19"),
        S::Overdue,
    ),
    row(
        "UZ over year end",
        r#"{"citizenship":"UZ","entry_date":"2026-12-20"}"#,
        "2026-12-21",
        K::Registration,
        Some("2027-01-03"),
        S::Upcoming,
    ),
    // --- registration end ---
    row(
        "registration end",
        r#"{"citizenship":"UZ","entry_date":"2026-03-05","registered_on":"2026-03-10","registered_until":"2026-12-01"}"#,
        "2026-11-23",
        K::RegistrationEnd,
        Some("2026-12-01"),
        S::Upcoming,
    ),
    row(
        "no registration end given",
        r#"{"citizenship":"UZ","entry_date":"2026-03-05"}"#,
        "2026-03-10",
        K::RegistrationEnd,
        None,
        S::Upcoming,
    ),
    // --- patent application (law.md 3.1) ---
    row(
        "UZ work 30 days",
        r#"{"citizenship":"UZ","entry_date":"2026-03-05","purpose":"work"}"#,
        "2026-03-10",
        K::PatentApplication,
        Some("2026-04-03"),
        S::Upcoming,
    ),
    row(
        "TJ work 30 days",
        r#"{"citizenship":"TJ","entry_date":"2026-01-31","purpose":"work"}"#,
        "2026-02-01",
        K::PatentApplication,
        Some("2026-03-01"),
        S::Upcoming,
    ),
    row(
        "DE work 30 days",
        r#"{"citizenship":"DE","entry_date":"2026-03-05","purpose":"work"}"#,
        "2026-03-10",
        K::PatentApplication,
        Some("2026-04-03"),
        S::Upcoming,
    ),
    row(
        "KG work: no patent",
        r#"{"citizenship":"KG","entry_date":"2026-03-05","purpose":"work"}"#,
        "2026-03-10",
        K::PatentApplication,
        None,
        S::Upcoming,
    ),
    row(
        "BY work: no patent",
        r#"{"citizenship":"BY","entry_date":"2026-03-05","purpose":"work"}"#,
        "2026-03-10",
        K::PatentApplication,
        None,
        S::Upcoming,
    ),
    row(
        "UZ private: no patent",
        r#"{"citizenship":"UZ","entry_date":"2026-03-05","purpose":"private"}"#,
        "2026-03-10",
        K::PatentApplication,
        None,
        S::Upcoming,
    ),
    row(
        "patent issued: done",
        r#"{"citizenship":"UZ","entry_date":"2026-03-05","purpose":"work","patent_issued_on":"2026-03-30"}"#,
        "2026-04-10",
        K::PatentApplication,
        Some("2026-04-03"),
        S::Done,
    ),
    row(
        "leap-year entry",
        r#"{"citizenship":"UZ","entry_date":"2028-02-01","purpose":"work"}"#,
        "2028-02-01",
        K::PatentApplication,
        Some("2028-03-01"),
        S::Upcoming,
    ),
    // --- medical (law.md 4.1-4.3) ---
    row(
        "work 30 days",
        r#"{"citizenship":"UZ","entry_date":"2026-03-05","purpose":"work"}"#,
        "2026-03-10",
        K::MedicalExam,
        Some("2026-04-03"),
        S::Upcoming,
    ),
    row(
        "KG work 30 days",
        r#"{"citizenship":"KG","entry_date":"2026-03-05","purpose":"work"}"#,
        "2026-03-10",
        K::MedicalExam,
        Some("2026-04-03"),
        S::Upcoming,
    ),
    row(
        "study: 30 days of the bill advised (law: 90)",
        r#"{"citizenship":"TJ","entry_date":"2026-03-05","purpose":"study"}"#,
        "2026-03-10",
        K::MedicalExam,
        Some("2026-04-03"),
        S::Upcoming,
    ),
    row(
        "tourism: none (stay <= 90 days)",
        r#"{"citizenship":"TJ","entry_date":"2026-03-05","purpose":"tourism"}"#,
        "2026-03-10",
        K::MedicalExam,
        None,
        S::Upcoming,
    ),
    row(
        "Belarus exempt",
        r#"{"citizenship":"BY","entry_date":"2026-03-05","purpose":"work"}"#,
        "2026-03-10",
        K::MedicalExam,
        None,
        S::Upcoming,
    ),
    row(
        "medical done",
        r#"{"citizenship":"UZ","entry_date":"2026-03-05","purpose":"work","medical_done_on":"2026-03-20"}"#,
        "2026-03-25",
        K::MedicalExam,
        Some("2026-04-03"),
        S::Done,
    ),
    row(
        "before 274-FZ: none",
        r#"{"citizenship":"UZ","entry_date":"2021-12-28","purpose":"work"}"#,
        "2021-12-28",
        K::MedicalExam,
        None,
        S::Upcoming,
    ),
    row(
        "first day of 274-FZ",
        r#"{"citizenship":"UZ","entry_date":"2021-12-29","purpose":"work"}"#,
        "2021-12-29",
        K::MedicalExam,
        Some("2022-01-27"),
        S::Upcoming,
    ),
    // --- patent payment (law.md 3.3-3.4) ---
    row(
        "payment = last paid day",
        r#"{"citizenship":"UZ","entry_date":"2026-03-05","purpose":"work","patent_issued_on":"2026-03-20","patent_paid_until":"2026-12-04"}"#,
        "2026-11-23",
        K::PatentPayment,
        Some("2026-12-04"),
        S::Upcoming,
    ),
    row(
        "payment missed",
        r#"{"citizenship":"UZ","entry_date":"2026-03-05","purpose":"work","patent_issued_on":"2026-03-20","patent_paid_until":"2026-11-20"}"#,
        "2026-11-23",
        K::PatentPayment,
        Some("2026-11-20"),
        S::Overdue,
    ),
    // --- contract copy (law.md 3.6) ---
    row(
        "contract 2 months",
        r#"{"citizenship":"UZ","entry_date":"2026-01-05","purpose":"work","patent_issued_on":"2026-01-30"}"#,
        "2026-02-01",
        K::ContractNotice,
        Some("2026-03-30"),
        S::Upcoming,
    ),
    row(
        "contract from 31st: month end",
        r#"{"citizenship":"UZ","entry_date":"2025-12-05","purpose":"work","patent_issued_on":"2025-12-31"}"#,
        "2026-01-15",
        K::ContractNotice,
        Some("2026-02-28"),
        S::Upcoming,
    ),
    row(
        "contract notified: done",
        r#"{"citizenship":"UZ","entry_date":"2026-01-05","purpose":"work","patent_issued_on":"2026-01-30","contract_notified":true}"#,
        "2026-02-01",
        K::ContractNotice,
        Some("2026-03-30"),
        S::Done,
    ),
    row(
        "patent ended: no contract step",
        r#"{"citizenship":"UZ","entry_date":"2026-01-05","purpose":"work","patent_issued_on":"2026-01-30","patent_paid_until":"2026-02-27"}"#,
        "2026-03-01",
        K::ContractNotice,
        None,
        S::Upcoming,
    ),
    // --- re-issue (law.md 3.5) ---
    row(
        "reissue 10 wd before 12 months",
        r#"{"citizenship":"UZ","entry_date":"2025-03-01","purpose":"work","patent_issued_on":"2025-03-16"}"#,
        "2025-04-01",
        K::PatentReissue,
        Some("2026-02-27"),
        S::Upcoming,
    ),
    row(
        "reissue ends on working Sat",
        r#"{"citizenship":"UZ","entry_date":"2026-02-01","purpose":"work","patent_issued_on":"2026-02-20"}"#,
        "2026-03-01",
        K::PatentReissue,
        Some("2027-02-05"),
        S::Upcoming,
    ),
    row(
        "reissue over November holidays",
        r#"{"citizenship":"TJ","entry_date":"2026-11-01","purpose":"work","patent_issued_on":"2026-11-10"}"#,
        "2026-11-23",
        K::PatentReissue,
        Some("2027-10-22"),
        S::Upcoming,
    ),
    row(
        "reissue in fallback year",
        r#"{"citizenship":"TJ","entry_date":"2027-01-10","purpose":"work","patent_issued_on":"2027-01-15"}"#,
        "2027-01-20",
        K::PatentReissue,
        Some("2027-12-23"),
        S::Upcoming,
    ),
    // --- stay limit (law.md 2.1-2.2) ---
    row(
        "90 days from 1 Jan",
        r#"{"citizenship":"TJ","entry_date":"2026-01-01","purpose":"private","days_in_russia_this_year":0}"#,
        "2026-01-02",
        K::StayLimit,
        Some("2026-03-31"),
        S::Upcoming,
    ),
    row(
        "90 days, leap year",
        r#"{"citizenship":"TJ","entry_date":"2028-01-01","purpose":"private","days_in_russia_this_year":0}"#,
        "2028-01-02",
        K::StayLimit,
        Some("2028-03-30"),
        S::Upcoming,
    ),
    row(
        "days already used",
        r#"{"citizenship":"UZ","entry_date":"2026-06-01","purpose":"private","days_in_russia_this_year":30}"#,
        "2026-06-02",
        K::StayLimit,
        Some("2026-07-30"),
        S::Upcoming,
    ),
    row(
        "allowance ends before 31 Dec",
        r#"{"citizenship":"UZ","entry_date":"2026-12-01","purpose":"tourism","days_in_russia_this_year":80}"#,
        "2026-12-02",
        K::StayLimit,
        Some("2026-12-10"),
        S::Upcoming,
    ),
    row(
        "allowance ends on 31 Dec",
        r#"{"citizenship":"UZ","entry_date":"2026-12-22","purpose":"tourism","days_in_russia_this_year":80}"#,
        "2026-12-22",
        K::StayLimit,
        Some("2026-12-31"),
        S::Upcoming,
    ),
    row(
        "allowance lasts past 31 Dec: 90 in a row",
        r#"{"citizenship":"UZ","entry_date":"2026-12-23","purpose":"tourism","days_in_russia_this_year":80}"#,
        "2026-12-23",
        K::StayLimit,
        Some("2027-01-01"),
        S::Upcoming,
    ),
    row(
        "late entry, fresh year",
        r#"{"citizenship":"UZ","entry_date":"2026-12-25","purpose":"tourism","days_in_russia_this_year":80}"#,
        "2027-01-10",
        K::StayLimit,
        Some("2027-03-24"),
        S::Upcoming,
    ),
    row(
        "allowance used before entry",
        r#"{"citizenship":"UZ","entry_date":"2026-06-01","purpose":"private","days_in_russia_this_year":90}"#,
        "2026-06-02",
        K::StayLimit,
        Some("2026-06-01"),
        S::Overdue,
    ),
    row(
        "UZ work without patent",
        r#"{"citizenship":"UZ","entry_date":"2026-03-05","purpose":"work","days_in_russia_this_year":10}"#,
        "2026-03-10",
        K::StayLimit,
        Some("2026-05-23"),
        S::Upcoming,
    ),
    row(
        "UZ with patent: none",
        r#"{"citizenship":"UZ","entry_date":"2026-03-05","purpose":"work","patent_issued_on":"2026-03-20","patent_paid_until":"2026-12-04"}"#,
        "2026-11-23",
        K::StayLimit,
        None,
        S::Upcoming,
    ),
    row(
        "KG work: contract, none",
        r#"{"citizenship":"KG","entry_date":"2026-03-05","purpose":"work","labour_contract":true}"#,
        "2026-03-10",
        K::StayLimit,
        None,
        S::Upcoming,
    ),
    row(
        "KG work, contract unknown: the limit is shown (safe side)",
        r#"{"citizenship":"KG","entry_date":"2026-03-05","purpose":"work"}"#,
        "2026-03-10",
        K::StayLimit,
        Some("2026-06-02"),
        S::Upcoming,
    ),
    row(
        "KG private, then a contract: none",
        r#"{"citizenship":"KG","entry_date":"2026-03-05","purpose":"private","contract_signed_on":"2026-04-01"}"#,
        "2026-04-02",
        K::StayLimit,
        None,
        S::Upcoming,
    ),
    row(
        "KG private: limit applies",
        r#"{"citizenship":"KG","entry_date":"2026-03-05","purpose":"private","days_in_russia_this_year":0}"#,
        "2026-03-10",
        K::StayLimit,
        Some("2026-06-02"),
        S::Upcoming,
    ),
    row(
        "last day of 90/180",
        r#"{"citizenship":"TJ","entry_date":"2024-12-31","purpose":"private","days_in_russia_this_year":0}"#,
        "2024-12-31",
        K::StayLimit,
        Some("2025-03-30"),
        S::Upcoming,
    ),
    row(
        "first day of 90/365",
        r#"{"citizenship":"TJ","entry_date":"2025-01-01","purpose":"private","days_in_russia_this_year":0}"#,
        "2025-01-01",
        K::StayLimit,
        Some("2025-03-31"),
        S::Upcoming,
    ),
    row(
        "90/180, allowance used before entry",
        r#"{"citizenship":"TJ","entry_date":"2024-12-01","purpose":"private","days_in_russia_this_year":300}"#,
        "2024-12-02",
        K::StayLimit,
        Some("2024-12-01"),
        S::Overdue,
    ),
];

#[test]
fn obligations_table() {
    for r in ROWS {
        let a = run(r.json, r.today);
        let got = a.deadline(r.kind);
        match (r.due, got) {
            (None, None) => {}
            (None, Some(dl)) => panic!(
                "{}: {:?} should not apply, got due {}",
                r.name, r.kind, dl.due
            ),
            (Some(_), None) => panic!("{}: {:?} missing", r.name, r.kind),
            (Some(due), Some(dl)) => {
                assert_eq!(dl.due, d(due), "{}: due", r.name);
                assert_eq!(dl.status, r.status, "{}: status", r.name);
                assert_eq!(
                    dl.days_left,
                    (d(due) - d(r.today)).num_days(),
                    "{}: days_left",
                    r.name
                );
                assert!(
                    !dl.source.is_empty() && law().rule(&dl.rule).is_some(),
                    "{}: rule",
                    r.name
                );
            }
        }
    }
}

#[test]
fn uncertain_terms_say_so_and_where_to_check() {
    use musofir_law::{Check, Confidence};
    let by = run(
        r#"{"citizenship":"BY","entry_date":"2026-03-05"}"#,
        "2026-03-10",
    );
    let reg = by.deadline(K::Registration).unwrap();
    assert!(reg.uncertain);
    assert_eq!(reg.confidence, Confidence::Low);
    assert_eq!(reg.check, Some(Check::MvdOffice));
    assert!(reg.notes.contains(&Note::LongerTermAlsoReported));

    let ua = run(
        r#"{"citizenship":"UA","entry_date":"2026-03-05"}"#,
        "2026-03-10",
    );
    assert!(ua.deadline(K::Registration).unwrap().uncertain);

    // UZ 15 days: high, with the note that some sources count working days (law.md conflict 17).
    let uz = run(
        r#"{"citizenship":"UZ","entry_date":"2026-03-05"}"#,
        "2026-03-10",
    );
    let reg = uz.deadline(K::Registration).unwrap();
    // The 15 days themselves are high in law.md; whether the entry day is day 1 is not published, so the date
    // is the earlier reading, medium, with the other reading beside it.
    assert_eq!((reg.uncertain, reg.confidence), (true, Confidence::Medium));
    assert_eq!(
        (reg.due, reg.alt_due),
        (d("2026-03-19"), Some(d("2026-03-20")))
    );
    assert!(reg.notes.contains(&Note::SomeSourcesCountWorkingDays));
    assert!(reg.notes.contains(&Note::EventDayMayCount));

    // Re-issue is medium in law.md.
    let a = run(
        r#"{"citizenship":"UZ","entry_date":"2026-03-05","purpose":"work","patent_issued_on":"2026-03-20","patent_paid_until":"2026-12-04","region":"moscow"}"#,
        "2026-11-23",
    );
    let re = a.deadline(K::PatentReissue).unwrap();
    assert!(re.uncertain);
    assert_eq!(re.check, Some(Check::Mmc));

    // Unknown prior days: the stay limit may be earlier.
    let a = run(
        r#"{"citizenship":"TJ","entry_date":"2026-03-05","purpose":"private"}"#,
        "2026-03-10",
    );
    let st = a.deadline(K::StayLimit).unwrap();
    assert!(st.uncertain && st.notes.contains(&Note::PriorDaysUnknown));

    // An entry in the weeks some pages still gave to 90/180 (before 05.02.2025).
    let a = run(
        r#"{"citizenship":"TJ","entry_date":"2025-01-10","purpose":"private","days_in_russia_this_year":0}"#,
        "2025-01-11",
    );
    assert!(a
        .deadline(K::StayLimit)
        .unwrap()
        .notes
        .contains(&Note::RuleStartDateDisputed));
    let a = run(
        r#"{"citizenship":"TJ","entry_date":"2025-02-05","purpose":"private","days_in_russia_this_year":0}"#,
        "2025-02-06",
    );
    assert!(!a.deadline(K::StayLimit).unwrap().uncertain);
}

#[test]
fn calendar_flags() {
    // Calendar-day due date on a Saturday: kept, flagged, next working day given.
    // KG entry 06.03.2026: 30 days counting the entry day end Sat 04.04 (the other reading: Sun 05.04).
    let a = run(
        r#"{"citizenship":"KG","entry_date":"2026-03-06"}"#,
        "2026-03-10",
    );
    let reg = a.deadline(K::Registration).unwrap();
    assert_eq!(reg.due, d("2026-04-04"));
    assert!(reg.moved_by_non_working_day);
    assert_eq!(reg.next_working_day, Some(d("2026-04-06")));
    // A working-day count in a year without a decree is less certain.
    let a = run(
        r#"{"citizenship":"DE","entry_date":"2028-06-01"}"#,
        "2028-06-01",
    );
    let reg = a.deadline(K::Registration).unwrap();
    assert!(!reg.calendar_certain && reg.uncertain);
    // Within decree years it is certain; 2027's decree is medium confidence.
    let a = run(
        r#"{"citizenship":"DE","entry_date":"2027-02-17"}"#,
        "2027-02-17",
    );
    let reg = a.deadline(K::Registration).unwrap();
    assert!(reg.calendar_certain);
    assert_eq!(reg.confidence, musofir_law::Confidence::Medium);
    // The stay limit and the payment are never "moved": there is no grace day.
    let a = run(
        r#"{"citizenship":"TJ","entry_date":"2026-01-05","purpose":"private","days_in_russia_this_year":0}"#,
        "2026-01-06",
    );
    assert!(!a.deadline(K::StayLimit).unwrap().moved_by_non_working_day);
}

#[test]
fn fines_and_amounts_come_from_the_data() {
    let a = run(
        r#"{"citizenship":"UZ","entry_date":"2026-03-05","purpose":"work","region":"moscow","patent_issued_on":"2026-03-20","patent_paid_until":"2026-12-04"}"#,
        "2026-11-23",
    );
    assert_eq!(
        a.deadline(K::PatentPayment)
            .unwrap()
            .amount
            .as_ref()
            .map(|x| x.rub),
        Some(10_000)
    );
    let a = run(
        r#"{"citizenship":"UZ","entry_date":"2026-03-05","purpose":"work","region":"spb","patent_issued_on":"2026-03-20","patent_paid_until":"2026-12-04"}"#,
        "2026-11-23",
    );
    assert_eq!(
        a.deadline(K::PatentPayment)
            .unwrap()
            .amount
            .as_ref()
            .map(|x| x.rub),
        Some(8_000)
    );
    let a = run(
        r#"{"citizenship":"UZ","entry_date":"2026-03-05","purpose":"work","region":"moscow","patent_issued_on":"2026-03-20","patent_paid_until":"2027-01-04"}"#,
        "2026-11-23",
    );
    let pay = a.deadline(K::PatentPayment).unwrap();
    assert!(pay.amount.is_none() && pay.notes.contains(&Note::MonthlyAmountNotInData));

    let a = run(
        r#"{"citizenship":"UZ","entry_date":"2026-03-05","purpose":"work"}"#,
        "2026-03-10",
    );
    let fine = a
        .deadline(K::PatentApplication)
        .unwrap()
        .fine
        .clone()
        .unwrap();
    assert_eq!(
        (fine.min, fine.max, fine.rule.as_str()),
        (10_000, 15_000, "fine.koap_18_20")
    );
    let reg = a.deadline(K::Registration).unwrap().fine.clone().unwrap();
    assert_eq!((reg.min, reg.max), (2_000, 5_000));
    let a = run(
        r#"{"citizenship":"UZ","entry_date":"2026-03-05","region":"spb"}"#,
        "2026-03-10",
    );
    assert_eq!(
        a.deadline(K::Registration)
            .unwrap()
            .fine
            .as_ref()
            .unwrap()
            .rule,
        "fine.koap_18_8_3"
    );
}

#[test]
fn medical_repeats_yearly() {
    let a = run(
        r#"{"citizenship":"UZ","entry_date":"2026-03-05","purpose":"work","medical_done_on":"2026-03-20"}"#,
        "2026-03-25",
    );
    // Certificates valid 12 months (to 2027-03-20), repeat within 30 days after.
    assert_eq!(
        a.deadline(K::MedicalExam).unwrap().next_due,
        Some(d("2027-04-19"))
    );
}

#[test]
fn deadlines_are_sorted_most_urgent_first() {
    let a = run(
        r#"{"citizenship":"UZ","entry_date":"2026-03-05","purpose":"work","registered_on":"2026-03-10","days_in_russia_this_year":0}"#,
        "2026-03-25",
    );
    let kinds: Vec<_> = a.deadlines.iter().map(|d| d.kind).collect();
    assert_eq!(
        kinds,
        [
            K::PatentApplication,
            K::MedicalExam,
            K::StayLimit,
            K::Registration
        ]
    );
    assert_eq!(a.deadlines.last().unwrap().status, S::Done);
}

#[test]
fn bad_input_is_a_typed_error_naming_the_field() {
    let p = profile(r#"{"citizenship":"UZ","entry_date":"2026-03-05"}"#);
    let e = assess(&p, d("2026-03-04"), law()).unwrap_err();
    assert!(matches!(e, AssessError::EntryAfterToday { .. }));
    assert_eq!(e.field(), Some("entry_date"));
    assert_eq!(
        e.to_string(),
        "entry_date: 2026-03-05 is after today (2026-03-04)"
    );

    let p =
        profile(r#"{"citizenship":"UZ","entry_date":"2026-03-05","medical_done_on":"2026-03-20"}"#);
    let e = assess(&p, d("2026-03-10"), law()).unwrap_err();
    assert_eq!(e.field(), Some("medical_done_on"));

    let e = assess(&p, d("2100-01-01"), law()).unwrap_err();
    assert!(matches!(e, AssessError::TodayOutOfRange(_)));

    // A profile built in code skips from_json: assess re-checks it.
    let mut p = profile(r#"{"citizenship":"UZ","entry_date":"2026-03-05"}"#);
    p.days_in_russia_this_year = Some(300);
    let e = assess(&p, d("2026-03-10"), law()).unwrap_err();
    assert_eq!(e.field(), Some("days_in_russia_this_year"));
}

#[test]
fn assessment_json_shape() {
    let a = run(
        r#"{"citizenship":"UZ","entry_date":"2026-03-05","purpose":"work","region":"moscow"}"#,
        "2026-03-10",
    );
    let v = serde_json::to_value(&a).unwrap();
    assert_eq!(v["today"], "2026-03-10");
    assert_eq!(v["law_as_of"], "2026-12-06");
    let first = &v["deadlines"][0];
    for key in [
        "kind",
        "due",
        "status",
        "days_left",
        "source",
        "confidence",
        "rule",
        "uncertain",
        "consequence",
        "calendar_certain",
        "moved_by_non_working_day",
    ] {
        assert!(!first[key].is_null(), "deadline.{key}");
    }
    assert_eq!(first["kind"], "registration");
    assert_eq!(first["status"], "upcoming");
    assert!(v["risks"].is_array() && v["next_steps"].is_array());
    assert_eq!(v["next_steps"][0]["step"], "register_via_amina");
}
