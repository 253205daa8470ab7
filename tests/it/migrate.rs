//! `musofir migrate --from sled DIR --to postgres URL`: a store written
//! through the real App and Store is moved to a scratch PostgreSQL database
//! (skipped, with a line saying so, when no server answers) and read back
//! with the same key: sessions, the reminder queue in due order and per user,
//! delivery facts, sent marks and seen updates are the same; a forgotten user
//! stays unreadable; a second run onto the filled database, a wrong key, a
//! running bot and an unfinished run are handled as docs/migrate.md says.

use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use chrono::{DateTime, Duration, TimeZone, Utc};
use musofir::app::App;
use musofir::clock::ManualClock;
use musofir::dialogue::{Action, Command, Input, Next, Session, Stored};
use musofir::store::transfer::{self, MigrateError, ReadBack};
use musofir::store::{Delivery, Queued, SentMark, Store, StoreError, StorePaths, UserId};
use musofir_law::DeadlineKind;

use crate::support::binary::run_once;
use crate::support::pg::TestDb;
use crate::support::sessions::answered;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 10, 9, 0, 0).unwrap()
}

const IDS: [i64; 5] = [
    5_012_345_678,
    5_012_353_597,
    5_012_361_516,
    7_700_000_001,
    42,
];
const FORGOTTEN: i64 = 5_099_999_999;

/// A sled store with several users: answers, queued reminders (one already
/// sent), a blocked user, a warned one, seen updates, and one user who
/// pressed /forget.
fn populated(paths: &StorePaths) {
    let clock = ManualClock::new(now());
    let app = App::open(paths, Arc::new(clock)).unwrap();
    let store = &app.store;
    let langs = ["uz", "ru", "tg", "ky", "uz"];
    let mut update = 1000u32;
    for (n, id) in IDS.iter().chain([&FORGOTTEN]).enumerate() {
        let s = answered(langs[n % langs.len()], &format!("2026-03-0{}", n + 1));
        update += 1;
        store
            .commit(
                UserId::new(*id),
                Some(update),
                &Next::Save(s),
                now().timestamp(),
            )
            .unwrap();
        musofir::jobs::replan(store, &app.law, UserId::new(*id), now()).unwrap();
    }
    // One reminder goes out (a sent mark), one user blocked, one warned.
    let sent = store.claim_due(now() + Duration::days(60), 1).unwrap();
    assert_eq!(sent.len(), 1);
    store.mark_sent(&sent[0], now(), false).unwrap();
    store.set_blocked(UserId::new(IDS[1]), true).unwrap();
    store
        .update_delivery(UserId::new(IDS[2]), |d| d.warned_at = Some(1_773_000_000))
        .unwrap();
    // /forget, through the dialogue.
    let gone = UserId::new(FORGOTTEN);
    app.handle(gone, Some(2000), None, Input::Command(Command::Forget))
        .unwrap();
    app.handle(gone, Some(2001), None, Input::Button(Action::ForgetYes))
        .unwrap();
    assert!(matches!(store.session(gone).unwrap(), Stored::None));
    store.flush_blocking().unwrap();
}

/// Everything a user sees of the store, read through its API.
#[derive(Debug, PartialEq)]
struct Seen {
    sessions: Vec<Option<Session>>,
    queued: Vec<Vec<Queued>>,
    delivery: Vec<Delivery>,
    sent: Vec<Option<SentMark>>,
    updates: Vec<bool>,
    next_due: Option<DateTime<Utc>>,
    queue_len: usize,
    users: usize,
}

fn seen(store: &Store) -> Seen {
    let ids = IDS.iter().chain([&FORGOTTEN]).map(|i| UserId::new(*i));
    let session = |u| match store.session(u).unwrap() {
        Stored::Some(s) => Some(s),
        Stored::None => None,
        Stored::Unreadable => panic!("a session does not open"),
    };
    Seen {
        sessions: ids.clone().map(session).collect(),
        queued: ids.clone().map(|u| store.queued(u).unwrap()).collect(),
        delivery: ids.clone().map(|u| store.delivery(u).unwrap()).collect(),
        sent: ids
            .flat_map(|u| DeadlineKind::ALL.map(|k| store.sent_mark(u, k).unwrap()))
            .collect(),
        updates: (1000..1010)
            .chain([2000, 2001, 3000])
            .map(|u| store.seen(u).unwrap())
            .collect(),
        next_due: store.next_due().unwrap(),
        queue_len: store.queue_len(),
        users: store.user_count(),
    }
}

/// Every queued reminder, earliest first (claims them: the last look).
fn due_order(store: &Store) -> Vec<Queued> {
    store
        .claim_due(now() + Duration::days(800), 10_000)
        .unwrap()
}

/// A scratch database (`None` when no server answers: skipped) and a
/// populated sled store in a scratch directory.
fn setup(test: &str) -> Option<(TestDb, tempfile::TempDir, StorePaths)> {
    let db = TestDb::create(test)?;
    let dir = tempfile::tempdir().unwrap();
    let paths = StorePaths::within(dir.path());
    populated(&paths);
    Some((db, dir, paths))
}

#[test]
fn a_sled_store_moves_to_postgres_and_reads_back_the_same() {
    let Some((db, _dir, paths)) = setup("migrate_same") else {
        return;
    };
    let before = seen(&Store::open(&paths).unwrap());
    assert!(before.sessions[..IDS.len()].iter().all(Option::is_some));
    // Queued for everyone but the user who blocked the bot (and the one
    // who left).
    for (i, q) in before.queued.iter().enumerate() {
        assert_eq!(q.is_empty(), i == 1 || i == IDS.len(), "{i}");
    }
    assert!(before.sent.iter().any(Option::is_some));
    assert!(before.delivery[1].blocked && before.delivery[2].warned_at.is_some());
    assert_eq!(before.sessions[IDS.len()], None);

    let mut lines = Vec::new();
    let report =
        transfer::sled_to_pg(&paths, &db.url, ReadBack::All, &mut |l| lines.push(l)).unwrap();
    assert_eq!(report.users, IDS.len());
    assert_eq!(report.key_slots, IDS.len());
    assert_eq!(report.read_back, IDS.len());
    assert_eq!(report.remains, 0);
    assert!(!report.restarted);
    let count = |name| report.trees.iter().find(|(n, _)| *n == name).unwrap().1;
    assert_eq!(count("sessions"), IDS.len());
    assert_eq!(count("reminders_due"), before.queue_len);
    // Counts only: the progress names no user and no value.
    for l in &lines {
        assert!(!IDS.iter().any(|id| l.contains(&id.to_string())), "{l}");
    }

    // The bot's way in, with the same key file.
    let pg = Store::open_pg(&db.url, &paths.key).unwrap();
    let sled = Store::open(&paths).unwrap();
    assert_eq!(seen(&pg), before);
    assert_eq!(seen(&sled), before);
    // The forgotten user is not readable there either: no slot, no value.
    let gone = UserId::new(FORGOTTEN);
    assert_eq!(pg.keys_of(gone).unwrap(), vec![]);
    assert_eq!(pg.keyring_secret_for_tests(gone).unwrap(), None);
    // The queue in due order, per user as above.
    let order = due_order(&pg);
    assert_eq!(order.len(), before.queue_len);
    assert!(order.windows(2).all(|w| w[0].at <= w[1].at));
    assert_eq!(order, due_order(&sled));
    drop(sled);

    // New users get new slots, after the imported ones.
    let fresh = UserId::new(9_000_000_001);
    pg.commit(
        fresh,
        None,
        &Next::Save(Session::new(musofir::text::Lang::Ru)),
        0,
    )
    .unwrap();
    assert!(matches!(pg.session(fresh).unwrap(), Stored::Some(_)));
    assert!(matches!(
        pg.session(UserId::new(IDS[0])).unwrap(),
        Stored::Some(_)
    ));
    drop(pg);

    // Never over a database that holds Musofir data.
    let again = transfer::sled_to_pg(&paths, &db.url, ReadBack::Sample(10), &mut |_| {});
    assert!(
        matches!(again, Err(MigrateError::TargetNotEmpty(_, n)) if n == IDS.len() + 1),
        "{again:?}"
    );
    let msg = again.unwrap_err().to_string();
    assert!(
        msg.contains("empty database") && !msg.contains('\n'),
        "{msg}"
    );
}

#[test]
fn the_binary_moves_a_store_and_refuses_a_second_run_a_running_bot_and_a_wrong_key() {
    let Some((db, dir, paths)) = setup("migrate_binary") else {
        return;
    };
    let d = |p: &Path| p.to_str().unwrap().to_string();
    let args = |key: &Path| {
        vec![
            "migrate".to_string(),
            "--from".into(),
            "sled".into(),
            d(&paths.data),
            "--to".into(),
            "postgres".into(),
            db.url.clone(),
            "--key-file".into(),
            d(key),
        ]
    };
    let run = |args: &[String]| {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        run_once(&args, &[], "")
    };
    let errors = |err: &str| -> Vec<String> {
        err.lines()
            .filter(|l| l.starts_with("musofir:"))
            .map(str::to_string)
            .collect()
    };

    // A running bot holds the store: refused, nothing written.
    let running = Store::open(&paths).unwrap();
    let (status, err) = run(&args(&paths.key));
    assert!(!status.success());
    let lines = errors(&err);
    assert_eq!(lines.len(), 1, "{err}");
    assert!(
        lines[0].contains("in use") && lines[0].contains("stop it"),
        "{err}"
    );
    drop(running);

    // Another store's key: one line, non-zero.
    let other = StorePaths::within(&dir.path().join("other"));
    drop(Store::open(&other).unwrap());
    let (status, err) = run(&args(&other.key));
    assert!(!status.success());
    let lines = errors(&err);
    assert_eq!(lines.len(), 1, "{err}");
    assert!(lines[0].contains("another store's key"), "{err}");

    // The move itself, the URL (and its password) kept off the command
    // line: `--to postgres` alone takes MUSOFIR_DATABASE_URL.
    let mut by_env = args(&paths.key);
    by_env.retain(|a| *a != db.url);
    let by_env: Vec<&str> = by_env.iter().map(String::as_str).collect();
    let (status, err) = run_once(&by_env, &[], "");
    assert!(!status.success());
    assert!(
        errors(&err)
            .iter()
            .any(|l| l.contains("MUSOFIR_DATABASE_URL")),
        "{err}"
    );
    let (status, err) = run_once(&by_env, &[("MUSOFIR_DATABASE_URL", Path::new(&db.url))], "");
    assert!(status.success(), "{err}");
    assert!(err.contains("the bot must be stopped"), "{err}");
    let pg = Store::open_pg(&db.url, &paths.key).unwrap();
    assert!(matches!(
        pg.session(UserId::new(IDS[3])).unwrap(),
        Stored::Some(_)
    ));
    drop(pg);

    // Twice: refused, saying what to do.
    let (status, err) = run(&args(&paths.key));
    assert!(!status.success());
    let lines = errors(&err);
    assert_eq!(lines.len(), 1, "{err}");
    assert!(lines[0].contains("already holds Musofir data"), "{err}");

    // And back (docs/migrate.md): a backup of the database restores into a
    // new sled directory that reads the same as the original.
    let file = dir.path().join("from-pg.bak");
    let (status, err) = run_once(
        &["backup", &d(&file), "--key-file", &d(&paths.key)],
        &[("MUSOFIR_DATABASE_URL", Path::new(&db.url))],
        "",
    );
    assert!(status.success(), "{err}");
    let back = StorePaths::new(dir.path().join("back"), Some(paths.key.clone()));
    let (status, err) = run_once(
        &[
            "restore",
            &d(&file),
            "--data-dir",
            &d(&back.data),
            "--key-file",
            &d(&paths.key),
        ],
        &[],
        "",
    );
    assert!(status.success(), "{err}");
    assert_eq!(
        seen(&Store::open(&back).unwrap()),
        seen(&Store::open(&paths).unwrap())
    );

    // A command line that is not `--from sled DIR --to postgres URL`.
    let mut wrong = args(&paths.key);
    wrong[2] = "redis".into();
    let (status, err) = run(&wrong);
    assert_eq!(status.code(), Some(2), "{err}");
}

#[test]
fn a_wrong_key_file_is_refused_before_anything_is_written() {
    let Some((db, dir, paths)) = setup("migrate_wrong_key") else {
        return;
    };
    let other = StorePaths::within(&dir.path().join("other"));
    drop(Store::open(&other).unwrap());
    let wrong = StorePaths::new(paths.data.clone(), Some(other.key.clone()));
    let res = transfer::sled_to_pg(&wrong, &db.url, ReadBack::All, &mut |_| {});
    assert!(
        matches!(
            res,
            Err(MigrateError::Store(StoreError::Key(
                musofir::store::KeyError::Wrong(..)
            )))
        ),
        "{res:?}"
    );
    // Nothing reached the database: the right key moves the store there.
    let report = transfer::sled_to_pg(&paths, &db.url, ReadBack::Sample(2), &mut |_| {}).unwrap();
    assert_eq!(report.users, IDS.len());
    assert!(report.read_back >= 2 && report.read_back <= IDS.len());
    // No store in a directory: refused, none created.
    let empty = StorePaths::within(&dir.path().join("nothing"));
    let res = transfer::sled_to_pg(&empty, &db.url, ReadBack::All, &mut |_| {});
    assert!(matches!(res, Err(MigrateError::NoStore(_))), "{res:?}");
    assert!(!empty.data.exists() && !empty.key.exists());
}

#[test]
fn an_unfinished_migration_keeps_the_bot_out_and_is_started_again() {
    let Some((db, _dir, paths)) = setup("migrate_unfinished") else {
        return;
    };
    // Interrupted: a first run stops after the key slots (the progress
    // callback is where a crash or Ctrl-C would land).
    let interrupted = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        transfer::sled_to_pg(&paths, &db.url, ReadBack::All, &mut |line| {
            if line.starts_with("copied sessions") {
                panic!("interrupted");
            }
        })
    }));
    assert!(interrupted.is_err());
    // The bot refuses the half-filled database, saying what to do.
    let refused = Store::open_pg(&db.url, &paths.key);
    let msg = refused.err().map(|e| e.to_string()).unwrap_or_default();
    assert!(msg.contains("run it again"), "{msg}");
    // A rerun discards the partial copy and moves everything.
    let report = transfer::sled_to_pg(&paths, &db.url, ReadBack::All, &mut |_| {}).unwrap();
    assert!(report.restarted);
    assert_eq!(report.users, IDS.len());
    let pg = Store::open_pg(&db.url, &paths.key).unwrap();
    assert_eq!(seen(&pg), seen(&Store::open(&paths).unwrap()));
}

/// How long a move takes: `MUSOFIR_MIGRATE_USERS` users (default 10 000),
/// each with a session, delivery facts, an update seen and a plan of
/// reminders, moved and checked with a sample read back. Run with
/// `cargo test --release --test it -- --ignored --nocapture migrate::bench`.
#[test]
#[ignore]
fn bench_a_move_of_many_users() {
    let Some(db) = TestDb::create("migrate_bench") else {
        return;
    };
    let users: i64 = std::env::var("MUSOFIR_MIGRATE_USERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let dir = tempfile::tempdir().unwrap();
    let paths = StorePaths::within(dir.path());
    let filled = Instant::now();
    {
        let app = App::open(&paths, Arc::new(ManualClock::new(now()))).unwrap();
        let s = answered("uz", "2026-03-05");
        for n in 0..users {
            let u = UserId::new(1_000_000_000 + n);
            let update = u32::try_from(n).unwrap();
            app.store
                .commit(u, Some(update), &Next::Save(s.clone()), now().timestamp())
                .unwrap();
            musofir::jobs::replan(&app.store, &app.law, u, now()).unwrap();
        }
        app.store.flush_blocking().unwrap();
    }
    let filled = filled.elapsed();
    let started = Instant::now();
    let report = transfer::sled_to_pg(&paths, &db.url, ReadBack::Sample(1000), &mut |l| {
        eprintln!("{:>7.1} s  {l}", started.elapsed().as_secs_f64())
    })
    .unwrap();
    let entries: usize = report.trees.iter().map(|(_, n)| n).sum();
    eprintln!(
        "migrate: {users} users, {entries} entries, {} key slots: moved and checked in {:.1} s \
         ({:.0} entries/s; store filled in {:.1} s); {} users read back",
        report.key_slots,
        report.took.as_secs_f64(),
        entries as f64 / report.took.as_secs_f64(),
        filled.as_secs_f64(),
        report.read_back,
    );
    assert_eq!(report.users, usize::try_from(users).unwrap());
}
