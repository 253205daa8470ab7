//! Users as the store knows them: the tag (a keyed hash of the id), the
//! subject (id, tag and the key of their values, cached), created on a
//! user's first step, and the list of users in tag order.

use super::*;

impl Store {
    /// The store's name for a user.
    pub fn tag(&self, user: UserId) -> Tag {
        self.inner.keys.user_tag(user.0)
    }

    /// The user, if the store holds anything about them.
    pub(crate) fn subject(&self, user: UserId) -> Result<Option<Subject>, StoreError> {
        let tag = self.tag(user);
        self.subject_by_tag(&tag, Some(user))
    }

    /// The user behind a tag (as found in a queue key). `known`: the id, when
    /// the caller has it (a damaged id entry is then repaired).
    pub(crate) fn subject_by_tag(
        &self,
        tag: &Tag,
        known: Option<UserId>,
    ) -> Result<Option<Subject>, StoreError> {
        let inner = &self.inner;
        if let Some(s) = inner
            .subjects
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(tag)
        {
            if known.is_none_or(|k| k == s.id) {
                return Ok(Some(s.clone()));
            }
        }
        let Some(v) = inner.kv.get(T::Users, tag)? else {
            return Ok(None);
        };
        let slot = slot_of(&v);
        let secret = match slot {
            Some(slot) => inner.kv.slots().secret(slot, tag)?,
            None => None,
        };
        let (Some(slot), Some(secret)) = (slot, secret) else {
            // The key is gone: a /forget that a crash interrupted after the
            // key was destroyed (or a damaged entry). What remains cannot be
            // read by anyone; remove it.
            tracing::info!("removing the unreadable remains of an erased user");
            self.drop_remains(tag)?;
            return Ok(None);
        };
        let key = inner.keys.user_key(&secret, tag);
        let mut s = Subject {
            id: UserId::new(0),
            tag: *tag,
            slot,
            key,
        };
        match s.open::<i64>(T::Users, tag, v.get(SLOT_LEN..).unwrap_or_default()) {
            Ok(id) => s.id = UserId::new(id),
            Err(e) => {
                tracing::error!(error = %e, "a user's directory entry does not open");
                let Some(id) = known else {
                    return Ok(None);
                };
                // Repaired from what the caller knows.
                s.id = id;
                inner.kv.insert(T::Users, tag, &user_entry(&s))?;
            }
        }
        if known.is_some_and(|k| k != s.id) {
            return Ok(None);
        }
        self.remember(&s);
        Ok(Some(s))
    }

    fn remember(&self, s: &Subject) {
        const CAPACITY: usize = 50_000;
        let mut cache = self
            .inner
            .subjects
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        if cache.len() >= CAPACITY {
            cache.clear();
        }
        cache.insert(s.tag, s.clone());
    }

    pub(super) fn forget_subject(&self, tag: &Tag) {
        self.inner
            .subjects
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(tag);
    }

    /// The user, created with a fresh key if new.
    pub(super) fn subject_or_create(&self, user: UserId) -> Result<Subject, StoreError> {
        if let Some(s) = self.subject(user)? {
            return Ok(s);
        }
        let inner = &self.inner;
        let tag = self.tag(user);
        let (slot, secret) = inner.kv.slots().allocate(&tag)?;
        let s = Subject {
            id: user,
            tag,
            slot,
            key: inner.keys.user_key(&secret, &tag),
        };
        let entry = user_entry(&s);
        // Another instance may be creating the same user at this moment:
        // the first entry stands, and the other's fresh key is destroyed.
        let created = self.tx(|tx| {
            if tx.get(T::Users, &tag)?.is_some() {
                return Err(TxError::Abort(Abort::Exists));
            }
            tx.insert(T::Users, &tag, &entry)?;
            Ok(())
        });
        match created {
            Ok(()) => {
                self.remember(&s);
                Ok(s)
            }
            Err(StoreError::Aborted(Abort::Exists)) => {
                inner.kv.slots().wipe(slot, &tag)?;
                self.subject(user)?.ok_or_else(|| {
                    StoreError::Backend(KvError("a user vanished while being created".into()))
                })
            }
            Err(e) => {
                let _ = inner.kv.slots().wipe(slot, &tag);
                Err(e)
            }
        }
    }

    /// Every user the store holds, as ids (for start-up and housekeeping
    /// tasks; decrypts one small value per user). Read in batches: users
    /// who come or go meanwhile may or may not be seen.
    pub fn users(&self) -> impl Iterator<Item = UserId> + '_ {
        let mut after: Option<Tag> = None;
        let mut batch: std::vec::IntoIter<(Tag, UserId)> = Vec::new().into_iter();
        let mut done = false;
        std::iter::from_fn(move || loop {
            if let Some((_, id)) = batch.next() {
                return Some(id);
            }
            if done {
                return None;
            }
            match self.users_after(after, 1000) {
                Ok(b) if b.is_empty() => done = true,
                Ok(b) => {
                    after = b.last().map(|(t, _)| *t);
                    batch = b.into_iter();
                }
                Err(e) => {
                    tracing::warn!(error = %e, "users could not be read");
                    done = true;
                }
            }
        })
    }

    /// Users after `after` in the store's own order (by tag), at most `limit`:
    /// a resumable pass over everyone (start-up replanning).
    pub fn users_after(
        &self,
        after: Option<Tag>,
        limit: usize,
    ) -> Result<Vec<(Tag, UserId)>, StoreError> {
        let from = match &after {
            Some(t) => std::ops::Bound::Excluded(&t[..]),
            None => std::ops::Bound::Unbounded,
        };
        let mut out = Vec::new();
        let mut cursor: Option<Vec<u8>> = None;
        // Keys whose user is gone are skipped; read on until `limit` users.
        while out.len() < limit {
            let lower = match &cursor {
                Some(c) => std::ops::Bound::Excluded(c.as_slice()),
                None => from,
            };
            let rows = self
                .inner
                .kv
                .scan(T::Users, lower, std::ops::Bound::Unbounded, limit)?;
            if rows.is_empty() {
                break;
            }
            cursor = rows.last().map(|(k, _)| k.clone());
            for (k, _) in rows {
                if out.len() >= limit {
                    break;
                }
                let Ok(tag) = <Tag>::try_from(k.as_slice()) else {
                    continue;
                };
                if let Some(s) = self.subject_by_tag(&tag, None)? {
                    out.push((tag, s.id));
                }
            }
        }
        Ok(out)
    }
}
