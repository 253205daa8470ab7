//! Retention end to end: silent users with nothing ahead are told a week
//! before, and erased unless they write; a deadline ahead keeps the data.

use std::sync::atomic::AtomicBool;
use std::sync::Arc;

use chrono::{DateTime, Duration, TimeZone, Utc};
use musofir::app::App;
use musofir::clock::ManualClock;
use musofir::dialogue::{Action, Input, Next, Stored};
use musofir::jobs::retention;
use musofir::store::{StorePaths, UserId};
use musofir::text::Lang;
use musofir_law::Housing;

use crate::support::sessions::{at_menu, date, migrant};
use crate::support::Recorder;

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 10, 9, 0, 0).unwrap()
}

#[tokio::test]
async fn silent_users_are_told_then_erased_unless_they_write_or_a_deadline_is_ahead() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::new(t0());
    let mut app = App::open(&StorePaths::within(dir.path()), Arc::new(clock.clone())).unwrap();
    app.retention_days = 30;
    let app = Arc::new(app);
    let (worker, idle, blocked, keeper) = (
        UserId::new(11),
        UserId::new(12),
        UserId::new(13),
        UserId::new(14),
    );
    let mut worker_session = migrant(Lang::Uz, date(2026, 3, 5));
    worker_session.answers.housing = Some(Housing::Private);
    let idle_session = |lang: &str| at_menu(Lang::from_code(lang).unwrap());
    let store = &app.store;
    store
        .commit(worker, None, &Next::Save(worker_session), t0().timestamp())
        .unwrap();
    for (u, lang) in [(idle, "tg"), (blocked, "ru"), (keeper, "ky")] {
        store
            .commit(u, None, &Next::Save(idle_session(lang)), t0().timestamp())
            .unwrap();
    }
    store.set_blocked(blocked, true).unwrap();
    let out = Recorder::default();
    let cancel = Arc::new(AtomicBool::new(false));
    let parts = app.parts();
    let sweep_at = |days: i64| {
        let at = t0() + Duration::days(days);
        clock.set(at);
        retention::sweep(&parts, &out, app.retention_days, at, &cancel)
    };

    let r = sweep_at(22).await.unwrap();
    assert_eq!((r.notified, r.erased), (0, 0));

    // A week before: the silent users who can be told are told, in their
    // language, with the erase date and a button to keep the data.
    let r = sweep_at(23).await.unwrap();
    assert_eq!((r.notified, r.erased), (2, 0));
    let mut sent = out.take();
    sent.sort_by_key(|(u, _)| u.get());
    let to: Vec<UserId> = sent.iter().map(|(u, _)| *u).collect();
    assert_eq!(to, vec![idle, keeper]);
    let tg = &sent[0].1[0];
    assert!(tg.html.contains("09.04.2026"), "{}", tg.html);
    assert!(tg.html.contains("рӯз"), "{}", tg.html);
    assert_eq!(
        tg.keyboard,
        vec![vec![(
            "💾 Маълумоти маро нигоҳ дор".to_string(),
            "k:keep".to_string()
        )]]
    );
    // Told once only.
    let r = sweep_at(24).await.unwrap();
    assert_eq!(r.notified, 0);

    // One presses the button.
    clock.set(t0() + Duration::days(25));
    let replies = app
        .handle(keeper, Some(7), None, Input::Button(Action::KeepData))
        .unwrap()
        .unwrap();
    assert!(
        replies.messages[0].html.contains("сакталды"),
        "{}",
        replies.messages[0].html
    );

    let r = sweep_at(29).await.unwrap();
    assert_eq!(r.erased, 0);
    let r = sweep_at(30).await.unwrap();
    assert_eq!(r.erased, 2);
    for u in [idle, blocked] {
        assert!(matches!(store.session(u).unwrap(), Stored::None));
        assert_eq!(store.keys_of(u).unwrap(), vec![]);
    }
    for u in [worker, keeper] {
        assert!(matches!(store.session(u).unwrap(), Stored::Some(_)));
    }
    assert!(out.take().is_empty());

    // Once the worker's last deadline (the 90-day stay) has passed, the
    // worker's silence counts too.
    let r = sweep_at(100).await.unwrap();
    assert_eq!(r.notified, 2);
    let mut to: Vec<UserId> = out.take().iter().map(|(u, _)| *u).collect();
    to.sort_by_key(|u| u.get());
    assert_eq!(to, vec![worker, keeper]);
}
