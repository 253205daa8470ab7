//! The scheduler's side: when the next reminder is due, and claiming due
//! entries (in this process's memory) for sending.

use std::collections::HashMap;
use std::ops::Bound;

use chrono::{DateTime, Utc};

use super::keys::{from_ms, ms, DueKey, KeyParts, DUE_KEY_LEN};
use super::queued::{open_entry, Queued};
use crate::store::crypto::Tag;
use crate::store::kv::TreeId as T;
use crate::store::{Store, StoreError, Subject};

impl Store {
    /// Woken whenever the queue gains an entry (a plan or a snooze): the
    /// scheduler waits on it besides its timer.
    pub fn queue_signal(&self) -> std::sync::Arc<tokio::sync::Notify> {
        self.inner.signal.clone()
    }

    pub(super) fn is_claimed(&self, k: &DueKey) -> bool {
        self.inner
            .claimed
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .contains(k)
    }

    pub(super) fn unclaim(&self, k: &DueKey) {
        self.inner
            .claimed
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(k);
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
    /// On an error nothing stays claimed: the claims are this process's
    /// memory, so an entry left claimed would not go until a restart.
    pub fn claim_due(&self, now: DateTime<Utc>, limit: usize) -> Result<Vec<Queued>, StoreError> {
        let mut out = Vec::new();
        match self.claim_due_into(now, limit, &mut out) {
            Ok(()) => Ok(out),
            Err(e) => {
                for q in &out {
                    self.release(q);
                }
                Err(e)
            }
        }
    }

    fn claim_due_into(
        &self,
        now: DateTime<Utc>,
        limit: usize,
        out: &mut Vec<Queued>,
    ) -> Result<(), StoreError> {
        let kv = self.kv();
        let mut end = [0xFFu8; DUE_KEY_LEN];
        end[..8].copy_from_slice(&ms(now).to_be_bytes());
        let mut subjects: HashMap<Tag, Option<Subject>> = HashMap::new();
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
                match kv.contains(T::Due, &key) {
                    Ok(true) => out.push(q),
                    Ok(false) => self.unclaim(&key),
                    Err(e) => {
                        self.unclaim(&key);
                        return Err(e.into());
                    }
                }
            }
        }
        for (k, s) in unreadable {
            tracing::warn!("a queued reminder does not decode; dropped");
            self.remove_entry(&s, &k)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Utc};

    use crate::dialogue::{Next, Session};
    use crate::reminders::Planned;
    use crate::store::kv::fails_once::FailsOnce;
    use crate::store::kv::TreeId;
    use crate::store::UserId;
    use crate::text::Lang;

    #[test]
    fn a_claim_that_fails_half_way_leaves_nothing_claimed() {
        let (dir, store) = crate::store::tests::temp_store();
        let now = Utc.with_ymd_and_hms(2026, 3, 10, 9, 0, 0).unwrap();
        let due = chrono::NaiveDate::from_ymd_opt(2026, 3, 20).unwrap();
        for u in 1..=3 {
            let u = UserId::new(u);
            store
                .commit(u, None, &Next::Save(Session::new(Lang::Uz)), 0)
                .unwrap();
            let plan = [Planned {
                kind: musofir_law::DeadlineKind::Registration,
                due,
                at: now,
                lead_days: 10,
            }];
            assert_eq!(store.replace_plan(u, &plan, now).unwrap(), 1);
        }
        // The same backend, its second look at the queue failing.
        let flaky = FailsOnce::over(&store, &dir.path().join("key"), TreeId::Due, 2);
        assert!(flaky.claim_due(now, 10).is_err());
        // Nothing stays claimed: the next claim gets all three.
        assert_eq!(flaky.next_due().unwrap(), Some(now));
        assert_eq!(flaky.claim_due(now, 10).unwrap().len(), 3);
        assert_eq!(flaky.next_due().unwrap(), None);
    }
}
