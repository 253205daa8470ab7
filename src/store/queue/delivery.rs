//! After a claim: a reminder marked sent, discarded, retried or moved on;
//! and what the user asks of the queue: "remind me tomorrow", cancel all.

use chrono::{DateTime, Utc};
use musofir_law::DeadlineKind;

use super::index::{read_index, remove_where, with_index_repair, write_index};
use super::keys::{free_key, lead_byte, ms, parts, DueKey, KeyParts, SNOOZE_LEAD};
use super::queued::{open_entry, Entry, Queued};
use super::sent::{sent_key, SentMark};
use crate::store::kv::TreeId as T;
use crate::store::{Store, StoreError, Subject, UserId};

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
    /// moves the entry on to its deadline's next reminder.
    /// `overdue`: it was the "overdue" message.
    pub fn mark_sent(
        &self,
        q: &Queued,
        now: DateTime<Utc>,
        overdue: bool,
    ) -> Result<(), StoreError> {
        let res = self.move_on(q, now, Some(overdue));
        self.unclaim(&q.key);
        res
    }

    /// Drops this one reminder without sending it (another message covers
    /// it, or it could not be delivered): the entry moves on to its
    /// deadline's next reminder, if any.
    pub fn skip(&self, q: &Queued, now: DateTime<Utc>) -> Result<(), StoreError> {
        let res = self.move_on(q, now, None);
        self.unclaim(&q.key);
        res
    }

    /// Removes `q`'s entry; `sent`: records it sent (overdue or not). Then
    /// queues the first of its later reminders still ahead, with the rest
    /// after it; those whose time passed while this one waited are dropped
    /// (one reminder per deadline, not a pile after downtime). The later
    /// reminders are read from the store: a replan since the claim may have
    /// changed them.
    fn move_on(
        &self,
        q: &Queued,
        now: DateTime<Utc>,
        sent: Option<bool>,
    ) -> Result<(), StoreError> {
        let Some(s) = self.subject_of(q)? else {
            self.kv().remove(T::Due, &q.key)?;
            return Ok(());
        };
        let now_ms = ms(now);
        let kb = q.kind.byte();
        let sk = sent_key(&s.tag, kb);
        with_index_repair(self, &s, |tx| {
            let stored = match tx.get(T::Due, &q.key)? {
                None => None,
                Some(b) => {
                    let e = open_entry(&s, &q.key, &b);
                    if e.is_none() {
                        tracing::warn!(
                            "a queued reminder does not decode; its later ones are dropped"
                        );
                    }
                    e
                }
            };
            tx.remove(T::Due, &q.key)?;
            remove_where(tx, &s, |k| {
                let p = parts(k);
                *k == q.key || (sent.is_some() && p.kind == kb && p.at_ms <= now_ms)
            })?;
            if tx.get(T::Sessions, &s.tag)?.is_none() {
                return Ok(());
            }
            if let Some(overdue) = sent {
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
            let later = stored.map(|e| e.later).unwrap_or_default();
            let mut ahead = later.into_iter().skip_while(|l| l.0 <= now_ms);
            if let Some(next) = ahead.next() {
                let mut keys = read_index(tx, &s)?;
                let key = free_key(
                    &keys,
                    KeyParts {
                        at_ms: next.0,
                        tag: s.tag,
                        kind: kb,
                        lead: lead_byte(next.1),
                    },
                );
                let e = Entry {
                    due: q.due,
                    planned_ms: next.0,
                    lead_days: next.1,
                    attempts: 0,
                    later: ahead.collect(),
                };
                tx.insert(T::Due, &key, &s.seal(T::Due, &key, &e))?;
                keys.push(key);
                write_index(tx, &s, &keys)?;
            }
            Ok(())
        })
    }

    /// Drops a claimed entry without sending it, its later reminders with
    /// it (its deadline needs no more).
    pub fn discard(&self, q: &Queued) -> Result<(), StoreError> {
        let res = match self.subject_of(q)? {
            Some(s) => self.remove_entry(&s, &q.key),
            None => self.kv().remove(T::Due, &q.key).map_err(Into::into),
        };
        self.unclaim(&q.key);
        res
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
            let mut e = e.clone();
            if let Some(stored) = tx
                .get(T::Due, &q.key)?
                .and_then(|b| open_entry(&s, &q.key, &b))
            {
                e.later = stored.later;
            }
            tx.remove(T::Due, &q.key)?;
            let mut keys = read_index(tx, &s)?;
            keys.retain(|k| *k != q.key);
            if tx.get(T::Sessions, &s.tag)?.is_some() {
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

    /// "Remind me tomorrow": one reminder of `kind` at `at`, replacing an
    /// earlier snooze of the kind. Its deadline is the one last reminded of
    /// (or still queued). Returns false when the user has no session.
    pub fn snooze(
        &self,
        user: UserId,
        kind: DeadlineKind,
        at: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let Some(s) = self.subject(user)? else {
            return Ok(false);
        };
        let kb = kind.byte();
        let sk = sent_key(&s.tag, kb);
        let done = with_index_repair(self, &s, |tx| {
            if tx.get(T::Sessions, &s.tag)?.is_none() {
                return Ok(false);
            }
            let mut keys = read_index(tx, &s)?;
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
                    .and_then(|b| open_entry(&s, k, &b))
                    .map(|e| e.due);
            }
            // One snooze per kind: the newest replaces the others.
            let is_snooze = |k: &DueKey| {
                let p = parts(k);
                p.kind == kb && p.lead == SNOOZE_LEAD
            };
            for k in keys.iter().filter(|k| is_snooze(k)) {
                tx.remove(T::Due, k)?;
            }
            keys.retain(|k| !is_snooze(k));
            let e = Entry {
                due: due_date.unwrap_or_else(|| at.date_naive()),
                planned_ms: ms(at),
                lead_days: 0,
                attempts: 0,
                later: Vec::new(),
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
            write_index(tx, &s, &keys)?;
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
