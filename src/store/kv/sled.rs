//! The embedded backend: sled trees in the data directory, each user's
//! secret in the keyring file beside them ([`Keyring`]).
//!
//! Only this file (and the upgrade from the plain format, which reads an old
//! sled store) imports sled.

use std::cell::RefCell;
use std::ops::Bound;
use std::path::Path;

use sled::transaction::{
    ConflictableTransactionError, TransactionalTree, UnabortableTransactionError,
};
use sled::Transactional;
use zeroize::Zeroizing;

use super::{Body, KeySlots, Kv, KvError, KvTx, Rows, Slot, SlotEntry, TreeId, TxError};
use crate::store::crypto::Tag;
use crate::store::keyring::Keyring;

fn err(e: impl std::fmt::Display) -> KvError {
    KvError(e.to_string())
}

/// sled and the keyring file of one data directory.
pub struct SledKv {
    db: sled::Db,
    trees: Vec<sled::Tree>,
    keyring: Keyring,
}

impl SledKv {
    pub fn new(db: sled::Db, keyring: Keyring) -> Result<SledKv, KvError> {
        let trees = TreeId::ALL
            .iter()
            .map(|t| db.open_tree(t.name()).map_err(err))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(SledKv { db, trees, keyring })
    }

    fn tree(&self, t: TreeId) -> &sled::Tree {
        // TreeId::ALL lists every id in declaration order.
        &self.trees[TreeId::ALL.iter().position(|x| *x == t).unwrap_or(0)]
    }

    /// Opens the sled database in `dir` (the lock of another process is
    /// reported as such).
    pub fn open_db(dir: &Path) -> Result<sled::Db, crate::store::StoreError> {
        crate::store::open_sled(dir)
    }
}

struct SledTx<'a> {
    trees: &'a [TransactionalTree],
}

fn index(t: TreeId) -> usize {
    TreeId::ALL.iter().position(|x| *x == t).unwrap_or(0)
}

fn tx_err(e: UnabortableTransactionError) -> TxError<()> {
    match e {
        UnabortableTransactionError::Conflict => TxError::Conflict,
        UnabortableTransactionError::Storage(e) => TxError::Backend(err(e)),
    }
}

impl KvTx for SledTx<'_> {
    fn get(&mut self, tree: TreeId, key: &[u8]) -> Result<Option<Vec<u8>>, TxError<()>> {
        self.trees[index(tree)]
            .get(key)
            .map(|v| v.map(|v| v.to_vec()))
            .map_err(tx_err)
    }

    fn insert(&mut self, tree: TreeId, key: &[u8], value: &[u8]) -> Result<(), TxError<()>> {
        self.trees[index(tree)]
            .insert(key, value)
            .map(|_| ())
            .map_err(tx_err)
    }

    fn remove(&mut self, tree: TreeId, key: &[u8]) -> Result<(), TxError<()>> {
        self.trees[index(tree)]
            .remove(key)
            .map(|_| ())
            .map_err(tx_err)
    }
}

impl Kv for SledKv {
    fn get(&self, tree: TreeId, key: &[u8]) -> Result<Option<Vec<u8>>, KvError> {
        Ok(self.tree(tree).get(key).map_err(err)?.map(|v| v.to_vec()))
    }

    fn insert(&self, tree: TreeId, key: &[u8], value: &[u8]) -> Result<(), KvError> {
        self.tree(tree).insert(key, value).map_err(err)?;
        Ok(())
    }

    fn remove(&self, tree: TreeId, key: &[u8]) -> Result<(), KvError> {
        self.tree(tree).remove(key).map_err(err)?;
        Ok(())
    }

    fn contains(&self, tree: TreeId, key: &[u8]) -> Result<bool, KvError> {
        self.tree(tree).contains_key(key).map_err(err)
    }

    fn scan(
        &self,
        tree: TreeId,
        from: Bound<&[u8]>,
        to: Bound<&[u8]>,
        limit: usize,
    ) -> Result<Rows, KvError> {
        let own = |b: Bound<&[u8]>| match b {
            Bound::Included(k) => Bound::Included(k.to_vec()),
            Bound::Excluded(k) => Bound::Excluded(k.to_vec()),
            Bound::Unbounded => Bound::Unbounded,
        };
        let mut out = Vec::new();
        for item in self.tree(tree).range((own(from), own(to))) {
            if out.len() >= limit {
                break;
            }
            let (k, v) = item.map_err(err)?;
            out.push((k.to_vec(), v.to_vec()));
        }
        Ok(out)
    }

    fn count(&self, tree: TreeId) -> Result<usize, KvError> {
        Ok(self.tree(tree).len())
    }

    fn transaction(&self, body: &mut Body<'_>) -> Result<(), TxError<()>> {
        // sled wants a `Fn`: the body is called again on a conflict, never
        // twice at once.
        let body = RefCell::new(body);
        let res = self.trees.as_slice().transaction(|trees| {
            let mut tx = SledTx { trees };
            let mut body = body.borrow_mut();
            match (body)(&mut tx) {
                Ok(()) => Ok(()),
                Err(TxError::Abort(())) => Err(ConflictableTransactionError::Abort(())),
                Err(TxError::Conflict) => Err(ConflictableTransactionError::Conflict),
                Err(TxError::Backend(e)) => Err(ConflictableTransactionError::Storage(
                    sled::Error::Unsupported(e.0),
                )),
            }
        });
        match res {
            Ok(()) => Ok(()),
            Err(sled::transaction::TransactionError::Abort(())) => Err(TxError::Abort(())),
            Err(sled::transaction::TransactionError::Storage(e)) => Err(TxError::Backend(err(e))),
        }
    }

    fn flush(&self) -> Result<(), KvError> {
        self.db.flush().map(|_| ()).map_err(err)
    }

    fn size_on_disk(&self) -> Result<u64, KvError> {
        self.db.size_on_disk().map_err(err)
    }

    fn slots(&self) -> &dyn KeySlots {
        &self.keyring
    }
}

impl KeySlots for Keyring {
    fn allocate(&self, owner: &Tag) -> Result<(Slot, Zeroizing<[u8; 32]>), KvError> {
        let (slot, secret) = Keyring::allocate(self, owner).map_err(err)?;
        Ok((u64::from(slot), secret))
    }

    fn secret(&self, slot: Slot, owner: &Tag) -> Result<Option<Zeroizing<[u8; 32]>>, KvError> {
        let Ok(slot) = u32::try_from(slot) else {
            return Ok(None);
        };
        Keyring::secret(self, slot, owner).map_err(err)
    }

    fn wipe(&self, slot: Slot, owner: &Tag) -> Result<(), KvError> {
        let Ok(slot) = u32::try_from(slot) else {
            return Ok(());
        };
        Keyring::wipe(self, slot, owner).map_err(err)
    }

    fn sync(&self) -> Result<(), KvError> {
        Keyring::sync(self).map_err(err)
    }

    fn in_use(&self) -> Result<usize, KvError> {
        Ok(Keyring::in_use(self))
    }

    fn export_after(&self, after: Option<Slot>, limit: usize) -> Result<Vec<SlotEntry>, KvError> {
        self.export_slots_after(after, limit).map_err(err)
    }

    fn import(&self, slot: Slot, owner: &Tag, secret: &[u8; 32]) -> Result<(), KvError> {
        let slot = u32::try_from(slot).map_err(|_| KvError("keyring slot out of range".into()))?;
        self.import_slot(slot, owner, secret).map_err(err)
    }
}
