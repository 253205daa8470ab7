//! Encryption at rest: the master key file, the keys derived from it, keyed
//! hashes of identifiers, and sealing of values.
//!
//! Nothing here is home-made cryptography: values are sealed with
//! XChaCha20-Poly1305 (RustCrypto) under a random 192-bit nonce, with the
//! value's tree and key as associated data, so a sealed value moved to another
//! key or tree does not open. Identifiers are hashed with keyed BLAKE3, and
//! sub-keys are derived from the master key with BLAKE3's key derivation mode
//! (one context string per purpose). Secrets are zeroed when dropped.

use std::fs::{self, File, OpenOptions};
use std::io::{Read, Write};
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use zeroize::Zeroizing;

/// A 32-byte secret that is zeroed when dropped.
pub type Secret = Zeroizing<[u8; 32]>;

/// Length of a keyed hash used as a store key (128 bits: no collisions in
/// any number of users a bot will have).
pub const TAG_LEN: usize = 16;

/// A keyed hash of an identifier: what the store uses instead of the id.
pub type Tag = [u8; TAG_LEN];

const NONCE_LEN: usize = 24;
/// What sealing adds to a value: the nonce and the authentication tag.
pub const SEAL_OVERHEAD: usize = NONCE_LEN + 16;

const KEY_FILE_HEADER: &str = "musofir-key-v1";

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error(
        "the key file {0} is missing, but the store in {1} was written with a key: restore the key \
         file from your backup (set MUSOFIR_KEY_FILE if it is elsewhere); a new key cannot open the store"
    )]
    Missing(PathBuf, PathBuf),
    #[error(
        "the key file {path} can be read by other users (mode {mode:o}): run `chmod 600 {path}` and start again"
    )]
    Readable { path: PathBuf, mode: u32 },
    #[error("the key file {0} is not a Musofir key (damaged or another file)")]
    Malformed(PathBuf),
    #[error("the key in {0} does not open the store in {1}: it is another store's key")]
    Wrong(PathBuf, PathBuf),
    #[error("the key file {0}: {1}")]
    Io(PathBuf, #[source] std::io::Error),
}

/// The master key, as read from `MUSOFIR_KEY_FILE`.
pub struct MasterKey(Secret);

impl MasterKey {
    /// A fresh random key (never written anywhere by itself).
    pub fn random() -> MasterKey {
        MasterKey(random_secret())
    }

    #[cfg(test)]
    pub fn from_bytes(b: [u8; 32]) -> MasterKey {
        MasterKey(Zeroizing::new(b))
    }

    /// Reads the key file. It must exist, be readable by its owner only, and
    /// hold a key.
    pub fn load(path: &Path) -> Result<MasterKey, KeyError> {
        let io = |e| KeyError::Io(path.to_path_buf(), e);
        let meta = fs::metadata(path).map_err(io)?;
        let mode = meta.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            return Err(KeyError::Readable {
                path: path.to_path_buf(),
                mode,
            });
        }
        let mut text = Zeroizing::new(String::new());
        File::open(path)
            .and_then(|mut f| f.read_to_string(&mut text))
            .map_err(io)?;
        let hex = text
            .trim()
            .strip_prefix(KEY_FILE_HEADER)
            .map(str::trim)
            .ok_or_else(|| KeyError::Malformed(path.to_path_buf()))?;
        let key = decode_hex32(hex).ok_or_else(|| KeyError::Malformed(path.to_path_buf()))?;
        Ok(MasterKey(key))
    }

    /// Writes a new random key to `path` (which must not exist), readable by
    /// the owner only, atomically: a crash leaves either no file or the whole key.
    pub fn create(path: &Path) -> Result<MasterKey, KeyError> {
        let key = MasterKey::random();
        key.write_new(path)?;
        Ok(key)
    }

    /// Writes this key to `path`, which must not exist yet (mode 0600).
    pub fn write_new(&self, path: &Path) -> Result<(), KeyError> {
        let io = |e| KeyError::Io(path.to_path_buf(), e);
        let dir = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        fs::create_dir_all(dir).map_err(io)?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "musofir.key".into());
        let tmp = dir.join(format!(".{name}.new"));
        let _ = fs::remove_file(&tmp);
        let mut f = OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&tmp)
            .map_err(io)?;
        let text = Zeroizing::new(format!("{KEY_FILE_HEADER} {}\n", encode_hex(&self.0[..])));
        f.write_all(text.as_bytes()).map_err(io)?;
        f.sync_all().map_err(io)?;
        drop(f);
        if path.exists() {
            let _ = fs::remove_file(&tmp);
            return Err(io(std::io::Error::new(
                std::io::ErrorKind::AlreadyExists,
                "a key file appeared meanwhile",
            )));
        }
        fs::rename(&tmp, path).map_err(io)?;
        File::open(dir).and_then(|d| d.sync_all()).map_err(io)?;
        Ok(())
    }

    /// The keys the store works with.
    pub fn derive(&self) -> Keys {
        let d = |context: &str| Zeroizing::new(blake3::derive_key(context, &self.0[..]));
        Keys {
            ids: d("musofir 2026-12 store v2: user id tags"),
            updates: d("musofir 2026-12 store v2: update id tags"),
            users: d("musofir 2026-12 store v2: per-user keys"),
            check: blake3::derive_key("musofir 2026-12 store v2: key check", &self.0[..]),
        }
    }
}

/// Keys derived from the master key, one per purpose.
pub struct Keys {
    ids: Secret,
    updates: Secret,
    users: Secret,
    /// Stored in the store and the keyring: tells at start whether the key
    /// is the one the store was written with (it reveals nothing of the key).
    pub check: [u8; 32],
}

impl Keys {
    /// The store's name for a Telegram user.
    pub fn user_tag(&self, id: i64) -> Tag {
        truncate(blake3::keyed_hash(&self.ids, &id.to_be_bytes()))
    }

    /// The store's name for an update id: seen updates cannot be matched to
    /// Telegram's ids or to users.
    pub fn update_tag(&self, id: u32) -> Tag {
        truncate(blake3::keyed_hash(&self.updates, &id.to_be_bytes()))
    }

    /// A user's key, from their random secret in the keyring: destroying the
    /// secret makes every value sealed under the key unreadable for good.
    pub fn user_key(&self, secret: &[u8; 32], tag: &Tag) -> UserKey {
        let mut h = blake3::Hasher::new_keyed(&self.users);
        h.update(secret);
        h.update(tag);
        UserKey(Zeroizing::new(*h.finalize().as_bytes()))
    }
}

fn truncate(h: blake3::Hash) -> Tag {
    let mut t = [0u8; TAG_LEN];
    t.copy_from_slice(&h.as_bytes()[..TAG_LEN]);
    t
}

/// The key that seals one user's values.
#[derive(Clone)]
pub struct UserKey(Secret);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("a sealed value does not open (wrong key, another place, or damaged)")]
pub struct OpenError;

impl UserKey {
    #[cfg(test)]
    pub fn from_bytes(b: [u8; 32]) -> UserKey {
        UserKey(Zeroizing::new(b))
    }

    /// Encrypts `plain` so that it opens only with this key, for this tree
    /// and key (`place`).
    pub fn seal(&self, place: &[u8], plain: &[u8]) -> Vec<u8> {
        let cipher = XChaCha20Poly1305::new((&*self.0).into());
        let mut nonce = [0u8; NONCE_LEN];
        fill_random(&mut nonce);
        let mut out = Vec::with_capacity(NONCE_LEN + plain.len() + 16);
        out.extend_from_slice(&nonce);
        // Encryption into a Vec fails only past 256 GiB.
        match cipher.encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: plain,
                aad: place,
            },
        ) {
            Ok(ct) => out.extend_from_slice(&ct),
            Err(_) => out.clear(),
        }
        out
    }

    pub fn open(&self, place: &[u8], sealed: &[u8]) -> Result<Zeroizing<Vec<u8>>, OpenError> {
        if sealed.len() < SEAL_OVERHEAD {
            return Err(OpenError);
        }
        let (nonce, ct) = sealed.split_at(NONCE_LEN);
        let cipher = XChaCha20Poly1305::new((&*self.0).into());
        cipher
            .decrypt(
                XNonce::from_slice(nonce),
                Payload {
                    msg: ct,
                    aad: place,
                },
            )
            .map(Zeroizing::new)
            .map_err(|_| OpenError)
    }
}

/// Random bytes from the operating system. Without a working source of
/// randomness no key or nonce can be made safely: that is fatal.
pub fn fill_random(buf: &mut [u8]) {
    if let Err(e) = getrandom::getrandom(buf) {
        #[allow(clippy::panic)]
        {
            panic!("the operating system gave no random bytes: {e}");
        }
    }
}

pub fn random_secret() -> Secret {
    let mut s = Zeroizing::new([0u8; 32]);
    fill_random(&mut s[..]);
    s
}

fn encode_hex(b: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(b.len() * 2);
    for x in b {
        s.push(DIGITS[usize::from(x >> 4)] as char);
        s.push(DIGITS[usize::from(x & 15)] as char);
    }
    s
}

fn decode_hex32(s: &str) -> Option<Secret> {
    let b = s.as_bytes();
    if b.len() != 64 {
        return None;
    }
    let nibble = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    let mut out = Zeroizing::new([0u8; 32]);
    for (i, pair) in b.chunks(2).enumerate() {
        out[i] = nibble(pair[0])? << 4 | nibble(pair[1])?;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_values_open_only_in_their_place_with_their_key() {
        let k = UserKey::from_bytes([7; 32]);
        let other = UserKey::from_bytes([8; 32]);
        let sealed = k.seal(b"sessions/abc", b"2026-03-05");
        assert_eq!(sealed.len(), 10 + SEAL_OVERHEAD);
        assert_eq!(
            &k.open(b"sessions/abc", &sealed).unwrap()[..],
            b"2026-03-05"
        );
        assert_eq!(k.open(b"sessions/abd", &sealed), Err(OpenError));
        assert_eq!(other.open(b"sessions/abc", &sealed), Err(OpenError));
        let mut flipped = sealed.clone();
        flipped[30] ^= 1;
        assert_eq!(k.open(b"sessions/abc", &flipped), Err(OpenError));
        assert_eq!(k.open(b"sessions/abc", &sealed[..10]), Err(OpenError));
        // A fresh nonce each time: the same value never looks the same twice.
        assert_ne!(k.seal(b"p", b"x"), k.seal(b"p", b"x"));
    }

    #[test]
    fn tags_are_keyed() {
        let a = MasterKey::from_bytes([1; 32]).derive();
        let b = MasterKey::from_bytes([2; 32]).derive();
        assert_eq!(a.user_tag(5), a.user_tag(5));
        assert_ne!(a.user_tag(5), a.user_tag(6));
        assert_ne!(a.user_tag(5), b.user_tag(5));
        assert_ne!(a.user_tag(5), a.update_tag(5));
        assert_ne!(a.check, b.check);
    }

    #[test]
    fn the_key_file_is_private_and_round_trips() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k");
        let key = MasterKey::create(&path).unwrap();
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        assert_eq!(
            MasterKey::load(&path).unwrap().derive().check,
            key.derive().check
        );
        assert!(MasterKey::create(&path).is_err(), "never overwritten");
        fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
        assert!(matches!(
            MasterKey::load(&path),
            Err(KeyError::Readable { mode: 0o640, .. })
        ));
        fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
        fs::write(&path, "musofir-key-v1 zz").unwrap();
        assert!(matches!(
            MasterKey::load(&path),
            Err(KeyError::Malformed(_))
        ));
        assert_eq!(
            decode_hex32(&encode_hex(&[0xab; 32])).map(|k| *k),
            Some([0xab; 32])
        );
    }
}
