//! The key, the upgrade of an old store, and backups, as an operator meets
//! them: through the binary where it matters, in process where the store
//! must be read back.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::ExitStatus;
use std::sync::Arc;

use crate::support::binary::run_once;
use crate::support::running::test_clock;
use crate::support::scan::{needles, scan, scan_dir};
use crate::support::sessions::{answered, date, seed};
use musofir::app::App;
use musofir::clock::Clock;
use musofir::dialogue::{Next, Session, State, Stored};
use musofir::store::{Store, StorePaths, UserId};
use musofir::text::Lang;
use musofir_law::DeadlineKind;

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

/// Runs the binary once and expects it to refuse: it fails, and says why
/// in one line of its own (log lines aside). Returns that line.
fn refused(args: &[&str], env: &[(&str, &Path)], stdin: &str) -> String {
    let (status, err) = run_once(args, env, stdin);
    assert!(!status.success(), "{err}");
    let lines: Vec<&str> = err.lines().filter(|l| l.starts_with("musofir:")).collect();
    assert_eq!(lines.len(), 1, "{err}");
    lines[0].to_string()
}

/// `musofir backup` or `restore` of `file`, over the store in `data` with
/// the key in `key`.
fn backup_cli(cmd: &str, file: &Path, data: &Path, key: &Path) -> (ExitStatus, String) {
    let d = |p: &Path| p.to_str().unwrap().to_string();
    run_once(
        &[cmd, &d(file), "--data-dir", &d(data), "--key-file", &d(key)],
        &[],
        "",
    )
}

#[test]
fn the_key_file_is_made_private_and_a_readable_one_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("chat");
    let key = dir.path().join("chat.key");
    let chat = ["chat", "--lang", "ru", "--data-dir", data.to_str().unwrap()];
    let (status, err) = run_once(&chat, &[], "/quit\n");
    assert!(status.success(), "{err}");
    // Beside the data directory, owner-only.
    assert!(key.exists(), "{err}");
    assert_eq!(mode(&key), 0o600);
    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o644)).unwrap();
    let line = refused(&chat, &[], "/quit\n");
    assert!(line.contains("chmod 600"), "{line}");
}

#[test]
fn a_wrong_or_missing_key_stops_the_bot_at_start_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let paths = StorePaths::within(dir.path());
    let store = Store::open(&paths).unwrap();
    store
        .commit(
            UserId::new(5_012_345_678),
            None,
            &Next::Save(Session::new(Lang::Uz)),
            0,
        )
        .unwrap();
    store.flush_blocking().unwrap();
    drop(store);
    let env = [
        ("MUSOFIR_DATA_DIR", paths.data.as_path()),
        ("MUSOFIR_KEY_FILE", paths.key.as_path()),
    ];

    // Another key.
    std::fs::rename(&paths.key, dir.path().join("right.key")).unwrap();
    let other = StorePaths::new(dir.path().join("other"), Some(paths.key.clone()));
    drop(Store::open(&other).unwrap());
    let line = refused(&["run"], &env, "");
    assert!(line.contains("does not open the store"), "{line}");

    // No key: refused, and no new key is written in its place.
    std::fs::remove_file(&paths.key).unwrap();
    let line = refused(&["run"], &env, "");
    assert!(line.contains("is missing"), "{line}");
    assert!(!paths.key.exists());

    // The right key opens it again, with the user in it.
    std::fs::rename(dir.path().join("right.key"), &paths.key).unwrap();
    let store = Store::open(&paths).unwrap();
    assert!(matches!(
        store.session(UserId::new(5_012_345_678)).unwrap(),
        Stored::Some(_)
    ));
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

fn session(store: &Store, id: i64) -> Session {
    match store.session(UserId::new(id)).unwrap() {
        Stored::Some(s) => s,
        other => panic!("user {id}: {other:?}"),
    }
}

#[test]
fn a_store_of_the_previous_release_is_upgraded_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let paths = StorePaths::within(dir.path());
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/store-v1");
    copy_dir(&fixture, &paths.data);
    let ids = [5_012_345_678i64, -4_000_000_001, 777_000_111_222, 42];
    let mut all = Vec::new();
    for id in ids.iter().take(3) {
        all.extend(needles(*id, &["2026-03-05", "2026-02-20", "2026-01-15"]));
    }
    // The fixture is in the old, plain format.
    assert!(!scan_dir(&paths.data, &all).is_empty());

    let store = Store::open(&paths).unwrap();
    assert_eq!(mode(&paths.key), 0o600);
    assert_eq!(store.users().count(), 4);

    let uz = session(&store, ids[0]);
    assert_eq!(uz.lang, Lang::Uz);
    assert_eq!(uz.state, State::Menu);
    assert_eq!(uz.answers.entry_date, Some(date(2026, 3, 5)));
    assert_eq!(uz.answers.days_in_russia_this_year, Some(0));
    assert!(uz.answers.complete);
    assert_eq!(store.queued(UserId::new(ids[0])).unwrap().len(), 15);
    let mark = store
        .sent_mark(UserId::new(ids[0]), DeadlineKind::Registration)
        .unwrap()
        .expect("the sent mark is kept");
    assert_eq!((mark.due, mark.lead_days), (date(2026, 3, 20), 7));

    let tg = session(&store, ids[1]);
    assert_eq!(tg.lang, Lang::Tg);
    assert!(matches!(tg.state, State::Asking { .. }));
    assert_eq!(tg.trail.len(), 8);
    assert_eq!(tg.answers.registered_until, Some(date(2026, 5, 20)));
    assert!(!tg.reminders.is_on(DeadlineKind::RegistrationEnd));
    assert_eq!(store.queued(UserId::new(ids[1])).unwrap().len(), 12);

    let ru = session(&store, ids[2]);
    assert_eq!(ru.lang, Lang::Ru);
    assert_eq!(ru.answers.labour_contract, Some(true));
    assert!(store.delivery(UserId::new(ids[2])).unwrap().blocked);

    let cyrl = session(&store, ids[3]);
    assert_eq!(cyrl.lang, Lang::UzCyrl);
    assert_eq!(cyrl.state, State::ChoosingLanguage { first: true });
    assert!(store.seen(1000).unwrap() && store.seen(1003).unwrap());
    drop(store);

    // The plain copy is gone: nothing under the scratch directory names
    // anyone, and nothing is left beside the store.
    assert_eq!(scan_dir(dir.path(), &all), vec![]);
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, vec!["data", "musofir.key"]);

    // A second start opens it as it is.
    let store = Store::open(&paths).unwrap();
    assert_eq!(session(&store, ids[0]), uz);
}

/// A store with a few users who answered and have reminders.
fn populated(paths: &StorePaths) -> Vec<i64> {
    let clock = test_clock();
    let now = clock.now();
    let app = App::open(paths, Arc::new(clock)).unwrap();
    let ids = vec![5_012_345_678i64, 5_012_353_597, 5_012_361_516];
    let s = answered("uz", "2026-03-05");
    for id in &ids {
        seed(&app, UserId::new(*id), &s, now);
    }
    app.store.flush_blocking().unwrap();
    ids
}

#[test]
fn a_backup_holds_only_ciphertext_and_restores_into_an_empty_directory() {
    let dir = tempfile::tempdir().unwrap();
    let paths = StorePaths::within(dir.path());
    let ids = populated(&paths);
    let file = dir.path().join("backup.musofir");
    let (status, err) = backup_cli("backup", &file, &paths.data, &paths.key);
    assert!(status.success(), "{err}");
    let bytes = std::fs::read(&file).unwrap();
    assert_eq!(mode(&file), 0o600);
    let mut all = Vec::new();
    for id in &ids {
        all.extend(needles(*id, &["2026-03-05", "05.03.2026"]));
    }
    assert_eq!(scan(&bytes, &all), Vec::<(&String, &Vec<u8>)>::new());

    // Into a new directory, with the key.
    let restored = StorePaths::new(dir.path().join("restored"), Some(paths.key.clone()));
    let (status, err) = backup_cli("restore", &file, &restored.data, &paths.key);
    assert!(status.success(), "{err}");
    let a = Store::open(&paths).unwrap();
    let b = Store::open(&restored).unwrap();
    for id in &ids {
        assert_eq!(session(&a, *id), session(&b, *id));
        assert_eq!(
            a.queued(UserId::new(*id)).unwrap(),
            b.queued(UserId::new(*id)).unwrap()
        );
        assert!(!b.queued(UserId::new(*id)).unwrap().is_empty());
    }
    drop((a, b));

    // Never over a store, never with another key, never from a damaged file.
    let other_key = dir.path().join("other.key");
    drop(
        Store::open(&StorePaths::new(
            dir.path().join("other"),
            Some(other_key.clone()),
        ))
        .unwrap(),
    );
    let damaged = dir.path().join("damaged");
    let mut bytes = bytes;
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0x55;
    std::fs::write(&damaged, &bytes).unwrap();
    let r2 = dir.path().join("r2");
    let r3 = dir.path().join("r3");
    let refusals: [(&Path, &Path, &Path, &str); 3] = [
        (&file, &restored.data, &paths.key, "not empty"),
        (&file, &r2, &other_key, "another key"),
        (&damaged, &r3, &paths.key, "damaged"),
    ];
    for (file, data, key, why) in refusals {
        let (status, err) = backup_cli("restore", file, data, key);
        assert!(!status.success(), "{why}: {err}");
        assert!(err.contains(why), "{why}: {err}");
    }
}
