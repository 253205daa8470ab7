//! Time is injected: logic takes `today`/`now` as arguments, and only the
//! shells ask a [`Clock`]. Tests use [`ManualClock`]; `faketime` works on the
//! real one.

use std::sync::{Arc, Mutex};

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;

pub trait Clock: Send + Sync {
    fn now(&self) -> DateTime<Utc>;

    /// Today's date where the user's deadlines are counted.
    fn today_in(&self, tz: Tz) -> NaiveDate {
        self.now().with_timezone(&tz).date_naive()
    }
}

/// Moscow time: the default zone for users' dates and reminders.
pub const MOSCOW: Tz = chrono_tz::Europe::Moscow;

pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// The system clock shifted to start at a chosen instant and then run in
/// real time: `MUSOFIR_FAKE_NOW` (RFC 3339) for end-to-end tests and demos of
/// deadlines, like `faketime` but without it. Never set it in production.
pub struct OffsetClock {
    offset: chrono::Duration,
}

impl OffsetClock {
    /// A clock that reads `start` now.
    pub fn starting_at(start: DateTime<Utc>) -> OffsetClock {
        OffsetClock {
            offset: start - Utc::now(),
        }
    }
}

impl Clock for OffsetClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now() + self.offset
    }
}

/// The clock the binary runs on: the system's, or an [`OffsetClock`] when
/// `fake_now` (the value of `MUSOFIR_FAKE_NOW`) is set.
pub fn from_env(fake_now: Option<String>) -> Result<Arc<dyn Clock>, String> {
    match fake_now.filter(|v| !v.trim().is_empty()) {
        None => Ok(Arc::new(SystemClock)),
        Some(v) => {
            let start = DateTime::parse_from_rfc3339(v.trim())
                .map_err(|e| format!("MUSOFIR_FAKE_NOW is not an RFC 3339 time ({e}): {v}"))?;
            tracing::warn!(start = %start, "MUSOFIR_FAKE_NOW: the clock is shifted (tests and demos only)");
            Ok(Arc::new(OffsetClock::starting_at(
                start.with_timezone(&Utc),
            )))
        }
    }
}

/// A clock that moves only when told to.
#[derive(Clone)]
pub struct ManualClock(Arc<Mutex<DateTime<Utc>>>);

impl ManualClock {
    pub fn new(at: DateTime<Utc>) -> ManualClock {
        ManualClock(Arc::new(Mutex::new(at)))
    }

    pub fn set(&self, at: DateTime<Utc>) {
        if let Ok(mut t) = self.0.lock() {
            *t = at;
        }
    }

    pub fn advance(&self, by: chrono::Duration) {
        if let Ok(mut t) = self.0.lock() {
            *t += by;
        }
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        self.0
            .lock()
            .map(|t| *t)
            .unwrap_or_else(|e| *e.into_inner())
    }
}
