//! After a claim: a reminder marked sent, discarded, retried or moved on;
//! and what the user asks of the queue: "remind me tomorrow", cancel all.

use chrono::{DateTime, Utc};
use musofir_law::DeadlineKind;

use super::follow::follow_in;
use super::index::{read_index, remove_where, with_index_repair, write_index};
use super::keys::{free_key, ms, parts, DueKey, KeyParts, SNOOZE_LEAD};
use super::queued::{open_entry, Entry, Queued};
use super::sent::{sent_key, SentMark};
use crate::store::kv::{KvTx, TreeId as T};
use crate::store::{Store, StoreError, Subject, TxResult, UserId};

/// How a claimed entry ended.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ending {
    Sent { overdue: bool },
    Skipped,
    Dropped,
}

impl Store {
    pub(super) fn remove_entry(&self, s: &Subject, k: &DueKey) -> Result<(), StoreError> {
        with_index_repair(self, s, |tx| {
            tx.remove(T::Due, k)?;
            remove_where(tx, s, |x| x == k)?;
            Ok(())
        })
    }

    fn subject_of(&self, q: &Queued) -> Result<Option<Subject>, StoreError> {
        self.subject(q.user)
    }

    /// The reminder was delivered: removes it, and every other entry of the
    /// same kind for the user that is already due (the message sent covers
    /// them: one message instead of a pile), records what was sent, and
    /// moves each on to its deadline's next reminder still ahead.
    /// `overdue`: it was the "overdue" message.
    pub fn mark_sent(
        &self,
        q: &Queued,
        now: DateTime<Utc>,
        overdue: bool,
    ) -> Result<(), StoreError> {
        // Not marked, it stays claimed: this process must not send it again
        // (the caller marks it later; after a restart it may go once more).
        self.end(q, now, Ending::Sent { overdue })?;
        self.unclaim(&q.key);
        Ok(())
    }

    /// Drops this one reminder without sending it (another message covers
    /// it, or it could not be delivered): the entry moves on to its
    /// deadline's next reminder, if any.
    pub fn skip(&self, q: &Queued, now: DateTime<Utc>) -> Result<(), StoreError> {
        let res = self.end(q, now, Ending::Skipped);
        self.unclaim(&q.key);
        res
    }

    /// Drops a claimed entry without sending it, its later reminders with
    /// it (its deadline needs no more) — unless a replan since the claim
    /// gave it its later reminders: that plan was made from a newer session
    /// than the drop (reminders switched on again), so the entry moves on.
    pub fn discard(&self, q: &Queued, now: DateTime<Utc>) -> Result<(), StoreError> {
        let res = self.end(q, now, Ending::Dropped);
        self.unclaim(&q.key);
        res
    }

    /// Removes `q`'s entry (and, sent, the other due entries of its kind)
    /// and queues what follows. The later reminders are read from the
    /// store: a replan since the claim may have changed them.
    fn end(&self, q: &Queued, now: DateTime<Utc>, how: Ending) -> Result<(), StoreError> {
        let Some(s) = self.subject_of(q)? else {
            self.kv().remove(T::Due, &q.key)?;
            return Ok(());
        };
        let now_ms = ms(now);
        let kb = q.kind.byte();
        let sk = sent_key(&s.tag, kb);
        with_index_repair(self, &s, |tx| {
            let mut keys = read_index(tx, &s)?;
            let mut ending = vec![q.key];
            if let Ending::Sent { .. } = how {
                ending.extend(keys.iter().copied().filter(|k| {
                    let p = parts(k);
                    *k != q.key && p.kind == kb && p.at_ms <= now_ms
                }));
            }
            let mut ended: Vec<Entry> = Vec::new();
            for k in &ending {
                if let Some(b) = tx.get(T::Due, k)? {
                    match open_entry(&s, k, &b) {
                        // Dropped, and no replan since the claim: nothing follows.
                        Some(e) if how == Ending::Dropped && e.replans == q.replans => {}
                        Some(e) => ended.push(e),
                        None => tracing::warn!(
                            "a queued reminder does not decode; its later ones are dropped"
                        ),
                    }
                }
                tx.remove(T::Due, k)?;
            }
            keys.retain(|k| !ending.contains(k));
            if tx.get(T::Sessions, &s.tag)?.is_none() {
                write_index(tx, &s, &keys)?;
                return Ok(());
            }
            if let Ending::Sent { overdue } = how {
                let old: Option<SentMark> = tx
                    .get(T::Sent, &sk)?
                    .and_then(|b| s.open(T::Sent, &sk, &b).ok());
                // A snooze is not one of the lead days: it covers none of them.
                let lead = if q.snoozed { i64::MAX } else { q.lead_days };
                let mark = match old {
                    Some(m) if m.due == q.due => SentMark {
                        due: q.due,
                        lead_days: m.lead_days.min(lead),
                        overdue: m.overdue || overdue,
                        at_ms: now.timestamp_millis(),
                    },
                    _ => SentMark {
                        due: q.due,
                        lead_days: lead,
                        overdue,
                        at_ms: now.timestamp_millis(),
                    },
                };
                tx.insert(T::Sent, &sk, &s.seal(T::Sent, &sk, &mark))?;
            }
            follow_in(tx, &s, kb, &ended, now_ms, &mut keys)?;
            write_index(tx, &s, &keys)?;
            Ok(())
        })
    }

    /// Lets go of a claimed entry, unsent and unchanged (the bot is
    /// stopping, or a claim failed half way): it stays due, for the next
    /// claim or the next start.
    pub fn release(&self, q: &Queued) {
        self.unclaim(&q.key);
    }

    /// A send failed: queue the entry again at `at`, one attempt more.
    pub fn retry_later(&self, q: &Queued, at: DateTime<Utc>) -> Result<(), StoreError> {
        let mut e = q.entry();
        e.attempts = e.attempts.saturating_add(1);
        self.move_entry(q, e, at)
    }

    /// Not sent yet (pacing): queue the entry again at `at`, no attempt counted.
    pub fn reschedule(&self, q: &Queued, at: DateTime<Utc>) -> Result<(), StoreError> {
        self.move_entry(q, q.entry(), at)
    }

    fn move_entry(&self, q: &Queued, e: Entry, at: DateTime<Utc>) -> Result<(), StoreError> {
        let res = self.move_entry_inner(q, e, at);
        self.unclaim(&q.key);
        res
    }

    fn move_entry_inner(&self, q: &Queued, e: Entry, at: DateTime<Utc>) -> Result<(), StoreError> {
        let Some(s) = self.subject_of(q)? else {
            self.kv().remove(T::Due, &q.key)?;
            return Ok(());
        };
        let old = parts(&q.key);
        with_index_repair(self, &s, |tx| {
            // The later reminders as stored: a replan since the claim may
            // have changed them.
            // Gone: another instance's replan removed it (its own plan
            // holds what is still wanted); not put back.
            let mut e = e.clone();
            let stored = match tx.get(T::Due, &q.key)? {
                None => false,
                Some(b) => {
                    if let Some(stored) = open_entry(&s, &q.key, &b) {
                        e.later = stored.later;
                        e.replans = stored.replans;
                    }
                    true
                }
            };
            tx.remove(T::Due, &q.key)?;
            let mut keys = read_index(tx, &s)?;
            keys.retain(|k| *k != q.key);
            if stored && tx.get(T::Sessions, &s.tag)?.is_some() {
                let key = free_key(
                    &keys,
                    KeyParts {
                        at_ms: ms(at),
                        tag: old.tag,
                        kind: old.kind,
                        lead: old.lead,
                    },
                );
                tx.insert(T::Due, &key, &s.seal(T::Due, &key, &e))?;
                keys.push(key);
            }
            write_index(tx, &s, &keys)?;
            Ok(())
        })
    }

    /// "Remind me tomorrow" (asked at `now`): one reminder of `kind` at
    /// `at`, replacing an earlier snooze of the kind (whose later reminders,
    /// if a replan gave it any, still follow). Its deadline is the one last
    /// reminded of (or still queued). Returns false when the user has no
    /// session.
    pub fn snooze(
        &self,
        user: UserId,
        kind: DeadlineKind,
        now: DateTime<Utc>,
        at: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let Some(s) = self.subject(user)? else {
            return Ok(false);
        };
        let done = with_index_repair(self, &s, |tx| {
            if tx.get(T::Sessions, &s.tag)?.is_none() {
                return Ok(false);
            }
            snooze_in(tx, &s, kind, now, at)?;
            Ok(true)
        })?;
        if done {
            self.inner.signal.notify_one();
        }
        Ok(done)
    }

    /// Cancels every queued reminder of the user.
    pub fn cancel_all(&self, user: UserId) -> Result<(), StoreError> {
        let Some(s) = self.subject(user)? else {
            return Ok(());
        };
        with_index_repair(self, &s, |tx| {
            remove_where(tx, &s, |_| true)?;
            Ok(())
        })
    }
}

/// Inside a transaction: [`Store::snooze`]'s work for a user whose session
/// the caller knows exists (a step commits its snooze with its session
/// this way). The caller wakes the scheduler.
pub(crate) fn snooze_in(
    tx: &mut dyn KvTx,
    s: &Subject,
    kind: DeadlineKind,
    now: DateTime<Utc>,
    at: DateTime<Utc>,
) -> TxResult<()> {
    let kb = kind.byte();
    let sk = sent_key(&s.tag, kb);
    let mut keys = read_index(tx, s)?;
    // The deadline last reminded of, else one still queued.
    let mark: Option<SentMark> = tx
        .get(T::Sent, &sk)?
        .and_then(|b| s.open(T::Sent, &sk, &b).ok());
    let mut due_date = mark.map(|m| m.due);
    for k in keys.iter().filter(|k| parts(k).kind == kb) {
        if due_date.is_some() {
            break;
        }
        due_date = tx
            .get(T::Due, k)?
            .and_then(|b| open_entry(s, k, &b))
            .map(|e| e.due);
    }
    // One snooze per kind: the newest replaces the others.
    let is_snooze = |k: &DueKey| {
        let p = parts(k);
        p.kind == kb && p.lead == SNOOZE_LEAD
    };
    let mut replaced: Vec<Entry> = Vec::new();
    for k in keys.iter().filter(|k| is_snooze(k)) {
        replaced.extend(tx.get(T::Due, k)?.and_then(|b| open_entry(s, k, &b)));
        tx.remove(T::Due, k)?;
    }
    keys.retain(|k| !is_snooze(k));
    follow_in(tx, s, kb, &replaced, ms(now), &mut keys)?;
    let e = Entry {
        due: due_date.unwrap_or_else(|| at.date_naive()),
        planned_ms: ms(at),
        lead_days: 0,
        attempts: 0,
        later: Vec::new(),
        replans: 0,
    };
    let key = free_key(
        &keys,
        KeyParts {
            at_ms: ms(at),
            tag: s.tag,
            kind: kb,
            lead: SNOOZE_LEAD,
        },
    );
    tx.insert(T::Due, &key, &s.seal(T::Due, &key, &e))?;
    keys.push(key);
    write_index(tx, s, &keys)?;
    Ok(())
}
