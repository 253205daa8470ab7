//! The patent holder's year and the situations added in the review of 2026-12-06 (issue 11).

use musofir_law::{
    Action, Check, Confidence, DeadlineKind as K, Note, RiskKind as R, RiskLevel, Status as S,
    StepId,
};

use crate::common::*;

const UZ_PATENT: &str = r#""citizenship":"UZ","entry_date":"2026-03-05","purpose":"work","patent_issued_on":"2026-03-20","patent_paid_until":"2026-12-19""#;

fn with(extra: &str) -> String {
    format!("{{{UZ_PATENT},{extra}}}")
}

#[test]
fn work_outside_the_patents_region_or_profession() {
    // A Tver patent, work in Moscow: KoAP 18.10 part 2 (capital region), fine with expulsion.
    let a = run(
        &with(r#""region":"moscow","patent_region":"other","work_region":"moscow""#),
        "2026-06-01",
    );
    assert!(
        a.risk(R::WorkOutsidePatent).is_none(),
        "'other' names no region"
    );
    let a = run(
        &with(r#""region":"moscow","patent_region":"spb","work_region":"moscow""#),
        "2026-06-01",
    );
    let r = a.risk(R::WorkOutsidePatent).expect("outside the region");
    assert_eq!(r.level, RiskLevel::Danger);
    assert_eq!(r.rule, "fine.koap_18_10_2");
    assert_eq!(
        r.fine.as_ref().map(|f| (f.min, f.max)),
        Some((5_000, 7_000))
    );
    assert!(a
        .next_steps
        .iter()
        .any(|s| s.step == StepId::StopWorkOutsidePatent));
    // Outside the profession, in Sverdlovsk: part 1.
    let a = run(
        &with(r#""region":"sverdlovsk","works_in_patent_profession":false"#),
        "2026-06-01",
    );
    assert_eq!(
        a.risk(R::WorkOutsidePatent).unwrap().rule,
        "fine.koap_18_10_1"
    );
}

#[test]
fn one_patent_for_two_regions_from_the_pairs_start() {
    // Moscow oblast patent, work in Moscow: allowed from 01.09.2025 (agreement), said with its confidence.
    let json = r#"{"citizenship":"UZ","entry_date":"2025-06-01","purpose":"work","patent_issued_on":"2025-06-10","patent_paid_until":"2026-06-09","patent_region":"moscow_oblast","region":"moscow"}"#;
    let before = run(json, "2025-08-31");
    assert!(before.risk(R::WorkOutsidePatent).is_some());
    let after = run(json, "2025-09-01");
    assert!(after.risk(R::WorkOutsidePatent).is_none());
    let pair = after.risk(R::PatentTwoRegions).unwrap();
    assert_eq!(pair.rule, "patent.two_regions.moscow");
    assert_eq!(pair.date, Some(d("2025-09-01")));
    assert_eq!(pair.confidence, Confidence::Medium);
    // St Petersburg + Leningrad oblast only from 01.01.2026.
    let json = r#"{"citizenship":"TJ","entry_date":"2025-11-01","purpose":"work","patent_issued_on":"2025-11-10","patent_paid_until":"2026-11-09","patent_region":"spb","region":"leningrad_oblast"}"#;
    assert!(run(json, "2025-12-31").risk(R::WorkOutsidePatent).is_some());
    assert!(run(json, "2026-01-01").risk(R::WorkOutsidePatent).is_none());
}

#[test]
fn wrong_purpose_on_the_migration_card() {
    let a = run(
        r#"{"citizenship":"TJ","entry_date":"2026-03-05","purpose":"private","works":true,"region":"spb"}"#,
        "2026-03-10",
    );
    let r = a
        .risk(R::WrongPurposeForWork)
        .expect("works with purpose private");
    assert_eq!(r.rule, "patent.purpose_work");
    assert_eq!(
        r.fine.as_ref().map(|f| f.rule.as_str()),
        Some("fine.koap_18_10_2")
    );
    assert!(
        a.deadline(K::PatentApplication).is_none(),
        "no patent with this card"
    );
    assert!(a
        .next_steps
        .iter()
        .any(|s| s.step == StepId::LeaveAndReenterForWork));
    // An EAEU citizen works without a patent: no such risk, but the 90-day limit is lifted only by a contract.
    let a = run(
        r#"{"citizenship":"KG","entry_date":"2026-03-05","purpose":"private","works":true}"#,
        "2026-03-10",
    );
    assert!(a.risk(R::WrongPurposeForWork).is_none());
    let st = a.deadline(K::StayLimit).unwrap();
    assert!(st.uncertain && st.notes.contains(&Note::ContractUnknownLimitShown));
    // Past the limit with the contract still unknown: the overstay and what follows are flagged uncertain.
    let a = run(
        r#"{"citizenship":"KG","entry_date":"2026-03-05","purpose":"work","days_in_russia_this_year":0}"#,
        "2026-07-01",
    );
    assert!(a.risk(R::Overstay).is_some_and(|r| r.uncertain));
    assert!(a.risk(R::RklPossible).is_some_and(|r| r.uncertain));
}

#[test]
fn amina_for_an_eaeu_worker_after_another_purpose_is_the_app_but_not_certain() {
    // News reports of 121-FZ's text (registration.amina.workers, medium): those who work without a patent (EAEU
    // contract) are in the scheme. The app is the channel; the answer is uncertain, checked at the MMC.
    let a = run(
        r#"{"citizenship":"KZ","entry_date":"2026-03-05","purpose":"private","region":"moscow","contract_signed_on":"2026-03-06"}"#,
        "2026-03-07",
    );
    let reg = a.deadline(K::Registration).unwrap();
    assert_eq!(reg.action, Action::RegisterViaAmina);
    assert!(reg.notes.contains(&Note::RegisterViaAmina));
    assert!(!reg.notes.contains(&Note::AminaMayApply));
    assert!(reg.uncertain);
    assert_eq!(reg.check, Some(Check::Mmc));
    assert!(reg.confidence <= Confidence::Medium);
    let geo = a.risk(R::AminaGeolocation).unwrap();
    assert_eq!(geo.rule, "registration.amina.workers");
    assert!(geo.uncertain);
    assert_eq!(
        geo.days,
        Some(3),
        "the scheme's own term, registration.amina"
    );
    // A move: the new address goes into the app within the scheme's 3 working days (Fri 13.03 -> Wed 18.03).
    let a = run(
        r#"{"citizenship":"KZ","entry_date":"2026-03-05","purpose":"private","region":"moscow","contract_signed_on":"2026-03-06","moved_on":"2026-03-13"}"#,
        "2026-03-14",
    );
    let mv = a.deadline(K::RegistrationAfterMove).unwrap();
    assert_eq!(mv.action, Action::RegisterViaAmina);
    assert_eq!(mv.due, d("2026-03-18"));
    assert!(mv.uncertain);
    assert_eq!(mv.rule, "registration.amina.workers");
    // The contract ended: no longer working, no scheme.
    let a = run(
        r#"{"citizenship":"KZ","entry_date":"2026-03-05","purpose":"private","region":"moscow","contract_signed_on":"2026-03-06","contract_ended_on":"2026-03-10"}"#,
        "2026-03-11",
    );
    assert_eq!(
        a.deadline(K::Registration).unwrap().action,
        Action::RegisterAtPlaceOfStay
    );
    assert!(a.risk(R::AminaGeolocation).is_none());
}

#[test]
fn amina_may_apply_to_others_who_work_without_the_purpose_work() {
    // An Uzbek citizen cannot change the purpose without leaving (patent.purpose_work): the scheme may apply.
    let a = run(
        r#"{"citizenship":"UZ","entry_date":"2026-03-05","purpose":"private","region":"moscow","works":true}"#,
        "2026-03-07",
    );
    let reg = a.deadline(K::Registration).unwrap();
    assert_eq!(reg.action, Action::RegisterAtPlaceOfStay);
    assert!(reg.notes.contains(&Note::AminaMayApply));
    assert_eq!(reg.check, Some(Check::Mmc));
    assert!(a.risk(R::AminaGeolocation).is_none());
}

#[test]
fn amina_may_apply_to_students_from_the_reported_extension_date() {
    // registration.amina.over_90_days (low): from 01.09.2026, stays over 90 days for any purpose. Students are the
    // non-workers whose stay may exceed 90 days; the usual channel stays, with "check at the MMC".
    let student = |entry: &str| {
        format!(
            r#"{{"citizenship":"TJ","entry_date":"{entry}","purpose":"study","region":"moscow_oblast"}}"#
        )
    };
    let before = run(&student("2026-08-20"), "2026-08-31");
    let reg = before.deadline(K::Registration).unwrap();
    assert!(!reg.notes.contains(&Note::AminaMayApply));
    assert_eq!(reg.action, Action::RegisterAtPlaceOfStay);
    let after = run(&student("2026-09-01"), "2026-09-02");
    let reg = after.deadline(K::Registration).unwrap();
    assert!(reg.notes.contains(&Note::AminaMayApply));
    assert_eq!(reg.action, Action::RegisterAtPlaceOfStay);
    assert_eq!(reg.check, Some(Check::Mmc));
    assert!(after.risk(R::AminaGeolocation).is_none());
    // A tourist's stay is capped at 90 days: not concerned. Outside the Moscow region: not concerned.
    for (purpose, region) in [("tourism", "moscow"), ("study", "spb")] {
        let a = run(
            &format!(
                r#"{{"citizenship":"TJ","entry_date":"2026-09-01","purpose":"{purpose}","region":"{region}"}}"#
            ),
            "2026-09-02",
        );
        let reg = a.deadline(K::Registration).unwrap();
        assert!(
            !reg.notes.contains(&Note::AminaMayApply),
            "{purpose} {region}"
        );
    }
}

#[test]
fn employer_notice_is_the_employers_and_can_be_confirmed() {
    let a = run(&with(r#""contract_signed_on":"2026-04-30""#), "2026-05-01");
    let notice = a.deadline(K::EmployerNotice).unwrap();
    assert_eq!(notice.due, d("2026-05-06"));
    assert_eq!(notice.action, Action::AskEmployerToNotify);
    assert!(notice.notes.contains(&Note::EmployerFiles));
    let a = run(
        &with(r#""contract_signed_on":"2026-04-30","employer_notified":true"#),
        "2026-05-01",
    );
    assert_eq!(a.deadline(K::EmployerNotice).unwrap().status, S::Done);
    // A contract from before this entry: nothing to ask in this stay.
    let a = run(&with(r#""contract_signed_on":"2026-03-01""#), "2026-05-01");
    assert!(a.deadline(K::EmployerNotice).is_none());
}

#[test]
fn a_lost_job_with_a_paid_patent() {
    let a = run(
        &with(r#""contract_signed_on":"2026-03-25","contract_ended_on":"2026-06-01""#),
        "2026-06-02",
    );
    let r = a.risk(R::JobLost).unwrap();
    assert_eq!(r.rule, "patent.job_loss");
    // The patent still runs: the payment is the next date; no "15 days" for a patent holder.
    assert!(a.deadline(K::PatentPayment).is_some());
    assert!(a.deadline(K::EaeuNewContract).is_none());
    assert!(a
        .next_steps
        .iter()
        .any(|s| s.step == StepId::KeepPayingPatent));
    // The one-employer bill is mentioned, never applied.
    assert!(a
        .risks
        .iter()
        .any(|r| r.kind == R::PendingChange && r.rule == "patent.one_employer_bill"));
}

#[test]
fn the_patents_year_ends_at_the_cap() {
    // Paid to 19.03.2027 = the day before the anniversary of 20.03.2026.
    let a = run(
        r#"{"citizenship":"UZ","entry_date":"2026-03-05","purpose":"work","patent_issued_on":"2026-03-20","patent_paid_until":"2027-03-19"}"#,
        "2027-01-10",
    );
    assert!(a.deadline(K::PatentPayment).is_none());
    let cap = a.deadline(K::PatentCapEnd).unwrap();
    assert_eq!(cap.due, d("2027-03-19"));
    assert!(cap.notes.contains(&Note::PatentCapReached));
    // Paid a month short: the payment is the last one possible.
    let a = run(
        r#"{"citizenship":"UZ","entry_date":"2026-03-05","purpose":"work","patent_issued_on":"2026-03-20","patent_paid_until":"2027-02-19"}"#,
        "2027-01-10",
    );
    assert!(a
        .deadline(K::PatentPayment)
        .unwrap()
        .notes
        .contains(&Note::LastMonthBeforeCap));
    // A paid-until date past the cap (a typing slip or a wrong receipt) does not extend the patent.
    let a = run(
        r#"{"citizenship":"UZ","entry_date":"2026-03-05","purpose":"work","patent_issued_on":"2026-03-20","patent_paid_until":"2027-04-19"}"#,
        "2027-03-25",
    );
    let ended = a.risk(R::PatentEnded).unwrap();
    assert_eq!(ended.date, Some(d("2027-03-20")));
    assert_eq!(ended.related, Some(K::PatentCapEnd));
    assert!(a.risk(R::Overstay).is_some());
}

#[test]
fn regional_amounts_by_region_and_date() {
    let a = run(&with(r#""region":"moscow_oblast""#), "2026-06-01");
    let pay = a.deadline(K::PatentPayment).unwrap();
    let amount = pay.amount.as_ref().unwrap();
    assert_eq!(
        (amount.rub, amount.rule.as_str()),
        (10_000, "patent.payment.moscow_oblast.2026")
    );
    // A weak source: the amount is shown and the note says to check it.
    let a = run(&with(r#""region":"krasnodar""#), "2026-06-01");
    let pay = a.deadline(K::PatentPayment).unwrap();
    assert_eq!(
        pay.amount.as_ref().map(|x| x.confidence),
        Some(Confidence::Low)
    );
    assert!(pay.notes.contains(&Note::AmountUnverified));
    // The patent's own region decides, not where the person lives.
    let a = run(
        &with(r#""region":"moscow_oblast","patent_region":"moscow""#),
        "2026-06-01",
    );
    assert_eq!(
        a.deadline(K::PatentPayment)
            .unwrap()
            .amount
            .as_ref()
            .unwrap()
            .rule,
        "patent.payment.moscow.2026"
    );
}

#[test]
fn registration_renewed_after_each_payment() {
    let a = run(
        r#"{"citizenship":"UZ","entry_date":"2026-03-05","purpose":"work","registered_on":"2026-03-10","registered_until":"2027-03-09","patent_issued_on":"2026-03-20","patent_paid_until":"2026-06-19"}"#,
        "2026-06-01",
    );
    let end = a.deadline(K::RegistrationEnd).unwrap();
    assert_eq!(
        (end.due, end.alt_due),
        (d("2026-06-19"), Some(d("2027-03-09")))
    );
    assert!(end.notes.contains(&Note::CappedByPatentPeriod));
    assert_eq!(end.rule, "registration.patent_holder_term");
    assert!(end.uncertain && end.confidence <= Confidence::Medium);
    // Without a patent the paper's date stands (within one year): certain.
    let a = run(
        r#"{"citizenship":"UZ","entry_date":"2026-03-05","registered_on":"2026-03-10","registered_until":"2026-06-01"}"#,
        "2026-04-01",
    );
    let end = a.deadline(K::RegistrationEnd).unwrap();
    assert_eq!(
        (end.due, end.alt_due, end.uncertain),
        (d("2026-06-01"), None, false)
    );
}

#[test]
fn re_entry_with_a_paid_patent_registers_again() {
    let a = run(
        r#"{"citizenship":"UZ","entry_date":"2026-08-01","purpose":"work","patent_issued_on":"2026-03-20","patent_paid_until":"2026-12-19"}"#,
        "2026-08-02",
    );
    let reg = a.deadline(K::Registration).unwrap();
    assert_eq!(reg.due, d("2026-08-15"));
    assert!(reg.notes.contains(&Note::ReenteredWithPatent));
    assert!(
        a.deadline(K::StayLimit).is_none(),
        "the paid patent is the stay"
    );
}

#[test]
fn regime_of_expulsion_duties_and_appeals() {
    let a = run(
        r#"{"citizenship":"TJ","entry_date":"2026-01-05","purpose":"private","days_in_russia_this_year":0,"in_rkl":true}"#,
        "2026-02-01",
    );
    let r = a.risk(R::ExpulsionRegime).unwrap();
    assert_eq!(
        (r.level, r.rule.as_str()),
        (RiskLevel::Danger, "expulsion_regime")
    );
    assert_eq!(r.days, Some(2), "two breaches of the duties -> deportation");
    assert!(a
        .next_steps
        .iter()
        .any(|s| s.step == StepId::FollowExpulsionRegimeDuties));
    // An overstay puts anyone under the regime, said or not.
    let a = run(
        r#"{"citizenship":"TJ","entry_date":"2026-01-05","purpose":"private","days_in_russia_this_year":0}"#,
        "2026-05-01",
    );
    assert!(a.risk(R::ExpulsionRegime).is_some());
    assert!(!a.risk(R::RklPossible).unwrap().rule.is_empty());
    // Appeals: low confidence, flagged.
    let a = run(
        r#"{"citizenship":"TJ","entry_date":"2026-01-05","expulsion_decision_on":"2026-02-02"}"#,
        "2026-02-03",
    );
    let ap = a.deadline(K::AppealCourtDecision).unwrap();
    assert_eq!((ap.due, ap.confidence), (d("2026-02-11"), Confidence::Low));
    assert!(ap.uncertain);
}

#[test]
fn lost_documents_children_travel_students() {
    let a = run(
        &with(r#""lost_document":"patent","lost_on":"2026-06-01""#),
        "2026-06-02",
    );
    let r = a.risk(R::LostDocument).unwrap();
    assert_eq!(r.amount_rub, Some(2_100));
    let a = run(
        r#"{"citizenship":"UZ","entry_date":"2026-03-05","lost_document":"passport"}"#,
        "2026-06-02",
    );
    assert!(
        a.risk(R::LostDocument).is_none(),
        "no sourced rule for the passport itself"
    );
    let a = run(
        r#"{"citizenship":"UZ","entry_date":"2026-03-05","lost_document":"migration_card","lost_on":"2026-03-10","lost_reported":true}"#,
        "2026-03-20",
    );
    assert_eq!(
        a.deadline(K::MigrationCardDuplicate).unwrap().status,
        S::Done
    );

    let a = run(
        r#"{"citizenship":"KG","entry_date":"2026-03-05","purpose":"work","children_in_russia":true}"#,
        "2026-03-06",
    );
    assert_eq!(a.risk(R::ChildrenObligations).unwrap().days, Some(6));

    let a = run(&with(r#""plans_trip":true"#), "2026-06-02");
    let r = a.risk(R::BeforeTravel).unwrap();
    assert_eq!(
        (r.related, r.check),
        (Some(K::PatentPayment), Some(Check::MvdRklPage))
    );
    assert!(a
        .next_steps
        .iter()
        .any(|s| s.step == StepId::CheckBeforeTravel));

    let a = run(
        r#"{"citizenship":"TJ","entry_date":"2026-03-05","purpose":"study"}"#,
        "2026-03-06",
    );
    assert_eq!(a.risk(R::StudentsMayWork).unwrap().rule, "students.work");
}

#[test]
fn new_profile_fields_parse_and_name_their_errors() {
    let p = profile(
        r#"{"citizenship":"UZ","entry_date":"2026-03-05","moved_on":"2026-03-20","registered_after_move_on":"2026-03-25",
            "works":true,"contract_signed_on":"2026-03-10","employer_notified":false,"contract_ended_on":"2026-05-01",
            "patent_region":"moscow_oblast","work_region":"moscow","works_in_patent_profession":true,
            "lost_document":"migration_card","lost_on":"2026-04-01","lost_reported":false,"in_rkl":false,
            "expulsion_decision_on":"2026-05-02","mvd_decision_on":"2026-05-03","children_in_russia":true,"plans_trip":false}"#,
    );
    let back = serde_json::to_string(&p).unwrap();
    assert_eq!(musofir_law::Profile::from_json(&back).unwrap(), p);
    for (json, expected) in [
        (
            r#"{"citizenship":"UZ","entry_date":"2026-03-05","moved_on":"2026-03-01"}"#,
            "moved_on: 2026-03-01 is before entry_date",
        ),
        (
            r#"{"citizenship":"UZ","entry_date":"2026-03-05","moved_on":"2026-03-20","registered_after_move_on":"2026-03-19"}"#,
            "registered_after_move_on: 2026-03-19 is before moved_on",
        ),
        (
            r#"{"citizenship":"UZ","entry_date":"2026-03-05","lost_document":"visa"}"#,
            "lost_document: unknown value 'visa'",
        ),
        (
            r#"{"citizenship":"UZ","entry_date":"2026-03-05","lost_document":"migration_card","lost_on":"2026-03-04"}"#,
            "lost_on: 2026-03-04 is before entry_date",
        ),
        (
            r#"{"citizenship":"UZ","entry_date":"2026-03-05","work_region":"kazan"}"#,
            "work_region: unknown value 'kazan'",
        ),
    ] {
        let e = musofir_law::Profile::from_json(json)
            .unwrap_err()
            .to_string();
        assert!(e.starts_with(expected), "{json}: {e}");
    }
}
