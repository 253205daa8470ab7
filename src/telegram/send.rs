//! `sendMessage` over teloxide: HTML, buttons, and what each failure means;
//! `editMessageText` / `editMessageReplyMarkup` for a reply shown over the
//! pressed message. Pacing and order are the [`sender`](super::sender)'s.

use std::future::Future;
use std::time::Duration;

use teloxide::payloads::{
    EditMessageReplyMarkupSetters, EditMessageTextSetters, SendMessageSetters,
};
use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, MessageId, ParseMode};
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
        // With the edit, what retires the pressed message's buttons if the edit fails.
        let edited = m
            .edit
            .and_then(|e| Some((MessageId(e.message?), e.text)))
            .map(|(id, text)| {
                let retire = self.0.edit_message_reply_markup(ChatId(chat), id);
                (edit(&self.0, chat, id, text, m), retire)
            });
        let mut req = self
            .0
            .send_message(ChatId(chat), m.html.clone())
            .parse_mode(ParseMode::Html);
        if let Some(k) = keyboard(&m.keyboard) {
            req = req.reply_markup(k);
        }
        async move {
            let Some((edited, retire)) = edited else {
                return match req.send().await {
                    Ok(_) => Sent::Ok,
                    Err(e) => classify(&e),
                };
            };
            match edited.await {
                Sent::Failed => {}
                other => return other,
            }
            // The message cannot be edited (deleted meanwhile, too old): the
            // reply goes as a new message, and the old one's buttons are
            // retired, so that they cannot act beside the new ones (a
            // /reminders switch pressed there). That may fail too: then they
            // are as stale as any old button.
            match req.send().await {
                Ok(_) => {
                    if let Err(e) = retire.await {
                        tracing::debug!(error = %e, "an old message's buttons could not be retired");
                    }
                    Sent::Ok
                }
                Err(e) => classify(&e),
            }
        }
    }
}

/// Shows `m` over the message `id`: its text and buttons, or its buttons only.
fn edit(
    bot: &Bot,
    chat: i64,
    id: MessageId,
    text: bool,
    m: &Rendered,
) -> impl Future<Output = Sent> + Send {
    let markup = keyboard(&m.keyboard);
    let done = if text {
        let mut req = bot
            .edit_message_text(ChatId(chat), id, m.html.clone())
            .parse_mode(ParseMode::Html);
        if let Some(k) = markup {
            req = req.reply_markup(k);
        }
        futures::future::Either::Left(async move { req.send().await.map(|_| ()) })
    } else {
        let mut req = bot.edit_message_reply_markup(ChatId(chat), id);
        if let Some(k) = markup {
            req = req.reply_markup(k);
        }
        futures::future::Either::Right(async move { req.send().await.map(|_| ()) })
    };
    async move {
        match done.await {
            // Pressed twice, or a month shown again: it already shows this.
            Ok(()) | Err(RequestError::Api(ApiError::MessageNotModified)) => Sent::Ok,
            Err(e) => classify(&e),
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
