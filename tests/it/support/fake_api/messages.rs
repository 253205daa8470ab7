//! The bot's messages: sendMessage, editMessageText, editMessageReplyMarkup and
//! deleteMessage, and the other calls about a chat or a message in it, sendChatAction and
//! answerCallbackQuery; the reply markup they carry.

use serde_json::{json, Value};

use super::server::{chat_id_param, message_id_param};
use super::state::{Fail, Inner, StoredMsg};
use super::text::{render, utf16_len};
use super::BotMessage;

const NOT_MODIFIED: &str = "message is not modified: specified new message content and reply \
                            markup are exactly the same as a current content and reply markup of the message";
const QUERY_TOO_OLD: &str = "query is too old and response timeout expired or query id is invalid";

/// `reply_markup` as JSON (teloxide sends an object; a JSON string is accepted too), with
/// an inline keyboard checked button by button.
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

/// The fields that make an inline button do something, one per kind.
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

/// The inline keyboard of a markup, rows of `(label, data)`: `data` is the
/// `callback_data`, or `"<kind>:<value>"` for other kinds of button.
pub(super) fn inline_keyboard(markup: Option<&Value>) -> Option<Vec<Vec<(String, String)>>> {
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

/// The `Message` object of a bot's message.
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
        "chat": st.chat_json(chat),
        "date": date,
        "text": plain,
    });
    if let Some(m) = markup {
        msg["reply_markup"] = m.clone();
    }
    msg
}

/// sendMessage, within the flood limits if a test set them.
pub(super) fn send_message(st: &mut Inner, params: &Value) -> Result<Value, Fail> {
    let flood_chat = params.get("chat_id").and_then(Value::as_i64).unwrap_or(0);
    st.limits.take(flood_chat)?;
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
    let json = message_json(st, chat, message_id, st.now(), &plain, &kept);
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
    st.feed(chat);
    Ok(json)
}

/// editMessageText (`text_edit == true`) or editMessageReplyMarkup, of the bot's own
/// message in a chat (inline messages are not supported).
pub(super) fn edit_message(st: &mut Inner, params: &Value, text_edit: bool) -> Result<Value, Fail> {
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
    json["edit_date"] = json!(st.now());
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
    st.feed(chat);
    Ok(json)
}

/// deleteMessage: any message in the chat, the user's too.
pub(super) fn delete_message(st: &mut Inner, params: &Value) -> Result<Value, Fail> {
    let chat = chat_id_param(st, params)?;
    let id = message_id_param(params)?;
    if st.messages.remove(&(chat, id)).is_none() {
        return Err(Fail::bad("message to delete not found"));
    }
    st.deleted.push((chat, id));
    Ok(json!(true))
}

/// sendChatAction, with one of the documented actions.
pub(super) fn send_chat_action(st: &mut Inner, params: &Value) -> Result<Value, Fail> {
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
    let chat = chat_id_param(st, params)?;
    let action = params
        .get("action")
        .and_then(Value::as_str)
        .unwrap_or_default();
    if !ACTIONS.contains(&action) {
        return Err(Fail::bad("wrong parameter action in request"));
    }
    st.actions.push((chat, action.to_owned()));
    Ok(json!(true))
}

/// answerCallbackQuery, of a query the fake handed out (any number of times).
pub(super) fn answer_callback_query(st: &mut Inner, params: &Value) -> Result<Value, Fail> {
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
