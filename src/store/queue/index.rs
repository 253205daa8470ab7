//! Each user's index (`reminders_by_user`): the user's due keys, sealed, so
//! that every change to a user's reminders is point operations inside one
//! transaction. An index that does not decode is rebuilt from the queue.

use musofir_law::DeadlineKind;

use super::keys::{parts, DueKey, KeyParts};
use super::sent::sent_key;
use crate::store::crypto::Tag;
use crate::store::kv::{batches, KvTx, TreeId as T, TxError};
use crate::store::{Abort, Store, StoreError, Subject, TxResult};

/// The user's index value: `(at_ms, kind, lead)` of each entry (the user is
/// the key), earliest first. Sealed compact; JSON ones stored before open too.
type Index = Vec<(u64, u8, u8)>;

impl crate::store::codec::Sealed for Index {
    const COMPACT: bool = true;
}

/// Whether a stored index opens (the read-back after a migration).
pub(crate) fn index_opens(s: &Subject, bytes: &[u8]) -> bool {
    s.open::<Index>(T::ByUser, &s.tag, bytes).is_ok()
}

fn index_of(keys: &[DueKey]) -> Index {
    let mut v: Index = keys
        .iter()
        .map(|k| {
            let p = parts(k);
            (p.at_ms, p.kind, p.lead)
        })
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

fn keys_of_index(tag: &Tag, index: &Index) -> Vec<DueKey> {
    index
        .iter()
        .map(|(at_ms, kind, lead)| {
            KeyParts {
                at_ms: *at_ms,
                tag: *tag,
                kind: *kind,
                lead: *lead,
            }
            .key()
        })
        .collect()
}

/// Inside a transaction: the user's due keys. An index that does not decode
/// aborts the transaction so that it is rebuilt ([`with_index_repair`]).
pub(crate) fn read_index(tx: &mut dyn KvTx, s: &Subject) -> TxResult<Vec<DueKey>> {
    match tx.get(T::ByUser, &s.tag)? {
        None => Ok(Vec::new()),
        Some(b) => match s.open::<Index>(T::ByUser, &s.tag, &b) {
            Ok(index) => Ok(keys_of_index(&s.tag, &index)),
            Err(_) => Err(TxError::Abort(Abort::Index)),
        },
    }
}

/// Inside a transaction: sets the user's due keys (none: no index entry).
pub(crate) fn write_index(tx: &mut dyn KvTx, s: &Subject, keys: &[DueKey]) -> TxResult<()> {
    if keys.is_empty() {
        tx.remove(T::ByUser, &s.tag)?;
    } else {
        tx.insert(
            T::ByUser,
            &s.tag,
            &s.seal(T::ByUser, &s.tag, &index_of(keys)),
        )?;
    }
    Ok(())
}

/// The user's due keys, read outside a transaction.
pub(crate) fn index_outside(store: &Store, s: &Subject) -> Result<Vec<DueKey>, StoreError> {
    match store.kv().get(T::ByUser, &s.tag)? {
        None => Ok(Vec::new()),
        Some(b) => match s.open::<Index>(T::ByUser, &s.tag, &b) {
            Ok(index) => Ok(keys_of_index(&s.tag, &index)),
            Err(_) => rebuild_index(store, s),
        },
    }
}

/// Sets a user's index outside a transaction (the upgrade).
pub(crate) fn write_index_outside(
    store: &Store,
    s: &Subject,
    keys: &[DueKey],
) -> Result<(), StoreError> {
    store.kv().insert(
        T::ByUser,
        &s.tag,
        &s.seal(T::ByUser, &s.tag, &index_of(keys)),
    )?;
    Ok(())
}

/// Every queue key of a tag, by scanning the whole queue (a repair, or the
/// remains of a user whose key is gone).
pub(crate) fn scan_for(store: &Store, tag: &Tag) -> Result<Vec<DueKey>, StoreError> {
    let mut out = Vec::new();
    batches(store.kv().as_ref(), T::Due, 10_000, |rows| {
        for (k, _) in rows {
            if let Some(p) = KeyParts::parse(&k) {
                if &p.tag == tag {
                    out.push(p.key());
                }
            }
        }
        Ok::<_, StoreError>(())
    })?;
    Ok(out)
}

/// Rebuilds a user's index from the queue itself.
fn rebuild_index(store: &Store, s: &Subject) -> Result<Vec<DueKey>, StoreError> {
    tracing::warn!("a reminder index does not decode; rebuilt from the queue");
    let keys = scan_for(store, &s.tag)?;
    if keys.is_empty() {
        store.kv().remove(T::ByUser, &s.tag)?;
    } else {
        store.kv().insert(
            T::ByUser,
            &s.tag,
            &s.seal(T::ByUser, &s.tag, &index_of(&keys)),
        )?;
    }
    Ok(keys)
}

/// Runs a transaction; if it finds the user's index unreadable, rebuilds the
/// index from the queue and runs it once more.
pub(crate) fn with_index_repair<R>(
    store: &Store,
    s: &Subject,
    mut body: impl FnMut(&mut dyn KvTx) -> TxResult<R>,
) -> Result<R, StoreError> {
    match store.tx(&mut body) {
        Err(StoreError::Aborted(Abort::Index)) => {
            rebuild_index(store, s)?;
            store.tx(body)
        }
        other => other,
    }
}

/// Inside a transaction: removes the user's entries that `drop` selects.
pub(super) fn remove_where(
    tx: &mut dyn KvTx,
    s: &Subject,
    drop: impl Fn(&DueKey) -> bool,
) -> TxResult<usize> {
    let keys = read_index(tx, s)?;
    let (gone, kept): (Vec<DueKey>, Vec<DueKey>) = keys.into_iter().partition(|k| drop(k));
    for k in &gone {
        tx.remove(T::Due, k)?;
    }
    if !gone.is_empty() {
        write_index(tx, s, &kept)?;
    }
    Ok(gone.len())
}

/// Inside a transaction: removes every queue entry and sent mark of the
/// user (point operations only). `due_keys`: the user's entries, read before.
pub(crate) fn erase_in(tx: &mut dyn KvTx, tag: &Tag, due_keys: &[DueKey]) -> TxResult<()> {
    for k in due_keys {
        tx.remove(T::Due, k)?;
    }
    tx.remove(T::ByUser, tag)?;
    for kind in DeadlineKind::ALL {
        tx.remove(T::Sent, &sent_key(tag, kind.byte()))?;
    }
    Ok(())
}
