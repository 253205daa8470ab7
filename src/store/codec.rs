//! The one place that turns stored values into bytes and back.
//!
//! Every value the store writes goes through [`encode`] and every value it reads
//! through [`decode`]. Encryption at rest will be added here, and only here.

use serde::de::DeserializeOwned;
use serde::Serialize;

/// Format of the bytes: a version byte, then JSON (tolerant of added fields).
const FORMAT_V1: u8 = 1;

#[derive(Debug, thiserror::Error)]
pub enum CodecError {
    #[error("empty stored value")]
    Empty,
    #[error("unknown stored format {0}")]
    UnknownFormat(u8),
    #[error("stored value does not decode: {0}")]
    Json(#[from] serde_json::Error),
}

pub fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    let mut out = vec![FORMAT_V1];
    // Serializing our own plain structs to a Vec cannot fail (no maps with
    // non-string keys, no I/O); fall back to an empty JSON value regardless.
    match serde_json::to_writer(&mut out, value) {
        Ok(()) => out,
        Err(_) => vec![FORMAT_V1, b'n', b'u', b'l', b'l'],
    }
}

pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, CodecError> {
    match bytes.split_first() {
        None => Err(CodecError::Empty),
        Some((&FORMAT_V1, json)) => Ok(serde_json::from_slice(json)?),
        Some((&other, _)) => Err(CodecError::UnknownFormat(other)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_rejects_garbage() {
        let v = vec![1u32, 2, 3];
        assert_eq!(decode::<Vec<u32>>(&encode(&v)).unwrap(), v);
        assert!(decode::<Vec<u32>>(b"").is_err());
        assert!(decode::<Vec<u32>>(&[9, b'[', b']']).is_err());
        assert!(decode::<Vec<u32>>(&[FORMAT_V1, b'{']).is_err());
    }
}
