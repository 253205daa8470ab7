//! "My situation" in words: an [`Assessment`] becomes paragraphs of [`Msg`]s.
//!
//! Pure: no Fluent, no I/O, no clock. Every legal number reaches the text as a
//! Fluent argument, taken from the assessment or from [`Law`] by rule id; the
//! `.ftl` files and this module never spell one out.
//!
//! Message ids follow the law crate's enums (their serde names):
//! `deadline-<kind>-title`, `status-<status>`, `action-<action>`,
//! `place-<place>`, `consequence-<consequence>`, `risk-<kind>`, `step-<step>`,
//! `note-<note>`, `check-<check>`, `confidence-<confidence>`, plus the layout
//! messages listed in [`LAYOUT_IDS`]. One paragraph is one [`Msg`]; a
//! paragraph of several lines nests its lines in `guidance-lines`.

mod deadline;
mod first;
mod names;
mod risks;
mod sources;
mod steps;

pub use deadline::*;
pub use first::*;
pub use names::*;
pub use risks::*;
pub use sources::*;
pub use steps::*;

use chrono::NaiveDate;
use musofir_law::{Assessment, Deadline, Law, Risk, RiskKind, RiskLevel, Status};

use crate::text::Msg;

// ---------------------------------------------------------------------------
// "My situation"
// ---------------------------------------------------------------------------

/// "My situation" in full (the "More" screen behind [`first_screen`]): a
/// header, one paragraph per deadline (most urgent first), one per risk
/// (danger first), the next steps, and a closing paragraph with the law's
/// date and the disclaimer. Once the legal stay is over, the danger risks (the
/// overstay, its entry ban) come before the deadlines. Bills that are not law
/// are left to /explain, where each has its last known stage and date.
pub fn situation(a: &Assessment, law: &Law) -> Vec<Msg> {
    let mut out = vec![Msg::new("situation-header").date("date", a.today)];
    if a.deadlines.is_empty() {
        out.push(Msg::new("situation-no-deadlines"));
    }
    let mut deadlines: Vec<&Deadline> = a.deadlines.iter().collect();
    // The engine orders by due date; keep that, but never let a done item
    // come before an open one.
    deadlines.sort_by_key(|d| urgency(d));
    let mut risks: Vec<&Risk> = a
        .risks
        .iter()
        .filter(|r| r.kind != RiskKind::PendingChange)
        .collect();
    risks.sort_by_key(|r| r.level);
    let (first, rest): (Vec<&Risk>, Vec<&Risk>) = if a.risk(RiskKind::Overstay).is_some() {
        risks
            .into_iter()
            .partition(|r| r.level == RiskLevel::Danger || r.kind == RiskKind::EntryBan)
    } else {
        (Vec::new(), risks)
    };
    out.extend(first.into_iter().filter_map(|r| risk_paragraph(r, law)));
    out.extend(deadlines.into_iter().map(|d| deadline_paragraph(d, law)));
    out.extend(rest.into_iter().filter_map(|r| risk_paragraph(r, law)));
    if let Some(steps) = steps_paragraph(&a.next_steps, law) {
        out.push(steps);
    }
    out.push(footer(a.law_as_of));
    out
}

pub(super) fn urgency(d: &Deadline) -> u8 {
    match d.status {
        Status::Overdue => 0,
        Status::DueToday => 1,
        Status::Upcoming => 2,
        Status::Done => 3,
    }
}

/// The closing paragraph: law as of, not legal advice, where to check.
pub fn footer(law_as_of: NaiveDate) -> Msg {
    Msg::new("situation-footer").date("date", law_as_of)
}
