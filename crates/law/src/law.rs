//! [`Law`]: every rule and the production calendar, parsed and validated.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::calendar::{self, ProductionCalendar};
use crate::error::LawError;
use crate::offices::{self, Offices};
use crate::profile::Region;
use crate::rules::{self, Review, RubRange, Rule};

const RULES_TOML: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../law/rules.toml"));
const CALENDAR_TOML: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../law/calendar.toml"
));
const OFFICES_TOML: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../law/offices.toml"
));

/// All rules and calendars, validated. Cheap to share by reference; build it once at start-up.
#[derive(Debug, Clone, PartialEq)]
pub struct Law {
    review: Review,
    rules: BTreeMap<String, Rule>,
    calendar: ProductionCalendar,
    offices: Offices,
}

/// The texts of the law data built into this binary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sources {
    /// The text of `law/rules.toml`.
    pub rules: &'static str,
    /// The text of `law/calendar.toml`.
    pub calendar: &'static str,
    /// The text of `law/offices.toml`.
    pub offices: &'static str,
}

/// An older version of the law data, read against the current one ([`Law::from_older_toml`]).
#[derive(Debug, Clone, PartialEq)]
pub struct OlderLaw {
    /// The older version; the rules it lacked are the current ones.
    pub law: Law,
    /// The ids of the rules the engine requires that the older texts lack, taken from the current version.
    pub filled: Vec<String>,
}

impl Law {
    /// The embedded data as text (to record which version planned what).
    pub fn embedded_sources() -> Sources {
        Sources {
            rules: RULES_TOML,
            calendar: CALENDAR_TOML,
            offices: OFFICES_TOML,
        }
    }

    /// Parse and validate the data embedded at build time (`law/rules.toml`, `law/calendar.toml`).
    pub fn embedded() -> Result<Law, LawError> {
        Law::from_toml(RULES_TOML, CALENDAR_TOML)
    }

    /// Parse and validate the given texts (same format as the embedded files); the offices are the embedded ones.
    pub fn from_toml(rules_toml: &str, calendar_toml: &str) -> Result<Law, LawError> {
        Law::from_toml_with_offices(rules_toml, calendar_toml, OFFICES_TOML)
    }

    /// Parse and validate all three files.
    pub fn from_toml_with_offices(
        rules_toml: &str,
        calendar_toml: &str,
        offices_toml: &str,
    ) -> Result<Law, LawError> {
        let (review, rules) = rules::load(rules_toml)?;
        let calendar = calendar::load(calendar_toml)?;
        let offices = offices::load(offices_toml)?;
        Ok(Law {
            review,
            rules,
            calendar,
            offices,
        })
    }

    /// Parse and validate the texts of an OLDER version of the data, to compare it with `current` (the law-change
    /// notice, `musofir law diff`). A newer engine requires rules an older version did not have: each required
    /// rule id the older texts lack takes its definition from `current`, so it shows no change (it did not exist
    /// before, so it cannot have changed) and the older version can still be assessed. Rules only the older texts
    /// have are kept (a rule removed since then). Anything else invalid in the older texts is an error, as in
    /// [`Law::from_toml_with_offices`]: nothing else is filled in or defaulted.
    pub fn from_older_toml(
        rules_toml: &str,
        calendar_toml: &str,
        offices_toml: &str,
        current: &Law,
    ) -> Result<OlderLaw, LawError> {
        let older = rules::load_older(rules_toml, &current.rules)?;
        let calendar = calendar::load(calendar_toml)?;
        let offices = offices::load(offices_toml)?;
        Ok(OlderLaw {
            law: Law {
                review: older.review,
                rules: older.rules,
                calendar,
                offices,
            },
            filled: older.filled,
        })
    }

    /// Where to go by region (`law/offices.toml`).
    pub fn offices(&self) -> &Offices {
        &self.offices
    }

    /// The date the data was last reviewed.
    pub fn as_of(&self) -> NaiveDate {
        self.review.as_of
    }

    /// The sources behind most rules were followed up to about this date (law.md); a rule with `verified_on`
    /// was re-checked later. Texts say "checked up to …", never "not law" or "none found" without this date.
    pub fn sources_until(&self) -> NaiveDate {
        self.review.sources_until
    }

    /// The review: as-of date, how far the sources were followed, what was checked.
    pub fn review(&self) -> &Review {
        &self.review
    }

    /// The member of `family` that names `region` and is in force on `date` (validation guarantees at most one).
    /// Families are looked up by region and date so that a new year or a new region is a data change only.
    pub fn family_rule(&self, family: &str, region: Region, date: NaiveDate) -> Option<&Rule> {
        self.rules.values().find(|r| {
            r.family.as_deref() == Some(family)
                && r.names_region(region.as_str())
                && r.is_in_force_on(date)
        })
    }

    /// Every member of `family` in force on `date`.
    pub fn family_in_force(&self, family: &str, date: NaiveDate) -> Vec<&Rule> {
        self.rules
            .values()
            .filter(|r| r.family.as_deref() == Some(family) && r.is_in_force_on(date))
            .collect()
    }

    /// The monthly patent payment rule for `region` on `date` (family `patent.payment`), when the data has one.
    pub fn patent_payment(&self, region: Region, date: NaiveDate) -> Option<&Rule> {
        self.family_rule(crate::ids::FAMILY_PATENT_PAYMENT, region, date)
    }

    /// A rule by id (see [`crate::ids`]).
    pub fn rule(&self, id: impl AsRef<str>) -> Option<&Rule> {
        self.rules.get(id.as_ref())
    }

    /// All rules, ordered by id.
    pub fn rules(&self) -> impl Iterator<Item = &Rule> {
        self.rules.values()
    }

    /// The production calendar.
    pub fn calendar(&self) -> &ProductionCalendar {
        &self.calendar
    }

    /// The rule if it is law on `date` (never a pending one).
    pub fn in_force(&self, id: &str, date: NaiveDate) -> Option<&Rule> {
        self.rule(id).filter(|r| r.is_in_force_on(date))
    }

    /// A rule the engine relies on. Its presence is checked by `embedded()`, so this only fails on data that did
    /// not come through validation.
    pub fn require(&self, id: &str) -> Result<&Rule, LawError> {
        self.rule(id)
            .ok_or_else(|| LawError::MissingRule(id.to_string()))
    }

    fn missing(id: &str, field: &'static str) -> LawError {
        LawError::MissingValue {
            rule: id.to_string(),
            field,
        }
    }

    /// Typed accessors for the explainers and the engine: the number or a `LawError` naming rule and field.
    pub fn days(&self, id: &str) -> Result<u32, LawError> {
        self.require(id)?
            .days()
            .ok_or_else(|| Self::missing(id, "days"))
    }
    /// The rule's `value.working_days`.
    pub fn working_days(&self, id: &str) -> Result<u32, LawError> {
        self.require(id)?
            .working_days()
            .ok_or_else(|| Self::missing(id, "working_days"))
    }
    /// The rule's `value.months`.
    pub fn months(&self, id: &str) -> Result<u32, LawError> {
        self.require(id)?
            .months()
            .ok_or_else(|| Self::missing(id, "months"))
    }
    /// The rule's `value.years`.
    pub fn years(&self, id: &str) -> Result<u32, LawError> {
        self.require(id)?
            .years()
            .ok_or_else(|| Self::missing(id, "years"))
    }
    /// The rule's `value.rub`.
    pub fn rub(&self, id: &str) -> Result<u32, LawError> {
        self.require(id)?
            .rub()
            .ok_or_else(|| Self::missing(id, "rub"))
    }
    /// The rule's `value.rub_min` and `value.rub_max`.
    pub fn rub_range(&self, id: &str) -> Result<RubRange, LawError> {
        self.require(id)?
            .rub_range()
            .ok_or_else(|| Self::missing(id, "rub_min/rub_max"))
    }
    /// The rule's `value.threshold_days`.
    pub fn threshold_days(&self, id: &str) -> Result<u32, LawError> {
        self.require(id)?
            .threshold_days()
            .ok_or_else(|| Self::missing(id, "threshold_days"))
    }
    /// The rule's window `(value.from, value.until)`, both days inclusive.
    pub fn window(&self, id: &str) -> Result<(NaiveDate, NaiveDate), LawError> {
        self.require(id)?
            .window()
            .ok_or_else(|| Self::missing(id, "from/until"))
    }
}
