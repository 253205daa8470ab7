//! The persisted shape of a conversation.
//!
//! This is a stored schema: add variants and `#[serde(default)]` fields, never
//! rename or remove them. A record that still fails to decode is reported to the
//! user and replaced (see `Stored::Unreadable`), never silently dropped.

use chrono::{DateTime, NaiveDate, Utc};
use musofir_law::{Assessment, Citizenship, Housing, Law, LostDocument, Profile, Purpose, Region};
use serde::{Deserialize, Serialize};

use super::questions::Question;
use super::settings::ReminderSettings;
use crate::reminders::{self, Planned};
use crate::text::Lang;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "at", rename_all = "snake_case")]
pub enum State {
    /// Waiting for a language button. `first`: the very first contact.
    ChoosingLanguage { first: bool },
    /// Nothing asked: the main menu is shown.
    Menu,
    /// `/forget` asked for confirmation.
    ConfirmForget,
    /// An interview question is open. `editing`: one answer is being changed
    /// (after it, back to the summary instead of the next question).
    /// `recheck`: answers to ask again after this one, because a changed
    /// date left them before it (a registration before the new entry date).
    Asking {
        question: Question,
        #[serde(default)]
        editing: bool,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        recheck: Vec<Question>,
    },
    /// A typed or picked answer to `question` waits for "Yes": it is not in
    /// the answers until then.
    Confirming {
        question: Question,
        #[serde(default)]
        editing: bool,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        recheck: Vec<Question>,
        /// Boxed: a session stays small while nothing waits.
        pending: Box<Pending>,
    },
}

/// A value the user gave, before it is an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Value {
    Date(NaiveDate),
    /// Days in Russia this year before the entry.
    Days(u16),
    /// A button's choice that would make the status dramatic (an overstay
    /// after `/edit`): shown back before it is stored.
    Pick(Choice),
}

/// A button's choice on an interview question (`Action::Pick`), stored and
/// sent as its code. The answers several questions share are typed; the rest
/// is the question's own value (a country, an enum's serde name, a number of
/// days), which the question checks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    Yes,
    No,
    /// "Don't know" / "don't remember": the answer is cleared and marked unknown.
    Unknown,
    /// The second screen of choices (more countries, more regions).
    More,
    Today,
    Yesterday,
    /// The question's own value. Never one of the words above: build it with
    /// [`Choice::parse`] (or [`Choice::code`] for a table's literal).
    Code(Code),
}

impl Choice {
    pub(super) const WORDS: [Choice; 6] = [
        Choice::Yes,
        Choice::No,
        Choice::Unknown,
        Choice::More,
        Choice::Today,
        Choice::Yesterday,
    ];

    /// The choice a button's code names; `None` unless 1 to [`Code::MAX`]
    /// ASCII letters, digits or `_`.
    pub fn parse(s: &str) -> Option<Choice> {
        match Choice::WORDS.into_iter().find(|c| c.as_str() == s) {
            Some(word) => Some(word),
            None => Code::new(s).map(Choice::Code),
        }
    }

    /// A question's own value, written in a table (checked by the tests:
    /// every table's choice round-trips through [`Choice::parse`]).
    pub const fn code(s: &'static str) -> Choice {
        Choice::Code(Code::lit(s))
    }

    /// The code in callback data and in a stored session.
    pub fn as_str(&self) -> &str {
        match self {
            Choice::Yes => "yes",
            Choice::No => "no",
            Choice::Unknown => "unknown",
            Choice::More => "more",
            Choice::Today => "today",
            Choice::Yesterday => "yesterday",
            Choice::Code(c) => c.as_str(),
        }
    }
}

impl Serialize for Choice {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Choice {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Choice, D::Error> {
        let s = String::deserialize(d)?;
        Choice::parse(&s).ok_or_else(|| serde::de::Error::custom("not a button's value code"))
    }
}

/// A button's value code ([`Choice::Code`]): short ASCII letters, digits and
/// `_`, kept inline so that a [`Value`] stays `Copy`. Stored as a string (by
/// [`Choice`]).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Code {
    len: u8,
    bytes: [u8; Code::MAX],
}

impl Code {
    /// Longest code (the longest `Action::Pick` value).
    pub const MAX: usize = 16;

    /// `None` unless 1 to [`Code::MAX`] ASCII letters, digits or `_`.
    pub fn new(s: &str) -> Option<Code> {
        let ok = (1..=Code::MAX).contains(&s.len())
            && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
        if !ok {
            return None;
        }
        let mut bytes = [0; Code::MAX];
        bytes.get_mut(..s.len())?.copy_from_slice(s.as_bytes());
        Some(Code {
            len: s.len() as u8,
            bytes,
        })
    }

    /// A literal of a table, copied as it is (at most [`Code::MAX`] bytes):
    /// [`Code::new`]'s check is left to the tests.
    const fn lit(s: &'static str) -> Code {
        let s = s.as_bytes();
        let mut bytes = [0; Code::MAX];
        let mut len = 0;
        while len < s.len() && len < Code::MAX {
            bytes[len] = s[len];
            len += 1;
        }
        Code {
            len: len as u8,
            bytes,
        }
    }

    pub fn as_str(&self) -> &str {
        self.bytes
            .get(..usize::from(self.len))
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or_default()
    }
}

impl std::fmt::Debug for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

/// An answer waiting for confirmation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pending {
    pub value: Value,
    /// The year was not typed and the date chosen is more than half a year
    /// from today: the confirmation says so.
    #[serde(default)]
    pub far_guess: bool,
    /// The same day and month in the year on the other side of today,
    /// offered beside it when the question accepts it.
    #[serde(default)]
    pub other: Option<NaiveDate>,
}

/// What the user told us. Only dates, codes and counts: no names, no numbers
/// of documents.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answers {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub citizenship: Option<Citizenship>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry_date: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<Purpose>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub housing: Option<Housing>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<Region>,
    /// `Some(false)`: not registered yet; `Some(true)`: registered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registered: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registered_on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registered_until: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub patent: Option<PatentAnswer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub patent_applied_on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub patent_issued_on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub patent_paid_until: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub medical: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub medical_done_on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contract_notified: Option<bool>,
    /// EAEU workers: a labour or civil contract in Russia.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labour_contract: Option<bool>,
    /// Days in Russia this calendar year before this entry. `None`: not
    /// asked, or "don't know" (then the question is in `unknown`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days_in_russia_this_year: Option<u16>,
    /// Questions answered "don't know" / "don't remember".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unknown: Vec<Question>,
    /// The interview reached its end once (so `/status` can be shown).
    #[serde(default)]
    pub complete: bool,

    // --- "Something changed" (`situations.rs`). All optional: a session stored before they existed decodes with
    // them unknown; a value present but not understood fails the whole record (reported, never read as empty). ---
    /// The day of arrival at a new address (the latest move).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moved_on: Option<NaiveDate>,
    /// Registered at the new address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moved_registered: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registered_after_move_on: Option<NaiveDate>,
    /// What changed at work: the last answer to "new contract or job lost".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_change: Option<JobChange>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contract_signed_on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employer_notified: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contract_ended_on: Option<NaiveDate>,
    /// Where the person works, when asked (patent holders).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_region: Option<Region>,
    /// The patent's region, when asked (it is taken as `region` otherwise).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub patent_region: Option<Region>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub works_in_patent_profession: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lost_document: Option<LostDocument>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lost_on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lost_reported: Option<bool>,
    /// Which decision the person got (the last one told).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<DecisionKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expulsion_decision_on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mvd_decision_on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_rkl: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub children_in_russia: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plans_trip: Option<bool>,
    /// Works in Russia though the card's purpose is not work.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub works: Option<bool>,
}

/// What changed at work.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JobChange {
    /// A new labour contract (a new employer).
    New,
    /// The contract ended: no job now.
    Lost,
}

/// A decision the person received.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DecisionKind {
    /// A court's decision with expulsion.
    Expulsion,
    /// An MVD decision (entry ban, expulsion without court).
    Mvd,
    /// Included in the register of controlled persons.
    Rkl,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PatentAnswer {
    Have,
    Applied,
    NotYet,
}

impl Answers {
    /// The law engine's profile, once citizenship and entry date are known.
    pub fn profile(&self) -> Option<Profile> {
        let mut p = Profile::new(self.citizenship?, self.entry_date?);
        p.purpose = self.purpose;
        p.housing = self.housing;
        p.region = self.region;
        if self.registered == Some(true) {
            // Registered but the date is forgotten: count it as done from the
            // entry date, so the bot does not warn about a registration that
            // exists (the end date still matters and is asked separately).
            p.registered_on = self.registered_on.or(self.entry_date);
            p.registered_until = self.registered_until;
        }
        match self.patent {
            Some(PatentAnswer::Have) => {
                p.patent_issued_on = self.patent_issued_on;
                p.patent_paid_until = self.patent_paid_until;
                p.patent_applied_on = self.patent_applied_on;
            }
            Some(PatentAnswer::Applied) => {
                p.patent_applied_on = self.patent_applied_on.or(self.entry_date)
            }
            _ => {}
        }
        if self.medical == Some(true) {
            // Done but the date is forgotten: counted as done on entry (the
            // yearly repeat is then reported early, the safer side).
            p.medical_done_on = self.medical_done_on.or(self.entry_date);
        }
        p.contract_notified = self.contract_notified == Some(true);
        p.labour_contract = self.labour_contract;
        p.days_in_russia_this_year = self.days_in_russia_this_year;
        self.situations_into(&mut p);
        Some(p)
    }
}

impl Answers {
    /// The situations' answers, where they still apply (a move is not assessed for a hotel guest, the work
    /// questions only for patent holders and EAEU workers).
    fn situations_into(&self, p: &mut Profile) {
        use super::interview::applies;
        if applies(Question::MovedOn, self) {
            p.moved_on = self.moved_on;
            if self.moved_registered == Some(true) {
                // Registered but the date is forgotten: counted as done on arrival, like `registered_on`.
                p.registered_after_move_on = self.registered_after_move_on.or(self.moved_on);
            }
        }
        if applies(Question::JobChange, self) {
            p.contract_signed_on = self.contract_signed_on;
            p.employer_notified = self.employer_notified;
            p.contract_ended_on = self.contract_ended_on;
        }
        if applies(Question::WorkRegion, self) {
            p.work_region = self.work_region;
            // The interview knows where the person lives: the patent is taken as issued there unless they said
            // otherwise (asked only when they work elsewhere).
            p.patent_region = self.patent_region.or(self.region);
            p.works_in_patent_profession = self.works_in_patent_profession;
        }
        p.lost_document = self.lost_document;
        if self.lost_document.is_some() {
            p.lost_on = self.lost_on;
            p.lost_reported = self.lost_reported;
        }
        p.expulsion_decision_on = self.expulsion_decision_on;
        p.mvd_decision_on = self.mvd_decision_on;
        p.in_rkl = self.in_rkl;
        p.children_in_russia = self.children_in_russia;
        p.plans_trip = self.plans_trip;
        if applies(Question::Works, self) {
            p.works = self.works;
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub lang: Lang,
    /// False until the user has confirmed the guessed language.
    #[serde(default)]
    pub lang_confirmed: bool,
    pub state: State,
    #[serde(default)]
    pub answers: Answers,
    /// Questions answered on the way to the current one, for "Back".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub trail: Vec<Question>,
    #[serde(default)]
    pub reminders: ReminderSettings,
    /// Kyrgyz was offered (once) to a Kyrgyz citizen answering in Russian.
    #[serde(default)]
    pub offered_ky: bool,
}

impl Session {
    pub fn new(lang: Lang) -> Session {
        Session {
            lang,
            lang_confirmed: false,
            state: State::ChoosingLanguage { first: true },
            answers: Answers::default(),
            trail: Vec::new(),
            reminders: ReminderSettings::default(),
            offered_ky: false,
        }
    }

    /// The law engine's profile, once citizenship and entry date are known.
    pub fn profile(&self) -> Option<Profile> {
        self.answers.profile()
    }

    /// The assessment today (in the user's zone), if the answers give a
    /// profile and the law engine accepts it.
    pub fn assess(&self, law: &Law, now: DateTime<Utc>) -> Option<Assessment> {
        // Answers that contradict each other are the user's to fix (the
        // status says which, in plain words): nothing to log.
        if !super::conflicts::of(&self.answers).is_empty() {
            return None;
        }
        let profile = self.profile()?;
        let today = now
            .with_timezone(&reminders::zone(profile.region))
            .date_naive();
        match musofir_law::assess(&profile, today, law) {
            Ok(a) => Some(a),
            Err(e) => {
                // The error names a field or a rule, never the user's values.
                tracing::warn!(error = %e, "a profile could not be assessed");
                None
            }
        }
    }

    /// The reminders to plan for this session, timed in the user's zone.
    pub fn plan(&self, law: &Law, now: DateTime<Utc>) -> Vec<Planned> {
        let Some(a) = self.assess(law, now) else {
            return Vec::new();
        };
        reminders::plan::plan_in(
            &a,
            &self.reminders.leads(),
            &self.reminders.off,
            reminders::zone(self.answers.region),
            now,
        )
    }
}
