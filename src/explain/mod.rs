//! Explainers: registration, the patent, the 90-day limit, the register of
//! controlled persons, the amnesty, fines and bans, Amina, a glossary.
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
}

impl Topic {
    pub const ALL: [Topic; 8] = [
        Topic::Registration,
        Topic::Patent,
        Topic::StayLimit,
        Topic::Register,
        Topic::Amnesty,
        Topic::Penalties,
        Topic::Amina,
        Topic::Glossary,
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
        }
    }

    pub fn from_code(code: &str) -> Option<Topic> {
        Topic::ALL.into_iter().find(|t| t.code() == code)
    }
}

mod amina;
mod amnesty;
mod common;
mod glossary;
mod patent;
mod penalties;
mod register;
mod registration;
mod stay;

use chrono::NaiveDate;
use musofir_law::{DeadlineKind, Law};

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
        DeadlineKind::PatentApplication => vec![Topic::Patent, Topic::Penalties],
        DeadlineKind::MedicalExam => vec![Topic::Patent, Topic::Glossary],
        DeadlineKind::PatentPayment => vec![Topic::Patent, Topic::Register],
        DeadlineKind::ContractNotice | DeadlineKind::PatentReissue => vec![Topic::Patent],
        DeadlineKind::StayLimit => vec![Topic::StayLimit, Topic::Register, Topic::Penalties],
        // Added with the law review of 2026-12-06 (their own explainers are still to be written).
        DeadlineKind::RegistrationAfterMove | DeadlineKind::MigrationCardDuplicate => {
            vec![Topic::Registration, Topic::Amina]
        }
        DeadlineKind::EmployerNotice | DeadlineKind::PatentCapEnd => vec![Topic::Patent],
        DeadlineKind::EaeuNewContract => vec![Topic::StayLimit, Topic::Register],
        DeadlineKind::AppealCourtDecision | DeadlineKind::AppealMvdDecision => {
            vec![Topic::Penalties, Topic::Register]
        }
    }
}
