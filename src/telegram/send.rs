//! Sending to Telegram: HTML, buttons, and what each failure means.

use teloxide::payloads::SendMessageSetters;
use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, ParseMode};
use teloxide::{ApiError, RequestError};

use crate::render::Rendered;

/// How a send ended, in the terms the bot acts on.
#[derive(Debug, PartialEq, Eq)]
pub enum Delivery {
    Sent,
    /// The user blocked the bot or deleted their account: never write again
    /// until they write to us.
    Blocked,
    /// Anything else (already logged): the rest of the reply is dropped.
    Failed,
}

pub fn keyboard(rows: &[Vec<(String, String)>]) -> Option<InlineKeyboardMarkup> {
    if rows.is_empty() {
        return None;
    }
    Some(InlineKeyboardMarkup::new(rows.iter().map(|row| {
        row.iter()
            .map(|(label, data)| InlineKeyboardButton::callback(label.clone(), data.clone()))
            .collect::<Vec<_>>()
    })))
}

/// Sends the messages in order; stops at the first one that cannot be sent.
/// Rate limits (429) are waited out by the `Throttle` adaptor around the bot.
pub async fn send_all<B>(bot: &B, chat: ChatId, messages: &[Rendered]) -> Delivery
where
    B: Requester<Err = RequestError>,
{
    for m in messages {
        let mut req = bot
            .send_message(chat, m.html.clone())
            .parse_mode(ParseMode::Html);
        if let Some(k) = keyboard(&m.keyboard) {
            req = req.reply_markup(k);
        }
        match req.send().await {
            Ok(_) => {}
            Err(e) => return classify(&e),
        }
    }
    Delivery::Sent
}

pub fn classify(e: &RequestError) -> Delivery {
    match e {
        RequestError::Api(
            ApiError::BotBlocked
            | ApiError::UserDeactivated
            | ApiError::ChatNotFound
            | ApiError::BotKicked
            | ApiError::CantInitiateConversation,
        ) => Delivery::Blocked,
        other => {
            // The error text never contains the message or the user's data.
            tracing::warn!(error = %other, "a message could not be sent");
            Delivery::Failed
        }
    }
}
