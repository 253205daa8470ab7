//! The upgrade of a store written before encryption at rest (format 1: plain
//! JSON, user ids as sorted 8-byte keys) to the sealed format.
//!
//! The sealed store is written into a fresh directory beside the old one
//! (`DIR.upgrading`), made durable and marked done; then the directories are
//! swapped and the old one is overwritten with zeros and removed. Writing in
//! place would not do: sled keeps removed values in its log segments, so the
//! plain values would stay on disk. A crash at any point leaves either the old
//! store (the upgrade runs again) or the new one (the swap is finished at the
//! next start, [`finish_interrupted`]).

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Deserialize;

use super::crypto::MasterKey;
use super::kv::TreeId as T;
use super::queue::{self, DueKey, Entry, KeyParts, SentMark};
use super::{codec, open_sled, Delivery, Store, StoreError, StorePaths, Subject, UserId};
use crate::dialogue::Session;

const V1_TREES: [&str; 6] = [
    "sessions",
    "delivery",
    "seen_updates",
    "reminders_due",
    "reminders_by_user",
    "reminders_sent",
];

/// Written into the new directory once it holds everything.
const DONE: &str = "UPGRADE-DONE";

fn sibling(data: &Path, suffix: &str) -> PathBuf {
    let mut name = data
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_else(|| "musofir-data".into());
    name.push(suffix);
    data.with_file_name(name)
}

fn upgrading(data: &Path) -> PathBuf {
    sibling(data, ".upgrading")
}

fn before(data: &Path) -> PathBuf {
    sibling(data, ".before-upgrade")
}

fn upgrade_err(data: &Path, what: impl std::fmt::Display) -> StoreError {
    StoreError::Upgrade(data.to_path_buf(), what.to_string())
}

/// Whether the (unmarked) store holds data in the plain format.
pub(super) fn is_v1(db: &sled::Db) -> Result<bool, StoreError> {
    let names = db.tree_names();
    for t in V1_TREES {
        if names.iter().any(|n| n.as_ref() == t.as_bytes()) && !db.open_tree(t)?.is_empty() {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Completes or undoes an upgrade that a crash interrupted.
pub(super) fn finish_interrupted(data: &Path) -> Result<(), StoreError> {
    let new = upgrading(data);
    let old = before(data);
    if new.exists() {
        if data.exists() {
            // Stopped before the swap: the old store is whole; start again.
            fs::remove_dir_all(&new)?;
        } else if new.join(DONE).exists() {
            fs::rename(&new, data)?;
            sync_parent(data)?;
        } else {
            return Err(upgrade_err(
                data,
                format!("{} is incomplete and the store is missing", new.display()),
            ));
        }
    }
    if old.exists() {
        if data.exists() {
            scrub_dir(&old)?;
        } else {
            fs::rename(&old, data)?;
            sync_parent(data)?;
        }
    }
    let done = data.join(DONE);
    if done.exists() {
        fs::remove_file(done)?;
    }
    Ok(())
}

fn sync_parent(path: &Path) -> Result<(), StoreError> {
    let parent = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::File::open(parent)?.sync_all()?;
    Ok(())
}

/// Overwrites every file under `dir` with zeros, syncs, and removes the
/// directory: the plain values do not stay in free blocks of a plain file
/// system (see ARCHITECTURE.md for where this cannot hold).
fn scrub_dir(dir: &Path) -> Result<(), StoreError> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            scrub_dir(&path)?;
            continue;
        }
        let len = fs::metadata(&path)?.len();
        let mut f = fs::OpenOptions::new().write(true).open(&path)?;
        let zeros = vec![0u8; 1 << 16];
        let mut left = len;
        while left > 0 {
            let n = left.min(zeros.len() as u64) as usize;
            f.write_all(&zeros[..n])?;
            left -= n as u64;
        }
        f.sync_all()?;
    }
    fs::remove_dir_all(dir)?;
    Ok(())
}

/// A v1 user key: big-endian with the sign bit flipped.
fn v1_user(k: &[u8]) -> Option<UserId> {
    let b: [u8; 8] = k.get(..8)?.try_into().ok()?;
    Some(UserId::new((u64::from_be_bytes(b) ^ (1 << 63)) as i64))
}

#[derive(Deserialize)]
struct V1Entry {
    #[serde(rename = "d")]
    due: NaiveDate,
    #[serde(rename = "p")]
    planned_ms: u64,
    #[serde(rename = "l", default)]
    lead_days: i64,
    #[serde(rename = "n", default)]
    attempts: u8,
}

#[derive(Deserialize)]
struct V1Delivery {
    #[serde(default)]
    blocked: bool,
}

/// What an upgrade carried over.
#[derive(Debug, Default)]
struct Counts {
    users: usize,
    unreadable: usize,
    reminders: usize,
    marks: usize,
}

/// Upgrades the plain store in `paths.data` to the sealed format.
pub(super) fn upgrade(paths: &StorePaths) -> Result<(), StoreError> {
    let data = &paths.data;
    tracing::info!("upgrading the store to encryption at rest");
    // No key has ever existed for a plain store: make one, unless the
    // operator prepared it.
    if !paths.key.exists() {
        MasterKey::create(&paths.key)?;
    }
    let new_dir = upgrading(data);
    if new_dir.exists() {
        fs::remove_dir_all(&new_dir)?;
    }
    let old = open_sled(data)?;
    let new = Store::open(&StorePaths {
        data: new_dir.clone(),
        key: paths.key.clone(),
    })?;
    let counts = copy(&old, &new).map_err(|e| upgrade_err(data, e))?;
    new.flush_blocking()?;
    drop(new);
    drop(old);
    fs::File::create(new_dir.join(DONE))?.sync_all()?;
    sync_parent(&new_dir)?;
    // The swap: from here on a crash is finished by `finish_interrupted`.
    fs::rename(data, before(data))?;
    fs::rename(&new_dir, data)?;
    sync_parent(data)?;
    finish_interrupted(data)?;
    tracing::info!(
        users = counts.users,
        unreadable = counts.unreadable,
        reminders = counts.reminders,
        sent_marks = counts.marks,
        "the store is upgraded; the plain copy is overwritten and removed"
    );
    Ok(())
}

fn copy(old: &sled::Db, new: &Store) -> Result<Counts, StoreError> {
    let mut counts = Counts::default();
    let kv = new.kv();
    let mut subjects: Vec<(UserId, Subject)> = Vec::new();
    let delivery_old = old.open_tree("delivery")?;
    for item in old.open_tree("sessions")?.iter() {
        let (k, v) = item?;
        let Some(user) = v1_user(&k) else {
            tracing::warn!("a session key of the old store is not a user; skipped");
            continue;
        };
        let s = new.subject_or_create(user)?;
        let sealed = match codec::decode::<Session>(&v) {
            Ok(session) => s.seal(T::Sessions, &s.tag, &session),
            Err(_) => {
                // Kept as it was, sealed: the user is told it could not be
                // read, as before the upgrade.
                counts.unreadable += 1;
                let raw = v.get(1..).unwrap_or_default();
                s.seal_raw(T::Sessions, &s.tag, raw)
            }
        };
        kv.insert(T::Sessions, &s.tag, &sealed)?;
        let blocked = match delivery_old.get(&k)? {
            None => false,
            Some(d) => match codec::decode::<V1Delivery>(&d) {
                Ok(d) => d.blocked,
                Err(_) => {
                    tracing::warn!("delivery facts of the old store do not decode; reachable");
                    false
                }
            },
        };
        let delivery = Delivery {
            blocked,
            // Retention counts from the upgrade: the old store kept no date.
            active_at: None,
            warned_at: None,
        };
        kv.insert(T::Delivery, &s.tag, &s.seal(T::Delivery, &s.tag, &delivery))?;
        subjects.push((user, s));
        counts.users += 1;
    }
    let find = |user: UserId| subjects.iter().find(|(u, _)| *u == user).map(|(_, s)| s);
    let mut index: Vec<(UserId, Vec<DueKey>)> = Vec::new();
    for item in old.open_tree("reminders_due")?.iter() {
        let (k, v) = item?;
        if k.len() != 18 {
            continue;
        }
        let (Some(user), Some(s)) = (v1_user(&k[8..16]), v1_user(&k[8..16]).and_then(find)) else {
            continue;
        };
        let Ok(e) = codec::decode::<V1Entry>(&v) else {
            tracing::warn!("a reminder of the old store does not decode; dropped");
            continue;
        };
        let key = KeyParts {
            at_ms: u64::from_be_bytes(k[..8].try_into().unwrap_or_default()),
            tag: s.tag,
            kind: k[16],
            lead: k[17],
        }
        .key();
        let entry = Entry {
            due: e.due,
            planned_ms: e.planned_ms,
            lead_days: e.lead_days,
            attempts: e.attempts,
            later: Vec::new(),
            replans: 0,
        };
        kv.insert(T::Due, &key, &s.seal(T::Due, &key, &entry))?;
        match index.iter_mut().find(|(u, _)| *u == user) {
            Some((_, keys)) => keys.push(key),
            None => index.push((user, vec![key])),
        }
        counts.reminders += 1;
    }
    for (user, keys) in &index {
        if let Some(s) = find(*user) {
            queue::write_index_outside(new, s, keys)?;
        }
    }
    for item in old.open_tree("reminders_sent")?.iter() {
        let (k, v) = item?;
        let (Some(s), Some(kind)) = (v1_user(&k).and_then(find), k.get(8)) else {
            continue;
        };
        let Ok(mark) = codec::decode::<SentMark>(&v) else {
            continue;
        };
        queue::put_sent_mark(new, s, *kind, &mark)?;
        counts.marks += 1;
    }
    let seen = old.open_tree(T::Seen.name())?;
    for item in seen.iter() {
        let (k, v) = item?;
        let Ok(id) = <[u8; 4]>::try_from(k.as_ref()) else {
            continue;
        };
        let tag = new.inner.keys.update_tag(u32::from_be_bytes(id));
        kv.insert(T::Seen, &tag, &v)?;
    }
    Ok(counts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir_with(path: &Path, file: &str) {
        fs::create_dir_all(path).unwrap();
        fs::write(path.join(file), b"x").unwrap();
    }

    #[test]
    fn an_interrupted_upgrade_is_finished_or_undone() {
        let root = tempfile::tempdir().unwrap();
        let data = root.path().join("data");
        // Stopped before the swap: the old store stays, the new copy goes.
        dir_with(&data, "old");
        dir_with(&upgrading(&data), "new");
        finish_interrupted(&data).unwrap();
        assert!(data.join("old").exists() && !upgrading(&data).exists());
        // Stopped between the two renames, the copy complete: finished.
        fs::rename(&data, before(&data)).unwrap();
        dir_with(&upgrading(&data), "new");
        fs::write(upgrading(&data).join(DONE), b"").unwrap();
        finish_interrupted(&data).unwrap();
        assert!(data.join("new").exists());
        assert!(!data.join(DONE).exists());
        assert!(!before(&data).exists(), "the plain copy is removed");
        // Stopped after the swap: the leftover plain copy is removed.
        dir_with(&before(&data), "old");
        finish_interrupted(&data).unwrap();
        assert!(!before(&data).exists() && data.join("new").exists());
    }
}
