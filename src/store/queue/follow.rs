//! What follows an entry that ended (sent, skipped, replaced): its later
//! reminders still ahead, queued again as their deadline's entry.

use chrono::NaiveDate;

use super::keys::{free_key, lead_byte, DueKey, KeyParts};
use super::queued::{Entry, Later};
use crate::store::kv::{KvTx, TreeId as T};
use crate::store::{Subject, TxResult};

/// Inside a transaction: the later reminders of `ended` (entries of `kind`,
/// already removed) that are still ahead of `now_ms`, one entry per
/// deadline — its first reminder in the key, the rest inside. Reminders
/// whose time passed while their entry waited are dropped: one message per
/// deadline after a delay, not a pile. `keys`: the user's index; the new
/// keys are added to it.
pub(super) fn follow_in(
    tx: &mut dyn KvTx,
    s: &Subject,
    kind: u8,
    ended: &[Entry],
    now_ms: u64,
    keys: &mut Vec<DueKey>,
) -> TxResult<()> {
    let mut by_due: Vec<(NaiveDate, Vec<Later>)> = Vec::new();
    for e in ended {
        let ahead = e.later.iter().filter(|l| l.0 > now_ms).copied();
        match by_due.iter_mut().find(|(d, _)| *d == e.due) {
            Some((_, later)) => later.extend(ahead),
            None => by_due.push((e.due, ahead.collect())),
        }
    }
    for (due, mut later) in by_due {
        // Two entries of one deadline (stored before this layout, or a
        // snooze beside the plan's) may list the same reminder.
        later.sort_by_key(|l| l.0);
        later.dedup_by_key(|l| l.0);
        let mut rest = later.into_iter();
        let Some(next) = rest.next() else {
            continue;
        };
        let key = free_key(
            keys,
            KeyParts {
                at_ms: next.0,
                tag: s.tag,
                kind,
                lead: lead_byte(next.1),
            },
        );
        let e = Entry {
            due,
            planned_ms: next.0,
            lead_days: next.1,
            attempts: 0,
            later: rest.collect(),
            replans: 0,
        };
        tx.insert(T::Due, &key, &s.seal(T::Due, &key, &e))?;
        keys.push(key);
    }
    Ok(())
}
