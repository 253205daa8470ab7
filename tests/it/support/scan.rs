#![allow(dead_code)]
//! Looks for a user's traces in raw bytes: every file of a directory, a log.

use std::path::{Path, PathBuf};

/// What must never appear on disk or in a log for a user: their id in every
/// encoding the bot ever used, and what they typed or were called.
pub fn needles(id: i64, texts: &[&str]) -> Vec<(String, Vec<u8>)> {
    let mut v = vec![
        (format!("{id} as text"), id.to_string().into_bytes()),
        (format!("{id} as 8 bytes LE"), id.to_le_bytes().to_vec()),
        (format!("{id} as 8 bytes BE"), id.to_be_bytes().to_vec()),
        (
            format!("{id} as the old sorted key"),
            ((id as u64) ^ (1 << 63)).to_be_bytes().to_vec(),
        ),
    ];
    for t in texts {
        v.push((format!("{t:?}"), t.as_bytes().to_vec()));
    }
    v
}

/// Every (file, needle) where a needle occurs in a file under `dir`.
pub fn scan_dir(dir: &Path, needles: &[(String, Vec<u8>)]) -> Vec<(PathBuf, String)> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if let Ok(bytes) = std::fs::read(&p) {
                for (label, n) in scan(&bytes, needles) {
                    found.push((p.clone(), label.clone()));
                    let _ = n;
                }
            }
        }
    }
    found
}

/// The needles that occur in `bytes`.
pub fn scan<'a>(bytes: &[u8], needles: &'a [(String, Vec<u8>)]) -> Vec<(&'a String, &'a Vec<u8>)> {
    needles
        .iter()
        .filter(|(_, n)| !n.is_empty() && bytes.windows(n.len()).any(|w| w == n.as_slice()))
        .map(|(l, n)| (l, n))
        .collect()
}

/// Bytes of every file under `dir`, for a before/after comparison.
pub fn total_bytes(dir: &Path) -> u64 {
    let mut n = 0;
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                n += std::fs::metadata(&p).map(|m| m.len()).unwrap_or(0);
            }
        }
    }
    n
}
