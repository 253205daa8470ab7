//! "Is this what you meant?" A typed or picked date is shown back as a full
//! date with its weekday and how long ago (or ahead) it is, before it is an
//! answer: a misread date is a false entry ban. A year the user did not type
//! and that lies far from today is said plainly, with the other year beside
//! it when the question can take it. A value that would make the status
//! dramatic (an overstay, a lapsed patent) says so before it is shown as a
//! fact; so does a button's choice that would (an overstay after `/edit`:
//! "no labour contract", "no patent yet").

use chrono::{Datelike, NaiveDate};
use musofir_law::{assess, RiskKind};

use super::interview::{self, Given, Refusal, Taken};
use super::questions::Question;
use super::state::{Answers, Pending, Value};
use super::{Action, Button, Context, Reply};
use crate::text::Msg;

/// The confirmation of `pending` as the answer to `q`.
pub fn ask(q: Question, pending: &Pending, a: &Answers, ctx: &Context<'_>) -> Reply {
    let what = Msg::new(format!("fact-{}", q.code()));
    let mut r = Reply::default();
    match pending.value {
        Value::Date(d) => {
            if pending.far_guess {
                let id = if d <= ctx.today {
                    "confirm-year-past"
                } else {
                    "confirm-year-future"
                };
                r.paragraphs
                    .push(Msg::new(id).num("year", i64::from(d.year())));
            }
            r.paragraphs.push(date_line(what, d, ctx.today));
        }
        Value::Days(n) => r.paragraphs.push(
            Msg::new("confirm-days")
                .msg("what", what)
                .num("days", i64::from(n)),
        ),
        Value::Pick(v) => {
            let line = Msg::new("confirm-pick").msg("what", what);
            let label = interview::choices(q).iter().find(|(c, _)| *c == v);
            r.paragraphs.push(match label {
                Some((_, label)) => line.msg("choice", Msg::new(*label)),
                None => line.str("choice", v.as_str().to_string()),
            })
        }
    }
    if let Some(warnings) = drama(q, pending.value, a, ctx) {
        r.paragraphs.extend(warnings);
    }
    r = r.row(vec![
        Button {
            label: Msg::new("confirm-yes"),
            action: Action::Confirm(q, Some(pending.value)),
        },
        Button {
            label: Msg::new("confirm-change"),
            action: Action::Confirm(q, None),
        },
    ]);
    if let Some(other) = pending.other {
        r = r.row(vec![Button {
            label: Msg::new("confirm-other").date("date", other),
            action: Action::Confirm(q, Some(Value::Date(other))),
        }]);
    }
    r
}

/// "Entry date: 25.12.2025 (25 December, Thursday) — 344 days ago. Right?"
pub fn date_line(what: Msg, d: NaiveDate, today: NaiveDate) -> Msg {
    told("confirm-date", what, d, today)
        .num("day", i64::from(d.day()))
        .msg("month", Msg::new(format!("month-{}-day", d.month())))
}

/// A date as told back (message `id`): what it is, the date, its weekday,
/// and how long ago or ahead.
fn told(id: &'static str, what: Msg, d: NaiveDate, today: NaiveDate) -> Msg {
    Msg::new(id)
        .msg("what", what)
        .date("date", d)
        .msg(
            "weekday",
            Msg::new(format!("weekday-{}", d.weekday().number_from_monday())),
        )
        .msg("when", when(d, today))
}

/// Whether `pending`, read as the answer to `q`, waits for "Yes" before it
/// is an answer: a date whose year was not typed and that lies more than
/// half a year away, one on the side of today the question does not ask
/// about (a "valid until" already past), and any value that would make the
/// status dramatic (an overstay, a lapsed patent). Any other date is an
/// answer at once, told back above what follows ([`echo`]).
pub fn needs_yes(q: Question, pending: &Pending, a: &Answers, ctx: &Context<'_>) -> bool {
    let odd = match pending.value {
        Value::Date(d) => {
            pending.far_guess
                || pending.other.is_some()
                || !interview::bounds(q, a, ctx.today)
                    .is_some_and(|(lo, hi)| (lo..=hi).contains(&d))
        }
        Value::Days(_) | Value::Pick(_) => false,
    };
    odd || drama(q, pending.value, a, ctx).is_some()
}

/// A date just taken without "Yes", told back on top of what follows —
/// "✓ Entry date: 05.02.2026, Thursday — 33 days ago" — with a button to
/// change it (before the Back button, if any).
pub fn echo(q: Question, d: NaiveDate, today: NaiveDate, mut r: Reply) -> Reply {
    let what = Msg::new(format!("fact-{}", q.code()));
    r.paragraphs
        .insert(0, told("echo-date", what.clone(), d, today));
    let back = r
        .keyboard
        .iter()
        .position(|row| row.iter().any(|b| matches!(b.action, Action::Back(_))))
        .unwrap_or(r.keyboard.len());
    r.keyboard.insert(
        back,
        vec![Button {
            label: Msg::new("echo-change").msg("what", what),
            action: Action::Edit(q),
        }],
    );
    r
}

/// "today", "yesterday", "344 days ago", "in 21 days".
pub fn when(d: NaiveDate, today: NaiveDate) -> Msg {
    match (d - today).num_days() {
        0 => Msg::new("when-today"),
        -1 => Msg::new("when-yesterday"),
        1 => Msg::new("when-tomorrow"),
        n if n < 0 => Msg::new("when-ago").num("days", -n),
        n => Msg::new("when-ahead").num("days", n),
    }
}

/// What makes a status dramatic.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Drama {
    /// The legal stay ended on `end`; `days` over since.
    Overstay { end: NaiveDate, days: i64 },
    /// The patent stopped being valid on `on`.
    PatentEnded { on: NaiveDate },
}

impl Drama {
    fn same_kind(&self, other: &Drama) -> bool {
        std::mem::discriminant(self) == std::mem::discriminant(other)
    }

    fn msg(self) -> Msg {
        match self {
            Drama::Overstay { end, days } => Msg::new("drama-overstay")
                .date("date", end)
                .num("days", days),
            Drama::PatentEnded { on } => Msg::new("drama-patent").date("date", on),
        }
    }
}

fn dramas(a: &Answers, ctx: &Context<'_>) -> Vec<Drama> {
    let Some(profile) = a.profile() else {
        return Vec::new();
    };
    let Ok(assessment) = assess(&profile, ctx.today, ctx.law) else {
        return Vec::new();
    };
    assessment
        .risks
        .iter()
        .filter_map(|r| match (r.kind, r.date) {
            (RiskKind::Overstay, Some(end)) => Some(Drama::Overstay {
                end,
                days: r.days.unwrap_or_default(),
            }),
            (RiskKind::PatentEnded, Some(on)) => Some(Drama::PatentEnded { on }),
            _ => None,
        })
        .collect()
}

/// Stores `value` as the answer to `q` (after "Yes"): a date or a number of
/// days as [`interview::commit`] does, a button's choice as a press.
/// Returns the question a choice leads to instead of the next one.
pub fn store(
    q: Question,
    value: Value,
    a: &mut Answers,
    today: NaiveDate,
) -> Result<Option<Question>, Refusal> {
    match value {
        Value::Pick(v) => match interview::take(q, Given::Pick(v), a, today)? {
            Taken::Stored(detour) => Ok(detour),
            // A date question's "today": not a choice to hold.
            Taken::Read(_) => Err(Refusal::Stale),
        },
        _ => interview::commit(q, value, a, today).map(|()| None),
    }
}

/// The warnings that `value` as the answer to `q` would make the status
/// dramatic when it is not so without it (a lapsed patent first, then the
/// overstay that follows): said before the value is taken.
pub fn drama(q: Question, value: Value, a: &Answers, ctx: &Context<'_>) -> Option<Vec<Msg>> {
    let before = dramas(a, ctx);
    let mut with = a.clone();
    store(q, value, &mut with, ctx.today).ok()?;
    let mut new: Vec<Drama> = dramas(&with, ctx)
        .into_iter()
        .filter(|d| !before.iter().any(|b| b.same_kind(d)))
        .collect();
    new.sort_by_key(|d| matches!(d, Drama::Overstay { .. }));
    new.dedup_by(|a, b| a.same_kind(b));
    (!new.is_empty()).then(|| new.into_iter().map(Drama::msg).collect())
}
