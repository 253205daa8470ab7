//! `law/offices.toml`: where to go in a region, as data. Only sourced entries; a region without one gets "how to
//! find the office" (the regional MVD, Gosuslugi) instead of a made-up address.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

use crate::error::LawError;
use crate::profile::Region;
use crate::rules::Confidence;

/// What is done at an office.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Service {
    /// Patent applications and re-issue.
    Patent,
    /// The medical check of foreigners (licensed clinics only).
    Medical,
    /// State fingerprinting and photo.
    Fingerprints,
    /// Migration registration at the place of stay (MVD migration unit).
    Registration,
    /// The Moscow-region "Amina" scheme (registration at the MMC address).
    Amina,
}

impl Service {
    /// Every service, in declaration order.
    pub const ALL: [Service; 5] = [
        Service::Patent,
        Service::Medical,
        Service::Fingerprints,
        Service::Registration,
        Service::Amina,
    ];
    /// The name used in `law/offices.toml` and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Service::Patent => "patent",
            Service::Medical => "medical",
            Service::Fingerprints => "fingerprints",
            Service::Registration => "registration",
            Service::Amina => "amina",
        }
    }
}

impl FromStr for Service {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Service::ALL
            .into_iter()
            .find(|x| x.as_str() == s)
            .ok_or_else(|| format!("unknown service '{s}'"))
    }
}

impl fmt::Display for Service {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Service {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Service {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d)?.parse().map_err(de::Error::custom)
    }
}

/// One office, with its source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Office {
    /// Stable id: `<region>.<short name>`.
    pub id: String,
    /// The region the entry is listed for.
    pub region: Region,
    /// What is done there.
    pub services: Vec<Service>,
    /// In English, for the reviewer.
    pub name: String,
    /// As on the building and in official texts (shown to users).
    pub name_ru: String,
    /// A short form of `name_ru` for the first screen of the status (only words of `name_ru` or `address`, never
    /// anything the source did not give); absent: `name_ru` is short enough.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_ru: Option<String>,
    /// In Russian, as the source gives it; absent when no source gave one (never made up).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Where it was found (a citation).
    pub source: String,
    /// The source's URLs; the first is shown as the link.
    pub urls: Vec<String>,
    /// The date of the source, only when the source shows it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seen_on: Option<NaiveDate>,
    /// When it was recorded here.
    pub as_of: NaiveDate,
    /// How sure the entry is (never high: offices move).
    pub confidence: Confidence,
    /// A remark for the reviewer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Office {
    /// The name for a one-line mention: `short_ru`, else `name_ru`.
    pub fn short_name(&self) -> &str {
        self.short_ru.as_deref().unwrap_or(&self.name_ru)
    }

    /// The first URL, shown as the link.
    pub fn source_url(&self) -> Option<&str> {
        self.urls.first().map(String::as_str)
    }
}

/// How to find an office when the data has none for the region and service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HowToFind {
    /// The advice, in one line (English, for the reviewer).
    pub title: String,
    /// The pages it points to (the regional MVD, Gosuslugi).
    pub urls: Vec<String>,
    /// Where this advice comes from.
    pub source: String,
}

/// The answer for a region and a service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Where<'a> {
    /// Sourced offices, most certain first.
    Offices {
        /// The offices, most certain first.
        offices: Vec<&'a Office>,
    },
    /// No sourced office: how to find one (never a made-up address).
    HowToFind {
        /// How to find the office.
        how: &'a HowToFind,
    },
}

/// All offices, validated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Offices {
    /// The date the office data was recorded (`as_of` of the file).
    pub as_of: NaiveDate,
    how_to_find: HowToFind,
    offices: Vec<Office>,
}

impl Offices {
    /// Every office, in file order.
    pub fn all(&self) -> &[Office] {
        &self.offices
    }

    /// How to find an office where the data has none.
    pub fn how_to_find(&self) -> &HowToFind {
        &self.how_to_find
    }

    /// The offices of `region` that do `service`, or how to find one. `Region::Other` always gets how to find.
    pub fn find(&self, region: Region, service: Service) -> Where<'_> {
        let mut offices: Vec<&Office> = self
            .offices
            .iter()
            .filter(|o| o.region == region && o.services.contains(&service))
            .collect();
        offices.sort_by_key(|o| std::cmp::Reverse(o.confidence));
        if offices.is_empty() {
            Where::HowToFind {
                how: &self.how_to_find,
            }
        } else {
            Where::Offices { offices }
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OfficesFile {
    as_of: NaiveDate,
    how_to_find: HowToFind,
    #[serde(default)]
    office: Vec<Office>,
}

fn invalid(id: &str, message: impl Into<String>) -> LawError {
    LawError::InvalidRule {
        rule: format!("office {id}"),
        message: message.into(),
    }
}

fn http(u: &str) -> bool {
    u.starts_with("https://") || u.starts_with("http://")
}

/// Parse and validate `law/offices.toml`: unique ids named after their region, at least one service and one
/// source URL, nothing dated after the file's `as_of`, never high confidence (offices move), and no office for
/// `other` (it is not a region).
pub(crate) fn load(text: &str) -> Result<Offices, LawError> {
    let file: OfficesFile = toml::from_str(text).map_err(|e| LawError::Parse {
        file: "offices.toml",
        message: e.to_string(),
    })?;
    if file.how_to_find.urls.is_empty() || !file.how_to_find.urls.iter().all(|u| http(u)) {
        return Err(invalid("how_to_find", "needs http(s) urls"));
    }
    let mut seen = std::collections::BTreeSet::new();
    for o in &file.office {
        let id = o.id.as_str();
        if !seen.insert(id) {
            return Err(invalid(id, "duplicate id"));
        }
        if o.region == Region::Other {
            return Err(invalid(id, "'other' is not a region"));
        }
        if !id.starts_with(&format!("{}.", o.region.as_str())) {
            return Err(invalid(id, "id must start with its region"));
        }
        if o.services.is_empty() {
            return Err(invalid(id, "no services"));
        }
        if o.urls.is_empty() || !o.urls.iter().all(|u| http(u)) {
            return Err(invalid(id, "needs at least one http(s) url"));
        }
        for (name, text) in [
            ("name", &o.name),
            ("name_ru", &o.name_ru),
            ("source", &o.source),
        ] {
            if text.trim().is_empty() {
                return Err(invalid(id, format!("{name} is empty")));
            }
        }
        if o.short_ru.as_deref().is_some_and(|s| s.trim().is_empty()) {
            return Err(invalid(id, "short_ru is empty: leave it out"));
        }
        if o.address.as_deref().is_some_and(|a| a.trim().is_empty()) {
            return Err(invalid(id, "address is empty: leave it out"));
        }
        if o.as_of > file.as_of || o.seen_on.is_some_and(|d| d > o.as_of) {
            return Err(invalid(id, "dated after as_of"));
        }
        if o.confidence == Confidence::High {
            return Err(invalid(id, "offices are never high confidence: they move"));
        }
    }
    Ok(Offices {
        as_of: file.as_of,
        how_to_find: file.how_to_find,
        offices: file.office,
    })
}
