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

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Router;
use serde_json::{json, Value};
use tokio::sync::watch;
use tokio::time::Instant;

mod text;

use text::{render, utf16_len, Entity};

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
// Internal state
// ---------------------------------------------------------------------------------------

#[derive(Clone, Debug)]
struct Fail {
    code: u16,
    description: String,
    retry_after: Option<u32>,
    /// Not the bot's mistake (blocked chat, getMe failure, …): goes to `failures()`, not `errors()`.
    external: bool,
}

impl Fail {
    fn bad(description: impl Into<String>) -> Self {
        Fail {
            code: 400,
            description: format!("Bad Request: {}", description.into()),
            retry_after: None,
            external: false,
        }
    }
}

#[derive(Clone, Debug)]
struct StoredMsg {
    from_bot: bool,
    json: Value,
    plain: String,
    entities: Vec<Entity>,
    markup: Option<Value>,
}

#[derive(Clone, Debug)]
struct Queued {
    id: i32,
    json: Value,
    delivered: bool,
    redelivery: bool,
}

#[derive(Clone, Debug)]
struct Fault {
    method: String,
    fail: Fail,
}

struct Inner {
    next_update_id: i32,
    next_message_id: i32,
    next_callback: u64,
    queue: Vec<Queued>,
    history: BTreeMap<i32, Value>,
    delivered: HashSet<i32>,
    messages: HashMap<(i64, i32), StoredMsg>,
    users: HashMap<i64, User>,
    log: HashMap<i64, Vec<BotMessage>>,
    cursors: HashMap<i64, usize>,
    callbacks: HashMap<String, i64>,
    answers: Vec<(String, Option<String>)>,
    commands: Vec<(String, Option<String>, CommandList)>,
    /// Chats whose chat-bound calls fail persistently: (code, description).
    chat_errors: HashMap<i64, (u16, String)>,
    poll_generation: u64,
    faults: Vec<Fault>,
    counts: HashMap<String, usize>,
    answered: HashMap<String, usize>,
    polls_in_flight: usize,
    unknown: Vec<String>,
    errors: Vec<Rejected>,
    failures: Vec<Failed>,
    actions: Vec<(i64, String)>,
    deleted: Vec<(i64, i32)>,
    get_me_fails: bool,
    clock: Option<i64>,
    strict_ampersand: bool,
    wait_timeout: Duration,
    bot_username: String,
    bot_first_name: String,
    bot_id: i64,
    flood: Option<Flood>,
    /// Token buckets for `flood`: (tokens, last refill), per chat and overall.
    chat_tokens: HashMap<i64, (f64, std::time::Instant)>,
    global_tokens: (f64, std::time::Instant),
    flood_429s: usize,
    /// Every message and edit of the bot, as it happens (load tests).
    feed: Option<tokio::sync::mpsc::UnboundedSender<BotMessage>>,
}

/// Passes the chat's newest message to the feed, if anyone listens.
fn feed(st: &Inner, chat: i64) {
    if let (Some(f), Some(m)) = (&st.feed, st.log.get(&chat).and_then(|l| l.last())) {
        let _ = f.send(m.clone());
    }
}

/// Telegram's send limits, enforced on sendMessage when set: token buckets
/// per chat and overall; a send over them gets 429 with `retry_after`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Flood {
    pub chat_rate: f64,
    pub chat_burst: f64,
    pub global_rate: f64,
    pub global_burst: f64,
}

impl Flood {
    /// About Telegram's: 1/s per chat with bursts of 3, 30/s overall.
    pub fn telegram() -> Flood {
        Flood {
            chat_rate: 1.0,
            chat_burst: 3.0,
            global_rate: 30.0,
            global_burst: 30.0,
        }
    }
}

/// Takes one token from a bucket, or says how long until there is one.
fn take_token(bucket: &mut (f64, std::time::Instant), rate: f64, burst: f64) -> Result<(), f64> {
    let now = std::time::Instant::now();
    let refill = now.duration_since(bucket.1).as_secs_f64() * rate;
    bucket.0 = (bucket.0 + refill).min(burst);
    bucket.1 = now;
    if bucket.0 >= 1.0 {
        bucket.0 -= 1.0;
        Ok(())
    } else {
        Err((1.0 - bucket.0) / rate)
    }
}

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

const NOT_MODIFIED: &str = "message is not modified: specified new message content and reply \
                            markup are exactly the same as a current content and reply markup of the message";
const QUERY_TOO_OLD: &str = "query is too old and response timeout expired or query id is invalid";

/// Canonical spelling of the implemented methods (keyed by lower case).
const METHODS: &[&str] = &[
    "getMe",
    "getUpdates",
    "getWebhookInfo",
    "deleteWebhook",
    "setMyCommands",
    "getMyCommands",
    "deleteMyCommands",
    "sendMessage",
    "editMessageText",
    "editMessageReplyMarkup",
    "answerCallbackQuery",
    "sendChatAction",
    "deleteMessage",
    "close",
    "logOut",
];

fn canonical(method: &str) -> String {
    METHODS
        .iter()
        .find(|m| m.eq_ignore_ascii_case(method))
        .map(|m| (*m).to_owned())
        .unwrap_or_else(|| method.to_owned())
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
                state: Mutex::new(Inner {
                    next_update_id: 700_000_001,
                    next_message_id: 1,
                    next_callback: 1,
                    queue: Vec::new(),
                    history: BTreeMap::new(),
                    delivered: HashSet::new(),
                    messages: HashMap::new(),
                    users: HashMap::new(),
                    log: HashMap::new(),
                    cursors: HashMap::new(),
                    callbacks: HashMap::new(),
                    answers: Vec::new(),
                    commands: Vec::new(),
                    chat_errors: HashMap::new(),
                    poll_generation: 0,
                    faults: Vec::new(),
                    counts: HashMap::new(),
                    answered: HashMap::new(),
                    polls_in_flight: 0,
                    unknown: Vec::new(),
                    errors: Vec::new(),
                    failures: Vec::new(),
                    actions: Vec::new(),
                    deleted: Vec::new(),
                    get_me_fails: false,
                    clock: None,
                    strict_ampersand: true,
                    wait_timeout: Duration::from_secs(20),
                    bot_username: "musofir_test_bot".to_owned(),
                    bot_first_name: "Musofir".to_owned(),
                    bot_id: 1,
                    flood: None,
                    chat_tokens: HashMap::new(),
                    global_tokens: (0.0, std::time::Instant::now()),
                    flood_429s: 0,
                    feed: None,
                }),
                version,
                addr,
            }),
        };
        let app = Router::new().fallback(handle).with_state(api.clone());
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

    /// Fix the `date` of users' messages (unix seconds); `None` = the real clock (default).
    /// Enforces Telegram's send limits on sendMessage (`None`: no limits).
    pub fn set_flood(&self, flood: Option<Flood>) {
        self.mutate(|st| {
            st.flood = flood;
            st.chat_tokens.clear();
            st.global_tokens = (
                flood.map_or(0.0, |f| f.global_burst),
                std::time::Instant::now(),
            );
        });
    }

    /// Every message and edit the bot makes from now on, as it happens.
    pub fn message_feed(&self) -> tokio::sync::mpsc::UnboundedReceiver<BotMessage> {
        let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
        self.mutate(|st| st.feed = Some(tx));
        rx
    }

    /// How many sends the limits refused with 429.
    pub fn flood_429s(&self) -> usize {
        self.lock().flood_429s
    }

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

    // ----------------------------------------------------------------- users' actions

    fn now(st: &Inner) -> i64 {
        st.clock.unwrap_or_else(|| {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map(|d| d.as_secs() as i64)
                .unwrap_or(0)
        })
    }

    fn push_update(st: &mut Inner, id: Option<i32>, mut json: Value) -> i32 {
        let id = match id {
            Some(id) => {
                st.next_update_id = st.next_update_id.max(id + 1);
                id
            }
            None => {
                let id = st.next_update_id;
                st.next_update_id += 1;
                id
            }
        };
        json["update_id"] = json!(id);
        st.history.insert(id, json.clone());
        st.queue.push(Queued {
            id,
            json,
            delivered: false,
            redelivery: false,
        });
        id
    }

    /// Queues a user's message with `content` fields (text, sticker, …) merged in.
    fn user_message(&self, user: &User, content: Value) -> Sent {
        self.mutate(|st| {
            st.users.insert(user.id, user.clone());
            let message_id = st.next_message_id;
            st.next_message_id += 1;
            let mut msg = json!({
                "message_id": message_id,
                "from": user_json(user),
                "chat": chat_json(st, user.id),
                "date": Self::now(st),
            });
            if let (Value::Object(m), Value::Object(c)) = (&mut msg, content) {
                m.extend(c);
            }
            let plain = msg["text"].as_str().unwrap_or_default().to_owned();
            st.messages.insert(
                (user.id, message_id),
                StoredMsg {
                    from_bot: false,
                    json: msg.clone(),
                    plain,
                    entities: Vec::new(),
                    markup: None,
                },
            );
            let update_id = Self::push_update(st, None, json!({ "message": msg }));
            Sent {
                update_id,
                message_id,
            }
        })
    }

    /// A text message. A text starting with '/' gets a `bot_command` entity, as clients do.
    pub fn send_text(&self, user: &User, text: &str) -> Sent {
        let mut content = json!({ "text": text });
        if text.starts_with('/') {
            let cmd = text.split(char::is_whitespace).next().unwrap_or(text);
            content["entities"] =
                json!([{ "type": "bot_command", "offset": 0, "length": utf16_len(cmd) }]);
        }
        self.user_message(user, content)
    }

    /// Same as [`send_text`](Self::send_text); a missing leading '/' is added.
    pub fn send_command(&self, user: &User, command: &str) -> Sent {
        if command.starts_with('/') {
            self.send_text(user, command)
        } else {
            self.send_text(user, &format!("/{command}"))
        }
    }

    pub fn send_sticker(&self, user: &User) -> Sent {
        self.user_message(
            user,
            json!({ "sticker": {
                "file_id": "CAACAgIAAxkBAAIBsticker", "file_unique_id": "AgADsticker",
                "type": "regular", "width": 512, "height": 512,
                "is_animated": false, "is_video": false, "emoji": "👍", "set_name": "FakeStickers"
            }}),
        )
    }

    pub fn send_photo(&self, user: &User, caption: Option<&str>) -> Sent {
        let mut content = json!({ "photo": [
            { "file_id": "AgACAgIAAxkBAAIBphoto_s", "file_unique_id": "AQADphoto_s", "width": 90, "height": 67, "file_size": 1234 },
            { "file_id": "AgACAgIAAxkBAAIBphoto_m", "file_unique_id": "AQADphoto_m", "width": 320, "height": 240, "file_size": 23456 },
            { "file_id": "AgACAgIAAxkBAAIBphoto_x", "file_unique_id": "AQADphoto_x", "width": 1280, "height": 960, "file_size": 234567 }
        ]});
        if let Some(c) = caption {
            content["caption"] = json!(c);
        }
        self.user_message(user, content)
    }

    pub fn send_voice(&self, user: &User) -> Sent {
        self.user_message(
            user,
            json!({ "voice": {
                "file_id": "AwACAgIAAxkBAAIBvoice", "file_unique_id": "AgADvoice",
                "duration": 3, "mime_type": "audio/ogg", "file_size": 5678
            }}),
        )
    }

    pub fn send_document(&self, user: &User, file_name: &str) -> Sent {
        self.user_message(
            user,
            json!({ "document": {
                "file_id": "BQACAgIAAxkBAAIBdocument", "file_unique_id": "AgADdocument",
                "file_name": file_name, "mime_type": "application/pdf", "file_size": 45678
            }}),
        )
    }

    /// The user shares their own contact.
    pub fn send_contact(&self, user: &User, phone_number: &str) -> Sent {
        self.user_message(
            user,
            json!({ "contact": {
                "phone_number": phone_number, "first_name": user.first_name, "user_id": user.id
            }}),
        )
    }

    pub fn send_location(&self, user: &User, latitude: f64, longitude: f64) -> Sent {
        self.user_message(
            user,
            json!({ "location": { "latitude": latitude, "longitude": longitude } }),
        )
    }

    /// The user presses an inline button with `data` on message `message_id` in their chat.
    /// Returns the update id (the callback query id is `callback_answers()[..].0`).
    pub fn press(&self, user: &User, message_id: i32, data: &str) -> i32 {
        self.mutate(|st| {
            st.users.insert(user.id, user.clone());
            let message = match st.messages.get(&(user.id, message_id)) {
                Some(m) => m.json.clone(),
                // An inaccessible (too old / unknown) message, as Telegram sends it.
                None => {
                    json!({ "chat": chat_json(st, user.id), "message_id": message_id, "date": 0 })
                }
            };
            let id = format!("{}", 4_417_000_000_000_000_000u64 + st.next_callback);
            st.next_callback += 1;
            st.callbacks.insert(id.clone(), user.id);
            Self::push_update(
                st,
                None,
                json!({ "callback_query": {
                    "id": id,
                    "from": user_json(user),
                    "message": message,
                    "chat_instance": format!("{}", -7_000_000_000_000_000i64 - user.id),
                    "data": data,
                }}),
            )
        })
    }

    /// Presses the inline button labelled `label` on the bot's message `message_id`
    /// (panics if there is no such button). Returns the update id.
    pub fn press_button(&self, user: &User, message_id: i32, label: &str) -> i32 {
        let data = {
            let st = self.lock();
            let markup = st
                .messages
                .get(&(user.id, message_id))
                .and_then(|m| m.markup.clone());
            let buttons = inline_keyboard(markup.as_ref()).unwrap_or_default();
            match buttons.iter().flatten().find(|(l, _)| l == label) {
                Some((_, d)) => d.clone(),
                None => panic!(
                    "fake api: message {message_id} in chat {} has no button {label:?}; buttons: {buttons:?}",
                    user.id
                ),
            }
        };
        self.press(user, message_id, &data)
    }

    /// The user edits their earlier message → an `edited_message` update. Returns the update id.
    pub fn edit_text(&self, user: &User, message_id: i32, text: &str) -> i32 {
        self.mutate(|st| {
            let now = Self::now(st);
            let mut msg = match st.messages.get(&(user.id, message_id)) {
                Some(m) => m.json.clone(),
                None => json!({
                    "message_id": message_id, "from": user_json(user),
                    "chat": chat_json(st, user.id), "date": now,
                }),
            };
            msg["text"] = json!(text);
            msg["edit_date"] = json!(now);
            if let Some(m) = st.messages.get_mut(&(user.id, message_id)) {
                m.json = msg.clone();
                m.plain = text.to_owned();
            }
            Self::push_update(st, None, json!({ "edited_message": msg }))
        })
    }

    /// Queues an arbitrary update. Its `update_id` is kept if present, else assigned.
    pub fn push_raw_update(&self, json: Value) -> i32 {
        self.mutate(|st| {
            let id = json
                .get("update_id")
                .and_then(Value::as_i64)
                .map(|i| i as i32);
            Self::push_update(st, id, json)
        })
    }

    /// Queues an exact copy (same `update_id`) of an earlier update again, as Telegram
    /// does when the bot did not confirm it (e.g. it crashed). The copy is delivered even
    /// if the current offset has already passed its id.
    pub fn redeliver(&self, update_id: i32) {
        self.mutate(|st| {
            let json = st
                .history
                .get(&update_id)
                .cloned()
                .unwrap_or_else(|| panic!("fake api: redeliver: no update {update_id}"));
            st.queue.retain(|q| q.id != update_id);
            st.queue.push(Queued {
                id: update_id,
                json,
                delivered: false,
                redelivery: true,
            });
        });
    }

    // ----------------------------------------------------------------- the bot's side

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
    async fn wait_until<T>(&self, what: &str, mut check: impl FnMut(&mut Inner) -> Option<T>) -> T {
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
        let mut counts: Vec<_> = st.counts.iter().collect();
        counts.sort();
        let _ = writeln!(s, "requests: {counts:?}");
        let _ = writeln!(s, "rejected calls: {:#?}", st.errors);
        let _ = writeln!(s, "injected/blocked failures: {:?}", st.failures);
        let _ = writeln!(s, "unknown methods: {:?}", st.unknown);
        let _ = writeln!(s, "callback answers: {:?}", st.answers);
        s
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

    // ----------------------------------------------------------------- request handling

    async fn get_updates(&self, params: &Value) -> Result<Value, Fail> {
        let offset = int_param(params, "offset")?;
        let limit = int_param(params, "limit")?.unwrap_or(100).clamp(1, 100) as usize;
        let timeout = int_param(params, "timeout")?.unwrap_or(0).max(0) as u64;
        let generation = self.mutate(|st| {
            st.poll_generation += 1;
            match offset {
                Some(o) if o < 0 => {
                    // Negative offset: keep only the last -o updates.
                    st.queue.sort_by_key(|q| q.id);
                    let keep = (-o) as usize;
                    let drop = st.queue.len().saturating_sub(keep);
                    st.queue.drain(..drop);
                }
                Some(o) if o > 0 => st
                    .queue
                    .retain(|q| (q.id as i64) >= o || (q.redelivery && !q.delivered)),
                _ => {}
            }
            st.poll_generation
        });
        let deadline = Instant::now() + Duration::from_secs(timeout);
        let mut rx = self.shared.version.subscribe();
        loop {
            {
                let mut st = self.lock();
                if st.poll_generation != generation {
                    // Telegram terminates the older of two concurrent getUpdates.
                    return Err(Fail {
                        code: 409,
                        description:
                            "Conflict: terminated by other getUpdates request; make sure that \
                                      only one bot instance is running"
                                .into(),
                        retry_after: None,
                        external: false,
                    });
                }
                st.queue.sort_by_key(|q| q.id);
                if !st.queue.is_empty() || Instant::now() >= deadline {
                    let mut out = Vec::new();
                    let mut ids = Vec::new();
                    for q in st.queue.iter_mut().take(limit) {
                        q.delivered = true;
                        ids.push(q.id);
                        out.push(q.json.clone());
                    }
                    st.delivered.extend(ids);
                    drop(st);
                    self.bump();
                    return Ok(Value::Array(out));
                }
            }
            let _ = tokio::time::timeout_at(deadline, rx.changed()).await;
        }
    }

    fn call(&self, token: &str, method: &str, params: &Value) -> Result<Value, Fail> {
        let mut st = self.lock();
        let st = &mut *st;
        if let Some(id) = token.split(':').next().and_then(|s| s.parse().ok()) {
            st.bot_id = id;
        }
        match method {
            "getme" => {
                if st.get_me_fails {
                    return Err(Fail {
                        code: 401,
                        description: "Unauthorized".into(),
                        retry_after: None,
                        external: true,
                    });
                }
                Ok(json!({
                    "id": st.bot_id, "is_bot": true, "first_name": st.bot_first_name, "username": st.bot_username,
                    "can_join_groups": true, "can_read_all_group_messages": false,
                    "supports_inline_queries": false, "can_connect_to_business": false,
                    "has_main_web_app": false
                }))
            }
            "deletewebhook" | "close" | "logout" => Ok(json!(true)),
            "getwebhookinfo" => Ok(json!({
                "url": "", "has_custom_certificate": false, "pending_update_count": st.queue.len()
            })),
            "setmycommands" => set_my_commands(st, params),
            "getmycommands" => {
                let key = commands_key(params);
                let list = st
                    .commands
                    .iter()
                    .find(|(s, l, _)| (s, l) == (&key.0, &key.1))
                    .map(|(_, _, c)| c.clone())
                    .unwrap_or_default();
                Ok(Value::Array(
                    list.into_iter()
                        .map(|(c, d)| json!({ "command": c, "description": d }))
                        .collect(),
                ))
            }
            "deletemycommands" => {
                let key = commands_key(params);
                st.commands.retain(|(s, l, _)| (s, l) != (&key.0, &key.1));
                Ok(json!(true))
            }
            "sendmessage" => {
                if let Some(f) = st.flood {
                    let chat = params.get("chat_id").and_then(Value::as_i64).unwrap_or(0);
                    let burst = f.chat_burst;
                    let bucket = st
                        .chat_tokens
                        .entry(chat)
                        .or_insert((burst, std::time::Instant::now()));
                    let mut global = st.global_tokens;
                    let chat_ok = take_token(bucket, f.chat_rate, f.chat_burst);
                    let global_ok = match chat_ok {
                        Ok(()) => take_token(&mut global, f.global_rate, f.global_burst),
                        Err(_) => Ok(()),
                    };
                    st.global_tokens = global;
                    if let Err(wait) = chat_ok.and(global_ok) {
                        if chat_ok.is_ok() {
                            // The chat's token is not spent by a refused send.
                            if let Some(b) = st.chat_tokens.get_mut(&chat) {
                                b.0 += 1.0;
                            }
                        }
                        st.flood_429s += 1;
                        let secs = wait.ceil().max(1.0) as u32;
                        return Err(Fail {
                            code: 429,
                            description: format!("Too Many Requests: retry after {secs}"),
                            retry_after: Some(secs),
                            external: true,
                        });
                    }
                }
                send_message(st, params)
            }
            "editmessagetext" => edit_message(st, params, true),
            "editmessagereplymarkup" => edit_message(st, params, false),
            "answercallbackquery" => {
                let id = params
                    .get("callback_query_id")
                    .and_then(Value::as_str)
                    .unwrap_or_default();
                if !st.callbacks.contains_key(id) {
                    return Err(Fail::bad(QUERY_TOO_OLD));
                }
                let text = params
                    .get("text")
                    .and_then(Value::as_str)
                    .map(str::to_owned);
                st.answers.push((id.to_owned(), text));
                Ok(json!(true))
            }
            "sendchataction" => {
                let chat = chat_id_param(st, params)?;
                let action = params
                    .get("action")
                    .and_then(Value::as_str)
                    .unwrap_or_default();
                const ACTIONS: &[&str] = &[
                    "typing",
                    "upload_photo",
                    "record_video",
                    "upload_video",
                    "record_voice",
                    "upload_voice",
                    "upload_document",
                    "choose_sticker",
                    "find_location",
                    "record_video_note",
                    "upload_video_note",
                ];
                if !ACTIONS.contains(&action) {
                    return Err(Fail::bad("wrong parameter action in request"));
                }
                st.actions.push((chat, action.to_owned()));
                Ok(json!(true))
            }
            "deletemessage" => {
                let chat = chat_id_param(st, params)?;
                let id = message_id_param(params)?;
                if st.messages.remove(&(chat, id)).is_none() {
                    return Err(Fail::bad("message to delete not found"));
                }
                st.deleted.push((chat, id));
                Ok(json!(true))
            }
            _ => Err(Fail {
                code: 404,
                description: "Not Found: method not found".into(),
                retry_after: None,
                external: false,
            }),
        }
    }
}

// ---------------------------------------------------------------------------------------
// HTTP entry point
// ---------------------------------------------------------------------------------------

fn respond(result: Result<Value, Fail>) -> Response {
    match result {
        Ok(v) => (
            StatusCode::OK,
            axum::Json(json!({ "ok": true, "result": v })),
        )
            .into_response(),
        Err(f) => {
            let mut body =
                json!({ "ok": false, "error_code": f.code, "description": f.description });
            if let Some(s) = f.retry_after {
                body["parameters"] = json!({ "retry_after": s });
            }
            let status = StatusCode::from_u16(f.code).unwrap_or(StatusCode::BAD_REQUEST);
            (status, axum::Json(body)).into_response()
        }
    }
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            if let Ok(v) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

async fn handle(State(api): State<FakeApi>, uri: Uri, body: Bytes) -> Response {
    let mut segments: Vec<&str> = uri.path().split('/').filter(|s| !s.is_empty()).collect();
    let not_found = || {
        respond(Err(Fail {
            code: 404,
            description: "Not Found".into(),
            retry_after: None,
            external: false,
        }))
    };
    let (Some(method), Some(token)) = (segments.pop(), segments.pop()) else {
        return not_found();
    };
    let token = percent_decode(token);
    let Some(token) = token.strip_prefix("bot") else {
        return not_found();
    };
    let lower = method.to_ascii_lowercase();
    let name = canonical(method);
    api.mutate(|st| *st.counts.entry(lower.clone()).or_default() += 1);

    let mut params = json!({});
    let result = api.process(token, &lower, &body, &mut params).await;

    api.mutate(|st| {
        *st.answered.entry(lower.clone()).or_default() += 1;
        let Err(f) = &result else { return };
        if !METHODS.iter().any(|m| m.eq_ignore_ascii_case(&lower)) {
            st.unknown.push(method.to_owned());
        }
        if f.code == 409 {
            // A getUpdates superseded by a newer one (its client is usually gone).
        } else if f.external {
            st.failures.push(Failed {
                method: name.clone(),
                code: f.code,
                description: f.description.clone(),
            });
        } else {
            st.errors.push(Rejected {
                method: name.clone(),
                code: f.code,
                description: f.description.clone(),
                params: params.clone(),
            });
        }
    });
    respond(result)
}

impl FakeApi {
    async fn process(
        &self,
        token: &str,
        lower: &str,
        body: &[u8],
        params: &mut Value,
    ) -> Result<Value, Fail> {
        // An injected fault for this method comes first.
        let fault = self.mutate(|st| {
            let pos = st.faults.iter().position(|f| f.method == lower)?;
            Some(st.faults.remove(pos).fail)
        });
        if let Some(f) = fault {
            return Err(f);
        }
        if !body.iter().all(u8::is_ascii_whitespace) {
            match serde_json::from_slice(body) {
                Ok(v @ Value::Object(_)) => *params = v,
                _ => {
                    let text = String::from_utf8_lossy(body)
                        .chars()
                        .take(300)
                        .collect::<String>();
                    *params = json!({ "raw_body": text });
                    return Err(Fail::bad(
                        "the fake Bot API only accepts JSON object bodies (no multipart uploads)",
                    ));
                }
            }
        }
        if lower == "getupdates" {
            /// Decrements the in-flight counter even if the request is dropped mid-poll.
            struct InFlight(FakeApi);
            impl Drop for InFlight {
                fn drop(&mut self) {
                    self.0.mutate(|st| st.polls_in_flight -= 1);
                }
            }
            self.mutate(|st| st.polls_in_flight += 1);
            let _in_flight = InFlight(self.clone());
            self.get_updates(params).await
        } else {
            self.call(token, lower, params)
        }
    }
}

// ---------------------------------------------------------------------------------------
// Method implementations
// ---------------------------------------------------------------------------------------

fn user_json(user: &User) -> Value {
    let mut u = json!({ "id": user.id, "is_bot": false, "first_name": user.first_name });
    if let Some(l) = &user.language_code {
        u["language_code"] = json!(l);
    }
    u
}

fn chat_json(st: &Inner, chat_id: i64) -> Value {
    if chat_id < 0 {
        return json!({ "id": chat_id, "type": "group", "title": format!("Group {chat_id}") });
    }
    let name = st
        .users
        .get(&chat_id)
        .map(|u| u.first_name.clone())
        .unwrap_or_else(|| format!("User {chat_id}"));
    json!({ "id": chat_id, "type": "private", "first_name": name })
}

fn int_param(params: &Value, name: &str) -> Result<Option<i64>, Fail> {
    match params.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(n)) => n
            .as_i64()
            .map(Some)
            .ok_or_else(|| Fail::bad(format!("wrong parameter {name}"))),
        Some(Value::String(s)) => s
            .parse()
            .map(Some)
            .map_err(|_| Fail::bad(format!("wrong parameter {name}"))),
        Some(_) => Err(Fail::bad(format!("wrong parameter {name}"))),
    }
}

/// `chat_id` as a number; also checks blocking.
fn chat_id_param(st: &Inner, params: &Value) -> Result<i64, Fail> {
    let chat = match params.get("chat_id") {
        None | Some(Value::Null) => return Err(Fail::bad("chat_id is empty")),
        Some(Value::Number(n)) => n.as_i64(),
        Some(Value::String(s)) => s.parse().ok(),
        Some(_) => None,
    };
    let chat = chat.ok_or_else(|| Fail::bad("chat not found"))?;
    if let Some((code, description)) = st.chat_errors.get(&chat) {
        return Err(Fail {
            code: *code,
            description: description.clone(),
            retry_after: None,
            external: true,
        });
    }
    Ok(chat)
}

fn message_id_param(params: &Value) -> Result<i32, Fail> {
    match int_param(params, "message_id")? {
        Some(id) => Ok(id as i32),
        None => Err(Fail::bad("message identifier is not specified")),
    }
}

/// `reply_markup` as JSON (teloxide sends an object; a JSON string is accepted too).
fn markup_param(params: &Value) -> Result<Option<Value>, Fail> {
    let markup = match params.get("reply_markup") {
        None | Some(Value::Null) => return Ok(None),
        Some(Value::String(s)) => serde_json::from_str(s)
            .map_err(|_| Fail::bad("can't parse reply keyboard markup JSON object"))?,
        Some(v) => v.clone(),
    };
    if let Some(rows) = markup.get("inline_keyboard") {
        let rows = rows
            .as_array()
            .ok_or_else(|| Fail::bad("can't parse inline keyboard markup JSON object"))?;
        for row in rows {
            let row = row
                .as_array()
                .ok_or_else(|| Fail::bad("can't parse inline keyboard markup JSON object"))?;
            for button in row {
                if button.get("text").and_then(Value::as_str).is_none() {
                    return Err(Fail::bad(
                        "can't parse inline keyboard button: Text must be a String",
                    ));
                }
                if let Some(data) = button.get("callback_data") {
                    let len = data.as_str().map(str::len).unwrap_or(0);
                    if !(1..=64).contains(&len) {
                        return Err(Fail::bad("BUTTON_DATA_INVALID"));
                    }
                } else if let Some(url) = button.get("url") {
                    if url.as_str().map(str::is_empty).unwrap_or(true) {
                        return Err(Fail::bad("BUTTON_URL_INVALID"));
                    }
                } else if !BUTTON_KINDS.iter().any(|k| button.get(*k).is_some()) {
                    return Err(Fail::bad("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"));
                }
            }
        }
    }
    Ok(Some(markup))
}

const BUTTON_KINDS: &[&str] = &[
    "callback_data",
    "url",
    "login_url",
    "web_app",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
];

fn inline_keyboard(markup: Option<&Value>) -> Option<Vec<Vec<(String, String)>>> {
    let rows = markup?.get("inline_keyboard")?.as_array()?;
    Some(
        rows.iter()
            .map(|row| {
                row.as_array()
                    .into_iter()
                    .flatten()
                    .map(|b| {
                        let label = b
                            .get("text")
                            .and_then(Value::as_str)
                            .unwrap_or_default()
                            .to_owned();
                        let data = if let Some(d) = b.get("callback_data").and_then(Value::as_str) {
                            d.to_owned()
                        } else {
                            BUTTON_KINDS
                                .iter()
                                .find_map(|k| b.get(*k).map(|v| (k, v)))
                                .map(|(k, v)| match v {
                                    Value::String(s) => format!("{k}:{s}"),
                                    other => format!("{k}:{other}"),
                                })
                                .unwrap_or_default()
                        };
                        (label, data)
                    })
                    .collect()
            })
            .collect(),
    )
}

/// Only inline keyboards are stored on (and echoed in) the message.
fn stored_markup(markup: &Option<Value>) -> Option<Value> {
    markup
        .as_ref()
        .filter(|m| m.get("inline_keyboard").is_some())
        .cloned()
}

fn message_json(
    st: &Inner,
    chat: i64,
    message_id: i32,
    date: i64,
    plain: &str,
    markup: &Option<Value>,
) -> Value {
    let mut msg = json!({
        "message_id": message_id,
        "from": { "id": st.bot_id, "is_bot": true, "first_name": st.bot_first_name, "username": st.bot_username },
        "chat": chat_json(st, chat),
        "date": date,
        "text": plain,
    });
    if let Some(m) = markup {
        msg["reply_markup"] = m.clone();
    }
    msg
}

fn send_message(st: &mut Inner, params: &Value) -> Result<Value, Fail> {
    let chat = chat_id_param(st, params)?;
    let text = params
        .get("text")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let parse_mode = params
        .get("parse_mode")
        .and_then(Value::as_str)
        .map(str::to_owned);
    let (plain, entities) =
        render(text, parse_mode.as_deref(), st.strict_ampersand).map_err(Fail::bad)?;
    if plain.is_empty() {
        return Err(Fail::bad("message text is empty"));
    }
    if utf16_len(&plain) > 4096 {
        return Err(Fail::bad("message is too long"));
    }
    let markup = markup_param(params)?;
    if let Some(reply_to) = params
        .get("reply_parameters")
        .and_then(|r| r.get("message_id"))
        .and_then(Value::as_i64)
    {
        let allow = params["reply_parameters"]
            .get("allow_sending_without_reply")
            .and_then(Value::as_bool)
            == Some(true);
        if !allow && !st.messages.contains_key(&(chat, reply_to as i32)) {
            return Err(Fail::bad("message to be replied not found"));
        }
    }
    let message_id = st.next_message_id;
    st.next_message_id += 1;
    let kept = stored_markup(&markup);
    let json = message_json(st, chat, message_id, FakeApi::now(st), &plain, &kept);
    st.messages.insert(
        (chat, message_id),
        StoredMsg {
            from_bot: true,
            json: json.clone(),
            plain: plain.clone(),
            entities,
            markup: kept.clone(),
        },
    );
    st.log.entry(chat).or_default().push(BotMessage {
        chat_id: chat,
        message_id,
        text: text.to_owned(),
        plain,
        parse_mode,
        reply_markup: inline_keyboard(kept.as_ref()),
        markup_json: markup,
        edited: false,
        method: "sendMessage",
        at: std::time::Instant::now(),
    });
    feed(st, chat);
    Ok(json)
}

/// editMessageText (`text == true`) or editMessageReplyMarkup.
fn edit_message(st: &mut Inner, params: &Value, text_edit: bool) -> Result<Value, Fail> {
    if params.get("inline_message_id").is_some() {
        return Err(Fail::bad(
            "the fake Bot API does not support inline messages",
        ));
    }
    let chat = chat_id_param(st, params)?;
    let message_id = message_id_param(params)?;
    let Some(old) = st.messages.get(&(chat, message_id)).cloned() else {
        return Err(Fail::bad("message to edit not found"));
    };
    if !old.from_bot {
        return Err(Fail::bad("message can't be edited"));
    }
    let (text, parse_mode, plain, entities) = if text_edit {
        let text = params
            .get("text")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let parse_mode = params
            .get("parse_mode")
            .and_then(Value::as_str)
            .map(str::to_owned);
        let (plain, entities) =
            render(text, parse_mode.as_deref(), st.strict_ampersand).map_err(Fail::bad)?;
        if plain.is_empty() {
            return Err(Fail::bad("message text is empty"));
        }
        if utf16_len(&plain) > 4096 {
            return Err(Fail::bad("MESSAGE_TOO_LONG"));
        }
        (text.to_owned(), parse_mode, plain, entities)
    } else {
        let last = st
            .log
            .get(&chat)
            .and_then(|l| l.iter().rev().find(|m| m.message_id == message_id));
        let (text, parse_mode) = last
            .map(|m| (m.text.clone(), m.parse_mode.clone()))
            .unwrap_or_default();
        (text, parse_mode, old.plain.clone(), old.entities.clone())
    };
    let markup = markup_param(params)?;
    let kept = stored_markup(&markup);
    if plain == old.plain && entities == old.entities && kept == old.markup {
        return Err(Fail::bad(NOT_MODIFIED));
    }
    let date = old.json.get("date").and_then(Value::as_i64).unwrap_or(0);
    let mut json = message_json(st, chat, message_id, date, &plain, &kept);
    json["edit_date"] = json!(FakeApi::now(st));
    st.messages.insert(
        (chat, message_id),
        StoredMsg {
            from_bot: true,
            json: json.clone(),
            plain: plain.clone(),
            entities,
            markup: kept.clone(),
        },
    );
    st.log.entry(chat).or_default().push(BotMessage {
        chat_id: chat,
        message_id,
        text,
        plain,
        parse_mode,
        reply_markup: inline_keyboard(kept.as_ref()),
        markup_json: markup,
        edited: true,
        at: std::time::Instant::now(),
        method: if text_edit {
            "editMessageText"
        } else {
            "editMessageReplyMarkup"
        },
    });
    feed(st, chat);
    Ok(json)
}

fn commands_key(params: &Value) -> (String, Option<String>) {
    let scope = match params.get("scope") {
        None | Some(Value::Null) => "default".to_owned(),
        Some(s) if s.get("type").and_then(Value::as_str) == Some("default") => "default".to_owned(),
        Some(s) => s.to_string(),
    };
    let lang = params
        .get("language_code")
        .and_then(Value::as_str)
        .filter(|l| !l.is_empty())
        .map(str::to_owned);
    (scope, lang)
}

fn set_my_commands(st: &mut Inner, params: &Value) -> Result<Value, Fail> {
    let list = params
        .get("commands")
        .and_then(Value::as_array)
        .ok_or_else(|| Fail::bad("commands not found"))?;
    if list.len() > 100 {
        return Err(Fail::bad("too many commands"));
    }
    let mut commands = Vec::new();
    for c in list {
        let command = c.get("command").and_then(Value::as_str).unwrap_or_default();
        let description = c
            .get("description")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let ok = (1..=32).contains(&command.len())
            && command
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        if !ok {
            return Err(Fail::bad("BOT_COMMAND_INVALID"));
        }
        if !(1..=256).contains(&description.chars().count()) {
            return Err(Fail::bad("BOT_COMMAND_DESCRIPTION_INVALID"));
        }
        commands.push((command.to_owned(), description.to_owned()));
    }
    let (scope, lang) = commands_key(params);
    if let Some(l) = &lang {
        if l.len() != 2 || !l.bytes().all(|b| b.is_ascii_lowercase()) {
            return Err(Fail::bad("LANG_CODE_INVALID"));
        }
    }
    match st
        .commands
        .iter_mut()
        .find(|(s, l, _)| (s, l) == (&scope, &lang))
    {
        _ if commands.is_empty() => st.commands.retain(|(s, l, _)| (s, l) != (&scope, &lang)),
        Some(entry) => entry.2 = commands,
        None => st.commands.push((scope, lang, commands)),
    }
    Ok(json!(true))
}
