//! Updates: what users do (messages, button presses, edits) becomes an update in the queue;
//! getUpdates hands the queue out with Telegram's offset, limit and long-poll rules, and
//! ends an older poll with 409 when a newer one comes; `redeliver` replays an update as
//! Telegram does when the bot did not confirm it.

use std::time::Duration;

use serde_json::{json, Value};
use tokio::time::Instant;

use super::content::inline_keyboard;
use super::server::int_param;
use super::state::{Fail, Inner, Queued, StoredMsg};
use super::text::utf16_len;
use super::{FakeApi, Sent, User};

impl User {
    /// The `User` object of a (human) user.
    fn json(&self) -> Value {
        let mut u = json!({ "id": self.id, "is_bot": false, "first_name": self.first_name });
        if let Some(l) = &self.language_code {
            u["language_code"] = json!(l);
        }
        u
    }
}

impl Inner {
    /// Queues `json` as an update with this id (and later ones after it), or the next id.
    fn push_update(&mut self, id: Option<i32>, mut json: Value) -> i32 {
        let id = match id {
            Some(id) => {
                self.next_update_id = self.next_update_id.max(id + 1);
                id
            }
            None => {
                let id = self.next_update_id;
                self.next_update_id += 1;
                id
            }
        };
        json["update_id"] = json!(id);
        self.history.insert(id, json.clone());
        self.queue.push(Queued {
            id,
            json,
            delivered: false,
            redelivery: false,
        });
        id
    }
}

impl FakeApi {
    /// getUpdates: confirms what is below `offset` (a negative one keeps the last -offset
    /// updates), then returns up to `limit` queued updates, waiting up to `timeout` seconds
    /// for one to come.
    pub(super) async fn get_updates(&self, params: &Value) -> Result<Value, Fail> {
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

    // ----------------------------------------------------------------- users' actions

    /// Queues a user's message with `content` fields (text, sticker, …) merged in.
    fn user_message(&self, user: &User, content: Value) -> Sent {
        self.mutate(|st| {
            st.users.insert(user.id, user.clone());
            let message_id = st.next_message_id;
            st.next_message_id += 1;
            let mut msg = json!({
                "message_id": message_id,
                "from": user.json(),
                "chat": st.chat_json(user.id),
                "date": st.now(),
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
            let update_id = st.push_update(None, json!({ "message": msg }));
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
                    json!({ "chat": st.chat_json(user.id), "message_id": message_id, "date": 0 })
                }
            };
            let id = format!("{}", 4_417_000_000_000_000_000u64 + st.next_callback);
            st.next_callback += 1;
            st.callbacks.insert(id.clone(), user.id);
            st.push_update(
                None,
                json!({ "callback_query": {
                    "id": id,
                    "from": user.json(),
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
            let now = st.now();
            let mut msg = match st.messages.get(&(user.id, message_id)) {
                Some(m) => m.json.clone(),
                None => json!({
                    "message_id": message_id, "from": user.json(),
                    "chat": st.chat_json(user.id), "date": now,
                }),
            };
            msg["text"] = json!(text);
            msg["edit_date"] = json!(now);
            if let Some(m) = st.messages.get_mut(&(user.id, message_id)) {
                m.json = msg.clone();
                m.plain = text.to_owned();
            }
            st.push_update(None, json!({ "edited_message": msg }))
        })
    }

    /// Queues an arbitrary update. Its `update_id` is kept if present, else assigned.
    pub fn push_raw_update(&self, json: Value) -> i32 {
        self.mutate(|st| {
            let id = json
                .get("update_id")
                .and_then(Value::as_i64)
                .map(|i| i as i32);
            st.push_update(id, json)
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
}
