//! Waiting for the bot: every wait re-checks its condition on each state change (the
//! version counter that [`FakeApi::mutate`] bumps), so it returns on the event itself;
//! the timeout is a failsafe that panics with a [`report`](FakeApi::report) of what did
//! arrive.

use std::fmt::Write as _;

use tokio::time::Instant;

use super::state::Inner;
use super::{BotMessage, FakeApi};

impl FakeApi {
    /// Waits until at least `count` new messages/edits arrived in this chat since the last
    /// `wait_for` on it, returns exactly the next `count` of them and advances the cursor.
    pub async fn wait_for(&self, chat_id: i64, count: usize) -> Vec<BotMessage> {
        let what = format!("{count} new bot message(s)/edit(s) in chat {chat_id}");
        self.wait_until(&what, |st| {
            let cur = st.cursors.get(&chat_id).copied().unwrap_or(0);
            let log = st.log.get(&chat_id)?;
            if log.len() >= cur + count {
                let out = log[cur..cur + count].to_vec();
                st.cursors.insert(chat_id, cur + count);
                Some(out)
            } else {
                None
            }
        })
        .await
    }

    /// Waits until `check` holds for everything the bot sent or edited in this
    /// chat (checked on every change); does not move the `wait_for` cursor.
    pub async fn wait_chat(
        &self,
        chat_id: i64,
        what: &str,
        mut check: impl FnMut(&[BotMessage]) -> bool,
    ) -> Vec<BotMessage> {
        let what = format!("{what} in chat {chat_id}");
        self.wait_until(&what, |st| {
            let log = st.log.get(&chat_id).map(Vec::as_slice).unwrap_or_default();
            check(log).then(|| log.to_vec())
        })
        .await
    }

    /// Waits for one new message/edit in this chat (see [`wait_for`](Self::wait_for)).
    pub async fn wait_one(&self, chat_id: i64) -> BotMessage {
        self.wait_for(chat_id, 1).await.remove(0)
    }

    /// Waits until at least `count` calls of `method` (case-insensitive) have been
    /// answered (successfully or not) in total, so their effects are all recorded.
    pub async fn wait_requests(&self, method: &str, count: usize) {
        let key = method.to_ascii_lowercase();
        let what = format!("{count} answered call(s) of {method}");
        self.wait_until(&what, |st| {
            (st.answered.get(&key).copied().unwrap_or(0) >= count).then_some(())
        })
        .await
    }

    /// Waits until a getUpdates call is waiting (long-polling) for updates.
    pub async fn wait_polling(&self) {
        self.wait_until("a long-polling getUpdates", |st| {
            (st.polls_in_flight > 0).then_some(())
        })
        .await
    }

    /// Waits until at least `count` callback queries have been answered in total.
    pub async fn wait_callback_answers(&self, count: usize) -> Vec<(String, Option<String>)> {
        let what = format!("{count} answerCallbackQuery call(s)");
        self.wait_until(&what, |st| {
            (st.answers.len() >= count).then(|| st.answers.clone())
        })
        .await
    }

    /// Waits until the bot has fetched this update through getUpdates.
    pub async fn wait_delivered(&self, update_id: i32) {
        let what = format!("delivery of update {update_id}");
        self.wait_until(&what, |st| {
            let pending = st.queue.iter().any(|q| q.id == update_id && !q.delivered);
            (!pending && st.delivered.contains(&update_id)).then_some(())
        })
        .await
    }

    /// Waits until every queued update has been delivered and confirmed (the bot asked
    /// for later updates).
    pub async fn wait_all_confirmed(&self) {
        self.wait_until("confirmation of every queued update", |st| {
            st.queue.is_empty().then_some(())
        })
        .await
    }

    /// Generic wait: `check` runs on every state change until it returns `Some`.
    pub(super) async fn wait_until<T>(
        &self,
        what: &str,
        mut check: impl FnMut(&mut Inner) -> Option<T>,
    ) -> T {
        let mut rx = self.shared.version.subscribe();
        let timeout = self.lock().wait_timeout;
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(out) = check(&mut self.lock()) {
                return out;
            }
            match tokio::time::timeout_at(deadline, rx.changed()).await {
                Ok(Ok(())) => continue,
                _ => {
                    if let Some(out) = check(&mut self.lock()) {
                        return out;
                    }
                    panic!(
                        "fake api: timed out after {timeout:?} waiting for {what}\n{}",
                        self.report()
                    );
                }
            }
        }
    }

    /// A human-readable dump of the state (used in timeout panics).
    pub fn report(&self) -> String {
        let st = self.lock();
        let mut s = String::new();
        let mut chats: Vec<_> = st.log.keys().copied().collect();
        chats.sort();
        for chat in chats {
            let cur = st.cursors.get(&chat).copied().unwrap_or(0);
            let _ = writeln!(s, "chat {chat} (already consumed by wait_for: {cur}):");
            for (i, m) in st.log[&chat].iter().enumerate() {
                let mark = if i < cur { " " } else { "*" };
                let _ = writeln!(
                    s,
                    " {mark} #{} {} {:?} buttons={:?}",
                    m.message_id,
                    m.method,
                    m.plain,
                    m.buttons()
                );
            }
        }
        if st.log.is_empty() {
            let _ = writeln!(s, "the bot has sent no messages");
        }
        let pending: Vec<_> = st.queue.iter().map(|q| (q.id, q.delivered)).collect();
        let _ = writeln!(s, "queued updates (id, delivered): {pending:?}");
        for (id, _) in &pending {
            let posts: Vec<_> = st.hook.attempts.iter().filter(|a| a.0 == *id).collect();
            if !posts.is_empty() {
                let _ = writeln!(s, "  webhook posts of {id}: {posts:?}");
            }
        }
        let mut counts: Vec<_> = st.counts.iter().collect();
        counts.sort();
        let _ = writeln!(s, "requests: {counts:?}");
        let _ = writeln!(s, "rejected calls: {:#?}", st.errors);
        let _ = writeln!(s, "injected/blocked failures: {:?}", st.failures);
        let _ = writeln!(s, "unknown methods: {:?}", st.unknown);
        let _ = writeln!(s, "callback answers: {:?}", st.answers);
        s
    }
}
