//! The persisted shape of a conversation.
//!
//! This is a stored schema: add variants and `#[serde(default)]` fields, never
//! rename or remove them. A record that still fails to decode is reported to the
//! user and replaced (see `Stored::Unreadable`), never silently dropped.

use serde::{Deserialize, Serialize};

use crate::text::Lang;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "at", rename_all = "snake_case")]
pub enum State {
    /// Waiting for a language button. `first`: the very first contact.
    ChoosingLanguage { first: bool },
    /// Nothing asked: the main menu is shown.
    Menu,
    /// `/forget` asked for confirmation.
    ConfirmForget,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub lang: Lang,
    /// False until the user has confirmed the guessed language.
    #[serde(default)]
    pub lang_confirmed: bool,
    pub state: State,
}

impl Session {
    pub fn new(lang: Lang) -> Session {
        Session {
            lang,
            lang_confirmed: false,
            state: State::ChoosingLanguage { first: true },
        }
    }
}
