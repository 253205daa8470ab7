#![allow(dead_code)]
//! A small, faithful fake of the Telegram Bot API for end-to-end tests.
//!
//! ```ignore
//! let api = FakeApi::start().await;
//! let bot = Bot::new("123:TEST").set_api_url(api.url().parse().unwrap());
//! // ... spawn the real Dispatcher with `bot` ...
//! let user = User::new(42, "Ali").lang("ru");
//! api.send_command(&user, "/start");
//! let replies = api.wait_for(user.id, 1).await;
//! api.press_button(&user, replies[0].message_id, "Next");
//! ```
//!
//! Requests are `POST {url}/bot{token}/{Method}` with a JSON body (method names are
//! matched case-insensitively, as Telegram does).  Responses are
//! `{"ok":true,"result":..}` or
//! `{"ok":false,"error_code":N,"description":"..","parameters":{"retry_after":S}}`.
//!
//! Every wait returns on the event itself (a `tokio::sync::watch` version counter is
//! bumped on every state change); the timeout (default 20 s, see
//! [`FakeApi::set_wait_timeout`]) is only a failsafe and panics with a report of what
//! did arrive.
//!
//! The files, by area of the Bot API:
//! - here: the handle [`FakeApi`] (start, configuration, what the bot did) and the public types;
//! - `server.rs`: HTTP, routing, responses, injected faults, common parameters;
//! - `updates.rs`: getUpdates and the users' actions that queue updates;
//! - `wait.rs`: the `wait_*` helpers and the state report;
//! - `messages.rs`: sendMessage, edits, deleteMessage, sendChatAction, answerCallbackQuery;
//! - `content.rs`: the one validation of a message's text, parse mode and reply markup;
//! - `text.rs` (`text/html.rs`, `text/markdown.rs`): parse modes, entities, UTF-16 lengths;
//! - `commands.rs`: set/get/deleteMyCommands;
//! - `limits.rs`: flood limits;
//! - `state.rs`: the state behind the mutex.

mod commands;
mod content;
mod limits;
mod messages;
mod server;
mod state;
mod text;
mod updates;
mod wait;
mod webhook;

use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use axum::Router;
use serde_json::Value;
use tokio::sync::watch;

pub use limits::Flood;
use state::{Fail, Fault, Inner};

// ---------------------------------------------------------------------------------------
// Public data types
// ---------------------------------------------------------------------------------------

/// A Telegram user talking to the bot in a private chat (`chat.id == user.id`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct User {
    pub id: i64,
    pub language_code: Option<String>,
    pub first_name: String,
}

impl User {
    pub fn new(id: i64, first_name: &str) -> Self {
        User {
            id,
            language_code: None,
            first_name: first_name.to_owned(),
        }
    }

    /// Builder: set the Telegram client language (`language_code`).
    pub fn lang(mut self, language_code: &str) -> Self {
        self.language_code = Some(language_code.to_owned());
        self
    }
}

/// `(command, description)` pairs as set with setMyCommands.
pub type CommandList = Vec<(String, String)>;

/// What a user action queued: the update id and the id of the user's message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sent {
    pub update_id: i32,
    pub message_id: i32,
}

/// One message sent, or one edit made, by the bot in a chat.
#[derive(Clone, Debug, PartialEq)]
pub struct BotMessage {
    pub chat_id: i64,
    pub message_id: i32,
    /// The text exactly as the bot sent it (with HTML tags / Markdown markup).
    pub text: String,
    /// The text as the user sees it: markup removed, entities decoded, trimmed.
    pub plain: String,
    pub parse_mode: Option<String>,
    /// The inline keyboard, rows of `(label, data)`. `data` is the `callback_data`;
    /// for other button kinds it is `"<kind>:<value>"`, e.g. `"url:https://…"`.
    /// `None` when the message has no inline keyboard.
    pub reply_markup: Option<Vec<Vec<(String, String)>>>,
    /// The raw `reply_markup` JSON as sent (also reply keyboards, `remove_keyboard`, …).
    pub markup_json: Option<Value>,
    /// `false` for `sendMessage`, `true` for `editMessageText` / `editMessageReplyMarkup`.
    pub edited: bool,
    /// `"sendMessage"`, `"editMessageText"` or `"editMessageReplyMarkup"`.
    pub method: &'static str,
    /// When the fake received it (for latency measurements).
    pub at: std::time::Instant,
}

impl BotMessage {
    /// All inline buttons, row by row, flattened.
    pub fn buttons(&self) -> Vec<(String, String)> {
        self.reply_markup
            .iter()
            .flatten()
            .flatten()
            .cloned()
            .collect()
    }

    /// The data of the inline button with exactly this label.
    pub fn button_data(&self, label: &str) -> Option<String> {
        self.buttons()
            .into_iter()
            .find(|(l, _)| l == label)
            .map(|(_, d)| d)
    }

    /// The labels of the inline buttons, row by row, flattened.
    pub fn labels(&self) -> Vec<String> {
        self.buttons().into_iter().map(|(l, _)| l).collect()
    }
}

/// A call the fake rejected because the bot did something Telegram would refuse
/// (validation errors, unknown methods, malformed bodies).
#[derive(Clone, Debug, PartialEq)]
pub struct Rejected {
    pub method: String,
    pub code: u16,
    pub description: String,
    pub params: Value,
}

/// A non-validation failure the bot received: an injected fault or a blocked chat.
#[derive(Clone, Debug, PartialEq)]
pub struct Failed {
    pub method: String,
    pub code: u16,
    pub description: String,
}

// ---------------------------------------------------------------------------------------
// The handle
// ---------------------------------------------------------------------------------------

struct Shared {
    state: Mutex<Inner>,
    version: watch::Sender<u64>,
    addr: SocketAddr,
}

/// Clone-able handle to a running fake Bot API server.
#[derive(Clone)]
pub struct FakeApi {
    shared: Arc<Shared>,
}

impl FakeApi {
    /// Binds `127.0.0.1:0` and serves on the current tokio runtime.
    pub async fn start() -> FakeApi {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("fake api: bind");
        let addr = listener.local_addr().expect("fake api: local_addr");
        let (version, _) = watch::channel(0u64);
        let api = FakeApi {
            shared: Arc::new(Shared {
                state: Mutex::new(Inner::new()),
                version,
                addr,
            }),
        };
        let app = Router::new()
            .fallback(server::handle)
            .with_state(api.clone());
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        api
    }

    /// The base URL to give teloxide: `Bot::new("123:TEST").set_api_url(api.url().parse().unwrap())`
    /// (or `TELOXIDE_API_URL`).
    pub fn url(&self) -> String {
        format!("http://{}/", self.shared.addr)
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.shared.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn bump(&self) {
        self.shared.version.send_modify(|v| *v += 1);
    }

    /// Runs `f` on the state, then wakes every waiter.
    fn mutate<T>(&self, f: impl FnOnce(&mut Inner) -> T) -> T {
        let out = f(&mut self.lock());
        self.bump();
        out
    }

    // ----------------------------------------------------------------- configuration

    /// Failsafe timeout of every `wait_*` (default 20 s).
    pub fn set_wait_timeout(&self, timeout: Duration) {
        self.lock().wait_timeout = timeout;
    }

    /// Enforces Telegram's send limits on sendMessage (`None`: no limits).
    pub fn set_flood(&self, flood: Option<Flood>) {
        self.mutate(|st| st.limits.set(flood));
    }

    /// Every message and edit the bot makes from now on, as it happens.
    pub fn message_feed(&self) -> tokio::sync::mpsc::UnboundedReceiver<BotMessage> {
        let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
        self.mutate(|st| st.feed = Some(tx));
        rx
    }

    /// How many sends the limits refused with 429.
    pub fn flood_429s(&self) -> usize {
        self.lock().limits.refused
    }

    /// Of [`FakeApi::flood_429s`], how many a chat's limit refused (the
    /// rest: the overall limit).
    pub fn flood_429s_of_chats(&self) -> usize {
        self.lock().limits.refused_chat
    }

    /// Fix the `date` of users' messages (unix seconds); `None` = the real clock (default).
    pub fn set_clock(&self, unix: Option<i64>) {
        self.lock().clock = unix;
    }

    /// Whether a bare `&` that is not an HTML entity is rejected in HTML texts (default
    /// `true`, as the Bot API documentation demands; the real server is more lenient).
    pub fn set_strict_ampersand(&self, strict: bool) {
        self.lock().strict_ampersand = strict;
    }

    /// `username` / `first_name` returned by getMe (default `musofir_test_bot` / `Musofir`).
    pub fn set_bot_identity(&self, username: &str, first_name: &str) {
        let mut st = self.lock();
        st.bot_username = username.to_owned();
        st.bot_first_name = first_name.to_owned();
    }

    /// getMe → 401 "Unauthorized" (teloxide: `ApiError::InvalidToken`).
    pub fn set_get_me_fails(&self, fails: bool) {
        self.mutate(|st| st.get_me_fails = fails);
    }

    /// From now on every chat-bound method to this chat → 403 "Forbidden: bot was blocked by the user".
    /// (teloxide: `ApiError::BotBlocked`).
    pub fn block(&self, chat_id: i64) {
        self.fail_chat(chat_id, 403, "Forbidden: bot was blocked by the user");
    }

    /// From now on every chat-bound method to this chat → 403 "Forbidden: user is deactivated"
    /// (the user deleted their account; teloxide: `ApiError::UserDeactivated`).
    pub fn deactivate(&self, chat_id: i64) {
        self.fail_chat(chat_id, 403, "Forbidden: user is deactivated");
    }

    /// From now on every chat-bound method (sendMessage, edits, sendChatAction,
    /// deleteMessage) to this chat fails with this error.
    pub fn fail_chat(&self, chat_id: i64, code: u16, description: &str) {
        self.mutate(|st| {
            st.chat_errors
                .insert(chat_id, (code, description.to_owned()))
        });
    }

    /// Undoes [`block`](Self::block) / [`deactivate`](Self::deactivate) / [`fail_chat`](Self::fail_chat).
    pub fn unblock(&self, chat_id: i64) {
        self.mutate(|st| st.chat_errors.remove(&chat_id));
    }

    /// The next call of `method` (case-insensitive) fails with this error; several calls
    /// queue several faults. E.g. `fail_next("sendMessage", 429, "Too Many Requests: retry after 1", Some(1))`.
    pub fn fail_next(&self, method: &str, code: u16, description: &str, retry_after: Option<u32>) {
        self.mutate(|st| {
            st.faults.push(Fault {
                method: method.to_ascii_lowercase(),
                fail: Fail {
                    code,
                    description: description.to_owned(),
                    retry_after,
                    external: true,
                },
            })
        });
    }

    /// Registers a user so that messages the bot sends to `user.id` carry their name
    /// (users are registered automatically by every user action).
    pub fn register(&self, user: &User) {
        self.lock().users.insert(user.id, user.clone());
    }

    // ----------------------------------------------------------------- what the bot did

    /// Everything the bot sent or edited in this chat, in order.
    pub fn sent(&self, chat_id: i64) -> Vec<BotMessage> {
        self.lock().log.get(&chat_id).cloned().unwrap_or_default()
    }

    /// Sent/edited since the last `wait_for` on this chat, without consuming them.
    pub fn unseen(&self, chat_id: i64) -> Vec<BotMessage> {
        let st = self.lock();
        let cur = st.cursors.get(&chat_id).copied().unwrap_or(0);
        st.log
            .get(&chat_id)
            .map(|l| l[cur.min(l.len())..].to_vec())
            .unwrap_or_default()
    }

    /// `(callback query id, text)` of every answerCallbackQuery, in order.
    pub fn callback_answers(&self) -> Vec<(String, Option<String>)> {
        self.lock().answers.clone()
    }

    /// The command lists currently set with setMyCommands: `(language_code, [(command, description)])`,
    /// in the order they were first set (any scope; see [`my_commands_scoped`](Self::my_commands_scoped)).
    pub fn my_commands(&self) -> Vec<(Option<String>, CommandList)> {
        self.lock()
            .commands
            .iter()
            .map(|(_, l, c)| (l.clone(), c.clone()))
            .collect()
    }

    /// Like [`my_commands`](Self::my_commands) with the scope as JSON text (`"default"` for the default scope).
    pub fn my_commands_scoped(&self) -> Vec<(String, Option<String>, CommandList)> {
        self.lock().commands.clone()
    }

    /// How many times `method` was called (case-insensitive), failed calls included.
    pub fn requests(&self, method: &str) -> usize {
        self.lock()
            .counts
            .get(&method.to_ascii_lowercase())
            .copied()
            .unwrap_or(0)
    }

    /// Names of called methods the fake does not implement, in order.
    pub fn unknown_methods(&self) -> Vec<String> {
        self.lock().unknown.clone()
    }

    /// Every call rejected as invalid (validation errors, unknown methods, bad bodies).
    pub fn errors(&self) -> Vec<Rejected> {
        self.lock().errors.clone()
    }

    /// Panics with the list if any call was rejected as invalid.
    pub fn assert_no_errors(&self) {
        let errors = self.errors();
        assert!(
            errors.is_empty(),
            "fake api: the bot made invalid calls: {errors:#?}"
        );
    }

    /// Failures that were not the bot's fault: injected faults, blocked chats, getMe failures.
    pub fn failures(&self) -> Vec<Failed> {
        self.lock().failures.clone()
    }

    /// `(chat_id, action)` of every sendChatAction.
    pub fn chat_actions(&self) -> Vec<(i64, String)> {
        self.lock().actions.clone()
    }

    /// `(chat_id, message_id)` of every deleted message.
    pub fn deleted(&self) -> Vec<(i64, i32)> {
        self.lock().deleted.clone()
    }

    /// Ids of updates still queued (not yet confirmed by an offset).
    pub fn pending_updates(&self) -> Vec<i32> {
        self.lock().queue.iter().map(|q| q.id).collect()
    }
}
