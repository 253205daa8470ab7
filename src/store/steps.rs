//! A user's session and delivery facts: reading them, committing a step
//! (once per update, over the version it read, with what it does to the
//! user's reminder queue), erasing the user, and the seen-update marks that
//! make a redelivery take effect once.

use super::*;

impl Store {
    pub fn session(&self, user: UserId) -> Result<Stored, StoreError> {
        self.session_versioned(user).map(|(stored, _)| stored)
    }

    /// The session and which version of it was read, to commit a step over
    /// exactly that version ([`Store::commit_step`]).
    pub fn session_versioned(&self, user: UserId) -> Result<(Stored, Version), StoreError> {
        let Some(s) = self.subject(user)? else {
            return Ok((Stored::None, Version(None)));
        };
        let bytes = self.inner.kv.get(T::Sessions, &s.tag)?;
        let version = Version::of(bytes.as_deref());
        let stored = match bytes {
            None => Stored::None,
            Some(bytes) => match s.open::<Session>(T::Sessions, &s.tag, &bytes) {
                Ok(session) => Stored::Some(session),
                Err(e) => {
                    tracing::warn!(error = %e, "a stored session does not decode; the user is told and starts over");
                    Stored::Unreadable
                }
            },
        };
        Ok((stored, version))
    }

    pub fn delivery(&self, user: UserId) -> Result<Delivery, StoreError> {
        let Some(s) = self.subject(user)? else {
            return Ok(Delivery::default());
        };
        self.delivery_of(&s)
    }

    pub(crate) fn delivery_of(&self, s: &Subject) -> Result<Delivery, StoreError> {
        Ok(match self.inner.kv.get(T::Delivery, &s.tag)? {
            None => Delivery::default(),
            Some(bytes) => match s.open::<Delivery>(T::Delivery, &s.tag, &bytes) {
                Ok(d) => d,
                Err(e) => {
                    // Repaired: a user who blocked the bot is found out again
                    // by the next 403; activity restarts from now.
                    tracing::warn!(error = %e, "delivery facts do not decode; rewritten as reachable");
                    let d = Delivery::default();
                    self.inner
                        .kv
                        .insert(T::Delivery, &s.tag, &s.seal(T::Delivery, &s.tag, &d))?;
                    d
                }
            },
        })
    }

    /// Whether this update was already applied.
    pub fn seen(&self, update_id: u32) -> Result<bool, StoreError> {
        Ok(self
            .inner
            .kv
            .contains(T::Seen, &self.inner.keys.update_tag(update_id))?)
    }

    /// Applies a step's outcome and records the update as seen, atomically:
    /// a redelivered update takes effect exactly once. Erasing destroys the
    /// user's key first (the point of no return), then removes every value in
    /// one transaction. Call [`Store::durable`] before replying.
    pub fn commit(
        &self,
        user: UserId,
        update_id: Option<u32>,
        next: &Next,
        now_unix: i64,
    ) -> Result<Commit, StoreError> {
        self.commit_if(user, update_id, next, now_unix, None, None)
    }

    /// [`Store::commit`], only if the stored session is still the version
    /// the step read: else [`Commit::Stale`] and nothing is written. With
    /// several instances, two updates of one user can be taken at once;
    /// without this check one of the two answers would be lost. With it, in
    /// the same transaction, what the step does to the user's reminder queue
    /// (a new plan, a snooze): the step and its replan are stored together or
    /// not at all. Nothing is queued for an erasing step. The scheduler is
    /// woken when something was queued. A user marked as blocked who writes
    /// again is reachable again: a step without a plan for them is refused
    /// ([`Commit::Unplanned`]), so that their cancelled reminders come back
    /// with the step that unblocks them.
    pub fn commit_step(
        &self,
        user: UserId,
        update_id: Option<u32>,
        next: &Next,
        now_unix: i64,
        read: Version,
        requeue: Option<&Requeue>,
    ) -> Result<Commit, StoreError> {
        self.commit_if(user, update_id, next, now_unix, Some(read), requeue)
    }

    fn commit_if(
        &self,
        user: UserId,
        update_id: Option<u32>,
        next: &Next,
        now_unix: i64,
        read: Option<Version>,
        requeue: Option<&Requeue>,
    ) -> Result<Commit, StoreError> {
        let inner = &self.inner;
        let seen_key = update_id.map(|id| inner.keys.update_tag(id));
        let stamp = now_unix.to_be_bytes();
        match next {
            Next::Save(session) => {
                let s = self.subject_or_create(user)?;
                let value = s.seal(T::Sessions, &s.tag, session);
                // The user wrote: they can be written to again, and retention
                // counts from now.
                let facts = s.seal(
                    T::Delivery,
                    &s.tag,
                    &Delivery {
                        blocked: false,
                        active_at: Some(now_unix),
                        warned_at: None,
                    },
                );
                // The update is checked as seen inside the transaction only:
                // the shell has just asked (`Store::seen`), and a read outside
                // it would take sled's lock once more per update.
                // One transaction for the step and its queue: a broken
                // index aborts it, is rebuilt, and the whole step runs again.
                let res = queue::with_index_repair(self, &s, |tx| {
                    // On a database, what the step reads in one round trip.
                    let mut reads: Vec<(T, &[u8])> = Vec::with_capacity(4);
                    if let Some(k) = &seen_key {
                        reads.push((T::Seen, k));
                    }
                    if read.is_some() {
                        reads.push((T::Sessions, &s.tag));
                        reads.push((T::Delivery, &s.tag));
                    }
                    if requeue.is_some() {
                        reads.push((T::ByUser, &s.tag));
                    }
                    tx.prefetch(&reads)?;
                    if let Some(k) = &seen_key {
                        // Another instance may have taken the same update.
                        if tx.get(T::Seen, k)?.is_some() {
                            return Err(TxError::Abort(Abort::Duplicate));
                        }
                        tx.insert(T::Seen, k, &stamp)?;
                    }
                    if let Some(read) = read {
                        let now = tx.get(T::Sessions, &s.tag)?;
                        if Version::of(now.as_deref()) != read {
                            return Err(TxError::Abort(Abort::Stale));
                        }
                        let planned = requeue.is_some_and(|r| r.plan.is_some());
                        if !planned && s.blocked_in(tx)? {
                            return Err(TxError::Abort(Abort::Unplanned));
                        }
                    }
                    tx.insert(T::Sessions, &s.tag, &value)?;
                    tx.insert(T::Delivery, &s.tag, &facts)?;
                    let mut queued = false;
                    if let Some(r) = requeue {
                        // The session is stored and the user not blocked
                        // (the facts above): the plan may be queued.
                        if let Some(plan) = &r.plan {
                            queued |= self.replan_in(tx, &s, plan, r.now, true)? > 0;
                        }
                        for (kind, at) in &r.snoozes {
                            queue::snooze_in(tx, &s, *kind, r.now, *at)?;
                            queued = true;
                        }
                    }
                    Ok(queued)
                });
                match res {
                    Ok(queued) => {
                        if queued {
                            self.inner.signal.notify_one();
                        }
                        Ok(Commit::Applied)
                    }
                    Err(StoreError::Aborted(Abort::Duplicate)) => Ok(Commit::Duplicate),
                    Err(StoreError::Aborted(Abort::Stale)) => Ok(Commit::Stale),
                    Err(StoreError::Aborted(Abort::Unplanned)) => Ok(Commit::Unplanned),
                    Err(e) => Err(e),
                }
            }
            Next::Erase => {
                // Erasing is not one transaction: a redelivered confirmation
                // must not erase again whoever wrote since.
                if let Some(k) = &seen_key {
                    if inner.kv.contains(T::Seen, k)? {
                        return Ok(Commit::Duplicate);
                    }
                }
                if let Some(s) = self.subject(user)? {
                    // The point of no return: without the key nothing of the
                    // user can be read, wherever the backend still has it.
                    self.forget_subject(&s.tag);
                    inner.kv.slots().wipe(s.slot, &s.tag)?;
                    self.remove_user(&s.tag, Some(&s))?;
                }
                if let Some(k) = seen_key {
                    inner.kv.insert(T::Seen, &k, &stamp)?;
                }
                Ok(Commit::Applied)
            }
        }
    }

    /// Removes every value of a user, in one transaction. With the subject,
    /// the user's queue is found through its index; without (the key is
    /// gone), by scanning the queue for the tag.
    fn remove_user(&self, tag: &Tag, s: Option<&Subject>) -> Result<(), StoreError> {
        self.forget_subject(tag);
        let due_keys = match s {
            Some(s) => match queue::index_outside(self, s) {
                Ok(keys) => keys,
                Err(_) => queue::scan_for(self, tag)?,
            },
            None => queue::scan_for(self, tag)?,
        };
        self.tx(|tx| {
            tx.remove(T::Users, tag)?;
            tx.remove(T::Sessions, tag)?;
            tx.remove(T::Delivery, tag)?;
            queue::erase_in(tx, tag, &due_keys)?;
            Ok(())
        })
    }

    /// Removes what is left of a user whose key is gone.
    pub(super) fn drop_remains(&self, tag: &Tag) -> Result<(), StoreError> {
        self.remove_user(tag, None)
    }

    /// Telegram said the user blocked (or unblocked) the bot. Nothing is
    /// recorded for someone the bot holds nothing about. Blocking cancels
    /// every queued reminder in the same transaction; unblocking queues
    /// nothing (replan with `jobs::replan`).
    pub fn set_blocked(&self, user: UserId, blocked: bool) -> Result<(), StoreError> {
        let Some(s) = self.subject(user)? else {
            return Ok(());
        };
        let mut d = self.delivery_of(&s)?;
        d.blocked = blocked;
        let value = s.seal(T::Delivery, &s.tag, &d);
        queue::with_index_repair(self, &s, |tx| {
            if tx.get(T::Sessions, &s.tag)?.is_none() {
                return Ok(());
            }
            tx.insert(T::Delivery, &s.tag, &value)?;
            if blocked {
                for k in queue::read_index(tx, &s)? {
                    tx.remove(T::Due, &k)?;
                }
                queue::write_index(tx, &s, &[])?;
            }
            Ok(())
        })
    }

    /// Changes the user's delivery facts (retention stamps), if the user
    /// still exists. Not atomic with a step: a step rewrites the facts whole,
    /// and a stamp lost to a race only delays retention by a day.
    pub fn update_delivery(
        &self,
        user: UserId,
        change: impl FnOnce(&mut Delivery),
    ) -> Result<(), StoreError> {
        let Some(s) = self.subject(user)? else {
            return Ok(());
        };
        if !self.inner.kv.contains(T::Sessions, &s.tag)? {
            return Ok(());
        }
        let mut d = self.delivery_of(&s)?;
        change(&mut d);
        self.inner
            .kv
            .insert(T::Delivery, &s.tag, &s.seal(T::Delivery, &s.tag, &d))?;
        Ok(())
    }

    /// Erases everything stored about the user (as `/forget` does, for
    /// retention and tests).
    pub fn erase(&self, user: UserId) -> Result<(), StoreError> {
        self.commit(user, None, &Next::Erase, 0).map(|_| ())
    }

    /// Forgets seen update ids older than `cutoff_unix`. Telegram keeps an
    /// update for at most 24 hours, so two days of ids are enough.
    pub fn prune_seen(&self, cutoff_unix: i64) -> Result<usize, StoreError> {
        let mut removed = 0;
        let kv = &*self.inner.kv;
        super::kv::batches(kv, T::Seen, 1000, |rows| {
            for (k, v) in rows {
                let at = v
                    .as_slice()
                    .try_into()
                    .map(i64::from_be_bytes)
                    .unwrap_or(i64::MIN);
                if at < cutoff_unix {
                    kv.remove(T::Seen, &k)?;
                    removed += 1;
                }
            }
            Ok::<(), StoreError>(())
        })?;
        Ok(removed)
    }
}
