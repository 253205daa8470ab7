//! What a bot message shows: its text, read with its parse mode, and its reply markup.
//! [`Content::from_params`] is the one validation of both, for sendMessage and
//! editMessageText alike; editMessageReplyMarkup checks the markup with the same
//! [`markup_param`].

use serde_json::Value;

use super::state::Fail;
use super::text::{render, utf16_len, Entity};

/// The most a message's text may hold once parsed, in UTF-16 units.
const MAX_TEXT_LEN: usize = 4096;

/// The call that carries a text. Telegram words one mistake, a text too long, differently
/// for the two (teloxide has a variant for each: `ApiError::MessageIsTooLong` and
/// `ApiError::EditedMessageIsTooLong`); every other mistake gets the same answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum TextCall {
    Send,
    Edit,
}

impl TextCall {
    fn too_long(self) -> &'static str {
        match self {
            TextCall::Send => "message is too long",
            TextCall::Edit => "MESSAGE_TOO_LONG",
        }
    }
}

/// A message's content, as the bot sent it and as the user sees it.
#[derive(Clone, Debug)]
pub(super) struct Content {
    /// The text exactly as sent, with its markup.
    pub(super) text: String,
    pub(super) parse_mode: Option<String>,
    /// The text as the user sees it: markup removed, entities decoded, trimmed.
    pub(super) plain: String,
    pub(super) entities: Vec<Entity>,
    /// `reply_markup` as sent: any keyboard, or none.
    pub(super) markup: Option<Value>,
}

impl Content {
    /// Reads `text`, `parse_mode` and `reply_markup` and checks them as Telegram does, in
    /// its order: the text parses ("can't parse entities: …", "unsupported parse_mode"), is
    /// not empty once parsed and trimmed ("message text is empty"), is not too long (see
    /// [`TextCall`]); then the markup ([`markup_param`]).
    pub(super) fn from_params(
        params: &Value,
        call: TextCall,
        strict_ampersand: bool,
    ) -> Result<Content, Fail> {
        let text = params
            .get("text")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let parse_mode = params
            .get("parse_mode")
            .and_then(Value::as_str)
            .map(str::to_owned);
        let (plain, entities) =
            render(text, parse_mode.as_deref(), strict_ampersand).map_err(Fail::bad)?;
        if plain.is_empty() {
            return Err(Fail::bad("message text is empty"));
        }
        if utf16_len(&plain) > MAX_TEXT_LEN {
            return Err(Fail::bad(call.too_long()));
        }
        let markup = markup_param(params)?;
        Ok(Content {
            text: text.to_owned(),
            parse_mode,
            plain,
            entities,
            markup,
        })
    }

    /// The markup kept on (and echoed in) the message: only an inline keyboard is.
    pub(super) fn kept_markup(&self) -> Option<Value> {
        self.markup
            .as_ref()
            .filter(|m| m.get("inline_keyboard").is_some())
            .cloned()
    }
}

/// `reply_markup` as JSON (teloxide sends an object; a JSON string is accepted too), with
/// an inline keyboard checked button by button.
pub(super) fn markup_param(params: &Value) -> Result<Option<Value>, Fail> {
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
