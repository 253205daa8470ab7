//! The task that sends due reminders: one loop ([`Scheduler::run`]) that
//! sleeps until the next due time (or until the queue changes), claims what
//! is due, and hands it to the [`Outbox`] without waiting for it.
//!
//! A claim re-checks each reminder against the user's stored answers
//! (assessed again, today), renders it in the user's language and hands it
//! to the outbox; as each send ends, the reminder is marked sent, retried
//! later, or dropped. Tests step with [`Scheduler::tick`] (claim, send, wait
//! for every send) and a manual clock.
//!
//! **Delivery guarantee: at least once, at most one repeat per user per
//! crash.** A reminder is marked sent only after the Outbox reports it sent,
//! and the marks are flushed before the next claim (and when nothing is left
//! in flight). A user has at most one reminder in flight, so a crash (or a
//! kill) between a send and the flush of its mark repeats at most one
//! reminder to each user after the restart, and never loses one. A send that
//! fails with a network error may also have arrived (`sendMessage` has no
//! idempotency key); its retry can repeat it.
//!
//! Why no claim waits for the previous one's sends: the outbox holds a
//! reminder back while its chat's conversation has replies to send, and one
//! held back would hold back everyone's.
//!
//! Pacing: at most [`Pace::per_second`] reminders are sent per second
//! (the Telegram shell sets it to its sender's overall rate,
//! [`Pace::for_rate`]), never two to one chat within
//! [`Pace::per_chat_gap`]; a burst at 10:00 is therefore spread over as many
//! seconds as it needs. The shell's sender keeps Telegram's limits, sends
//! replies first and keeps part of its burst for them, so reminders take
//! what replies leave; it waits out a 429 before retrying.

use std::collections::{HashMap, HashSet};
use std::future::Future;
use std::sync::Arc;
use std::time::Duration as StdDuration;

use chrono::{DateTime, Duration, Utc};
use futures::stream::FuturesUnordered;
use futures::StreamExt;
use musofir_law::Status;
use tokio::time::Instant;

use super::Parts;
use crate::dialogue::reminder_messages as message;
use crate::dialogue::Stored;
use crate::ops::METRICS;
use crate::render::{render, Rendered};
use crate::store::{Queued, StoreError, UserId};
/// How a reminder's delivery ended, as the scheduler acts on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Delivery {
    Sent,
    /// The user blocked the bot: cancel everything for them.
    Blocked,
    /// Anything else: try again later.
    Failed,
    /// Not sent at all, because the bot is stopping: nothing is recorded, the
    /// reminder goes after the restart (no attempt counted).
    Stopped,
}

/// Where reminders go: the Telegram shell implements it over its throttled
/// sender (behind replies), tests with a recorder.
pub trait Outbox: Send + Sync {
    /// Sends the messages to the user's private chat, in order.
    fn deliver(
        &self,
        user: UserId,
        messages: Vec<Rendered>,
    ) -> impl Future<Output = Delivery> + Send;
}

impl<T: Outbox> Outbox for Arc<T> {
    fn deliver(
        &self,
        user: UserId,
        messages: Vec<Rendered>,
    ) -> impl Future<Output = Delivery> + Send {
        (**self).deliver(user, messages)
    }
}

/// Limits and delays.
#[derive(Clone, Debug)]
pub struct Pace {
    /// Reminders sent per second at most, over all chats.
    pub per_second: usize,
    /// Reminders handed to the outbox and not yet sent, at most. The
    /// outbox paces them behind replies; a couple of seconds' worth keeps
    /// the rate up while some wait for their busy chats.
    pub in_flight: usize,
    /// Never two reminders to one chat closer than this.
    pub per_chat_gap: Duration,
    /// Failed sends (not "blocked") are retried this many times in all...
    pub max_attempts: u8,
    /// ...after this delay, doubled each time.
    pub backoff: Duration,
    /// Longest sleep without looking at the queue (a safety net: queue writes
    /// wake the loop at once).
    pub idle: StdDuration,
    /// On shutdown, how long a tick in progress may still finish.
    pub grace: StdDuration,
}

/// The most [`Pace::for_rate`] claims per second (Telegram's overall limit).
const MAX_PER_SECOND: usize = 30;

impl Pace {
    /// A tick's worth for a sender of `per_sec` messages a second overall
    /// (rounded up, at most [`MAX_PER_SECOND`]): the sender, not the
    /// scheduler, leaves room for replies. Pacing below it (the default's
    /// 20/s) left a third of the rate unused with no one writing.
    pub fn for_rate(per_sec: f64) -> Pace {
        let per_second = if per_sec.is_nan() {
            MAX_PER_SECOND
        } else {
            per_sec.ceil().clamp(1.0, MAX_PER_SECOND as f64) as usize
        };
        Pace {
            per_second,
            ..Pace::default()
        }
    }
}

impl Default for Pace {
    fn default() -> Pace {
        Pace {
            per_second: 20,
            in_flight: 64,
            per_chat_gap: Duration::seconds(1),
            max_attempts: 5,
            backoff: Duration::seconds(30),
            idle: StdDuration::from_secs(60),
            grace: StdDuration::from_secs(5),
        }
    }
}

/// What one tick did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Entries taken from the queue.
    pub claimed: usize,
    /// Reminders delivered (overdue messages included).
    pub sent: usize,
    /// Of those, "overdue" messages.
    pub overdue: usize,
    /// Dropped unsent: done, gone, switched off, already covered, blocked.
    pub dropped: usize,
    /// Put back for later: the chat had a message less than a second ago.
    pub deferred: usize,
    /// Failed and queued again.
    pub retried: usize,
    /// Failed too often and dropped.
    pub given_up: usize,
    /// Users found to have blocked the bot (all their reminders cancelled).
    pub blocked: usize,
    /// The tick stopped at its limit: more may be due now.
    pub full: bool,
}

/// A tick claims at most this many seconds' worth of entries (most of a
/// backlog is dropped or merged, not sent).
const CLAIM_BUDGET: usize = 50;

/// A claimed reminder to send: the entry, its messages, whether "overdue".
type ToSend = (Queued, Vec<Rendered>, bool);

enum Decision {
    Send {
        messages: Vec<Rendered>,
        overdue: bool,
    },
    /// The deadline needs no more reminders (done, moved, switched off, the
    /// user gone): the entry goes, its later reminders with it.
    Drop,
    /// This reminder was sent already: the entry moves on to its next.
    Skip,
}

/// The sending loop's state: the parts (store, texts, law, clock), where to
/// send, and when each chat last got a reminder.
pub struct Scheduler<O> {
    parts: Parts,
    outbox: Arc<O>,
    pace: Pace,
    recent: HashMap<UserId, DateTime<Utc>>,
    /// Users with a reminder handed to the outbox and not yet settled, and
    /// its kind: nothing more goes to them until it settles.
    sending: HashMap<UserId, musofir_law::DeadlineKind>,
    /// Sent, but the store refused their marks: kept claimed and marked later.
    unmarked: Vec<(Queued, bool)>,
}

/// Runs the scheduler until `stop` resolves (see [`Scheduler::run`]).
pub async fn run<O: Outbox>(parts: Parts, outbox: O, stop: impl Future<Output = ()>) {
    Scheduler::new(parts, outbox).run(stop).await
}

impl<O: Outbox> Scheduler<O> {
    pub fn new(parts: Parts, outbox: O) -> Scheduler<O> {
        Scheduler::with_pace(parts, outbox, Pace::default())
    }

    pub fn with_pace(parts: Parts, outbox: O, pace: Pace) -> Scheduler<O> {
        Scheduler {
            parts,
            outbox: Arc::new(outbox),
            pace,
            recent: HashMap::new(),
            sending: HashMap::new(),
            unmarked: Vec::new(),
        }
    }

    /// Sends what is due at `now`, waiting for every send: at most
    /// `per_second` reminders, one per chat. Returns what it did; when not
    /// `full`, `Store::next_due` says when to call again. [`Scheduler::run`]
    /// does not wait like this (see there); tests step with it.
    pub async fn tick(&mut self, now: DateTime<Utc>) -> Result<Report, StoreError> {
        let mut report = Report::default();
        // The claims, checks and marks are store reads and writes (round
        // trips on PostgreSQL): off the async workers, the sends between them.
        let store = self.parts.store.clone();
        let room = self.pace.per_second.max(1);
        let sends = super::store_work(&store, || self.claim(now, room, &mut report))?;
        let outbox = self.outbox.clone();
        let mut results = futures::stream::iter(sends.into_iter().map(|(q, messages, overdue)| {
            let sending = outbox.deliver(q.user, messages);
            async move { (q, overdue, sending.await) }
        }))
        .buffer_unordered(self.pace.in_flight.max(1));
        while let Some(ended) = results.next().await {
            super::store_work(&store, || self.settle(&mut report, ended, now))?;
        }
        drop(results);
        if report.sent > 0 {
            // The marks must outlive a crash, or the reminders repeat.
            store.flush().await?;
        }
        Ok(report)
    }

    /// Claims what is due at `now`, up to `room` reminders to send: drops,
    /// skips and defers what should not go (in the store), and returns the
    /// rest with its messages. A user with a reminder still being sent gets
    /// none besides it.
    fn claim(
        &mut self,
        now: DateTime<Utc>,
        room: usize,
        report: &mut Report,
    ) -> Result<Vec<ToSend>, StoreError> {
        let store = &self.parts.store;
        let gap = self.pace.per_chat_gap;
        self.recent.retain(|_, at| *at + gap > now);
        let limit = self.pace.per_second.max(1);
        let mut sends: Vec<ToSend> = Vec::new();
        let mut kinds_now: HashSet<(UserId, musofir_law::DeadlineKind)> =
            self.sending.iter().map(|(u, k)| (*u, *k)).collect();
        let mut users_now: HashSet<UserId> = self.sending.keys().copied().collect();
        // Claim until `room` is filled: entries that are dropped or put back
        // (a backlog after downtime is mostly those) do not count, but one
        // claim looks at no more than `CLAIM_BUDGET` seconds' worth.
        loop {
            let want = room
                .saturating_sub(sends.len())
                .min((limit * CLAIM_BUDGET).saturating_sub(report.claimed));
            if want == 0 {
                report.full = true;
                break;
            }
            let batch = store.claim_due(now, want)?;
            if batch.is_empty() {
                break;
            }
            report.claimed += batch.len();
            let mut batch = batch.into_iter();
            while let Some(q) = batch.next() {
                let sorted = self.sort(&q, now, &mut kinds_now, &mut users_now, report);
                match sorted {
                    Ok(Some((messages, overdue))) => sends.push((q, messages, overdue)),
                    Ok(None) => {}
                    Err(e) => {
                        // Claims live in this process's memory: what this
                        // claim holds and did not settle goes back, or it
                        // would not be sent until a restart.
                        store.release(&q);
                        for q in batch.chain(sends.into_iter().map(|(q, ..)| q)) {
                            store.release(&q);
                        }
                        return Err(e);
                    }
                }
            }
        }

        Ok(sends)
    }

    /// Settles a claimed reminder that should not go now (dropped, skipped,
    /// deferred), or returns its messages to send.
    fn sort(
        &self,
        q: &Queued,
        now: DateTime<Utc>,
        kinds_now: &mut HashSet<(UserId, musofir_law::DeadlineKind)>,
        users_now: &mut HashSet<UserId>,
        report: &mut Report,
    ) -> Result<Option<(Vec<Rendered>, bool)>, StoreError> {
        let store = &self.parts.store;
        let gap = self.pace.per_chat_gap;
        match self.decide(q, now)? {
            Decision::Drop => {
                store.discard(q, now)?;
                report.dropped += 1;
            }
            Decision::Skip => {
                store.skip(q, now)?;
                report.dropped += 1;
            }
            Decision::Send { messages, overdue } => {
                if kinds_now.contains(&(q.user, q.kind)) {
                    // The message for this kind going out now covers it.
                    store.skip(q, now)?;
                    report.dropped += 1;
                } else if let Some(last) = self.recent.get(&q.user) {
                    store.reschedule(q, *last + gap)?;
                    report.deferred += 1;
                } else if !users_now.insert(q.user) {
                    store.reschedule(q, now + gap)?;
                    report.deferred += 1;
                } else {
                    kinds_now.insert((q.user, q.kind));
                    return Ok(Some((messages, overdue)));
                }
            }
        }
        Ok(None)
    }

    /// Whether a claimed reminder is still worth sending, and what it says.
    fn decide(&self, q: &Queued, now: DateTime<Utc>) -> Result<Decision, StoreError> {
        let store = &self.parts.store;
        let Stored::Some(session) = store.session(q.user)? else {
            return Ok(Decision::Drop);
        };
        if store.delivery(q.user)?.blocked {
            store.cancel_all(q.user)?;
            return Ok(Decision::Drop);
        }
        if !session.reminders.is_on(q.kind) {
            return Ok(Decision::Drop);
        }
        let Some(a) = session.assess(&self.parts.law, now) else {
            return Ok(Decision::Drop);
        };
        let Some(d) = a.deadline(q.kind) else {
            return Ok(Decision::Drop);
        };
        // A snooze follows the deadline wherever it moved; a planned
        // reminder whose date moved was replaced by a new plan.
        if d.status == Status::Done || (!q.snoozed && d.due != q.due) {
            return Ok(Decision::Drop);
        }
        let mark = store.sent_mark(q.user, q.kind)?.filter(|m| m.due == d.due);
        let overdue = d.status == Status::Overdue;
        let reply = if overdue {
            if mark.is_some_and(|m| m.overdue) {
                return Ok(Decision::Drop);
            }
            message::overdue(d)
        } else {
            if !q.snoozed && mark.is_some_and(|m| m.lead_days <= q.lead_days) {
                return Ok(Decision::Skip);
            }
            message::reminder(d)
        };
        let messages = render(&self.parts.i18n, session.lang, &reply);
        Ok(Decision::Send { messages, overdue })
    }

    /// Sends reminders as they fall due until `stop` resolves. A claim
    /// hands its reminders to the outbox and does not wait for them: one the
    /// outbox holds back (its chat busy with a conversation, whose replies go
    /// first) holds back no one else's. Each send is settled (marked sent,
    /// retried or dropped) as it ends; the marks are flushed before the next
    /// claim and whenever nothing is left in flight, and a user has at most
    /// one reminder in flight, so a crash repeats at most one per user. At
    /// `stop`, sends in flight get [`Pace::grace`] to end; then the store is
    /// flushed.
    pub async fn run(mut self, stop: impl Future<Output = ()>) {
        let wake = self.parts.store.queue_signal();
        let store = self.parts.store.clone();
        let cap = self.pace.in_flight.max(1);
        let mut pending = FuturesUnordered::new();
        let mut unflushed = false;
        // When to claim next; after a full claim, not before a second has passed.
        let mut claim_at = Instant::now();
        let mut earliest = claim_at;
        tokio::pin!(stop);
        loop {
            if pending.len() < cap && Instant::now() >= claim_at {
                // With several instances on one database, one sends reminders.
                if pending.is_empty() && !super::until_leader(&store, &mut stop).await {
                    break;
                }
                claim_at = if !store.is_leader() {
                    Instant::now() + StdDuration::from_secs(1)
                } else if !self.marks_caught_up(&mut unflushed)
                    || (unflushed && !flushed(&store).await)
                {
                    Instant::now() + StdDuration::from_secs(5)
                } else {
                    unflushed = false;
                    let (sends, next) = self.claim_next(cap - pending.len(), &mut earliest);
                    for (q, messages, overdue) in sends {
                        self.sending.insert(q.user, q.kind);
                        let outbox = self.outbox.clone();
                        pending.push(async move {
                            let outcome = outbox.deliver(q.user, messages).await;
                            (q, overdue, outcome)
                        });
                    }
                    next
                };
            }
            tokio::select! {
                biased;
                _ = &mut stop => break,
                Some(ended) = pending.next(), if !pending.is_empty() => {
                    let (r, stored) = self.settle_one(ended);
                    unflushed |= r.sent > 0;
                    if !stored {
                        // The store refuses writes: no more claims for a while.
                        claim_at = claim_at.max(Instant::now() + StdDuration::from_secs(5));
                    } else if r.retried > 0 {
                        // Queued again for later: maybe before the next claim.
                        let next = super::store_work(&store, || self.until_next_due());
                        claim_at = claim_at.min((Instant::now() + next).max(earliest));
                    }
                    if pending.is_empty() && unflushed && flushed(&store).await {
                        unflushed = false;
                    }
                }
                _ = tokio::time::sleep_until(claim_at), if pending.len() < cap => {}
                _ = wake.notified() => claim_at = claim_at.min(Instant::now().max(earliest)),
            }
        }
        let grace = self.pace.grace;
        let _ = tokio::time::timeout(grace, async {
            while let Some(ended) = pending.next().await {
                let _ = self.settle_one(ended);
            }
        })
        .await;
        if let Err(e) = store.flush().await {
            tracing::error!(error = %e, "flushing the store after the reminders stopped failed");
        }
        tracing::info!("reminders stopped");
    }

    /// Records how a reminder's send ended: sent (marked, so it is not sent
    /// again), blocked (the user's queue cancelled), failed (retried later,
    /// or given up after `max_attempts`), or stopped (let go unchanged).
    fn settle(
        &mut self,
        report: &mut Report,
        (q, overdue, outcome): (Queued, bool, Delivery),
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let store = self.parts.store.clone();
        match outcome {
            Delivery::Sent => {
                self.recent.insert(q.user, now);
                if let Err(e) = store.mark_sent(&q, now, overdue) {
                    // It went: kept claimed, so this process does not send it
                    // again, and marked when the store takes writes again.
                    self.unmarked.push((q, overdue));
                    return Err(e);
                }
                report.sent += 1;
                report.overdue += usize::from(overdue);
            }
            Delivery::Blocked => {
                tracing::info!("a user blocked the bot; their reminders are cancelled");
                store.set_blocked(q.user, true)?;
                // Nothing is kept for someone the bot holds nothing about.
                store.discard(&q, now)?;
                report.blocked += 1;
            }
            Delivery::Failed => {
                let attempts = q.attempts.saturating_add(1);
                if attempts >= self.pace.max_attempts {
                    // No user id, date or text: only what kind of reminder.
                    tracing::warn!(
                        kind = q.kind.name(),
                        attempts,
                        "a reminder could not be delivered; dropped"
                    );
                    // The deadline's later reminders still go.
                    store.skip(&q, now)?;
                    report.given_up += 1;
                } else {
                    let delay = self.pace.backoff * (1i32 << (attempts - 1).min(16));
                    store.retry_later(&q, now + delay)?;
                    report.retried += 1;
                }
            }
            Delivery::Stopped => store.release(&q),
        }
        Ok(())
    }

    /// Marks what was sent but could not be marked (the store refused a
    /// write); whether none is left. `unflushed` tells of new marks.
    fn marks_caught_up(&mut self, unflushed: &mut bool) -> bool {
        if self.unmarked.is_empty() {
            return true;
        }
        let store = self.parts.store.clone();
        let now = self.parts.clock.now();
        let mut marked = 0;
        super::store_work(&store, || {
            self.unmarked
                .retain(|(q, overdue)| match store.mark_sent(q, now, *overdue) {
                    Ok(()) => {
                        marked += 1;
                        false
                    }
                    Err(_) => true,
                })
        });
        *unflushed |= marked > 0;
        METRICS.count_reminders(&Report {
            sent: marked,
            ..Report::default()
        });
        self.unmarked.is_empty()
    }

    /// [`Scheduler::run`]'s claim: up to `room` reminders (at most a
    /// second's worth) to hand over, and when to claim next — after a full
    /// claim a second later (and not before: `earliest`), else when the next
    /// one falls due.
    fn claim_next(&mut self, room: usize, earliest: &mut Instant) -> (Vec<ToSend>, Instant) {
        let store = self.parts.store.clone();
        let started = Instant::now();
        let now = self.parts.clock.now();
        let room = room.min(self.pace.per_second.max(1));
        let mut report = Report::default();
        let claimed = super::store_work(&store, || self.claim(now, room, &mut report));
        METRICS.count_reminders(&report);
        match claimed {
            Ok(sends) => {
                let next = if report.full {
                    *earliest = started + StdDuration::from_secs(1);
                    *earliest
                } else {
                    started + super::store_work(&store, || self.until_next_due())
                };
                (sends, next)
            }
            Err(e) => {
                METRICS.store_error("reminders");
                tracing::error!(error = %e, "the reminder queue failed; retrying soon");
                (Vec::new(), started + StdDuration::from_secs(5))
            }
        }
    }

    /// Records how a send of [`Scheduler::run`] ended.
    /// Whether the store took it (else claims pause a while).
    fn settle_one(&mut self, ended: (Queued, bool, Delivery)) -> (Report, bool) {
        self.sending.remove(&ended.0.user);
        let store = self.parts.store.clone();
        let now = self.parts.clock.now();
        let mut report = Report::default();
        let settled = super::store_work(&store, || self.settle(&mut report, ended, now));
        METRICS.count_reminders(&report);
        if let Err(e) = &settled {
            METRICS.store_error("reminders");
            tracing::error!(error = %e, "recording a reminder's delivery failed");
        }
        (report, settled.is_ok())
    }

    /// How long until the next reminder not in flight is due (at most
    /// [`Pace::idle`]; a few seconds when the queue cannot be read).
    fn until_next_due(&self) -> StdDuration {
        match self.parts.store.next_due() {
            Ok(Some(at)) => (at - self.parts.clock.now())
                .to_std()
                .unwrap_or(StdDuration::ZERO)
                .min(self.pace.idle),
            Ok(None) => self.pace.idle,
            Err(e) => {
                METRICS.store_error("reminders");
                tracing::error!(error = %e, "the reminder queue failed; retrying soon");
                StdDuration::from_secs(5)
            }
        }
    }
}

/// Flushes the store: the sent marks must outlive a crash, or the reminders
/// repeat. Whether it succeeded (a failure is logged).
async fn flushed(store: &crate::store::Store) -> bool {
    match store.flush().await {
        Ok(()) => true,
        Err(e) => {
            METRICS.store_error("reminders");
            tracing::error!(error = %e, "flushing the reminders' marks failed; retrying soon");
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::App;
    use crate::clock::ManualClock;
    use crate::dialogue::{Answers, Next, Session, State};
    use crate::store::kv::fails_once::FailsOnce;
    use crate::store::kv::TreeId;
    use crate::text::Lang;
    use chrono::TimeZone;

    /// Counts what it is given; every send goes.
    #[derive(Default)]
    struct Counter(std::sync::atomic::AtomicUsize);

    impl Outbox for Counter {
        async fn deliver(&self, _: UserId, _: Vec<Rendered>) -> Delivery {
            self.0.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            Delivery::Sent
        }
    }

    #[tokio::test]
    async fn a_claim_whose_checks_fail_half_way_holds_nothing_back() {
        let (dir, store) = crate::store::tests::temp_store();
        let entered = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
        let clock = ManualClock::new(entered);
        let app = App::with_store(store.clone(), Arc::new(clock.clone())).unwrap();
        // Three Uzbek workers in Moscow since today: a registration
        // reminder each, due at the same moment.
        for u in 1..=3 {
            let session = Session {
                lang_confirmed: true,
                state: State::Menu,
                answers: Answers {
                    citizenship: Some("UZ".parse().unwrap()),
                    entry_date: Some(entered.date_naive()),
                    purpose: Some(musofir_law::Purpose::Work),
                    region: Some(musofir_law::Region::Moscow),
                    complete: true,
                    ..Answers::default()
                },
                ..Session::new(Lang::Uz)
            };
            let u = UserId::new(u);
            store.commit(u, None, &Next::Save(session), 0).unwrap();
            crate::jobs::replan(&store, &app.law, u, entered).unwrap();
        }
        let at = store.next_due().unwrap().unwrap();
        clock.set(at);
        // The same store, its second read of delivery facts failing: the
        // first user is sorted to send, the second fails, the third waits.
        let flaky = FailsOnce::over(&store, &dir.path().join("key"), TreeId::Delivery, 2);
        let app = App::with_store(flaky, Arc::new(clock.clone())).unwrap();
        let sent = Arc::new(Counter::default());
        let mut scheduler = Scheduler::new(app.parts(), sent.clone());
        assert!(scheduler.tick(at).await.is_err());
        assert_eq!(sent.0.load(std::sync::atomic::Ordering::SeqCst), 0);
        // The next tick sends all three: none was left claimed.
        let report = scheduler.tick(at).await.unwrap();
        assert_eq!(report.sent, 3, "{report:?}");
        assert_eq!(sent.0.load(std::sync::atomic::Ordering::SeqCst), 3);
    }

    #[test]
    fn a_tick_claims_a_second_of_the_senders_rate() {
        let per_second = |r: f64| Pace::for_rate(r).per_second;
        assert_eq!(per_second(28.5), 29);
        assert_eq!(per_second(14.25), 15);
        assert_eq!(per_second(1e6), 30, "unlimited sends: Telegram's rate");
        assert_eq!(per_second(0.0), 1);
        assert_eq!(per_second(f64::NAN), 30);
    }
}
