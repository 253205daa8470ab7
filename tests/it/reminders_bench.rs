//! Reminder queue benchmarks, as ignored tests that print figures (see
//! docs/reminders-bench.md). Run in release, each in its own process:
//!
//! ```sh
//! export MUSOFIR_BENCH_DIR=/tmp/musofir-reminders-bench
//! cargo test --release --test it -- --ignored --nocapture --test-threads 1 reminders_bench::fill
//! cargo test --release --test it -- --ignored --nocapture --test-threads 1 reminders_bench::start
//! cargo test --release --test it -- --ignored --nocapture --test-threads 1 reminders_bench::sender
//! ```

use std::future::Future;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration as StdDuration, Instant};

use chrono::{DateTime, Duration, NaiveDate, Utc};
use musofir::app::App;
use musofir::clock::{ManualClock, MOSCOW};
use musofir::dialogue::{Next, Session};
use musofir::jobs::scheduler::{Delivery, Outbox, Pace, Scheduler};
use musofir::reminders::plan::{local, REMIND_AT};

use crate::support::fake_api::{FakeApi, User};
use crate::support::sessions::{self, date};
use musofir::render::Rendered;
use musofir::store::UserId;
use musofir::telegram::limits::Limits;
use musofir::telegram::send::BotTransport;
use musofir::telegram::sender::{Class, Sender};
use musofir::text::Lang;
use teloxide::prelude::*;

/// Pending reminders to fill the queue with.
const TARGET: usize = 1_000_000;

fn bench_dir() -> PathBuf {
    std::env::var_os("MUSOFIR_BENCH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/tmp/musofir-reminders-bench"))
}

/// 2026-11-23 12:00 Moscow time.
fn now() -> DateTime<Utc> {
    local(
        MOSCOW,
        date(2026, 11, 23),
        chrono::NaiveTime::from_hms_opt(12, 0, 0).unwrap(),
    )
}

/// An Uzbek work migrant who entered on `entry`, reading `lang` (a code as
/// stored), in `region` (a region's code).
fn migrant(entry: NaiveDate, lang: &str, region: &str) -> Session {
    let mut s = sessions::migrant(Lang::from_code(lang).unwrap(), entry);
    s.answers.region = Some(region.parse().unwrap());
    s
}

/// (VmRSS, VmHWM) of this process in MiB.
fn memory() -> (f64, f64) {
    crate::support::memory_of("self")
}

fn dir_size(dir: &std::path::Path) -> u64 {
    let mut total = 0;
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let m = e.metadata().unwrap();
        total += if m.is_dir() {
            dir_size(&e.path())
        } else {
            m.len()
        };
    }
    total
}

fn percentile(sorted: &[StdDuration], p: f64) -> StdDuration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn app(dir: &std::path::Path, at: DateTime<Utc>) -> Arc<App> {
    Arc::new(
        App::open(
            &musofir::store::StorePaths::within(dir),
            Arc::new(ManualClock::new(at)),
        )
        .unwrap(),
    )
}

#[test]
#[ignore]
fn fill() {
    let dir = bench_dir();
    let _ = std::fs::remove_dir_all(&dir);
    let app = app(&dir, now());
    let store = &app.store;
    let langs = ["uz", "tg", "ru", "uz-Cyrl"];
    let regions = [
        "moscow",
        "moscow_oblast",
        "spb",
        "leningrad_oblast",
        "other",
    ];
    let started = Instant::now();
    let mut replan_times = Vec::new();
    let mut users = 0i64;
    let mut queued = 0usize;
    while queued < TARGET {
        let u = UserId::new(100_000_000 + users * 7919);
        // Entered in the last week: registration, patent application and
        // medical exam each get reminders 7, 3, 1 and 0 days before.
        let entry = date(2026, 11, 23) - Duration::days(users % 8);
        let s = migrant(
            entry,
            langs[users as usize % 4],
            regions[users as usize % 5],
        );
        store.commit(u, None, &Next::Save(s), 0).unwrap();
        let t = Instant::now();
        queued += musofir::jobs::replan(store, &app.law, u, now()).unwrap();
        replan_times.push(t.elapsed());
        users += 1;
    }
    let fill_time = started.elapsed();
    store.flush_blocking().unwrap();
    let (rss, hwm) = memory();
    replan_times.sort();

    // One user's plan replaced in the full queue: assess + replace_plan.
    let mut one = Vec::new();
    let mut store_only = Vec::new();
    for i in 0..2000i64 {
        let u = UserId::new(100_000_000 + (i * 37 % users) * 7919);
        let t = Instant::now();
        musofir::jobs::replan(store, &app.law, u, now()).unwrap();
        one.push(t.elapsed());
        let plan = store.planned(u).unwrap();
        let t = Instant::now();
        store.replace_plan(u, &plan, now()).unwrap();
        store_only.push(t.elapsed());
    }
    one.sort();
    store_only.sort();
    store.flush_blocking().unwrap();
    let len = store.queue_len();
    println!("BENCH fill: {users} users, {len} pending reminders in {fill_time:.2?} ({:.0} reminders/s, {:.0} plans/s)",
        len as f64 / fill_time.as_secs_f64(), users as f64 / fill_time.as_secs_f64());
    println!(
        "BENCH enqueue a user's plan (replan = assess + replace_plan) while filling: p50 {:?} p99 {:?} max {:?}",
        percentile(&replan_times, 0.5),
        percentile(&replan_times, 0.99),
        replan_times[replan_times.len() - 1]
    );
    println!(
        "BENCH enqueue in the full queue: replan p50 {:?} p99 {:?}; replace_plan alone p50 {:?} p99 {:?}",
        percentile(&one, 0.5),
        percentile(&one, 0.99),
        percentile(&store_only, 0.5),
        percentile(&store_only, 0.99)
    );
    println!(
        "BENCH disk: size_on_disk {:.1} MiB, directory {:.1} MiB",
        store.size_on_disk().unwrap() as f64 / 1048576.0,
        dir_size(&dir) as f64 / 1048576.0
    );
    println!("BENCH memory after fill: RSS {rss:.0} MiB, peak {hwm:.0} MiB");
}

#[test]
#[ignore]
fn start() {
    let dir = bench_dir();
    let (rss0, _) = memory();
    let t = Instant::now();
    let store = musofir::store::Store::open(&musofir::store::StorePaths::within(&dir)).unwrap();
    let opened = t.elapsed();
    let next = store.next_due().unwrap();
    let first = t.elapsed();
    let (rss1, _) = memory();
    println!(
        "BENCH start: Store::open {opened:.2?}, next due {:?} found {:.2?} later ({first:.2?} in all)",
        next.map(|n| n.with_timezone(&MOSCOW).to_string()),
        first - opened
    );
    println!(
        "BENCH memory at start: RSS {rss0:.0} MiB before open, {rss1:.0} MiB after open + next_due"
    );
    drop(store);
    let t = Instant::now();
    let app = app(&dir, now());
    println!(
        "BENCH App::open (store, texts, law data): {:.2?}",
        t.elapsed()
    );
    let t = Instant::now();
    let batch = app.store.claim_due(next.unwrap(), 30).unwrap();
    println!(
        "BENCH first claim of {} due reminders: {:.2?}",
        batch.len(),
        t.elapsed()
    );
    for q in &batch {
        app.store.mark_sent(q, next.unwrap(), false).unwrap();
    }
    let (rss2, _) = memory();
    println!("BENCH memory after the first tick's store work: RSS {rss2:.0} MiB");

    // Claim + mark sent, as the scheduler does, for the first 10,000 due.
    let at = next.unwrap() + Duration::days(1);
    let t = Instant::now();
    let mut done = 0;
    while done < 10_000 {
        let batch = app.store.claim_due(at, 100).unwrap();
        if batch.is_empty() {
            break;
        }
        for q in &batch {
            app.store.mark_sent(q, at, false).unwrap();
        }
        done += batch.len();
    }
    let took = t.elapsed();
    let t = Instant::now();
    app.store.flush_blocking().unwrap();
    println!(
        "BENCH claim + mark_sent: {done} in {took:.2?} ({:.0}/s), then flush {:.2?}",
        done as f64 / took.as_secs_f64(),
        t.elapsed()
    );
    let (rss3, _) = memory();
    println!("BENCH memory after claiming: RSS {rss3:.0} MiB");
    let t = Instant::now();
    let n = app.store.queue_len();
    let (rss4, hwm) = memory();
    println!(
        "BENCH full scan (queue_len {n}) {:.2?}; RSS after {rss4:.0} MiB, peak {hwm:.0} MiB",
        t.elapsed()
    );
}

/// The Telegram shell's outbox: the throttled bot and `send_all`.
struct TgOutbox(Sender);

impl Outbox for TgOutbox {
    fn deliver(
        &self,
        user: UserId,
        messages: Vec<Rendered>,
    ) -> impl Future<Output = Delivery> + Send {
        let sender = self.0.clone();
        async move {
            match sender.send(user.get(), messages, Class::Reminder).await {
                musofir::telegram::sender::Delivery::Sent => Delivery::Sent,
                musofir::telegram::sender::Delivery::Blocked => Delivery::Blocked,
                musofir::telegram::sender::Delivery::Failed => Delivery::Failed,
                musofir::telegram::sender::Delivery::Stopped => Delivery::Stopped,
            }
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore]
async fn sender() {
    const USERS: i64 = 600;
    let api = FakeApi::start().await;
    api.set_wait_timeout(StdDuration::from_secs(300));
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path(), now());
    let entry = date(2026, 11, 23);
    for i in 0..USERS {
        let id = 7_000_000 + i;
        api.register(&User::new(id, "U"));
        app.store
            .commit(
                UserId::new(id),
                None,
                &Next::Save(migrant(entry, "uz", "spb")),
                0,
            )
            .unwrap();
        musofir::jobs::replan(&app.store, &app.law, UserId::new(id), now()).unwrap();
    }
    // Everyone's 7-day registration reminder falls due at the same 10:00.
    let s = app.store.session(UserId::new(7_000_000)).unwrap();
    let musofir::dialogue::Stored::Some(s) = s else {
        panic!()
    };
    let due = s
        .assess(&app.law, now())
        .unwrap()
        .deadline(musofir_law::DeadlineKind::Registration)
        .unwrap()
        .due;
    let at = local(MOSCOW, due - Duration::days(7), REMIND_AT);
    let app = Arc::new(App::open_with(app, at));
    let bot = Bot::new("123456:TEST").set_api_url(api.url().parse().unwrap());
    let bot = Sender::spawn(BotTransport(bot), Limits::default());
    for per_second in [30usize, 20] {
        let before = api.requests("sendMessage");
        let pace = Pace {
            per_second,
            ..Pace::default()
        };
        let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
        let sched = Scheduler::with_pace(app.parts(), TgOutbox(bot.clone()), pace);
        let started = Instant::now();
        let task = tokio::spawn(sched.run(async move {
            let _ = stop_rx.await;
        }));
        let target = if per_second == 30 {
            USERS as usize
        } else {
            300
        };
        api.wait_requests("sendMessage", before + target).await;
        let took = started.elapsed();
        let _ = stop_tx.send(());
        task.await.unwrap();
        println!(
            "BENCH sender (pace {per_second}/s, sender 30/s, fake Bot API): {target} reminders in {took:.2?} = {:.1} messages/s",
            target as f64 / took.as_secs_f64()
        );
        if per_second == 30 {
            // Queue the same reminders again for the second run.
            for i in 0..300 {
                let u = UserId::new(7_000_000 + i);
                app.store
                    .snooze(u, musofir_law::DeadlineKind::Registration, at, at)
                    .unwrap();
            }
        }
    }
    api.assert_no_errors();
}

trait OpenWith {
    fn open_with(app: Arc<App>, at: DateTime<Utc>) -> App;
}

impl OpenWith for App {
    /// The same store and texts with the clock moved to `at`.
    fn open_with(app: Arc<App>, at: DateTime<Utc>) -> App {
        let app = Arc::try_unwrap(app).ok().expect("one owner");
        App {
            clock: Arc::new(ManualClock::new(at)),
            ..app
        }
    }
}
