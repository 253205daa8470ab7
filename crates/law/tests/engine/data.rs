//! The law data: complete, sourced, dated, and the facts law.md rates high are there with their values.

use std::collections::BTreeSet;

use musofir_law::{ids, Confidence, Law, LawDate, LawError, Region, RuleStatus};

use crate::common::*;

const RULES: &str = include_str!("../../../../law/rules.toml");
const CALENDAR: &str = include_str!("../../../../law/calendar.toml");

#[test]
fn embedded_data_loads_with_review_date() {
    assert_eq!(law().as_of(), d("2026-12-06"));
    // The data says how far its sources go: law.md's sources end about March 2026.
    assert_eq!(law().sources_until(), d("2026-03-31"));
    assert!(law().review().note.contains("2026-12-06"));
}

#[test]
fn every_rule_has_a_source_dates_status_and_law_md_row() {
    for rule in law().rules() {
        assert!(!rule.source.trim().is_empty(), "{}: no source", rule.id);
        assert!(!rule.law_md.trim().is_empty(), "{}: no law.md row", rule.id);
        match (rule.status, rule.in_force_from) {
            (RuleStatus::Pending, _) => {}
            (_, LawDate::Unknown) => panic!("{}: in force from an unknown date", rule.id),
            _ => {}
        }
        if rule.status == RuleStatus::Ended {
            assert!(
                rule.in_force_until.is_some(),
                "{}: ended without an end date",
                rule.id
            );
        }
        // A rule without a URL must cite a seed document or sit below high confidence.
        if rule.urls.is_empty() {
            let text = format!("{} {}", rule.source, rule.note.clone().unwrap_or_default());
            assert!(
                text.contains("seed") || rule.confidence < Confidence::High,
                "{}: no URL, no seed reference, yet high confidence",
                rule.id
            );
        }
    }
}

#[test]
fn data_and_code_know_the_same_rule_ids() {
    // Family members (looked up by region and date) are data only; every other rule is known to the code.
    let in_data: BTreeSet<&str> = law()
        .rules()
        .filter(|r| r.family.is_none())
        .map(|r| r.id.as_str())
        .collect();
    let in_code: BTreeSet<&str> = ids::all()
        .filter(|id| law().rule(id).is_some_and(|r| r.family.is_none()))
        .collect();
    assert_eq!(in_data, in_code);
    for id in ids::all() {
        assert!(law().rule(id).is_some(), "{id} missing from the data");
    }
}

#[test]
fn families_are_looked_up_by_region_and_date() {
    let l = law();
    let pay = |region, day| l.patent_payment(region, d(day)).and_then(|r| r.rub());
    assert_eq!(pay(Region::Moscow, "2025-06-01"), Some(8_900));
    assert_eq!(pay(Region::Moscow, "2026-06-01"), Some(10_000));
    assert_eq!(pay(Region::MoscowOblast, "2026-12-31"), Some(10_000));
    assert_eq!(pay(Region::Sverdlovsk, "2026-01-01"), Some(9_500));
    assert_eq!(pay(Region::Spb, "2026-03-01"), Some(8_000));
    // Not in the data: Tatarstan (sources conflict, see docs/law-review.md), any region in 2027 so far.
    assert_eq!(pay(Region::Tatarstan, "2026-06-01"), None);
    assert_eq!(pay(Region::Moscow, "2027-01-01"), None);
    assert_eq!(pay(Region::Other, "2026-06-01"), None);
    // Low-confidence amounts are there but say so.
    let krd = l
        .patent_payment(Region::Krasnodar, d("2026-06-01"))
        .unwrap();
    assert_eq!((krd.rub(), krd.confidence), (Some(27_283), Confidence::Low));
    // Two regions, one patent: Moscow pair from 01.09.2025, St Petersburg pair from 01.01.2026.
    let pair = |region, day| {
        l.family_rule(ids::FAMILY_PATENT_TWO_REGIONS, region, d(day))
            .map(|r| r.id.clone())
    };
    assert_eq!(pair(Region::MoscowOblast, "2025-08-31"), None);
    assert_eq!(
        pair(Region::MoscowOblast, "2025-09-01").as_deref(),
        Some(ids::PATENT_TWO_REGIONS_MOSCOW)
    );
    assert_eq!(pair(Region::Spb, "2025-12-31"), None);
    assert_eq!(
        pair(Region::LeningradOblast, "2026-01-01").as_deref(),
        Some(ids::PATENT_TWO_REGIONS_SPB)
    );
}

#[test]
fn a_new_year_is_a_data_change_only() {
    // A 2027 Moscow payment added to the data is found without any code change.
    let extra = r#"
[[rule]]
id = "patent.payment.moscow.2027"
family = "patent.payment"
title = "Monthly patent payment in Moscow, 2027"
value = { rub = 11000, regions = ["moscow"] }
source = "test"
in_force_from = "2027-01-01"
in_force_until = "2027-12-31"
status = "in_force"
confidence = "medium"
law_md = "test"
"#;
    // Adopted and starting after as_of: status in_force is allowed for a rule that is not yet in force.
    let rules = format!("{RULES}\n{extra}");
    let l = Law::from_toml(&rules, CALENDAR).expect("valid");
    assert_eq!(
        l.patent_payment(Region::Moscow, d("2027-03-01"))
            .and_then(|r| r.rub()),
        Some(11_000)
    );
    // Two payments for the same region and days are refused.
    let clash = extra
        .replace("moscow.2027", "moscow.2027b")
        .replace("2027-01-01", "2026-12-01");
    let rules2 = format!("{rules}\n{clash}");
    assert!(matches!(
        Law::from_toml(&rules2, CALENDAR),
        Err(LawError::InvalidRule { .. })
    ));
    // A member outside its family's id space, or naming an unknown region, is refused.
    let bad_region = extra
        .replace("moscow.2027", "kazan.2027")
        .replace("[\"moscow\"]", "[\"kazan\"]");
    assert!(matches!(
        Law::from_toml(&format!("{rules}\n{bad_region}"), CALENDAR),
        Err(LawError::InvalidRule { .. })
    ));
}

#[test]
fn pending_rules_are_never_in_force() {
    let pending: Vec<_> = law()
        .rules()
        .filter(|r| r.status == RuleStatus::Pending)
        .collect();
    assert_eq!(
        pending.len(),
        ids::PENDING.len(),
        "bills: medical, 18.8 raise, income test, RuID, one employer, organised recruitment"
    );
    for rule in pending {
        assert!(ids::PENDING.contains(&rule.id.as_str()), "{}", rule.id);
        // Each says how far it got, when, and where to check.
        assert!(
            rule.stage.is_some() && rule.stage_on.is_some(),
            "{}",
            rule.id
        );
        assert!(rule
            .watch
            .as_deref()
            .is_some_and(|u| u.starts_with("https://")));
        for day in [
            "2020-01-01",
            "2026-07-01",
            "2026-11-23",
            "2027-06-01",
            "2099-12-31",
        ] {
            assert!(!rule.is_in_force_on(d(day)), "{} applied on {day}", rule.id);
            assert!(law().in_force(&rule.id, d(day)).is_none());
        }
    }
}

/// One row per fact law.md rates high (and each medium one the engine uses): (id, field, value).
#[test]
fn facts_from_law_md_are_in_the_data() {
    let l = law();
    let days = |id| l.days(id).unwrap();
    let wd = |id| l.working_days(id).unwrap();
    let rub = |id| l.rub(id).unwrap();
    let range = |id| {
        let r = l.rub_range(id).unwrap();
        (r.min, r.max)
    };
    let years = |id| l.years(id).unwrap();
    assert_eq!(wd(ids::REGISTRATION_TERM_GENERAL), 7);
    assert_eq!(days(ids::REGISTRATION_TERM_UZ), 15);
    assert_eq!(days(ids::REGISTRATION_TERM_TJ), 15);
    assert_eq!(days(ids::REGISTRATION_TERM_EAEU), 30);
    assert_eq!(
        days(ids::REGISTRATION_TERM_BY),
        30,
        "the shorter, safer reading"
    );
    assert_eq!(wd(ids::REGISTRATION_HOTEL), 1);
    assert_eq!(years(ids::REGISTRATION_MAX_TERM), 1);
    assert_eq!(rub(ids::DUTY_REGISTRATION_PLACE_OF_STAY), 500);
    assert_eq!(rub(ids::DUTY_REGISTRATION_PLACE_OF_RESIDENCE), 1000);
    assert_eq!(rub(ids::DUTY_STAY_EXTENSION), 1000);
    assert_eq!(rub(ids::DUTY_PATENT), 4200);
    assert_eq!(days(ids::STAY_LIMIT_90_PER_YEAR), 90);
    assert_eq!(days(ids::STAY_LIMIT_90_IN_180), 90);
    assert_eq!(days(ids::PATENT_APPLICATION_TERM), 30);
    assert_eq!(range(ids::FINE_KOAP_18_20), (10_000, 15_000));
    assert_eq!(rub(ids::PATENT_PAYMENT_MOSCOW_2026), 10_000);
    assert_eq!(rub(ids::PATENT_PAYMENT_MOSCOW_2025), 8_900);
    assert_eq!(rub(ids::PATENT_PAYMENT_SPB_2026), 8_000);
    assert_eq!(rub(ids::PATENT_PAYMENT_LENINGRAD_OBLAST_2026), 8_000);
    assert_eq!(l.months(ids::PATENT_TERM).unwrap(), 12);
    assert_eq!(wd(ids::PATENT_REISSUE), 10);
    assert_eq!(l.months(ids::PATENT_CONTRACT_NOTICE).unwrap(), 2);
    assert_eq!(days(ids::MEDICAL_TERM_WORK), 30);
    assert_eq!(days(ids::MEDICAL_TERM_OTHER), 90);
    assert_eq!(l.months(ids::MEDICAL_REPEAT).unwrap(), 12);
    assert_eq!(range(ids::FINE_KOAP_18_8_1), (2_000, 5_000));
    assert_eq!(range(ids::FINE_KOAP_18_8_1_1), (2_000, 5_000));
    assert_eq!(range(ids::FINE_KOAP_18_8_3), (5_000, 7_000));
    assert_eq!(range(ids::FINE_KOAP_18_8_3_1), (5_000, 7_000));
    assert_eq!(range(ids::FINE_KOAP_18_10_1), (2_000, 5_000));
    assert_eq!(range(ids::FINE_KOAP_18_10_2), (5_000, 7_000));
    assert_eq!(range(ids::FINE_KOAP_18_9_OFFICIALS), (40_000, 50_000));
    assert_eq!(range(ids::EXPULSION_REPLACEMENT), (40_000, 50_000));
    for (id, threshold, ban) in [
        (ids::BAN_OVERSTAY_3Y, 30, 3),
        (ids::BAN_OVERSTAY_5Y, 180, 5),
        (ids::BAN_OVERSTAY_10Y, 270, 10),
    ] {
        assert_eq!(
            (l.threshold_days(id).unwrap(), years(id)),
            (threshold, ban),
            "{id}"
        );
    }
    assert_eq!(years(ids::BAN_AFTER_EXPULSION), 5);
    assert_eq!(years(ids::BAN_REPEATED_OFFENCES_ANY), 3);
    assert_eq!(years(ids::BAN_REPEATED_OFFENCES_MIGRATION), 5);
    assert_eq!(
        l.window(ids::AMNESTY_WINDOW).unwrap(),
        (d("2025-01-01"), d("2025-04-30"))
    );
    assert_eq!(
        l.window(ids::AMNESTY_EXTENSION).unwrap(),
        (d("2025-01-01"), d("2025-09-10"))
    );
    assert_eq!(rub(ids::RKL_CASH_LIMIT), 30_000);
    assert_eq!(
        l.rule(ids::RKL_REGISTER).unwrap().source_url(),
        Some("https://мвд.рф/rkl")
    );
    assert_eq!(wd(ids::REGISTRATION_AMINA), 3);
    assert_eq!(
        l.window(ids::REGISTRATION_AMINA).unwrap(),
        (d("2025-09-01"), d("2029-09-01"))
    );
    assert_eq!(years(ids::LANGUAGE_CERTIFICATE), 3);
    assert_eq!(
        l.rule(ids::RUID_MANDATORY_DRAFT)
            .unwrap()
            .window()
            .unwrap()
            .0,
        d("2026-07-01")
    );
    for id in [
        ids::RUID_MANDATORY_DRAFT,
        ids::MEDICAL_BILL_2026,
        ids::FINE_KOAP_18_8_RAISE_BILL,
        ids::PATENT_INCOME_TEST_BILL,
    ] {
        assert_eq!(l.rule(id).unwrap().status, RuleStatus::Pending, "{id}");
    }
    assert_eq!(range(ids::MEDICAL_BILL_2026), (25_000, 50_000));
}

/// The first and last day each dated rule is in force.
#[test]
fn rules_apply_from_their_first_to_their_last_day() {
    let l = law();
    let rows = [
        (ids::REGISTRATION_TERM_UZ, "2022-06-03", "2022-06-04", None),
        (
            ids::STAY_LIMIT_90_PER_YEAR,
            "2024-12-31",
            "2025-01-01",
            None,
        ),
        (
            ids::STAY_LIMIT_90_IN_180,
            "",
            "2024-12-31",
            Some("2025-01-01"),
        ),
        (
            ids::AMNESTY_WINDOW,
            "2024-12-31",
            "2025-01-01",
            Some("2025-09-11"),
        ),
        (
            ids::AMNESTY_EXTENSION,
            "2025-04-27",
            "2025-04-28",
            Some("2025-09-11"),
        ),
        (ids::RKL_REGISTER, "2025-02-04", "2025-02-05", None),
        (
            ids::REGISTRATION_AMINA,
            "2025-08-31",
            "2025-09-01",
            Some("2029-09-02"),
        ),
        (ids::DUTY_PATENT, "2025-08-31", "2025-09-01", None),
        (ids::MEDICAL_TERM_WORK, "2021-12-28", "2021-12-29", None),
        (ids::EXPULSION_REPLACEMENT, "2024-01-04", "2024-01-05", None),
        (
            ids::PATENT_PAYMENT_MOSCOW_2026,
            "2025-12-31",
            "2026-01-01",
            Some("2027-01-01"),
        ),
        (ids::BORDER_BIOMETRICS_ALL, "2025-11-30", "2025-12-01", None),
    ];
    for (id, before, first, after) in rows {
        if !before.is_empty() {
            assert!(l.in_force(id, d(before)).is_none(), "{id} before {before}");
        }
        assert!(l.in_force(id, d(first)).is_some(), "{id} on {first}");
        if let Some(after) = after {
            assert!(l.in_force(id, d(after)).is_none(), "{id} after {after}");
        }
    }
    assert!(
        l.in_force(ids::REGISTRATION_AMINA, d("2029-09-01"))
            .is_some(),
        "last day"
    );
}

#[test]
fn calendar_years_match_their_published_totals() {
    for year in [2025, 2026, 2027] {
        let y = law().calendar().year(year).expect("decree year");
        assert_eq!(y.working_days, 247);
        assert_eq!(law().calendar().count_working_days(year), 247, "{year}");
    }
    assert_eq!(
        law().calendar().year(2027).unwrap().confidence,
        Confidence::Medium
    );
    assert!(law().calendar().year(2028).is_none());
}

fn broken(rules: &str, calendar: &str) -> LawError {
    match Law::from_toml(rules, calendar) {
        Ok(_) => panic!("broken data must be rejected"),
        Err(e) => e,
    }
}

#[test]
fn validation_rejects_broken_data() {
    let no_source = RULES.replacen("source = \"109-FZ art. 20 part 3(2)\"", "source = \"\"", 1);
    assert!(matches!(
        broken(&no_source, CALENDAR),
        LawError::InvalidRule { .. }
    ));

    let no_dates = RULES.replacen("in_force_from = \"2022-06-04\"\n", "", 1);
    assert!(matches!(
        broken(&no_dates, CALENDAR),
        LawError::Parse { .. }
    ));

    let stale = RULES.replacen(
        "in_force_from = \"2025-09-01\"\nstatus = \"in_force\"",
        "in_force_from = \"2025-09-01\"\nin_force_until = \"2025-10-01\"\nstatus = \"in_force\"",
        1,
    );
    assert!(matches!(
        broken(&stale, CALENDAR),
        LawError::InvalidRule { .. }
    ));

    let unknown_field = RULES.replacen("law_md = \"1.1\"", "law_md = \"1.1\"\ncolour = \"red\"", 1);
    assert!(matches!(
        broken(&unknown_field, CALENDAR),
        LawError::Parse { .. }
    ));

    let missing_rule = RULES.replacen("id = \"ban.overstay.3y\"", "id = \"ban.overstay.three\"", 1);
    assert_eq!(
        broken(&missing_rule, CALENDAR),
        LawError::MissingRule("ban.overstay.3y".into())
    );

    let missing_value = RULES.replacen("value = { days = 15 }", "", 1);
    assert!(matches!(
        broken(&missing_value, CALENDAR),
        LawError::MissingValue { .. }
    ));

    // A dropped day off changes the total. (A day swapped for another weekday keeps it: the hand-checked tests
    // and the rows in calendar.rs guard against that.)
    let typo = CALENDAR.replacen("\"2026-02-23\",", "", 1);
    let err = broken(RULES, &typo);
    assert!(
        matches!(err, LawError::Calendar { year: 2026, .. }),
        "{err}"
    );

    let saturday = CALENDAR.replacen("\"2026-03-09\"", "\"2026-03-07\"", 1);
    assert!(matches!(
        broken(RULES, &saturday),
        LawError::Calendar { year: 2026, .. }
    ));
}
