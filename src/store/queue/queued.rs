//! The values of `reminders_due` ([`Entry`]), a queue entry as the scheduler
//! sees it ([`Queued`]), and reading a user's queue (for `/reminders`).

use chrono::{DateTime, NaiveDate, Utc};
use musofir_law::DeadlineKind;
use serde::{Deserialize, Serialize};

use super::index::index_outside;
use super::keys::{from_ms, ms, parts, DueKey, SNOOZE_LEAD};
use crate::reminders::Planned;
use crate::store::kv::TreeId as T;
use crate::store::{Store, StoreError, Subject, UserId};

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
    pub(super) key: DueKey,
}

impl Queued {
    pub(super) fn from_parts(user: UserId, key: DueKey, e: &Entry) -> Option<Queued> {
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

    pub(super) fn entry(&self) -> Entry {
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

pub(super) fn open_entry(s: &Subject, key: &[u8], bytes: &[u8]) -> Option<Entry> {
    s.open::<Entry>(T::Due, key, bytes).ok()
}

impl Store {
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

    /// How many reminders are queued in all (counts every entry: for tests,
    /// benchmarks and start-up logs, not for hot paths).
    pub fn queue_len(&self) -> usize {
        self.kv().count(T::Due).unwrap_or(0)
    }
}
