//! A backend for tests whose `n`th read of one tree fails, once: what a
//! lost database connection looks like from above the port.

use std::ops::Bound;
use std::path::Path;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

use super::{Body, KeySlots, Kv, KvError, Rows, TreeId, TxError};
use crate::store::crypto::MasterKey;
use crate::store::Store;

pub(crate) struct FailsOnce {
    kv: Arc<dyn Kv>,
    tree: TreeId,
    left: AtomicI64,
}

impl FailsOnce {
    /// A second store over `store`'s backend (master key in `key`), whose
    /// `nth` read (`get` or `contains`) of `tree` fails.
    pub(crate) fn over(store: &Store, key: &Path, tree: TreeId, nth: i64) -> Store {
        let keys = MasterKey::load(key).unwrap().derive();
        let kv = FailsOnce {
            kv: store.kv().clone(),
            tree,
            left: AtomicI64::new(nth),
        };
        Store::over(Arc::new(kv), keys, "fails once".into())
    }

    fn read(&self, tree: TreeId) -> Result<(), KvError> {
        if tree == self.tree && self.left.fetch_sub(1, Ordering::SeqCst) == 1 {
            return Err(KvError("the database went away".into()));
        }
        Ok(())
    }
}

impl Kv for FailsOnce {
    fn get(&self, tree: TreeId, key: &[u8]) -> Result<Option<Vec<u8>>, KvError> {
        self.read(tree)?;
        self.kv.get(tree, key)
    }
    fn contains(&self, tree: TreeId, key: &[u8]) -> Result<bool, KvError> {
        self.read(tree)?;
        self.kv.contains(tree, key)
    }
    fn insert(&self, tree: TreeId, key: &[u8], value: &[u8]) -> Result<(), KvError> {
        self.kv.insert(tree, key, value)
    }
    fn remove(&self, tree: TreeId, key: &[u8]) -> Result<(), KvError> {
        self.kv.remove(tree, key)
    }
    fn scan(
        &self,
        tree: TreeId,
        from: Bound<&[u8]>,
        to: Bound<&[u8]>,
        limit: usize,
    ) -> Result<Rows, KvError> {
        self.kv.scan(tree, from, to, limit)
    }
    fn count(&self, tree: TreeId) -> Result<usize, KvError> {
        self.kv.count(tree)
    }
    fn transaction(&self, body: &mut Body<'_>) -> Result<(), TxError<()>> {
        self.kv.transaction(body)
    }
    fn flush(&self) -> Result<(), KvError> {
        self.kv.flush()
    }
    fn size_on_disk(&self) -> Result<u64, KvError> {
        self.kv.size_on_disk()
    }
    fn slots(&self) -> &dyn KeySlots {
        self.kv.slots()
    }
}
