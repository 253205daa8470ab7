//! `musofir deadlines`: a profile as JSON on stdin → the assessment as text
//! (the "My situation" answer) or as JSON on stdout.
//!
//! Exit codes: 0 done; 2 bad input (the message on stderr names the field or
//! option); 1 an internal failure (law data, texts, or an I/O error).

use std::io::{Read, Write};

use chrono::NaiveDate;
use musofir_law::{assess, Law, Profile};

use crate::clock::{Clock, SystemClock, MOSCOW};
use crate::guidance;
use crate::i18n::I18n;
use crate::render::plain;
use crate::text::Lang;

/// Exit code for bad input (the same as clap's for a bad command line).
pub const EXIT_BAD_INPUT: i32 = 2;
/// Exit code for an internal failure.
pub const EXIT_FAILURE: i32 = 1;

/// The command line of `musofir deadlines`, as typed (parsed by [`run`], so
/// every mistake gets the same one-line message and exit code).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Args {
    /// `--today YYYY-MM-DD`; without it, today's date in Moscow.
    pub today: Option<String>,
    /// `--json`: print the assessment as JSON.
    pub json: bool,
    /// `--lang ru|uz|uz-Cyrl|tg|ky` for the text (default `ru`).
    pub lang: Option<String>,
}

enum Failure {
    /// The user's input is wrong: exit 2.
    Input(String),
    /// Something on our side: exit 1.
    Internal(String),
}

/// Runs the command. Never panics; returns the process exit code.
pub fn run(args: &Args, stdin: impl Read, mut stdout: impl Write, mut stderr: impl Write) -> i32 {
    let result = execute(args, stdin).and_then(|out| {
        stdout
            .write_all(out.as_bytes())
            .and_then(|()| stdout.flush())
            .map_err(|e| Failure::Internal(format!("cannot write the output: {e}")))
    });
    match result {
        Ok(()) => 0,
        Err(Failure::Input(message)) => {
            let _ = writeln!(stderr, "musofir deadlines: {message}");
            EXIT_BAD_INPUT
        }
        Err(Failure::Internal(message)) => {
            let _ = writeln!(stderr, "musofir deadlines: {message}");
            EXIT_FAILURE
        }
    }
}

fn execute(args: &Args, mut stdin: impl Read) -> Result<String, Failure> {
    let today = match &args.today {
        Some(s) => parse_today(s)?,
        None => SystemClock.today_in(MOSCOW),
    };
    let lang = match &args.lang {
        Some(code) => Lang::from_code(code).ok_or_else(|| {
            Failure::Input(format!(
                "--lang: unknown language '{code}' (use ru, uz, uz-Cyrl, tg or ky)"
            ))
        })?,
        None => Lang::Ru,
    };
    let mut input = Vec::new();
    stdin
        .read_to_end(&mut input)
        .map_err(|e| Failure::Internal(format!("cannot read stdin: {e}")))?;
    let input = String::from_utf8(input)
        .map_err(|_| Failure::Input("stdin: the profile is not UTF-8 text".into()))?;
    if input.trim().is_empty() {
        return Err(Failure::Input(
            "stdin: expected a profile as a JSON object, e.g. {\"citizenship\":\"UZ\",\"entry_date\":\"2026-11-01\",\"purpose\":\"work\"}".into(),
        ));
    }
    let profile = Profile::from_json(&input).map_err(|e| Failure::Input(e.to_string()))?;
    let law = Law::embedded().map_err(|e| Failure::Internal(format!("law data: {e}")))?;
    let assessment = assess(&profile, today, &law).map_err(|e| match e {
        musofir_law::AssessError::Law(e) => Failure::Internal(format!("law data: {e}")),
        musofir_law::AssessError::TodayOutOfRange(_) => Failure::Input(format!(
            "--today: {}",
            e.to_string().trim_start_matches("today: ")
        )),
        other => Failure::Input(other.to_string()),
    })?;
    if args.json {
        let mut json = serde_json::to_string_pretty(&assessment)
            .map_err(|e| Failure::Internal(format!("cannot write JSON: {e}")))?;
        json.push('\n');
        return Ok(json);
    }
    let i18n = I18n::new().map_err(|e| Failure::Internal(e.to_string()))?;
    let paragraphs: Vec<String> = guidance::situation(&assessment, &law)
        .iter()
        .map(|m| plain(&i18n.format(lang, m)))
        .filter(|p| !p.trim().is_empty())
        .collect();
    let mut text = paragraphs.join("\n\n");
    text.push('\n');
    Ok(text)
}

fn parse_today(s: &str) -> Result<NaiveDate, Failure> {
    musofir_law::profile::parse_date(s.trim()).map_err(|e| Failure::Input(format!("--today: {e}")))
}
