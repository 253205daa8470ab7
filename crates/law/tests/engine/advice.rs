//! The advice fixes of issue 15 (the conversation, round 2), each hand-checked (crates/law/HAND_CHECKED.md,
//! cases 56-62).

use musofir_law::{Consequence, DeadlineKind as K, Place, RiskKind as R, RiskLevel, StepId};

use crate::common::*;

/// Case 56: The patent's issue date is not its application date. UZ worker, entry 05.01.2026: apply by 03.02.2026 (the
/// entry day as day 1). The patent was issued 20.02.2026, 17 days after that; when it was applied for is not
/// known. The application is done, without a date: never "17 days late, fine".
#[test]
fn the_issue_date_is_never_taken_as_the_application_date() {
    let a = run(
        r#"{"citizenship":"UZ","entry_date":"2026-01-05","purpose":"work","region":"moscow","patent_issued_on":"2026-02-20","patent_paid_until":"2026-03-19"}"#,
        "2026-03-10",
    );
    let app = a.deadline(K::PatentApplication).unwrap();
    assert_eq!(app.due, d("2026-02-03"));
    assert_eq!(app.status, musofir_law::Status::Done);
    assert_eq!(app.done_on, None, "the issue date is not the filing date");

    // A typed application date still counts.
    let a = run(
        r#"{"citizenship":"UZ","entry_date":"2026-01-05","purpose":"work","patent_applied_on":"2026-02-10"}"#,
        "2026-03-10",
    );
    assert_eq!(
        a.deadline(K::PatentApplication).unwrap().done_on,
        Some(d("2026-02-10"))
    );
}

/// Case 57: The medical check's place: the MMC in Moscow; a licensed clinic elsewhere, Moscow oblast included (its
/// regional hospitals since 24.02.2025, not Sakharovo).
#[test]
fn the_medical_check_is_at_a_licensed_clinic_outside_moscow() {
    for (region, place) in [
        ("moscow", Place::Mmc),
        ("moscow_oblast", Place::LicensedClinic),
        ("spb", Place::LicensedClinic),
        ("other", Place::LicensedClinic),
    ] {
        let a = run(
            &format!(
                r#"{{"citizenship":"UZ","entry_date":"2026-03-05","purpose":"work","region":"{region}"}}"#
            ),
            "2026-03-10",
        );
        let med = a.deadline(K::MedicalExam).unwrap();
        assert_eq!(med.places, vec![place], "{region}");
        assert!(!med.places.contains(&Place::MvdOffice), "{region}");
    }
}

/// Case 58: No office for "leave Russia": the stay limit and the patent's 12-month cap name no place.
#[test]
fn leaving_names_no_office() {
    let a = run(
        r#"{"citizenship":"TJ","entry_date":"2026-03-05","purpose":"private","region":"moscow","days_in_russia_this_year":0}"#,
        "2026-03-10",
    );
    assert!(a.deadline(K::StayLimit).unwrap().places.is_empty());
    let a = run(
        r#"{"citizenship":"UZ","entry_date":"2026-03-05","purpose":"work","region":"moscow","patent_issued_on":"2026-03-20","patent_paid_until":"2027-03-19"}"#,
        "2026-11-23",
    );
    assert!(a.deadline(K::PatentCapEnd).unwrap().places.is_empty());
}

/// Case 59: A contract copy long overdue. Patent issued 20.01.2026: the copy was due 20.03.2026 (2 months). On
/// 13.11.2026 it is 238 days late and the patent is paid until 18.11.2026: the patent is (or will be) annulled
/// for it, so the first step is to ask MVD whether it is still valid; "pay by 18.11" and "give the copy" are not
/// advised on their own.
#[test]
fn a_long_overdue_contract_copy_means_an_annulled_patent_not_a_payment_in_five_days() {
    let a = run(
        r#"{"citizenship":"UZ","entry_date":"2026-01-05","purpose":"work","region":"moscow","patent_applied_on":"2026-01-12","patent_issued_on":"2026-01-20","patent_paid_until":"2026-11-18","medical_done_on":"2026-01-10","registered_on":"2026-01-08"}"#,
        "2026-11-13",
    );
    let copy = a.deadline(K::ContractNotice).unwrap();
    assert_eq!(copy.due, d("2026-03-20"));
    assert_eq!(copy.days_left, -238);
    let r = a.risk(R::PatentAnnulled).expect("annulment risk");
    assert_eq!(
        (r.level, r.date, r.consequence),
        (
            RiskLevel::Danger,
            Some(d("2026-03-20")),
            Some(Consequence::PatentAnnulled)
        )
    );
    assert_eq!(a.next_steps[0].step, StepId::CheckPatentAtMvd);
    assert!(!a
        .next_steps
        .iter()
        .any(|s| matches!(s.step, StepId::PayPatent | StepId::SendContractCopy)));

    // On time, or given: no such risk.
    let a = run(
        r#"{"citizenship":"UZ","entry_date":"2026-01-05","purpose":"work","patent_issued_on":"2026-01-20","patent_paid_until":"2026-11-18","contract_notified":true}"#,
        "2026-11-13",
    );
    assert!(a.risk(R::PatentAnnulled).is_none());
    assert!(a.next_steps.iter().any(|s| s.step == StepId::PayPatent));
}

/// Case 60: Working without a patent once its term has passed (KoAP 18.10). UZ worker, entry 01.02.2026, no patent:
/// apply by 02.03.2026. On 10.03.2026: part 2 (5,000-7,000, with expulsion) in Moscow, part 1 (2,000-5,000)
/// elsewhere. Not before the term has passed, and not with a valid patent. A patent that ended (paid until
/// 20.11.2026, case 32) gives the same warning.
#[test]
fn working_without_a_patent_is_warned_once_its_term_has_passed() {
    for (region, min, max, c) in [
        ("moscow", 5000, 7000, Consequence::FineAndExpulsion),
        ("other", 2000, 5000, Consequence::FineAndExpulsionPossible),
    ] {
        let a = run(
            &format!(
                r#"{{"citizenship":"UZ","entry_date":"2026-02-01","purpose":"work","region":"{region}"}}"#
            ),
            "2026-03-10",
        );
        assert_eq!(
            a.deadline(K::PatentApplication).unwrap().due,
            d("2026-03-02")
        );
        let r = a.risk(R::WorkWithoutPatent).expect("warning");
        let f = r.fine.as_ref().unwrap();
        assert_eq!(
            (f.min, f.max, r.consequence),
            (min, max, Some(c)),
            "{region}"
        );
        assert_eq!(r.level, RiskLevel::Danger);
    }
    let before = run(
        r#"{"citizenship":"UZ","entry_date":"2026-02-01","purpose":"work"}"#,
        "2026-03-02",
    );
    assert!(before.risk(R::WorkWithoutPatent).is_none());
    let applied = run(
        r#"{"citizenship":"UZ","entry_date":"2026-02-01","purpose":"work","patent_applied_on":"2026-02-20"}"#,
        "2026-03-10",
    );
    assert!(applied.risk(R::WorkWithoutPatent).is_none());
    let ended = run(
        r#"{"citizenship":"UZ","entry_date":"2026-01-05","purpose":"work","patent_issued_on":"2026-01-30","patent_paid_until":"2026-11-20"}"#,
        "2026-11-23",
    );
    assert_eq!(
        ended.risk(R::WorkWithoutPatent).and_then(|r| r.date),
        Some(d("2026-11-21"))
    );
    // EAEU citizens need no patent.
    let kg = run(
        r#"{"citizenship":"KG","entry_date":"2026-02-01","purpose":"work"}"#,
        "2026-03-10",
    );
    assert!(kg.risk(R::WorkWithoutPatent).is_none());
}

/// Case 61: An overstayer's first step is the day to leave by before the next ban. TJ private, entry 05.01.2026: last
/// legal day 04.04.2026 (case 29); the 3-year ban applies from 05.05.2026 (case 30), so leave by 04.05.2026; on
/// 01.06.2026 (3 years incurred) the 5-year ban applies from 02.10.2026 (case 31): leave by 01.10.2026. Once the
/// longest ban is incurred there is no such date.
#[test]
fn an_overstayer_is_told_first_the_day_to_leave_before_the_next_ban() {
    let json = r#"{"citizenship":"TJ","entry_date":"2026-01-05","purpose":"private","days_in_russia_this_year":0}"#;
    for (today, leave_by) in [
        ("2026-04-10", Some("2026-05-04")),
        ("2026-06-01", Some("2026-10-01")),
        ("2026-12-31", None),
    ] {
        let a = run(json, today);
        let first = &a.next_steps[0];
        match leave_by {
            Some(by) => {
                assert_eq!(first.step, StepId::LeaveBeforeBan, "{today}");
                assert_eq!(first.due, Some(d(by)), "{today}");
            }
            None => assert!(
                !a.next_steps
                    .iter()
                    .any(|s| s.step == StepId::LeaveBeforeBan),
                "{today}"
            ),
        }
    }
}
