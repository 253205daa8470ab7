//! A new version of the law data, end to end: the users whose deadlines it
//! changes are told once, in their language, old → new with the source;
//! nobody else hears anything; plans follow; the same version again does
//! nothing; a stopped pass resumes where it stopped.

use std::sync::atomic::AtomicBool;
use std::sync::Arc;

use chrono::{TimeZone, Utc};
use musofir::app::App;
use musofir::clock::ManualClock;
use musofir::dialogue::{Next, Session};
use musofir::jobs::law_change::{self, LawTexts};
use musofir::store::{StorePaths, UserId};
use musofir::text::Lang;
use musofir_law::{Housing, Law, Region};

use crate::support::sessions::{date, migrant};
use crate::support::Recorder;

/// A worker from `citizenship` in St Petersburg since 05.03.2026, reading
/// `lang` (a code as stored).
fn worker(citizenship: &str, lang: &str) -> Session {
    let mut s = migrant(Lang::from_code(lang).unwrap(), date(2026, 3, 5));
    s.answers.citizenship = Some(citizenship.parse().unwrap());
    s.answers.housing = Some(Housing::Private);
    s.answers.region = Some(Region::Spb);
    s
}

/// The embedded law data as an older version: Uzbek citizens had 20 days to
/// register instead of 15.
fn older() -> LawTexts {
    let mut t = LawTexts::from(Law::embedded_sources());
    let before =
        "Citizens of Uzbekistan: 15 days from entry without registration\"\nvalue = { days = 15 }";
    assert!(t.rules.contains(before));
    t.rules = t.rules.replace(
        before,
        "Citizens of Uzbekistan: 15 days from entry without registration\"\nvalue = { days = 20 }",
    );
    assert!(t.parse().is_some());
    t
}

/// The rules the latest law round added (the engine requires them).
const ADDED_LATELY: [&str; 3] = [
    "registration.amina.workers",
    "registration.amina.over_90_days",
    "registration.employer_host",
];

/// `older()` from before the engine required `ids`: their blocks are not in
/// the texts, which therefore do not load on their own.
fn older_without(ids: &[&str]) -> LawTexts {
    let mut t = older();
    for id in ids {
        let start = t.rules.find(&format!("[[rule]]\nid = \"{id}\"")).unwrap();
        let end = t.rules[start + 8..]
            .find("[[rule]]")
            .map_or(t.rules.len(), |i| start + 8 + i);
        t.rules.replace_range(start..end, "");
    }
    assert!(Law::from_toml_with_offices(&t.rules, &t.calendar, &t.offices).is_err());
    t
}

/// A store at `dir` whose plans were made with `old`, holding a UZ, a KG and
/// a TJ worker (in Uzbek, Kyrgyz and Tajik).
fn store_planned_with(dir: &std::path::Path, old: &LawTexts) -> (Arc<App>, [UserId; 3]) {
    let now = Utc.with_ymd_and_hms(2026, 3, 10, 9, 0, 0).unwrap();
    let app =
        Arc::new(App::open(&StorePaths::within(dir), Arc::new(ManualClock::new(now))).unwrap());
    let users = [UserId::new(501), UserId::new(502), UserId::new(503)];
    for (u, s) in users
        .iter()
        .zip([worker("UZ", "uz"), worker("KG", "ky"), worker("TJ", "tg")])
    {
        app.store
            .commit(*u, None, &Next::Save(s), now.timestamp())
            .unwrap();
    }
    planned_with(&app, old);
    (app, users)
}

#[tokio::test]
async fn users_whose_deadlines_change_are_told_once_and_nobody_else() {
    // The older version as it was, and from before the latest law round added
    // rules the engine requires (texts that do not load as they are): the
    // change of the Uzbek term is told the same, and the rules they lack
    // change nothing for anyone.
    for old in [older(), older_without(&ADDED_LATELY)] {
        let dir = tempfile::tempdir().unwrap();
        // The store's plans were made with the older version.
        let (app, [uz, ..]) = store_planned_with(dir.path(), &old);

        // A pass stopped before it began leaves the work for later.
        let out = Recorder::default();
        let report = law_change::run(&app.parts(), &out, &AtomicBool::new(true))
            .await
            .unwrap();
        assert!(!report.done);
        assert!(out.sent().is_empty());

        let report = law_change::run(&app.parts(), &out, &AtomicBool::new(false))
            .await
            .unwrap();
        assert!(report.done && !report.unchanged);
        assert_eq!((report.replanned, report.notified), (3, 1));
        let sent = out.sent().clone();
        assert_eq!(sent.len(), 1);
        assert_eq!(sent[0].0, uz);
        let text = &sent[0].1[0].html;
        // In Uzbek, old → new, with the source.
        assert!(text.contains("Qoidalar oʻzgardi"), "{text}");
        assert!(
            text.contains("19.03.2026") || text.contains("20.03.2026"),
            "{text}"
        );
        assert!(
            text.contains("24.03.2026") || text.contains("25.03.2026"),
            "{text}"
        );
        assert!(text.contains("Manba"), "{text}");
        assert!(text.contains("Соглашение России и Узбекистана"), "{text}");
        // The plan follows the new data.
        assert!(!app.store.queued(uz).unwrap().is_empty());

        // The same version again: nothing at all.
        let report = law_change::run(&app.parts(), &out, &AtomicBool::new(false))
            .await
            .unwrap();
        assert!(report.unchanged);
        assert_eq!(out.sent().len(), 1);
    }
}

/// Marks the store's plans as made with `old`.
fn planned_with(app: &App, old: &LawTexts) {
    app.store
        .set_meta("plan_version", Some(old.fingerprint().as_bytes()))
        .unwrap();
    app.store
        .set_meta("law_sources", Some(&serde_json::to_vec(old).unwrap()))
        .unwrap();
}

/// Stops the pass (as a SIGTERM does) once it has delivered one notice.
struct StopAfterOne {
    out: Recorder,
    stop: AtomicBool,
}

impl musofir::jobs::scheduler::Outbox for StopAfterOne {
    async fn deliver(
        &self,
        user: UserId,
        messages: Vec<musofir::render::Rendered>,
    ) -> musofir::jobs::scheduler::Delivery {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
        self.out.deliver(user, messages).await
    }
}

#[tokio::test]
async fn a_pass_stopped_between_notices_resumes_and_tells_everyone_once() {
    let dir = tempfile::tempdir().unwrap();
    let now = Utc.with_ymd_and_hms(2026, 3, 10, 9, 0, 0).unwrap();
    let app = App::open(
        &StorePaths::within(dir.path()),
        Arc::new(ManualClock::new(now)),
    )
    .unwrap();
    // Twelve Uzbek workers, all concerned by the change, and planned by
    // several threads at once.
    let users: Vec<UserId> = (0..12).map(|i| UserId::new(600 + i)).collect();
    for &u in &users {
        app.store
            .commit(u, None, &Next::Save(worker("UZ", "uz")), now.timestamp())
            .unwrap();
    }
    planned_with(&app, &older());

    let mut passes = 0;
    let mut told = Vec::new();
    loop {
        passes += 1;
        assert!(passes <= 12, "the pass does not move on");
        let out = StopAfterOne {
            out: Recorder::default(),
            stop: AtomicBool::new(false),
        };
        let report = law_change::run(&app.parts(), &out, &out.stop)
            .await
            .unwrap();
        told.extend(out.out.sent().into_iter().map(|(u, _)| u));
        if report.done {
            break;
        }
        // Stopped right after its one notice.
        assert_eq!(report.notified, 1);
    }
    told.sort_by_key(|u| u.get());
    let mut expected = users.clone();
    expected.sort_by_key(|u| u.get());
    assert_eq!(told, expected, "each user told exactly once");
    // One notice per pass; the last one has nothing left to stop.
    assert_eq!(passes, 12);
    for &u in &users {
        assert!(!app.store.queued(u).unwrap().is_empty());
    }
}

#[tokio::test]
async fn a_new_store_is_planned_without_notices() {
    let dir = tempfile::tempdir().unwrap();
    let now = Utc.with_ymd_and_hms(2026, 3, 10, 9, 0, 0).unwrap();
    let app = Arc::new(
        App::open(
            &StorePaths::within(dir.path()),
            Arc::new(ManualClock::new(now)),
        )
        .unwrap(),
    );
    app.store
        .commit(
            UserId::new(7),
            None,
            &Next::Save(worker("UZ", "uz")),
            now.timestamp(),
        )
        .unwrap();
    let out = Recorder::default();
    let report = law_change::run(&app.parts(), &out, &AtomicBool::new(false))
        .await
        .unwrap();
    assert_eq!((report.replanned, report.notified), (1, 0));
    assert!(out.sent().is_empty());
    assert!(!app.store.queued(UserId::new(7)).unwrap().is_empty());
}

/// `musofir law diff OLD NEW --today 2026-03-10` over a store of four
/// workers (two UZ, a KG, a TJ), NEW the embedded rules: exit code and output.
fn law_diff(dir: &std::path::Path, old_rules: &str) -> (i32, String) {
    let paths = StorePaths::within(dir);
    let now = Utc.with_ymd_and_hms(2026, 3, 10, 9, 0, 0).unwrap();
    {
        let app = App::open(&paths, Arc::new(ManualClock::new(now))).unwrap();
        for (i, c) in ["UZ", "UZ", "KG", "TJ"].iter().enumerate() {
            app.store
                .commit(
                    UserId::new(600 + i as i64),
                    None,
                    &Next::Save(worker(c, "ru")),
                    now.timestamp(),
                )
                .unwrap();
        }
        app.store.flush_blocking().unwrap();
    }
    let old = dir.join("old.toml");
    let new = dir.join("new.toml");
    std::fs::write(&old, old_rules).unwrap();
    std::fs::write(&new, Law::embedded_sources().rules).unwrap();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = musofir::cli::law_diff::run(
        &old,
        &new,
        Some("2026-03-10"),
        Some(&paths),
        &mut out,
        &mut err,
    );
    let out = String::from_utf8(out).unwrap();
    (code, format!("{out}{}", String::from_utf8_lossy(&err)))
}

#[test]
fn law_diff_names_the_changed_rule_and_counts_the_users_it_touches() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out) = law_diff(dir.path(), &older().rules);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("~ registration.term.uz"), "{out}");
    assert!(out.contains("value.days [Value]: 20 -> 15"), "{out}");
    assert!(
        out.contains("stored users on 2026-03-10: 4; the change would tell 2 of them"),
        "{out}"
    );
    // No user data in the output.
    assert!(!out.contains("600") && !out.contains("2026-03-05"), "{out}");

    // A file that does not load: exit 2, one line.
    let (old, new) = (dir.path().join("old.toml"), dir.path().join("new.toml"));
    std::fs::write(&new, "not toml [").unwrap();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = musofir::cli::law_diff::run(&old, &new, None, None, &mut out, &mut err);
    assert_eq!(code, 2);
    assert_eq!(String::from_utf8(err).unwrap().lines().count(), 1);
}

#[test]
fn law_diff_reads_an_older_file_that_lacks_rules_the_engine_now_requires() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out) = law_diff(dir.path(), &older_without(&ADDED_LATELY).rules);
    assert_eq!(code, 0, "{out}");
    // The rules OLD lacks are new; the changed term is shown as before.
    assert!(out.contains(": 4 rules differ"), "{out}");
    for id in ADDED_LATELY {
        assert!(out.contains(&format!("+ {id}\n")), "{out}");
    }
    assert!(out.contains("~ registration.term.uz"), "{out}");
    assert!(out.contains("value.days [Value]: 20 -> 15"), "{out}");
    assert!(
        out.contains("stored users on 2026-03-10: 4; the change would tell 2 of them"),
        "{out}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_running_bot_tells_a_user_when_it_starts_with_new_law_data() {
    use crate::support::fake_api::{FakeApi, User};
    use crate::support::running::{test_clock, Running};
    let dir = tempfile::tempdir().unwrap();
    let paths = StorePaths::within(dir.path());
    let now = Utc.with_ymd_and_hms(2026, 3, 10, 9, 0, 0).unwrap();
    {
        let app = App::open(&paths, Arc::new(ManualClock::new(now))).unwrap();
        for (id, c, lang) in [(701, "UZ", "tg"), (702, "KG", "ru")] {
            app.store
                .commit(
                    UserId::new(id),
                    None,
                    &Next::Save(worker(c, lang)),
                    now.timestamp(),
                )
                .unwrap();
        }
        planned_with(&app, &older());
        app.store.flush_blocking().unwrap();
    }
    let api = FakeApi::start().await;
    for id in [701, 702] {
        api.register(&User::new(id, "A"));
    }
    let bot = Running::start(&api, dir.path(), test_clock()).await;
    let m = api.wait_one(701).await;
    assert!(m.plain.contains("Қоидаҳо тағйир ёфтанд"), "{}", m.plain);
    assert!(
        m.plain.contains("Соглашение России и Узбекистана"),
        "{}",
        m.plain
    );
    bot.stop().await.unwrap();
    // The other user heard nothing, and a second start tells nobody again.
    assert!(api.sent(702).is_empty());
    let bot = Running::start(&api, dir.path(), test_clock()).await;
    bot.stop().await.unwrap();
    assert_eq!(api.sent(701).len(), 1);
    api.assert_no_errors();
}
