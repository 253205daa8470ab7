//! Telegram updates to the core's [`Input`].

use teloxide::types::{CallbackQuery, MediaKind, Message, MessageKind, Update, UpdateKind};

use crate::dialogue::{Action, Command, Input, Media};
use crate::store::UserId;
use crate::text::Lang;

/// A pressed button's message, to answer the press and retire its buttons.
pub struct Press {
    pub query_id: String,
    /// (chat, message) of the message the button was on, if it still has buttons.
    pub message: Option<(i64, i32)>,
}

pub struct Incoming {
    pub user: UserId,
    pub chat: i64,
    pub lang_hint: Option<Lang>,
    pub input: Input,
    pub press: Option<Press>,
}

pub enum Parsed {
    Input(Incoming),
    /// The user blocked (`true`) or unblocked the bot in their private chat.
    Blocked(UserId, bool),
}

/// `None` for updates the bot does not serve (groups, channels, polls...).
pub fn parse(update: &Update) -> Option<Parsed> {
    match &update.kind {
        UpdateKind::Message(m) => from_message(m, false).map(Parsed::Input),
        UpdateKind::EditedMessage(m) => from_message(m, true).map(Parsed::Input),
        UpdateKind::CallbackQuery(q) => from_callback(q).map(Parsed::Input),
        UpdateKind::MyChatMember(c) if c.chat.is_private() => Some(Parsed::Blocked(
            UserId::new(c.from.id.0 as i64),
            c.new_chat_member.is_banned() || c.new_chat_member.is_left(),
        )),
        _ => None,
    }
}

fn hint(code: Option<&String>) -> Option<Lang> {
    code.map(|c| Lang::guess(Some(c)))
}

fn from_message(m: &Message, edited: bool) -> Option<Incoming> {
    if !m.chat.is_private() {
        return None;
    }
    let from = m.from.as_ref()?;
    let input = if edited {
        Input::Edited
    } else if let Some(text) = m.text() {
        if text.trim_start().starts_with('/') {
            Command::parse(text)
                .map(Input::Command)
                .unwrap_or(Input::UnknownCommand)
        } else {
            Input::Text(text.to_string())
        }
    } else {
        Input::Media(media(m))
    };
    Some(Incoming {
        user: UserId::new(from.id.0 as i64),
        chat: m.chat.id.0,
        lang_hint: hint(from.language_code.as_ref()),
        input,
        press: None,
    })
}

fn media(m: &Message) -> Media {
    match &m.kind {
        MessageKind::Common(c) => match &c.media_kind {
            MediaKind::Sticker(_) => Media::Sticker,
            MediaKind::Photo(_) => Media::Photo,
            MediaKind::Voice(_) | MediaKind::Audio(_) => Media::Voice,
            MediaKind::Video(_) | MediaKind::VideoNote(_) | MediaKind::Animation(_) => Media::Video,
            MediaKind::Document(_) => Media::Document,
            MediaKind::Contact(_) => Media::Contact,
            MediaKind::Location(_) | MediaKind::Venue(_) => Media::Location,
            _ => Media::Other,
        },
        _ => Media::Other,
    }
}

fn from_callback(q: &CallbackQuery) -> Option<Incoming> {
    if let Some(m) = &q.message {
        if m.chat().id.0 != q.from.id.0 as i64 {
            return None;
        }
    }
    // Only a message that still shows buttons needs them retired (editing
    // one without buttons is an error on Telegram's side).
    let message = q
        .message
        .as_ref()
        .and_then(|m| m.regular_message())
        .filter(|m| {
            m.reply_markup()
                .is_some_and(|k| !k.inline_keyboard.is_empty())
        })
        .map(|m| (m.chat.id.0, m.id.0));
    let input = q
        .data
        .as_deref()
        .and_then(Action::decode)
        .map(Input::Button)
        .unwrap_or(Input::BadButton);
    Some(Incoming {
        user: UserId::new(q.from.id.0 as i64),
        chat: q.from.id.0 as i64,
        lang_hint: hint(q.from.language_code.as_ref()),
        input,
        press: Some(Press {
            query_id: q.id.to_string(),
            message,
        }),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member_update(status: &str) -> Update {
        // teloxide's Update must be parsed from a string (from_value fails).
        serde_json::from_str(&format!(
            r#"{{"update_id": 5, "my_chat_member": {{
                "chat": {{"id": 31, "type": "private", "first_name": "A"}},
                "from": {{"id": 31, "is_bot": false, "first_name": "A"}},
                "date": 1773133200,
                "old_chat_member": {{"user": {{"id": 1, "is_bot": true, "first_name": "M"}}, "status": "member"}},
                "new_chat_member": {{"user": {{"id": 1, "is_bot": true, "first_name": "M"}}, "status": "{status}", "until_date": 0}}
            }}}}"#
        ))
        .unwrap()
    }

    #[test]
    fn telegrams_block_notice_is_understood() {
        assert!(matches!(
            parse(&member_update("kicked")),
            Some(Parsed::Blocked(u, true)) if u == UserId::new(31)
        ));
        assert!(matches!(
            parse(&member_update("member")),
            Some(Parsed::Blocked(u, false)) if u == UserId::new(31)
        ));
    }
}
