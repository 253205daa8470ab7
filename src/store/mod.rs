//! Persistent state, encrypted at rest: sessions, delivery facts, seen
//! updates, and the reminder queue ([`queue`]), over a backend ([`kv`]):
//! sled (embedded, the default) or PostgreSQL (several instances).
//!
//! What the backend holds names no one:
//! - every key derived from a user is a keyed hash of their id (a [`Tag`]);
//!   the id itself (the chat to send reminders to) is only inside sealed values;
//! - every value that belongs to a user is sealed ([`codec::seal`]) under that
//!   user's key, with its tree and key as associated data;
//! - each user's key comes from a secret in the backend's key slots (for
//!   sled, the [`keyring`] file outside sled), which `/forget` destroys:
//!   erasure holds on disk even though sled keeps removed values in old log
//!   segments;
//! - seen update ids are keyed hashes too, and hold no user.
//!
//! Trees: `meta` (format, key check), `users` (tag -> keyring slot ++ sealed
//! user id), `sessions` and `delivery` (tag -> sealed value), `seen_updates`
//! (update tag -> unix seconds), and the queue's trees. [`Store::erase`] and
//! the erasing [`Store::commit`] remove a user from all of them.
//!
//! Durability: writes are committed in memory; [`Store::durable`] waits until
//! everything committed before it is on disk (group commit, [`durable`]).
//! The shells call it before sending any reply.

pub mod backup;
pub mod codec;
pub mod crypto;
mod durable;
pub mod keyring;
pub mod kv;
mod migrate;
mod open;
pub mod queue;
mod steps;
pub mod transfer;
mod users;

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use musofir_law::DeadlineKind;
use serde::{Deserialize, Serialize};

pub use crypto::{KeyError, Tag};
pub use durable::NotDurable;
pub(crate) use open::open_sled;
pub use open::{default_key_file, StorePaths};
pub use queue::{Queued, SentMark};

use crate::dialogue::{Next, Session, Stored};
use crate::reminders::Planned;
use crypto::{Keys, UserKey};
use keyring::KeyringError;
use kv::{Kv, KvError, KvTx, Slot, TreeId as T, TxError};

/// A Telegram user (in private chats, the chat id too). Only the store and
/// the shells see the number: the store keeps a keyed hash of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct UserId(i64);

impl UserId {
    pub const fn new(id: i64) -> UserId {
        UserId(id)
    }

    /// The Telegram id (the private chat to write to).
    pub const fn get(self) -> i64 {
        self.0
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the data directory {0} cannot be opened: {1}")]
    Open(PathBuf, #[source] sled::Error),
    #[error("storage failed: {0}")]
    Sled(#[from] sled::Error),
    #[error("the store in {0} is in use by another running Musofir (stop it first)")]
    InUse(PathBuf),
    #[error(transparent)]
    Key(#[from] KeyError),
    #[error("{0} (data directory {1})")]
    Keyring(#[source] KeyringError, PathBuf),
    #[error("the store in {0} has format {1}, which this version of Musofir cannot read: run a newer version")]
    NewerFormat(PathBuf, u8),
    #[error("the store in {0} cannot be upgraded: {1}")]
    Upgrade(PathBuf, String),
    #[error(transparent)]
    NotDurable(#[from] NotDurable),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("a store transaction stopped: {0:?}")]
    Aborted(Abort),
    #[error("the store's backend failed: {0}")]
    Backend(#[from] KvError),
    #[error("the database at {0} cannot be used: {1}")]
    Database(String, String),
}

impl From<KeyringError> for StoreError {
    fn from(e: KeyringError) -> StoreError {
        StoreError::Keyring(e, PathBuf::new())
    }
}

/// Facts about reaching the user, not about the person. Sealed compact
/// (one for every user); JSON ones stored before, fields left out at their
/// default, open too.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Delivery {
    /// The user blocked the bot (Telegram answered 403): write nothing more.
    #[serde(default)]
    pub blocked: bool,
    /// When the user last wrote to the bot (unix seconds): retention counts
    /// from here.
    #[serde(default, rename = "a")]
    pub active_at: Option<i64>,
    /// When the notice "your data will be erased" went out for this silence
    /// (unix seconds).
    #[serde(default, rename = "w")]
    pub warned_at: Option<i64>,
}

// Every field always written: postcard reads them by position.
impl codec::Sealed for Delivery {
    const COMPACT: bool = true;
}
impl codec::Sealed for Session {}
/// The user id in `users`: a varint, compact.
impl codec::Sealed for i64 {
    const COMPACT: bool = true;
}

/// How an update was taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Commit {
    Applied,
    /// The same update id was already applied (redelivery): nothing changed.
    Duplicate,
    /// The session changed since it was read (another instance took an
    /// update of the same user meanwhile): nothing changed; step again.
    Stale,
    /// The user had been marked as having blocked the bot (their reminders
    /// cancelled) and writes again, but the step brought no plan: nothing
    /// changed; step again with one ([`Store::commit_step`] only).
    Unplanned,
}

/// What a step does to the user's reminder queue, committed in the step's
/// own transaction ([`Store::commit_step`]): a crash cannot leave the new
/// answers stored with the queue of the old ones.
#[derive(Clone, Debug)]
pub struct Requeue {
    /// When the step was taken: what is due, what fell due unsent.
    pub now: DateTime<Utc>,
    /// The plan made from the step's session, when the step changed the
    /// answers or the reminder settings: it replaces the user's queue.
    pub plan: Option<Vec<Planned>>,
    /// "Remind me tomorrow", asked in the step: a kind, and when.
    pub snoozes: Vec<(DeadlineKind, DateTime<Utc>)>,
}

/// Which stored session a step was computed from: a hash of its sealed
/// bytes (every write seals with a fresh nonce, so any write changes it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Version(Option<blake3::Hash>);

impl Version {
    fn of(sealed: Option<&[u8]>) -> Version {
        Version(sealed.map(blake3::hash))
    }
}

pub(crate) const FORMAT_KEY: &[u8] = b"format";
pub(crate) const CHECK_KEY: &[u8] = b"key_check";
/// The on-disk layout this version writes (1: plain, before encryption; 2:
/// sealed, every value JSON; 3: queue entries, indexes and sent marks
/// compact). A store of format 2 is opened as it is — its values open — and
/// marked 3, so that a version before 3, which would drop the compact
/// entries it cannot read, refuses it instead.
pub(crate) const FORMAT: u8 = 3;
pub(crate) const FORMAT_JSON: u8 = 2;

/// A user as the store knows them: id, tag, and the key of their values.
#[derive(Clone)]
pub(crate) struct Subject {
    pub id: UserId,
    pub tag: Tag,
    slot: Slot,
    key: UserKey,
}

impl Subject {
    pub(crate) fn seal<V: codec::Sealed>(&self, tree: T, key: &[u8], value: &V) -> Vec<u8> {
        codec::seal(&self.key, &codec::place(tree.name(), key), value)
    }

    pub(crate) fn seal_raw(&self, tree: T, key: &[u8], plain: &[u8]) -> Vec<u8> {
        codec::seal_raw(&self.key, &codec::place(tree.name(), key), plain)
    }

    pub(crate) fn open<V: serde::de::DeserializeOwned>(
        &self,
        tree: T,
        key: &[u8],
        bytes: &[u8],
    ) -> Result<V, codec::CodecError> {
        codec::open(&self.key, &codec::place(tree.name(), key), bytes)
    }

    /// Whether the user's delivery facts, read in `tx`, say they blocked the
    /// bot (facts that do not decode count as reachable, as everywhere).
    pub(crate) fn blocked_in(&self, tx: &mut dyn KvTx) -> TxResult<bool> {
        Ok(tx
            .get(T::Delivery, &self.tag)?
            .and_then(|b| self.open::<Delivery>(T::Delivery, &self.tag, &b).ok())
            .is_some_and(|d| d.blocked))
    }
}

#[derive(Clone)]
pub struct Store {
    inner: Arc<Inner>,
}

struct Inner {
    // Dropped first: its thread makes a last flush and lets go of the backend.
    flusher: durable::Flusher,
    kv: Arc<dyn Kv>,
    /// Where the store is, for messages (a data directory, or a database
    /// without its password).
    location: String,
    keys: Keys,
    /// Queue entries this process is sending right now.
    claimed: Mutex<HashSet<queue::DueKey>>,
    /// Users looked up lately: their key without a slot read and a
    /// decryption each time. Emptied when full; a user is dropped from it
    /// when erased.
    subjects: Mutex<std::collections::HashMap<Tag, Subject>>,
    /// Woken when the queue gains an entry the scheduler may not know of.
    signal: Arc<tokio::sync::Notify>,
}

impl Store {
    /// A cheap read that fails when the backend does not answer (health).
    pub fn check(&self) -> Result<(), StoreError> {
        self.inner.kv.get(T::Meta, FORMAT_KEY)?;
        Ok(())
    }

    /// Where the store is (a data directory, or a database without its
    /// password), for messages.
    pub fn location(&self) -> &str {
        &self.inner.location
    }

    /// Whether this instance sends reminders (the leader among instances
    /// sharing a database; always, with the embedded store).
    pub fn is_leader(&self) -> bool {
        self.inner.kv.is_leader()
    }

    /// Whether a call waits on a database server (see [`kv::Kv::waits_on_network`]).
    pub fn waits_on_network(&self) -> bool {
        self.inner.kv.waits_on_network()
    }

    /// Changes of [`Store::is_leader`] (`None`: this instance always leads).
    pub fn leader_changes(&self) -> Option<tokio::sync::watch::Receiver<bool>> {
        self.inner.kv.leader_changes()
    }

    /// A value of the store's own (not a user's): format, law version, jobs.
    pub fn meta(&self, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self.inner.kv.get(T::Meta, key.as_bytes())?)
    }

    /// Sets (or with `None` removes) a value of the store's own.
    pub fn set_meta(&self, key: &str, value: Option<&[u8]>) -> Result<(), StoreError> {
        if key.as_bytes() == FORMAT_KEY || key.as_bytes() == CHECK_KEY {
            return Err(StoreError::Io(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "the store's format and key check are not set from outside",
            )));
        }
        match value {
            Some(v) => self.inner.kv.insert(T::Meta, key.as_bytes(), v)?,
            None => self.inner.kv.remove(T::Meta, key.as_bytes())?,
        };
        Ok(())
    }

    /// How many users the store holds (counts keys; no decryption).
    pub fn user_count(&self) -> usize {
        self.inner.kv.count(T::Users).unwrap_or(0)
    }

    /// Every (tree, key) that belongs to the user, and their keyring slot:
    /// what `/forget` must leave empty (for tests and checks).
    pub fn keys_of(&self, user: UserId) -> Result<Vec<(String, Vec<u8>)>, StoreError> {
        let tag = self.tag(user);
        let mut out = Vec::new();
        for tree in T::ALL {
            let rows = self.inner.kv.scan(
                tree,
                std::ops::Bound::Unbounded,
                std::ops::Bound::Unbounded,
                usize::MAX,
            )?;
            for (k, v) in rows {
                if k.windows(tag.len()).any(|w| w == tag) || v.windows(tag.len()).any(|w| w == tag)
                {
                    out.push((tree.name().to_string(), k));
                }
            }
        }
        if let Some(v) = self.inner.kv.get(T::Users, &tag)? {
            if let Some(slot) = slot_of(&v) {
                if self.inner.kv.slots().secret(slot, &tag)?.is_some() {
                    out.push(("key slots".into(), slot.to_be_bytes().to_vec()));
                }
            }
        }
        Ok(out)
    }

    /// The user's secret in the keyring: only for tests that prove it is gone
    /// from the disk after `/forget`.
    #[doc(hidden)]
    pub fn keyring_secret_for_tests(&self, user: UserId) -> Result<Option<[u8; 32]>, StoreError> {
        let tag = self.tag(user);
        let Some(v) = self.inner.kv.get(T::Users, &tag)? else {
            return Ok(None);
        };
        let Some(slot) = slot_of(&v) else {
            return Ok(None);
        };
        Ok(self.inner.kv.slots().secret(slot, &tag)?.map(|s| *s))
    }

    /// Bytes the database takes on disk.
    pub fn size_on_disk(&self) -> Result<u64, StoreError> {
        Ok(self.inner.kv.size_on_disk()?)
    }

    /// Each tree's name, entries and bytes of keys and values, as stored
    /// (what the data weighs before the backend's own overhead). Reads
    /// everything: for benchmarks and operators, not for hot paths.
    pub fn contents(&self) -> Result<Vec<(&'static str, usize, u64)>, StoreError> {
        let mut out = Vec::new();
        for tree in kv::TreeId::ALL {
            let (mut n, mut bytes) = (0usize, 0u64);
            kv::batches(&*self.inner.kv, tree, 4096, |rows| {
                n += rows.len();
                bytes += rows
                    .iter()
                    .map(|(k, v)| (k.len() + v.len()) as u64)
                    .sum::<u64>();
                Ok::<(), StoreError>(())
            })?;
            out.push((tree.name(), n, bytes));
        }
        Ok(out)
    }

    /// Runs `body` as one transaction over the backend; its result, or the
    /// error or abort that stopped it. The body may run more than once.
    pub(crate) fn tx<R>(
        &self,
        mut body: impl FnMut(&mut dyn KvTx) -> Result<R, TxError<Abort>>,
    ) -> Result<R, StoreError> {
        let mut out: Option<R> = None;
        let mut abort: Option<Abort> = None;
        let res = self.inner.kv.transaction(&mut |tx: &mut dyn KvTx| {
            abort = None;
            match body(tx) {
                Ok(r) => {
                    out = Some(r);
                    Ok(())
                }
                Err(TxError::Abort(a)) => {
                    abort = Some(a);
                    Err(TxError::Abort(()))
                }
                Err(TxError::Conflict) => Err(TxError::Conflict),
                Err(TxError::Backend(e)) => Err(TxError::Backend(e)),
            }
        });
        match res {
            Ok(()) => out.ok_or_else(|| {
                StoreError::Backend(KvError("a transaction returned nothing".into()))
            }),
            Err(TxError::Abort(())) => Err(StoreError::Aborted(abort.unwrap_or(Abort::Index))),
            Err(TxError::Conflict) => Err(StoreError::Backend(KvError(
                "a transaction kept conflicting".into(),
            ))),
            Err(TxError::Backend(e)) => Err(StoreError::Backend(e)),
        }
    }

    pub(crate) fn kv(&self) -> &Arc<dyn Kv> {
        &self.inner.kv
    }

    /// Waits until every write committed before the call is on disk (one
    /// flush serves every caller waiting meanwhile).
    pub async fn durable(&self) -> Result<(), StoreError> {
        Ok(self.inner.flusher.durable().await?)
    }

    /// [`Store::durable`] for callers outside the async runtime.
    pub fn durable_blocking(&self) -> Result<(), StoreError> {
        Ok(self.inner.flusher.durable_blocking()?)
    }

    /// Makes every write so far durable (at shutdown).
    pub async fn flush(&self) -> Result<(), StoreError> {
        self.durable().await
    }

    pub fn flush_blocking(&self) -> Result<(), StoreError> {
        self.durable_blocking()
    }
}

/// Bytes of the slot number at the start of a `users` value.
const SLOT_LEN: usize = 8;

fn slot_of(v: &[u8]) -> Option<Slot> {
    v.get(..SLOT_LEN)
        .and_then(|b| b.try_into().ok())
        .map(u64::from_be_bytes)
}

fn user_entry(s: &Subject) -> Vec<u8> {
    let mut v = s.slot.to_be_bytes().to_vec();
    v.extend_from_slice(&s.seal(T::Users, &s.tag, &s.id.0));
    v
}

/// Why a transaction stopped without writing.
#[derive(Debug)]
pub enum Abort {
    /// The update was already applied.
    Duplicate,
    /// A user's queue index does not decode: rebuild it, then retry.
    Index,
    /// The user was created meanwhile (by another instance).
    Exists,
    /// The session changed since the step read it.
    Stale,
    /// A user marked as blocked writes again, and the step has no plan.
    Unplanned,
}

/// What a transaction body returns.
pub(crate) type TxResult<R> = Result<R, TxError<Abort>>;

/// A read or write inside a transaction failed: the same failure, for a body.
impl From<TxError<()>> for TxError<Abort> {
    fn from(e: TxError<()>) -> TxError<Abort> {
        match e {
            TxError::Abort(()) => TxError::Abort(Abort::Index),
            TxError::Conflict => TxError::Conflict,
            TxError::Backend(e) => TxError::Backend(e),
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::crypto::MasterKey;
    use super::*;
    use crate::text::Lang;

    pub(crate) fn temp_store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let paths = StorePaths::new(dir.path().join("data"), Some(dir.path().join("key")));
        let store = Store::open(&paths).unwrap();
        (dir, store)
    }

    #[test]
    fn an_update_takes_effect_once_and_erase_leaves_nothing() {
        let (_dir, store) = temp_store();
        let u = UserId::new(7);
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
        assert_eq!(store.users().collect::<Vec<_>>(), vec![u]);
        store.commit(u, Some(11), &Next::Erase, 0).unwrap();
        assert_eq!(store.keys_of(u).unwrap(), vec![]);
        assert!(matches!(store.session(u).unwrap(), Stored::None));
        assert_eq!(store.users().count(), 0);
    }

    fn a_store_with_user_1() -> (tempfile::TempDir, StorePaths, Store) {
        let dir = tempfile::tempdir().unwrap();
        let paths = StorePaths::new(dir.path().join("data"), Some(dir.path().join("key")));
        let store = Store::open(&paths).unwrap();
        store
            .commit(UserId::new(1), None, &Next::Save(Session::new(Lang::Ru)), 0)
            .unwrap();
        (dir, paths, store)
    }

    #[test]
    fn the_key_is_checked_and_never_replaced() {
        let (dir, paths, store) = a_store_with_user_1();
        store.flush_blocking().unwrap();
        drop(store);
        // Missing: refused, and no new key is written.
        std::fs::rename(&paths.key, dir.path().join("saved")).unwrap();
        assert!(matches!(
            Store::open(&paths),
            Err(StoreError::Key(KeyError::Missing(..)))
        ));
        assert!(!paths.key.exists());
        // Another key: refused.
        MasterKey::create(&paths.key).unwrap();
        assert!(matches!(
            Store::open(&paths),
            Err(StoreError::Key(KeyError::Wrong(..)))
        ));
        // The right one: opens, and the user is there.
        std::fs::rename(dir.path().join("saved"), &paths.key).unwrap();
        let store = Store::open(&paths).unwrap();
        assert!(matches!(
            store.session(UserId::new(1)).unwrap(),
            Stored::Some(_)
        ));
    }

    #[test]
    fn a_forget_interrupted_after_the_key_went_leaves_nothing_readable() {
        let (_dir, store) = temp_store();
        let u = UserId::new(99);
        store
            .commit(u, None, &Next::Save(Session::new(Lang::Tg)), 0)
            .unwrap();
        let s = store.subject(u).unwrap().unwrap();
        // The crash: the key is destroyed, the sled part never ran.
        store.inner.kv.slots().wipe(s.slot, &s.tag).unwrap();
        // ...and the process restarted (nothing cached).
        store.forget_subject(&s.tag);
        assert!(matches!(store.session(u).unwrap(), Stored::None));
        assert_eq!(store.keys_of(u).unwrap(), vec![]);
        // A new user may get the slot; the old user starts afresh.
        store
            .commit(
                UserId::new(100),
                None,
                &Next::Save(Session::new(Lang::Ru)),
                0,
            )
            .unwrap();
        assert!(matches!(store.session(u).unwrap(), Stored::None));
    }

    #[test]
    fn contents_counts_each_tree_s_entries_and_bytes() {
        let (_dir, store) = temp_store();
        for i in 0..3 {
            store
                .commit(UserId::new(i), None, &Next::Save(Session::new(Lang::Tg)), 0)
                .unwrap();
        }
        let c = store.contents().unwrap();
        assert_eq!(c.len(), T::ALL.len());
        let sessions = c.iter().find(|(name, _, _)| *name == "sessions").unwrap();
        assert_eq!(sessions.1, 3);
        // A tag (16 bytes) and a sealed value (more than its 41 bytes of seal).
        assert!(sessions.2 > 3 * (16 + 41), "{sessions:?}");
        let due = c
            .iter()
            .find(|(name, _, _)| *name == "reminders_due")
            .unwrap();
        assert_eq!((due.1, due.2), (0, 0));
    }

    fn test_now() -> DateTime<Utc> {
        use chrono::TimeZone;
        Utc.with_ymd_and_hms(2026, 3, 10, 9, 0, 0).unwrap()
    }

    /// A registration due on `day` March 2026: reminders 7, 3 and 1 days
    /// before.
    fn march_plan(day: u32) -> Vec<Planned> {
        let due = chrono::NaiveDate::from_ymd_opt(2026, 3, day).unwrap();
        [7, 3, 1]
            .iter()
            .map(|d| Planned {
                kind: DeadlineKind::Registration,
                due,
                at: test_now() + chrono::Duration::days(10 - d),
                lead_days: *d,
            })
            .collect()
    }

    /// A store with user `u`, whose plan is [`march_plan`]`(20)`: one
    /// deadline, three reminders, one queue entry.
    fn planned_user(u: UserId) -> (tempfile::TempDir, Store) {
        let (dir, store) = temp_store();
        store
            .commit(u, None, &Next::Save(Session::new(Lang::Uz)), 0)
            .unwrap();
        assert_eq!(
            store.replace_plan(u, &march_plan(20), test_now()).unwrap(),
            3
        );
        (dir, store)
    }

    /// [`planned_user`], the user's queue index then damaged on disk.
    fn with_broken_index(u: UserId) -> (tempfile::TempDir, Store) {
        let (dir, store) = planned_user(u);
        break_index(&store, u);
        (dir, store)
    }

    fn break_index(store: &Store, u: UserId) {
        store
            .inner
            .kv
            .insert(T::ByUser, &store.tag(u), b"\x02garbage")
            .unwrap();
    }

    #[test]
    fn an_index_that_does_not_decode_is_rebuilt_not_read_as_empty() {
        let u = UserId::new(5);
        let (_dir, store) = with_broken_index(u);
        // Reading it rebuilds it from the queue: the deadline's entry, with
        // its three reminders.
        assert_eq!(store.queued(u).unwrap().len(), 1);
        assert_eq!(store.planned(u).unwrap().len(), 3);
        break_index(&store, u);
        // /forget still finds every queued reminder.
        store.commit(u, Some(1), &Next::Erase, 0).unwrap();
        assert_eq!(store.queue_len(), 0);
        assert_eq!(store.keys_of(u).unwrap(), vec![]);
    }

    #[test]
    fn a_step_over_an_index_that_does_not_decode_rebuilds_it_and_replans() {
        let u = UserId::new(6);
        let (_dir, store) = with_broken_index(u);
        let (_, read) = store.session_versioned(u).unwrap();
        let requeue = Requeue {
            now: test_now(),
            plan: Some(march_plan(27)),
            snoozes: Vec::new(),
        };
        let next = Next::Save(Session::new(Lang::Ru));
        assert_eq!(
            store
                .commit_step(u, Some(1), &next, 0, read, Some(&requeue))
                .unwrap(),
            Commit::Applied
        );
        // The step ran again over the rebuilt index: the old deadline's
        // entry was found and replaced, not left beside the new one.
        assert!(store.seen(1).unwrap());
        assert!(matches!(store.session(u).unwrap(), Stored::Some(x) if x.lang == Lang::Ru));
        assert_eq!(store.queue_len(), 1);
        let planned = store.planned(u).unwrap();
        assert_eq!(planned.len(), 3);
        assert!(planned.iter().all(|p| p.due.to_string() == "2026-03-27"));
    }

    #[test]
    fn queue_values_stored_as_json_before_still_open() {
        let u = UserId::new(5);
        let (_dir, store) = planned_user(u);
        let planned = store.planned(u).unwrap();
        let s = store.subject(u).unwrap().unwrap();
        // Written compact...
        let index = store.inner.kv.get(T::ByUser, &s.tag).unwrap().unwrap();
        assert_eq!(index[0], codec::FORMAT_SEALED_COMPACT);
        let keys = queue::index_outside(&store, &s).unwrap();
        assert_eq!(keys.len(), 1);
        let k = keys[0];
        let v = store.inner.kv.get(T::Due, &k).unwrap().unwrap();
        assert_eq!(v[0], codec::FORMAT_SEALED_COMPACT);
        let entry: queue::Entry = s.open(T::Due, &k, &v).unwrap();
        // ...and as the version before stored them: JSON, fields left out
        // at their default.
        let json = serde_json::to_value(&entry).unwrap();
        assert_eq!(json["d"], "2026-03-20");
        let old = format!(
            r#"{{"d":"2026-03-20","p":{},"l":{},"r":{}}}"#,
            json["p"], json["l"], json["r"]
        );
        store
            .inner
            .kv
            .insert(T::Due, &k, &s.seal_raw(T::Due, &k, old.as_bytes()))
            .unwrap();
        let index: Vec<(u64, u8, u8)> = s.open(T::ByUser, &s.tag, &index).unwrap();
        let old_index = serde_json::to_vec(&index).unwrap();
        store
            .inner
            .kv
            .insert(
                T::ByUser,
                &s.tag,
                &s.seal_raw(T::ByUser, &s.tag, &old_index),
            )
            .unwrap();
        assert_eq!(store.planned(u).unwrap(), planned);
        // The JSON entry is larger: what the compact one saves, a deadline.
        let json_len = store.inner.kv.get(T::Due, &k).unwrap().unwrap().len();
        assert!(v.len() + 40 < json_len, "{} vs {json_len}", v.len());
        // Delivery facts, likewise.
        let facts = store.inner.kv.get(T::Delivery, &s.tag).unwrap().unwrap();
        assert_eq!(facts[0], codec::FORMAT_SEALED_COMPACT);
        let old_facts = br#"{"blocked":true,"a":5}"#;
        store
            .inner
            .kv
            .insert(
                T::Delivery,
                &s.tag,
                &s.seal_raw(T::Delivery, &s.tag, old_facts),
            )
            .unwrap();
        assert_eq!(
            store.delivery(u).unwrap(),
            Delivery {
                blocked: true,
                active_at: Some(5),
                warned_at: None
            }
        );
        // A JSON entry whose date is damaged is not read as a default.
        let bad = old.replace("2026-03-20", "2026-13-20");
        assert!(s
            .open::<queue::Entry>(T::Due, &k, &s.seal_raw(T::Due, &k, bad.as_bytes()))
            .is_err());
    }

    /// A compact type that skipped a field when writing would not read back
    /// (postcard reads fields by position): each, at its defaults.
    #[test]
    fn compact_values_round_trip_at_their_defaults() {
        let k = UserKey::from_bytes([1; 32]);
        let p = codec::place("t", b"k");
        fn round<V>(k: &UserKey, p: &[u8], v: V)
        where
            V: codec::Sealed + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
        {
            let sealed = codec::seal(k, p, &v);
            assert_eq!(sealed[0], codec::FORMAT_SEALED_COMPACT);
            assert_eq!(codec::open::<V>(k, p, &sealed).unwrap(), v);
        }
        let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 20).unwrap();
        round(&k, &p, Delivery::default());
        round(
            &k,
            &p,
            Delivery {
                blocked: true,
                active_at: None,
                warned_at: Some(-1),
            },
        );
        round(
            &k,
            &p,
            queue::Entry {
                due: day,
                planned_ms: 0,
                lead_days: -3,
                attempts: 0,
                later: Vec::new(),
                replans: 0,
            },
        );
        round(
            &k,
            &p,
            SentMark {
                due: day,
                lead_days: 0,
                overdue: false,
                at_ms: 0,
            },
        );
        round(&k, &p, Vec::<(u64, u8, u8)>::new());
        round(&k, &p, -7_000_000_000i64);
    }

    #[test]
    fn a_store_of_format_2_opens_and_is_marked_3() {
        let (_dir, paths, store) = a_store_with_user_1();
        store
            .inner
            .kv
            .insert(T::Meta, FORMAT_KEY, &[FORMAT_JSON])
            .unwrap();
        store.flush_blocking().unwrap();
        drop(store);
        let store = Store::open(&paths).unwrap();
        assert_eq!(store.meta("format").unwrap(), Some(vec![FORMAT]));
        assert!(matches!(
            store.session(UserId::new(1)).unwrap(),
            Stored::Some(_)
        ));
        // A format this version does not know is refused, not opened.
        store
            .inner
            .kv
            .insert(T::Meta, FORMAT_KEY, &[FORMAT + 1])
            .unwrap();
        store.flush_blocking().unwrap();
        drop(store);
        assert!(matches!(
            Store::open(&paths),
            Err(StoreError::NewerFormat(_, f)) if f == FORMAT + 1
        ));
    }
}
