//! Risks: overstay and entry bans, RKL, lapsed patent, Amina, uncertainty notes, amnesty, pending bills.

use musofir_law::{Check, DeadlineKind as K, RiskKind as R, RiskLevel, StepId};

use crate::common::*;

const TJ_PRIVATE: &str = r#"{"citizenship":"TJ","entry_date":"2026-01-05","purpose":"private","days_in_russia_this_year":0}"#;

/// Last legal day 2026-04-04. (today, overstay days, ban already incurred, next ban, next ban from)
#[test]
fn entry_ban_terms_by_length_of_overstay() {
    let rows = [
        ("2026-04-04", None, None, None, None),
        ("2026-04-05", Some(1), None, Some(3), Some("2026-05-05")),
        ("2026-05-04", Some(30), None, Some(3), Some("2026-05-05")),
        ("2026-05-05", Some(31), Some(3), Some(5), Some("2026-10-02")),
        (
            "2026-10-01",
            Some(180),
            Some(3),
            Some(5),
            Some("2026-10-02"),
        ),
        (
            "2026-10-02",
            Some(181),
            Some(5),
            Some(10),
            Some("2026-12-31"),
        ),
        (
            "2026-12-30",
            Some(270),
            Some(5),
            Some(10),
            Some("2026-12-31"),
        ),
        ("2026-12-31", Some(271), Some(10), None, None),
    ];
    for (today, over, ban, next, from) in rows {
        let a = run(TJ_PRIVATE, today);
        let overstay = a.risk(R::Overstay);
        assert_eq!(
            overstay.and_then(|r| r.days),
            over,
            "{today}: overstay days"
        );
        let Some(over) = over else {
            assert!(a.risk(R::EntryBan).is_none());
            continue;
        };
        let r = a.risk(R::EntryBan).expect("ban risk");
        assert_eq!(r.days, Some(over));
        assert_eq!(r.ban_years, ban, "{today}: ban");
        assert_eq!(r.next_ban_years, next, "{today}: next ban");
        assert_eq!(r.date, from.map(d), "{today}: next ban from");
        let o = overstay.unwrap();
        assert_eq!(o.fine.as_ref().unwrap().rule, "fine.koap_18_8_1_1");
        assert_eq!(o.check, Some(Check::MvdRklPage));
        assert_eq!(o.check_url.as_deref(), Some("https://мвд.рф/rkl"));
        let rkl = a.risk(R::RklPossible).expect("rkl");
        assert_eq!(rkl.amount_rub, Some(30_000));
        assert_eq!(a.risk(R::ExpulsionBan).unwrap().ban_years, Some(5));
        assert_eq!(
            a.risk(R::ExpulsionReplacement)
                .unwrap()
                .fine
                .as_ref()
                .map(|f| (f.min, f.max)),
            Some((40_000, 50_000))
        );
        assert!(a.risk(R::AmnestyClosed).is_some());
        // The day to leave by before the next ban comes first (issue 15), when there is a next ban.
        let steps: Vec<StepId> = a.next_steps.iter().map(|s| s.step).collect();
        let rest = match next {
            Some(_) => {
                assert_eq!(steps[0], StepId::LeaveBeforeBan, "{today}");
                assert_eq!(
                    a.next_steps[0].due,
                    from.map(|f| d(f).pred_opt().unwrap()),
                    "{today}"
                );
                &steps[1..]
            }
            None => &steps[..],
        };
        assert_eq!(rest[0], StepId::CheckRklStatus);
        assert_eq!(rest[1], StepId::RegulariseOrLeave);
        assert_eq!(a.risks[0].level, RiskLevel::Danger);
    }
}

#[test]
fn overstay_in_a_capital_region_uses_part_3_1() {
    let json = r#"{"citizenship":"TJ","entry_date":"2026-01-05","purpose":"private","days_in_russia_this_year":0,"region":"moscow"}"#;
    let a = run(json, "2026-05-01");
    assert_eq!(
        a.risk(R::Overstay).unwrap().fine.as_ref().unwrap().rule,
        "fine.koap_18_8_3_1"
    );
}

/// Entry 2024-11-01 under 90/180: last legal day 2025-01-29.
#[test]
fn amnesty_window_by_date() {
    let json = r#"{"citizenship":"UZ","entry_date":"2024-11-01","purpose":"private","days_in_russia_this_year":0}"#;
    let rows = [
        ("2025-03-01", Some((R::AmnestyOpen, "2025-04-30"))),
        ("2025-04-27", Some((R::AmnestyOpen, "2025-04-30"))),
        ("2025-04-28", Some((R::AmnestyOpen, "2025-09-10"))), // extension decree in force
        ("2025-09-10", Some((R::AmnestyOpen, "2025-09-10"))), // last day
        ("2025-09-11", Some((R::AmnestyClosed, "2025-09-10"))),
    ];
    for (today, expected) in rows {
        let a = run(json, today);
        let got = a
            .risks
            .iter()
            .find(|r| matches!(r.kind, R::AmnestyOpen | R::AmnestyClosed))
            .map(|r| (r.kind, r.date.unwrap()));
        assert_eq!(got, expected.map(|(k, s)| (k, d(s))), "{today}");
    }
    // No trouble, no amnesty talk.
    let a = run(TJ_PRIVATE, "2026-02-01");
    assert!(a.risk(R::AmnestyClosed).is_none() && a.risk(R::Overstay).is_none());
}

#[test]
fn lapsed_patent() {
    let json = r#"{"citizenship":"UZ","entry_date":"2026-01-05","purpose":"work","region":"moscow_oblast","patent_issued_on":"2026-01-30","patent_paid_until":"2026-11-20"}"#;
    let a = run(json, "2026-11-23");
    let ended = a.risk(R::PatentEnded).unwrap();
    assert_eq!(
        ended.date,
        Some(d("2026-11-21")),
        "the day after the last paid day"
    );
    assert_eq!(ended.check, Some(Check::Mmc));
    assert_eq!(a.risk(R::Overstay).unwrap().days, Some(3));
    assert!(a.deadline(K::PatentReissue).is_none() && a.deadline(K::ContractNotice).is_none());
    assert!(
        !a.next_steps.iter().any(|s| s.step == StepId::PayPatent),
        "cannot be revived"
    );
    assert_eq!(a.next_steps[0].step, StepId::LeaveBeforeBan);
    assert_eq!(a.next_steps[1].step, StepId::CheckRklStatus);
}

#[test]
fn amina_scheme() {
    let base = |cz: &str, region: &str, purpose: &str, housing: &str| {
        format!(
            r#"{{"citizenship":"{cz}","entry_date":"2026-03-05","purpose":"{purpose}","region":"{region}","housing":"{housing}"}}"#
        )
    };
    let rows = [
        (base("UZ", "moscow", "work", "private"), "2026-03-10", true),
        (
            base("KG", "moscow_oblast", "work", "private"),
            "2026-03-10",
            true,
        ),
        (base("UZ", "spb", "work", "private"), "2026-03-10", false),
        (
            base("UZ", "moscow", "private", "private"),
            "2026-03-10",
            false,
        ),
        (base("UZ", "moscow", "work", "hotel"), "2026-03-10", false),
        (base("DE", "moscow", "work", "private"), "2026-03-10", false),
    ];
    for (json, today, applies) in rows {
        let a = run(&json, today);
        assert_eq!(a.risk(R::AminaGeolocation).is_some(), applies, "{json}");
        if applies {
            assert_eq!(a.risk(R::AminaGeolocation).unwrap().days, Some(3));
            assert_eq!(
                a.deadline(K::Registration).unwrap().action,
                musofir_law::Action::RegisterViaAmina
            );
        }
    }
    // Before the experiment started.
    let json =
        r#"{"citizenship":"UZ","entry_date":"2025-08-20","purpose":"work","region":"moscow"}"#;
    assert!(run(json, "2025-08-31").risk(R::AminaGeolocation).is_none());
    assert!(run(json, "2025-09-01").risk(R::AminaGeolocation).is_some());
}

#[test]
fn notes_for_hotels_belarus_ukraine_and_unknown_purpose() {
    let a = run(
        r#"{"citizenship":"UZ","entry_date":"2026-03-05","housing":"hotel"}"#,
        "2026-03-10",
    );
    let hotel = a.risk(R::HotelRegistersGuest).unwrap();
    assert_eq!(hotel.check, Some(Check::Hotel));
    assert!(a
        .next_steps
        .iter()
        .any(|s| s.step == StepId::ConfirmHotelRegistration));
    assert!(a.risk(R::PurposeUnknown).is_some());

    for cz in ["BY", "UA"] {
        let a = run(
            &format!(r#"{{"citizenship":"{cz}","entry_date":"2026-03-05","purpose":"private"}}"#),
            "2026-03-10",
        );
        let r = a.risk(R::RegistrationTermUncertain).unwrap();
        assert!(r.uncertain);
        assert_eq!(r.check, Some(Check::MvdOffice));
        assert!(a
            .next_steps
            .iter()
            .any(|s| s.step == StepId::CheckTermsAtMvd));
    }
}

#[test]
fn pending_bills_are_mentioned_never_applied() {
    let a = run(
        r#"{"citizenship":"UZ","entry_date":"2026-03-05","purpose":"study"}"#,
        "2026-03-10",
    );
    // The bill would make it 30 days; the law in force says 90. The bill is never applied as law: the rule of the
    // deadline is the one in force, its date is the other reading, and the bot only ADVISES the earlier date.
    let med = a.deadline(K::MedicalExam).unwrap();
    assert_eq!(med.rule, "medical.term.other");
    assert_eq!(med.alt_due, Some(d("2026-06-03")));
    assert_eq!(med.due, d("2026-04-03"));
    assert!(
        med.uncertain
            && med
                .notes
                .contains(&musofir_law::Note::PendingBillShorterTerm)
    );
    // Once the advised date has passed, the law's date is shown (act now), never "overdue".
    let later = run(
        r#"{"citizenship":"UZ","entry_date":"2026-03-05","purpose":"study"}"#,
        "2026-04-10",
    );
    let med = later.deadline(K::MedicalExam).unwrap();
    assert_eq!(
        (med.due, med.alt_due),
        (d("2026-06-03"), Some(d("2026-04-03")))
    );
    assert_eq!(med.status, musofir_law::Status::Upcoming);
    assert!(med.notes.contains(&musofir_law::Note::EarlierReadingPassed));
    let pending: Vec<_> = a
        .risks
        .iter()
        .filter(|r| r.kind == R::PendingChange)
        .map(|r| r.rule.as_str())
        .collect();
    assert!(pending.contains(&"medical.bill_2026"));
    assert!(pending.contains(&"ruid.mandatory_draft"));
    assert!(a
        .risks
        .iter()
        .filter(|r| r.kind == R::PendingChange)
        .all(|r| r.uncertain));
}

#[test]
fn medical_repeat_and_registration_cap() {
    let a = run(
        r#"{"citizenship":"UZ","entry_date":"2025-03-01","purpose":"work","medical_done_on":"2025-03-01","patent_issued_on":"2025-03-20","patent_paid_until":"2026-04-19"}"#,
        "2026-03-10",
    );
    let r = a.risk(R::MedicalRepeatDue).unwrap();
    assert_eq!(r.date, Some(d("2026-03-31")));
    assert!(a
        .next_steps
        .iter()
        .any(|s| s.step == StepId::RepeatMedicalExam));

    let a = run(
        r#"{"citizenship":"UZ","entry_date":"2026-01-05","registered_on":"2026-01-10","registered_until":"2027-02-01"}"#,
        "2026-02-01",
    );
    // One year from 10.01.2026 ends 09.01.2027 (the earlier reading of "one year").
    assert_eq!(
        a.risk(R::RegistrationOverCap).unwrap().date,
        Some(d("2027-01-09"))
    );
}
