//! The person's facts, as the bot's interview fills them in. Parse, don't validate: every field is a type that
//! can only hold an acceptable value, and every error names its field.

mod iso3166;

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

use crate::error::ProfileError;

/// Dates outside these years are rejected: nobody's stay is assessed there, and it keeps all date arithmetic far
/// from chrono's limits.
pub const MIN_YEAR: i32 = 2000;
/// The last supported year (see [`MIN_YEAR`]).
pub const MAX_YEAR: i32 = 2099;

fn unknown_value(got: &str, expected: &[&str]) -> String {
    format!(
        "unknown value '{got}' (expected one of {})",
        expected.join(", ")
    )
}

/// A closed set of snake_case string values with a helpful error for anything else.
macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The snake_case value, as in JSON.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
        }

        impl FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                match s {
                    $($text => Ok($name::$variant),)+
                    _ => Err(unknown_value(s, &[$($text),+])),
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.write_str(self.as_str()) }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> { s.serialize_str(self.as_str()) }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                s.parse().map_err(de::Error::custom)
            }
        }
    };
}

string_enum!(
    /// Purpose of entry as written on the migration card.
    Purpose {
        /// Work.
        Work => "work",
        /// Study.
        Study => "study",
        /// A private visit.
        Private => "private",
        /// Tourism.
        Tourism => "tourism",
        /// Business.
        Business => "business",
        /// Any other purpose.
        Other => "other",
    }
);

string_enum!(
    /// Where the person lives: a private address (the host registers them) or a hotel (the hotel does).
    Housing {
        /// A private address: the host files the arrival notice.
        Private => "private",
        /// A hotel: it files the arrival notice itself.
        Hotel => "hotel",
    }
);

string_enum!(
    /// The region of stay: the regions where most migrants live and the rules or the offices differ. Values are
    /// never renamed (they are stored); `other` is any region not listed.
    Region {
        /// The city of Moscow.
        Moscow => "moscow",
        /// Moscow oblast.
        MoscowOblast => "moscow_oblast",
        /// The city of St Petersburg.
        Spb => "spb",
        /// Leningrad oblast.
        LeningradOblast => "leningrad_oblast",
        /// Any region not listed.
        Other => "other",
        /// Sverdlovsk oblast (Yekaterinburg).
        Sverdlovsk => "sverdlovsk",
        /// Novosibirsk oblast.
        Novosibirsk => "novosibirsk",
        /// Republic of Tatarstan (Kazan).
        Tatarstan => "tatarstan",
        /// Krasnodar krai.
        Krasnodar => "krasnodar",
        /// Tyumen oblast (without its autonomous okrugs).
        Tyumen => "tyumen",
        /// Khanty-Mansi autonomous okrug (Yugra).
        Khmao => "khmao",
    }
);

impl Region {
    /// Moscow, St Petersburg and their oblasts: KoAP 18.8 parts 3/3.1 and 18.10 part 2 apply there.
    pub fn is_capital_region(self) -> bool {
        matches!(
            self,
            Region::Moscow | Region::MoscowOblast | Region::Spb | Region::LeningradOblast
        )
    }
    /// Moscow and Moscow oblast: the "Amina" experiment and the MMC (Sakharovo).
    pub fn is_moscow_region(self) -> bool {
        matches!(self, Region::Moscow | Region::MoscowOblast)
    }
}

string_enum!(
    /// A document the person lost (or that was damaged or stolen).
    LostDocument {
        /// The passport.
        Passport => "passport",
        /// The migration card.
        MigrationCard => "migration_card",
        /// The patent.
        Patent => "patent",
    }
);

string_enum!(
    /// The groups the rules treat differently.
    CitizenshipGroup {
        /// Uzbekistan (UZ).
        Uzbekistan => "uzbekistan",
        /// Tajikistan (TJ).
        Tajikistan => "tajikistan",
        /// Kyrgyzstan (KG), EAEU.
        Kyrgyzstan => "kyrgyzstan",
        /// Kazakhstan (KZ), EAEU.
        Kazakhstan => "kazakhstan",
        /// Armenia (AM), EAEU.
        Armenia => "armenia",
        /// Belarus (BY), EAEU.
        Belarus => "belarus",
        /// Ukraine (UA).
        Ukraine => "ukraine",
        /// Any other citizenship: the general rules.
        Other => "other",
    }
);

impl CitizenshipGroup {
    /// Members of the Eurasian Economic Union (other than Russia): no patent needed to work.
    pub fn is_eaeu(self) -> bool {
        matches!(
            self,
            CitizenshipGroup::Kyrgyzstan
                | CitizenshipGroup::Kazakhstan
                | CitizenshipGroup::Armenia
                | CitizenshipGroup::Belarus
        )
    }
}

/// A citizenship as an ISO 3166-1 alpha-2 code, upper case. Russia is refused: the rules are for foreigners.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Citizenship([u8; 2]);

/// The code for "another country, not named".
pub const OTHER_COUNTRY: &str = "XX";

impl Citizenship {
    /// The code, upper case (`XX` for another, unnamed country).
    pub fn as_str(&self) -> &str {
        // Only ASCII letters are ever stored.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }

    /// The group the rules put this citizenship in.
    pub fn group(&self) -> CitizenshipGroup {
        match &self.0 {
            b"UZ" => CitizenshipGroup::Uzbekistan,
            b"TJ" => CitizenshipGroup::Tajikistan,
            b"KG" => CitizenshipGroup::Kyrgyzstan,
            b"KZ" => CitizenshipGroup::Kazakhstan,
            b"AM" => CitizenshipGroup::Armenia,
            b"BY" => CitizenshipGroup::Belarus,
            b"UA" => CitizenshipGroup::Ukraine,
            _ => CitizenshipGroup::Other,
        }
    }
}

impl FromStr for Citizenship {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let upper = s.to_ascii_uppercase();
        // "XX" (a user-assigned code in ISO 3166) stands for "another
        // country" when the person did not say which: the general rules apply.
        if upper != OTHER_COUNTRY && !iso3166::is_assigned(&upper) {
            return Err(format!(
                "'{s}' is not an ISO 3166-1 alpha-2 country code (e.g. UZ, TJ, KG)"
            ));
        }
        if upper == "RU" {
            return Err("RU is Russian citizenship: these rules are for foreign citizens".into());
        }
        let b = upper.as_bytes();
        Ok(Citizenship([b[0], b[1]]))
    }
}

impl fmt::Display for Citizenship {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Citizenship {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Citizenship {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(de::Error::custom)
    }
}

/// Parse a strict `YYYY-MM-DD` date in the supported years.
pub fn parse_date(s: &str) -> Result<NaiveDate, String> {
    let b = s.as_bytes();
    let shape_ok = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape_ok {
        return Err(format!("'{s}' is not a date in YYYY-MM-DD format"));
    }
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|t| t.parse::<u32>().ok());
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return Err(format!("'{s}' is not a date in YYYY-MM-DD format"));
    };
    let year = y as i32;
    let date =
        NaiveDate::from_ymd_opt(year, m, d).ok_or_else(|| format!("{s} is not a real date"))?;
    if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
        return Err(format!(
            "{s} is outside the supported years {MIN_YEAR}-{MAX_YEAR}"
        ));
    }
    Ok(date)
}

mod date_serde {
    use super::*;

    pub fn serialize<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&d.format("%Y-%m-%d"))
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        parse_date(&String::deserialize(d)?).map_err(de::Error::custom)
    }
}

mod opt_date_serde {
    use super::*;

    pub fn serialize<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            Some(d) => s.collect_str(&d.format("%Y-%m-%d")),
            None => s.serialize_none(),
        }
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        Option::<String>::deserialize(d)?
            .map(|s| parse_date(&s).map_err(de::Error::custom))
            .transpose()
    }
}

/// What the bot knows about the person. Field names are the JSON keys; dates are `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// The person's citizenship.
    pub citizenship: Citizenship,
    /// The day of (this) entry into Russia.
    #[serde(with = "date_serde")]
    pub entry_date: NaiveDate,
    /// The purpose of entry on the migration card; unknown is assessed as `Other` and reported as a risk.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<Purpose>,
    /// Where the person lives; unknown is assessed as a private address (the person sees to registration).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub housing: Option<Housing>,
    /// The region where the person lives; unknown is assessed as `Other`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<Region>,
    /// The day the person was registered at the place of stay after this entry.
    #[serde(
        default,
        with = "opt_date_serde",
        skip_serializing_if = "Option::is_none"
    )]
    pub registered_on: Option<NaiveDate>,
    /// The last day of the current registration, as on the paper.
    #[serde(
        default,
        with = "opt_date_serde",
        skip_serializing_if = "Option::is_none"
    )]
    pub registered_until: Option<NaiveDate>,
    /// The day the patent was issued.
    #[serde(
        default,
        with = "opt_date_serde",
        skip_serializing_if = "Option::is_none"
    )]
    pub patent_issued_on: Option<NaiveDate>,
    /// The day the patent application was filed (the patent may not be issued yet).
    #[serde(
        default,
        with = "opt_date_serde",
        skip_serializing_if = "Option::is_none"
    )]
    pub patent_applied_on: Option<NaiveDate>,
    /// The last day covered by the monthly patent payments.
    #[serde(
        default,
        with = "opt_date_serde",
        skip_serializing_if = "Option::is_none"
    )]
    pub patent_paid_until: Option<NaiveDate>,
    /// The day the medical check was done.
    #[serde(
        default,
        with = "opt_date_serde",
        skip_serializing_if = "Option::is_none"
    )]
    pub medical_done_on: Option<NaiveDate>,
    /// A copy of the labour contract was given to MVD after the patent.
    #[serde(default)]
    pub contract_notified: bool,
    /// An EAEU citizen working in Russia has a labour or civil contract (their stay then lasts as long as the
    /// contract). Unknown is taken as yes for a work purpose, as before this field existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labour_contract: Option<bool>,
    /// Days already spent in Russia in the calendar year OF `entry_date`, before `entry_date`. (When the entry
    /// was last year, it is last year's count: the stay limit is per calendar year.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days_in_russia_this_year: Option<u16>,

    // --- Added in the review of 2026-12-06 (issue 11). All optional: unknown is never taken as "no". ---
    /// The day of arrival at a NEW address after a move (the latest move). The new registration is due 7 working
    /// days after it; the 15/30-day exemptions from entry do not start again.
    #[serde(
        default,
        with = "opt_date_serde",
        skip_serializing_if = "Option::is_none"
    )]
    pub moved_on: Option<NaiveDate>,
    /// The day the registration at the new address (after `moved_on`) was filed.
    #[serde(
        default,
        with = "opt_date_serde",
        skip_serializing_if = "Option::is_none"
    )]
    pub registered_after_move_on: Option<NaiveDate>,
    /// The person works (is paid for work), whatever the purpose on the migration card says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub works: Option<bool>,
    /// The day the current labour or civil contract was signed (a new employer, or an EAEU citizen's contract).
    #[serde(
        default,
        with = "opt_date_serde",
        skip_serializing_if = "Option::is_none"
    )]
    pub contract_signed_on: Option<NaiveDate>,
    /// The employer confirmed it notified MVD of the current contract.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employer_notified: Option<bool>,
    /// The day the last contract ended (job lost). A `contract_signed_on` after it is a new contract.
    #[serde(
        default,
        with = "opt_date_serde",
        skip_serializing_if = "Option::is_none"
    )]
    pub contract_ended_on: Option<NaiveDate>,
    /// The region named in the patent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub patent_region: Option<Region>,
    /// The region where the person works, when it is not `region` (where they live).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_region: Option<Region>,
    /// The person works in the profession named in the patent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub works_in_patent_profession: Option<bool>,
    /// A document lost, damaged or stolen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lost_document: Option<LostDocument>,
    /// The day it was lost (or noticed lost).
    #[serde(
        default,
        with = "opt_date_serde",
        skip_serializing_if = "Option::is_none"
    )]
    pub lost_on: Option<NaiveDate>,
    /// The loss was reported to MVD (a duplicate was asked for).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lost_reported: Option<bool>,
    /// The person is in the register of controlled persons (under the regime of expulsion).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_rkl: Option<bool>,
    /// The day the person received a court decision imposing expulsion (fine with expulsion).
    #[serde(
        default,
        with = "opt_date_serde",
        skip_serializing_if = "Option::is_none"
    )]
    pub expulsion_decision_on: Option<NaiveDate>,
    /// The day the person learned of an MVD decision against them (entry ban, RKL, expulsion without court).
    #[serde(
        default,
        with = "opt_date_serde",
        skip_serializing_if = "Option::is_none"
    )]
    pub mvd_decision_on: Option<NaiveDate>,
    /// Children are with the person in Russia.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub children_in_russia: Option<bool>,
    /// The person plans to travel out of Russia (and come back).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plans_trip: Option<bool>,
}

/// The JSON keys of a profile.
pub const FIELDS: [&str; 31] = [
    "citizenship",
    "entry_date",
    "purpose",
    "housing",
    "region",
    "registered_on",
    "registered_until",
    "patent_issued_on",
    "patent_applied_on",
    "patent_paid_until",
    "medical_done_on",
    "contract_notified",
    "labour_contract",
    "days_in_russia_this_year",
    "moved_on",
    "registered_after_move_on",
    "works",
    "contract_signed_on",
    "employer_notified",
    "contract_ended_on",
    "patent_region",
    "work_region",
    "works_in_patent_profession",
    "lost_document",
    "lost_on",
    "lost_reported",
    "in_rkl",
    "expulsion_decision_on",
    "mvd_decision_on",
    "children_in_russia",
    "plans_trip",
];

impl Profile {
    /// A minimal profile: citizenship and entry date, everything else unknown.
    pub fn new(citizenship: Citizenship, entry_date: NaiveDate) -> Profile {
        Profile {
            citizenship,
            entry_date,
            purpose: None,
            housing: None,
            region: None,
            registered_on: None,
            registered_until: None,
            patent_issued_on: None,
            patent_applied_on: None,
            patent_paid_until: None,
            medical_done_on: None,
            contract_notified: false,
            labour_contract: None,
            days_in_russia_this_year: None,
            moved_on: None,
            registered_after_move_on: None,
            works: None,
            contract_signed_on: None,
            employer_notified: None,
            contract_ended_on: None,
            patent_region: None,
            work_region: None,
            works_in_patent_profession: None,
            lost_document: None,
            lost_on: None,
            lost_reported: None,
            in_rkl: None,
            expulsion_decision_on: None,
            mvd_decision_on: None,
            children_in_russia: None,
            plans_trip: None,
        }
    }

    /// Parse a profile from JSON. The error names the offending field, e.g.
    /// "entry_date: 2026-02-30 is not a real date" or "purpose: unknown value 'job' (expected one of work, …)".
    pub fn from_json(json: &str) -> Result<Profile, ProfileError> {
        let value: Value =
            serde_json::from_str(json).map_err(|e| ProfileError::Json(e.to_string()))?;
        let Value::Object(map) = value else {
            return Err(ProfileError::NotAnObject);
        };
        if let Some(key) = map.keys().find(|k| !FIELDS.contains(&k.as_str())) {
            return Err(ProfileError::UnknownField(key.clone()));
        }
        let fields = Fields(&map);
        let profile = Profile {
            citizenship: fields.required("citizenship")?,
            entry_date: fields.required_date("entry_date")?,
            purpose: fields.optional("purpose")?,
            housing: fields.optional("housing")?,
            region: fields.optional("region")?,
            registered_on: fields.optional_date("registered_on")?,
            registered_until: fields.optional_date("registered_until")?,
            patent_issued_on: fields.optional_date("patent_issued_on")?,
            patent_applied_on: fields.optional_date("patent_applied_on")?,
            patent_paid_until: fields.optional_date("patent_paid_until")?,
            medical_done_on: fields.optional_date("medical_done_on")?,
            contract_notified: fields.optional("contract_notified")?.unwrap_or(false),
            labour_contract: fields.optional("labour_contract")?,
            days_in_russia_this_year: fields.optional("days_in_russia_this_year")?,
            moved_on: fields.optional_date("moved_on")?,
            registered_after_move_on: fields.optional_date("registered_after_move_on")?,
            works: fields.optional("works")?,
            contract_signed_on: fields.optional_date("contract_signed_on")?,
            employer_notified: fields.optional("employer_notified")?,
            contract_ended_on: fields.optional_date("contract_ended_on")?,
            patent_region: fields.optional("patent_region")?,
            work_region: fields.optional("work_region")?,
            works_in_patent_profession: fields.optional("works_in_patent_profession")?,
            lost_document: fields.optional("lost_document")?,
            lost_on: fields.optional_date("lost_on")?,
            lost_reported: fields.optional("lost_reported")?,
            in_rkl: fields.optional("in_rkl")?,
            expulsion_decision_on: fields.optional_date("expulsion_decision_on")?,
            mvd_decision_on: fields.optional_date("mvd_decision_on")?,
            children_in_russia: fields.optional("children_in_russia")?,
            plans_trip: fields.optional("plans_trip")?,
        };
        profile.check()?;
        Ok(profile)
    }

    /// Checks between fields that do not depend on today (the assessment adds those that do).
    pub fn check(&self) -> Result<(), ProfileError> {
        let invalid = |field, message: String| Err(ProfileError::Invalid { field, message });
        for (field, date) in [
            ("entry_date", Some(self.entry_date)),
            ("registered_on", self.registered_on),
            ("registered_until", self.registered_until),
            ("patent_issued_on", self.patent_issued_on),
            ("patent_applied_on", self.patent_applied_on),
            ("patent_paid_until", self.patent_paid_until),
            ("medical_done_on", self.medical_done_on),
            ("moved_on", self.moved_on),
            ("registered_after_move_on", self.registered_after_move_on),
            ("contract_signed_on", self.contract_signed_on),
            ("contract_ended_on", self.contract_ended_on),
            ("lost_on", self.lost_on),
            ("expulsion_decision_on", self.expulsion_decision_on),
            ("mvd_decision_on", self.mvd_decision_on),
        ] {
            if let Some(d) = date {
                if !(MIN_YEAR..=MAX_YEAR).contains(&d.year()) {
                    return invalid(
                        field,
                        format!("{d} is outside the supported years {MIN_YEAR}-{MAX_YEAR}"),
                    );
                }
            }
        }
        if let Some(on) = self.registered_on {
            if on < self.entry_date {
                return invalid(
                    "registered_on",
                    format!("{on} is before entry_date {}", self.entry_date),
                );
            }
        }
        if let (Some(on), Some(until)) = (self.registered_on, self.registered_until) {
            if until < on {
                return invalid(
                    "registered_until",
                    format!("{until} is before registered_on {on}"),
                );
            }
        }
        if let Some(until) = self.registered_until.filter(|u| *u < self.entry_date) {
            return invalid(
                "registered_until",
                format!("{until} is before entry_date {}", self.entry_date),
            );
        }
        // A patent may be older than this entry (it survives a trip home while paid), but one whose paid period
        // ended before the entry is not this stay's patent.
        if let Some(paid) = self.patent_paid_until.filter(|p| *p < self.entry_date) {
            return invalid(
                "patent_paid_until",
                format!(
                    "{paid} is before entry_date {}: that patent ended before this entry",
                    self.entry_date
                ),
            );
        }
        if let (Some(issued), Some(paid)) = (self.patent_issued_on, self.patent_paid_until) {
            if paid < issued {
                return invalid(
                    "patent_paid_until",
                    format!("{paid} is before patent_issued_on {issued}"),
                );
            }
        }
        // Things that happen in this stay cannot come before its entry.
        for (field, date) in [
            ("moved_on", self.moved_on),
            ("registered_after_move_on", self.registered_after_move_on),
            ("contract_ended_on", self.contract_ended_on),
            // Decisions of this stay (an earlier stay's decisions are not assessed here).
            ("expulsion_decision_on", self.expulsion_decision_on),
            ("mvd_decision_on", self.mvd_decision_on),
        ] {
            if let Some(d) = date.filter(|d| *d < self.entry_date) {
                return invalid(
                    field,
                    format!("{d} is before entry_date {}", self.entry_date),
                );
            }
        }
        if let (Some(moved), Some(registered)) = (self.moved_on, self.registered_after_move_on) {
            if registered < moved {
                return invalid(
                    "registered_after_move_on",
                    format!("{registered} is before moved_on {moved}"),
                );
            }
        }
        // A migration card is issued at entry: it cannot be lost before it.
        if let (Some(LostDocument::MigrationCard), Some(lost)) = (self.lost_document, self.lost_on)
        {
            if lost < self.entry_date {
                return invalid(
                    "lost_on",
                    format!(
                        "{lost} is before entry_date {}: the migration card is issued at entry",
                        self.entry_date
                    ),
                );
            }
        }
        if let Some(days) = self.days_in_russia_this_year {
            // Days before the entry in the entry's calendar year: at most the days of that year already gone.
            let before_entry = self.entry_date.ordinal0();
            if u32::from(days) > before_entry {
                return invalid(
                    "days_in_russia_this_year",
                    format!(
                        "{days} is more than the {before_entry} days of {} before entry_date {}",
                        self.entry_date.year(),
                        self.entry_date
                    ),
                );
            }
        }
        Ok(())
    }
}

/// Field-by-field decoding so that each error names its field.
struct Fields<'a>(&'a Map<String, Value>);

impl Fields<'_> {
    fn get(&self, field: &'static str) -> Option<&Value> {
        self.0.get(field).filter(|v| !v.is_null())
    }

    fn decode<T: for<'de> Deserialize<'de>>(
        field: &'static str,
        v: &Value,
    ) -> Result<T, ProfileError> {
        T::deserialize(v).map_err(|e| ProfileError::Invalid {
            field,
            message: e.to_string(),
        })
    }

    fn required<T: for<'de> Deserialize<'de>>(
        &self,
        field: &'static str,
    ) -> Result<T, ProfileError> {
        let v = self.get(field).ok_or(ProfileError::MissingField(field))?;
        Self::decode(field, v)
    }

    fn optional<T: for<'de> Deserialize<'de>>(
        &self,
        field: &'static str,
    ) -> Result<Option<T>, ProfileError> {
        self.get(field).map(|v| Self::decode(field, v)).transpose()
    }

    fn date(field: &'static str, v: &Value) -> Result<NaiveDate, ProfileError> {
        let Value::String(s) = v else {
            return Err(ProfileError::Invalid {
                field,
                message: format!("expected a date string YYYY-MM-DD, got {v}"),
            });
        };
        parse_date(s).map_err(|message| ProfileError::Invalid { field, message })
    }

    fn required_date(&self, field: &'static str) -> Result<NaiveDate, ProfileError> {
        let v = self.get(field).ok_or(ProfileError::MissingField(field))?;
        Self::date(field, v)
    }

    fn optional_date(&self, field: &'static str) -> Result<Option<NaiveDate>, ProfileError> {
        self.get(field).map(|v| Self::date(field, v)).transpose()
    }
}
