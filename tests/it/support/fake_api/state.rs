//! The fake's state, behind one mutex: what users and the bot did, the update queue, the
//! configuration a test set. Handlers take `&mut Inner`; [`Fail`] is how they refuse.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde_json::{json, Value};

use super::limits::Limits;
use super::text::Entity;
use super::{BotMessage, CommandList, Failed, Rejected, User};

/// A refused call: the error code and description the bot gets.
#[derive(Clone, Debug)]
pub(super) struct Fail {
    pub(super) code: u16,
    pub(super) description: String,
    pub(super) retry_after: Option<u32>,
    /// Not the bot's mistake (blocked chat, getMe failure, …): goes to `failures()`, not `errors()`.
    pub(super) external: bool,
}

impl Fail {
    /// 400 "Bad Request: {description}": the bot's mistake.
    pub(super) fn bad(description: impl Into<String>) -> Self {
        Fail {
            code: 400,
            description: format!("Bad Request: {}", description.into()),
            retry_after: None,
            external: false,
        }
    }
}

/// A message in a chat, as it now is (after edits).
#[derive(Clone, Debug)]
pub(super) struct StoredMsg {
    pub(super) from_bot: bool,
    /// The `Message` object, as updates and the bot's calls return it.
    pub(super) json: Value,
    pub(super) plain: String,
    pub(super) entities: Vec<Entity>,
    /// The inline keyboard, if any.
    pub(super) markup: Option<Value>,
}

/// An update waiting in the queue until an offset confirms it.
#[derive(Clone, Debug)]
pub(super) struct Queued {
    pub(super) id: i32,
    pub(super) json: Value,
    pub(super) delivered: bool,
    /// Queued again by `redeliver`: delivered even behind the current offset.
    pub(super) redelivery: bool,
}

/// An injected failure of the next call of `method` (lower case).
#[derive(Clone, Debug)]
pub(super) struct Fault {
    pub(super) method: String,
    pub(super) fail: Fail,
}

pub(super) struct Inner {
    pub(super) next_update_id: i32,
    pub(super) next_message_id: i32,
    pub(super) next_callback: u64,
    pub(super) queue: Vec<Queued>,
    /// Every update ever queued, by id (for `redeliver`).
    pub(super) history: BTreeMap<i32, Value>,
    pub(super) delivered: HashSet<i32>,
    pub(super) messages: HashMap<(i64, i32), StoredMsg>,
    pub(super) users: HashMap<i64, User>,
    /// What the bot sent or edited, per chat, in order; `cursors` is how far `wait_for` got.
    pub(super) log: HashMap<i64, Vec<BotMessage>>,
    pub(super) cursors: HashMap<i64, usize>,
    /// Callback query ids handed out, with the user who pressed.
    pub(super) callbacks: HashMap<String, i64>,
    pub(super) answers: Vec<(String, Option<String>)>,
    /// `(scope, language_code, commands)` as set with setMyCommands.
    pub(super) commands: Vec<(String, Option<String>, CommandList)>,
    /// Chats whose chat-bound calls fail persistently: (code, description).
    pub(super) chat_errors: HashMap<i64, (u16, String)>,
    /// Bumped by every getUpdates; an older poll that sees it change ends with 409.
    pub(super) poll_generation: u64,
    pub(super) faults: Vec<Fault>,
    /// Calls per method (lower case): received, and answered.
    pub(super) counts: HashMap<String, usize>,
    pub(super) answered: HashMap<String, usize>,
    pub(super) polls_in_flight: usize,
    pub(super) unknown: Vec<String>,
    pub(super) errors: Vec<Rejected>,
    pub(super) failures: Vec<Failed>,
    pub(super) actions: Vec<(i64, String)>,
    pub(super) deleted: Vec<(i64, i32)>,
    pub(super) get_me_fails: bool,
    pub(super) clock: Option<i64>,
    pub(super) strict_ampersand: bool,
    pub(super) wait_timeout: Duration,
    pub(super) bot_username: String,
    pub(super) bot_first_name: String,
    pub(super) bot_id: i64,
    pub(super) limits: Limits,
    /// Every message and edit of the bot, as it happens (load tests).
    pub(super) feed: Option<tokio::sync::mpsc::UnboundedSender<BotMessage>>,
    /// The webhook, when one is set.
    pub(super) hook: super::webhook::Hook,
}

impl Inner {
    /// The state of a fresh fake: nothing happened, defaults configured.
    pub(super) fn new() -> Inner {
        Inner {
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
            limits: Limits::new(),
            feed: None,
            hook: Default::default(),
        }
    }

    /// Unix seconds for a message's `date`: the fixed clock if set, else the real one.
    pub(super) fn now(&self) -> i64 {
        self.clock.unwrap_or_else(|| {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map(|d| d.as_secs() as i64)
                .unwrap_or(0)
        })
    }

    /// The `Chat` object: a private chat with a user, or a group for a negative id.
    pub(super) fn chat_json(&self, chat_id: i64) -> Value {
        if chat_id < 0 {
            return json!({ "id": chat_id, "type": "group", "title": format!("Group {chat_id}") });
        }
        let name = self
            .users
            .get(&chat_id)
            .map(|u| u.first_name.clone())
            .unwrap_or_else(|| format!("User {chat_id}"));
        json!({ "id": chat_id, "type": "private", "first_name": name })
    }

    /// Passes the chat's newest message to the feed, if anyone listens.
    pub(super) fn feed(&self, chat: i64) {
        if let (Some(f), Some(m)) = (&self.feed, self.log.get(&chat).and_then(|l| l.last())) {
            let _ = f.send(m.clone());
        }
    }
}
