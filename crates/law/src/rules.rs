//! The data model of `law/rules.toml`: one [`Rule`] per legal fact, with its source, the dates it is in force
//! and its confidence, plus the parsing and validation that `Law::embedded()` runs.

use std::collections::BTreeMap;
use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::LawError;

/// law.md's confidence scale. Ordered `Low < Medium < High`, so `min` gives the weakest link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// The lowest level.
    Low,
    /// The middle level; like `Low`, it makes an answer uncertain.
    Medium,
    /// The highest level: the only one the engine treats as certain.
    High,
}

/// A rule's status as of the review date. Pending rules (bills, drafts) are data only and never applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RuleStatus {
    /// Adopted law: in force on the review date, or from a later date.
    InForce,
    /// A bill or a draft: never applied as law.
    Pending,
    /// No longer in force: `in_force_until` is before the review date.
    Ended,
}

/// Where a user should check a fact the bot is not sure about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Check {
    /// The MVD migration unit (отдел по вопросам миграции).
    MvdOffice,
    /// The Multifunctional Migration Centre (MMC, Sakharovo) in the Moscow region.
    Mmc,
    /// The official MVD register check page (the URL is in rule `rkl.register`).
    MvdRklPage,
    /// The Gosuslugi state services portal.
    Gosuslugi,
    /// Ask the hotel (it files the arrival notice for its guests).
    Hotel,
}

/// When a rule starts to apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LawDate {
    /// From this date: the first day in force.
    On(NaiveDate),
    /// In force well before any date the bot handles; law.md gives no precise start ("long-standing").
    LongStanding,
    /// Not known: allowed only for pending rules.
    Unknown,
}

impl LawDate {
    fn parse(s: &str) -> Result<LawDate, String> {
        match s {
            "long-standing" => Ok(LawDate::LongStanding),
            "unknown" => Ok(LawDate::Unknown),
            _ => NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .map(LawDate::On)
                .map_err(|_| format!("'{s}' is not YYYY-MM-DD, 'long-standing' or 'unknown'")),
        }
    }
}

impl fmt::Display for LawDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LawDate::On(d) => write!(f, "{}", d.format("%Y-%m-%d")),
            LawDate::LongStanding => f.write_str("long-standing"),
            LawDate::Unknown => f.write_str("unknown"),
        }
    }
}

impl Serialize for LawDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for LawDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        LawDate::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// The numbers of a rule. Every field is optional; `Law::embedded()` checks that each rule the engine reads
/// has the fields it needs (see `REQUIRED_VALUES`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleValue {
    /// Calendar days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days: Option<u32>,
    /// The other reading of a disputed term (e.g. Belarus 90 vs 30 days); never used for a due date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alt_days: Option<u32>,
    /// Working days (by the production calendar).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub working_days: Option<u32>,
    /// Months.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub months: Option<u32>,
    /// Years.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub years: Option<u32>,
    /// A length in hours.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<u32>,
    /// The lower or shorter number of hours: the low end of a range, or an urgent variant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours_min: Option<u32>,
    /// The high end of a range of hours.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours_max: Option<u32>,
    /// A fixed amount in roubles (duty, monthly payment, cash limit).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rub: Option<u32>,
    /// The low end of a range in roubles (a fine).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rub_min: Option<u32>,
    /// The high end of a range in roubles (a fine).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rub_max: Option<u32>,
    /// A length in days above which the rule bites (overstay bans; stay length that needs a medical check).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold_days: Option<u32>,
    /// The length of a rolling counting window (the old 90-in-180 rule).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub window_days: Option<u32>,
    /// A number of offences, or of breaches of duties, that the rule counts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offences: Option<u32>,
    /// The period, in years, within which `offences` are counted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub within_years: Option<u32>,
    /// First day of a window the rule defines (e.g. the amnesty window).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<NaiveDate>,
    /// Last day of a window the rule defines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<NaiveDate>,
    /// Citizenships (ISO alpha-2) the rule names: covered (EAEU, Amina) or exempt (medical check).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub countries: Vec<String>,
    /// A multiplier in a formula (the patent payment's deflator).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coefficient: Option<f64>,
    /// Regions (`Region` names: `moscow`, `spb`, ...) the rule is about: a regional payment, a pair of regions
    /// sharing one patent, the offices of a region.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub regions: Vec<String>,
}

/// A fine or other amount range in roubles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RubRange {
    /// The low end, in roubles.
    pub min: u32,
    /// The high end, in roubles.
    pub max: u32,
}

/// One legal fact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Stable, readable id that the engine and the texts refer to (see [`crate::ids`]); never renumbered.
    pub id: String,
    /// What the rule says, in one line (English, for the reviewer).
    pub title: String,
    /// The numbers.
    #[serde(default)]
    pub value: RuleValue,
    /// Human-readable citation.
    pub source: String,
    /// Where it was found; the first URL is shown to users as the link.
    #[serde(default)]
    pub urls: Vec<String>,
    /// When the rule starts to apply.
    pub in_force_from: LawDate,
    /// The last day the rule is in force, if it ends.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_force_until: Option<NaiveDate>,
    /// Another start date some sources give (law.md conflicts); between the two the answer is flagged uncertain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alt_in_force_from: Option<NaiveDate>,
    /// In force, pending or ended, as of the review date.
    pub status: RuleStatus,
    /// How sure the data is of it (law.md's scale).
    pub confidence: Confidence,
    /// Where a user should check when the rule is uncertain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check: Option<Check>,
    /// What law.md's conflicts section says about this rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conflict: Option<String>,
    /// Row or section of law.md.
    pub law_md: String,
    /// A remark for the reviewer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// A rule that belongs to a family looked up by region and date rather than by id (e.g. `patent.payment`:
    /// one rule per region and year). Its id starts with the family name; a new year is a data change only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    /// Pending rules: the last known stage of the bill or draft (e.g. "1st reading in the State Duma").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<String>,
    /// Pending rules: the date of that stage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage_on: Option<NaiveDate>,
    /// Pending rules: where to check whether it has passed (a URL).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub watch: Option<String>,
    /// The date this rule was last re-checked against public sources (later than the sources of law.md).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified_on: Option<NaiveDate>,
}

impl Rule {
    /// Is the rule law on `date`? Pending rules never are, whatever their dates.
    pub fn is_in_force_on(&self, date: NaiveDate) -> bool {
        if self.status == RuleStatus::Pending {
            return false;
        }
        let started = match self.in_force_from {
            LawDate::On(from) => from <= date,
            LawDate::LongStanding => true,
            LawDate::Unknown => false,
        };
        started && self.in_force_until.is_none_or(|until| date <= until)
    }

    /// Uncertain = below high confidence. A `conflict` recorded in law.md is flagged by the engine only where it
    /// changes the answer (e.g. the stay limit's disputed start date, for entries in the disputed weeks), since
    /// law.md itself keeps some conflicted rules at high (Uzbek 15 days: calendar days, with a note).
    pub fn is_uncertain(&self) -> bool {
        self.confidence < Confidence::High
    }

    /// The first URL, shown to users as the link.
    pub fn source_url(&self) -> Option<&str> {
        self.urls.first().map(String::as_str)
    }

    /// Calendar days (`value.days`).
    pub fn days(&self) -> Option<u32> {
        self.value.days
    }
    /// Working days (`value.working_days`).
    pub fn working_days(&self) -> Option<u32> {
        self.value.working_days
    }
    /// Months (`value.months`).
    pub fn months(&self) -> Option<u32> {
        self.value.months
    }
    /// Years (`value.years`).
    pub fn years(&self) -> Option<u32> {
        self.value.years
    }
    /// An amount in roubles (`value.rub`).
    pub fn rub(&self) -> Option<u32> {
        self.value.rub
    }
    /// The threshold in days (`value.threshold_days`).
    pub fn threshold_days(&self) -> Option<u32> {
        self.value.threshold_days
    }
    /// The range in roubles (`value.rub_min` to `value.rub_max`), when both are given.
    pub fn rub_range(&self) -> Option<RubRange> {
        Some(RubRange {
            min: self.value.rub_min?,
            max: self.value.rub_max?,
        })
    }
    /// The window `(from, until)` the rule defines, both days inclusive.
    pub fn window(&self) -> Option<(NaiveDate, NaiveDate)> {
        Some((self.value.from?, self.value.until?))
    }
    /// Does the rule name this citizenship (ISO alpha-2 code, in `value.countries`)?
    pub fn names_country(&self, code: &str) -> bool {
        self.value.countries.iter().any(|c| c == code)
    }
    /// Does the rule name this region (`Region::as_str`)?
    pub fn names_region(&self, region: &str) -> bool {
        self.value.regions.iter().any(|r| r == region)
    }
    /// Is the rule in force on some day of `from..=until`?
    pub fn overlaps(&self, from: NaiveDate, until: NaiveDate) -> bool {
        if self.status == RuleStatus::Pending {
            return false;
        }
        let starts_by = match self.in_force_from {
            LawDate::On(start) => start <= until,
            LawDate::LongStanding => true,
            LawDate::Unknown => false,
        };
        starts_by && self.in_force_until.is_none_or(|end| end >= from)
    }
}

/// The value fields a rule can be required to have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field {
    Days,
    WorkingDays,
    Months,
    Years,
    Rub,
    RubRange,
    ThresholdDays,
    Window,
    Countries,
    Regions,
}

impl Field {
    pub(crate) fn present(self, v: &RuleValue) -> bool {
        match self {
            Field::Days => v.days.is_some(),
            Field::WorkingDays => v.working_days.is_some(),
            Field::Months => v.months.is_some(),
            Field::Years => v.years.is_some(),
            Field::Rub => v.rub.is_some(),
            Field::RubRange => v.rub_min.is_some() && v.rub_max.is_some(),
            Field::ThresholdDays => v.threshold_days.is_some(),
            Field::Window => v.from.is_some() && v.until.is_some(),
            Field::Countries => !v.countries.is_empty(),
            Field::Regions => !v.regions.is_empty(),
        }
    }
    pub(crate) fn name(self) -> &'static str {
        match self {
            Field::Days => "days",
            Field::WorkingDays => "working_days",
            Field::Months => "months",
            Field::Years => "years",
            Field::Rub => "rub",
            Field::RubRange => "rub_min/rub_max",
            Field::ThresholdDays => "threshold_days",
            Field::Window => "from/until",
            Field::Countries => "countries",
            Field::Regions => "regions",
        }
    }
}

/// The top level of `law/rules.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RulesFile {
    as_of: NaiveDate,
    sources_until: NaiveDate,
    review: String,
    rule: Vec<Rule>,
}

/// What the data says about its own review: when it was reviewed, up to when its sources were followed, and
/// what was checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Review {
    /// The date the data was last reviewed (`as_of`).
    pub as_of: NaiveDate,
    /// The sources behind most rules (law.md) were followed up to about this date; later changes are only known
    /// where a rule says `verified_on`.
    pub sources_until: NaiveDate,
    /// What was checked, in one paragraph (English, for the reviewer).
    pub note: String,
}

/// Parse and validate `law/rules.toml`. Returns the review and the rules by id.
pub(crate) fn load(text: &str) -> Result<(Review, BTreeMap<String, Rule>), LawError> {
    load_with(text, None).map(|l| (l.review, l.rules))
}

/// An older `law/rules.toml`, read by [`load_older`].
pub(crate) struct Older {
    pub(crate) review: Review,
    pub(crate) rules: BTreeMap<String, Rule>,
    /// The ids taken from the current version, in `REQUIRED_VALUES` order.
    pub(crate) filled: Vec<String>,
}

/// [`load`] for an older version of `law/rules.toml`: a rule the engine requires (`REQUIRED_VALUES`) that the
/// text lacks is taken from `current` (it did not exist then, so it cannot have changed). Everything else is
/// validated as [`load`] does.
pub(crate) fn load_older(text: &str, current: &BTreeMap<String, Rule>) -> Result<Older, LawError> {
    load_with(text, Some(current))
}

fn load_with(text: &str, fallback: Option<&BTreeMap<String, Rule>>) -> Result<Older, LawError> {
    let file: RulesFile = toml::from_str(text).map_err(|e| LawError::Parse {
        file: "rules.toml",
        message: e.to_string(),
    })?;
    if file.sources_until > file.as_of {
        return Err(LawError::Parse {
            file: "rules.toml",
            message: "sources_until is after as_of".into(),
        });
    }
    let mut rules = BTreeMap::new();
    for rule in file.rule {
        validate_rule(&rule, file.as_of)?;
        let id = rule.id.clone();
        if rules.insert(id.clone(), rule).is_some() {
            return Err(invalid(&id, "duplicate id"));
        }
    }
    let mut filled = Vec::new();
    for (id, fields) in crate::ids::REQUIRED_VALUES {
        if !rules.contains_key(*id) {
            if let Some(rule) = fallback.and_then(|f| f.get(*id)) {
                rules.insert(id.to_string(), rule.clone());
                filled.push(id.to_string());
            }
        }
        let rule = rules
            .get(*id)
            .ok_or_else(|| LawError::MissingRule(id.to_string()))?;
        for field in *fields {
            if !field.present(&rule.value) {
                return Err(LawError::MissingValue {
                    rule: id.to_string(),
                    field: field.name(),
                });
            }
        }
    }
    validate_families(&rules)?;
    let review = Review {
        as_of: file.as_of,
        sources_until: file.sources_until,
        note: file.review,
    };
    Ok(Older {
        review,
        rules,
        filled,
    })
}

/// Family members: the id carries the family name, the regions are real, the fields the family needs are there,
/// and no two members for the same region are in force on the same day (so the look-up by region and date has one
/// answer).
fn validate_families(rules: &BTreeMap<String, Rule>) -> Result<(), LawError> {
    for rule in rules.values() {
        let Some(family) = rule.family.as_deref() else {
            continue;
        };
        let id = rule.id.as_str();
        let Some((_, fields)) = crate::ids::FAMILIES.iter().find(|(f, _)| *f == family) else {
            return Err(invalid(id, format!("unknown family '{family}'")));
        };
        if !id.starts_with(&format!("{family}.")) {
            return Err(invalid(id, format!("id must start with '{family}.'")));
        }
        for field in *fields {
            if !field.present(&rule.value) {
                return Err(LawError::MissingValue {
                    rule: id.to_string(),
                    field: field.name(),
                });
            }
        }
        if let Some(bad) = rule
            .value
            .regions
            .iter()
            .find(|r| r.parse::<crate::profile::Region>().is_err())
        {
            return Err(invalid(id, format!("unknown region '{bad}'")));
        }
    }
    let members: Vec<&Rule> = rules.values().filter(|r| r.family.is_some()).collect();
    for (i, a) in members.iter().enumerate() {
        for b in &members[i + 1..] {
            let same_family = a.family == b.family;
            let shared_region = a.value.regions.iter().any(|r| b.names_region(r));
            if same_family && shared_region && periods_overlap(a, b) {
                return Err(invalid(
                    &b.id,
                    format!("in force on the same days as {} for the same region", a.id),
                ));
            }
        }
    }
    Ok(())
}

fn periods_overlap(a: &Rule, b: &Rule) -> bool {
    if a.status == RuleStatus::Pending || b.status == RuleStatus::Pending {
        return false;
    }
    let start = |r: &Rule| match r.in_force_from {
        LawDate::On(d) => Some(d),
        _ => None,
    };
    let (a_start, b_start) = (start(a), start(b));
    let a_ends_before_b = matches!((a.in_force_until, b_start), (Some(end), Some(s)) if end < s);
    let b_ends_before_a = matches!((b.in_force_until, a_start), (Some(end), Some(s)) if end < s);
    !(a_ends_before_b || b_ends_before_a)
}

fn invalid(id: &str, message: impl Into<String>) -> LawError {
    LawError::InvalidRule {
        rule: id.to_string(),
        message: message.into(),
    }
}

/// Every rule has an id, a source, dates and a status consistent with those dates on the review date.
fn validate_rule(rule: &Rule, as_of: NaiveDate) -> Result<(), LawError> {
    let id = rule.id.as_str();
    let id_ok = !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'_');
    if !id_ok {
        return Err(invalid(id, "id must be non-empty [a-z0-9._]"));
    }
    for (name, text) in [
        ("source", &rule.source),
        ("title", &rule.title),
        ("law_md", &rule.law_md),
    ] {
        if text.trim().is_empty() {
            return Err(invalid(id, format!("{name} is empty")));
        }
    }
    if let Some(url) = rule
        .urls
        .iter()
        .find(|u| !(u.starts_with("https://") || u.starts_with("http://")))
    {
        return Err(invalid(id, format!("url '{url}' is not http(s)")));
    }
    if let (LawDate::On(from), Some(until)) = (rule.in_force_from, rule.in_force_until) {
        if until < from {
            return Err(invalid(id, "in_force_until is before in_force_from"));
        }
    }
    if let (Some(from), Some(until)) = (rule.value.from, rule.value.until) {
        if until < from {
            return Err(invalid(id, "value.until is before value.from"));
        }
    }
    if let (Some(min), Some(max)) = (rule.value.rub_min, rule.value.rub_max) {
        if max < min {
            return Err(invalid(id, "rub_max is below rub_min"));
        }
    }
    if let Some(url) = rule.watch.as_deref() {
        if !(url.starts_with("https://") || url.starts_with("http://")) {
            return Err(invalid(id, format!("watch '{url}' is not http(s)")));
        }
    }
    for (name, date) in [
        ("stage_on", rule.stage_on),
        ("verified_on", rule.verified_on),
    ] {
        if date.is_some_and(|d| d > as_of) {
            return Err(invalid(id, format!("{name} is after as_of {as_of}")));
        }
    }
    if rule.status == RuleStatus::Pending
        && (rule.stage.as_deref().is_none_or(|s| s.trim().is_empty())
            || rule.stage_on.is_none()
            || rule.watch.is_none())
    {
        return Err(invalid(
            id,
            "a pending rule needs stage, stage_on and watch (its last known stage and where to check it)",
        ));
    }
    match rule.status {
        RuleStatus::Pending => Ok(()),
        _ if rule.in_force_from == LawDate::Unknown => Err(invalid(
            id,
            "in_force_from 'unknown' is allowed only for pending rules",
        )),
        // Adopted law: in force on the review date, or from a later date (e.g. next year's payment).
        RuleStatus::InForce
            if !rule.is_in_force_on(as_of)
                && !matches!(rule.in_force_from, LawDate::On(from) if from > as_of) =>
        {
            Err(invalid(
                id,
                format!("status in_force but not in force on {as_of} nor starting later"),
            ))
        }
        RuleStatus::Ended if rule.in_force_until.is_none_or(|u| u >= as_of) => Err(invalid(
            id,
            format!("status ended needs in_force_until before {as_of}"),
        )),
        _ => Ok(()),
    }
}
