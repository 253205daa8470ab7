//! The bot's messages: sendMessage, editMessageText, editMessageReplyMarkup and
//! deleteMessage, and the other calls about a chat or a message in it, sendChatAction and
//! answerCallbackQuery. What a message shows is checked in `content.rs`.

use serde_json::{json, Value};

use super::content::{inline_keyboard, markup_param, Content, TextCall};
use super::server::{chat_id_param, message_id_param};
use super::state::{Fail, Inner, StoredMsg};
use super::BotMessage;

const NOT_MODIFIED: &str = "message is not modified: specified new message content and reply \
                            markup are exactly the same as a current content and reply markup of the message";
const QUERY_TOO_OLD: &str = "query is too old and response timeout expired or query id is invalid";

/// The `Message` object of a bot's message.
fn message_json(st: &Inner, chat: i64, message_id: i32, date: i64, content: &Content) -> Value {
    let mut msg = json!({
        "message_id": message_id,
        "from": { "id": st.bot_id, "is_bot": true, "first_name": st.bot_first_name, "username": st.bot_username },
        "chat": st.chat_json(chat),
        "date": date,
        "text": content.plain,
    });
    if let Some(m) = content.kept_markup() {
        msg["reply_markup"] = m;
    }
    msg
}

/// Stores the message as it now is, logs it for the tests and passes it to the feed.
fn record(
    st: &mut Inner,
    chat: i64,
    message_id: i32,
    json: &Value,
    content: Content,
    method: &'static str,
) {
    let kept = content.kept_markup();
    st.messages.insert(
        (chat, message_id),
        StoredMsg {
            from_bot: true,
            json: json.clone(),
            plain: content.plain.clone(),
            entities: content.entities,
            markup: kept.clone(),
        },
    );
    st.log.entry(chat).or_default().push(BotMessage {
        chat_id: chat,
        message_id,
        text: content.text,
        plain: content.plain,
        parse_mode: content.parse_mode,
        reply_markup: inline_keyboard(kept.as_ref()),
        markup_json: content.markup,
        edited: method != "sendMessage",
        method,
        at: std::time::Instant::now(),
    });
    st.feed(chat);
}

/// sendMessage, within the flood limits if a test set them.
pub(super) fn send_message(st: &mut Inner, params: &Value) -> Result<Value, Fail> {
    let flood_chat = params.get("chat_id").and_then(Value::as_i64).unwrap_or(0);
    st.limits.take(flood_chat)?;
    let chat = chat_id_param(st, params)?;
    let content = Content::from_params(params, TextCall::Send, st.strict_ampersand)?;
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
    let json = message_json(st, chat, message_id, st.now(), &content);
    record(st, chat, message_id, &json, content, "sendMessage");
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
    let content = if text_edit {
        Content::from_params(params, TextCall::Edit, st.strict_ampersand)?
    } else {
        // The text stays as the bot last sent it; only the markup is new.
        let last = st
            .log
            .get(&chat)
            .and_then(|l| l.iter().rev().find(|m| m.message_id == message_id));
        let (text, parse_mode) = last
            .map(|m| (m.text.clone(), m.parse_mode.clone()))
            .unwrap_or_default();
        Content {
            text,
            parse_mode,
            plain: old.plain.clone(),
            entities: old.entities.clone(),
            markup: markup_param(params)?,
        }
    };
    if content.plain == old.plain
        && content.entities == old.entities
        && content.kept_markup() == old.markup
    {
        return Err(Fail::bad(NOT_MODIFIED));
    }
    let date = old.json.get("date").and_then(Value::as_i64).unwrap_or(0);
    let mut json = message_json(st, chat, message_id, date, &content);
    json["edit_date"] = json!(st.now());
    let method = if text_edit {
        "editMessageText"
    } else {
        "editMessageReplyMarkup"
    };
    record(st, chat, message_id, &json, content, method);
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
