//! Benchmarks of the encrypted store (not run by `cargo test`):
//!
//! ```sh
//! cargo test --release --test it -- --ignored --nocapture --test-threads 1 store_bench::
//! ```
//!
//! - `group_commit`: what "durable before visible" costs a step: commit +
//!   wait for the flush, with 1, 8 and 64 users writing at once, side by side
//!   with commits that do not wait (the old behaviour) in the same run.
//! - `sealing`: sealing and opening a typical session.
//!
//! Figures go to BENCHMARKS.md with the machine and the date.

use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

static UPDATE: AtomicU32 = AtomicU32::new(1);

use musofir::dialogue::{Next, PatentAnswer, Session};
use musofir::store::{Store, StorePaths, UserId};
use musofir::text::Lang;
use musofir_law::Housing;

use crate::support::sessions::{date, migrant};

/// A patent holder in Moscow with every answer given: a full-size session.
fn session() -> Session {
    let mut s = migrant(Lang::Uz, date(2026, 3, 5));
    let a = &mut s.answers;
    a.housing = Some(Housing::Private);
    a.registered = Some(true);
    a.registered_on = Some(date(2026, 3, 6));
    a.registered_until = Some(date(2026, 6, 2));
    a.patent = Some(PatentAnswer::Have);
    a.patent_issued_on = Some(date(2026, 3, 20));
    a.patent_paid_until = Some(date(2026, 4, 20));
    a.medical = Some(true);
    a.medical_done_on = Some(date(2026, 3, 12));
    a.days_in_russia_this_year = Some(0);
    s
}

fn pct(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

async fn run(store: &Store, writers: usize, steps: usize, wait: bool) -> (f64, Vec<Duration>) {
    let started = Instant::now();
    let mut tasks = Vec::new();
    for w in 0..writers {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            let s = session();
            let mut lat = Vec::with_capacity(steps);
            for _ in 0..steps {
                let t = Instant::now();
                let user = UserId::new(5_000_000_000 + w as i64);
                let id = UPDATE.fetch_add(1, Ordering::Relaxed);
                store
                    .commit(user, Some(id), &Next::Save(s.clone()), 0)
                    .unwrap();
                if wait {
                    store.durable().await.unwrap();
                }
                lat.push(t.elapsed());
            }
            lat
        }));
    }
    let mut all = Vec::new();
    for t in tasks {
        all.extend(t.await.unwrap());
    }
    let secs = started.elapsed().as_secs_f64();
    all.sort();
    ((writers * steps) as f64 / secs, all)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore]
async fn group_commit() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&StorePaths::within(dir.path())).unwrap();
    // Warm up: users exist, keys allocated.
    run(&store, 64, 5, true).await;
    println!("| writers | mode | steps/s | p50 | p99 | max |");
    println!("| --- | --- | --- | --- | --- | --- |");
    for writers in [1usize, 8, 64] {
        let steps = 4000 / writers.max(1);
        for wait in [false, true] {
            let (rate, lat) = run(&store, writers, steps, wait).await;
            println!(
                "| {writers} | {} | {rate:.0} | {:.2?} | {:.2?} | {:.2?} |",
                if wait {
                    "commit + durable"
                } else {
                    "commit only"
                },
                pct(&lat, 0.5),
                pct(&lat, 0.99),
                lat.last().unwrap()
            );
        }
    }
}

#[test]
#[ignore]
fn sealing() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&StorePaths::within(dir.path())).unwrap();
    let s = session();
    let n = 20_000;
    let t = Instant::now();
    for i in 0..n {
        store
            .commit(UserId::new(i), None, &Next::Save(s.clone()), 0)
            .unwrap();
    }
    let write = t.elapsed() / n as u32;
    let t = Instant::now();
    for i in 0..n {
        let _ = store.session(UserId::new(i)).unwrap();
    }
    let read = t.elapsed() / n as u32;
    println!("BENCH store: first commit of a user (key allocated, session sealed) {write:.2?}; session read (tag, keyring, open) {read:.2?}");
    let t = Instant::now();
    for i in 0..n {
        store
            .commit(UserId::new(i), None, &Next::Save(s.clone()), 0)
            .unwrap();
    }
    println!(
        "BENCH store: a later commit {:.2?}; disk {} MiB for {n} users",
        t.elapsed() / n as u32,
        store.size_on_disk().unwrap() >> 20
    );
}

/// Where a step's CPU goes: `App::handle` (read, step, commit, replan,
/// render) per kind of input, and the group-commit wait, in process.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore]
async fn step_costs() {
    use chrono::TimeZone;
    use musofir::app::App;
    use musofir::clock::ManualClock;
    use musofir::dialogue::{Action, Command, Input};
    let dir = tempfile::tempdir().unwrap();
    let now = chrono::Utc.with_ymd_and_hms(2026, 3, 10, 9, 0, 0).unwrap();
    let app = App::open(
        &StorePaths::within(dir.path()),
        std::sync::Arc::new(ManualClock::new(now)),
    )
    .unwrap();
    let script: Vec<(&str, Input)> = vec![
        ("/start", Input::Command(Command::Start)),
        ("lang", Input::Button(Action::decode("l:ru").unwrap())),
        ("cit", Input::Button(Action::decode("p:cit:UZ").unwrap())),
        ("entry typed", Input::Text("24.02.2026".into())),
        (
            "entry shown back, yes",
            Input::Button(Action::decode("c:entry:20260224").unwrap()),
        ),
        (
            "purp",
            Input::Button(Action::decode("p:purp:work").unwrap()),
        ),
        (
            "house",
            Input::Button(Action::decode("p:house:private").unwrap()),
        ),
        (
            "region",
            Input::Button(Action::decode("p:region:moscow").unwrap()),
        ),
        ("reg", Input::Button(Action::decode("p:reg:no").unwrap())),
        (
            "pat",
            Input::Button(Action::decode("p:pat:notyet").unwrap()),
        ),
        ("med", Input::Button(Action::decode("p:med:no").unwrap())),
        ("days -> status", Input::Text("0".into())),
        ("/status", Input::Command(Command::Status)),
        ("/help", Input::Command(Command::Help)),
        ("/reminders", Input::Command(Command::Reminders)),
        ("/explain", Input::Command(Command::Explain)),
        ("junk", Input::Text("salom".into())),
    ];
    let users = 300;
    let mut totals = vec![Duration::ZERO; script.len()];
    let mut durable = Duration::ZERO;
    let mut id = 1u32;
    for u in 0..users {
        for (i, (_, input)) in script.iter().enumerate() {
            let t = Instant::now();
            let r = app
                .handle(UserId::new(10_000 + u), Some(id), None, input.clone())
                .unwrap();
            totals[i] += t.elapsed();
            assert!(r.is_some());
            id += 1;
            let t = Instant::now();
            app.store.durable().await.unwrap();
            durable += t.elapsed();
        }
    }
    for ((name, _), t) in script.iter().zip(&totals) {
        println!(
            "BENCH step {name}: {:.0?} per App::handle",
            *t / users as u32
        );
    }
    println!(
        "BENCH a step's flush wait (one user at a time): {:.0?}",
        durable / (users as u32 * script.len() as u32)
    );
}
