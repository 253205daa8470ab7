//! A million users (issue 12's scale targets), as ignored tests that print
//! figures for BENCHMARKS.md. Run in release, each in its own process:
//!
//! ```sh
//! export MUSOFIR_BENCH_DIR=/tmp/musofir-scale   # SCALE_USERS=1000000 by default
//! cargo test --release --test it -- --ignored --nocapture --test-threads 1 scale_bench::fill
//! cargo test --release --test it -- --ignored --nocapture --test-threads 1 scale_bench::start
//! ```
//!
//! `fill` stores the users' sessions (sealed, each under its own key), then
//! plans everyone as after a change of the law data (`law_change::run`, the
//! start-up job): that is "time to plan after a law change". `start` runs
//! the real binary on that store: time to the first answered update, memory
//! at rest, SIGTERM to exit.
//!
//! With `SCALE_DATABASE_URL=postgres://…/musofir_scale` the same runs on
//! PostgreSQL (issue 13): `fill` empties that database's tables first and
//! stores from [`PG_WRITERS`] threads at once, as several instances would;
//! the key file stays in `MUSOFIR_BENCH_DIR`.
//!
//! `space` takes the store `fill` left (sled) apart: its largest files,
//! opening it three times (the first open after bulk writes replays the
//! log), and the same keys and values written into a fresh directory in key
//! order (`backup`, then `restore`): what sled needs for the live data,
//! against what its log keeps that was never rewritten.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{DateTime, NaiveDate, Utc};
use musofir::app::App;
use musofir::clock::ManualClock;
use musofir::dialogue::{Next, Session};
use musofir::store::{StorePaths, UserId};
use serde_json::json;

use crate::support::binary::{Binary, FAKE_NOW};
use crate::support::fake_api::{FakeApi, User};
use crate::support::{memory_of, Recorder};

fn users() -> i64 {
    std::env::var("SCALE_USERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000)
}

fn bench_dir() -> PathBuf {
    std::env::var_os("MUSOFIR_BENCH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/tmp/musofir-scale"))
}

/// Threads storing sessions at once on PostgreSQL (one at a time would
/// measure a network round trip per user, not the database).
const PG_WRITERS: i64 = 8;

fn database_url() -> Option<String> {
    std::env::var("SCALE_DATABASE_URL").ok()
}

/// The store under test: sled in the bench directory, or PostgreSQL.
fn open_app(dir: &Path) -> App {
    let clock = Arc::new(ManualClock::new(now()));
    match database_url() {
        None => App::open(&StorePaths::within(dir), clock).unwrap(),
        Some(url) => {
            std::fs::create_dir_all(dir).unwrap();
            let store = musofir::store::Store::open_pg(&url, &StorePaths::within(dir).key).unwrap();
            App::with_store(store, clock).unwrap()
        }
    }
}

fn now() -> DateTime<Utc> {
    FAKE_NOW.parse().unwrap()
}

/// A worker who came in the last month; a spread of countries, languages,
/// regions and answers, so that plans differ.
fn session(i: i64) -> Session {
    let (cit, lang) = [
        ("UZ", "uz"),
        ("TJ", "tg"),
        ("KG", "ky"),
        ("UZ", "uz-Cyrl"),
        ("UZ", "ru"),
    ][i as usize % 5];
    let region = [
        "moscow",
        "moscow_oblast",
        "spb",
        "leningrad_oblast",
        "other",
    ][i as usize / 5 % 5];
    let entry = NaiveDate::from_ymd_opt(2026, 3, 10).unwrap() - chrono::Duration::days(i % 30);
    serde_json::from_value(json!({
        "lang": lang,
        "lang_confirmed": true,
        "state": {"at": "menu"},
        "answers": {
            "citizenship": cit,
            "entry_date": entry,
            "purpose": "work",
            "housing": "private",
            "region": region,
            "registered": i % 3 == 0,
            "complete": true
        }
    }))
    .unwrap()
}

fn dir_mib(dir: &Path) -> f64 {
    fn size(dir: &Path) -> u64 {
        std::fs::read_dir(dir)
            .map(|rd| {
                rd.flatten()
                    .map(|e| match e.metadata() {
                        Ok(m) if m.is_dir() => size(&e.path()),
                        Ok(m) => m.len(),
                        Err(_) => 0,
                    })
                    .sum()
            })
            .unwrap_or(0)
    }
    size(dir) as f64 / 1048576.0
}

/// What the store takes on disk: sled's directory, or PostgreSQL's tables
/// with their indexes and TOAST (the key file is a few bytes either way).
fn on_disk(app: &App, dir: &Path) -> f64 {
    match database_url() {
        None => dir_mib(dir),
        Some(_) => app.store.size_on_disk().unwrap() as f64 / 1048576.0,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore]
async fn fill() {
    let dir = bench_dir();
    let _ = std::fs::remove_dir_all(&dir);
    if let Some(url) = database_url() {
        crate::support::pg::empty(&url);
    }
    let app = Arc::new(open_app(&dir));
    let n = users();
    let writers = if database_url().is_some() {
        PG_WRITERS
    } else {
        1
    };
    let t = Instant::now();
    std::thread::scope(|s| {
        for w in 0..writers {
            let app = &app;
            s.spawn(move || {
                for i in (w..n).step_by(writers as usize) {
                    let u = UserId::new(200_000_000 + i * 7919);
                    app.store
                        .commit(u, None, &Next::Save(session(i)), now().timestamp())
                        .unwrap();
                    if i % 100_000 == 99_999 {
                        println!("BENCH … {} sessions in {:.0?}", i + 1, t.elapsed());
                    }
                }
            });
        }
    });
    app.store.flush_blocking().unwrap();
    let sessions = t.elapsed();
    println!(
        "BENCH sessions: {n} users stored in {sessions:.1?} ({:.0}/s, {writers} writer(s)); on disk {:.0} MiB",
        n as f64 / sessions.as_secs_f64(),
        on_disk(&app, &dir)
    );
    let t = Instant::now();
    let report =
        musofir::jobs::law_change::run(&app.parts(), &Recorder::default(), &AtomicBool::new(false))
            .await
            .unwrap();
    app.store.flush_blocking().unwrap();
    let planned = t.elapsed();
    println!(
        "BENCH plan after a law change: {} users in {planned:.1?} ({:.0}/s), {} queue entries",
        report.replanned,
        report.replanned as f64 / planned.as_secs_f64(),
        app.store.queue_len()
    );
    let mut total = 0;
    for (tree, entries, bytes) in app.store.contents().unwrap() {
        total += bytes;
        println!(
            "BENCH   {tree}: {entries} entries, {:.0} MiB of keys and values ({:.0} bytes each)",
            bytes as f64 / 1048576.0,
            bytes as f64 / entries.max(1) as f64
        );
    }
    println!(
        "BENCH   in all {:.0} MiB of keys and values ({:.0} bytes a user)",
        total as f64 / 1048576.0,
        total as f64 / n as f64
    );
    let (rss, hwm) = memory_of("self");
    println!(
        "BENCH disk: {:.0} MiB (size_on_disk {:.0} MiB); memory of the filling process RSS {rss:.0} MiB, peak {hwm:.0} MiB",
        on_disk(&app, &dir),
        app.store.size_on_disk().unwrap() as f64 / 1048576.0
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore]
async fn start() {
    let dir = bench_dir();
    assert!(dir.exists(), "run scale_bench::fill first");
    let api = FakeApi::start().await;
    api.set_wait_timeout(Duration::from_secs(120));
    let log = dir.join("start.log");
    let paths = StorePaths::within(&dir);
    let u = User::new(100, "New").lang("uz");
    // Sent before the bot starts: answered as soon as it can.
    api.send_command(&u, "/start");
    let t = Instant::now();
    let mut cmd = Binary::command(&api, &paths, &log);
    if let Some(url) = database_url() {
        cmd.env("MUSOFIR_DATABASE_URL", url);
    }
    let bot = Binary::spawn(cmd, &log);
    api.wait_one(u.id).await;
    let first = t.elapsed();
    let pid = bot.pid().to_string();
    println!("BENCH start: first update answered {first:.2?} after the process started");
    // At rest: the start-up job has nothing to do (plans are current), no
    // reminder is due this minute.
    tokio::time::sleep(Duration::from_secs(10)).await;
    let (rss, hwm) = memory_of(&pid);
    println!(
        "BENCH memory at rest (10 s after the first answer): RSS {rss:.0} MiB, peak {hwm:.0} MiB"
    );
    let t = Instant::now();
    let status = bot.terminate().await;
    println!(
        "BENCH SIGTERM → exit {:?} in {:.2?}",
        status.code(),
        t.elapsed()
    );
}

/// Each file under `dir` and its size in MiB, largest first.
fn files_mib(dir: &Path) -> Vec<(String, f64)> {
    let mut out: Vec<(String, f64)> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| {
                    let len = if e.path().is_dir() {
                        dir_mib(&e.path())
                    } else {
                        e.metadata().map_or(0.0, |m| m.len() as f64 / 1048576.0)
                    };
                    (e.file_name().to_string_lossy().into_owned(), len)
                })
                .collect()
        })
        .unwrap_or_default();
    out.sort_by(|a, b| b.1.total_cmp(&a.1));
    out
}

fn print_open(paths: &StorePaths, what: &str) {
    for round in 2..=3 {
        let t = Instant::now();
        let store = musofir::store::Store::open(paths).unwrap();
        let opened = t.elapsed();
        let users = store.user_count();
        drop(store);
        println!("BENCH   {what}: open #{round} {opened:.2?} ({users} users)");
    }
}

#[test]
#[ignore]
fn space() {
    let dir = bench_dir();
    assert!(dir.exists(), "run scale_bench::fill first");
    let paths = StorePaths::within(&dir);
    let t = Instant::now();
    let store = musofir::store::Store::open(&paths).unwrap();
    println!("BENCH   as filled: open #1 {:.2?}", t.elapsed());
    let raw: u64 = store.contents().unwrap().iter().map(|(_, _, b)| b).sum();
    let users = store.user_count().max(1) as f64;
    drop(store);
    let mib = |m: f64| {
        format!(
            "{m:.0} MiB ({:.0} B a user, {:.2}x the keys and values)",
            m * 1048576.0 / users,
            m * 1048576.0 / raw as f64
        )
    };
    let files = |what: &str| {
        println!("BENCH   {what}: {}", mib(dir_mib(&paths.data)));
        for (f, m) in files_mib(&paths.data).iter().take(3) {
            println!("BENCH     {f}: {m:.1} MiB");
        }
    };
    println!(
        "BENCH space: keys and values {:.0} MiB ({:.0} B a user)",
        raw as f64 / 1048576.0,
        raw as f64 / users
    );
    files("as filled");
    print_open(&paths, "as filled");
    // The same keys and values in a fresh directory, in key order: what
    // sled needs for them when nothing was ever rewritten.
    let copy = dir.with_extension("copy");
    let _ = std::fs::remove_dir_all(&copy);
    std::fs::create_dir_all(&copy).unwrap();
    let file = copy.join("backup");
    musofir::store::backup::backup(&paths, &file).unwrap();
    let copied = StorePaths::new(copy.join("data"), Some(paths.key.clone()));
    let t = Instant::now();
    musofir::store::backup::restore(&file, &copied).unwrap();
    std::fs::remove_file(&file).unwrap();
    println!(
        "BENCH   restored into a fresh directory in {:.1?}",
        t.elapsed()
    );
    println!(
        "BENCH   rewritten in key order: {}",
        mib(dir_mib(&copied.data))
    );
    for (f, m) in files_mib(&copied.data).iter().take(3) {
        println!("BENCH     {f}: {m:.1} MiB");
    }
    std::fs::remove_dir_all(&copy).unwrap();
}
