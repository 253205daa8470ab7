//! `musofir backup` and `musofir restore`: a copy of the store that holds
//! only what the backend holds already — sealed values, keyed hashes and each
//! user's random secret, none of which can be read without the master key.
//! The key is never in a backup: keep it apart (README).
//!
//! A backup of the embedded store is taken while no bot has it open (sled
//! locks its directory), so it is a single point in time. File layout: a
//! magic line, then records (`1` a tree entry: tree name, key, value; `3` a
//! key slot: slot, owner tag, secret), then `0xFF` and a BLAKE3 hash of
//! everything before it, checked on restore. The same file restores into
//! either backend.

use std::fs::{self, File, OpenOptions};
use std::io::{BufReader, BufWriter, Read, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

use super::crypto::{MasterKey, Tag, TAG_LEN};
use super::kv::TreeId;
use super::{Store, StoreError, StorePaths, CHECK_KEY};

const MAGIC: &[u8] = b"MUSOFIR-BACKUP-2\n";
const TREE_ENTRY: u8 = 1;
const KEY_SLOT: u8 = 3;
const END: u8 = 0xFF;

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{0}: {1}")]
    Io(String, #[source] std::io::Error),
    #[error("{0} is not a Musofir backup, or it is damaged: {1}")]
    Damaged(String, &'static str),
    #[error("{0} is not empty: restore into a new directory")]
    NotEmpty(String),
    #[error(
        "the backup was made with another key than {0}: restore the key file that belongs to it"
    )]
    OtherKey(String),
}

impl From<super::kv::KvError> for BackupError {
    fn from(e: super::kv::KvError) -> BackupError {
        BackupError::Store(e.into())
    }
}

/// What a backup or a restore copied.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub entries: usize,
    pub users: usize,
    pub bytes: u64,
}

struct HashingWriter<W: Write> {
    inner: W,
    hash: blake3::Hasher,
    bytes: u64,
}

impl<W: Write> Write for HashingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hash.update(&buf[..n]);
        self.bytes += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

fn put(w: &mut impl Write, bytes: &[u8]) -> std::io::Result<()> {
    w.write_all(&(bytes.len() as u32).to_be_bytes())?;
    w.write_all(bytes)
}

/// Writes a backup of the embedded store at `paths` to `out` (through a
/// temporary file, renamed when complete). The key is checked, so a backup
/// is never taken of a store the key does not open.
pub fn backup(paths: &StorePaths, out: &Path) -> Result<Summary, BackupError> {
    let store = Store::open(paths)?;
    backup_store(&store, out)
}

/// Writes a backup of an open store to `out`.
pub fn backup_store(store: &Store, out: &Path) -> Result<Summary, BackupError> {
    let name = out.display().to_string();
    let io = |e| BackupError::Io(name.clone(), e);
    let kv = store.kv();
    let tmp = out.with_extension("partial");
    let file = OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(&tmp)
        .map_err(io)?;
    let mut w = HashingWriter {
        inner: BufWriter::new(file),
        hash: blake3::Hasher::new(),
        bytes: 0,
    };
    let mut summary = Summary {
        users: store.user_count(),
        ..Summary::default()
    };
    w.write_all(MAGIC).map_err(io)?;
    for tree in TreeId::ALL {
        super::kv::batches(&**kv, tree, 10_000, |rows| {
            for (k, v) in rows {
                w.write_all(&[TREE_ENTRY]).map_err(io)?;
                put(&mut w, tree.name().as_bytes()).map_err(io)?;
                put(&mut w, &k).map_err(io)?;
                put(&mut w, &v).map_err(io)?;
                summary.entries += 1;
            }
            Ok::<(), BackupError>(())
        })?;
    }
    super::kv::slot_batches(kv.slots(), 10_000, |slots| {
        for (slot, owner, secret) in slots {
            w.write_all(&[KEY_SLOT]).map_err(io)?;
            w.write_all(&slot.to_be_bytes()).map_err(io)?;
            w.write_all(&owner).map_err(io)?;
            w.write_all(&secret[..]).map_err(io)?;
        }
        Ok::<(), BackupError>(())
    })?;
    w.write_all(&[END]).map_err(io)?;
    let hash = w.hash.finalize();
    w.inner.write_all(hash.as_bytes()).map_err(io)?;
    summary.bytes = w.bytes + 32;
    let file = w.inner.into_inner().map_err(|e| io(e.into_error()))?;
    file.sync_all().map_err(io)?;
    drop(file);
    fs::rename(&tmp, out).map_err(io)?;
    Ok(summary)
}

/// A backup, parsed and checked.
struct Parsed {
    entries: Vec<(TreeId, Vec<u8>, Vec<u8>)>,
    slots: Vec<(u64, Tag, [u8; 32])>,
    check: Vec<u8>,
    bytes: u64,
}

fn parse(file: &Path) -> Result<Parsed, BackupError> {
    let name = file.display().to_string();
    let io = |e| BackupError::Io(name.clone(), e);
    let damaged = |why| BackupError::Damaged(name.clone(), why);
    let mut bytes = Vec::new();
    BufReader::new(File::open(file).map_err(io)?)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() < MAGIC.len() + 33 || !bytes.starts_with(MAGIC) {
        return Err(damaged("no Musofir backup header"));
    }
    let (body, hash) = bytes.split_at(bytes.len() - 32);
    if blake3::hash(body).as_bytes() != hash {
        return Err(damaged(
            "its checksum does not match (truncated or altered)",
        ));
    }
    let mut entries = Vec::new();
    let mut slots = Vec::new();
    let mut rest = &body[MAGIC.len()..];
    fn take<'a>(rest: &mut &'a [u8]) -> Option<&'a [u8]> {
        let len = u32::from_be_bytes(rest.get(..4)?.try_into().ok()?) as usize;
        let v = rest.get(4..4usize.checked_add(len)?)?;
        *rest = &rest[4 + len..];
        Some(v)
    }
    fn fixed<'a>(rest: &mut &'a [u8], n: usize) -> Option<&'a [u8]> {
        let v = rest.get(..n)?;
        *rest = &rest[n..];
        Some(v)
    }
    loop {
        let Some((&kind, after)) = rest.split_first() else {
            return Err(damaged("it ends early"));
        };
        rest = after;
        match kind {
            TREE_ENTRY => {
                let (Some(t), Some(k), Some(v)) =
                    (take(&mut rest), take(&mut rest), take(&mut rest))
                else {
                    return Err(damaged("a record is cut short"));
                };
                let tree = std::str::from_utf8(t)
                    .ok()
                    .and_then(TreeId::from_name)
                    .ok_or_else(|| damaged("a record names an unknown tree"))?;
                entries.push((tree, k.to_vec(), v.to_vec()));
            }
            KEY_SLOT => {
                let slot = fixed(&mut rest, 8)
                    .and_then(|b| b.try_into().ok())
                    .map(u64::from_be_bytes);
                let owner: Option<Tag> = fixed(&mut rest, TAG_LEN).and_then(|b| b.try_into().ok());
                let secret: Option<[u8; 32]> = fixed(&mut rest, 32).and_then(|b| b.try_into().ok());
                let (Some(slot), Some(owner), Some(secret)) = (slot, owner, secret) else {
                    return Err(damaged("a key slot is cut short"));
                };
                slots.push((slot, owner, secret));
            }
            END if rest.is_empty() => break,
            _ => return Err(damaged("an unknown record")),
        }
    }
    let check = entries
        .iter()
        .find(|(t, k, _)| *t == TreeId::Meta && k.as_slice() == CHECK_KEY)
        .map(|(_, _, v)| v.clone())
        .ok_or_else(|| damaged("it has no key check"))?;
    Ok(Parsed {
        entries,
        slots,
        check,
        bytes: bytes.len() as u64,
    })
}

/// Restores a backup into `paths.data`, which must not exist or be empty.
/// If the key file exists, the backup must belong to it; if it does not, the
/// restore goes on and says the key must be restored too.
pub fn restore(file: &Path, paths: &StorePaths) -> Result<Summary, BackupError> {
    let parsed = parse(file)?;
    let data = &paths.data;
    if data.exists()
        && fs::read_dir(data)
            .map_err(|e| BackupError::Io(data.display().to_string(), e))?
            .next()
            .is_some()
    {
        return Err(BackupError::NotEmpty(data.display().to_string()));
    }
    if paths.key.exists() {
        let keys = MasterKey::load(&paths.key)
            .map_err(StoreError::from)?
            .derive();
        if keys.check[..] != parsed.check[..] {
            return Err(BackupError::OtherKey(paths.key.display().to_string()));
        }
    }
    let ring = super::keyring::Keyring::create(
        &data_dir_ready(data)?.join(super::keyring::FILE_NAME),
        &check_of(&parsed)?,
    )
    .map_err(|e| StoreError::Keyring(e, data.clone()))?;
    let db = super::open_sled(data)?;
    let kv = super::kv::sled::SledKv::new(db, ring).map_err(StoreError::from)?;
    write_into(&kv, &parsed)
}

/// Restores a backup into an empty backend (the PostgreSQL database).
pub fn restore_into(file: &Path, kv: &dyn super::kv::Kv) -> Result<Summary, BackupError> {
    let parsed = parse(file)?;
    if super::kv::holds_data(kv).map_err(StoreError::from)? {
        return Err(BackupError::NotEmpty("the database".into()));
    }
    write_into(kv, &parsed)
}

fn data_dir_ready(data: &Path) -> Result<&Path, BackupError> {
    fs::create_dir_all(data).map_err(|e| BackupError::Io(data.display().to_string(), e))?;
    Ok(data)
}

fn check_of(p: &Parsed) -> Result<[u8; 32], BackupError> {
    p.check
        .as_slice()
        .try_into()
        .map_err(|_| BackupError::Damaged("the backup".into(), "its key check is not 32 bytes"))
}

fn write_into(kv: &dyn super::kv::Kv, parsed: &Parsed) -> Result<Summary, BackupError> {
    let mut summary = Summary::default();
    for (slot, owner, secret) in &parsed.slots {
        kv.slots()
            .import(*slot, owner, secret)
            .map_err(StoreError::from)?;
    }
    kv.slots().sync().map_err(StoreError::from)?;
    for (t, k, v) in &parsed.entries {
        kv.insert(*t, k, v).map_err(StoreError::from)?;
        summary.entries += 1;
        if *t == TreeId::Users {
            summary.users += 1;
        }
    }
    kv.flush().map_err(StoreError::from)?;
    summary.bytes = parsed.bytes;
    Ok(summary)
}
