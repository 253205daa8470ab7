//! The durable reminder queue.
//!
//! Trees:
//! - `reminders_due`: `at_ms u64 BE ++ user key (8) ++ kind byte ++ lead byte`
//!   (18 bytes) -> an [`Entry`] through `codec`. Keys sort by send time, so
//!   the next reminder is the first key and everything due is one range.
//! - `reminders_by_user`: `user key` -> the user's due keys (one value per
//!   user), so every change to a user's reminders — a new plan, a send,
//!   `/forget` — reads and writes it with point operations inside one
//!   transaction (sled has no range reads in one).
//! - `reminders_sent`: `user key ++ kind byte` -> [`SentMark`]: the last
//!   reminder sent for the kind, so a rebuilt plan does not repeat it and the
//!   "overdue" message goes out once.
//!
//! Delivery: the scheduler claims due entries (marking them with this
//! process's epoch, so a replan leaves in-flight ones alone), sends, then
//! marks each sent (removing it) and flushes. A crash after a send and before
//! its mark is flushed leaves the entry queued, so that one reminder is sent
//! again after the restart; claims of a dead process do not block anything.
//! Every write that adds something for a user checks, in its transaction,
//! that the user's session still exists, so nothing is queued for an erased
//! user; erasing reads the user's index in its own transaction, so it
//! removes everything queued, whatever ran concurrently.

use std::time::{SystemTime, UNIX_EPOCH};

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use musofir_law::DeadlineKind;
use serde::{Deserialize, Serialize};
use sled::transaction::{
    ConflictableTransactionError, TransactionalTree, UnabortableTransactionError,
};
use sled::Transactional;

use super::{codec, tx, Store, StoreError, UserId};
use crate::reminders::Planned;

pub(super) const DUE_TREE: &str = "reminders_due";
pub(super) const BY_USER_TREE: &str = "reminders_by_user";
pub(super) const SENT_TREE: &str = "reminders_sent";

/// Length of a `reminders_due` key.
pub const DUE_KEY_LEN: usize = 18;
type DueKey = [u8; DUE_KEY_LEN];

/// The lead byte of a "remind me tomorrow" entry.
const SNOOZE_LEAD: u8 = u8::MAX;

/// Stable one-byte codes of the deadline kinds (stored: never reuse one).
fn kind_byte(k: DeadlineKind) -> u8 {
    match k {
        DeadlineKind::Registration => 1,
        DeadlineKind::PatentApplication => 2,
        DeadlineKind::MedicalExam => 3,
        DeadlineKind::PatentPayment => 4,
        DeadlineKind::ContractNotice => 5,
        DeadlineKind::StayLimit => 6,
        DeadlineKind::PatentReissue => 7,
        DeadlineKind::RegistrationEnd => 8,
        DeadlineKind::RegistrationAfterMove => 9,
        DeadlineKind::EmployerNotice => 10,
        DeadlineKind::PatentCapEnd => 11,
        DeadlineKind::EaeuNewContract => 12,
        DeadlineKind::MigrationCardDuplicate => 13,
        DeadlineKind::AppealCourtDecision => 14,
        DeadlineKind::AppealMvdDecision => 15,
    }
}

fn kind_of(b: u8) -> Option<DeadlineKind> {
    DeadlineKind::ALL.into_iter().find(|k| kind_byte(*k) == b)
}

fn lead_byte(lead_days: i64) -> u8 {
    lead_days.clamp(0, i64::from(SNOOZE_LEAD) - 1) as u8
}

fn ms(at: DateTime<Utc>) -> u64 {
    at.timestamp_millis().max(0) as u64
}

fn from_ms(ms: u64) -> DateTime<Utc> {
    Utc.timestamp_millis_opt(ms.min(i64::MAX as u64) as i64)
        .single()
        .unwrap_or(DateTime::<Utc>::MIN_UTC)
}

fn due_key(at_ms: u64, user: UserId, kind: u8, lead: u8) -> DueKey {
    let mut k = [0u8; DUE_KEY_LEN];
    k[..8].copy_from_slice(&at_ms.to_be_bytes());
    k[8..16].copy_from_slice(&user.key());
    k[16] = kind;
    k[17] = lead;
    k
}

struct KeyParts {
    at_ms: u64,
    user: UserId,
    kind: u8,
    lead: u8,
}

fn parse_key(k: &[u8]) -> Option<KeyParts> {
    if k.len() != DUE_KEY_LEN {
        return None;
    }
    Some(KeyParts {
        at_ms: u64::from_be_bytes(k[..8].try_into().ok()?),
        user: UserId::from_key(&k[8..16])?,
        kind: k[16],
        lead: k[17],
    })
}

/// The user's index value: `(at_ms, kind, lead)` of each entry (the user is
/// the key), earliest first.
type Index = Vec<(u64, u8, u8)>;

fn index_of(keys: &[DueKey]) -> Index {
    let mut v: Index = keys
        .iter()
        .filter_map(|k| parse_key(k).map(|p| (p.at_ms, p.kind, p.lead)))
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

fn keys_of_index(user: UserId, index: &Index) -> Vec<DueKey> {
    index
        .iter()
        .map(|(at, kind, lead)| due_key(*at, user, *kind, *lead))
        .collect()
}

/// Inside a transaction: the user's due keys.
pub(super) fn read_index(
    by_user: &TransactionalTree,
    user: UserId,
) -> Result<Vec<DueKey>, UnabortableTransactionError> {
    let index: Index = decode_in(by_user.get(user.key())?).unwrap_or_default();
    Ok(keys_of_index(user, &index))
}

/// Inside a transaction: sets the user's due keys (none: no index entry).
pub(super) fn write_index(
    by_user: &TransactionalTree,
    user: UserId,
    keys: &[DueKey],
) -> Result<(), UnabortableTransactionError> {
    if keys.is_empty() {
        by_user.remove(user.key().as_slice())?;
    } else {
        by_user.insert(user.key().as_slice(), codec::encode(&index_of(keys)))?;
    }
    Ok(())
}

/// Inside a transaction: removes the user's entries that `drop` selects.
fn remove_where(
    due: &TransactionalTree,
    by_user: &TransactionalTree,
    user: UserId,
    drop: impl Fn(&DueKey) -> bool,
) -> Result<usize, UnabortableTransactionError> {
    let keys = read_index(by_user, user)?;
    let (gone, kept): (Vec<DueKey>, Vec<DueKey>) = keys.into_iter().partition(|k| drop(k));
    for k in &gone {
        due.remove(k.as_slice())?;
    }
    if !gone.is_empty() {
        write_index(by_user, user, &kept)?;
    }
    Ok(gone.len())
}

fn sent_key(user: UserId, kind: u8) -> [u8; 9] {
    let mut k = [0u8; 9];
    k[..8].copy_from_slice(&user.key());
    k[8] = kind;
    k
}

/// A value of `reminders_due`. Short field names: there may be millions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct Entry {
    /// The deadline's last day when the entry was planned.
    #[serde(rename = "d")]
    due: NaiveDate,
    /// When it was planned to go out (the key moves on retries).
    #[serde(rename = "p")]
    planned_ms: u64,
    #[serde(rename = "l", default)]
    lead_days: i64,
    #[serde(rename = "n", default, skip_serializing_if = "is_zero")]
    attempts: u8,
    /// The epoch of the process that claimed it for sending.
    #[serde(rename = "c", default, skip_serializing_if = "Option::is_none")]
    claimed: Option<u64>,
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
    fn from_parts(key: DueKey, e: &Entry) -> Option<Queued> {
        let p = parse_key(&key)?;
        Some(Queued {
            user: p.user,
            kind: kind_of(p.kind)?,
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
            claimed: None,
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

type TxResult<T> = Result<T, ConflictableTransactionError<()>>;

fn decode_in<T: serde::de::DeserializeOwned>(v: Option<sled::IVec>) -> Option<T> {
    v.and_then(|b| codec::decode(&b).ok())
}

/// Inside a transaction: removes every queue entry and sent mark of the
/// user (point operations only).
pub(super) fn erase_in(
    user: UserId,
    due: &TransactionalTree,
    by_user: &TransactionalTree,
    sent: &TransactionalTree,
) -> Result<(), UnabortableTransactionError> {
    for k in read_index(by_user, user)? {
        due.remove(k.as_slice())?;
    }
    by_user.remove(user.key().as_slice())?;
    for kind in DeadlineKind::ALL {
        sent.remove(sent_key(user, kind_byte(kind)).as_slice())?;
    }
    Ok(())
}

/// Inside a transaction: `at_ms`, or the next free millisecond for this
/// user, kind and lead (two entries never share a key).
fn free_key(
    due: &TransactionalTree,
    at_ms: u64,
    user: UserId,
    kind: u8,
    lead: u8,
) -> Result<DueKey, UnabortableTransactionError> {
    let mut at = at_ms;
    loop {
        let k = due_key(at, user, kind, lead);
        if due.get(k.as_slice())?.is_none() {
            return Ok(k);
        }
        at = at.saturating_add(1);
    }
}

/// A process-unique claim mark.
pub(super) fn new_epoch() -> u64 {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    nanos.max(1)
}

impl Store {
    /// Woken whenever the queue gains an entry (a plan or a snooze): the
    /// scheduler waits on it besides its timer.
    pub fn queue_signal(&self) -> std::sync::Arc<tokio::sync::Notify> {
        self.signal.clone()
    }

    /// The due keys of a user's queue entries (outside a transaction).
    fn user_due_keys(&self, user: UserId) -> Result<Vec<DueKey>, StoreError> {
        let index: Index = self
            .by_user
            .get(user.key())?
            .and_then(|b| codec::decode(&b).ok())
            .unwrap_or_default();
        Ok(keys_of_index(user, &index))
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
        let u = user.key();
        let epoch = self.epoch;
        let added = tx((
            &self.sessions,
            &self.delivery,
            &self.due,
            &self.by_user,
            &self.sent,
        )
            .transaction(|(s, d, due, by_user, sent)| {
                // Nothing is queued for someone erased or who blocked the bot.
                let blocked = decode_in::<super::Delivery>(d.get(u)?).is_some_and(|d| d.blocked);
                let exists = s.get(u)?.is_some() && !blocked;
                let mut kept: Vec<DueKey> = Vec::new();
                let mut in_flight: Vec<(u8, NaiveDate, i64)> = Vec::new();
                // Unsent reminders already due whose deadline is still planned:
                // (kind byte, due date) -> the latest such key.
                let mut late: Vec<(u8, NaiveDate, DueKey)> = Vec::new();
                for k in read_index(by_user, user)? {
                    if exists {
                        if let Some(e) = decode_in::<Entry>(due.get(k.as_slice())?) {
                            if e.claimed == Some(epoch) {
                                in_flight.push((k[16], e.due, e.lead_days));
                                kept.push(k);
                                continue;
                            }
                            let still_planned = plan
                                .iter()
                                .any(|p| kind_byte(p.kind) == k[16] && p.due == e.due);
                            if e.planned_ms <= ms(now) && still_planned {
                                match late
                                    .iter_mut()
                                    .find(|(kb, d, _)| *kb == k[16] && *d == e.due)
                                {
                                    // Keys sort by time: keep the later one.
                                    Some(slot) if slot.2 < k => {
                                        due.remove(slot.2.as_slice())?;
                                        slot.2 = k;
                                    }
                                    Some(_) => {
                                        due.remove(k.as_slice())?;
                                    }
                                    None => late.push((k[16], e.due, k)),
                                }
                                continue;
                            }
                        }
                    }
                    due.remove(k.as_slice())?;
                }
                kept.extend(late.iter().map(|(_, _, k)| *k));
                if !exists {
                    write_index(by_user, user, &[])?;
                    return TxResult::Ok(0);
                }
                let mut added = 0;
                for p in plan {
                    let kb = kind_byte(p.kind);
                    let mark: Option<SentMark> =
                        decode_in(sent.get(sent_key(user, kb).as_slice())?);
                    if mark.is_some_and(|m| m.due == p.due && m.lead_days <= p.lead_days) {
                        continue;
                    }
                    if in_flight
                        .iter()
                        .any(|(k, d, l)| *k == kb && *d == p.due && *l <= p.lead_days)
                    {
                        continue;
                    }
                    // An "as soon as possible" reminder adds nothing to a
                    // kept one that is already due.
                    if p.at <= now && late.iter().any(|(k, d, _)| *k == kb && *d == p.due) {
                        continue;
                    }
                    let key = free_key(due, ms(p.at), user, kb, lead_byte(p.lead_days))?;
                    let e = Entry {
                        due: p.due,
                        planned_ms: ms(p.at),
                        lead_days: p.lead_days,
                        attempts: 0,
                        claimed: None,
                    };
                    due.insert(key.as_slice(), codec::encode(&e))?;
                    kept.push(key);
                    added += 1;
                }
                write_index(by_user, user, &kept)?;
                Ok(added)
            }))?;
        if added > 0 {
            self.signal.notify_one();
        }
        Ok(added)
    }

    /// When the next reminder not already being sent is due.
    pub fn next_due(&self) -> Result<Option<DateTime<Utc>>, StoreError> {
        for item in self.due.iter() {
            let (k, v) = item?;
            let claimed = codec::decode::<Entry>(&v)
                .map(|e| e.claimed == Some(self.epoch))
                .unwrap_or(false);
            if !claimed {
                return Ok(parse_key(&k).map(|p| from_ms(p.at_ms)));
            }
        }
        Ok(None)
    }

    /// Claims up to `limit` entries due at `now` (earliest first) for
    /// sending. Each must then be marked sent, retried or discarded.
    /// Entries of users who no longer exist are dropped on the way; entries
    /// that do not decode (a newer format) are dropped with a log line.
    pub fn claim_due(&self, now: DateTime<Utc>, limit: usize) -> Result<Vec<Queued>, StoreError> {
        let mut end = [0xFFu8; DUE_KEY_LEN];
        end[..8].copy_from_slice(&ms(now).to_be_bytes());
        let mut found: Vec<(DueKey, Entry)> = Vec::new();
        let mut unreadable: Vec<DueKey> = Vec::new();
        for item in self.due.range(..=end) {
            if found.len() >= limit {
                break;
            }
            let (k, v) = item?;
            let Ok(key) = <DueKey>::try_from(k.as_ref()) else {
                continue;
            };
            match codec::decode::<Entry>(&v) {
                Ok(e) if e.claimed == Some(self.epoch) => {}
                Ok(e) if parse_key(&key).and_then(|p| kind_of(p.kind)).is_some() => {
                    found.push((key, e))
                }
                _ => unreadable.push(key),
            }
        }
        for k in &unreadable {
            tracing::warn!("a queued reminder does not decode; dropped");
            let Some(p) = parse_key(k) else {
                self.due.remove(k)?;
                continue;
            };
            let k = *k;
            tx((&self.due, &self.by_user).transaction(|(due, by_user)| {
                due.remove(k.as_slice())?;
                remove_where(due, by_user, p.user, |x| *x == k)?;
                TxResult::Ok(())
            }))?;
        }
        if found.is_empty() {
            return Ok(Vec::new());
        }
        let epoch = self.epoch;
        tx(
            (&self.sessions, &self.due, &self.by_user).transaction(|(s, due, by_user)| {
                let mut out = Vec::with_capacity(found.len());
                for (k, _) in &found {
                    let Some(mut e) = decode_in::<Entry>(due.get(k.as_slice())?) else {
                        continue;
                    };
                    let Some(q) = Queued::from_parts(*k, &e) else {
                        continue;
                    };
                    if s.get(q.user.key())?.is_none() {
                        due.remove(k.as_slice())?;
                        remove_where(due, by_user, q.user, |x| x == k)?;
                        continue;
                    }
                    e.claimed = Some(epoch);
                    due.insert(k.as_slice(), codec::encode(&e))?;
                    out.push(q);
                }
                TxResult::Ok(out)
            }),
        )
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
        let now_ms = ms(now);
        let kb = kind_byte(q.kind);
        let user = q.user;
        let sk = sent_key(user, kb);
        tx(
            (&self.sessions, &self.due, &self.by_user, &self.sent).transaction(
                |(s, due, by_user, sent)| {
                    due.remove(q.key.as_slice())?;
                    remove_where(due, by_user, user, |k| {
                        *k == q.key
                            || (k[16] == kb && parse_key(k).is_some_and(|p| p.at_ms <= now_ms))
                    })?;
                    if s.get(user.key())?.is_none() {
                        return TxResult::Ok(());
                    }
                    let old: Option<SentMark> = decode_in(sent.get(sk.as_slice())?);
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
                    sent.insert(sk.as_slice(), codec::encode(&mark))?;
                    Ok(())
                },
            ),
        )
    }

    /// Drops a claimed entry without sending it (no longer useful).
    pub fn discard(&self, q: &Queued) -> Result<(), StoreError> {
        let user = q.user;
        tx((&self.due, &self.by_user).transaction(|(due, by_user)| {
            due.remove(q.key.as_slice())?;
            remove_where(due, by_user, user, |k| *k == q.key)?;
            TxResult::Ok(())
        }))
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
        let user = q.user;
        let value = codec::encode(&e);
        tx(
            (&self.sessions, &self.due, &self.by_user).transaction(|(s, due, by_user)| {
                due.remove(q.key.as_slice())?;
                let mut keys = read_index(by_user, user)?;
                keys.retain(|k| *k != q.key);
                if s.get(user.key())?.is_some() {
                    let key = free_key(due, ms(at), user, q.key[16], q.key[17])?;
                    due.insert(key.as_slice(), value.as_slice())?;
                    keys.push(key);
                }
                write_index(by_user, user, &keys)?;
                TxResult::Ok(())
            }),
        )
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
        let kb = kind_byte(kind);
        let done = tx(
            (&self.sessions, &self.due, &self.by_user, &self.sent).transaction(
                |(s, due, by_user, sent)| {
                    if s.get(user.key())?.is_none() {
                        return TxResult::Ok(false);
                    }
                    let mut keys = read_index(by_user, user)?;
                    // The deadline last reminded of, else one still queued.
                    let mark: Option<SentMark> =
                        decode_in(sent.get(sent_key(user, kb).as_slice())?);
                    let mut due_date = mark.map(|m| m.due);
                    for k in keys.iter().filter(|k| k[16] == kb) {
                        if due_date.is_some() {
                            break;
                        }
                        due_date = decode_in::<Entry>(due.get(k.as_slice())?).map(|e| e.due);
                    }
                    // One snooze per kind: the newest replaces the others.
                    for k in keys.iter().filter(|k| k[16] == kb && k[17] == SNOOZE_LEAD) {
                        due.remove(k.as_slice())?;
                    }
                    keys.retain(|k| !(k[16] == kb && k[17] == SNOOZE_LEAD));
                    let e = Entry {
                        due: due_date.unwrap_or_else(|| at.date_naive()),
                        planned_ms: ms(at),
                        lead_days: 0,
                        attempts: 0,
                        claimed: None,
                    };
                    let key = free_key(due, ms(at), user, kb, SNOOZE_LEAD)?;
                    due.insert(key.as_slice(), codec::encode(&e))?;
                    keys.push(key);
                    write_index(by_user, user, &keys)?;
                    Ok(true)
                },
            ),
        )?;
        if done {
            self.signal.notify_one();
        }
        Ok(done)
    }

    /// Cancels the user's queued reminders of one kind.
    pub fn cancel_kind(&self, user: UserId, kind: DeadlineKind) -> Result<(), StoreError> {
        let kb = kind_byte(kind);
        tx((&self.due, &self.by_user).transaction(|(due, by_user)| {
            remove_where(due, by_user, user, |k| k[16] == kb)?;
            TxResult::Ok(())
        }))
    }

    /// Cancels every queued reminder of the user.
    pub fn cancel_all(&self, user: UserId) -> Result<(), StoreError> {
        tx((&self.due, &self.by_user).transaction(|(due, by_user)| {
            remove_where(due, by_user, user, |_| true)?;
            TxResult::Ok(())
        }))
    }

    /// The user's queued reminders, earliest first (for `/reminders`).
    pub fn planned(&self, user: UserId) -> Result<Vec<Planned>, StoreError> {
        Ok(self.queued(user)?.iter().map(Queued::planned).collect())
    }

    /// The user's queue entries, earliest first.
    pub fn queued(&self, user: UserId) -> Result<Vec<Queued>, StoreError> {
        let mut out = Vec::new();
        for k in self.user_due_keys(user)? {
            if let Some(v) = self.due.get(k)? {
                if let Ok(e) = codec::decode::<Entry>(&v) {
                    out.extend(Queued::from_parts(k, &e));
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
        Ok(self
            .sent
            .get(sent_key(user, kind_byte(kind)))?
            .and_then(|b| codec::decode(&b).ok()))
    }

    /// How many reminders are queued in all (counts every entry: for tests,
    /// benchmarks and start-up logs, not for hot paths).
    pub fn queue_len(&self) -> usize {
        self.due.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn due_keys_sort_by_time_then_user() {
        let a = due_key(5, UserId(-3), 1, 7);
        let b = due_key(5, UserId(2), 1, 7);
        let c = due_key(6, UserId(-9), 1, 7);
        let d = due_key(256, UserId(-9), 1, 7);
        assert!(a < b && b < c && c < d);
        let p = parse_key(&b).unwrap();
        assert_eq!((p.at_ms, p.user, p.kind, p.lead), (5, UserId(2), 1, 7));
        for k in DeadlineKind::ALL {
            assert_eq!(kind_of(kind_byte(k)), Some(k));
        }
    }

    #[test]
    fn entries_are_small() {
        let e = Entry {
            due: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
            planned_ms: 1_795_000_000_000,
            lead_days: 7,
            attempts: 0,
            claimed: None,
        };
        let bytes = codec::encode(&e);
        assert!(bytes.len() <= 50, "{}", bytes.len());
        assert_eq!(codec::decode::<Entry>(&bytes).unwrap(), e);
    }
}
