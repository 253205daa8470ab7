//! Language-neutral text: what the core says, as message ids with arguments.
//!
//! The core never holds a user-visible string; it returns [`Msg`]s that only
//! `i18n` turns into words. This keeps every sentence in Fluent files and lets
//! one table-driven test cover a rule in every language.

use std::borrow::Cow;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A language a user can read the bot in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[serde(rename = "ru")]
    Ru,
    /// Uzbek in the Latin alphabet (the texts are written in it).
    #[serde(rename = "uz")]
    Uz,
    /// Uzbek in Cyrillic, for older readers: transliterated from the Latin texts.
    #[serde(rename = "uz-Cyrl")]
    UzCyrl,
    #[serde(rename = "tg")]
    Tg,
    /// Kyrgyz (Cyrillic).
    #[serde(rename = "ky")]
    Ky,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::Uz, Lang::UzCyrl, Lang::Tg, Lang::Ky, Lang::Ru];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Ru => "ru",
            Lang::Uz => "uz",
            Lang::UzCyrl => "uz-Cyrl",
            Lang::Tg => "tg",
            Lang::Ky => "ky",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "ru" => Some(Lang::Ru),
            "uz" | "uz-latn" => Some(Lang::Uz),
            "uz-cyrl" | "uzc" => Some(Lang::UzCyrl),
            "tg" => Some(Lang::Tg),
            "ky" => Some(Lang::Ky),
            _ => None,
        }
    }

    /// First guess from Telegram's `language_code` (an IETF tag such as "uz" or "ru-RU").
    /// Russian is the default: every user deals with Russian-speaking officials.
    pub fn guess(telegram_code: Option<&str>) -> Lang {
        let primary = telegram_code
            .unwrap_or("")
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "uz" => Lang::Uz,
            "tg" => Lang::Tg,
            "ky" => Lang::Ky,
            _ => Lang::Ru,
        }
    }
}

/// An argument of a message. Only `i18n` decides how it looks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// Plain text; escaped for HTML when rendered (it may come from a user).
    Str(String),
    /// Another message, rendered in the same language and inserted as is.
    Msg(Box<Msg>),
    Num(i64),
    Date(NaiveDate),
    /// Rubles, shown with digit grouping.
    Rub(i64),
}

/// One message id with its arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Msg {
    pub id: Cow<'static, str>,
    pub args: Vec<(&'static str, Arg)>,
}

impl Msg {
    pub fn new(id: impl Into<Cow<'static, str>>) -> Msg {
        Msg {
            id: id.into(),
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: Arg) -> Msg {
        self.args.push((name, value));
        self
    }

    pub fn num(self, name: &'static str, n: i64) -> Msg {
        self.arg(name, Arg::Num(n))
    }

    pub fn date(self, name: &'static str, d: NaiveDate) -> Msg {
        self.arg(name, Arg::Date(d))
    }

    pub fn rub(self, name: &'static str, r: i64) -> Msg {
        self.arg(name, Arg::Rub(r))
    }

    pub fn str(self, name: &'static str, s: impl Into<String>) -> Msg {
        self.arg(name, Arg::Str(s.into()))
    }

    pub fn msg(self, name: &'static str, m: Msg) -> Msg {
        self.arg(name, Arg::Msg(Box::new(m)))
    }
}

impl From<&'static str> for Msg {
    fn from(id: &'static str) -> Msg {
        Msg::new(id)
    }
}

/// The serde (snake_case) name of a unit enum value — the one place that
/// reads it: message ids (`status-due_today`) and button codes are built on it.
pub fn serde_name<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        // Only unit variants are named; anything else is a programming error
        // that shows as a missing message, never as a panic.
        _ => String::from("unknown"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kyrgyz_is_a_language() {
        assert_eq!(Lang::from_code("ky"), Some(Lang::Ky));
        assert_eq!(Lang::Ky.code(), "ky");
        assert_eq!(Lang::guess(Some("ky")), Lang::Ky);
        assert_eq!(Lang::guess(Some("ky-KG")), Lang::Ky);
        assert!(Lang::ALL.contains(&Lang::Ky));
        assert_eq!(
            serde_json::to_string(&Lang::Ky).ok().as_deref(),
            Some("\"ky\"")
        );
    }
}
