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
