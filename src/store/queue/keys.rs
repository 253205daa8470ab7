//! The keys of `reminders_due` ([`KeyParts`]): send time, user tag, kind and
//! lead, in an order that sorts by send time.

use chrono::{DateTime, TimeZone, Utc};

use crate::store::crypto::{Tag, TAG_LEN};

/// Length of a `reminders_due` key.
pub const DUE_KEY_LEN: usize = 8 + TAG_LEN + 2;
pub(crate) type DueKey = [u8; DUE_KEY_LEN];

/// The lead byte of a "remind me tomorrow" entry.
pub(super) const SNOOZE_LEAD: u8 = u8::MAX;

pub(super) fn lead_byte(lead_days: i64) -> u8 {
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

pub(super) fn parts(k: &DueKey) -> KeyParts {
    // A DueKey always has the right length.
    KeyParts::parse(k).unwrap_or(KeyParts {
        at_ms: 0,
        tag: [0; TAG_LEN],
        kind: 0,
        lead: 0,
    })
}

/// `p`'s key, or the next millisecond whose key is not in `taken`: the keys
/// of this user still in the queue. A key holds the user's tag, so only
/// their own entries can collide, and their index lists them all — no read
/// of the queue needed. (On PostgreSQL a read of an absent key locks the
/// whole index page against other writers, and due keys of many users
/// cluster on the same pages: such probes made concurrent plans conflict.)
pub(super) fn free_key(taken: &[DueKey], mut p: KeyParts) -> DueKey {
    loop {
        let k = p.key();
        if !taken.contains(&k) {
            return k;
        }
        p.at_ms = p.at_ms.saturating_add(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use musofir_law::DeadlineKind;

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
