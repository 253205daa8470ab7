//! Musofir's law engine: Russian migration law as data (`law/rules.toml`, `law/calendar.toml`), the production
//! calendar, and the pure deadline assessment. No I/O, no clock: `today` is always a parameter.
//!
//! ```
//! use chrono::NaiveDate;
//! use musofir_law::{assess, DeadlineKind, Law, Profile, Status};
//!
//! let law = Law::embedded()?; // once, at start-up
//! let profile = Profile::from_json(r#"{"citizenship":"UZ","entry_date":"2026-03-05","purpose":"work"}"#)?;
//! let today = NaiveDate::from_ymd_opt(2026, 3, 10).unwrap();
//! let a = assess(&profile, today, &law)?;
//! let reg = a.deadline(DeadlineKind::Registration).unwrap();
//! // "15 days from entry": the entry day may count as day 1, so the safe date is shown, the other reading beside.
//! assert_eq!(reg.due, NaiveDate::from_ymd_opt(2026, 3, 19).unwrap());
//! assert_eq!(reg.alt_due, NaiveDate::from_ymd_opt(2026, 3, 20));
//! assert!(reg.uncertain);
//! assert_eq!(reg.status, Status::Upcoming);
//! // Explainers read numbers from the data by rule id, never from texts:
//! assert_eq!(law.days(musofir_law::ids::REGISTRATION_TERM_UZ)?, 15);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod assessment;
pub mod calendar;
pub mod counting;
pub mod diff;
mod error;
pub mod ids;
mod law;
pub mod offices;
pub mod profile;
pub mod rules;

pub use assessment::{
    assess, Action, Amount, Assessment, Consequence, Deadline, DeadlineKind, Fine, NextStep, Note,
    Place, Risk, RiskKind, RiskLevel, Status, StepId,
};
pub use calendar::{DayInfo, ProductionCalendar, YearCalendar};
pub use diff::{diff_assessments, diff_law, Aspect, LawDiff, RuleChangeKind, RuleDiff, UserChange};
pub use error::{AssessError, LawError, ProfileError};
pub use law::{Law, OlderLaw, Sources};
pub use offices::{HowToFind, Office, Offices, Service, Where};
pub use profile::{Citizenship, CitizenshipGroup, Housing, LostDocument, Profile, Purpose, Region};
pub use rules::{Check, Confidence, LawDate, Review, RubRange, Rule, RuleStatus, RuleValue};
