//! Reminders end to end, with an injected clock and a recording outbox: the
//! scheduler's `tick` is called directly as time moves; no network, no sleeps.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use futures::FutureExt;
use musofir::app::App;
use musofir::clock::{Clock, ManualClock, MOSCOW};
use musofir::dialogue::reminder_messages as message;
use musofir::dialogue::{Next, PatentAnswer, Session, Stored};
use musofir::jobs::scheduler::{Delivery, Pace, Report, Scheduler};
use musofir::reminders::plan::{local, tomorrow_at, REMIND_AT};
use musofir::reminders::Planned;
use musofir::render::Rendered;
use musofir::store::{Store, UserId};
use musofir::text::Lang;
use musofir_law::{DeadlineKind, Law};

use crate::support::sessions::{self, date};
use crate::support::Recorder;

// ---------------------------------------------------------------------------
// Harness
// ---------------------------------------------------------------------------

/// The kind code in the buttons' data ("reg", "pay", ...) of a delivery.
fn kind_code(messages: &[Rendered]) -> String {
    messages
        .iter()
        .flat_map(|m| m.keyboard.iter().flatten())
        .find_map(|(_, data)| data.strip_prefix("r:").map(|r| r.to_string()))
        .and_then(|r| r.split(':').nth(1).map(str::to_string))
        .unwrap_or_default()
}

/// The labels and the callback data of a message's buttons.
fn buttons(m: &Rendered) -> (Vec<&str>, Vec<&str>) {
    m.keyboard
        .iter()
        .flatten()
        .map(|(l, d)| (l.as_str(), d.as_str()))
        .unzip()
}

/// What the reminder tests read of the recording outbox.
impl Recorder {
    /// The kind code of each delivery to the user.
    fn kinds_to(&self, user: UserId) -> Vec<String> {
        self.to(user).iter().map(|m| kind_code(m)).collect()
    }

    /// The deliveries to the user about one kind ("reg", "pay", ...).
    fn about(&self, user: UserId, code: &str) -> Vec<Vec<Rendered>> {
        self.to(user)
            .into_iter()
            .filter(|m| kind_code(m) == code)
            .collect()
    }

    /// How many deliveries to the user were about one kind.
    fn count_about(&self, user: UserId, code: &str) -> usize {
        self.about(user, code).len()
    }

    /// The last delivery to the user about one kind.
    fn last_about(&self, user: UserId, code: &str) -> Vec<Rendered> {
        self.about(user, code)
            .pop()
            .unwrap_or_else(|| panic!("nothing about {code} to {user:?}"))
    }
}

struct Env {
    dir: tempfile::TempDir,
    clock: ManualClock,
    app: Arc<App>,
    out: Arc<Recorder>,
}

/// 2026-11-23 12:00 Moscow time.
fn start() -> DateTime<Utc> {
    local(
        MOSCOW,
        date(2026, 11, 23),
        chrono::NaiveTime::from_hms_opt(12, 0, 0).unwrap(),
    )
}

/// 10:00 Moscow time, `days` before `due`.
fn ten(due: NaiveDate, days: i64) -> DateTime<Utc> {
    local(MOSCOW, due - Duration::days(days), REMIND_AT)
}

/// An Uzbek work migrant who entered on `entry` and reads Uzbek.
fn migrant(entry: NaiveDate) -> Session {
    sessions::migrant(Lang::Uz, entry)
}

/// Registered the day after entering.
fn registered(s: &mut Session) {
    s.answers.registered = Some(true);
    s.answers.registered_on = Some(date(2026, 11, 24));
}

/// A patent holder whose payments cover the days up to `paid_until`.
fn patent_holder(entry: NaiveDate, paid_until: NaiveDate) -> Session {
    let mut s = sessions::migrant(Lang::Ru, entry);
    let a = &mut s.answers;
    a.registered = Some(true);
    a.registered_on = Some(entry);
    a.registered_until = Some(date(2027, 6, 1));
    a.patent = Some(PatentAnswer::Have);
    a.patent_applied_on = Some(entry);
    a.patent_issued_on = Some(entry);
    a.patent_paid_until = Some(paid_until);
    a.medical = Some(true);
    a.medical_done_on = Some(entry);
    a.contract_notified = Some(true);
    s
}

fn app_at(dir: &std::path::Path, clock: &ManualClock) -> Arc<App> {
    Arc::new(
        App::open(
            &musofir::store::StorePaths::within(dir),
            Arc::new(clock.clone()),
        )
        .unwrap(),
    )
}

impl Env {
    fn new() -> Env {
        let dir = tempfile::tempdir().unwrap();
        let clock = ManualClock::new(start());
        let app = app_at(dir.path(), &clock);
        Env {
            dir,
            clock,
            app,
            out: Arc::new(Recorder::default()),
        }
    }

    /// The usual start: `users` who entered today, each with their plan;
    /// and the day their registration is due.
    fn with_migrants(users: &[UserId]) -> (Env, NaiveDate) {
        let env = Env::new();
        for u in users {
            env.save(*u, &migrant(date(2026, 11, 23)));
        }
        let due = env.due(users[0], DeadlineKind::Registration);
        (env, due)
    }

    /// The process stops (or dies) and starts again on the same data.
    fn restart(self) -> Env {
        let Env {
            dir,
            clock,
            app,
            out,
        } = self;
        drop(app);
        let app = app_at(dir.path(), &clock);
        Env {
            dir,
            clock,
            app,
            out,
        }
    }

    fn store(&self) -> &Store {
        &self.app.store
    }

    fn law(&self) -> &Law {
        &self.app.law
    }

    fn scheduler(&self) -> Scheduler<Arc<Recorder>> {
        Scheduler::new(self.app.parts(), self.out.clone())
    }

    fn paced(&self, per_second: usize) -> Scheduler<Arc<Recorder>> {
        let pace = Pace {
            per_second,
            ..Pace::default()
        };
        Scheduler::with_pace(self.app.parts(), self.out.clone(), pace)
    }

    fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    /// Stores the session and plans from it, as a step that changed the
    /// answers does.
    fn save(&self, user: UserId, session: &Session) -> usize {
        sessions::seed(&self.app, user, session, self.now())
    }

    /// Changes the stored session and plans from it, as a step that
    /// changed an answer does.
    fn change(&self, user: UserId, change: impl FnOnce(&mut Session)) {
        let mut s = self.session(user);
        change(&mut s);
        self.save(user, &s);
    }

    /// Changes the stored session without a replan: what the queue holds
    /// for the user goes stale.
    fn change_unplanned(&self, user: UserId, change: impl FnOnce(&mut Session)) {
        let mut s = self.session(user);
        change(&mut s);
        self.store().commit(user, None, &Next::Save(s), 0).unwrap();
    }

    /// Plans again from the stored session (as at start, or when a user who
    /// had blocked the bot writes again).
    fn replan(&self, user: UserId) -> usize {
        musofir::jobs::replan(self.store(), self.law(), user, self.now()).unwrap()
    }

    /// "Remind me tomorrow" of the user's registration, as its button does.
    fn snooze_registration(&self, user: UserId) -> bool {
        self.store()
            .snooze(
                user,
                DeadlineKind::Registration,
                self.now(),
                tomorrow_at(MOSCOW, self.now()),
            )
            .unwrap()
    }

    fn session(&self, user: UserId) -> Session {
        match self.store().session(user).unwrap() {
            Stored::Some(s) => s,
            other => panic!("no session: {other:?}"),
        }
    }

    fn due(&self, user: UserId, kind: DeadlineKind) -> NaiveDate {
        let s = self.session(user);
        s.assess(self.law(), self.now())
            .unwrap()
            .deadline(kind)
            .unwrap()
            .due
    }

    fn planned(&self, user: UserId, kind: DeadlineKind) -> Vec<Planned> {
        self.store()
            .planned(user)
            .unwrap()
            .into_iter()
            .filter(|p| p.kind == kind)
            .collect()
    }

    /// Moves the clock to each due time up to `until` and ticks there,
    /// as the running loop would; then leaves the clock at `until`.
    async fn run_until(&self, s: &mut Scheduler<Arc<Recorder>>, until: DateTime<Utc>) -> Report {
        let mut total = Report::default();
        for _ in 0..10_000 {
            let Some(next) = self.store().next_due().unwrap() else {
                break;
            };
            if next > until {
                break;
            }
            let now = next.max(self.now());
            self.clock.set(now);
            let r = s.tick(now).await.unwrap();
            add(&mut total, &r);
        }
        self.clock.set(until.max(self.now()));
        total
    }
}

fn add(total: &mut Report, r: &Report) {
    total.claimed += r.claimed;
    total.sent += r.sent;
    total.overdue += r.overdue;
    total.dropped += r.dropped;
    total.deferred += r.deferred;
    total.retried += r.retried;
    total.given_up += r.given_up;
    total.blocked += r.blocked;
}

const ALI: UserId = UserId::new(1001);
const BOBUR: UserId = UserId::new(1002);

// ---------------------------------------------------------------------------
// Scenarios
// ---------------------------------------------------------------------------

#[tokio::test]
async fn time_moves_and_the_reminder_comes_at_ten_moscow_time() {
    let (env, due) = Env::with_migrants(&[ALI]);
    let leads: Vec<i64> = env
        .planned(ALI, DeadlineKind::Registration)
        .iter()
        .map(|p| p.lead_days)
        .collect();
    assert_eq!(leads, vec![7, 3, 1, 0]);
    let mut s = env.scheduler();

    assert_eq!(s.tick(env.now()).await.unwrap(), Report::default());
    env.run_until(&mut s, ten(due, 7) - Duration::minutes(1))
        .await;
    assert_eq!(env.out.count_about(ALI, "reg"), 0);

    env.run_until(&mut s, ten(due, 7)).await;
    let reg = env.out.about(ALI, "reg");
    assert_eq!(reg.len(), 1, "{:#?}", env.out.to(ALI));
    let m = &reg[0][0];
    assert!(
        m.html.contains(&due.format("%d.%m.%Y").to_string()),
        "{}",
        m.html
    );
    assert!(m.html.contains("7 kun qoldi"), "{}", m.html);
    // What to do and where, with the Russian names.
    assert!(m.html.contains("приложение «Амина»"), "{}", m.html);
    assert!(m.html.contains("Qayerda"), "{}", m.html);
    assert!(
        !m.html.contains("reminder-"),
        "an id was not formatted: {}",
        m.html
    );
    assert_eq!(buttons(m).1, vec!["r:done:reg", "r:tmrw:reg", "r:stop:reg"]);
    assert_eq!(
        buttons(m).0,
        vec!["✅ Bajarildi", "⏰ Ertaga eslating", "🔕 Boshqa eslatmang"]
    );

    // Then 3, 1 and 0 days before; nothing after.
    env.run_until(&mut s, due.and_hms_opt(23, 0, 0).unwrap().and_utc())
        .await;
    assert_eq!(env.out.count_about(ALI, "reg"), 4);
    assert!(env.planned(ALI, DeadlineKind::Registration).is_empty());
    let last = env.out.last_about(ALI, "reg");
    assert!(last[0].html.contains("bugun"), "{}", last[0].html);
}

#[tokio::test]
async fn reminders_survive_a_restart_and_missed_ones_come_once_at_start() {
    let (env, due) = Env::with_migrants(&[ALI]);

    // A restart before anything was due: the 7-day reminder still comes.
    let env = env.restart();
    let mut s = env.scheduler();
    env.run_until(&mut s, ten(due, 7)).await;
    assert_eq!(env.out.kinds_to(ALI), vec!["reg"]);

    // Down from before the 3-day reminder until noon 2 days before: at
    // start, one reminder (not a pile) that counts the days from today.
    drop(s);
    let env = env.restart();
    env.clock.set(ten(due, 2) + Duration::hours(2));
    let mut s = env.scheduler();
    let r = s.tick(env.now()).await.unwrap();
    assert_eq!(r.sent, 1, "{r:?}");
    let got = env.out.to(ALI);
    assert_eq!(got.len(), 2);
    assert!(got[1][0].html.contains("2 kun qoldi"), "{}", got[1][0].html);
    assert_eq!(s.tick(env.now()).await.unwrap().sent, 0);
    // The next planned one still comes.
    env.run_until(&mut s, ten(due, 1)).await;
    assert_eq!(env.out.kinds_to(ALI), vec!["reg", "reg", "reg"]);
}

#[tokio::test]
async fn a_replan_at_start_keeps_a_reminder_that_fell_due_while_down() {
    let (env, due) = Env::with_migrants(&[ALI]);
    let mut s = env.scheduler();
    env.run_until(&mut s, ten(due, 7)).await;
    assert_eq!(env.out.kinds_to(ALI), vec!["reg"]);

    // Down across the 3-day reminder; at start every plan is rebuilt
    // (jobs::rebuild_all) before the scheduler's first tick.
    drop(s);
    let env = env.restart();
    env.clock.set(ten(due, 3) + Duration::minutes(30));
    musofir::jobs::rebuild_all(env.store(), env.law(), env.now()).unwrap();
    // A second replan (the user writes) changes nothing either.
    env.replan(ALI);
    let mut s = env.scheduler();
    let r = s.tick(env.now()).await.unwrap();
    assert_eq!(r.sent, 1, "the 3-day reminder still comes: {r:?}");
    assert_eq!(s.tick(env.now()).await.unwrap().sent, 0, "once");
    // Replanning after it was sent does not queue it again.
    env.replan(ALI);
    assert_eq!(s.tick(env.now()).await.unwrap().sent, 0);
    env.run_until(&mut s, ten(due, 1)).await;
    assert_eq!(env.out.kinds_to(ALI), vec!["reg", "reg", "reg"]);
}

#[tokio::test]
async fn after_the_deadline_one_overdue_message_instead_of_a_pile() {
    let (env, due) = Env::with_migrants(&[ALI]);
    // The bot is down from now until two days after the deadline.
    let env = env.restart();
    env.clock.set(ten(due, -2));
    let mut s = env.scheduler();
    let r = env
        .run_until(&mut s, ten(due, -2) + Duration::hours(1))
        .await;
    let reg = env.out.about(ALI, "reg");
    assert_eq!(reg.len(), 1, "{reg:#?}");
    assert_eq!(r.overdue, 1);
    let html = &reg[0][0].html;
    assert!(html.contains("Muddat oʻtdi"), "{html}");
    assert!(html.contains("2 kun oldin"), "{html}");
    assert!(env.planned(ALI, DeadlineKind::Registration).is_empty());
    let mark = env
        .store()
        .sent_mark(ALI, DeadlineKind::Registration)
        .unwrap()
        .unwrap();
    assert!(mark.overdue && mark.due == due);
    // A "remind me tomorrow" after it does not bring a second one.
    env.snooze_registration(ALI);
    env.run_until(&mut s, ten(due, -4)).await;
    assert_eq!(env.out.count_about(ALI, "reg"), 1);
}

#[tokio::test]
async fn a_crash_between_send_and_mark_repeats_at_most_one_message_per_user() {
    let (env, due) = Env::with_migrants(&[ALI, BOBUR]);
    let mut s = env.scheduler();
    env.clock.set(ten(due, 7));

    // Both sends reach Telegram, then the process dies before acting on
    // the answers.
    env.out.hang(true);
    assert!(s.tick(env.now()).now_or_never().is_none());
    assert_eq!(env.out.sent().len(), 2);
    drop(s);
    let env = env.restart();
    env.out.hang(false);

    // After the restart each user gets that reminder once more, and then
    // everything else exactly once.
    let mut s = env.scheduler();
    env.run_until(&mut s, due.and_hms_opt(23, 0, 0).unwrap().and_utc())
        .await;
    for user in [ALI, BOBUR] {
        let texts: Vec<String> = env
            .out
            .about(user, "reg")
            .into_iter()
            .map(|m| m[0].html.clone())
            .collect();
        assert_eq!(texts.len(), 4 + 1, "{user:?}: 7 (twice), 3, 1, 0");
        assert_eq!(texts[0], texts[1], "the repeat is the same message");
        assert!(texts[2].contains("3 kun qoldi"));
    }
}

#[tokio::test]
async fn a_blocked_user_is_marked_inactive_and_their_reminders_cancelled() {
    let (env, due) = Env::with_migrants(&[ALI, BOBUR]);
    env.out.script(ALI, &[Delivery::Blocked]);
    let mut s = env.scheduler();
    let r = env.run_until(&mut s, ten(due, 7)).await;
    assert_eq!(r.blocked, 1);
    assert!(env.store().delivery(ALI).unwrap().blocked);
    assert!(env.store().planned(ALI).unwrap().is_empty());
    // Nothing is queued for them again until they write.
    assert_eq!(env.replan(ALI), 0);
    // The other user goes on.
    env.run_until(&mut s, ten(due, 3)).await;
    assert_eq!(env.out.to(ALI).len(), 1);
    assert_eq!(env.out.count_about(BOBUR, "reg"), 2);
    // Blocking from Telegram's side (my_chat_member) cancels too.
    env.store().set_blocked(BOBUR, true).unwrap();
    assert!(env.store().planned(BOBUR).unwrap().is_empty());
}

#[tokio::test]
async fn a_user_marked_blocked_who_writes_again_gets_their_reminders_back() {
    use musofir::dialogue::{Command, Input};
    let (env, due) = Env::with_migrants(&[ALI]);
    // A 403 (or "chat not found") on the first reminder: marked blocked,
    // everything cancelled. No "unblocked" update from Telegram follows.
    env.out.script(ALI, &[Delivery::Blocked]);
    let mut s = env.scheduler();
    env.run_until(&mut s, ten(due, 7)).await;
    assert!(env.store().delivery(ALI).unwrap().blocked);
    assert!(env.store().planned(ALI).unwrap().is_empty());
    // Ali writes: he is reachable, and the list he asks for shows his
    // reminders ahead, not "already sent".
    let r = env
        .app
        .handle(ALI, Some(5), None, Input::Command(Command::Reminders))
        .unwrap()
        .unwrap();
    let text: String = r.messages.iter().map(|m| m.html.as_str()).collect();
    assert!(text.contains("Keyingi eslatma"), "{text}");
    assert!(!env.store().delivery(ALI).unwrap().blocked);
    assert!(!env.store().planned(ALI).unwrap().is_empty());
    // The next ones come (the first attempt, refused, was recorded too).
    env.run_until(&mut s, ten(due, 3)).await;
    assert_eq!(env.out.count_about(ALI, "reg"), 2);
    env.run_until(&mut s, ten(due, 1)).await;
    assert_eq!(env.out.count_about(ALI, "reg"), 3);
}

#[tokio::test]
async fn forget_cancels_everything_queued_in_the_same_step() {
    let (env, due) = Env::with_migrants(&[ALI, BOBUR]);
    let mut s = env.scheduler();
    env.run_until(&mut s, ten(due, 7)).await;
    env.snooze_registration(ALI);
    assert!(env
        .store()
        .sent_mark(ALI, DeadlineKind::Registration)
        .unwrap()
        .is_some());
    let bobur_before = env.store().planned(BOBUR).unwrap();

    // /forget confirmed: the dialogue's outcome is `Next::Erase`.
    env.store().commit(ALI, Some(77), &Next::Erase, 0).unwrap();
    assert_eq!(env.store().keys_of(ALI).unwrap(), vec![]);
    assert_eq!(env.store().planned(BOBUR).unwrap(), bobur_before);
    // Nothing can be queued for them afterwards, and nothing is sent.
    assert_eq!(env.replan(ALI), 0);
    let sent = env.out.to(ALI).len();
    env.run_until(&mut s, ten(due, 0)).await;
    assert_eq!(env.out.to(ALI).len(), sent);

    // `Store::erase` does the same.
    env.store().erase(BOBUR).unwrap();
    assert_eq!(env.store().keys_of(BOBUR).unwrap(), vec![]);
    assert_eq!(env.store().queue_len(), 0);
}

#[tokio::test]
async fn changing_an_answer_moves_the_reminders() {
    let env = Env::new();
    env.save(ALI, &migrant(date(2026, 11, 20)));
    let old_due = env.due(ALI, DeadlineKind::Registration);
    // "I entered two days later than I said."
    env.change(ALI, |s| s.answers.entry_date = Some(date(2026, 11, 22)));
    let due = env.due(ALI, DeadlineKind::Registration);
    assert!(due > old_due);
    let planned = env.planned(ALI, DeadlineKind::Registration);
    assert_eq!(planned.len(), 4);
    assert!(planned.iter().all(|p| p.due == due));

    let mut s = env.scheduler();
    env.run_until(&mut s, ten(old_due, 7)).await;
    assert_eq!(env.out.count_about(ALI, "reg"), 0);
    env.run_until(&mut s, ten(due, 7)).await;
    assert_eq!(env.out.count_about(ALI, "reg"), 1);
}

#[tokio::test]
async fn i_paid_replans_the_payment_reminder() {
    let env = Env::new();
    let paid = date(2026, 12, 10);
    env.save(ALI, &patent_holder(date(2026, 9, 1), paid));
    let planned = env.planned(ALI, DeadlineKind::PatentPayment);
    assert_eq!(
        planned.iter().map(|p| p.at).collect::<Vec<_>>(),
        vec![ten(paid, 7), ten(paid, 3), ten(paid, 1), ten(paid, 0)]
    );
    let mut s = env.scheduler();
    env.run_until(&mut s, ten(paid, 7)).await;
    let pay = env.out.about(ALI, "pay");
    assert_eq!(pay.len(), 1);
    let data = buttons(&pay[0][0]).1;
    assert!(data.contains(&"r:paid:pay"), "{data:?}");
    assert!(
        pay[0][0].html.contains("Оплата патента"),
        "{}",
        pay[0][0].html
    );

    // "I paid — until 10.01.2027": the dialogue stores the date; replan.
    let next = date(2027, 1, 10);
    env.change(ALI, |s| s.answers.patent_paid_until = Some(next));
    let planned = env.planned(ALI, DeadlineKind::PatentPayment);
    assert!(planned.iter().all(|p| p.due == next), "{planned:?}");
    assert_eq!(planned.len(), 4);

    env.run_until(&mut s, ten(paid, -1)).await;
    assert_eq!(
        env.out.count_about(ALI, "pay"),
        1,
        "no more reminders (or overdue message) for the old date"
    );
    env.run_until(&mut s, ten(next, 7)).await;
    let last = env.out.last_about(ALI, "pay");
    assert!(last[0].html.contains("10.01.2027"), "{}", last[0].html);
}

#[tokio::test]
async fn remind_me_tomorrow_comes_the_next_day_at_ten() {
    let (env, due) = Env::with_migrants(&[ALI]);
    let mut s = env.scheduler();
    env.run_until(&mut s, ten(due, 7) + Duration::minutes(5))
        .await;
    let before = env.out.to(ALI).len();
    // The button pressed: the step stores the snooze (until tomorrow 10:00)
    // in its own transaction.
    let press = musofir::dialogue::Action::decode("r:tmrw:reg").unwrap();
    let r = env
        .app
        .handle(ALI, Some(7), None, musofir::dialogue::Input::Button(press))
        .unwrap()
        .unwrap();
    assert!(!r.again);
    assert!(env.store().queued(ALI).unwrap().iter().any(|q| q.snoozed));
    env.run_until(&mut s, ten(due, 6) - Duration::minutes(1))
        .await;
    assert_eq!(env.out.to(ALI).len(), before);
    env.run_until(&mut s, ten(due, 6)).await;
    let got = env.out.to(ALI);
    assert_eq!(got.len(), before + 1);
    assert_eq!(kind_code(&got[before]), "reg");
    assert!(got[before][0].html.contains("6 kun qoldi"));
}

#[tokio::test]
async fn failed_sends_are_retried_with_backoff_then_dropped() {
    let (env, due) = Env::with_migrants(&[ALI, BOBUR]);
    env.out.script(ALI, &[Delivery::Failed; 5]);
    env.out.script(BOBUR, &[Delivery::Failed]);
    let mut s = env.scheduler();
    let r = env
        .run_until(&mut s, ten(due, 7) + Duration::hours(1))
        .await;
    // Bobur: one failure, then delivered 30 s later.
    assert_eq!(env.out.kinds_to(BOBUR), vec!["reg", "reg"]);
    // Ali: 5 attempts (30 s, 1, 2, 4 min apart), then dropped.
    assert_eq!(env.out.kinds_to(ALI).len(), 5);
    assert_eq!((r.retried, r.given_up, r.sent), (4 + 1, 1, 1));
    // The next reminder is not affected.
    env.run_until(&mut s, ten(due, 3)).await;
    assert_eq!(env.out.kinds_to(ALI).len(), 6);
}

#[tokio::test]
async fn done_or_switched_off_at_send_time_is_not_sent() {
    let (env, due) = Env::with_migrants(&[ALI, BOBUR]);
    // Stored without a replan (a step's replan would also remove them):
    // the scheduler re-checks anyway.
    env.change_unplanned(ALI, |s| s.reminders.toggle(DeadlineKind::Registration));
    env.change_unplanned(BOBUR, registered);
    let mut s = env.scheduler();
    let r = env.run_until(&mut s, ten(due, 7)).await;
    assert_eq!(env.out.count_about(ALI, "reg"), 0);
    assert_eq!(env.out.count_about(BOBUR, "reg"), 0);
    assert!(r.dropped >= 2, "{r:?}");
}

#[tokio::test]
async fn a_burst_is_spread_and_one_chat_gets_one_message_a_second() {
    let users: Vec<UserId> = (0..50).map(|i| UserId::new(5000 + i)).collect();
    let (env, due) = Env::with_migrants(&users);
    let at = ten(due, 7);
    env.clock.set(at);
    let mut s = env.paced(20);
    let mut sent = Vec::new();
    for i in 0..4 {
        let now = at + Duration::seconds(i);
        env.clock.set(now);
        sent.push(s.tick(now).await.unwrap().sent);
    }
    assert_eq!(sent, vec![20, 20, 10, 0]);

    // One user with two deadlines on the same morning: 1 s apart.
    let (env, _) = Env::with_migrants(&[ALI]);
    let mut by_time: HashMap<DateTime<Utc>, Vec<DeadlineKind>> = HashMap::new();
    for p in env.store().planned(ALI).unwrap() {
        by_time.entry(p.at).or_default().push(p.kind);
    }
    let (&at, kinds) = by_time
        .iter()
        .filter(|(_, k)| k.len() > 1)
        .min_by_key(|(t, _)| **t)
        .expect("two deadlines on one day");
    let mut s = env.scheduler();
    env.run_until(&mut s, at - Duration::seconds(1)).await;
    let before = env.out.to(ALI).len();
    env.clock.set(at);
    let r = s.tick(at).await.unwrap();
    assert_eq!((r.sent, r.deferred), (1, kinds.len() - 1));
    assert_eq!(
        env.store().next_due().unwrap(),
        Some(at + Duration::seconds(1))
    );
    env.run_until(&mut s, at + Duration::seconds(10)).await;
    assert_eq!(env.out.to(ALI).len(), before + kinds.len());
}

#[tokio::test]
async fn a_backlog_of_stale_entries_does_not_hold_up_live_ones() {
    let live = UserId::new(9999);
    let stale: Vec<UserId> = (0..10).map(|i| UserId::new(3000 + i)).collect();
    let (env, due) = Env::with_migrants(&[&[live][..], &stale].concat());
    for u in &stale {
        // Registered since, stored without a replan: their entries are stale.
        env.change_unplanned(*u, registered);
    }
    let at = ten(due, 0) + Duration::hours(1);
    env.clock.set(at);
    let mut s = env.paced(2);
    let r = s.tick(at).await.unwrap();
    // One entry per stale user's deadline (its four lead days in it).
    assert!(r.dropped >= 10, "{r:?}");
    assert_eq!(env.out.kinds_to(live), vec!["reg"]);
    for u in &stale {
        assert_eq!(env.out.count_about(*u, "reg"), 0);
    }
}

#[tokio::test]
async fn a_new_user_past_every_lead_time_gets_one_reminder_now() {
    let env = Env::new();
    // Entered 13 days ago: registration is due in 2 days, so the 7- and
    // 3-day reminders are gone; 1 and 0 remain. Entered 15 days ago: due
    // today, after 10:00: one reminder right away.
    env.save(ALI, &migrant(date(2026, 11, 8)));
    let due = env.due(ALI, DeadlineKind::Registration);
    assert_eq!(due, date(2026, 11, 23));
    let p = env.planned(ALI, DeadlineKind::Registration);
    assert_eq!(p.len(), 1);
    assert_eq!((p[0].at, p[0].lead_days), (env.now(), 0));
    let mut s = env.scheduler();
    s.tick(env.now()).await.unwrap();
    assert_eq!(env.out.kinds_to(ALI), vec!["reg"]);
    // Answering another question replans: the reminder is not repeated.
    env.change(ALI, |s| {
        s.answers.housing = Some(musofir_law::Housing::Private)
    });
    assert!(env.planned(ALI, DeadlineKind::Registration).is_empty());
}

#[tokio::test]
async fn the_reminders_list_shows_the_queue_and_toggles() {
    use musofir::dialogue::{Command, Input};
    let (env, due) = Env::with_migrants(&[ALI]);
    let list = |env: &Env| {
        let r = env
            .app
            .handle(ALI, None, None, Input::Command(Command::Reminders))
            .unwrap()
            .unwrap();
        r.messages
            .iter()
            .map(|m| m.html.clone())
            .collect::<Vec<_>>()
            .join("\n")
    };
    // Ali reads Uzbek.
    let text = list(&env);
    assert!(text.contains("Keyingi eslatma"), "{text}");
    assert!(text.contains(
        &ten(due, 7)
            .with_timezone(&MOSCOW)
            .format("%d.%m.%Y")
            .to_string()
    ));
    assert!(text.contains("7, 3, 1, 0"), "{text}");
    assert!(!text.contains("reminder-"), "{text}");
    // What the queue really holds: a snooze, and a reminder due but not sent.
    let tomorrow = env.now() + Duration::days(1);
    env.store()
        .snooze(ALI, DeadlineKind::Registration, env.now(), tomorrow)
        .unwrap();
    env.store().cancel_all(ALI).unwrap();
    env.store()
        .snooze(ALI, DeadlineKind::Registration, env.now(), tomorrow)
        .unwrap();
    let text = list(&env);
    assert!(text.contains("Ertaga eslatishni soʻradingiz"), "{text}");
    env.clock.set(tomorrow + Duration::minutes(1));
    let text = list(&env);
    assert!(text.contains("Eslatma vaqti keldi"), "{text}");
    // A switch: the list comes back with the kind off.
    let r = env
        .app
        .handle(
            ALI,
            None,
            None,
            Input::Button(musofir::dialogue::Action::decode("r:tgl:reg").unwrap()),
        )
        .unwrap()
        .unwrap();
    assert!(r
        .messages
        .iter()
        .any(|m| m.keyboard.iter().flatten().any(|(_, d)| d == "r:tgl:reg")));
    assert!(env
        .store()
        .queued(ALI)
        .unwrap()
        .iter()
        .all(|q| q.kind != DeadlineKind::Registration));
}

#[tokio::test]
async fn every_reminder_text_renders_in_every_language() {
    let env = Env::new();
    let law = env.law();
    let sessions = [
        migrant(date(2026, 11, 23)),
        patent_holder(date(2026, 9, 1), date(2026, 12, 10)),
    ];
    for lang in Lang::ALL {
        for s in &sessions {
            for now in [start(), start() + Duration::days(120)] {
                let a = s.assess(law, now).unwrap();
                for d in &a.deadlines {
                    for reply in [message::reminder(d), message::overdue(d)] {
                        for m in musofir::render::render(&env.app.i18n, lang, &reply) {
                            assert!(!m.html.contains("reminder-"), "{lang:?}: {}", m.html);
                            assert!(!m.html.contains('{'), "{lang:?}: {}", m.html);
                            for (label, _) in m.keyboard.iter().flatten() {
                                assert!(!label.contains("reminder-"), "{label}");
                            }
                        }
                    }
                }
            }
        }
    }
}

#[tokio::test]
async fn run_sends_when_the_queue_changes_and_stops_cleanly() {
    let env = Env::new();
    let mut rx = env.out.notify();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(musofir::jobs::scheduler::run(
        env.app.parts(),
        env.out.clone(),
        async move {
            let _ = stop_rx.await;
        },
    ));
    // The loop is idle (nothing queued). A plan with a reminder due now
    // wakes it at once.
    env.save(ALI, &migrant(date(2026, 11, 8)));
    let got = tokio::time::timeout(std::time::Duration::from_secs(20), rx.recv())
        .await
        .expect("the reminder was not sent");
    assert_eq!(got, Some(ALI));
    stop_tx.send(()).unwrap();
    tokio::time::timeout(std::time::Duration::from_secs(20), task)
        .await
        .expect("the scheduler did not stop")
        .unwrap();
    assert_eq!(env.out.kinds_to(ALI), vec!["reg"]);
}

/// A reminder the outbox holds back (its chat busy with a conversation)
/// holds back no one else's; stopped meanwhile, it is not marked sent and
/// goes after the restart.
#[tokio::test]
async fn run_sends_past_a_reminder_held_back() {
    let env = Env::new();
    let mut rx = env.out.notify();
    env.out.hold(ALI);
    let pace = Pace {
        grace: std::time::Duration::from_millis(50),
        ..Pace::default()
    };
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(
        Scheduler::with_pace(env.app.parts(), env.out.clone(), pace).run(async move {
            let _ = stop_rx.await;
        }),
    );
    let wait = std::time::Duration::from_secs(20);
    env.save(ALI, &migrant(date(2026, 11, 8)));
    let first = tokio::time::timeout(wait, rx.recv()).await;
    assert_eq!(first.expect("Ali's reminder"), Some(ALI));
    // Ali's is still on its way when Bobur's falls due.
    env.save(BOBUR, &migrant(date(2026, 11, 8)));
    let second = tokio::time::timeout(wait, rx.recv()).await;
    assert_eq!(second.expect("Bobur's reminder"), Some(BOBUR));
    stop_tx.send(()).unwrap();
    tokio::time::timeout(std::time::Duration::from_secs(20), task)
        .await
        .expect("the scheduler did not stop")
        .unwrap();
    // Ali's never ended: not marked, it goes again.
    let env = env.restart();
    let out = Arc::new(Recorder::default());
    let mut s = Scheduler::new(env.app.parts(), out.clone());
    s.tick(env.now()).await.unwrap();
    assert_eq!(
        out.sent().iter().map(|(u, _)| *u).collect::<Vec<_>>(),
        [ALI]
    );
}

#[tokio::test]
async fn rebuild_all_plans_every_user_but_the_blocked() {
    let (env, _) = Env::with_migrants(&[ALI, BOBUR]);
    env.store().set_blocked(BOBUR, true).unwrap();
    env.store().cancel_all(ALI).unwrap();
    assert_eq!(env.store().queue_len(), 0);
    let users = musofir::jobs::rebuild_all(env.store(), env.law(), env.now()).unwrap();
    assert_eq!(users, 1);
    assert!(!env.store().planned(ALI).unwrap().is_empty());
    assert!(env.store().planned(BOBUR).unwrap().is_empty());
    let mut users: Vec<_> = env.store().users().collect();
    users.sort_by_key(|u| u.get());
    assert_eq!(users, vec![ALI, BOBUR]);
}

/// Found by review: down across a "remind me tomorrow" and the next lead
/// day, with other users' reminders in between, the snooze goes first and
/// covers the lead day's message — but not the deadline's later reminders.
#[tokio::test]
async fn a_snooze_after_downtime_keeps_the_later_reminders() {
    let others: Vec<UserId> = (0..25).map(|i| UserId::new(7000 + i)).collect();
    let (env, due) = Env::with_migrants(&[ALI]);
    for u in &others {
        // Entered two days earlier: their 3-day reminder falls between
        // Ali's snooze and his 3-day reminder.
        env.save(*u, &migrant(date(2026, 11, 21)));
    }
    let mut s = env.scheduler();
    env.run_until(&mut s, ten(due, 7) + Duration::minutes(5))
        .await;
    assert_eq!(env.out.count_about(ALI, "reg"), 1);
    assert!(env.snooze_registration(ALI));
    drop(s);
    // Down from before the snooze until an hour after the 3-day reminder.
    let env = env.restart();
    env.clock.set(ten(due, 3) + Duration::hours(1));
    let mut s = env.scheduler();
    env.run_until(&mut s, ten(due, 0) + Duration::hours(1))
        .await;
    // The snooze at start (covering the 3-day one), then 1 day and the day.
    assert_eq!(
        env.out.count_about(ALI, "reg"),
        1 + 3,
        "{:?}",
        env.out.kinds_to(ALI)
    );
}
