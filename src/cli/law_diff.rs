//! `musofir law diff OLD.toml NEW.toml [--today D]`: for a reviewer, which
//! rules a new `law/rules.toml` changes and how, and how many stored users it
//! would tell something (counts only: no user data is printed).
//!
//! Exit codes: 0 done; 2 a file that does not load; 1 the store fails.

use std::io::Write;
use std::path::Path;

use chrono::{NaiveDate, TimeZone, Utc};
use musofir_law::{diff_law, Law, RuleChangeKind};

use crate::app::App;
use crate::clock::{Clock, ManualClock};
use crate::jobs::law_change;
use crate::store::StorePaths;

pub const EXIT_BAD_INPUT: i32 = 2;
pub const EXIT_FAILURE: i32 = 1;

fn load(path: &Path) -> Result<Law, String> {
    let rules = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let embedded = Law::embedded_sources();
    Law::from_toml_with_offices(&rules, embedded.calendar, embedded.offices).map_err(|e| {
        // A TOML error spans lines (a caret under the spot): one line here.
        let e = e.to_string();
        format!(
            "{}: {}",
            path.display(),
            e.split_whitespace().collect::<Vec<_>>().join(" ")
        )
    })
}

/// Runs the command; `store`: the bot's store, to count affected users (a
/// store that cannot be opened is reported and the counts skipped).
pub fn run(
    old: &Path,
    new: &Path,
    today: Option<&str>,
    store: Option<&StorePaths>,
    mut out: impl Write,
    mut err: impl Write,
) -> i32 {
    let (old_law, new_law) = match (load(old), load(new)) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => {
            let _ = writeln!(err, "musofir law diff: {e}");
            return EXIT_BAD_INPUT;
        }
    };
    let today = match today.map(|t| NaiveDate::parse_from_str(t, "%Y-%m-%d")) {
        None => crate::clock::SystemClock.today_in(crate::clock::MOSCOW),
        Some(Ok(d)) => d,
        Some(Err(_)) => {
            let _ = writeln!(err, "musofir law diff: --today must be YYYY-MM-DD");
            return EXIT_BAD_INPUT;
        }
    };
    let diff = diff_law(&old_law, &new_law);
    let _ = writeln!(
        out,
        "law data reviewed {} -> {}: {} rules differ",
        diff.old_as_of,
        diff.new_as_of,
        diff.rules.len()
    );
    for r in &diff.rules {
        let mark = match r.change {
            RuleChangeKind::Added => "+",
            RuleChangeKind::Removed => "-",
            RuleChangeKind::Changed => "~",
        };
        let weight = if r.is_substantive() {
            ""
        } else {
            " (wording/source only)"
        };
        let _ = writeln!(out, "{mark} {}{weight}", r.id);
        for f in &r.fields {
            let show = |v: &Option<serde_json::Value>| {
                v.as_ref()
                    .map(|v| v.to_string())
                    .unwrap_or_else(|| "—".into())
            };
            let _ = writeln!(
                out,
                "    {} [{:?}]: {} -> {}",
                f.field,
                f.aspect,
                show(&f.old),
                show(&f.new)
            );
        }
    }
    for y in &diff.calendar {
        let _ = writeln!(out, "calendar {}: {:?}", y.year, y.change);
    }
    let Some(paths) = store else {
        return 0;
    };
    if !paths.data.exists() {
        let _ = writeln!(out, "stored users: no store in {}", paths.data.display());
        return 0;
    }
    // Noon in Moscow on `today`: the day the users' deadlines are counted for.
    let now = Utc.from_utc_datetime(&today.and_hms_opt(9, 0, 0).unwrap_or_default());
    let app = match App::open(paths, std::sync::Arc::new(ManualClock::new(now))) {
        Ok(a) => a,
        Err(e) => {
            let _ = writeln!(out, "stored users: not counted ({e})");
            return 0;
        }
    };
    match law_change::affected(&app.parts(), &old_law, &new_law, now) {
        Ok((users, affected)) => {
            let _ = writeln!(
                out,
                "stored users on {today}: {users}; the change would tell {affected} of them something"
            );
            0
        }
        Err(e) => {
            let _ = writeln!(err, "musofir law diff: the store failed: {e}");
            EXIT_FAILURE
        }
    }
}
