//! The Russian production calendar (law.md Q11): which days are working days.
//!
//! Years with a Government transfer decree come from `law/calendar.toml`. Any other year falls back to
//! Mon-Fri minus the fixed holidays of Labour Code art. 112, and every answer says which basis it used so a
//! result can be marked less certain.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use crate::error::LawError;
use crate::rules::Confidence;

/// One year's decree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct YearCalendar {
    /// The calendar year.
    pub year: i32,
    /// The Government decree on transferring days off, as cited.
    pub decree: String,
    /// Where the decree was found.
    pub urls: Vec<String>,
    /// How sure the data is of this year's days.
    pub confidence: Confidence,
    /// The published (or counted) number of working days; validated against the lists.
    pub working_days: u32,
    /// Monday-to-Friday days that are days off: holidays and transferred days off.
    pub non_working_weekdays: BTreeSet<NaiveDate>,
    /// Saturdays that are working days (transferred).
    pub working_saturdays: BTreeSet<NaiveDate>,
}

/// The rule for years without a decree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fallback {
    /// The citation the fallback rests on.
    pub source: String,
    /// (month, day) of the fixed holidays.
    pub fixed_holidays: Vec<(u32, u32)>,
    /// The confidence of any answer that used the fallback.
    pub confidence: Confidence,
}

/// What the calendar says about a day, and on what basis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayInfo {
    /// The day is a working day.
    pub working: bool,
    /// False when the year has no decree in the data and the fallback was used.
    pub from_decree: bool,
    /// The confidence of the basis: the year's decree, or the fallback.
    pub confidence: Confidence,
}

/// The production calendar: the decree years of `law/calendar.toml`, and the fallback for any other year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProductionCalendar {
    years: BTreeMap<i32, YearCalendar>,
    fallback: Fallback,
}

impl ProductionCalendar {
    /// The decree for `year`, if the data has one.
    pub fn year(&self, year: i32) -> Option<&YearCalendar> {
        self.years.get(&year)
    }

    /// Every year with a decree in the data, in year order.
    pub fn years(&self) -> impl Iterator<Item = &YearCalendar> {
        self.years.values()
    }

    /// The rule for years without a decree.
    pub fn fallback(&self) -> &Fallback {
        &self.fallback
    }

    /// Is `date` a working day (by its year's decree, or the fallback)?
    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        self.day(date).working
    }

    /// What the calendar says about `date`, and on what basis.
    pub fn day(&self, date: NaiveDate) -> DayInfo {
        let weekend = matches!(date.weekday(), Weekday::Sat | Weekday::Sun);
        match self.years.get(&date.year()) {
            Some(y) => DayInfo {
                working: if weekend {
                    y.working_saturdays.contains(&date)
                } else {
                    !y.non_working_weekdays.contains(&date)
                },
                from_decree: true,
                confidence: y.confidence,
            },
            None => DayInfo {
                working: !weekend
                    && !self
                        .fallback
                        .fixed_holidays
                        .contains(&(date.month(), date.day())),
                from_decree: false,
                confidence: self.fallback.confidence,
            },
        }
    }

    /// Working days in `year` according to this calendar (decree or fallback).
    pub fn count_working_days(&self, year: i32) -> u32 {
        let (Some(start), Some(end)) = (
            NaiveDate::from_ymd_opt(year, 1, 1),
            NaiveDate::from_ymd_opt(year, 12, 31),
        ) else {
            return 0;
        };
        start
            .iter_days()
            .take_while(|d| *d <= end)
            .filter(|d| self.is_working_day(*d))
            .count() as u32
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CalendarFile {
    fallback: FallbackFile,
    year: Vec<YearFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FallbackFile {
    source: String,
    fixed_holidays: Vec<String>,
    confidence: Confidence,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct YearFile {
    year: i32,
    decree: String,
    urls: Vec<String>,
    confidence: Confidence,
    working_days: u32,
    non_working_weekdays: Vec<NaiveDate>,
    working_saturdays: Vec<NaiveDate>,
}

/// Parse and validate `law/calendar.toml`.
pub(crate) fn load(text: &str) -> Result<ProductionCalendar, LawError> {
    let file: CalendarFile = toml::from_str(text).map_err(|e| LawError::Parse {
        file: "calendar.toml",
        message: e.to_string(),
    })?;
    let fallback = Fallback {
        fixed_holidays: file
            .fallback
            .fixed_holidays
            .iter()
            .map(|md| parse_month_day(md))
            .collect::<Result<_, _>>()?,
        source: file.fallback.source,
        confidence: file.fallback.confidence,
    };
    let mut years = BTreeMap::new();
    for y in file.year {
        let year = validate_year(y)?;
        let id = year.year;
        if years.insert(id, year).is_some() {
            return Err(cal_err(id, "year listed twice"));
        }
    }
    let calendar = ProductionCalendar { years, fallback };
    for y in calendar.years.values() {
        let counted = calendar.count_working_days(y.year);
        if counted != y.working_days {
            return Err(cal_err(
                y.year,
                format!(
                    "lists give {counted} working days, data says {}",
                    y.working_days
                ),
            ));
        }
    }
    Ok(calendar)
}

fn cal_err(year: i32, message: impl Into<String>) -> LawError {
    LawError::Calendar {
        year,
        message: message.into(),
    }
}

fn parse_month_day(md: &str) -> Result<(u32, u32), LawError> {
    let bad = || cal_err(0, format!("fixed holiday '{md}' is not MM-DD"));
    let (m, d) = md.split_once('-').ok_or_else(bad)?;
    let (m, d): (u32, u32) = (m.parse().map_err(|_| bad())?, d.parse().map_err(|_| bad())?);
    // 2024 is a leap year, so any real month-day is accepted.
    NaiveDate::from_ymd_opt(2024, m, d).ok_or_else(bad)?;
    Ok((m, d))
}

/// The lists must hold real weekdays / Saturdays of the stated year, so the day rule above is unambiguous.
fn validate_year(y: YearFile) -> Result<YearCalendar, LawError> {
    for d in &y.non_working_weekdays {
        if d.year() != y.year || matches!(d.weekday(), Weekday::Sat | Weekday::Sun) {
            return Err(cal_err(
                y.year,
                format!("{d} is not a weekday of {}", y.year),
            ));
        }
    }
    for d in &y.working_saturdays {
        if d.year() != y.year || d.weekday() != Weekday::Sat {
            return Err(cal_err(
                y.year,
                format!("{d} is not a Saturday of {}", y.year),
            ));
        }
    }
    if y.decree.trim().is_empty() || y.urls.is_empty() {
        return Err(cal_err(y.year, "decree and urls are required"));
    }
    Ok(YearCalendar {
        year: y.year,
        decree: y.decree,
        urls: y.urls,
        confidence: y.confidence,
        working_days: y.working_days,
        non_working_weekdays: y.non_working_weekdays.into_iter().collect(),
        working_saturdays: y.working_saturdays.into_iter().collect(),
    })
}
