//! The durable reminder queue.
//!
//! Trees (a user's tag is the keyed hash of their id, see the module above):
//! - `reminders_due`: `at_ms u64 BE ++ tag (16) ++ kind byte ++ lead byte`
//!   (26 bytes) -> a sealed [`Entry`]. Keys sort by send time, so the next
//!   reminder is the first key and everything due is one range. The send
//!   time and the kind are readable on disk (the scheduler needs the order);
//!   whose reminder it is, and the deadline's date, are not.
//! - `reminders_by_user`: `tag` -> the user's due keys, sealed (one value per
//!   user), so every change to a user's reminders — a new plan, a send,
//!   `/forget` — reads and writes it with point operations inside one
//!   transaction (sled has no range reads in one). An index that does not
//!   decode is rebuilt from the queue, never read as empty.
//! - `reminders_sent`: `tag ++ kind byte` -> a sealed [`SentMark`]: the last
//!   reminder sent for the kind, so a rebuilt plan does not repeat it and the
//!   "overdue" message goes out once.
//!
//! Delivery: the scheduler claims due entries (in this process's memory, so
//! a replan leaves in-flight ones alone), sends, then marks each sent
//! (removing it) and makes the marks durable. A crash after a send and before
//! its mark is durable leaves the entry queued, so that one reminder is sent
//! again after the restart. Every write that adds something for a user checks,
//! in its transaction, that the user's session still exists, so nothing is
//! queued for an erased user; erasing reads the user's index in its own
//! transaction, so it removes everything queued, whatever ran concurrently.

use std::collections::HashMap;
use std::ops::Bound;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use musofir_law::DeadlineKind;
use serde::{Deserialize, Serialize};

use super::crypto::{Tag, TAG_LEN};
use super::kv::{KvTx, TreeId as T, TxError};
use super::{Abort, Delivery, Store, StoreError, Subject, TxResult, UserId};
use crate::reminders::Planned;

/// Length of a `reminders_due` key.
pub const DUE_KEY_LEN: usize = 8 + TAG_LEN + 2;
pub(crate) type DueKey = [u8; DUE_KEY_LEN];

/// The lead byte of a "remind me tomorrow" entry.
const SNOOZE_LEAD: u8 = u8::MAX;

fn lead_byte(lead_days: i64) -> u8 {
    lead_days.clamp(0, i64::from(SNOOZE_LEAD) - 1) as u8
}

pub(crate) fn ms(at: DateTime<Utc>) -> u64 {
    at.timestamp_millis().max(0) as u64
}

pub(crate) fn from_ms(ms: u64) -> DateTime<Utc> {
    Utc.timestamp_millis_opt(ms.min(i64::MAX as u64) as i64)
        .single()
        .unwrap_or(DateTime::<Utc>::MIN_UTC)
}

/// The parts of a `reminders_due` key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct KeyParts {
    pub at_ms: u64,
    pub tag: Tag,
    pub kind: u8,
    pub lead: u8,
}

impl KeyParts {
    pub fn key(&self) -> DueKey {
        let mut k = [0u8; DUE_KEY_LEN];
        k[..8].copy_from_slice(&self.at_ms.to_be_bytes());
        k[8..8 + TAG_LEN].copy_from_slice(&self.tag);
        k[8 + TAG_LEN] = self.kind;
        k[9 + TAG_LEN] = self.lead;
        k
    }

    pub fn parse(k: &[u8]) -> Option<KeyParts> {
        if k.len() != DUE_KEY_LEN {
            return None;
        }
        Some(KeyParts {
            at_ms: u64::from_be_bytes(k[..8].try_into().ok()?),
            tag: k[8..8 + TAG_LEN].try_into().ok()?,
            kind: k[8 + TAG_LEN],
            lead: k[9 + TAG_LEN],
        })
    }
}

fn parts(k: &DueKey) -> KeyParts {
    // A DueKey always has the right length.
    KeyParts::parse(k).unwrap_or(KeyParts {
        at_ms: 0,
        tag: [0; TAG_LEN],
        kind: 0,
        lead: 0,
    })
}

/// The user's index value: `(at_ms, kind, lead)` of each entry (the user is
/// the key), earliest first.
type Index = Vec<(u64, u8, u8)>;

fn index_of(keys: &[DueKey]) -> Index {
    let mut v: Index = keys
        .iter()
        .map(|k| {
            let p = parts(k);
            (p.at_ms, p.kind, p.lead)
        })
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

fn keys_of_index(tag: &Tag, index: &Index) -> Vec<DueKey> {
    index
        .iter()
        .map(|(at_ms, kind, lead)| {
            KeyParts {
                at_ms: *at_ms,
                tag: *tag,
                kind: *kind,
                lead: *lead,
            }
            .key()
        })
        .collect()
}

/// Inside a transaction: the user's due keys. An index that does not decode
/// aborts the transaction so that it is rebuilt ([`with_index_repair`]).
pub(crate) fn read_index(tx: &mut dyn KvTx, s: &Subject) -> TxResult<Vec<DueKey>> {
    match tx.get(T::ByUser, &s.tag)? {
        None => Ok(Vec::new()),
        Some(b) => match s.open::<Index>(T::ByUser, &s.tag, &b) {
            Ok(index) => Ok(keys_of_index(&s.tag, &index)),
            Err(_) => Err(TxError::Abort(Abort::Index)),
        },
    }
}

/// Inside a transaction: sets the user's due keys (none: no index entry).
pub(crate) fn write_index(tx: &mut dyn KvTx, s: &Subject, keys: &[DueKey]) -> TxResult<()> {
    if keys.is_empty() {
        tx.remove(T::ByUser, &s.tag)?;
    } else {
        tx.insert(
            T::ByUser,
            &s.tag,
            &s.seal(T::ByUser, &s.tag, &index_of(keys)),
        )?;
    }
    Ok(())
}

/// The user's due keys, read outside a transaction.
pub(crate) fn index_outside(store: &Store, s: &Subject) -> Result<Vec<DueKey>, StoreError> {
    match store.kv().get(T::ByUser, &s.tag)? {
        None => Ok(Vec::new()),
        Some(b) => match s.open::<Index>(T::ByUser, &s.tag, &b) {
            Ok(index) => Ok(keys_of_index(&s.tag, &index)),
            Err(_) => rebuild_index(store, s),
        },
    }
}

/// Sets a user's index outside a transaction (the upgrade).
pub(crate) fn write_index_outside(
    store: &Store,
    s: &Subject,
    keys: &[DueKey],
) -> Result<(), StoreError> {
    store.kv().insert(
        T::ByUser,
        &s.tag,
        &s.seal(T::ByUser, &s.tag, &index_of(keys)),
    )?;
    Ok(())
}

/// Sets a sent mark outside a transaction (the upgrade).
pub(crate) fn put_sent_mark(
    store: &Store,
    s: &Subject,
    kind: u8,
    mark: &SentMark,
) -> Result<(), StoreError> {
    let sk = sent_key(&s.tag, kind);
    store
        .kv()
        .insert(T::Sent, &sk, &s.seal(T::Sent, &sk, mark))?;
    Ok(())
}

/// Every queue key of a tag, by scanning the whole queue (a repair, or the
/// remains of a user whose key is gone).
pub(crate) fn scan_for(store: &Store, tag: &Tag) -> Result<Vec<DueKey>, StoreError> {
    let mut out = Vec::new();
    let mut after: Option<Vec<u8>> = None;
    loop {
        let lower = match &after {
            Some(k) => std::ops::Bound::Excluded(k.as_slice()),
            None => std::ops::Bound::Unbounded,
        };
        let rows = store
            .kv()
            .scan(T::Due, lower, std::ops::Bound::Unbounded, 10_000)?;
        let Some((last, _)) = rows.last() else {
            break;
        };
        after = Some(last.clone());
        for (k, _) in rows {
            if let Some(p) = KeyParts::parse(&k) {
                if &p.tag == tag {
                    out.push(p.key());
                }
            }
        }
    }
    Ok(out)
}

/// Rebuilds a user's index from the queue itself.
fn rebuild_index(store: &Store, s: &Subject) -> Result<Vec<DueKey>, StoreError> {
    tracing::warn!("a reminder index does not decode; rebuilt from the queue");
    let keys = scan_for(store, &s.tag)?;
    if keys.is_empty() {
        store.kv().remove(T::ByUser, &s.tag)?;
    } else {
        store.kv().insert(
            T::ByUser,
            &s.tag,
            &s.seal(T::ByUser, &s.tag, &index_of(&keys)),
        )?;
    }
    Ok(keys)
}

/// Runs a transaction; if it finds the user's index unreadable, rebuilds the
/// index from the queue and runs it once more.
pub(crate) fn with_index_repair<R>(
    store: &Store,
    s: &Subject,
    mut body: impl FnMut(&mut dyn KvTx) -> TxResult<R>,
) -> Result<R, StoreError> {
    match store.tx(&mut body) {
        Err(StoreError::Aborted(Abort::Index)) => {
            rebuild_index(store, s)?;
            store.tx(body)
        }
        other => other,
    }
}

/// Inside a transaction: removes the user's entries that `drop` selects.
fn remove_where(tx: &mut dyn KvTx, s: &Subject, drop: impl Fn(&DueKey) -> bool) -> TxResult<usize> {
    let keys = read_index(tx, s)?;
    let (gone, kept): (Vec<DueKey>, Vec<DueKey>) = keys.into_iter().partition(|k| drop(k));
    for k in &gone {
        tx.remove(T::Due, k)?;
    }
    if !gone.is_empty() {
        write_index(tx, s, &kept)?;
    }
    Ok(gone.len())
}

fn sent_key(tag: &Tag, kind: u8) -> [u8; TAG_LEN + 1] {
    let mut k = [0u8; TAG_LEN + 1];
    k[..TAG_LEN].copy_from_slice(tag);
    k[TAG_LEN] = kind;
    k
}

/// A value of `reminders_due`. Short field names: there may be millions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Entry {
    /// The deadline's last day when the entry was planned.
    #[serde(rename = "d")]
    pub due: NaiveDate,
    /// When it was planned to go out (the key moves on retries).
    #[serde(rename = "p")]
    pub planned_ms: u64,
    #[serde(rename = "l", default)]
    pub lead_days: i64,
    #[serde(rename = "n", default, skip_serializing_if = "is_zero")]
    pub attempts: u8,
}

fn is_zero(n: &u8) -> bool {
    *n == 0
}

/// What was last sent for a user's kind of deadline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentMark {
    #[serde(rename = "d")]
    pub due: NaiveDate,
    /// The smallest lead sent for this due date (negative: days overdue).
    #[serde(rename = "l")]
    pub lead_days: i64,
    /// The "overdue" message went out for this due date.
    #[serde(rename = "o", default)]
    pub overdue: bool,
    #[serde(rename = "t")]
    pub at_ms: i64,
}

/// A queue entry as the scheduler sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Queued {
    pub user: UserId,
    pub kind: DeadlineKind,
    pub due: NaiveDate,
    /// When it is (now) due to go out.
    pub at: DateTime<Utc>,
    /// When the plan first put it.
    pub planned_at: DateTime<Utc>,
    pub lead_days: i64,
    /// Failed sends so far.
    pub attempts: u8,
    /// A "remind me tomorrow" entry.
    pub snoozed: bool,
    key: DueKey,
}

impl Queued {
    fn from_parts(user: UserId, key: DueKey, e: &Entry) -> Option<Queued> {
        let p = parts(&key);
        Some(Queued {
            user,
            kind: DeadlineKind::from_byte(p.kind)?,
            due: e.due,
            at: from_ms(p.at_ms),
            planned_at: from_ms(e.planned_ms),
            lead_days: e.lead_days,
            attempts: e.attempts,
            snoozed: p.lead == SNOOZE_LEAD,
            key,
        })
    }

    fn entry(&self) -> Entry {
        Entry {
            due: self.due,
            planned_ms: ms(self.planned_at),
            lead_days: self.lead_days,
            attempts: self.attempts,
        }
    }

    pub fn planned(&self) -> Planned {
        Planned {
            kind: self.kind,
            due: self.due,
            at: self.at,
            lead_days: self.lead_days,
        }
    }
}

fn open_entry(s: &Subject, key: &[u8], bytes: &[u8]) -> Option<Entry> {
    s.open::<Entry>(T::Due, key, bytes).ok()
}

/// Inside a transaction: removes every queue entry and sent mark of the
/// user (point operations only). `due_keys`: the user's entries, read before.
pub(crate) fn erase_in(tx: &mut dyn KvTx, tag: &Tag, due_keys: &[DueKey]) -> TxResult<()> {
    for k in due_keys {
        tx.remove(T::Due, k)?;
    }
    tx.remove(T::ByUser, tag)?;
    for kind in DeadlineKind::ALL {
        tx.remove(T::Sent, &sent_key(tag, kind.byte()))?;
    }
    Ok(())
}

/// Inside a transaction: `at_ms`, or the next free millisecond for this
/// user, kind and lead (two entries never share a key).
fn free_key(tx: &mut dyn KvTx, mut p: KeyParts) -> TxResult<DueKey> {
    loop {
        let k = p.key();
        if tx.get(T::Due, &k)?.is_none() {
            return Ok(k);
        }
        p.at_ms = p.at_ms.saturating_add(1);
    }
}

impl Store {
    /// Woken whenever the queue gains an entry (a plan or a snooze): the
    /// scheduler waits on it besides its timer.
    pub fn queue_signal(&self) -> std::sync::Arc<tokio::sync::Notify> {
        self.inner.signal.clone()
    }

    fn is_claimed(&self, k: &DueKey) -> bool {
        self.inner
            .claimed
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .contains(k)
    }

    fn unclaim(&self, k: &DueKey) {
        self.inner
            .claimed
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(k);
    }

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
            if let Some(from) = from {
                let current = tx.get(T::Sessions, &tag)?.and_then(|b| {
                    s.open::<crate::dialogue::Session>(T::Sessions, &tag, &b)
                        .ok()
                });
                if current
                    .is_some_and(|c| c.answers != from.answers || c.reminders != from.reminders)
                {
                    return Ok(0);
                }
            }
            // Nothing is queued for someone erased or who blocked the bot.
            let blocked = tx
                .get(T::Delivery, &tag)?
                .and_then(|b| s.open::<Delivery>(T::Delivery, &tag, &b).ok())
                .is_some_and(|d| d.blocked);
            let exists = tx.get(T::Sessions, &tag)?.is_some() && !blocked;
            let mut kept: Vec<DueKey> = Vec::new();
            let mut in_flight: Vec<(u8, NaiveDate, i64)> = Vec::new();
            // Unsent reminders already due whose deadline is still planned:
            // (kind byte, due date) -> the latest such key.
            let mut late: Vec<(u8, NaiveDate, DueKey)> = Vec::new();
            for k in read_index(tx, &s)? {
                let kb = parts(&k).kind;
                if exists {
                    if let Some(e) = tx.get(T::Due, &k)?.and_then(|b| open_entry(&s, &k, &b)) {
                        if self.is_claimed(&k) {
                            in_flight.push((kb, e.due, e.lead_days));
                            kept.push(k);
                            continue;
                        }
                        let still_planned =
                            plan.iter().any(|p| p.kind.byte() == kb && p.due == e.due);
                        if e.planned_ms <= ms(now) && still_planned {
                            match late.iter_mut().find(|(b, d, _)| *b == kb && *d == e.due) {
                                // Keys sort by time: keep the later one.
                                Some(slot) if slot.2 < k => {
                                    tx.remove(T::Due, &slot.2)?;
                                    slot.2 = k;
                                }
                                Some(_) => {
                                    tx.remove(T::Due, &k)?;
                                }
                                None => late.push((kb, e.due, k)),
                            }
                            continue;
                        }
                    }
                }
                tx.remove(T::Due, &k)?;
            }
            kept.extend(late.iter().map(|(_, _, k)| *k));
            if !exists {
                write_index(tx, &s, &[])?;
                return Ok(0);
            }
            let mut added = 0;
            for p in plan {
                let kb = p.kind.byte();
                let sk = sent_key(&tag, kb);
                let mark: Option<SentMark> = tx
                    .get(T::Sent, &sk)?
                    .and_then(|b| s.open(T::Sent, &sk, &b).ok());
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
                if p.at <= now && late.iter().any(|(k, d, _)| *k == kb && *d == p.due) {
                    continue;
                }
                let key = free_key(
                    tx,
                    KeyParts {
                        at_ms: ms(p.at),
                        tag,
                        kind: kb,
                        lead: lead_byte(p.lead_days),
                    },
                )?;
                let e = Entry {
                    due: p.due,
                    planned_ms: ms(p.at),
                    lead_days: p.lead_days,
                    attempts: 0,
                };
                tx.insert(T::Due, &key, &s.seal(T::Due, &key, &e))?;
                kept.push(key);
                added += 1;
            }
            write_index(tx, &s, &kept)?;
            Ok(added)
        })?;
        if added > 0 {
            self.inner.signal.notify_one();
        }
        Ok(added)
    }

    /// When the next reminder not already being sent is due.
    pub fn next_due(&self) -> Result<Option<DateTime<Utc>>, StoreError> {
        let mut after: Option<Vec<u8>> = None;
        loop {
            let lower = match &after {
                Some(k) => Bound::Excluded(k.as_slice()),
                None => Bound::Unbounded,
            };
            let rows = self.kv().scan(T::Due, lower, Bound::Unbounded, 64)?;
            let Some((last, _)) = rows.last() else {
                return Ok(None);
            };
            after = Some(last.clone());
            for (k, _) in rows {
                let Some(p) = KeyParts::parse(&k) else {
                    continue;
                };
                if !self.is_claimed(&p.key()) {
                    return Ok(Some(from_ms(p.at_ms)));
                }
            }
        }
    }

    /// Claims up to `limit` entries due at `now` (earliest first) for
    /// sending. Each must then be marked sent, retried or discarded.
    /// Entries of users who no longer exist are dropped on the way; entries
    /// that do not decode are dropped with a log line (and out of the index).
    pub fn claim_due(&self, now: DateTime<Utc>, limit: usize) -> Result<Vec<Queued>, StoreError> {
        let kv = self.kv();
        let mut end = [0xFFu8; DUE_KEY_LEN];
        end[..8].copy_from_slice(&ms(now).to_be_bytes());
        let mut subjects: HashMap<Tag, Option<Subject>> = HashMap::new();
        let mut out = Vec::new();
        let mut unreadable: Vec<(DueKey, Subject)> = Vec::new();
        let mut after: Option<Vec<u8>> = None;
        'scan: loop {
            let lower = match &after {
                Some(k) => Bound::Excluded(k.as_slice()),
                None => Bound::Unbounded,
            };
            let rows = kv.scan(T::Due, lower, Bound::Included(&end[..]), limit.max(16))?;
            let Some((last, _)) = rows.last() else {
                break;
            };
            after = Some(last.clone());
            for (k, v) in rows {
                if out.len() >= limit {
                    break 'scan;
                }
                let Some(p) = KeyParts::parse(&k) else {
                    tracing::warn!("a queue key has a wrong length; dropped");
                    kv.remove(T::Due, &k)?;
                    continue;
                };
                let key = p.key();
                if self.is_claimed(&key) {
                    continue;
                }
                let s = match subjects.get(&p.tag) {
                    Some(s) => s.clone(),
                    None => {
                        let s = self.subject_by_tag(&p.tag, None)?;
                        subjects.insert(p.tag, s.clone());
                        s
                    }
                };
                let Some(s) = s else {
                    // Nobody to send it to any more.
                    kv.remove(T::Due, &key)?;
                    continue;
                };
                let q = open_entry(&s, &key, &v).and_then(|e| Queued::from_parts(s.id, key, &e));
                let Some(q) = q else {
                    unreadable.push((key, s));
                    continue;
                };
                if !kv.contains(T::Sessions, &s.tag)? {
                    self.remove_entry(&s, &key)?;
                    continue;
                }
                self.inner
                    .claimed
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .insert(key);
                // Claimed first, then checked: a replan either saw the claim
                // and kept the entry, or removed it before and it is not sent.
                if !kv.contains(T::Due, &key)? {
                    self.unclaim(&key);
                    continue;
                }
                out.push(q);
            }
        }
        for (k, s) in unreadable {
            tracing::warn!("a queued reminder does not decode; dropped");
            self.remove_entry(&s, &k)?;
        }
        Ok(out)
    }

    fn remove_entry(&self, s: &Subject, k: &DueKey) -> Result<(), StoreError> {
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
    /// them: one message instead of a pile), and records what was sent.
    /// `overdue`: it was the "overdue" message.
    pub fn mark_sent(
        &self,
        q: &Queued,
        now: DateTime<Utc>,
        overdue: bool,
    ) -> Result<(), StoreError> {
        let res = self.mark_sent_inner(q, now, overdue);
        self.unclaim(&q.key);
        res
    }

    fn mark_sent_inner(
        &self,
        q: &Queued,
        now: DateTime<Utc>,
        overdue: bool,
    ) -> Result<(), StoreError> {
        let Some(s) = self.subject_of(q)? else {
            self.kv().remove(T::Due, &q.key)?;
            return Ok(());
        };
        let now_ms = ms(now);
        let kb = q.kind.byte();
        let sk = sent_key(&s.tag, kb);
        with_index_repair(self, &s, |tx| {
            tx.remove(T::Due, &q.key)?;
            remove_where(tx, &s, |k| {
                let p = parts(k);
                *k == q.key || (p.kind == kb && p.at_ms <= now_ms)
            })?;
            if tx.get(T::Sessions, &s.tag)?.is_none() {
                return Ok(());
            }
            let old: Option<SentMark> = tx
                .get(T::Sent, &sk)?
                .and_then(|b| s.open(T::Sent, &sk, &b).ok());
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
            Ok(())
        })
    }

    /// Drops a claimed entry without sending it (no longer useful).
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
            tx.remove(T::Due, &q.key)?;
            let mut keys = read_index(tx, &s)?;
            keys.retain(|k| *k != q.key);
            if tx.get(T::Sessions, &s.tag)?.is_some() {
                let key = free_key(
                    tx,
                    KeyParts {
                        at_ms: ms(at),
                        tag: old.tag,
                        kind: old.kind,
                        lead: old.lead,
                    },
                )?;
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
            };
            let key = free_key(
                tx,
                KeyParts {
                    at_ms: ms(at),
                    tag: s.tag,
                    kind: kb,
                    lead: SNOOZE_LEAD,
                },
            )?;
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

    /// The user's queued reminders, earliest first (for `/reminders`).
    pub fn planned(&self, user: UserId) -> Result<Vec<Planned>, StoreError> {
        Ok(self.queued(user)?.iter().map(Queued::planned).collect())
    }

    /// The user's queue entries, earliest first.
    pub fn queued(&self, user: UserId) -> Result<Vec<Queued>, StoreError> {
        let Some(s) = self.subject(user)? else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        for k in index_outside(self, &s)? {
            if let Some(v) = self.kv().get(T::Due, &k)? {
                match open_entry(&s, &k, &v) {
                    Some(e) => out.extend(Queued::from_parts(s.id, k, &e)),
                    None => tracing::warn!("a queued reminder does not decode; not listed"),
                }
            }
        }
        Ok(out)
    }

    /// What was last sent to the user about a kind of deadline.
    pub fn sent_mark(
        &self,
        user: UserId,
        kind: DeadlineKind,
    ) -> Result<Option<SentMark>, StoreError> {
        let Some(s) = self.subject(user)? else {
            return Ok(None);
        };
        let sk = sent_key(&s.tag, kind.byte());
        Ok(match self.kv().get(T::Sent, &sk)? {
            None => None,
            Some(b) => match s.open(T::Sent, &sk, &b) {
                Ok(m) => Some(m),
                Err(e) => {
                    // Without the mark a reminder may go out once more; the
                    // queue itself is intact.
                    tracing::warn!(error = %e, "a sent mark does not decode; removed");
                    self.kv().remove(T::Sent, &sk)?;
                    None
                }
            },
        })
    }

    /// How many reminders are queued in all (counts every entry: for tests,
    /// benchmarks and start-up logs, not for hot paths).
    pub fn queue_len(&self) -> usize {
        self.kv().count(T::Due).unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn due_keys_sort_by_time_then_user() {
        let k = |at, t: u8| {
            KeyParts {
                at_ms: at,
                tag: [t; TAG_LEN],
                kind: 1,
                lead: 7,
            }
            .key()
        };
        let (a, b, c, d) = (k(5, 1), k(5, 2), k(6, 0), k(256, 0));
        assert!(a < b && b < c && c < d);
        assert_eq!(
            KeyParts::parse(&b),
            Some(KeyParts {
                at_ms: 5,
                tag: [2; TAG_LEN],
                kind: 1,
                lead: 7
            })
        );
        for k in DeadlineKind::ALL {
            assert_eq!(DeadlineKind::from_byte(k.byte()), Some(k));
        }
    }
}
