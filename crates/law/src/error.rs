//! Typed errors. Every error about user input names the profile field it is about.

use chrono::NaiveDate;
use thiserror::Error;

/// The law data is malformed. With the embedded data this cannot happen once the test suite passes.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum LawError {
    #[error("{file}: {message}")]
    Parse { file: &'static str, message: String },
    #[error("rule {rule}: {message}")]
    InvalidRule { rule: String, message: String },
    #[error("rule {0} is missing from rules.toml")]
    MissingRule(String),
    #[error("rule {rule}: value.{field} is missing")]
    MissingValue { rule: String, field: &'static str },
    #[error("calendar {year}: {message}")]
    Calendar { year: i32, message: String },
}

/// The profile is not acceptable. `Display` always starts with the field name, e.g.
/// "entry_date: 2026-02-30 is not a real date".
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ProfileError {
    #[error("invalid JSON: {0}")]
    Json(String),
    #[error("profile: expected a JSON object")]
    NotAnObject,
    #[error("{0}: unknown field")]
    UnknownField(String),
    #[error("{0}: missing")]
    MissingField(&'static str),
    #[error("{field}: {message}")]
    Invalid {
        field: &'static str,
        message: String,
    },
}

impl ProfileError {
    /// The profile field the error is about, if any.
    pub fn field(&self) -> Option<&str> {
        match self {
            ProfileError::Json(_) | ProfileError::NotAnObject => None,
            ProfileError::UnknownField(f) => Some(f),
            ProfileError::MissingField(f) | ProfileError::Invalid { field: f, .. } => Some(f),
        }
    }
}

/// The assessment cannot be made.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum AssessError {
    #[error(transparent)]
    Profile(#[from] ProfileError),
    #[error("entry_date: {entry} is after today ({today})")]
    EntryAfterToday { entry: NaiveDate, today: NaiveDate },
    #[error("{field}: {date} is after today ({today})")]
    DateAfterToday {
        field: &'static str,
        date: NaiveDate,
        today: NaiveDate,
    },
    #[error("today: {0} is outside the supported years {min}-{max}", min = crate::profile::MIN_YEAR, max = crate::profile::MAX_YEAR)]
    TodayOutOfRange(NaiveDate),
    /// Date arithmetic left the supported range; cannot happen for dates the profile accepts.
    #[error("{field}: date arithmetic out of range")]
    DateOverflow { field: &'static str },
    #[error("law data: {0}")]
    Law(#[from] LawError),
}

impl AssessError {
    /// The profile field the error is about, if any.
    pub fn field(&self) -> Option<&str> {
        match self {
            AssessError::Profile(e) => e.field(),
            AssessError::EntryAfterToday { .. } => Some("entry_date"),
            AssessError::DateAfterToday { field, .. } | AssessError::DateOverflow { field } => {
                Some(field)
            }
            AssessError::TodayOutOfRange(_) | AssessError::Law(_) => None,
        }
    }
}
