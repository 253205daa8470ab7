//! Reminders while users tap (issue 12): "reminders at ≥ 95% of the
//! configured overall rate, sustained, while replies keep their latency".
//!
//! ```sh
//! cargo test --release --test it -- --ignored --nocapture reminder_load::
//! # REMINDER_LOAD_USERS=3000 (users with a reminder due), REMINDER_LOAD_SECS=45 (taps
//! # beside the reminders), REMINDER_LOAD_BIN=<another musofir binary> (run it too, first)
//! ```
//!
//! A store is filled beforehand with users who finished the interview
//! (plans made as at start-up, `law_change::run`), each with one reminder
//! ("remind me later", `Store::snooze`) due [`BASELINE_SECS`] after the
//! binary's clock starts (`MUSOFIR_FAKE_NOW`): nothing is due before, then
//! all of them at once, more than the run can send. The real binary runs on
//! that store against the fake Bot API with Telegram's limits while 100
//! simulated users tap through the interview at 10 updates/s (the load
//! harness, scenario "light"). One run, three windows:
//!
//! - replies alone: from when every user has started until the first
//!   reminder arrives;
//! - replies and reminders: from 5 s after the first reminder (its burst
//!   spent) until the users stop;
//! - reminders alone: [`ALONE_SECS`] after the users stopped (from 2 s on).
//!
//! Reminders per second are set against what the sender leaves them: its
//! overall rate (`Limits::default`, `MUSOFIR_SEND_SHARE` 1) less the replies'
//! messages per second in the same window (replies go first).

use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use musofir::app::App;
use musofir::clock::ManualClock;
use musofir::store::{StorePaths, UserId};
use musofir::telegram::limits::Limits;

use crate::support::binary::FAKE_NOW;
use crate::support::fake_api::BotMessage;
use crate::support::load::{run_with, Bot, Outcome, Scenario, Setup};
use crate::support::sessions;
use crate::support::Recorder;

/// Seconds of the binary's clock before the reminders fall due.
const BASELINE_SECS: i64 = 35;
/// Seconds the bot runs on after the users stop.
const ALONE_SECS: u64 = 20;
/// The reminded users' ids start here (the tapping users' at 9,000,000).
const FIRST_ID: i64 = 5_000_000;

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Stores `users` finished interviews in `dir` (the harness's layout), plans
/// them as a start-up would, and puts one reminder of each user at `due`;
/// returns how many are due then.
async fn fill(dir: &Path, users: i64, due: DateTime<Utc>) -> usize {
    let now: DateTime<Utc> = FAKE_NOW.parse().unwrap();
    let paths = StorePaths::new(dir.join("data"), Some(dir.join("key")));
    let app = App::open(&paths, Arc::new(ManualClock::new(now))).unwrap();
    let langs = ["uz", "tg", "ru", "ky"];
    for i in 0..users {
        let s = sessions::answered(langs[i as usize % langs.len()], "2026-03-05");
        sessions::seed(&app, UserId::new(FIRST_ID + i), &s, now);
    }
    // Records the version the plans were made with: the binary replans nothing.
    let notices = Recorder::default();
    musofir::jobs::law_change::run(&app.parts(), &notices, &AtomicBool::new(false))
        .await
        .unwrap();
    assert!(notices.sent().is_empty(), "no notices before the run");
    let mut snoozed = 0;
    for i in 0..users {
        let u = UserId::new(FIRST_ID + i);
        let first = app.store.planned(u).unwrap()[0].kind;
        snoozed += usize::from(app.store.snooze(u, first, now, due).unwrap());
    }
    assert_eq!(
        app.store.next_due().unwrap(),
        Some(due),
        "nothing due earlier"
    );
    app.store.flush_blocking().unwrap();
    snoozed
}

fn reminded(m: &BotMessage, users: i64) -> bool {
    (FIRST_ID..FIRST_ID + users).contains(&m.chat_id)
}

/// Messages sent (not edits) in `[from, to)`, per second: (reminders, the rest).
fn rates(o: &Outcome, users: i64, from: Instant, to: Instant) -> (f64, f64) {
    let secs = to.saturating_duration_since(from).as_secs_f64().max(1e-9);
    let (mut r, mut other) = (0usize, 0usize);
    for m in o
        .feed
        .iter()
        .filter(|m| !m.edited && m.at >= from && m.at < to)
    {
        if reminded(m, users) {
            r += 1;
        } else {
            other += 1;
        }
    }
    (r as f64 / secs, other as f64 / secs)
}

/// Tap → reply latencies of taps sent in `[from, to)`: count, p50, p90, p99,
/// max.
fn latency(o: &Outcome, from: Instant, to: Instant) -> String {
    let mut l: Vec<Duration> = o
        .taps
        .iter()
        .filter(|(t0, _)| *t0 >= from && *t0 < to)
        .map(|(_, d)| *d)
        .collect();
    l.sort();
    if l.is_empty() {
        return "0 | — | — | — | —".into();
    }
    let p = |q: f64| l[((l.len() as f64 - 1.0) * q).round() as usize];
    format!(
        "{} | {:.1?} | {:.1?} | {:.1?} | {:.1?}",
        l.len(),
        p(0.5),
        p(0.9),
        p(0.99),
        l[l.len() - 1]
    )
}

/// One binary's run: the table's rows, a summary, and whether the target
/// was met.
fn report(label: &str, sc: &Scenario, o: &Outcome, users: i64) -> (Vec<String>, String, bool) {
    let overall = Limits::default().overall_per_sec;
    let started = o.started.unwrap();
    let warm = started + Duration::from_secs_f64(sc.users as f64 / sc.rate.unwrap());
    let sent: Vec<&BotMessage> = o
        .feed
        .iter()
        .filter(|m| !m.edited && reminded(m, users))
        .collect();
    let first = sent
        .iter()
        .map(|m| m.at)
        .min()
        .expect("reminders were sent");
    let burst = first + Duration::from_secs(5);
    let users_done = started + Duration::from_secs_f64(o.secs);
    let taps_end = started + Duration::from_secs_f64(sc.secs);
    let alone = users_done + Duration::from_secs(2);
    let end = users_done + Duration::from_secs(ALONE_SECS);
    let mut per_chat: HashMap<i64, usize> = HashMap::new();
    for m in &sent {
        *per_chat.entry(m.chat_id).or_default() += 1;
    }
    let twice = per_chat.values().filter(|n| **n > 1).count();
    let mut met = true;
    let mut rows = Vec::new();
    // Replies alone: taps whose reply cannot have met a reminder.
    let before = first - Duration::from_secs(1);
    for (window, from, to) in [
        ("replies alone", warm, before),
        ("replies + reminders", burst, taps_end),
        ("reminders alone", alone, end),
    ] {
        let (r, replies) = rates(o, users, from, to);
        let left = overall - replies;
        let ratio = r / left;
        if window != "replies alone" {
            met &= ratio >= 0.95;
        }
        rows.push(format!(
            "| {label} | {window} | {:.0} s | {replies:.1} | {r:.1} | {left:.1} | {} | {} |",
            to.saturating_duration_since(from).as_secs_f64(),
            if window == "replies alone" {
                "—".to_string()
            } else {
                format!("{:.0} %", ratio * 100.0)
            },
            if window == "reminders alone" {
                "— | — | — | — | —".to_string()
            } else {
                latency(o, from, to)
            },
        ));
    }
    // Reminders per 5 s from the first, to see the pace.
    let mut buckets = vec![0usize; 1 + end.saturating_duration_since(first).as_secs() as usize / 5];
    for m in &sent {
        if let Some(b) =
            buckets.get_mut(m.at.saturating_duration_since(first).as_secs() as usize / 5)
        {
            *b += 1;
        }
    }
    let summary = format!(
        "BENCH {label}: {} reminders sent to {} users ({twice} got one twice), 429s {}, users progressing {}/{}; reminders per 5 s from the first: {buckets:?}; target {}",
        sent.len(),
        per_chat.len(),
        o.r429,
        sc.users - o.stalled,
        sc.users,
        if met { "met" } else { "missed" }
    );
    assert_eq!(twice, 0, "no reminder is sent twice");
    (rows, summary, met)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore]
async fn reminders_while_users_tap() {
    let users: i64 = env_or("REMINDER_LOAD_USERS", 3000);
    let burst_secs: f64 = env_or("REMINDER_LOAD_SECS", 45.0);
    let sc = Scenario {
        name: "light",
        users: 100,
        rate: Some(10.0),
        secs: BASELINE_SECS as f64 + burst_secs,
        limits: true,
    };
    let now: DateTime<Utc> = FAKE_NOW.parse().unwrap();
    let due = now + chrono::Duration::seconds(BASELINE_SECS);
    let mut binaries = Vec::new();
    if let Some(b) = std::env::var_os("REMINDER_LOAD_BIN") {
        binaries.push((
            Path::new(&b)
                .file_name()
                .map_or("other".into(), |n| n.to_string_lossy().into_owned()),
            Some(b.into()),
        ));
    }
    binaries.push(("musofir".to_string(), None));
    let mut rows = Vec::new();
    for (label, binary) in binaries {
        let dir = tempfile::tempdir().unwrap();
        let t = Instant::now();
        let queued = fill(dir.path(), users, due).await;
        println!(
            "BENCH {label}: {users} users stored and planned, {queued} reminders due at once, in {:.1?}",
            t.elapsed()
        );
        let setup = Setup {
            dir: Some(dir.path().to_path_buf()),
            binary,
            linger: Duration::from_secs(ALONE_SECS),
            ..Setup::default()
        };
        let o = run_with(Bot::Musofir, &sc, &setup).await.unwrap();
        rows.push((label, o));
    }
    let overall = Limits::default().overall_per_sec;
    println!(
        "overall rate {overall}/s (Limits::default, share 1); this build's scheduler claims {}/s",
        musofir::jobs::scheduler::Pace::for_rate(overall).per_second
    );
    let reports: Vec<_> = rows
        .iter()
        .map(|(label, o)| report(label, &sc, o, users))
        .collect();
    println!("| binary | window | length | replies msg/s | reminders/s | left for reminders /s | reminders / left | taps | p50 | p90 | p99 | max |");
    println!("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for (rows, _, _) in &reports {
        for r in rows {
            println!("{r}");
        }
    }
    for (_, summary, _) in &reports {
        println!("{summary}");
    }
}
