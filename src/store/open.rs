//! Opening a store: where it lives ([`StorePaths`]), sled's directory, and
//! the checks at start (the format, the master key against the store's key
//! check), on sled or on PostgreSQL.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use super::crypto::{KeyError, Keys, MasterKey};
use super::keyring::{self, Keyring};
use super::kv::{self, Kv, KvTx, TreeId as T};
use super::{
    durable, migrate, transfer, Inner, Store, StoreError, CHECK_KEY, FORMAT, FORMAT_JSON,
    FORMAT_KEY,
};

/// Where a store lives: its data directory and its master key file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StorePaths {
    pub data: PathBuf,
    pub key: PathBuf,
}

impl StorePaths {
    /// `key`, or by default a file beside the data directory: `DIR.key`.
    pub fn new(data: impl Into<PathBuf>, key: Option<PathBuf>) -> StorePaths {
        let data = data.into();
        let key = key.unwrap_or_else(|| default_key_file(&data));
        StorePaths { data, key }
    }
}

impl StorePaths {
    /// Both inside `dir` (`dir/data`, `dir/musofir.key`): for tests and tools
    /// that own a scratch directory. A real deployment keeps the key apart.
    pub fn within(dir: &Path) -> StorePaths {
        StorePaths::new(dir.join("data"), Some(dir.join("musofir.key")))
    }
}

/// `./musofir-data` -> `./musofir-data.key`.
pub fn default_key_file(data: &Path) -> PathBuf {
    let mut name = data
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_else(|| "musofir-data".into());
    name.push(".key");
    data.with_file_name(name)
}

pub(crate) fn open_sled(dir: &Path) -> Result<sled::Db, StoreError> {
    let open = || {
        sled::Config::new()
            .path(dir)
            .mode(sled::Mode::LowSpace)
            // The 1 GiB default is far beyond what a bot needs; RSS runs 2-3x this.
            .cache_capacity(64 << 20)
            // A safety net only: what must be durable waits for `durable()`.
            .flush_every_ms(Some(1000))
            .open()
    };
    // sled releases its directory lock from a background writer thread a
    // moment after the last handle is dropped: a store closed and opened
    // again in one process (the upgrade, restarts in tests) may find it
    // still held. Wait for it a little; a lock held longer belongs to
    // another running process.
    let started = std::time::Instant::now();
    loop {
        match open() {
            Err(sled::Error::Io(e))
                if e.to_string().contains("could not acquire lock")
                    && started.elapsed() < std::time::Duration::from_secs(3) =>
            {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            Err(sled::Error::Io(e)) if e.to_string().contains("could not acquire lock") => {
                return Err(StoreError::InUse(dir.to_path_buf()));
            }
            other => return other.map_err(|e| StoreError::Open(dir.to_path_buf(), e)),
        }
    }
}

impl Store {
    /// Opens (or creates) the embedded store in `paths.data`. A store written
    /// before encryption at rest is upgraded in place first. Refuses, with a
    /// message that says what to do, a missing or wrong key for an existing
    /// store and a key file that others can read.
    pub fn open(paths: &StorePaths) -> Result<Store, StoreError> {
        migrate::finish_interrupted(&paths.data)?;
        let db = open_sled(&paths.data)?;
        let meta = db.open_tree(T::Meta.name())?;
        let format = meta
            .get(FORMAT_KEY)?
            .map(|v| v.first().copied().unwrap_or(0));
        let keyring_path = paths.data.join(keyring::FILE_NAME);
        let ring_err = |e| StoreError::Keyring(e, paths.data.clone());
        let (keys, keyring) = match format {
            Some(found @ (FORMAT | FORMAT_JSON)) => {
                if !paths.key.exists() {
                    return Err(KeyError::Missing(paths.key.clone(), paths.data.clone()).into());
                }
                let keys = MasterKey::load(&paths.key)?.derive();
                if meta.get(CHECK_KEY)?.as_deref() != Some(&keys.check[..]) {
                    return Err(KeyError::Wrong(paths.key.clone(), paths.data.clone()).into());
                }
                let ring = Keyring::open(&keyring_path, &keys.check).map_err(ring_err)?;
                if found != FORMAT {
                    meta.insert(FORMAT_KEY, &[FORMAT][..])?;
                    db.flush()?;
                }
                (keys, ring)
            }
            Some(other) => return Err(StoreError::NewerFormat(paths.data.clone(), other)),
            None if migrate::is_v1(&db)? => {
                drop(meta);
                drop(db);
                migrate::upgrade(paths)?;
                return Store::open(paths);
            }
            None => {
                // A new store: a key file that exists is used (a restored
                // key, or one made by hand); otherwise a new one is made.
                let key = if paths.key.exists() {
                    MasterKey::load(&paths.key)?
                } else {
                    MasterKey::create(&paths.key)?
                };
                let keys = key.derive();
                let ring = if keyring_path.exists() {
                    Keyring::open(&keyring_path, &keys.check).map_err(ring_err)?
                } else {
                    Keyring::create(&keyring_path, &keys.check).map_err(ring_err)?
                };
                meta.insert(CHECK_KEY, &keys.check[..])?;
                meta.insert(FORMAT_KEY, &[FORMAT][..])?;
                db.flush()?;
                (keys, ring)
            }
        };
        let kv = kv::sled::SledKv::new(db, keyring)?;
        Ok(Store::over(
            Arc::new(kv),
            keys,
            paths.data.display().to_string(),
        ))
    }

    /// Opens (or creates) the store in a PostgreSQL database
    /// (`MUSOFIR_DATABASE_URL`), the master key in `key_file`. The database
    /// holds the same sealed values and keyed hashes as the embedded store.
    pub fn open_pg(url: &str, key_file: &Path) -> Result<Store, StoreError> {
        let kv = kv::pg::PgKv::connect(url)?;
        let shown = kv.location().to_string();
        if kv.get(T::Meta, transfer::MIGRATING_KEY)?.is_some() {
            return Err(StoreError::Database(
                shown,
                "a `musofir migrate` into this database has not finished: run it again \
                 (docs/migrate.md)"
                    .into(),
            ));
        }
        let format = kv
            .get(T::Meta, FORMAT_KEY)?
            .map(|v| v.first().copied().unwrap_or(0));
        let keys = match format {
            Some(found @ (FORMAT | FORMAT_JSON)) => {
                if !key_file.exists() {
                    return Err(
                        KeyError::Missing(key_file.to_path_buf(), PathBuf::from(&shown)).into(),
                    );
                }
                let keys = MasterKey::load(key_file)?.derive();
                if kv.get(T::Meta, CHECK_KEY)?.as_deref() != Some(&keys.check[..]) {
                    return Err(
                        KeyError::Wrong(key_file.to_path_buf(), PathBuf::from(&shown)).into(),
                    );
                }
                if found != FORMAT {
                    // Instances of a version before 3 still running would
                    // drop what this one writes compact: deploy/README.md.
                    kv.insert(T::Meta, FORMAT_KEY, &[FORMAT][..])?;
                }
                keys
            }
            Some(other) => return Err(StoreError::NewerFormat(PathBuf::from(&shown), other)),
            None => {
                let key = if key_file.exists() {
                    MasterKey::load(key_file)?
                } else {
                    MasterKey::create(key_file)?
                };
                let keys = key.derive();
                let check = keys.check;
                let mut first = true;
                kv.transaction(&mut |tx: &mut dyn KvTx| {
                    // Two instances starting at once: the first one marks it.
                    if tx.get(T::Meta, FORMAT_KEY)?.is_some() {
                        first = false;
                        return Ok(());
                    }
                    tx.insert(T::Meta, CHECK_KEY, &check[..])?;
                    tx.insert(T::Meta, FORMAT_KEY, &[FORMAT][..])?;
                    Ok(())
                })
                .map_err(|e| StoreError::Database(shown.clone(), format!("{e:?}")))?;
                if !first && kv.get(T::Meta, CHECK_KEY)?.as_deref() != Some(&check[..]) {
                    return Err(
                        KeyError::Wrong(key_file.to_path_buf(), PathBuf::from(&shown)).into(),
                    );
                }
                keys
            }
        };
        Ok(Store::over(Arc::new(kv), keys, shown))
    }

    /// A store over a backend (the conformance tests use it directly).
    pub(crate) fn over(kv: Arc<dyn Kv>, keys: Keys, location: String) -> Store {
        Store {
            inner: Arc::new(Inner {
                flusher: durable::Flusher::start(kv.clone()),
                kv,
                location,
                keys,
                claimed: Mutex::new(HashSet::new()),
                subjects: Mutex::new(std::collections::HashMap::new()),
                signal: Arc::new(tokio::sync::Notify::new()),
            }),
        }
    }
}
