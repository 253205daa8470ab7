//! The store's conformance suite: the same tests against every backend — the
//! embedded sled store and PostgreSQL (a scratch database per test; skipped,
//! with a line saying so, when no server answers). Then what only several
//! instances on one database can show: an update taken once across them, one
//! reminder sender at a time.

use std::path::Path;
use std::sync::Arc;

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use musofir::dialogue::{Next, Session, Stored};
use musofir::reminders::Planned;
use musofir::store::{Commit, Requeue, Store, StorePaths, UserId};
use musofir::text::Lang;
use musofir_law::DeadlineKind;

use crate::support::pg::TestDb;
use crate::support::sessions::date;

/// A store on a backend, and what keeps it alive.
struct On {
    store: Store,
    _dir: tempfile::TempDir,
    _db: Option<TestDb>,
}

fn sled() -> On {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&StorePaths::within(dir.path())).unwrap();
    On {
        store,
        _dir: dir,
        _db: None,
    }
}

fn pg(test: &str) -> Option<On> {
    let db = TestDb::create(test)?;
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_pg(&db.url, &dir.path().join("musofir.key")).unwrap();
    Some(On {
        store,
        _dir: dir,
        _db: Some(db),
    })
}

/// Runs a conformance test on sled and on PostgreSQL.
macro_rules! conformance {
    ($name:ident, $body:expr) => {
        mod $name {
            use super::*;

            #[test]
            fn sled() {
                let on = super::sled();
                ($body)(&on.store);
            }

            #[test]
            fn postgres() {
                let Some(on) = super::pg(stringify!($name)) else {
                    return;
                };
                ($body)(&on.store);
            }
        }
    };
}

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 10, 9, 0, 0).unwrap()
}

fn session(lang: Lang) -> Session {
    Session::new(lang)
}

fn plan(due: NaiveDate) -> Vec<Planned> {
    [7, 3, 1]
        .iter()
        .map(|d| Planned {
            kind: DeadlineKind::Registration,
            due,
            at: now() + Duration::days(10 - d),
            lead_days: *d,
        })
        .collect()
}

conformance!(a_step_is_taken_once_and_read_back, |store: &Store| {
    let u = UserId::new(5_012_345_678);
    let s = session(Lang::Uz);
    assert_eq!(
        store
            .commit(u, Some(10), &Next::Save(s.clone()), 0)
            .unwrap(),
        Commit::Applied
    );
    assert_eq!(
        store.commit(u, Some(10), &Next::Erase, 0).unwrap(),
        Commit::Duplicate
    );
    assert!(store.seen(10).unwrap() && !store.seen(11).unwrap());
    assert!(matches!(store.session(u).unwrap(), Stored::Some(x) if x == s));
    assert_eq!(store.users().collect::<Vec<_>>(), vec![u]);
    assert_eq!(store.user_count(), 1);
    store.set_blocked(u, true).unwrap();
    assert!(store.delivery(u).unwrap().blocked);
});

conformance!(
    a_step_is_stored_only_over_the_session_it_read,
    |store: &Store| {
        let u = UserId::new(5_012_345_679);
        let (_, empty) = store.session_versioned(u).unwrap();
        store
            .commit(u, Some(1), &Next::Save(session(Lang::Ru)), 0)
            .unwrap();
        // Computed from "no session", but one was stored meanwhile.
        assert_eq!(
            store
                .commit_step(u, Some(2), &Next::Save(session(Lang::Tg)), 0, empty, None)
                .unwrap(),
            Commit::Stale
        );
        assert!(!store.seen(2).unwrap(), "a stale step leaves no trace");
        let (_, read) = store.session_versioned(u).unwrap();
        assert_eq!(
            store
                .commit_step(u, Some(2), &Next::Save(session(Lang::Tg)), 0, read, None)
                .unwrap(),
            Commit::Applied
        );
        assert!(matches!(store.session(u).unwrap(), Stored::Some(x) if x.lang == Lang::Tg));
        // The version read before that write is stale now.
        assert_eq!(
            store
                .commit_step(u, Some(3), &Next::Save(session(Lang::Uz)), 0, read, None)
                .unwrap(),
            Commit::Stale
        );
    }
);

// A step reads the update's seen mark, the session, the delivery facts and
// the queue index (on PostgreSQL in one round trip): each of them decides.
conformance!(
    a_user_marked_blocked_is_planned_in_the_step_that_brings_them_back,
    |store: &Store| {
        let u = planned_user(store, 5_012_345_690);
        store.set_blocked(u, true).unwrap();
        assert!(queue_of(store, u).is_empty());
        let (_, read) = store.session_versioned(u).unwrap();
        let next = Next::Save(session(Lang::Ru));
        // Without a plan: refused, nothing written.
        assert_eq!(
            store.commit_step(u, Some(7), &next, 0, read, None).unwrap(),
            Commit::Unplanned
        );
        assert!(!store.seen(7).unwrap());
        assert!(store.delivery(u).unwrap().blocked);
        // With one: taken, reachable again, the queue back.
        let r = requeue(date(2026, 3, 20), false);
        assert_eq!(
            store
                .commit_step(u, Some(7), &next, 0, read, Some(&r))
                .unwrap(),
            Commit::Applied
        );
        assert!(!store.delivery(u).unwrap().blocked);
        assert_eq!(queue_of(store, u).len(), 3);
        // The same update again, and a step of a reachable user without a plan.
        let (_, read) = store.session_versioned(u).unwrap();
        assert_eq!(
            store.commit_step(u, Some(7), &next, 0, read, None).unwrap(),
            Commit::Duplicate
        );
        assert_eq!(
            store.commit_step(u, Some(8), &next, 0, read, None).unwrap(),
            Commit::Applied
        );
        assert_eq!(queue_of(store, u).len(), 3);
    }
);

/// Steps of one user taken at once from several threads (and instances):
/// each reads, changes and stores over what it read, again when stale; none
/// is lost. Each step adds one number to the user's lead days.
fn no_step_is_lost(stores: &[&Store]) {
    let u = UserId::new(5_012_345_680);
    store_first(stores[0], u);
    const EACH: u8 = 20;
    std::thread::scope(|scope| {
        for (i, store) in stores.iter().chain(stores.iter()).enumerate() {
            scope.spawn(move || {
                for n in 0..EACH {
                    loop {
                        let (stored, read) = store.session_versioned(u).unwrap();
                        let Stored::Some(mut s) = stored else {
                            panic!("the session is gone")
                        };
                        s.reminders
                            .lead_days
                            .get_or_insert_with(Vec::new)
                            .push(i as u8 * EACH + n);
                        match store
                            .commit_step(u, None, &Next::Save(s), 0, read, None)
                            .unwrap()
                        {
                            Commit::Applied => break,
                            Commit::Stale => continue,
                            Commit::Duplicate | Commit::Unplanned => unreachable!(),
                        }
                    }
                }
            });
        }
    });
    let Stored::Some(s) = stores[0].session(u).unwrap() else {
        panic!("the session is gone")
    };
    let mut got = s.reminders.lead_days.unwrap_or_default();
    got.sort_unstable();
    let want: Vec<u8> = (0..stores.len() as u8 * 2 * EACH).collect();
    assert_eq!(got, want);
}

fn store_first(store: &Store, u: UserId) {
    store
        .commit(u, None, &Next::Save(session(Lang::Ru)), 0)
        .unwrap();
}

conformance!(steps_taken_at_once_are_all_kept, |store: &Store| {
    no_step_is_lost(&[store]);
});

conformance!(a_plan_from_outdated_answers_is_dropped, |store: &Store| {
    let u = UserId::new(5_012_345_681);
    store_first(store, u);
    let Stored::Some(old) = store.session(u).unwrap() else {
        panic!("no session")
    };
    store
        .replace_plan_from(u, &plan(date(2026, 3, 20)), now(), &old)
        .unwrap();
    // One entry: the deadline's three reminders.
    assert_eq!(store.queue_len(), 1);
    assert_eq!(store.planned(u).unwrap().len(), 3);
    // Another step stores other answers; a plan made from the old ones
    // must not replace the one made from the new.
    let mut new = old.clone();
    new.reminders.off.push(DeadlineKind::Registration);
    store.commit(u, None, &Next::Save(new.clone()), 0).unwrap();
    store.replace_plan_from(u, &[], now(), &new).unwrap();
    assert_eq!(store.queue_len(), 0);
    assert_eq!(
        store
            .replace_plan_from(u, &plan(date(2026, 3, 20)), now(), &old)
            .unwrap(),
        0
    );
    assert_eq!(store.queue_len(), 0, "the outdated plan was dropped");
});

/// What a step does to the queue, as `App::handle` passes it: a plan (the
/// deadline's three reminders), and a "remind me tomorrow" if asked.
fn requeue(due: NaiveDate, snooze: bool) -> Requeue {
    Requeue {
        now: now(),
        plan: Some(plan(due)),
        snoozes: if snooze {
            vec![(DeadlineKind::Registration, now() + Duration::days(1))]
        } else {
            Vec::new()
        },
    }
}

/// Each of the user's queued reminders: (due date, lead days, snoozed).
fn queue_of(store: &Store, u: UserId) -> Vec<(NaiveDate, i64, bool)> {
    let mut all: Vec<_> = store
        .pending(u)
        .unwrap()
        .iter()
        .map(|p| (p.planned.due, p.planned.lead_days, p.snoozed))
        .collect();
    all.sort();
    all
}

// A step and the queue it plans are one transaction: a crash between two
// used to leave the new answers with the old answers' reminders, and a
// redelivery (taken as a duplicate) never planned the new ones.
conformance!(
    a_step_and_its_replan_are_stored_together_or_not_at_all,
    |store: &Store| {
        let u = UserId::new(5_012_345_682);
        store_first(store, u);
        let (Stored::Some(first), read) = store.session_versioned(u).unwrap() else {
            panic!("no session")
        };
        let mut second = first.clone();
        second.answers.entry_date = Some(date(2026, 3, 1));
        let step = |next: &Session, update, read, requeue: &Requeue| {
            store
                .commit_step(
                    u,
                    Some(update),
                    &Next::Save(next.clone()),
                    0,
                    read,
                    Some(requeue),
                )
                .unwrap()
        };
        let twentieth = [
            (date(2026, 3, 20), 1, false),
            (date(2026, 3, 20), 3, false),
            (date(2026, 3, 20), 7, false),
        ];
        // Applied: the session and its plan, both.
        assert_eq!(
            step(&second, 20, read, &requeue(date(2026, 3, 20), false)),
            Commit::Applied
        );
        assert!(matches!(store.session(u).unwrap(), Stored::Some(x) if x == second));
        assert_eq!(queue_of(store, u), twentieth);
        // The same update again (another instance took it): neither its
        // session nor its plan nor its snooze.
        let (_, now_read) = store.session_versioned(u).unwrap();
        assert_eq!(
            step(&first, 20, now_read, &requeue(date(2026, 3, 27), true)),
            Commit::Duplicate
        );
        assert!(matches!(store.session(u).unwrap(), Stored::Some(x) if x == second));
        assert_eq!(queue_of(store, u), twentieth);
        // Computed from the session before: neither, and no trace.
        assert_eq!(
            step(&first, 21, read, &requeue(date(2026, 3, 27), true)),
            Commit::Stale
        );
        assert!(!store.seen(21).unwrap());
        assert!(matches!(store.session(u).unwrap(), Stored::Some(x) if x == second));
        assert_eq!(queue_of(store, u), twentieth);
        // Stepped again over what is stored: both, the snooze with them
        // (for the deadline just planned).
        assert_eq!(
            step(&first, 21, now_read, &requeue(date(2026, 3, 27), true)),
            Commit::Applied
        );
        assert!(matches!(store.session(u).unwrap(), Stored::Some(x) if x == first));
        assert_eq!(
            queue_of(store, u),
            [
                (date(2026, 3, 27), 0, true),
                (date(2026, 3, 27), 1, false),
                (date(2026, 3, 27), 3, false),
                (date(2026, 3, 27), 7, false),
            ]
        );
        // A user who blocked the bot has nothing queued, until they write:
        // their step plans.
        store.set_blocked(u, true).unwrap();
        assert_eq!(store.queue_len(), 0);
        let (_, read) = store.session_versioned(u).unwrap();
        assert_eq!(
            step(&second, 22, read, &requeue(date(2026, 3, 20), false)),
            Commit::Applied
        );
        assert!(!store.delivery(u).unwrap().blocked);
        assert_eq!(queue_of(store, u), twentieth);
        // An erasing step queues nothing, whatever it is given.
        let (_, read) = store.session_versioned(u).unwrap();
        assert_eq!(
            store
                .commit_step(
                    u,
                    Some(23),
                    &Next::Erase,
                    0,
                    read,
                    Some(&requeue(date(2026, 3, 20), true))
                )
                .unwrap(),
            Commit::Applied
        );
        assert_eq!(store.queue_len(), 0);
        assert_eq!(store.keys_of(u).unwrap(), vec![]);
    }
);

conformance!(
    forget_leaves_nothing_and_destroys_the_key,
    |store: &Store| {
        let u = UserId::new(5_012_345_678);
        store
            .commit(u, None, &Next::Save(session(Lang::Tg)), 0)
            .unwrap();
        store
            .replace_plan(u, &plan(date(2026, 3, 20)), now())
            .unwrap();
        let secret = store.keyring_secret_for_tests(u).unwrap().unwrap();
        assert!(!store.keys_of(u).unwrap().is_empty());
        store.commit(u, Some(1), &Next::Erase, 0).unwrap();
        assert_eq!(store.keys_of(u).unwrap(), vec![]);
        assert!(matches!(store.session(u).unwrap(), Stored::None));
        assert_eq!(store.queue_len(), 0);
        // Nothing in the store holds the secret any more.
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("b");
        musofir::store::backup::backup_store(store, &file).unwrap();
        let bytes = std::fs::read(&file).unwrap();
        assert!(!bytes.windows(32).any(|w| w == secret));
    }
);

conformance!(
    the_queue_plans_claims_sends_snoozes_and_cancels,
    |store: &Store| {
        let u = UserId::new(42_000_000_001);
        store
            .commit(u, None, &Next::Save(session(Lang::Ru)), 0)
            .unwrap();
        assert_eq!(
            store
                .replace_plan(u, &plan(date(2026, 3, 20)), now())
                .unwrap(),
            3
        );
        // The same plan again adds nothing.
        assert_eq!(
            store
                .replace_plan(u, &plan(date(2026, 3, 20)), now())
                .unwrap(),
            3
        );
        // One entry for the deadline, holding its three reminders.
        assert_eq!(store.queued(u).unwrap().len(), 1);
        assert_eq!(store.planned(u).unwrap().len(), 3);
        let first = store.next_due().unwrap().unwrap();
        assert_eq!(first, now() + Duration::days(3));
        // Nothing is due yet; then the first one is.
        assert!(store.claim_due(now(), 10).unwrap().is_empty());
        let got = store.claim_due(first, 10).unwrap();
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].user, u);
        assert_eq!(got[0].lead_days, 7);
        // Claimed: not claimed twice, and the next due is the following one.
        assert!(store.claim_due(first, 10).unwrap().is_empty());
        store.mark_sent(&got[0], first, false).unwrap();
        let mark = store
            .sent_mark(u, DeadlineKind::Registration)
            .unwrap()
            .unwrap();
        assert_eq!((mark.due, mark.lead_days), (date(2026, 3, 20), 7));
        // Sent, the entry moved on to the deadline's next reminder.
        let next: Vec<i64> = store
            .planned(u)
            .unwrap()
            .iter()
            .map(|p| p.lead_days)
            .collect();
        assert_eq!(next, [3, 1]);
        assert_eq!(
            store.next_due().unwrap().unwrap(),
            now() + Duration::days(7)
        );
        // A replan does not queue what was sent.
        store
            .replace_plan(u, &plan(date(2026, 3, 20)), first)
            .unwrap();
        assert_eq!(store.planned(u).unwrap().len(), 2);
        assert_eq!(store.queued(u).unwrap().len(), 1);
        // Retry and snooze move entries; cancel empties the queue.
        let later = now() + Duration::days(7);
        let q = store.claim_due(later, 1).unwrap().remove(0);
        store.retry_later(&q, later + Duration::hours(1)).unwrap();
        assert!(store
            .snooze(u, DeadlineKind::Registration, later, later)
            .unwrap());
        assert!(store.queued(u).unwrap().iter().any(|q| q.snoozed));
        store.cancel_all(u).unwrap();
        assert!(store.queued(u).unwrap().is_empty());
        assert_eq!(store.queue_len(), 0);
    }
);

/// A user with a session and the plan of a deadline on 20 March: 7, 3 and
/// 1 days before it.
fn planned_user(store: &Store, id: i64) -> UserId {
    let u = UserId::new(id);
    store
        .commit(u, None, &Next::Save(session(Lang::Tg)), 0)
        .unwrap();
    replan(store, u, now());
    u
}

/// That plan again, made at `at`.
fn replan(store: &Store, u: UserId, at: DateTime<Utc>) -> usize {
    store.replace_plan(u, &plan(date(2026, 3, 20)), at).unwrap()
}

conformance!(
    a_deadline_is_one_entry_that_moves_on_and_a_replan_in_flight_adds_no_twin,
    |store: &Store| {
        let u = UserId::new(42_000_000_002);
        store
            .commit(u, None, &Next::Save(session(Lang::Tg)), 0)
            .unwrap();
        let leads = |store: &Store| -> Vec<i64> {
            store
                .planned(u)
                .unwrap()
                .iter()
                .map(|p| p.lead_days)
                .collect()
        };
        replan(store, u, now());
        // The 7-day reminder is being sent when the user's step replans.
        let first = now() + Duration::days(3);
        let q = store.claim_due(first, 10).unwrap().remove(0);
        assert_eq!(q.lead_days, 7);
        assert_eq!(
            store
                .replace_plan(u, &plan(date(2026, 3, 20)), first)
                .unwrap(),
            2
        );
        // The entry in flight took the rest: no second entry for the deadline.
        assert_eq!(store.queue_len(), 1);
        assert_eq!(leads(store), [7, 3, 1]);
        store.mark_sent(&q, first, false).unwrap();
        assert_eq!(leads(store), [3, 1]);
        assert_eq!(store.queue_len(), 1);

        // Down past the 3-day and 1-day reminders' times: skipped then, it
        // leaves nothing behind (no pile of past reminders).
        let late = now() + Duration::days(9) - Duration::hours(1);
        let q = store.claim_due(late, 10).unwrap().remove(0);
        assert_eq!(q.lead_days, 3);
        store.skip(&q, late + Duration::hours(2)).unwrap();
        assert!(leads(store).is_empty(), "{:?}", leads(store));
        // Planned again (the 7-day one was sent), the 3-day one sent late,
        // an hour before the 1-day one's time: it moves on to that one.
        replan(store, u, now());
        let q = store.claim_due(late, 10).unwrap().remove(0);
        assert_eq!(q.lead_days, 3);
        store.mark_sent(&q, late, false).unwrap();
        assert_eq!(leads(store), [1]);
        store.cancel_all(u).unwrap();
        assert!(leads(store).is_empty(), "cancelled");

        // A deadline dropped from the plan while its reminder is in flight
        // leaves nothing behind it.
        store
            .replace_plan(u, &plan(date(2026, 3, 27)), now())
            .unwrap();
        let q = store.claim_due(first, 10).unwrap().remove(0);
        store.replace_plan(u, &[], first).unwrap();
        store.mark_sent(&q, first, false).unwrap();
        assert!(leads(store).is_empty());
        assert_eq!(store.queue_len(), 0);
    }
);

/// Each of a user's reminders as `/reminders` lists them: (lead days,
/// snoozed).
fn pending(store: &Store, u: UserId) -> Vec<(i64, bool)> {
    let mut all: Vec<(i64, bool)> = store
        .pending(u)
        .unwrap()
        .iter()
        .map(|p| (p.planned.lead_days, p.snoozed))
        .collect();
    all.sort();
    all
}

// Found by review: the snooze's message covers the deadline's entry due
// with it, but not that entry's later reminders.
conformance!(
    a_snooze_sent_in_a_backlog_keeps_the_deadline_s_later_reminders,
    |store: &Store| {
        let u = planned_user(store, 42_000_000_101);
        let two = now() + Duration::days(2);
        assert!(store
            .snooze(u, DeadlineKind::Registration, now(), two)
            .unwrap());
        // Both due (the 7-day one at +3 d); one claimed: the snooze.
        let t = now() + Duration::days(3) + Duration::hours(1);
        let q = store.claim_due(t, 1).unwrap().remove(0);
        assert!(q.snoozed);
        store.mark_sent(&q, t, false).unwrap();
        assert_eq!(pending(store, u), [(1, false), (3, false)]);
    }
);

// Found by review: a snooze in flight took every planned reminder of its
// deadline out of the new plan (its lead was 0).
conformance!(
    a_replan_while_a_snooze_is_sent_keeps_the_deadline_s_reminders,
    |store: &Store| {
        let u = planned_user(store, 42_000_000_102);
        let t = now() + Duration::days(2);
        assert!(store
            .snooze(u, DeadlineKind::Registration, now(), t)
            .unwrap());
        let q = store.claim_due(t, 10).unwrap().remove(0);
        assert!(q.snoozed);
        store.replace_plan(u, &plan(date(2026, 3, 20)), t).unwrap();
        store.mark_sent(&q, t, false).unwrap();
        assert_eq!(pending(store, u), [(1, false), (3, false), (7, false)]);
        assert_eq!(store.queue_len(), 1);
    }
);

// Found by review: dropped on the session read before a replan (switched
// off, then on again) handed it the rest of the new plan.
conformance!(
    a_reminder_dropped_after_a_replan_gave_it_the_rest_moves_on,
    |store: &Store| {
        let u = planned_user(store, 42_000_000_103);
        let first = now() + Duration::days(3);
        // Dropped with no replan since the claim: its deadline needs no more.
        let q = store.claim_due(first, 10).unwrap().remove(0);
        store.discard(&q, first).unwrap();
        assert!(pending(store, u).is_empty());
        // Claimed, decided "drop" (switched off), then the user switches the
        // reminders off and on again: the last plan wants 3 and 1.
        replan(store, u, now());
        let q = store.claim_due(first, 10).unwrap().remove(0);
        store.replace_plan(u, &[], first).unwrap();
        replan(store, u, first);
        store.discard(&q, first).unwrap();
        assert_eq!(pending(store, u), [(1, false), (3, false)]);
    }
);

// Found by review: a second "remind me tomorrow" replaced a snooze that a
// replan had given the deadline's later reminders.
conformance!(
    a_second_snooze_keeps_what_the_first_carried,
    |store: &Store| {
        let u = planned_user(store, 42_000_000_104);
        let t3 = now() + Duration::days(7);
        assert!(store
            .snooze(u, DeadlineKind::Registration, now(), t3)
            .unwrap());
        // Busy at t3; a step replans five minutes later: both are due and
        // unsent, the snooze (the later key) is kept and takes the rest.
        let t = t3 + Duration::minutes(5);
        store.replace_plan(u, &plan(date(2026, 3, 20)), t).unwrap();
        assert_eq!(pending(store, u), [(0, true), (1, false)]);
        assert!(store
            .snooze(u, DeadlineKind::Registration, t, now() + Duration::days(8))
            .unwrap());
        assert_eq!(pending(store, u), [(0, true), (1, false)]);
        assert_eq!(store.queue_len(), 2);
    }
);

conformance!(the_store_s_own_values_and_pruning, |store: &Store| {
    store.set_meta("plan_version", Some(b"abc")).unwrap();
    assert_eq!(
        store.meta("plan_version").unwrap().as_deref(),
        Some(&b"abc"[..])
    );
    assert!(store.set_meta("format", Some(b"9")).is_err());
    let u = UserId::new(77);
    store
        .commit(u, Some(100), &Next::Save(session(Lang::Ky)), 1_000)
        .unwrap();
    store
        .commit(u, Some(101), &Next::Save(session(Lang::Ky)), 5_000)
        .unwrap();
    assert_eq!(store.prune_seen(2_000).unwrap(), 1);
    assert!(!store.seen(100).unwrap() && store.seen(101).unwrap());
});

conformance!(many_users_are_listed_in_batches, |store: &Store| {
    for i in 0..1_205 {
        store
            .commit(
                UserId::new(1_000 + i),
                None,
                &Next::Save(session(Lang::Ru)),
                0,
            )
            .unwrap();
    }
    let mut ids: Vec<i64> = store.users().map(|u| u.get()).collect();
    ids.sort();
    assert_eq!(ids, (1_000..2_205).collect::<Vec<_>>());
    let first = store.users_after(None, 500).unwrap();
    let second = store
        .users_after(first.last().map(|(t, _)| *t), 500)
        .unwrap();
    assert_eq!((first.len(), second.len()), (500, 500));
    assert!(first.last().unwrap().0 < second[0].0);
});

fn backup_round_trip(store: &Store, into: &dyn Fn(&Path) -> Store) {
    let u = UserId::new(5_012_345_678);
    store
        .commit(u, Some(7), &Next::Save(session(Lang::UzCyrl)), 0)
        .unwrap();
    store
        .replace_plan(u, &plan(date(2026, 3, 20)), now())
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("backup");
    musofir::store::backup::backup_store(store, &file).unwrap();
    let restored = into(&file);
    assert!(matches!(
        restored.session(u).unwrap(),
        Stored::Some(s) if s.lang == Lang::UzCyrl
    ));
    assert_eq!(restored.queued(u).unwrap(), store.queued(u).unwrap());
    assert!(restored.seen(7).unwrap());
}

#[test]
fn a_backup_moves_between_backends() {
    let Some(db) = TestDb::create("backup_between") else {
        return;
    };
    // sled -> PostgreSQL.
    let dir = tempfile::tempdir().unwrap();
    let paths = StorePaths::within(dir.path());
    let store = Store::open(&paths).unwrap();
    backup_round_trip(&store, &|file| {
        let kv = musofir::store::kv::pg::PgKv::connect(&db.url).unwrap();
        musofir::store::backup::restore_into(file, &kv).unwrap();
        drop(kv);
        Store::open_pg(&db.url, &paths.key).unwrap()
    });
    // PostgreSQL -> sled, with its own key.
    let Some(other) = TestDb::create("backup_between_2") else {
        return;
    };
    let dir2 = tempfile::tempdir().unwrap();
    let key = dir2.path().join("musofir.key");
    let store = Store::open_pg(&other.url, &key).unwrap();
    backup_round_trip(&store, &|file| {
        let target = StorePaths::new(dir2.path().join("data"), Some(key.clone()));
        musofir::store::backup::restore(file, &target).unwrap();
        Store::open(&target).unwrap()
    });
}

#[test]
fn several_instances_on_one_database_take_an_update_once_and_elect_one_sender() {
    let Some(db) = TestDb::create("instances") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("musofir.key");
    let a = Store::open_pg(&db.url, &key).unwrap();
    let b = Store::open_pg(&db.url, &key).unwrap();
    // A wrong key is refused by the database's key check.
    let other = dir.path().join("other.key");
    let _ = Store::open(&StorePaths::new(dir.path().join("x"), Some(other.clone())));
    assert!(Store::open_pg(&db.url, &other).is_err());
    // The same update reaching both instances at once is applied once.
    let u = UserId::new(9_000_000_001);
    let (a2, b2) = (Arc::new(a.clone()), Arc::new(b.clone()));
    let results: Vec<Commit> = std::thread::scope(|s| {
        let h1 = s.spawn(|| a2.commit(u, Some(55), &Next::Save(session(Lang::Ru)), 0));
        let h2 = s.spawn(|| b2.commit(u, Some(55), &Next::Save(session(Lang::Tg)), 0));
        vec![h1.join().unwrap().unwrap(), h2.join().unwrap().unwrap()]
    });
    drop((a2, b2));
    assert_eq!(
        results.iter().filter(|c| **c == Commit::Applied).count(),
        1,
        "{results:?}"
    );
    assert!(matches!(a.session(u).unwrap(), Stored::Some(_)));
    // Steps of one user taken by both instances at once are all kept.
    no_step_is_lost(&[&a, &b]);
    // One of the two sends reminders (the lock is taken within seconds),
    // never both.
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let wait = |store: &Store| {
        let mut rx = store.leader_changes().unwrap();
        rt.block_on(async {
            tokio::time::timeout(std::time::Duration::from_secs(20), rx.wait_for(|l| *l))
                .await
                .map(|_| ())
        })
    };
    let (mut ra, mut rb) = (a.leader_changes().unwrap(), b.leader_changes().unwrap());
    rt.block_on(async {
        tokio::time::timeout(std::time::Duration::from_secs(20), async {
            tokio::select! {
                _ = ra.wait_for(|l| *l) => {}
                _ = rb.wait_for(|l| *l) => {}
            }
        })
        .await
        .expect("no reminder sender within 20 s")
    });
    assert_eq!(usize::from(a.is_leader()) + usize::from(b.is_leader()), 1);
    // When the sender goes, the other takes over.
    let (gone, stays) = if a.is_leader() { (a, b) } else { (b, a) };
    drop(gone);
    wait(&stays).expect("nobody took over within 20 s");
    assert!(stays.is_leader());
}

/// A database written by a version before compact values (store format 2)
/// opens, its values read, and is marked 3; a format this version does not
/// know is refused. (On sled: `store::tests`.)
#[test]
fn a_database_of_format_2_opens_and_is_marked_3() {
    use musofir::store::kv::{pg::PgKv, Kv, TreeId};
    let Some(db) = TestDb::create("format_2") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("musofir.key");
    let u = UserId::new(42);
    let store = Store::open_pg(&db.url, &key).unwrap();
    store
        .commit(u, None, &Next::Save(session(Lang::Ru)), 0)
        .unwrap();
    drop(store);
    let set_format = |f: u8| {
        let kv = PgKv::connect(&db.url).unwrap();
        kv.insert(TreeId::Meta, b"format", &[f]).unwrap();
    };
    set_format(2);
    let store = Store::open_pg(&db.url, &key).unwrap();
    assert_eq!(store.meta("format").unwrap(), Some(vec![3]));
    assert!(matches!(store.session(u).unwrap(), Stored::Some(_)));
    drop(store);
    set_format(4);
    assert!(Store::open_pg(&db.url, &key).is_err());
}
