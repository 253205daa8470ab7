//! The one place that turns stored values into bytes and back.
//!
//! Every value the store writes goes through [`seal`] and every value it reads
//! through [`open`] (values that belong to a user), or through [`encode`] /
//! [`decode`] for the few plain ones (a user's keyring slot, seen-update
//! times). A sealed value is `format ++ nonce ++ ciphertext`, encrypted under
//! the user's key with the value's tree and key as associated data
//! ([`place`]). The plaintext is JSON (tolerant of added fields:
//! [`FORMAT_SEALED`]) or, for the values there are millions of, postcard
//! ([`FORMAT_SEALED_COMPACT`], chosen by the type: [`Sealed::COMPACT`]).
//! [`open`] reads either, so values written before a type became compact
//! still open.

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::crypto::UserKey;

/// Plain JSON after a version byte: the format before encryption at rest
/// (still read by the upgrade from it).
pub const FORMAT_PLAIN: u8 = 1;
/// Sealed JSON.
pub const FORMAT_SEALED: u8 = 2;
/// Sealed postcard: a third of the JSON's size for a queue entry.
pub const FORMAT_SEALED_COMPACT: u8 = 3;

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
    #[error("stored value does not decode: {0}")]
    Compact(#[from] postcard::Error),
    #[error("stored value has {0} bytes after its end")]
    Trailing(usize),
}

/// A type the store seals, and how its plaintext is written.
pub trait Sealed: Serialize {
    /// Postcard instead of JSON: no field names, integers as varints. Only
    /// for types whose every field is always serialized (no
    /// `skip_serializing_if`: postcard reads fields by position) and whose
    /// dates and times are numbers when the format is not human-readable.
    const COMPACT: bool = false;
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

fn json<T: Serialize + ?Sized>(value: &T) -> zeroize::Zeroizing<Vec<u8>> {
    // Serializing our own plain structs cannot fail (no maps with non-string
    // keys, no I/O); an empty JSON value regardless, which will not decode.
    zeroize::Zeroizing::new(serde_json::to_vec(value).unwrap_or_default())
}

/// Seals a user's value for `place`, in its type's format.
pub fn seal<T: Sealed + ?Sized>(key: &UserKey, place: &[u8], value: &T) -> Vec<u8> {
    let (format, plain) = if T::COMPACT {
        // As with JSON: our own structs serialize; empty bytes would not
        // decode.
        let bytes = postcard::to_allocvec(value).unwrap_or_default();
        (FORMAT_SEALED_COMPACT, zeroize::Zeroizing::new(bytes))
    } else {
        (FORMAT_SEALED, json(value))
    };
    let mut out = vec![format];
    out.extend_from_slice(&key.seal(place, &plain));
    out
}

/// Seals bytes that are already JSON (a value kept as it was found).
pub fn seal_raw(key: &UserKey, place: &[u8], plain: &[u8]) -> Vec<u8> {
    let mut out = vec![FORMAT_SEALED];
    out.extend_from_slice(&key.seal(place, plain));
    out
}

/// Opens a value sealed by [`seal`] for the same place, in either format.
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
        Some((&FORMAT_SEALED_COMPACT, sealed)) => {
            let plain = key.open(place, sealed).map_err(|_| CodecError::Sealed)?;
            let (value, rest) = postcard::take_from_bytes(&plain)?;
            if !rest.is_empty() {
                return Err(CodecError::Trailing(rest.len()));
            }
            Ok(value)
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

/// A date as a number of days when the format is not human-readable
/// (postcard: 3 bytes), as `YYYY-MM-DD` otherwise (JSON, as stored before):
/// `#[serde(with = "codec::day")]`.
pub mod day {
    use chrono::NaiveDate;
    use serde::{de::Error, Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            d.serialize(s)
        } else {
            chrono::Datelike::num_days_from_ce(d).serialize(s)
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        if d.is_human_readable() {
            NaiveDate::deserialize(d)
        } else {
            let days = i32::deserialize(d)?;
            NaiveDate::from_num_days_from_ce_opt(days)
                .ok_or_else(|| D::Error::custom(format!("day {days} is out of range")))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    impl Sealed for Vec<u32> {}
    impl Sealed for Vec<(u32, String)> {}

    #[derive(Debug, PartialEq, Serialize, serde::Deserialize)]
    struct Small {
        #[serde(with = "day")]
        day: chrono::NaiveDate,
        at_ms: u64,
        list: Vec<(u64, i64)>,
    }

    impl Sealed for Small {
        const COMPACT: bool = true;
    }

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
            sealed[0] = FORMAT_SEALED_COMPACT;
            prop_assert!(open::<Small>(&k, &place(&tree, b"k"), &sealed).is_err());
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

    #[test]
    fn a_compact_type_is_sealed_compact_and_json_of_it_still_opens() {
        let k = UserKey::from_bytes([4; 32]);
        let p = place("reminders_due", b"key");
        let v = Small {
            day: chrono::NaiveDate::from_ymd_opt(2026, 3, 20).unwrap(),
            at_ms: 1_773_990_000_000,
            list: vec![(1_774_000_000_000, 3), (1_774_100_000_000, 0)],
        };
        let compact = seal(&k, &p, &v);
        assert_eq!(compact[0], FORMAT_SEALED_COMPACT);
        assert_eq!(open::<Small>(&k, &p, &compact).unwrap(), v);
        // The same value as JSON (how it was stored before) opens too.
        let json = seal_raw(&k, &p, &serde_json::to_vec(&v).unwrap());
        assert_eq!(open::<Small>(&k, &p, &json).unwrap(), v);
        assert!(
            compact.len() + 30 < json.len(),
            "{} vs {}",
            compact.len(),
            json.len()
        );
        // Cut short or with bytes after it: an error, not a value.
        let plain = postcard::to_allocvec(&v).unwrap();
        let sealed_as = |plain: &[u8]| {
            let mut v = vec![FORMAT_SEALED_COMPACT];
            v.extend_from_slice(&k.seal(&p, plain));
            v
        };
        assert!(open::<Small>(&k, &p, &sealed_as(&plain[..plain.len() - 1])).is_err());
        let mut longer = plain.clone();
        longer.push(0);
        let long = sealed_as(&longer);
        assert!(matches!(
            open::<Small>(&k, &p, &long),
            Err(CodecError::Trailing(1))
        ));
    }
}
