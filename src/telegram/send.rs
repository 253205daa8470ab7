//! `sendMessage` over teloxide: HTML, buttons, and what each failure means.
//! Pacing and order are the [`sender`](super::sender)'s.

use std::future::Future;
use std::time::Duration;

use teloxide::payloads::SendMessageSetters;
use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, ParseMode};
use teloxide::{ApiError, RequestError};

use super::sender::{Sent, Transport};
use crate::render::Rendered;

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

/// The Bot API as the sender's transport.
pub struct BotTransport(pub Bot);

impl Transport for BotTransport {
    fn send(&self, chat: i64, m: &Rendered) -> impl Future<Output = Sent> + Send {
        let mut req = self
            .0
            .send_message(ChatId(chat), m.html.clone())
            .parse_mode(ParseMode::Html);
        if let Some(k) = keyboard(&m.keyboard) {
            req = req.reply_markup(k);
        }
        async move {
            match req.send().await {
                Ok(_) => Sent::Ok,
                Err(e) => classify(&e),
            }
        }
    }
}

pub fn classify(e: &RequestError) -> Sent {
    match e {
        RequestError::RetryAfter(secs) => {
            Sent::RetryAfter(secs.duration().max(Duration::from_secs(1)))
        }
        RequestError::Api(
            ApiError::BotBlocked
            | ApiError::UserDeactivated
            | ApiError::ChatNotFound
            | ApiError::BotKicked
            | ApiError::CantInitiateConversation,
        ) => Sent::Blocked,
        other => {
            // The error text never contains the message or the user's data.
            tracing::warn!(error = %other, "a message could not be sent");
            Sent::Failed
        }
    }
}
