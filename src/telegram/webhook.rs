//! Updates by webhook: Telegram (or a load balancer in front of several
//! instances) POSTs each update here. An update is answered 200 only after
//! it was handled and what it changed is on disk; on a crash or an error
//! Telegram sends it again, and the update id makes it count once.
//!
//! Plain HTTP: TLS ends at the reverse proxy in front (see deploy/).

use std::future::Future;
use std::hash::{Hash, Hasher};
use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context as _;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::Router;
use reqwest::Url;
use teloxide::prelude::*;
use teloxide::types::Update;

use super::sender::Sender;
use crate::app::App;

/// The header Telegram sends the secret in.
const SECRET_HEADER: &str = "x-telegram-bot-api-secret-token";
/// Updates of one chat are handled one at a time, in order; chats share a
/// lock only when they hash alike (rare with this many).
const STRIPES: usize = 512;

/// Where and how updates come in.
#[derive(Clone, Debug)]
pub struct Webhook {
    /// The public URL Telegram posts to.
    pub url: Url,
    /// Where this process listens (behind the proxy).
    pub listen: SocketAddr,
    /// The secret every request must carry.
    pub secret: String,
}

impl Webhook {
    /// The secret to use: the configured one, or one derived from the bot
    /// token, so that every instance of one bot agrees without configuring.
    pub fn secret_for(configured: Option<&str>, token: &str) -> String {
        match configured {
            Some(s) => s.to_string(),
            None => {
                let key = blake3::derive_key("musofir webhook secret v1", token.as_bytes());
                key.iter().take(24).map(|b| format!("{b:02x}")).collect()
            }
        }
    }
}

struct Ingress {
    bot: Bot,
    app: Arc<App>,
    sender: Sender,
    /// blake3 of the secret: `blake3::Hash` compares in constant time.
    secret: blake3::Hash,
    chats: Vec<tokio::sync::Mutex<()>>,
}

/// Binds, registers the webhook with Telegram, then serves until `stop`;
/// returns once every update in hand is handled. The webhook is left set
/// on stop: other instances may still be serving it.
pub async fn serve(
    hook: Webhook,
    bot: Bot,
    app: Arc<App>,
    sender: Sender,
    stop: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let listener = tokio::net::TcpListener::bind(hook.listen)
        .await
        .with_context(|| format!("MUSOFIR_LISTEN {} cannot be bound", hook.listen))?;
    bot.set_webhook(hook.url.clone())
        .secret_token(hook.secret.clone())
        .max_connections(40)
        .await
        .with_context(|| format!("setWebhook {} failed", hook.url))?;
    tracing::info!(url = %hook.url, listen = %hook.listen, "taking updates by webhook");
    let path = match hook.url.path() {
        "" => "/".to_string(),
        p => p.to_string(),
    };
    let ingress = Arc::new(Ingress {
        bot,
        app,
        sender,
        secret: blake3::hash(hook.secret.as_bytes()),
        chats: (0..STRIPES).map(|_| tokio::sync::Mutex::new(())).collect(),
    });
    let router = Router::new()
        .route(&path, post(receive))
        .with_state(ingress);
    axum::serve(listener, router)
        .with_graceful_shutdown(stop)
        .await
        .context("the webhook server failed")
}

async fn receive(
    State(ingress): State<Arc<Ingress>>,
    headers: HeaderMap,
    body: Bytes,
) -> StatusCode {
    let given = headers
        .get(SECRET_HEADER)
        .map(|v| v.as_bytes())
        .unwrap_or_default();
    if blake3::hash(given) != ingress.secret {
        crate::ops::METRICS.webhook_refused.inc();
        return StatusCode::UNAUTHORIZED;
    }
    let update: Update = match serde_json::from_slice(&body) {
        Ok(u) => u,
        Err(e) => {
            // Sending it again would not help: take it and say so.
            tracing::warn!(error = %e, "an update that does not parse was skipped");
            return StatusCode::OK;
        }
    };
    let id = update.id.0;
    tracing::debug!(update = id, "update received by webhook");
    let stripe = update
        .from()
        .map(|u| u.id.0 as i64)
        .or_else(|| update.chat().map(|c| c.id.0))
        .map(|id| {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            id.hash(&mut h);
            (h.finish() % STRIPES as u64) as usize
        });
    let _turn = match stripe.and_then(|i| ingress.chats.get(i)) {
        Some(lock) => Some(lock.lock().await),
        None => None,
    };
    match super::on_update(
        update,
        ingress.bot.clone(),
        ingress.app.clone(),
        ingress.sender.clone(),
    )
    .await
    {
        Ok(()) => {
            tracing::debug!(update = id, "update answered");
            StatusCode::OK
        }
        Err(e) => {
            // Telegram sends it again later.
            tracing::error!(error = %e, "an update failed; Telegram will send it again");
            StatusCode::INTERNAL_SERVER_ERROR
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_derived_secret_is_what_telegram_accepts_and_follows_the_token() {
        let a = Webhook::secret_for(None, "123:abc");
        assert_eq!(a, Webhook::secret_for(None, "123:abc"));
        assert_ne!(a, Webhook::secret_for(None, "123:abd"));
        assert!(a.len() <= 256 && a.bytes().all(|b| b.is_ascii_alphanumeric()));
        assert_eq!(Webhook::secret_for(Some("own_1"), "123:abc"), "own_1");
    }
}
