//! `musofir backup` and `musofir restore`: a consistent copy of the store that
//! holds only what is on disk already — sealed values, keyed hashes and the
//! keyring's secrets, none of which can be read without the master key. The
//! key is never in a backup: keep it apart (README).
//!
//! The store is copied while no bot has it open (sled locks its directory),
//! so the copy is a single point in time. File layout: a magic line, then
//! records (`1` tree entry: tree name, key, value; `2` the keyring file), then
//! `0xFF` and a BLAKE3 hash of everything before it, checked on restore.

use std::fs::{self, File, OpenOptions};
use std::io::{BufReader, BufWriter, Read, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

use super::crypto::MasterKey;
use super::keyring::FILE_NAME as KEYRING;
use super::{open_sled, Store, StoreError, StorePaths, CHECK_KEY, META};

const MAGIC: &[u8] = b"MUSOFIR-BACKUP-1\n";
const TREE_ENTRY: u8 = 1;
const KEYRING_FILE: u8 = 2;
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

/// Writes a backup of the store at `paths` to `out` (through a temporary
/// file, renamed when complete). The key is checked, so a backup is never
/// taken of a store the key does not open.
pub fn backup(paths: &StorePaths, out: &Path) -> Result<Summary, BackupError> {
    let name = out.display().to_string();
    let io = |e| BackupError::Io(name.clone(), e);
    let store = Store::open(paths)?;
    let inner = &store.inner;
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
    for tree_name in inner.db.tree_names() {
        let tree = inner.db.open_tree(&tree_name).map_err(StoreError::from)?;
        for item in tree.iter() {
            let (k, v) = item.map_err(StoreError::from)?;
            w.write_all(&[TREE_ENTRY]).map_err(io)?;
            put(&mut w, &tree_name).map_err(io)?;
            put(&mut w, &k).map_err(io)?;
            put(&mut w, &v).map_err(io)?;
            summary.entries += 1;
        }
    }
    let ring = inner.keyring.read_all().map_err(StoreError::from)?;
    w.write_all(&[KEYRING_FILE]).map_err(io)?;
    put(&mut w, &ring).map_err(io)?;
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

/// Restores a backup into `paths.data`, which must not exist or be empty.
/// If the key file exists, the backup must belong to it; if it does not, the
/// restore goes on and says the key must be restored too.
pub fn restore(file: &Path, paths: &StorePaths) -> Result<Summary, BackupError> {
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
    let data = &paths.data;
    if data.exists()
        && fs::read_dir(data)
            .map_err(|e| BackupError::Io(data.display().to_string(), e))?
            .next()
            .is_some()
    {
        return Err(BackupError::NotEmpty(data.display().to_string()));
    }
    // Parse everything before writing anything.
    let mut entries: Vec<(&[u8], &[u8], &[u8])> = Vec::new();
    let mut ring: Option<&[u8]> = None;
    let mut rest = &body[MAGIC.len()..];
    fn take<'a>(rest: &mut &'a [u8]) -> Option<&'a [u8]> {
        let len = u32::from_be_bytes(rest.get(..4)?.try_into().ok()?) as usize;
        let v = rest.get(4..4 + len)?;
        *rest = &rest[4 + len..];
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
                entries.push((t, k, v));
            }
            KEYRING_FILE => {
                ring = Some(take(&mut rest).ok_or_else(|| damaged("the keyring is cut short"))?)
            }
            END if rest.is_empty() => break,
            _ => return Err(damaged("an unknown record")),
        }
    }
    let ring = ring.ok_or_else(|| damaged("it has no keyring"))?;
    let check = entries
        .iter()
        .find(|(t, k, _)| *t == META.as_bytes() && *k == CHECK_KEY)
        .map(|(_, _, v)| *v)
        .ok_or_else(|| damaged("it has no key check"))?;
    if paths.key.exists() {
        let keys = MasterKey::load(&paths.key)
            .map_err(StoreError::from)?
            .derive();
        if keys.check[..] != *check {
            return Err(BackupError::OtherKey(paths.key.display().to_string()));
        }
    }
    let db = open_sled(data)?;
    let mut summary = Summary::default();
    for (t, k, v) in &entries {
        db.open_tree(t)
            .map_err(StoreError::from)?
            .insert(k, *v)
            .map_err(StoreError::from)?;
        summary.entries += 1;
    }
    summary.users = db.open_tree(super::USERS).map_err(StoreError::from)?.len();
    db.flush().map_err(StoreError::from)?;
    drop(db);
    let ring_path = data.join(KEYRING);
    let mut f = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&ring_path)
        .map_err(|e| BackupError::Io(ring_path.display().to_string(), e))?;
    f.write_all(ring)
        .and_then(|()| f.sync_all())
        .map_err(|e| BackupError::Io(ring_path.display().to_string(), e))?;
    summary.bytes = bytes.len() as u64;
    Ok(summary)
}
