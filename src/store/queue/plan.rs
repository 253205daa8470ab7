//! Planning writes: a user's queue replaced by a new plan, atomically,
//! without repeating what was sent or swallowing what fell due.

use chrono::{DateTime, NaiveDate, Utc};

use super::index::{read_index, with_index_repair, write_index};
use super::keys::{free_key, lead_byte, ms, parts, DueKey, KeyParts, SNOOZE_LEAD};
use super::queued::{open_entry, Entry, Later};
use super::sent::{sent_key, SentMark};
use crate::reminders::Planned;
use crate::store::kv::{KvTx, TreeId as T};
use crate::store::{Store, StoreError, Subject, TxResult, UserId};

impl Store {
    /// Replaces the user's queued reminders with `plan`, atomically. Entries
    /// being sent right now are left alone; reminders already sent (or
    /// already being sent) for the same deadline are not queued again; a user
    /// without a session, or who blocked the bot, gets nothing queued.
    /// A reminder that fell due before `now` but was not sent yet (the bot
    /// was down, or busy with a 10:00 burst) is kept, one per deadline, as
    /// long as its deadline is still in the plan: replanning never swallows
    /// a reminder that was due.
    /// Returns how many were queued.
    pub fn replace_plan(
        &self,
        user: UserId,
        plan: &[Planned],
        now: DateTime<Utc>,
    ) -> Result<usize, StoreError> {
        self.replace_plan_if(user, plan, now, None)
    }

    /// [`Store::replace_plan`] with a plan made from `from`, unless the
    /// stored session's answers or reminder settings are no longer those of
    /// `from`: then whoever stored the newer ones plans from them, and this
    /// older plan is dropped (two instances stepping one user at once).
    pub fn replace_plan_from(
        &self,
        user: UserId,
        plan: &[Planned],
        now: DateTime<Utc>,
        from: &crate::dialogue::Session,
    ) -> Result<usize, StoreError> {
        self.replace_plan_if(user, plan, now, Some(from))
    }

    fn replace_plan_if(
        &self,
        user: UserId,
        plan: &[Planned],
        now: DateTime<Utc>,
        from: Option<&crate::dialogue::Session>,
    ) -> Result<usize, StoreError> {
        let Some(s) = self.subject(user)? else {
            return Ok(0);
        };
        let tag = s.tag;
        let added = with_index_repair(self, &s, |tx| {
            let session = tx.get(T::Sessions, &tag)?;
            if let Some(from) = from {
                let current = session.as_ref().and_then(|b| {
                    s.open::<crate::dialogue::Session>(T::Sessions, &tag, b)
                        .ok()
                });
                if current
                    .is_some_and(|c| c.answers != from.answers || c.reminders != from.reminders)
                {
                    return Ok(0);
                }
            }
            // Nothing is queued for someone erased or who blocked the bot.
            let blocked = s.blocked_in(tx)?;
            self.replan_in(tx, &s, plan, now, session.is_some() && !blocked)
        })?;
        if added > 0 {
            self.inner.signal.notify_one();
        }
        Ok(added)
    }

    /// Inside a transaction: [`Store::replace_plan`]'s work, for a caller
    /// that has decided in the same transaction whether anything may be
    /// queued for the user (`exists`: a session, and not blocked; if not,
    /// the queue is emptied). A step commits its plan with its session this
    /// way ([`Store::commit_step`]). Returns how many were queued; the
    /// caller wakes the scheduler when that is more than zero.
    pub(crate) fn replan_in(
        &self,
        tx: &mut dyn KvTx,
        s: &Subject,
        plan: &[Planned],
        now: DateTime<Utc>,
        exists: bool,
    ) -> TxResult<usize> {
        let tag = s.tag;
        let mut kept: Vec<DueKey> = Vec::new();
        let mut in_flight: Vec<(u8, NaiveDate, i64)> = Vec::new();
        // Entries kept (in flight, or due and unsent), with their
        // values: each takes the rest of its deadline's new plan.
        let mut held: Vec<(DueKey, Entry)> = Vec::new();
        // Unsent reminders already due whose deadline is still planned:
        // (kind byte, due date) -> the latest such key.
        let mut late: Vec<(u8, NaiveDate, DueKey, Entry)> = Vec::new();
        let index = read_index(tx, s)?;
        // A user with nothing queued and nothing to queue (most steps of an
        // unfinished interview) costs the step no write.
        let had_index = !index.is_empty();
        for k in index {
            let kb = parts(&k).kind;
            if exists {
                if let Some(e) = tx.get(T::Due, &k)?.and_then(|b| open_entry(s, &k, &b)) {
                    if self.is_claimed(&k) {
                        // A snooze covers none of the lead days (as
                        // its sent mark says): the plan's all follow it.
                        let lead = if parts(&k).lead == SNOOZE_LEAD {
                            i64::MAX
                        } else {
                            e.lead_days
                        };
                        in_flight.push((kb, e.due, lead));
                        kept.push(k);
                        held.push((k, e));
                        continue;
                    }
                    let still_planned = plan.iter().any(|p| p.kind.byte() == kb && p.due == e.due);
                    if e.planned_ms <= ms(now) && still_planned {
                        match late.iter_mut().find(|(b, d, _, _)| *b == kb && *d == e.due) {
                            // Keys sort by time: keep the later one.
                            Some(slot) if slot.2 < k => {
                                tx.remove(T::Due, &slot.2)?;
                                (slot.2, slot.3) = (k, e);
                            }
                            Some(_) => {
                                tx.remove(T::Due, &k)?;
                            }
                            None => late.push((kb, e.due, k, e)),
                        }
                        continue;
                    }
                }
            }
            tx.remove(T::Due, &k)?;
        }
        kept.extend(late.iter().map(|(_, _, k, _)| *k));
        held.extend(late.iter().map(|(_, _, k, e)| (*k, e.clone())));
        if !exists {
            if had_index {
                write_index(tx, s, &[])?;
            }
            return Ok(0);
        }
        // What to queue, by deadline (the plan is sorted by time, so
        // each deadline's reminders are too).
        let mut todo: Vec<(u8, NaiveDate, Vec<&Planned>)> = Vec::new();
        // Each kind's sent mark, read and opened once (a plan has a
        // reminder for each lead day of a kind).
        let mut marks: Vec<(u8, Option<SentMark>)> = Vec::new();
        for p in plan {
            let kb = p.kind.byte();
            let mark = match marks.iter().find(|(k, _)| *k == kb) {
                Some((_, m)) => *m,
                None => {
                    let sk = sent_key(&tag, kb);
                    let m: Option<SentMark> = tx
                        .get(T::Sent, &sk)?
                        .and_then(|b| s.open(T::Sent, &sk, &b).ok());
                    marks.push((kb, m));
                    m
                }
            };
            if mark.is_some_and(|m| m.due == p.due && m.lead_days <= p.lead_days) {
                continue;
            }
            if in_flight
                .iter()
                .any(|(k, d, l)| *k == kb && *d == p.due && *l <= p.lead_days)
            {
                continue;
            }
            // An "as soon as possible" reminder adds nothing to a kept
            // one that is already due.
            if p.at <= now && late.iter().any(|(k, d, _, _)| *k == kb && *d == p.due) {
                continue;
            }
            match todo.iter_mut().find(|(k, d, _)| *k == kb && *d == p.due) {
                Some(group) => group.2.push(p),
                None => todo.push((kb, p.due, vec![p])),
            }
        }
        let mut added = 0;
        // A kept entry goes on with its deadline's new plan, and with
        // nothing of an old one: one entry per deadline.
        for (k, mut e) in held {
            let kb = parts(&k).kind;
            let later = match todo.iter().position(|(b, d, _)| *b == kb && *d == e.due) {
                Some(i) => todo.swap_remove(i).2,
                None => Vec::new(),
            };
            added += later.len();
            // Written even when unchanged: a drop decided on an older
            // session yields to this plan (`Store::discard`).
            e.later = later.into_iter().map(Later::of).collect();
            e.replans = e.replans.wrapping_add(1);
            tx.insert(T::Due, &k, &s.seal(T::Due, &k, &e))?;
        }
        for (kb, _, group) in todo {
            let Some((first, rest)) = group.split_first() else {
                continue;
            };
            let key = free_key(
                &kept,
                KeyParts {
                    at_ms: ms(first.at),
                    tag,
                    kind: kb,
                    lead: lead_byte(first.lead_days),
                },
            );
            let e = Entry {
                due: first.due,
                planned_ms: ms(first.at),
                lead_days: first.lead_days,
                attempts: 0,
                later: rest.iter().map(|p| Later::of(p)).collect(),
                replans: 0,
            };
            tx.insert(T::Due, &key, &s.seal(T::Due, &key, &e))?;
            kept.push(key);
            added += group.len();
        }
        if had_index || !kept.is_empty() {
            write_index(tx, s, &kept)?;
        }
        Ok(added)
    }
}
