//! Persistent state in sled: sessions, delivery facts, seen updates, and the
//! reminder queue ([`queue`]).
//!
//! Only this module imports sled. Every per-user tree is listed in
//! [`Store::erase`], which `/forget` uses, and every value passes through
//! [`codec`].

pub mod codec;
pub mod queue;

use std::path::Path;
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use sled::transaction::{ConflictableTransactionError, TransactionError};
use sled::Transactional;

use crate::dialogue::{Next, Session, Stored};

pub use queue::{Queued, SentMark};

/// A Telegram user (in private chats, the chat id too).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct UserId(pub i64);

impl UserId {
    /// Big-endian with the sign bit flipped, so keys sort like the numbers.
    pub fn key(self) -> [u8; 8] {
        ((self.0 as u64) ^ (1 << 63)).to_be_bytes()
    }

    pub fn from_key(k: &[u8]) -> Option<UserId> {
        let b: [u8; 8] = k.get(..8)?.try_into().ok()?;
        Some(UserId((u64::from_be_bytes(b) ^ (1 << 63)) as i64))
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the data directory cannot be opened: {0}")]
    Open(#[source] sled::Error),
    #[error("storage failed: {0}")]
    Sled(#[from] sled::Error),
}

/// Facts about reaching the user, not about the person.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Delivery {
    /// The user blocked the bot (Telegram answered 403): write nothing more.
    #[serde(default)]
    pub blocked: bool,
}

/// How an update was taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Commit {
    Applied,
    /// The same update id was already applied (redelivery): nothing changed.
    Duplicate,
}

#[derive(Clone)]
pub struct Store {
    db: sled::Db,
    sessions: sled::Tree,
    delivery: sled::Tree,
    /// update_id -> unix seconds when applied. Holds no user id: it only
    /// makes a redelivered update take effect once.
    seen: sled::Tree,
    /// The reminder queue, ordered by send time (see [`queue`]).
    due: sled::Tree,
    /// user -> the user's due keys: which queue entries are theirs.
    by_user: sled::Tree,
    /// user ++ kind -> the last reminder sent for that kind.
    sent: sled::Tree,
    /// Marks queue entries claimed by this process (see [`queue`]).
    epoch: u64,
    /// Woken when the queue gains an entry the scheduler may not know of.
    signal: Arc<tokio::sync::Notify>,
}

impl Store {
    pub fn open(dir: &Path) -> Result<Store, StoreError> {
        let db = sled::Config::new()
            .path(dir)
            .mode(sled::Mode::LowSpace)
            // The 1 GiB default is far beyond what a bot needs; RSS runs 2-3x this.
            .cache_capacity(64 << 20)
            .flush_every_ms(Some(500))
            .open()
            .map_err(StoreError::Open)?;
        Ok(Store {
            sessions: db.open_tree("sessions")?,
            delivery: db.open_tree("delivery")?,
            seen: db.open_tree("seen_updates")?,
            due: db.open_tree(queue::DUE_TREE)?,
            by_user: db.open_tree(queue::BY_USER_TREE)?,
            sent: db.open_tree(queue::SENT_TREE)?,
            epoch: queue::new_epoch(),
            signal: Arc::new(tokio::sync::Notify::new()),
            db,
        })
    }

    pub fn session(&self, user: UserId) -> Result<Stored, StoreError> {
        Ok(match self.sessions.get(user.key())? {
            None => Stored::None,
            Some(bytes) => match codec::decode::<Session>(&bytes) {
                Ok(s) => Stored::Some(s),
                Err(e) => {
                    tracing::warn!(error = %e, "a stored session does not decode; starting over");
                    Stored::Unreadable
                }
            },
        })
    }

    pub fn delivery(&self, user: UserId) -> Result<Delivery, StoreError> {
        Ok(match self.delivery.get(user.key())? {
            Some(bytes) => codec::decode(&bytes).unwrap_or_default(),
            None => Delivery::default(),
        })
    }

    /// Whether this update was already applied.
    pub fn seen(&self, update_id: u32) -> Result<bool, StoreError> {
        Ok(self.seen.contains_key(update_id.to_be_bytes())?)
    }

    /// Applies a step's outcome and records the update as seen, atomically:
    /// a crash leaves either both or neither, so a redelivered update takes
    /// effect exactly once.
    pub fn commit(
        &self,
        user: UserId,
        update_id: Option<u32>,
        next: &Next,
        now_unix: i64,
    ) -> Result<Commit, StoreError> {
        let key = user.key();
        let session = match next {
            Next::Save(s) => Some(codec::encode(s)),
            Next::Erase => None,
        };
        let delivery = codec::encode(&Delivery::default());
        let res = (
            &self.sessions,
            &self.delivery,
            &self.seen,
            &self.due,
            &self.by_user,
            &self.sent,
        )
            .transaction(|(s, d, seen, due, by_user, sent)| {
                if let Some(id) = update_id {
                    let k = id.to_be_bytes();
                    if seen.get(k)?.is_some() {
                        return Ok(Commit::Duplicate);
                    }
                    seen.insert(&k, &now_unix.to_be_bytes())?;
                }
                match &session {
                    Some(bytes) => {
                        s.insert(&key, bytes.as_slice())?;
                        // The user wrote to us, so they can be written to again.
                        d.insert(&key, delivery.as_slice())?;
                    }
                    None => {
                        s.remove(&key)?;
                        d.remove(&key)?;
                        // Every reminder queued for the user goes in the same step.
                        queue::erase_in(user, due, by_user, sent)?;
                    }
                }
                Ok::<_, ConflictableTransactionError<()>>(Commit::Applied)
            });
        match res {
            Ok(c) => Ok(c),
            Err(TransactionError::Storage(e)) => Err(StoreError::Sled(e)),
            Err(TransactionError::Abort(())) => Ok(Commit::Duplicate),
        }
    }

    /// Telegram said the user blocked (or unblocked) the bot. Nothing is
    /// recorded for someone the bot holds nothing about. Blocking cancels
    /// every queued reminder in the same transaction; unblocking queues
    /// nothing (replan with `reminders::replan`).
    pub fn set_blocked(&self, user: UserId, blocked: bool) -> Result<(), StoreError> {
        let key = user.key();
        let value = codec::encode(&Delivery { blocked });
        tx(
            (&self.sessions, &self.delivery, &self.due, &self.by_user).transaction(
                |(s, d, due, by_user)| {
                    if s.get(key)?.is_none() {
                        return Ok(());
                    }
                    d.insert(&key, value.as_slice())?;
                    if blocked {
                        for k in queue::read_index(by_user, user)? {
                            due.remove(k.as_slice())?;
                        }
                        queue::write_index(by_user, user, &[])?;
                    }
                    Ok::<_, ConflictableTransactionError<()>>(())
                },
            ),
        )
    }

    /// Erases everything stored about the user, in one transaction.
    pub fn erase(&self, user: UserId) -> Result<(), StoreError> {
        let key = user.key();
        tx((
            &self.sessions,
            &self.delivery,
            &self.due,
            &self.by_user,
            &self.sent,
        )
            .transaction(|(s, d, due, by_user, sent)| {
                s.remove(&key)?;
                d.remove(&key)?;
                queue::erase_in(user, due, by_user, sent)?;
                Ok::<_, ConflictableTransactionError<()>>(())
            }))
    }

    /// Forgets seen update ids older than `cutoff_unix`. Telegram keeps an
    /// update for at most 24 hours, so two days of ids are enough.
    pub fn prune_seen(&self, cutoff_unix: i64) -> Result<usize, StoreError> {
        let mut removed = 0;
        for item in self.seen.iter() {
            let (k, v) = item?;
            let at = v
                .as_ref()
                .try_into()
                .map(i64::from_be_bytes)
                .unwrap_or(i64::MIN);
            if at < cutoff_unix {
                self.seen.remove(k)?;
                removed += 1;
            }
        }
        Ok(removed)
    }

    /// Every (tree, key) that mentions the user: what `/forget` must leave empty.
    pub fn keys_of(&self, user: UserId) -> Result<Vec<(String, Vec<u8>)>, StoreError> {
        let key = user.key();
        let mut out = Vec::new();
        for name in self.db.tree_names() {
            let tree = self.db.open_tree(&name)?;
            for item in tree.iter() {
                let (k, v) = item?;
                if k.windows(8).any(|w| w == key) || v.windows(8).any(|w| w == key) {
                    out.push((String::from_utf8_lossy(&name).into_owned(), k.to_vec()));
                }
            }
        }
        Ok(out)
    }

    /// Users whose session exists (for start-up tasks and tests).
    pub fn user_count(&self) -> usize {
        self.sessions.len()
    }

    /// Every user with a stored session, in key order (for rebuilding every
    /// plan at start-up). Keys that do not read as a user are skipped.
    pub fn users(&self) -> impl Iterator<Item = UserId> {
        self.sessions
            .iter()
            .keys()
            .filter_map(|k| k.ok().and_then(|k| UserId::from_key(&k)))
    }

    /// Bytes the database takes on disk.
    pub fn size_on_disk(&self) -> Result<u64, StoreError> {
        Ok(self.db.size_on_disk()?)
    }

    /// Makes every write so far durable. sled's `flush_async` can deadlock
    /// when called from many tasks, so the blocking flush runs off the runtime.
    pub async fn flush(&self) -> Result<(), StoreError> {
        let db = self.db.clone();
        tokio::task::spawn_blocking(move || db.flush())
            .await
            .map_err(|e| StoreError::Sled(sled::Error::ReportableBug(e.to_string())))??;
        Ok(())
    }

    pub fn flush_blocking(&self) -> Result<(), StoreError> {
        self.db.flush()?;
        Ok(())
    }
}

/// A transaction's result; an abort (never raised here) reads as a storage error.
fn tx<T>(res: Result<T, TransactionError<()>>) -> Result<T, StoreError> {
    res.map_err(|e| match e {
        TransactionError::Storage(e) => StoreError::Sled(e),
        TransactionError::Abort(()) => {
            StoreError::Sled(sled::Error::Unsupported("transaction aborted".into()))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Lang;

    #[test]
    fn user_keys_sort_like_numbers() {
        let ids = [-1_000_000_000_000i64, -1, 0, 1, 42, i64::MAX];
        let keys: Vec<_> = ids.iter().map(|i| UserId(*i).key()).collect();
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(keys, sorted);
        for i in ids {
            assert_eq!(UserId::from_key(&UserId(i).key()), Some(UserId(i)));
        }
    }

    #[test]
    fn an_update_takes_effect_once_and_erase_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let u = UserId(7);
        let s = Session::new(Lang::Uz);
        assert_eq!(
            store
                .commit(u, Some(10), &Next::Save(s.clone()), 0)
                .unwrap(),
            Commit::Applied
        );
        assert_eq!(
            store.commit(u, Some(10), &Next::Erase, 0).unwrap(),
            Commit::Duplicate
        );
        assert!(matches!(store.session(u).unwrap(), Stored::Some(x) if x == s));
        store.set_blocked(u, true).unwrap();
        assert!(store.delivery(u).unwrap().blocked);
        assert!(!store.keys_of(u).unwrap().is_empty());
        store.commit(u, Some(11), &Next::Erase, 0).unwrap();
        assert_eq!(store.keys_of(u).unwrap(), vec![]);
    }
}
