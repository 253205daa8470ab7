//! Telegram updates to the core's [`Input`].

use teloxide::types::{CallbackQuery, MediaKind, Message, MessageKind, Update, UpdateKind};

use crate::dialogue::{Action, Command, Input, Media};
use crate::store::UserId;
use crate::text::Lang;

/// A pressed button's message, to answer the press and retire its buttons.
pub struct Press {
    pub query_id: String,
    /// (chat, message) of the message the button was on, when Telegram says.
    pub message: Option<(i64, i32)>,
}

pub struct Incoming {
    pub user: UserId,
    pub chat: i64,
    pub lang_hint: Option<Lang>,
    pub input: Input,
    pub press: Option<Press>,
}

/// `None` for updates the bot does not serve (groups, channels, polls...).
pub fn parse(update: &Update) -> Option<Incoming> {
    match &update.kind {
        UpdateKind::Message(m) => from_message(m, false),
        UpdateKind::EditedMessage(m) => from_message(m, true),
        UpdateKind::CallbackQuery(q) => from_callback(q),
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
        user: UserId(from.id.0 as i64),
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
    let message = q.message.as_ref().map(|m| (m.chat().id.0, m.id().0));
    if let Some((chat, _)) = message {
        if chat != q.from.id.0 as i64 {
            return None;
        }
    }
    let input = q
        .data
        .as_deref()
        .and_then(Action::decode)
        .map(Input::Button)
        .unwrap_or(Input::BadButton);
    Some(Incoming {
        user: UserId(q.from.id.0 as i64),
        chat: q.from.id.0 as i64,
        lang_hint: hint(q.from.language_code.as_ref()),
        input,
        press: Some(Press {
            query_id: q.id.to_string(),
            message,
        }),
    })
}
