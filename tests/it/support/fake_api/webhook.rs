//! Webhooks: after setWebhook the fake POSTs each queued update to the URL,
//! with the secret in `X-Telegram-Bot-Api-Secret-Token`, as Telegram does:
//! an update leaves the queue only when answered 2xx, else it is sent again
//! shortly; one chat's updates go one at a time, in order; getUpdates is
//! refused (409) while a webhook is set. A test can put a load balancer in
//! front ([`FakeApi::balance`]): updates then go to those URLs in turn,
//! skipping one that did not answer its last post (a passive health check).

use std::collections::HashSet;
use std::time::Duration;

use serde_json::{json, Value};
use tokio::time::Instant;

use super::server::int_param;
use super::state::{Fail, Inner};
use super::FakeApi;

/// How long Telegram waits before sending a refused update again (the real
/// one backs off from seconds to minutes; short here).
const RETRY: Duration = Duration::from_millis(200);

#[derive(Clone, Debug, Default)]
pub(super) struct Hook {
    pub(super) url: Option<String>,
    pub(super) secret: Option<String>,
    pub(super) max_connections: usize,
    /// A load balancer's targets, when a test set them.
    pub(super) targets: Vec<String>,
    next_target: usize,
    /// Updates being posted now.
    in_flight: HashSet<i32>,
    /// Refused updates: not before then.
    retry_at: Vec<(i32, Instant)>,
    /// Requests answered 2xx, and refused, per target.
    pub(super) posted: Vec<(String, u16)>,
    /// Targets that did not answer their last post: a balancer sends
    /// nothing there while another one answers.
    down: HashSet<String>,
    /// Every post: (update id, target, status; 0 when no answer).
    pub(super) attempts: Vec<(i32, String, u16)>,
    pub(super) deliverer: bool,
}

/// The chat an update belongs to (what Telegram keeps in order).
fn chat_of(update: &Value) -> Option<i64> {
    let body = update
        .as_object()?
        .iter()
        .find(|(k, _)| *k != "update_id")?
        .1;
    body["chat"]["id"]
        .as_i64()
        .or_else(|| body["message"]["chat"]["id"].as_i64())
        .or_else(|| body["from"]["id"].as_i64())
}

impl Inner {
    pub(super) fn webhook_active(&self) -> bool {
        self.hook.url.is_some()
    }
}

pub(super) fn set_webhook(st: &mut Inner, params: &Value) -> Result<Value, Fail> {
    let url = params["url"].as_str().unwrap_or_default().to_owned();
    if url.is_empty() {
        st.hook.url = None;
        return Ok(json!(true));
    }
    if !(url.starts_with("https://") || url.starts_with("http://")) {
        return Err(Fail::bad(
            "bad webhook: An HTTPS URL must be provided for webhook",
        ));
    }
    if let Some(s) = params["secret_token"].as_str() {
        if s.is_empty()
            || s.len() > 256
            || !s
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        {
            return Err(Fail::bad("secret token contains unallowed characters"));
        }
    }
    let max = int_param(params, "max_connections")?.unwrap_or(40);
    if !(1..=100).contains(&max) {
        return Err(Fail::bad("bad webhook: max_connections must be 1-100"));
    }
    st.hook.url = Some(url);
    st.hook.secret = params["secret_token"].as_str().map(str::to_owned);
    st.hook.max_connections = max as usize;
    Ok(json!(true))
}

pub(super) fn delete_webhook(st: &mut Inner) -> Value {
    st.hook.url = None;
    json!(true)
}

pub(super) fn webhook_info(st: &Inner) -> Value {
    json!({
        "url": st.hook.url.clone().unwrap_or_default(),
        "has_custom_certificate": false,
        "pending_update_count": st.queue.len(),
        "max_connections": st.hook.max_connections,
    })
}

/// getUpdates while a webhook is set.
pub(super) fn polling_conflict() -> Fail {
    Fail {
        code: 409,
        description: "Conflict: can't use getUpdates method while webhook is active; use \
                      deleteWebhook to delete the webhook first"
            .into(),
        retry_after: None,
        external: false,
    }
}

impl FakeApi {
    /// Puts a load balancer in front of the webhook: updates go to these URLs
    /// in turn (and to the next when one does not answer), whatever URL the
    /// bot set.
    pub fn balance(&self, targets: Vec<String>) {
        self.mutate(|st| st.hook.targets = targets);
    }

    /// The URL set with setWebhook, if any.
    pub fn webhook_url(&self) -> Option<String> {
        self.lock().hook.url.clone()
    }

    /// Every webhook request so far: (target, HTTP status; 0 = no answer).
    pub fn webhook_posts(&self) -> Vec<(String, u16)> {
        self.lock().hook.posted.clone()
    }

    /// Waits until a webhook is set.
    pub async fn wait_webhook(&self) -> String {
        self.ensure_deliverer();
        self.wait_until("a setWebhook call", |st| st.hook.url.clone())
            .await
    }

    /// Starts posting updates (once per fake).
    pub(super) fn ensure_deliverer(&self) {
        let start = self.mutate(|st| !std::mem::replace(&mut st.hook.deliverer, true));
        if start {
            let api = self.clone();
            tokio::spawn(async move { api.deliver().await });
        }
    }

    async fn deliver(self) {
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(30))
            .build()
            .expect("http client");
        let mut rx = self.shared.version.subscribe();
        loop {
            // Not `mutate`: picking must not wake this loop itself.
            let (batch, wake) = pick(&mut self.lock());
            for (id, update, target, secret) in batch {
                let api = self.clone();
                let client = client.clone();
                tokio::spawn(async move {
                    let mut req = client.post(&target).json(&update);
                    if let Some(s) = &secret {
                        req = req.header("X-Telegram-Bot-Api-Secret-Token", s);
                    }
                    let status = match req.send().await {
                        Ok(r) => r.status().as_u16(),
                        Err(_) => 0,
                    };
                    api.mutate(|st| {
                        st.hook.in_flight.remove(&id);
                        st.hook.attempts.push((id, target.clone(), status));
                        st.hook.posted.push((target.clone(), status));
                        if status == 0 {
                            st.hook.down.insert(target.clone());
                        } else {
                            st.hook.down.remove(&target);
                        }
                        if (200..300).contains(&status) {
                            st.queue.retain(|q| q.id != id);
                            st.delivered.insert(id);
                        } else {
                            st.hook.retry_at.push((id, Instant::now() + RETRY));
                        }
                    });
                });
            }
            let changed = rx.changed();
            match wake {
                Some(at) => {
                    let _ = tokio::time::timeout_at(at, changed).await;
                }
                None => {
                    if changed.await.is_err() {
                        return;
                    }
                }
            }
        }
    }
}

type Post = (i32, Value, String, Option<String>);

/// The updates to post now (oldest first, one per chat, within
/// max_connections), and when a refused one may go again.
fn pick(st: &mut Inner) -> (Vec<Post>, Option<Instant>) {
    let Some(url) = st.hook.url.clone() else {
        return (Vec::new(), None);
    };
    let now = Instant::now();
    st.hook.retry_at.retain(|(_, at)| *at > now);
    let wake = st.hook.retry_at.iter().map(|(_, at)| *at).min();
    st.queue.sort_by_key(|q| q.id);
    let mut busy_chats: HashSet<i64> = st
        .queue
        .iter()
        .filter(|q| st.hook.in_flight.contains(&q.id))
        .filter_map(|q| chat_of(&q.json))
        .collect();
    let mut out = Vec::new();
    for q in &st.queue {
        if st.hook.in_flight.len() + out.len() >= st.hook.max_connections {
            break;
        }
        if st.hook.in_flight.contains(&q.id) {
            continue;
        }
        let chat = chat_of(&q.json);
        // A chat waits for its earlier update, even one refused a moment ago.
        if chat.is_some_and(|c| busy_chats.contains(&c)) {
            continue;
        }
        if let Some(c) = chat {
            busy_chats.insert(c);
        }
        if st.hook.retry_at.iter().any(|(id, _)| *id == q.id) {
            continue;
        }
        let target = if st.hook.targets.is_empty() {
            url.clone()
        } else {
            // Round robin over the targets that answer (all, if none does).
            let n = st.hook.targets.len();
            let pick = (0..n)
                .map(|i| (st.hook.next_target + i) % n)
                .find(|&i| !st.hook.down.contains(&st.hook.targets[i]))
                .unwrap_or(st.hook.next_target % n);
            st.hook.next_target = pick + 1;
            st.hook.targets[pick].clone()
        };
        out.push((q.id, q.json.clone(), target, st.hook.secret.clone()));
    }
    for (id, ..) in &out {
        st.hook.in_flight.insert(*id);
    }
    (out, wake)
}
