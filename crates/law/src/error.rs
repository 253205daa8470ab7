//! Typed errors. Every error about user input names the profile field it is about.

use chrono::NaiveDate;
use thiserror::Error;

/// The law data is malformed. With the embedded data this cannot happen once the test suite passes.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum LawError {
    /// A data file cannot be parsed, or its top-level dates disagree.
    #[error("{file}: {message}")]
    Parse {
        /// The file's name (`rules.toml`, `calendar.toml`, `offices.toml`).
        file: &'static str,
        /// What is wrong.
        message: String,
    },
    /// A rule, or an office of `offices.toml`, fails validation.
    #[error("rule {rule}: {message}")]
    InvalidRule {
        /// The rule's id, or `office <id>` for an office.
        rule: String,
        /// What is wrong.
        message: String,
    },
    /// A rule the code needs is not in the data (its id).
    #[error("rule {0} is missing from rules.toml")]
    MissingRule(String),
    /// A rule lacks a value the code needs.
    #[error("rule {rule}: value.{field} is missing")]
    MissingValue {
        /// The rule's id.
        rule: String,
        /// The missing `value` field (`days`, `rub_min/rub_max`, ...).
        field: &'static str,
    },
    /// A year of `calendar.toml`, or its fallback, fails validation.
    #[error("calendar {year}: {message}")]
    Calendar {
        /// The year; 0 for a malformed fallback holiday.
        year: i32,
        /// What is wrong.
        message: String,
    },
}

/// The profile is not acceptable. `Display` always starts with the field name, e.g.
/// "entry_date: 2026-02-30 is not a real date".
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ProfileError {
    /// Not valid JSON (the parser's message).
    #[error("invalid JSON: {0}")]
    Json(String),
    /// The JSON is not an object.
    #[error("profile: expected a JSON object")]
    NotAnObject,
    /// A key that is not a profile field (the key).
    #[error("{0}: unknown field")]
    UnknownField(String),
    /// A required field is absent (its name).
    #[error("{0}: missing")]
    MissingField(&'static str),
    /// A field's value is not acceptable.
    #[error("{field}: {message}")]
    Invalid {
        /// The field's name.
        field: &'static str,
        /// Why the value is not acceptable.
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
    /// The profile is not acceptable.
    #[error(transparent)]
    Profile(#[from] ProfileError),
    /// The entry date is after the day assessed.
    #[error("entry_date: {entry} is after today ({today})")]
    EntryAfterToday {
        /// The entry date.
        entry: NaiveDate,
        /// The day assessed.
        today: NaiveDate,
    },
    /// A profile date of something that has happened is after the day assessed.
    #[error("{field}: {date} is after today ({today})")]
    DateAfterToday {
        /// The profile field.
        field: &'static str,
        /// Its date.
        date: NaiveDate,
        /// The day assessed.
        today: NaiveDate,
    },
    /// The day assessed is outside the supported years (`MIN_YEAR..=MAX_YEAR`).
    #[error("today: {0} is outside the supported years {min}-{max}", min = crate::profile::MIN_YEAR, max = crate::profile::MAX_YEAR)]
    TodayOutOfRange(NaiveDate),
    /// Date arithmetic left the supported range; cannot happen for dates the profile accepts.
    #[error("{field}: date arithmetic out of range")]
    DateOverflow {
        /// The profile field the arithmetic started from.
        field: &'static str,
    },
    /// The law data is malformed.
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
