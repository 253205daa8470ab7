//! The values of `reminders_due` ([`Entry`]), a queue entry as the scheduler
//! sees it ([`Queued`]), and reading a user's queue (for `/reminders`).

use chrono::{DateTime, NaiveDate, Utc};
use musofir_law::DeadlineKind;
use serde::{Deserialize, Serialize};

use super::index::index_outside;
use super::keys::{from_ms, ms, parts, DueKey, SNOOZE_LEAD};
use crate::reminders::{Pending, Planned};
use crate::store::codec::Sealed;
use crate::store::kv::TreeId as T;
use crate::store::{Store, StoreError, Subject, UserId};

/// A value of `reminders_due`. Sealed compact (postcard, [`Sealed`]):
/// there may be millions. Entries stored as JSON before (short field names,
/// the date as text, absent fields meaning their default) still open.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Entry {
    /// The deadline's last day when the entry was planned.
    #[serde(rename = "d", with = "crate::store::codec::day")]
    pub due: NaiveDate,
    /// When it was planned to go out (the key moves on retries).
    #[serde(rename = "p")]
    pub planned_ms: u64,
    #[serde(rename = "l", default)]
    pub lead_days: i64,
    #[serde(rename = "n", default)]
    pub attempts: u8,
    /// The deadline's reminders after this one, earliest first: when this
    /// one is sent the entry moves on to the next. One entry per deadline,
    /// not one per lead day, keeps the queue about four times smaller.
    /// (Entries stored before this field stand alone: empty.)
    #[serde(rename = "r", default)]
    pub later: Vec<Later>,
    /// How many replans gave this entry its later reminders while it was
    /// kept (being sent, or due and unsent): a drop decided before the
    /// latest of them yields to it.
    #[serde(rename = "v", default)]
    pub replans: u32,
}

// Every field is always written (postcard reads them by position); the
// `default`s are for JSON entries stored without them.
impl Sealed for Entry {
    const COMPACT: bool = true;
}

/// A later reminder of an entry's deadline: when, and its lead in days.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Later(pub u64, pub i64);

impl Later {
    pub fn of(p: &Planned) -> Later {
        Later(ms(p.at), p.lead_days)
    }
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
    /// The deadline's reminders after this one, as claimed (a replan may
    /// change them meanwhile: what follows a send reads the stored ones).
    pub(super) later: Vec<Later>,
    pub(super) replans: u32,
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
            later: e.later.clone(),
            replans: e.replans,
            key,
        })
    }

    pub(super) fn entry(&self) -> Entry {
        Entry {
            due: self.due,
            planned_ms: ms(self.planned_at),
            lead_days: self.lead_days,
            attempts: self.attempts,
            later: self.later.clone(),
            replans: self.replans,
        }
    }

    /// The reminder this entry sends next.
    pub fn planned(&self) -> Planned {
        Planned {
            kind: self.kind,
            due: self.due,
            at: self.at,
            lead_days: self.lead_days,
        }
    }

    /// Every reminder this entry stands for: the next, then the later ones.
    /// Only the next is the snooze of a snoozed entry: later ones a replan
    /// gave it are the plan's.
    pub fn pending(&self) -> impl Iterator<Item = Pending> + '_ {
        let later = self.later.iter().map(|l| Pending {
            planned: Planned {
                kind: self.kind,
                due: self.due,
                at: from_ms(l.0),
                lead_days: l.1,
            },
            snoozed: false,
        });
        std::iter::once(Pending {
            planned: self.planned(),
            snoozed: self.snoozed,
        })
        .chain(later)
    }
}

pub(super) fn open_entry(s: &Subject, key: &[u8], bytes: &[u8]) -> Option<Entry> {
    s.open::<Entry>(T::Due, key, bytes).ok()
}

impl Store {
    /// The user's queued reminders, earliest first, as `/reminders` lists
    /// them: every one, the later ones of each entry included.
    pub fn pending(&self, user: UserId) -> Result<Vec<Pending>, StoreError> {
        let mut all: Vec<Pending> = self
            .queued(user)?
            .iter()
            .flat_map(|q| q.pending().collect::<Vec<_>>())
            .collect();
        all.sort_by_key(|p| (p.planned.at, p.planned.kind));
        Ok(all)
    }

    /// [`Store::pending`] without the snooze marks.
    pub fn planned(&self, user: UserId) -> Result<Vec<Planned>, StoreError> {
        Ok(self.pending(user)?.into_iter().map(|p| p.planned).collect())
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

    /// How many entries the queue holds in all (one per deadline, its later
    /// reminders inside; counts every entry: for tests, benchmarks and
    /// start-up logs, not for hot paths).
    pub fn queue_len(&self) -> usize {
        self.kv().count(T::Due).unwrap_or(0)
    }
}
