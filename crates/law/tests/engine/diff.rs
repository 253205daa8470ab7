//! The law diff core: which rules changed, and what that changes for one person.

use musofir_law::diff::{Aspect, RuleChangeKind};
use musofir_law::{
    assess, diff_assessments, diff_law, DeadlineKind as K, Law, RiskKind, UserChange,
};

use crate::common::*;

const RULES: &str = include_str!("../../../../law/rules.toml");
const CALENDAR: &str = include_str!("../../../../law/calendar.toml");

/// The rules text without the rule `id` (its whole `[[rule]]` block).
fn without_rule(text: &str, id: &str) -> String {
    let start = text
        .find(&format!("[[rule]]\nid = \"{id}\""))
        .expect("rule present");
    let end = text[start + 8..]
        .find("[[rule]]")
        .map_or(text.len(), |i| start + 8 + i);
    format!("{}{}", &text[..start], &text[end..])
}

fn law_with(edits: &[(&str, &str)]) -> Law {
    law_from(RULES, edits)
}

fn law_from(base: &str, edits: &[(&str, &str)]) -> Law {
    let mut text = base.to_string();
    for (old, new) in edits {
        assert!(text.contains(old), "edit target missing: {old}");
        text = text.replacen(old, new, 1);
    }
    Law::from_toml(&text, CALENDAR).expect("edited law is valid")
}

#[test]
fn nothing_changed_means_nothing_to_say() {
    let l = law();
    assert!(diff_law(l, l).is_empty());
    let a = run(
        r#"{"citizenship":"UZ","entry_date":"2026-03-05","purpose":"work"}"#,
        "2026-03-10",
    );
    assert!(diff_assessments(&a, &a).is_empty());
}

#[test]
fn rules_added_removed_and_changed_with_what_changed() {
    let new = law_with(&[
        // A value: the Uzbek term shortened (hypothetical).
        ("title = \"Citizens of Uzbekistan: 15 days from entry without registration\"\nvalue = { days = 15 }",
         "title = \"Citizens of Uzbekistan: 15 days from entry without registration\"\nvalue = { days = 10 }"),
        // Wording only.
        ("title = \"Hotels, sanatoria, hospitals notify MVD themselves", "title = \"Hotels, sanatoriums and hospitals notify MVD themselves"),
        // A family member removed (allowed: families are data only).
        ("id = \"patent.payment.krasnodar.2026\"", "id = \"patent.payment.krasnodar.2026x\""),
    ]);
    let diff = diff_law(law(), &new);
    let uz = diff.rule("registration.term.uz").expect("changed");
    assert_eq!(uz.change, RuleChangeKind::Changed);
    assert_eq!(uz.aspects(), vec![Aspect::Value]);
    assert_eq!(uz.fields[0].field, "value.days");
    assert_eq!(
        (uz.fields[0].old.clone(), uz.fields[0].new.clone()),
        (Some(15.into()), Some(10.into()))
    );
    assert!(uz.is_substantive());
    let hotel = diff.rule("registration.hotel").unwrap();
    assert_eq!(hotel.aspects(), vec![Aspect::Wording]);
    assert!(!hotel.is_substantive());
    assert_eq!(
        diff.rule("patent.payment.krasnodar.2026").unwrap().change,
        RuleChangeKind::Removed
    );
    assert_eq!(
        diff.rule("patent.payment.krasnodar.2026x").unwrap().change,
        RuleChangeKind::Added
    );
    assert!(diff.calendar.is_empty());
    assert_eq!(diff.rules.len(), 4);
}

#[test]
fn a_date_moved_an_amount_gone_a_fine_raised() {
    let base = without_rule(RULES, "patent.payment.krasnodar.2026");
    let new = law_from(&base, &[
        ("title = \"Citizens of Uzbekistan: 15 days from entry without registration\"\nvalue = { days = 15 }",
         "title = \"Citizens of Uzbekistan: 15 days from entry without registration\"\nvalue = { days = 10 }"),
        ("value = { rub_min = 2000, rub_max = 5000 }\nsource = \"KoAP art. 18.8 part 1\"",
         "value = { rub_min = 20000, rub_max = 50000 }\nsource = \"KoAP art. 18.8 part 1\""),
    ]);
    // The same person, the same day, two laws.
    let p = profile(
        r#"{"citizenship":"UZ","entry_date":"2026-03-05","purpose":"work","region":"krasnodar","patent_issued_on":"2026-03-20","patent_paid_until":"2026-06-19"}"#,
    );
    // Both readings of both terms have passed: the safe dates are compared (19.03 -> 14.03).
    let today = d("2026-03-21");
    let old = assess(&p, today, law()).unwrap();
    let newer = assess(&p, today, &new).unwrap();
    let changes = diff_assessments(&old, &newer);
    // 15 -> 10 days from entry (entry day as day 1): 19.03 -> 14.03.
    assert!(
        changes.contains(&UserChange::DateMoved {
            kind: K::Registration,
            old: d("2026-03-19"),
            new: d("2026-03-14"),
            basis: musofir_law::diff::Basis {
                rule: "registration.term.uz".into(),
                source: "RF-Uzbekistan agreement of 21.05.2021 / 17.06.2021".into(),
                source_url: law()
                    .rule("registration.term.uz")
                    .unwrap()
                    .source_url()
                    .map(String::from),
            },
        }),
        "{changes:#?}"
    );
    assert!(changes.iter().any(|c| matches!(
        c,
        UserChange::AmountChanged {
            kind: K::PatentPayment,
            old: Some(27_283),
            new: None,
            ..
        }
    )));
    assert!(changes.iter().any(|c| matches!(c,
        UserChange::FineChanged { kind: K::Registration, old: Some((2_000, 5_000)), new: Some((20_000, 50_000)), basis }
            if basis.rule == "fine.koap_18_8_1")));
    assert!(changes.iter().all(|c| c.is_notable()));
}

#[test]
fn an_obligation_gone_when_a_rule_stops() {
    // The Amina experiment ended early (hypothetical): its registration channel and risk disappear.
    let new = law_with(&[(
        "in_force_from = \"2025-09-01\"\nin_force_until = \"2029-09-01\"",
        "in_force_from = \"2025-09-01\"\nin_force_until = \"2026-12-10\"",
    )]);
    let p = profile(
        r#"{"citizenship":"UZ","entry_date":"2026-12-08","purpose":"work","region":"moscow","housing":"private"}"#,
    );
    let today = d("2026-12-11");
    let changes = diff_assessments(
        &assess(&p, today, law()).unwrap(),
        &assess(&p, today, &new).unwrap(),
    );
    assert!(changes.iter().any(|c| matches!(c,
        UserChange::RiskGone { kind: RiskKind::AminaGeolocation, basis, .. } if basis.rule == "registration.amina")),
        "{changes:#?}");
    // A new obligation: the same profile, before and after the engine knew about moves (the old assessment
    // is this one without the move deadline).
    let p = profile(
        r#"{"citizenship":"UZ","entry_date":"2026-03-02","registered_on":"2026-03-05","moved_on":"2026-03-20"}"#,
    );
    let a = assess(&p, d("2026-03-21"), law()).unwrap();
    let mut before = a.clone();
    before
        .deadlines
        .retain(|x| x.kind != K::RegistrationAfterMove);
    let changes = diff_assessments(&before, &a);
    assert!(matches!(
        changes.as_slice(),
        [UserChange::NewObligation { kind: K::RegistrationAfterMove, due, basis }]
            if *due == d("2026-03-31") && basis.rule == "registration.move"
    ));
}

const UZ_15: &str =
    "title = \"Citizens of Uzbekistan: 15 days from entry without registration\"\nvalue = { days = 15 }";
const UZ_20: &str =
    "title = \"Citizens of Uzbekistan: 15 days from entry without registration\"\nvalue = { days = 20 }";

/// An older version of the rules: `text` without the rules `ids`, with `edits` applied (no validation).
fn older_text(text: &str, ids: &[&str], edits: &[(&str, &str)]) -> String {
    let mut text = ids
        .iter()
        .fold(text.to_string(), |t, id| without_rule(&t, id));
    for (old, new) in edits {
        assert!(text.contains(old), "edit target missing: {old}");
        text = text.replacen(old, new, 1);
    }
    text
}

fn older(rules: &str, current: &Law) -> Result<musofir_law::OlderLaw, musofir_law::LawError> {
    let s = Law::embedded_sources();
    Law::from_older_toml(rules, s.calendar, s.offices, current)
}

#[test]
fn an_older_version_without_a_rule_the_engine_now_requires_is_read_against_the_current_one() {
    // The version before the engine required `registration.amina.over_90_days`, with a longer Uzbek term.
    let text = older_text(
        RULES,
        &["registration.amina.over_90_days"],
        &[(UZ_15, UZ_20)],
    );
    assert_eq!(
        Law::from_toml(&text, CALENDAR).unwrap_err(),
        musofir_law::LawError::MissingRule("registration.amina.over_90_days".into())
    );
    let old = older(&text, law()).expect("an older version loads against the current one");
    assert_eq!(
        old.filled,
        vec!["registration.amina.over_90_days".to_string()]
    );
    assert_eq!(
        old.law.rule("registration.amina.over_90_days"),
        law().rule("registration.amina.over_90_days")
    );
    // The reviewer sees the changed number, and nothing for the rule that did not exist.
    let diff = diff_law(&old.law, law());
    assert_eq!(diff.rules.len(), 1, "{diff:#?}");
    let uz = diff.rule("registration.term.uz").expect("changed");
    assert_eq!(uz.change, RuleChangeKind::Changed);
    assert_eq!(
        (
            uz.fields[0].field.as_str(),
            uz.fields[0].old.clone(),
            uz.fields[0].new.clone()
        ),
        ("value.days", Some(20.into()), Some(15.into()))
    );
    assert!(diff.rule("registration.amina.over_90_days").is_none());
    // The person sees the date moved (20 -> 15 days, entry day as day 1: 24.03 -> 19.03), nothing else.
    let p = profile(r#"{"citizenship":"UZ","entry_date":"2026-03-05","purpose":"work"}"#);
    let today = d("2026-03-10");
    let changes = diff_assessments(
        &assess(&p, today, &old.law).unwrap(),
        &assess(&p, today, law()).unwrap(),
    );
    assert!(
        matches!(changes.as_slice(), [UserChange::DateMoved { kind: K::Registration, old, new, basis }]
            if *old == d("2026-03-24") && *new == d("2026-03-19") && basis.rule == "registration.term.uz"),
        "{changes:#?}"
    );
    // The same texts as the current ones: nothing filled, nothing differs.
    let same = older(RULES, law()).unwrap();
    assert!(same.filled.is_empty());
    assert_eq!(&same.law, law());
}

#[test]
fn an_older_version_is_still_validated_apart_from_the_missing_rules() {
    let gone = ["registration.amina.over_90_days"];
    // A malformed value.
    let text = older_text(
        RULES,
        &gone,
        &[(UZ_15, "title = \"Citizens of Uzbekistan: 15 days from entry without registration\"\nvalue = { days = \"15\" }")],
    );
    assert!(matches!(
        older(&text, law()),
        Err(musofir_law::LawError::Parse {
            file: "rules.toml",
            ..
        })
    ));
    // A rule that is there but lacks a number the engine reads is not filled in.
    let text = older_text(
        RULES,
        &gone,
        &[(UZ_15, "title = \"Citizens of Uzbekistan: 15 days from entry without registration\"\nvalue = { }")],
    );
    assert_eq!(
        older(&text, law()).unwrap_err(),
        musofir_law::LawError::MissingValue {
            rule: "registration.term.uz".into(),
            field: "days"
        }
    );
    // A rule that fails its own validation.
    let text = older_text(
        RULES,
        &gone,
        &[(
            "value = { rub_min = 2000, rub_max = 5000 }\nsource = \"KoAP art. 18.8 part 1\"",
            "value = { rub_min = 5000, rub_max = 2000 }\nsource = \"KoAP art. 18.8 part 1\"",
        )],
    );
    assert!(matches!(
        older(&text, law()),
        Err(musofir_law::LawError::InvalidRule { rule, .. }) if rule == "fine.koap_18_8_1"
    ));
    // Texts that are not the rules at all.
    assert!(older("not toml [", law()).is_err());
}

#[test]
fn a_rule_removed_since_the_older_version_does_not_break_reading_it() {
    // The current version dropped a rule the older one had (a family member: not required by the engine), and the
    // older one had a rule the engine no longer knows at all.
    let current = law_from(&without_rule(RULES, "patent.payment.krasnodar.2026"), &[]);
    let text = older_text(
        RULES,
        &["registration.employer_host"],
        &[(
            "[[rule]]\nid = \"registration.term.uz\"",
            "[[rule]]\nid = \"registration.term.retired\"\ntitle = \"A rule the engine no longer reads\"\nsource = \"an old act\"\nin_force_from = \"long-standing\"\nstatus = \"in_force\"\nconfidence = \"high\"\nlaw_md = \"1.1\"\n\n[[rule]]\nid = \"registration.term.uz\"",
        )],
    );
    let old = older(&text, &current).expect("loads");
    assert_eq!(old.filled, vec!["registration.employer_host".to_string()]);
    let diff = diff_law(&old.law, &current);
    let changes: Vec<(&str, RuleChangeKind)> = diff
        .rules
        .iter()
        .map(|r| (r.id.as_str(), r.change))
        .collect();
    assert_eq!(
        changes,
        vec![
            ("patent.payment.krasnodar.2026", RuleChangeKind::Removed),
            ("registration.term.retired", RuleChangeKind::Removed),
        ]
    );
}
