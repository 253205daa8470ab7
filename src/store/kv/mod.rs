//! The store's port: what a backend keeps, and how.
//!
//! A backend holds named trees of byte keys and byte values, and runs
//! transactions over them. Everything it is given is already sealed or
//! hashed by the store above it ([`Store`](super::Store)): it never sees a
//! user id, a name, a date or an answer. Each user's secret lives beside the
//! trees in the backend's [`KeySlots`].
//!
//! Two backends: [`sled`](self::sled) (embedded, the default: one process, no
//! server) and [`pg`] (PostgreSQL, for several instances). The same
//! conformance tests run against both (`tests/it/store_port.rs`).

#[cfg(test)]
pub(crate) mod fails_once;
pub mod pg;
pub mod sled;

use std::ops::Bound;

use zeroize::Zeroizing;

use super::crypto::Tag;

/// The trees of the store.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TreeId {
    /// The store's own values: format, key check, law version, jobs.
    Meta,
    /// tag -> keyring slot ++ sealed user id.
    Users,
    /// tag -> sealed session.
    Sessions,
    /// tag -> sealed delivery facts.
    Delivery,
    /// update tag -> unix seconds.
    Seen,
    /// The reminder queue, ordered by send time.
    Due,
    /// tag -> the user's queue keys, sealed.
    ByUser,
    /// tag ++ kind -> the last reminder sent, sealed.
    Sent,
}

impl TreeId {
    pub const ALL: [TreeId; 8] = [
        TreeId::Meta,
        TreeId::Users,
        TreeId::Sessions,
        TreeId::Delivery,
        TreeId::Seen,
        TreeId::Due,
        TreeId::ByUser,
        TreeId::Sent,
    ];

    /// The tree's stored name (sled's tree names, PostgreSQL's `tree` column).
    pub fn name(self) -> &'static str {
        match self {
            TreeId::Meta => "meta",
            TreeId::Users => "users",
            TreeId::Sessions => "sessions",
            TreeId::Delivery => "delivery",
            TreeId::Seen => "seen_updates",
            TreeId::Due => "reminders_due",
            TreeId::ByUser => "reminders_by_user",
            TreeId::Sent => "reminders_sent",
        }
    }

    pub fn from_name(name: &str) -> Option<TreeId> {
        TreeId::ALL.into_iter().find(|t| t.name() == name)
    }

    /// A small number for the PostgreSQL column (never reuse one).
    pub fn code(self) -> i16 {
        match self {
            TreeId::Meta => 0,
            TreeId::Users => 1,
            TreeId::Sessions => 2,
            TreeId::Delivery => 3,
            TreeId::Seen => 4,
            TreeId::Due => 5,
            TreeId::ByUser => 6,
            TreeId::Sent => 7,
        }
    }
}

/// A backend failed (I/O, the database, a lost connection).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct KvError(pub String);

/// Why a transaction's body stopped.
#[derive(Debug)]
pub enum TxError<A> {
    /// The body decided to stop (nothing is written).
    Abort(A),
    /// Another writer got there first: the backend runs the body again.
    Conflict,
    Backend(KvError),
}

impl<A> From<KvError> for TxError<A> {
    fn from(e: KvError) -> TxError<A> {
        TxError::Backend(e)
    }
}

/// Reads and writes inside a transaction. A value read reflects the
/// transaction's own writes.
pub trait KvTx {
    fn get(&mut self, tree: TreeId, key: &[u8]) -> Result<Option<Vec<u8>>, TxError<()>>;
    /// Reads these entries together where that saves round trips (a
    /// database); later `get`s of them answer from what was read. A hint:
    /// the default reads nothing ahead.
    fn prefetch(&mut self, _keys: &[(TreeId, &[u8])]) -> Result<(), TxError<()>> {
        Ok(())
    }
    fn insert(&mut self, tree: TreeId, key: &[u8], value: &[u8]) -> Result<(), TxError<()>>;
    fn remove(&mut self, tree: TreeId, key: &[u8]) -> Result<(), TxError<()>>;
}

/// Rows of a scan: (key, value), in key order.
pub type Rows = Vec<(Vec<u8>, Vec<u8>)>;

/// A used key slot: (slot, owner, secret).
pub type SlotEntry = (Slot, Tag, Zeroizing<[u8; 32]>);

/// The body of a transaction: may run more than once (on a conflict), so it
/// must compute everything it writes from what it reads.
pub type Body<'a> = dyn FnMut(&mut dyn KvTx) -> Result<(), TxError<()>> + 'a;

/// A store backend: trees of bytes.
pub trait Kv: Send + Sync {
    fn get(&self, tree: TreeId, key: &[u8]) -> Result<Option<Vec<u8>>, KvError>;
    fn insert(&self, tree: TreeId, key: &[u8], value: &[u8]) -> Result<(), KvError>;
    fn remove(&self, tree: TreeId, key: &[u8]) -> Result<(), KvError>;
    fn contains(&self, tree: TreeId, key: &[u8]) -> Result<bool, KvError> {
        Ok(self.get(tree, key)?.is_some())
    }
    /// Keys and values in key order between the bounds, at most `limit`.
    fn scan(
        &self,
        tree: TreeId,
        from: Bound<&[u8]>,
        to: Bound<&[u8]>,
        limit: usize,
    ) -> Result<Rows, KvError>;
    /// Entries in the tree.
    fn count(&self, tree: TreeId) -> Result<usize, KvError>;
    /// Inserts (or replaces) many entries of one tree at once, atomically
    /// (a restore, a migration). The default is one transaction of inserts.
    fn insert_batch(&self, tree: TreeId, rows: &[(Vec<u8>, Vec<u8>)]) -> Result<(), KvError> {
        let res = self.transaction(&mut |tx: &mut dyn KvTx| {
            for (k, v) in rows {
                tx.insert(tree, k, v)?;
            }
            Ok(())
        });
        match res {
            Ok(()) => Ok(()),
            Err(TxError::Backend(e)) => Err(e),
            Err(TxError::Abort(())) | Err(TxError::Conflict) => {
                Err(KvError("a batch of inserts did not commit".into()))
            }
        }
    }
    /// Runs `body` atomically (serializable). An `Abort` from the body
    /// comes back as it is, nothing written.
    fn transaction(&self, body: &mut Body<'_>) -> Result<(), TxError<()>>;
    /// Makes everything committed so far durable. A no-op where a commit is
    /// durable when it returns.
    fn flush(&self) -> Result<(), KvError>;
    /// Bytes the backend takes on disk (0 when not known).
    fn size_on_disk(&self) -> Result<u64, KvError>;
    /// Each user's secret, beside the trees.
    fn slots(&self) -> &dyn KeySlots;
    /// Whether this instance may send reminders now: the one instance that
    /// does, among those sharing the backend (always true for an embedded
    /// backend). Cheap: it is asked before every scheduler tick.
    fn is_leader(&self) -> bool {
        true
    }
    /// Changes of [`Kv::is_leader`], where they can change (several
    /// instances); `None` where this instance always leads.
    fn leader_changes(&self) -> Option<tokio::sync::watch::Receiver<bool>> {
        None
    }
    /// Whether a call waits on a database server (round trips that block
    /// the calling thread), rather than answering from memory and a local
    /// log in microseconds.
    fn waits_on_network(&self) -> bool {
        false
    }
}

/// Where a user's secret lives in a backend.
pub type Slot = u64;

/// Each user's random secret: the key material that `/forget` destroys.
pub trait KeySlots: Send + Sync {
    /// A fresh random secret for `owner` in a free slot. Durable by the next
    /// [`KeySlots::sync`] (which the store calls before it flushes anything
    /// that points to the slot).
    fn allocate(&self, owner: &Tag) -> Result<(Slot, Zeroizing<[u8; 32]>), KvError>;
    /// The secret in `slot` if `owner` holds it.
    fn secret(&self, slot: Slot, owner: &Tag) -> Result<Option<Zeroizing<[u8; 32]>>, KvError>;
    /// Destroys the secret (if `owner` holds it); durable when this returns.
    fn wipe(&self, slot: Slot, owner: &Tag) -> Result<(), KvError>;
    fn sync(&self) -> Result<(), KvError>;
    /// Slots in use.
    fn in_use(&self) -> Result<usize, KvError>;
    /// Used slots after `after` (all when `None`), in slot order, at most
    /// `limit`: (slot, owner, secret), for backups and migration.
    fn export_after(&self, after: Option<Slot>, limit: usize) -> Result<Vec<SlotEntry>, KvError>;
    /// Every used slot (in memory at once: for small stores and tests; see
    /// [`slot_batches`]).
    fn export(&self) -> Result<Vec<SlotEntry>, KvError> {
        let mut out = Vec::new();
        slot_batches(self, 10_000, |batch| {
            out.extend(batch);
            Ok::<(), KvError>(())
        })?;
        Ok(out)
    }
    /// Puts a secret back into a given slot (restore, migration).
    fn import(&self, slot: Slot, owner: &Tag, secret: &[u8; 32]) -> Result<(), KvError>;
    /// Puts many secrets back into their slots at once. The default imports
    /// them one by one.
    fn import_batch(&self, entries: &[SlotEntry]) -> Result<(), KvError> {
        for (slot, owner, secret) in entries {
            self.import(*slot, owner, secret)?;
        }
        Ok(())
    }
}

/// Calls `f` with the tree's entries in key order, `size` at a time: a pass
/// over a tree of any size in bounded memory (backups, migration, checks).
pub fn batches<E: From<KvError>>(
    kv: &dyn Kv,
    tree: TreeId,
    size: usize,
    mut f: impl FnMut(Rows) -> Result<(), E>,
) -> Result<(), E> {
    let mut after: Option<Vec<u8>> = None;
    loop {
        let lower = match &after {
            Some(k) => Bound::Excluded(k.as_slice()),
            None => Bound::Unbounded,
        };
        let rows = kv.scan(tree, lower, Bound::Unbounded, size)?;
        let Some((last, _)) = rows.last() else {
            return Ok(());
        };
        after = Some(last.clone());
        f(rows)?;
    }
}

/// Calls `f` with the used key slots in slot order, `size` at a time.
pub fn slot_batches<E: From<KvError>, S: KeySlots + ?Sized>(
    slots: &S,
    size: usize,
    mut f: impl FnMut(Vec<SlotEntry>) -> Result<(), E>,
) -> Result<(), E> {
    let mut after: Option<Slot> = None;
    loop {
        let batch = slots.export_after(after, size)?;
        let Some((last, _, _)) = batch.last() else {
            return Ok(());
        };
        after = Some(*last);
        f(batch)?;
    }
}

/// Whether the backend holds anything at all (a target of a restore or a
/// migration must not).
pub fn holds_data(kv: &dyn Kv) -> Result<bool, KvError> {
    for tree in TreeId::ALL {
        if !kv
            .scan(tree, Bound::Unbounded, Bound::Unbounded, 1)?
            .is_empty()
        {
            return Ok(true);
        }
    }
    Ok(kv.slots().in_use()? > 0)
}
