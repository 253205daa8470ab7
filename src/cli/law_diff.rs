//! `musofir law diff OLD.toml NEW.toml [--today D]`: for a reviewer, which
//! rules a new `law/rules.toml` changes and how, and how many stored users it
//! would tell something (counts only: no user data is printed). OLD is read
//! as an older version of NEW: a rule the engine requires that OLD lacks is
//! listed as added and compared as NEW's (it cannot have changed anyone's
//! deadlines); anything else in OLD that does not load is an error.
//!
//! Exit codes: 0 done; 2 a file that does not load; 1 the store fails.

use std::io::Write;
use std::path::Path;

use chrono::{NaiveDate, TimeZone, Utc};
use musofir_law::{diff_law, Law, RuleChangeKind, RuleDiff};

use crate::app::App;
use crate::clock::{Clock, ManualClock};
use crate::jobs::law_change;
use crate::store::StorePaths;

pub const EXIT_BAD_INPUT: i32 = 2;
pub const EXIT_FAILURE: i32 = 1;

/// Loads `path` (with the embedded calendar and offices); with `newer`, as an
/// older version of it: a rule id the engine requires that the file lacks
/// takes `newer`'s definition, and its id is returned.
fn load(path: &Path, newer: Option<&Law>) -> Result<(Law, Vec<String>), String> {
    let rules = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let embedded = Law::embedded_sources();
    let loaded = match newer {
        None => Law::from_toml_with_offices(&rules, embedded.calendar, embedded.offices)
            .map(|law| (law, Vec::new())),
        Some(newer) => Law::from_older_toml(&rules, embedded.calendar, embedded.offices, newer)
            .map(|older| (older.law, older.filled)),
    };
    loaded.map_err(|e| {
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
    // OLD is read against NEW: rules the engine requires that were added
    // since OLD are not a reason for OLD not to load.
    let loaded = load(new, None).and_then(|(new_law, _)| {
        load(old, Some(&new_law)).map(|(old_law, filled)| (old_law, filled, new_law))
    });
    let (old_law, filled, new_law) = match loaded {
        Ok(l) => l,
        Err(e) => {
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
    let mut diff = diff_law(&old_law, &new_law);
    // The rules OLD lacks were compared as NEW's: they are new, not unchanged.
    diff.rules.extend(filled.into_iter().map(|id| RuleDiff {
        id,
        change: RuleChangeKind::Added,
        fields: Vec::new(),
    }));
    diff.rules.sort_by(|a, b| a.id.cmp(&b.id));
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
