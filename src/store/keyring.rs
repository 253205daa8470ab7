//! Each user's secret, in fixed slots of one small file that is overwritten in
//! place: what makes `/forget` hold on disk.
//!
//! sled never overwrites: a removed value stays in its log segments until
//! they are rewritten, so erasing a user's values from sled does not erase
//! them from the disk. Every value of a user is therefore sealed under a key
//! derived from a random secret kept here, outside sled; `/forget` overwrites
//! the secret's slot with zeros and syncs the file, after which no copy of the
//! secret exists in the data directory and the user's old values, wherever
//! sled left them, cannot be opened, even with the master key.
//!
//! Layout: a 64-byte header (magic, the master key's check value), then
//! 64-byte slots: `state (1) | zero (7) | owner tag (16) | secret (32) |
//! checksum (8)`. A slot never straddles a 512-byte sector, so a write of
//! one is all or nothing on common disks. The checksum catches a torn or
//! damaged slot. The owner tag (the user's keyed hash, as in every sled key)
//! lets a stale reference to a reused slot be told apart.
//!
//! Limits (ARCHITECTURE.md): a copy-on-write or snapshotting file system, or an
//! SSD's wear levelling, may keep an old block of this file; put the data
//! directory on a plain file system (ext4, xfs) for erasure to hold there.

use std::fs::{File, OpenOptions};
use std::os::unix::fs::{FileExt, OpenOptionsExt};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

use zeroize::Zeroizing;

use super::crypto::{random_secret, Secret, Tag, TAG_LEN};

pub const FILE_NAME: &str = "keyring";
const MAGIC: &[u8; 16] = b"MUSOFIR-KEYRING1";
const SLOT: u64 = 64;
const HEADER: u64 = 64;
const USED: u8 = 1;

#[derive(Debug, thiserror::Error)]
pub enum KeyringError {
    #[error("the keyring file: {0}")]
    Io(#[from] std::io::Error),
    #[error("the keyring file is not a Musofir keyring")]
    NotAKeyring,
    #[error("the keyring file belongs to another key")]
    OtherKey,
    #[error("the keyring is full")]
    Full,
}

/// A user's slot: where their secret is.
pub type Slot = u32;

pub struct Keyring {
    file: File,
    state: Mutex<State>,
    /// Slots written since the last sync.
    dirty: AtomicBool,
}

struct State {
    /// Slots in the file.
    len: u32,
    /// Free slots (zeroed), reused before the file grows.
    free: Vec<Slot>,
}

fn offset(slot: Slot) -> u64 {
    HEADER + u64::from(slot) * SLOT
}

fn checksum(body: &[u8]) -> [u8; 8] {
    let mut c = [0u8; 8];
    c.copy_from_slice(&blake3::hash(body).as_bytes()[..8]);
    c
}

impl Keyring {
    /// Creates the keyring of a new store (the file must not exist).
    pub fn create(path: &Path, check: &[u8; 32]) -> Result<Keyring, KeyringError> {
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(path)?;
        let mut header = [0u8; HEADER as usize];
        header[..16].copy_from_slice(MAGIC);
        header[16..48].copy_from_slice(check);
        file.write_all_at(&header, 0)?;
        file.sync_all()?;
        if let Some(dir) = path.parent() {
            File::open(dir)?.sync_all()?;
        }
        Ok(Keyring {
            file,
            state: Mutex::new(State {
                len: 0,
                free: Vec::new(),
            }),
            dirty: AtomicBool::new(false),
        })
    }

    /// Opens an existing keyring, checking that it belongs to the key.
    pub fn open(path: &Path, check: &[u8; 32]) -> Result<Keyring, KeyringError> {
        let file = OpenOptions::new().read(true).write(true).open(path)?;
        let mut header = [0u8; HEADER as usize];
        file.read_exact_at(&mut header, 0)
            .map_err(|_| KeyringError::NotAKeyring)?;
        if &header[..16] != MAGIC {
            return Err(KeyringError::NotAKeyring);
        }
        if &header[16..48] != check {
            return Err(KeyringError::OtherKey);
        }
        let size = file.metadata()?.len();
        let len =
            u32::try_from(size.saturating_sub(HEADER) / SLOT).map_err(|_| KeyringError::Full)?;
        // Free slots: read the file once, in large blocks.
        let mut free = Vec::new();
        let mut buf = vec![0u8; (SLOT * 4096) as usize];
        let mut slot: u32 = 0;
        while slot < len {
            let n = (len - slot).min(4096);
            let bytes = (u64::from(n) * SLOT) as usize;
            file.read_exact_at(&mut buf[..bytes], offset(slot))?;
            for i in 0..n {
                let s = &buf[(i as usize) * SLOT as usize..][..SLOT as usize];
                if s[0] != USED {
                    free.push(slot + i);
                }
            }
            slot += n;
        }
        buf.iter_mut().for_each(|b| *b = 0);
        free.reverse();
        Ok(Keyring {
            file,
            state: Mutex::new(State { len, free }),
            dirty: AtomicBool::new(false),
        })
    }

    /// Writes a fresh random secret for `owner` into a free slot. The slot is
    /// written but not synced: the next [`Keyring::sync`] makes it durable,
    /// and it must run before anything that refers to the slot is flushed.
    pub fn allocate(&self, owner: &Tag) -> Result<(Slot, Secret), KeyringError> {
        let secret = random_secret();
        let mut st = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let slot = match st.free.pop() {
            Some(s) => s,
            None => {
                let s = st.len;
                st.len = st.len.checked_add(1).ok_or(KeyringError::Full)?;
                s
            }
        };
        let mut body = Zeroizing::new([0u8; SLOT as usize]);
        body[0] = USED;
        body[8..8 + TAG_LEN].copy_from_slice(owner);
        body[24..56].copy_from_slice(&secret[..]);
        let sum = checksum(&body[..56]);
        body[56..].copy_from_slice(&sum);
        if let Err(e) = self.file.write_all_at(&body[..], offset(slot)) {
            st.free.push(slot);
            return Err(e.into());
        }
        self.dirty.store(true, Ordering::SeqCst);
        Ok((slot, secret))
    }

    /// The secret in `slot` if the slot is in use by `owner`; `None` when it
    /// was wiped, reused by someone else, or is damaged.
    pub fn secret(&self, slot: Slot, owner: &Tag) -> Result<Option<Secret>, KeyringError> {
        if slot >= self.state.lock().unwrap_or_else(|e| e.into_inner()).len {
            return Ok(None);
        }
        let mut body = Zeroizing::new([0u8; SLOT as usize]);
        self.file.read_exact_at(&mut body[..], offset(slot))?;
        if body[0] != USED || &body[8..8 + TAG_LEN] != owner {
            return Ok(None);
        }
        if checksum(&body[..56])[..] != body[56..] {
            tracing::error!(
                slot,
                "a keyring slot is damaged; its user's data cannot be read"
            );
            return Ok(None);
        }
        let mut s = Zeroizing::new([0u8; 32]);
        s.copy_from_slice(&body[24..56]);
        Ok(Some(s))
    }

    /// Destroys the secret in `slot` (if `owner` still holds it) and syncs the
    /// file: when this returns, the user's sealed values are unreadable for good.
    pub fn wipe(&self, slot: Slot, owner: &Tag) -> Result<(), KeyringError> {
        let mut st = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if slot >= st.len {
            return Ok(());
        }
        let mut head = [0u8; 8 + TAG_LEN];
        self.file.read_exact_at(&mut head, offset(slot))?;
        if head[0] != USED || &head[8..] != owner {
            return Ok(());
        }
        self.file
            .write_all_at(&[0u8; SLOT as usize], offset(slot))?;
        self.file.sync_data()?;
        st.free.push(slot);
        Ok(())
    }

    /// Makes every slot written so far durable (cheap when nothing changed).
    pub fn sync(&self) -> Result<(), KeyringError> {
        if self.dirty.swap(false, Ordering::SeqCst) {
            if let Err(e) = self.file.sync_data() {
                self.dirty.store(true, Ordering::SeqCst);
                return Err(e.into());
            }
        }
        Ok(())
    }

    /// Slots in use (for start-up logs and benchmarks).
    pub fn in_use(&self) -> usize {
        let st = self.state.lock().unwrap_or_else(|e| e.into_inner());
        st.len as usize - st.free.len()
    }

    /// Slots in use after `after` (from the first when `None`), at most
    /// `limit`, with their owner and secret (backups, migration; the secrets
    /// are useless without the master key). Read in large blocks.
    pub fn export_slots_after(
        &self,
        after: Option<u64>,
        limit: usize,
    ) -> Result<Vec<(u64, Tag, Secret)>, KeyringError> {
        const BLOCK: u32 = 4096;
        let len = self.state.lock().unwrap_or_else(|e| e.into_inner()).len;
        let mut slot = match after {
            Some(a) => u32::try_from(a.saturating_add(1)).unwrap_or(u32::MAX),
            None => 0,
        };
        let mut out = Vec::new();
        let mut buf = Zeroizing::new(vec![0u8; (SLOT * u64::from(BLOCK)) as usize]);
        while slot < len && out.len() < limit {
            let n = (len - slot).min(BLOCK);
            let bytes = (u64::from(n) * SLOT) as usize;
            self.file.read_exact_at(&mut buf[..bytes], offset(slot))?;
            for i in 0..n {
                if out.len() >= limit {
                    break;
                }
                let body = &buf[(i as usize) * SLOT as usize..][..SLOT as usize];
                if body[0] != USED || checksum(&body[..56])[..] != body[56..] {
                    continue;
                }
                let mut owner = [0u8; TAG_LEN];
                owner.copy_from_slice(&body[8..8 + TAG_LEN]);
                let mut secret = Zeroizing::new([0u8; 32]);
                secret.copy_from_slice(&body[24..56]);
                out.push((u64::from(slot + i), owner, secret));
            }
            slot += n;
        }
        Ok(out)
    }

    /// Writes `secret` for `owner` into `slot` (a restore or a migration
    /// keeps every user's slot), growing the file as needed.
    pub fn import_slot(
        &self,
        slot: Slot,
        owner: &Tag,
        secret: &[u8; 32],
    ) -> Result<(), KeyringError> {
        let mut st = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let mut body = Zeroizing::new([0u8; SLOT as usize]);
        body[0] = USED;
        body[8..8 + TAG_LEN].copy_from_slice(owner);
        body[24..56].copy_from_slice(secret);
        let sum = checksum(&body[..56]);
        body[56..].copy_from_slice(&sum);
        // Slots skipped on the way are free (zeroed by the write below).
        while st.len < slot {
            let free = st.len;
            st.free.push(free);
            st.len += 1;
        }
        if st.len == slot {
            st.len += 1;
        }
        st.free.retain(|s| *s != slot);
        self.file.write_all_at(&body[..], offset(slot))?;
        self.dirty.store(true, Ordering::SeqCst);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_are_allocated_read_wiped_and_reused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        let check = [9u8; 32];
        let ring = Keyring::create(&path, &check).unwrap();
        let (a, sa) = ring.allocate(&[1; 16]).unwrap();
        let (b, _) = ring.allocate(&[2; 16]).unwrap();
        assert_ne!(a, b);
        assert_eq!(*ring.secret(a, &[1; 16]).unwrap().unwrap(), *sa);
        assert!(ring.secret(a, &[2; 16]).unwrap().is_none(), "owner checked");
        ring.wipe(a, &[1; 16]).unwrap();
        assert!(ring.secret(a, &[1; 16]).unwrap().is_none());
        // The bytes are gone from the file.
        let raw = std::fs::read(&path).unwrap();
        assert!(!raw.windows(32).any(|w| w == &sa[..]));
        let (c, _) = ring.allocate(&[3; 16]).unwrap();
        assert_eq!(c, a, "a wiped slot is reused");
        assert!(ring.secret(c, &[1; 16]).unwrap().is_none());
        ring.sync().unwrap();
        drop(ring);
        let ring = Keyring::open(&path, &check).unwrap();
        assert_eq!(ring.in_use(), 2);
        assert!(ring.secret(b, &[2; 16]).unwrap().is_some());
        assert!(matches!(
            Keyring::open(&path, &[0; 32]),
            Err(KeyringError::OtherKey)
        ));
        // A damaged slot reads as gone, not as a wrong key.
        let mut raw = std::fs::read(&path).unwrap();
        raw[(offset(b) + 30) as usize] ^= 0xff;
        std::fs::write(&path, &raw).unwrap();
        let ring = Keyring::open(&path, &check).unwrap();
        assert!(ring.secret(b, &[2; 16]).unwrap().is_none());
    }
}
