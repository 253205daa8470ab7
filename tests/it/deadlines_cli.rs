//! `musofir deadlines`: in-process through `cli::deadlines::run`, and once
//! through the real binary.

use std::io::Write;
use std::process::{Command, Stdio};

use musofir::cli::deadlines::{run, Args, EXIT_BAD_INPUT};
use serde_json::Value;

const UZ_WORKER: &str =
    r#"{"citizenship":"UZ","entry_date":"2026-11-10","purpose":"work","region":"other"}"#;

/// The law data's review date, as shown (DD.MM.YYYY).
fn law_as_of() -> String {
    musofir_law::Law::embedded()
        .unwrap()
        .as_of()
        .format("%d.%m.%Y")
        .to_string()
}

fn args(today: &str, json: bool, lang: Option<&str>) -> Args {
    Args {
        today: Some(today.to_string()),
        json,
        lang: lang.map(str::to_string),
    }
}

/// (exit code, stdout, stderr)
fn call(args: &Args, stdin: &str) -> (i32, String, String) {
    let mut out = Vec::new();
    let mut err = Vec::new();
    let code = run(args, stdin.as_bytes(), &mut out, &mut err);
    (
        code,
        String::from_utf8(out).unwrap(),
        String::from_utf8(err).unwrap(),
    )
}

#[test]
fn text_in_every_language() {
    for (lang, header, place) in [
        (
            None,
            "Ваши сроки на 23.11.2026",
            "отдел по вопросам миграции МВД",
        ),
        (Some("ru"), "Ваши сроки на 23.11.2026", "Почта России"),
        (
            Some("uz"),
            "23.11.2026 holatiga koʻra muddatlaringiz",
            "IIV migratsiya boʻlimi (отдел по вопросам миграции МВД)",
        ),
        (
            Some("uz-Cyrl"),
            "23.11.2026 ҳолатига кўра муддатларингиз",
            "ИИВ миграция бўлими (отдел по вопросам миграции МВД)",
        ),
        (
            Some("tg"),
            "Мӯҳлатҳои шумо ба ҳолати 23.11.2026",
            "шуъбаи кор бо муҳоҷирати ВКД",
        ),
        (
            Some("ky"),
            "23.11.2026 карата мөөнөттөрүңүз",
            "ИИМдин миграция бөлүмү",
        ),
    ] {
        let (code, out, err) = call(&args("2026-11-23", false, lang), UZ_WORKER);
        assert_eq!(code, 0, "{lang:?}: {err}");
        assert!(err.is_empty(), "{err}");
        assert!(out.contains(header), "{lang:?}: {out}");
        assert!(out.contains(place), "{lang:?}: {out}");
        // Registration: 15 days after entry for Uzbek citizens (from the data), the entry day as day 1 (the
        // safe reading of the law review of 2026-12-06, hand-checked case 1), and the other reading.
        assert!(out.contains("24.11.2026"), "{out}");
        assert!(out.contains("25.11.2026"), "other reading: {out}");
        assert!(out.contains(&law_as_of()), "law as of: {out}");
        // Plain text: no HTML left.
        assert!(!out.contains("<b>") && !out.contains("</a>"), "{out}");
        assert!(out.ends_with('\n'));
    }
}

#[test]
fn json_has_the_documented_shape() {
    let (code, out, err) = call(&args("2026-11-23", true, None), UZ_WORKER);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(v["today"], "2026-11-23");
    assert!(v["law_as_of"].as_str().is_some());
    assert!(v["risks"].is_array());
    let deadlines = v["deadlines"].as_array().expect("deadlines");
    assert!(!deadlines.is_empty());
    for d in deadlines {
        for key in ["kind", "due", "status", "source", "confidence"] {
            assert!(d[key].is_string(), "{key} in {d}");
        }
        assert!(d["days_left"].is_i64(), "{d}");
    }
    let reg = deadlines
        .iter()
        .find(|d| d["kind"] == "registration")
        .expect("registration");
    // The safe reading (the entry day as day 1) and the other one; two readings are never high confidence.
    assert_eq!(reg["due"], "2026-11-24");
    assert_eq!(reg["alt_due"], "2026-11-25");
    assert_eq!(reg["status"], "upcoming");
    assert_eq!(reg["days_left"], 1);
    assert_eq!(reg["confidence"], "medium");
    assert_eq!(reg["uncertain"], true);
    assert!(reg["notes"]
        .as_array()
        .unwrap()
        .contains(&Value::from("event_day_may_count")));
}

#[test]
fn bad_input_names_the_field_and_exits_2() {
    let ok_today = args("2026-11-23", false, None);
    for (case, args, stdin, needle) in [
        (
            "not JSON",
            ok_today.clone(),
            "{citizenship: UZ",
            "invalid JSON",
        ),
        ("not an object", ok_today.clone(), "[1, 2]", "JSON object"),
        ("empty stdin", ok_today.clone(), "  \n", "stdin"),
        (
            "unknown field",
            ok_today.clone(),
            r#"{"citizenship":"UZ","entry_date":"2026-11-10","salary":1}"#,
            "salary",
        ),
        (
            "unknown value",
            ok_today.clone(),
            r#"{"citizenship":"UZ","entry_date":"2026-11-10","purpose":"job"}"#,
            "purpose",
        ),
        (
            "unknown country",
            ok_today.clone(),
            r#"{"citizenship":"QQ","entry_date":"2026-11-10"}"#,
            "citizenship",
        ),
        (
            "missing field",
            ok_today.clone(),
            r#"{"entry_date":"2026-11-10"}"#,
            "citizenship",
        ),
        (
            "impossible date",
            ok_today.clone(),
            r#"{"citizenship":"UZ","entry_date":"2026-02-30"}"#,
            "entry_date",
        ),
        (
            "entry after today",
            ok_today.clone(),
            r#"{"citizenship":"UZ","entry_date":"2026-12-01"}"#,
            "entry_date",
        ),
        (
            "done after today",
            ok_today.clone(),
            r#"{"citizenship":"UZ","entry_date":"2026-11-10","registered_on":"2026-11-30"}"#,
            "registered_on",
        ),
        (
            "wrong type",
            ok_today.clone(),
            r#"{"citizenship":"UZ","entry_date":"2026-11-10","contract_notified":"yes"}"#,
            "contract_notified",
        ),
        (
            "bad --today",
            args("2026-13-01", false, None),
            UZ_WORKER,
            "--today",
        ),
        (
            "bad --today shape",
            args("23.11.2026", false, None),
            UZ_WORKER,
            "--today",
        ),
        (
            "--today out of range",
            args("1999-01-01", false, None),
            UZ_WORKER,
            "--today",
        ),
        (
            "bad --lang",
            args("2026-11-23", false, Some("en")),
            UZ_WORKER,
            "--lang",
        ),
    ] {
        let (code, out, err) = call(&args, stdin);
        assert_eq!(code, EXIT_BAD_INPUT, "{case}: {err}");
        assert!(out.is_empty(), "{case}: {out}");
        assert!(err.contains(needle), "{case}: {err}");
        assert!(err.starts_with("musofir deadlines: "), "{case}: {err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{case}: {err}");
    }
}

#[test]
fn bad_utf8_is_bad_input() {
    let mut out = Vec::new();
    let mut err = Vec::new();
    let code = run(
        &args("2026-11-23", false, None),
        &[0xff, 0xfe, b'{'][..],
        &mut out,
        &mut err,
    );
    assert_eq!(code, EXIT_BAD_INPUT);
    assert!(String::from_utf8_lossy(&err).contains("stdin"));
}

#[test]
fn the_real_binary() {
    let exe = env!("CARGO_BIN_EXE_musofir");
    let run_with = |args: &[&str], stdin: &str| {
        let mut child = Command::new(exe)
            .arg("deadlines")
            .args(args)
            .env("RUST_LOG", "off")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("runs");
        child
            .stdin
            .take()
            .unwrap()
            .write_all(stdin.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    };
    let ok = run_with(&["--today", "2026-11-23", "--json"], UZ_WORKER);
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let v: Value = serde_json::from_slice(&ok.stdout).unwrap();
    assert_eq!(v["today"], "2026-11-23");

    let text = run_with(&["--today", "2026-11-23", "--lang", "tg"], UZ_WORKER);
    assert!(text.status.success());
    assert!(String::from_utf8_lossy(&text.stdout).contains("24.11.2026"));

    let bad = run_with(&["--today", "2026-11-23"], r#"{"citizenship":"UZ"}"#);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("entry_date"));
}

/// (kind, confidence) of each deadline or risk.
type Kinds = Vec<(String, String)>;

/// The deadline kinds and risks with their confidences, from `--json`.
fn kinds(today: &str, profile: &str) -> (Kinds, Kinds) {
    let (code, out, err) = call(&args(today, true, None), profile);
    assert_eq!(code, 0, "{profile}: {err}");
    let v: Value = serde_json::from_str(&out).expect("JSON");
    let pairs = |key: &str| -> Kinds {
        v[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| {
                (
                    x["kind"].as_str().unwrap().to_string(),
                    x["confidence"].as_str().unwrap_or("-").to_string(),
                )
            })
            .collect()
    };
    (pairs("deadlines"), pairs("risks"))
}

fn has(list: &[(String, String)], kind: &str, confidence: Option<&str>) -> bool {
    list.iter()
        .any(|(k, c)| k == kind && confidence.is_none_or(|want| c == want))
}

/// Every profile field of the law review (issue 11) is accepted, and
/// `--json` shows the new deadline kinds and risks with their confidences.
#[test]
fn json_shows_the_new_kinds_from_the_new_fields() {
    // An Uzbek patent holder: moved, a new employer that has not confirmed
    // its notice, works in Tatarstan outside the profession, lost the
    // patent, children here, a trip planned.
    let patent_holder = r#"{"citizenship":"UZ","entry_date":"2026-06-01","purpose":"work",
        "housing":"private","region":"moscow","registered_on":"2026-06-02",
        "patent_applied_on":"2026-06-10","patent_issued_on":"2026-07-01",
        "patent_paid_until":"2026-12-31","medical_done_on":"2026-06-05","contract_notified":true,
        "moved_on":"2026-11-20","registered_after_move_on":null,"works":true,
        "contract_signed_on":"2026-11-19","employer_notified":false,
        "patent_region":"moscow","work_region":"tatarstan","works_in_patent_profession":false,
        "lost_document":"patent","lost_on":"2026-11-18","lost_reported":false,
        "children_in_russia":true,"plans_trip":true}"#;
    let (deadlines, risks) = kinds("2026-11-23", patent_holder);
    assert!(
        has(&deadlines, "registration_after_move", None),
        "{deadlines:?}"
    );
    assert!(has(&deadlines, "employer_notice", None), "{deadlines:?}");
    for risk in [
        "work_outside_patent",
        "lost_document",
        "children_obligations",
        "before_travel",
    ] {
        assert!(has(&risks, risk, None), "{risk}: {risks:?}");
    }

    // A lost migration card; decisions of a court and of MVD; the RKL: the
    // appeal terms are low confidence.
    let decisions = r#"{"citizenship":"TJ","entry_date":"2026-10-01","purpose":"private",
        "lost_document":"migration_card","lost_on":"2026-11-20","lost_reported":false,
        "in_rkl":true,"expulsion_decision_on":"2026-11-20","mvd_decision_on":"2026-11-21",
        "works":true}"#;
    let (deadlines, risks) = kinds("2026-11-23", decisions);
    assert!(
        has(&deadlines, "migration_card_duplicate", None),
        "{deadlines:?}"
    );
    assert!(
        has(&deadlines, "appeal_court_decision", Some("low")),
        "{deadlines:?}"
    );
    assert!(
        has(&deadlines, "appeal_mvd_decision", Some("low")),
        "{deadlines:?}"
    );
    assert!(has(&risks, "expulsion_regime", None), "{risks:?}");
    assert!(has(&risks, "wrong_purpose_for_work", None), "{risks:?}");

    // A Kyrgyz worker whose contract ended after the first 90 days.
    let eaeu = r#"{"citizenship":"KG","entry_date":"2026-03-01","purpose":"work",
        "region":"spb","registered_on":"2026-03-02","medical_done_on":"2026-03-10",
        "contract_signed_on":"2026-03-05","contract_ended_on":"2026-11-20"}"#;
    let (deadlines, _) = kinds("2026-11-23", eaeu);
    assert!(has(&deadlines, "eaeu_new_contract", None), "{deadlines:?}");

    // A patent at its 12-month cap: its last day, not another payment.
    let cap = r#"{"citizenship":"UZ","entry_date":"2025-11-20","purpose":"work",
        "registered_on":"2025-11-21","patent_issued_on":"2025-12-01",
        "patent_paid_until":"2026-11-30","medical_done_on":"2025-11-25","contract_notified":true}"#;
    let (deadlines, _) = kinds("2026-11-23", cap);
    assert!(has(&deadlines, "patent_cap_end", None), "{deadlines:?}");
}

/// docs/deadlines.md documents every profile field; README names the ones
/// added by the law review (issue 11) and points to the document.
#[test]
fn every_profile_field_is_documented() {
    let root = env!("CARGO_MANIFEST_DIR");
    let docs = std::fs::read_to_string(format!("{root}/docs/deadlines.md")).unwrap();
    let readme = std::fs::read_to_string(format!("{root}/README.md")).unwrap();
    let first_new = musofir_law::profile::FIELDS
        .iter()
        .position(|f| *f == "moved_on")
        .unwrap();
    for (i, field) in musofir_law::profile::FIELDS.iter().enumerate() {
        assert!(
            docs.contains(&format!("| `{field}` |")),
            "docs/deadlines.md: {field}"
        );
        if i >= first_new {
            assert!(readme.contains(&format!("`{field}`")), "README: {field}");
        }
    }
    for kind in musofir_law::DeadlineKind::ALL {
        let name = serde_json::to_value(kind).unwrap();
        let name = name.as_str().unwrap();
        assert!(
            docs.contains(&format!("`{name}`")),
            "docs/deadlines.md: {name}"
        );
    }
}
