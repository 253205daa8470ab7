//! `musofir migrate --from sled DIR --to postgres URL`: moves a deployment's
//! store from the embedded backend to PostgreSQL (docs/migrate.md).
//!
//! Nothing is decrypted to be copied. Every value is sealed under its user's
//! key (derived from the master key and the user's secret) with its tree and
//! key as associated data, so the trees are copied byte for byte and every
//! key slot keeps its number: the database opens with the same key file.
//! Both sides are read and written in batches ([`BATCH`] entries), so a store
//! of any size is moved in bounded memory.
//!
//! Interruption: a marker ([`MIGRATING_KEY`], holding the key's check value)
//! is the first thing written to the database and the store's format the
//! last, in the same transaction that removes the marker. Until then the bot
//! refuses the database ([`Store::open_pg`]) and a new `musofir migrate` with
//! the same key discards the partial copy and starts again from the
//! beginning (the sled store, which the bot cannot use meanwhile, is the
//! truth). A database that holds a finished store, or anything else, is
//! refused.
//!
//! Before the marker goes, the copy is checked: every tree and the key slots
//! hash the same on both sides, and the values of every user (or an even
//! sample) open in the database with the key.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use super::crypto::{Keys, MasterKey, Tag};
use super::kv::pg::PgKv;
use super::kv::{batches, holds_data, slot_batches, KeySlots, Kv, KvError, KvTx, TreeId as T};
use super::{
    keyring, slot_of, Delivery, Store, StoreError, StorePaths, Subject, UserId, FORMAT_KEY,
    SLOT_LEN,
};
use crate::dialogue::Session;

/// In the database's `meta` tree while a migration has not finished.
pub(crate) const MIGRATING_KEY: &[u8] = b"migration_unfinished";

/// Entries (or key slots) read and written at a time.
pub const BATCH: usize = 2_000;

#[derive(Debug, thiserror::Error)]
pub enum MigrateError {
    #[error("there is no Musofir store in {0}: give the bot's data directory (MUSOFIR_DATA_DIR)")]
    NoStore(PathBuf),
    #[error(
        "the store in {0} is in the format of before encryption at rest: start this version of \
         the bot on it once (it upgrades the store), stop it, then migrate"
    )]
    OldFormat(PathBuf),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(
        "the database at {0} already holds Musofir data (users: {1}): migrate into a new, empty \
         database, or drop its tables musofir_kv, musofir_slots and musofir_schema if that data \
         is not wanted (docs/migrate.md)"
    )]
    TargetNotEmpty(String, usize),
    #[error(
        "the database at {0} holds an unfinished migration of a store with another key: give \
         that store's key file, or drop the tables musofir_kv, musofir_slots and musofir_schema \
         (docs/migrate.md)"
    )]
    OtherMigration(String),
    #[error(
        "the copy in {0} does not match the store: {1}. The database is not marked as a Musofir \
         store; run `musofir migrate` again"
    )]
    Mismatch(String, String),
    #[error(
        "the database at {0}, marked done, reads differently from the store: {1}. Do not start \
         the bot on it: drop its tables musofir_kv, musofir_slots and musofir_schema and run \
         `musofir migrate` again"
    )]
    Unsound(String, String),
}

impl From<KvError> for MigrateError {
    fn from(e: KvError) -> MigrateError {
        MigrateError::Store(e.into())
    }
}

/// How many users to open in the database after the copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadBack {
    /// About this many, spread evenly over the store.
    Sample(usize),
    All,
}

/// What was moved (counts only).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// The database, without its password.
    pub location: String,
    pub users: usize,
    pub key_slots: usize,
    /// Entries per tree, by the tree's stored name.
    pub trees: Vec<(&'static str, usize)>,
    /// Users whose values were opened in the database with the key.
    pub read_back: usize,
    /// Of those, users unreadable in the sled store as well (an erasure that
    /// a crash interrupted after the key was destroyed): left as they were.
    pub remains: usize,
    /// An unfinished earlier migration was discarded first.
    pub restarted: bool,
    pub took: Duration,
}

/// Moves the sled store at `paths` into the PostgreSQL database at `url`,
/// checks the copy and marks it done. `progress` is told each step, in
/// counts only.
pub fn sled_to_pg(
    paths: &StorePaths,
    url: &str,
    read_back: ReadBack,
    progress: &mut dyn FnMut(String),
) -> Result<Report, MigrateError> {
    let started = Instant::now();
    // Never create a store where there is none (Store::open would), nor
    // upgrade an old one here.
    if !paths.data.join(keyring::FILE_NAME).is_file() {
        return Err(if paths.data.join("db").is_file() {
            MigrateError::OldFormat(paths.data.clone())
        } else {
            MigrateError::NoStore(paths.data.clone())
        });
    }
    // Locks the directory (a running bot holds it: refused) and checks the key.
    let source = Store::open(paths)?;
    let keys = MasterKey::load(&paths.key)
        .map_err(StoreError::from)?
        .derive();
    let src: &dyn Kv = &**source.kv();
    let format = src
        .get(T::Meta, FORMAT_KEY)?
        .ok_or_else(|| MigrateError::NoStore(paths.data.clone()))?;

    let target = PgKv::connect(url)?;
    let location = target.location().to_string();
    let restarted = match target.get(T::Meta, MIGRATING_KEY)? {
        Some(check) if check[..] == keys.check[..] => {
            progress("discarding the unfinished copy of an earlier run".into());
            target.clear()?;
            true
        }
        Some(_) => return Err(MigrateError::OtherMigration(location)),
        None if holds_data(&target)? => {
            let users = target.count(T::Users)?;
            return Err(MigrateError::TargetNotEmpty(location, users));
        }
        None => false,
    };
    target.insert(T::Meta, MIGRATING_KEY, &keys.check)?;

    let mut key_slots = 0;
    slot_batches(src.slots(), BATCH, |batch| {
        target.slots().import_batch(&batch)?;
        key_slots += batch.len();
        Ok::<(), MigrateError>(())
    })?;
    progress(format!("copied key slots: {key_slots}"));
    let mut trees = Vec::new();
    for tree in T::ALL {
        let mut n = 0;
        batches(src, tree, BATCH, |mut rows| {
            n += rows.len();
            if tree == T::Meta {
                // Written last: it makes the database a store.
                rows.retain(|(k, _)| !outside_digest(k));
            }
            target.insert_batch(tree, &rows)?;
            Ok::<(), MigrateError>(())
        })?;
        progress(format!("copied {}: {n}", tree.name()));
        trees.push((tree.name(), n));
    }

    target.analyze()?;
    let mismatch = |what: String| MigrateError::Mismatch(location.clone(), what);
    // Both sides at once.
    let (ours, theirs) = std::thread::scope(|scope| {
        let theirs = scope.spawn(|| digests(&target));
        (digests(src), theirs.join())
    });
    let theirs = theirs.map_err(|_| mismatch("the check of the database stopped".into()))?;
    for (i, (a, b)) in ours?.iter().zip(theirs?.iter()).enumerate() {
        if a != b {
            let what = T::ALL.get(i).map_or("key slots", |t| t.name());
            return Err(mismatch(format!("{what} differ")));
        }
    }
    progress("checked: every tree and every key slot is equal byte for byte".into());

    let users = target.count(T::Users)?;
    let (read, remains) = read_back_users(src, &target, &keys, users, read_back, &mismatch)?;
    progress(format!(
        "checked: {read} of {users} users open in the database with the key"
    ));

    let finished = target.transaction(&mut |tx: &mut dyn KvTx| {
        tx.insert(T::Meta, FORMAT_KEY, &format)?;
        tx.remove(T::Meta, MIGRATING_KEY)?;
        Ok(())
    });
    if let Err(e) = finished {
        return Err(mismatch(format!("the last step did not commit: {e:?}")));
    }
    drop(target);
    // The bot's own way in: the key check, and a few users read back.
    let unsound = |what: &str| MigrateError::Unsound(location.clone(), what.into());
    let opened = Store::open_pg(url, &paths.key)?;
    if opened.user_count() != users {
        return Err(unsound("the number of users changed"));
    }
    for (_, id) in opened.users_after(None, 10)? {
        if let crate::dialogue::Stored::Unreadable = opened.session(id)? {
            return Err(unsound("a session does not open"));
        }
    }
    drop(opened);
    drop(source);
    Ok(Report {
        location,
        users,
        key_slots,
        trees,
        read_back: read,
        remains,
        restarted,
        took: started.elapsed(),
    })
}

/// Meta entries that differ by design between the two sides while copying.
fn outside_digest(key: &[u8]) -> bool {
    key == FORMAT_KEY || key == MIGRATING_KEY
}

/// The entries of a tree: how many, and a hash of them all in key order.
fn digest(kv: &dyn Kv, tree: T) -> Result<(usize, blake3::Hash), KvError> {
    let mut h = blake3::Hasher::new();
    let mut n = 0;
    batches(kv, tree, BATCH, |rows| {
        for (k, v) in rows {
            if tree == T::Meta && outside_digest(&k) {
                continue;
            }
            for part in [&k, &v] {
                h.update(&(part.len() as u64).to_be_bytes());
                h.update(part);
            }
            n += 1;
        }
        Ok::<(), KvError>(())
    })?;
    Ok((n, h.finalize()))
}

/// The digest of every tree (in [`T::ALL`]'s order), then of the key slots.
fn digests(kv: &dyn Kv) -> Result<Vec<(usize, blake3::Hash)>, KvError> {
    let mut out = T::ALL
        .iter()
        .map(|t| digest(kv, *t))
        .collect::<Result<Vec<_>, _>>()?;
    out.push(slot_digest(kv.slots())?);
    Ok(out)
}

fn slot_digest(slots: &dyn KeySlots) -> Result<(usize, blake3::Hash), KvError> {
    let mut h = blake3::Hasher::new();
    let mut n = 0;
    slot_batches(slots, BATCH, |batch| {
        for (slot, owner, secret) in batch {
            h.update(&slot.to_be_bytes());
            h.update(&owner);
            h.update(&secret[..]);
            n += 1;
        }
        Ok::<(), KvError>(())
    })?;
    Ok((n, h.finalize()))
}

/// Opens the values of every user (or an even sample) in the database; a
/// user who does not open there must not open in the sled store either.
/// Returns (users read, of which remains unreadable on both sides).
fn read_back_users(
    src: &dyn Kv,
    target: &dyn Kv,
    keys: &Keys,
    users: usize,
    how: ReadBack,
    mismatch: &dyn Fn(String) -> MigrateError,
) -> Result<(usize, usize), MigrateError> {
    let every = match how {
        ReadBack::All => 1,
        ReadBack::Sample(n) => (users / n.max(1)).max(1),
    };
    let (mut i, mut read, mut remains) = (0usize, 0, 0);
    batches(target, T::Users, BATCH, |rows| {
        for (k, entry) in rows {
            i += 1;
            if (i - 1) % every != 0 {
                continue;
            }
            let Ok(tag) = <Tag>::try_from(k.as_slice()) else {
                return Err(mismatch("a user key is not a tag".into()));
            };
            read += 1;
            if opens(target, keys, &tag, &entry)? {
                continue;
            }
            if opens(src, keys, &tag, &entry)? {
                return Err(mismatch(
                    "a user's values do not open in the database".into(),
                ));
            }
            remains += 1;
        }
        Ok(())
    })?;
    Ok((read, remains))
}

/// Whether the user's id, session, delivery facts and queue index open with
/// the key in `kv` (read only: nothing is repaired or removed).
fn opens(kv: &dyn Kv, keys: &Keys, tag: &Tag, entry: &[u8]) -> Result<bool, KvError> {
    let Some(slot) = slot_of(entry) else {
        return Ok(false);
    };
    let Some(secret) = kv.slots().secret(slot, tag)? else {
        return Ok(false);
    };
    let s = Subject {
        id: UserId::new(0),
        tag: *tag,
        slot,
        key: keys.user_key(&secret, tag),
    };
    if s.open::<i64>(T::Users, tag, entry.get(SLOT_LEN..).unwrap_or_default())
        .is_err()
    {
        return Ok(false);
    }
    // An absent value opens; a present one must.
    let ok = |tree: T, check: &dyn Fn(&[u8]) -> bool| -> Result<bool, KvError> {
        Ok(kv.get(tree, tag)?.is_none_or(|b| check(&b)))
    };
    Ok(ok(T::Sessions, &|b| {
        s.open::<Session>(T::Sessions, tag, b).is_ok()
    })? && ok(T::Delivery, &|b| {
        s.open::<Delivery>(T::Delivery, tag, b).is_ok()
    })? && ok(T::ByUser, &|b| crate::store::queue::index_opens(&s, b))?)
}
