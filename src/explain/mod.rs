//! Explainers: registration, the patent, the 90-day limit, the register of
//! controlled persons, the amnesty, fines and bans, Amina, a glossary; and
//! the situations of the law review of 2026-12-06: a patent holder's year,
//! moving, the wrong purpose on the migration card, an EAEU contract that
//! ended, lost documents, the regime of expulsion, travelling, children,
//! students; and where to go, by region.
//! Pure: every number comes from the law data, with its source and "as of".
//!
//! Each explainer is a list of short paragraphs ([`Msg`]s with ids
//! `explain-…`, the glossary's `glossary-…`), one idea each. A fact's
//! paragraph ends with its source (the rule's citation in Russian, linked to
//! the rule's first URL), and with a "not fully confirmed: check at …" note
//! when the data rates it below high confidence. The last paragraph gives the
//! date the data was reviewed. Bills are shown only as "proposed, not law".

/// An explainer a user can open from the menu or from a deadline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Topic {
    Registration,
    Patent,
    StayLimit,
    Register,
    Amnesty,
    Penalties,
    Amina,
    Glossary,
    /// A patent holder's year: new employer, lost job, region and profession, registration after each
    /// payment, a trip home, the 12-month cap and re-issue.
    PatentYear,
    /// Moving to a new address.
    Moving,
    /// The wrong purpose of entry on the migration card.
    Purpose,
    /// An EAEU worker whose contract ended.
    EaeuContract,
    /// Lost passport, migration card or patent.
    Lost,
    /// The regime of expulsion: duties, how to leave it, appeal.
    Regime,
    /// Entry bans and the register before travelling.
    Travel,
    /// Children in Russia.
    Family,
    /// Students' right to work.
    Students,
    /// Where to go, by region (`law/offices.toml`).
    Offices,
}

impl Topic {
    /// In menu order: the everyday topics, then the situations.
    pub const ALL: [Topic; 18] = [
        Topic::Registration,
        Topic::Patent,
        Topic::StayLimit,
        Topic::Register,
        Topic::Amnesty,
        Topic::Penalties,
        Topic::Amina,
        Topic::Glossary,
        Topic::PatentYear,
        Topic::Moving,
        Topic::Purpose,
        Topic::EaeuContract,
        Topic::Lost,
        Topic::Regime,
        Topic::Travel,
        Topic::Family,
        Topic::Students,
        Topic::Offices,
    ];

    /// Short ASCII code for callback data.
    pub fn code(self) -> &'static str {
        match self {
            Topic::Registration => "reg",
            Topic::Patent => "pat",
            Topic::StayLimit => "stay",
            Topic::Register => "rkl",
            Topic::Amnesty => "amn",
            Topic::Penalties => "fine",
            Topic::Amina => "amina",
            Topic::Glossary => "gloss",
            Topic::PatentYear => "pyear",
            Topic::Moving => "move",
            Topic::Purpose => "purp",
            Topic::EaeuContract => "eaeu",
            Topic::Lost => "lost",
            Topic::Regime => "regime",
            Topic::Travel => "trip",
            Topic::Family => "fam",
            Topic::Students => "study",
            Topic::Offices => "where",
        }
    }

    pub fn from_code(code: &str) -> Option<Topic> {
        Topic::ALL.into_iter().find(|t| t.code() == code)
    }
}

mod amina;
mod amnesty;
mod common;
mod eaeu;
mod family;
mod glossary;
mod lost;
mod moving;
mod offices;
mod patent;
mod patent_year;
mod penalties;
mod purpose;
mod regime;
mod register;
mod registration;
mod stay;
mod students;
mod travel;

use chrono::NaiveDate;
use musofir_law::{DeadlineKind, Law, RiskKind};

use crate::text::Msg;
use common::Ctx;

pub use common::ru_citation;

/// The explainer's paragraphs, each one [`Msg`], in reading order; the last
/// is the "as of" paragraph. If the law data lacks a value the text needs (it
/// cannot with the validated embedded data), the reader gets a short "not
/// available, ask MVD" text instead of a wrong number.
pub fn explain(topic: Topic, law: &Law, today: NaiveDate) -> Vec<Msg> {
    let ctx = Ctx { law, today };
    let body = match topic {
        Topic::Registration => registration::paragraphs(ctx),
        Topic::Patent => patent::paragraphs(ctx),
        Topic::StayLimit => stay::paragraphs(ctx),
        Topic::Register => register::paragraphs(ctx),
        Topic::Amnesty => amnesty::paragraphs(ctx),
        Topic::Penalties => penalties::paragraphs(ctx),
        Topic::Amina => amina::paragraphs(ctx),
        Topic::Glossary => glossary::paragraphs(ctx),
        Topic::PatentYear => patent_year::paragraphs(ctx),
        Topic::Moving => moving::paragraphs(ctx),
        Topic::Purpose => purpose::paragraphs(ctx),
        Topic::EaeuContract => eaeu::paragraphs(ctx),
        Topic::Lost => lost::paragraphs(ctx),
        Topic::Regime => regime::paragraphs(ctx),
        Topic::Travel => travel::paragraphs(ctx),
        Topic::Family => family::paragraphs(ctx),
        Topic::Students => students::paragraphs(ctx),
        Topic::Offices => offices::paragraphs(ctx),
    };
    let mut paragraphs = match body {
        Ok(paragraphs) => paragraphs,
        Err(error) => {
            tracing::error!(topic = topic.code(), %error, "explainer: law data incomplete");
            vec![Msg::new("explain-unavailable")]
        }
    };
    paragraphs.push(ctx.as_of());
    paragraphs
}

/// The explainer's label for menus and buttons.
pub fn title(topic: Topic) -> Msg {
    Msg::new(match topic {
        Topic::Registration => "explain-title-reg",
        Topic::Patent => "explain-title-pat",
        Topic::StayLimit => "explain-title-stay",
        Topic::Register => "explain-title-rkl",
        Topic::Amnesty => "explain-title-amn",
        Topic::Penalties => "explain-title-fine",
        Topic::Amina => "explain-title-amina",
        Topic::Glossary => "explain-title-gloss",
        Topic::PatentYear => "explain-title-pyear",
        Topic::Moving => "explain-title-move",
        Topic::Purpose => "explain-title-purp",
        Topic::EaeuContract => "explain-title-eaeu",
        Topic::Lost => "explain-title-lost",
        Topic::Regime => "explain-title-regime",
        Topic::Travel => "explain-title-trip",
        Topic::Family => "explain-title-fam",
        Topic::Students => "explain-title-study",
        Topic::Offices => "explain-title-where",
    })
}

/// The explainers that tell more about a deadline, most relevant first (for
/// "more about this" buttons). Amina is offered with registration: the caller
/// may drop it for users outside the Moscow region.
pub fn topics_for(kind: DeadlineKind) -> Vec<Topic> {
    match kind {
        DeadlineKind::Registration | DeadlineKind::RegistrationEnd => {
            vec![Topic::Registration, Topic::Amina]
        }
        DeadlineKind::PatentApplication => vec![Topic::Patent, Topic::Offices, Topic::Penalties],
        DeadlineKind::MedicalExam => vec![Topic::Patent, Topic::Offices, Topic::Glossary],
        DeadlineKind::PatentPayment => vec![Topic::Patent, Topic::PatentYear, Topic::Register],
        DeadlineKind::ContractNotice => vec![Topic::Patent],
        DeadlineKind::PatentReissue => vec![Topic::PatentYear, Topic::Patent],
        DeadlineKind::StayLimit => vec![Topic::StayLimit, Topic::Register, Topic::Penalties],
        DeadlineKind::RegistrationAfterMove => {
            vec![Topic::Moving, Topic::Registration, Topic::Amina]
        }
        DeadlineKind::MigrationCardDuplicate => vec![Topic::Lost],
        DeadlineKind::EmployerNotice | DeadlineKind::PatentCapEnd => {
            vec![Topic::PatentYear, Topic::Patent]
        }
        DeadlineKind::EaeuNewContract => vec![Topic::EaeuContract, Topic::StayLimit],
        DeadlineKind::AppealCourtDecision | DeadlineKind::AppealMvdDecision => {
            vec![Topic::Regime, Topic::Penalties, Topic::Register]
        }
    }
}

/// The explainers that tell more about a risk, most relevant first (for a
/// "more about this" button under a risk); empty when none adds to the risk's
/// own sentence.
pub fn topics_for_risk(kind: RiskKind) -> Vec<Topic> {
    match kind {
        RiskKind::Overstay | RiskKind::EntryBan | RiskKind::ExpulsionBan => {
            vec![Topic::Penalties, Topic::Register, Topic::Regime]
        }
        RiskKind::ExpulsionReplacement | RiskKind::ExpulsionWithoutCourt => {
            vec![Topic::Penalties]
        }
        RiskKind::RklPossible => vec![Topic::Register, Topic::Regime],
        RiskKind::ExpulsionRegime => vec![Topic::Regime, Topic::Register],
        RiskKind::PatentEnded => vec![Topic::Patent, Topic::Register],
        RiskKind::AminaGeolocation => vec![Topic::Amina],
        RiskKind::RegistrationTermUncertain
        | RiskKind::HotelRegistersGuest
        | RiskKind::RegistrationOverCap => vec![Topic::Registration],
        RiskKind::MedicalRepeatDue => vec![Topic::Patent, Topic::Offices],
        RiskKind::AmnestyOpen | RiskKind::AmnestyClosed => vec![Topic::Amnesty],
        RiskKind::PendingChange => vec![Topic::Penalties],
        RiskKind::PurposeUnknown | RiskKind::WrongPurposeForWork => vec![Topic::Purpose],
        RiskKind::WorkOutsidePatent | RiskKind::PatentTwoRegions | RiskKind::JobLost => {
            vec![Topic::PatentYear]
        }
        RiskKind::LostDocument => vec![Topic::Lost],
        RiskKind::ChildrenObligations => vec![Topic::Family],
        RiskKind::BeforeTravel => vec![Topic::Travel],
        RiskKind::StudentsMayWork => vec![Topic::Students],
        RiskKind::PatentAnnulled => vec![Topic::Patent, Topic::PatentYear],
        RiskKind::WorkWithoutPatent => vec![Topic::Patent, Topic::Penalties],
    }
}
