//! The one place that turns stored values into bytes and back.
//!
//! Every value the store writes goes through [`seal`] and every value it reads
//! through [`open`] (values that belong to a user), or through [`encode`] /
//! [`decode`] for the few plain ones (a user's keyring slot, seen-update
//! times). A sealed value is `FORMAT_SEALED ++ nonce ++ ciphertext`, the
//! plaintext being JSON (tolerant of added fields), encrypted under the user's
//! key with the value's tree and key as associated data ([`place`]).

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::crypto::UserKey;

/// Plain JSON after a version byte: the format before encryption at rest
/// (still read by the upgrade from it).
pub const FORMAT_PLAIN: u8 = 1;
/// Sealed JSON.
pub const FORMAT_SEALED: u8 = 2;

#[derive(Debug, thiserror::Error)]
pub enum CodecError {
    #[error("empty stored value")]
    Empty,
    #[error("unknown stored format {0}")]
    UnknownFormat(u8),
    #[error("a sealed value does not open")]
    Sealed,
    #[error("stored value does not decode: {0}")]
    Json(#[from] serde_json::Error),
}

/// Where a value lives: its tree and key, bound to the ciphertext so that a
/// sealed value copied to another user's key or another tree does not open.
pub fn place(tree: &str, key: &[u8]) -> Vec<u8> {
    let mut p = Vec::with_capacity(tree.len() + 1 + key.len());
    p.extend_from_slice(tree.as_bytes());
    p.push(0);
    p.extend_from_slice(key);
    p
}

fn json<T: Serialize>(value: &T) -> zeroize::Zeroizing<Vec<u8>> {
    // Serializing our own plain structs cannot fail (no maps with non-string
    // keys, no I/O); an empty JSON value regardless, which will not decode.
    zeroize::Zeroizing::new(serde_json::to_vec(value).unwrap_or_default())
}

/// Seals a user's value for `place`.
pub fn seal<T: Serialize>(key: &UserKey, place: &[u8], value: &T) -> Vec<u8> {
    let plain = json(value);
    let mut out = vec![FORMAT_SEALED];
    out.extend_from_slice(&key.seal(place, &plain));
    out
}

/// Seals bytes that are already JSON (a value kept as it was found).
pub fn seal_raw(key: &UserKey, place: &[u8], plain: &[u8]) -> Vec<u8> {
    let mut out = vec![FORMAT_SEALED];
    out.extend_from_slice(&key.seal(place, plain));
    out
}

/// Opens a value sealed by [`seal`] for the same place.
pub fn open<T: DeserializeOwned>(
    key: &UserKey,
    place: &[u8],
    bytes: &[u8],
) -> Result<T, CodecError> {
    match bytes.split_first() {
        None => Err(CodecError::Empty),
        Some((&FORMAT_SEALED, sealed)) => {
            let plain = key.open(place, sealed).map_err(|_| CodecError::Sealed)?;
            Ok(serde_json::from_slice(&plain)?)
        }
        Some((&other, _)) => Err(CodecError::UnknownFormat(other)),
    }
}

/// A plain value (no user data in it).
pub fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    let mut out = vec![FORMAT_PLAIN];
    out.extend_from_slice(&json(value));
    out
}

pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, CodecError> {
    match bytes.split_first() {
        None => Err(CodecError::Empty),
        Some((&FORMAT_PLAIN, json)) => Ok(serde_json::from_slice(json)?),
        Some((&other, _)) => Err(CodecError::UnknownFormat(other)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Bytes from a damaged disk are an error, never a panic or a value.
        #[test]
        fn random_bytes_never_decode_or_panic(bytes in any::<Vec<u8>>(), tree in "[a-z_]{1,12}") {
            let k = UserKey::from_bytes([5; 32]);
            prop_assert!(open::<crate::dialogue::Session>(&k, &place(&tree, b"k"), &bytes).is_err());
            let _ = decode::<crate::dialogue::Session>(&bytes);
            let mut sealed = vec![FORMAT_SEALED];
            sealed.extend_from_slice(&bytes);
            prop_assert!(open::<Vec<u32>>(&k, &place(&tree, b"k"), &sealed).is_err());
        }

    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn any_value_round_trips_sealed(v in any::<Vec<(u32, String)>>(), key in any::<[u8; 32]>()) {
            let k = UserKey::from_bytes(key);
            let p = place("t", b"key");
            prop_assert_eq!(open::<Vec<(u32, String)>>(&k, &p, &seal(&k, &p, &v)).unwrap(), v);
        }
    }

    #[test]
    fn round_trips_and_rejects_garbage() {
        let v = vec![1u32, 2, 3];
        assert_eq!(decode::<Vec<u32>>(&encode(&v)).unwrap(), v);
        assert!(decode::<Vec<u32>>(b"").is_err());
        assert!(decode::<Vec<u32>>(&[9, b'[', b']']).is_err());
        assert!(decode::<Vec<u32>>(&[FORMAT_PLAIN, b'{']).is_err());
        let k = UserKey::from_bytes([3; 32]);
        let p = place("sessions", b"abc");
        let sealed = seal(&k, &p, &v);
        assert_eq!(open::<Vec<u32>>(&k, &p, &sealed).unwrap(), v);
        assert!(matches!(
            open::<Vec<u32>>(&k, &place("sessions", b"abd"), &sealed),
            Err(CodecError::Sealed)
        ));
        assert!(matches!(
            open::<Vec<u32>>(&k, &p, &encode(&v)),
            Err(CodecError::UnknownFormat(1))
        ));
        assert!(!sealed.windows(5).any(|w| w == b"1,2,3"));
    }
}
