//! Situations beyond the ordinary stay: a lost document, decisions to appeal, the regime of expulsion, children,
//! a trip abroad, students' right to work.

use super::{
    ok_date, Action, Consequence, Ctx, Deadline, DeadlineKind, Note, Place, Risk, RiskKind,
    RiskLevel,
};
use crate::counting;
use crate::error::AssessError;
use crate::ids;
use crate::profile::{LostDocument, Purpose};
use crate::rules::Check;

/// A lost migration card: report it within 3 days for a free duplicate (decree 413, para. 11). Counted from the
/// day of the loss; the loss day may count as day 1 (the earlier date is shown).
pub(crate) fn migration_card(ctx: &Ctx<'_>) -> Result<Option<Deadline>, AssessError> {
    if ctx.p.lost_document != Some(LostDocument::MigrationCard) {
        return Ok(None);
    }
    let lost = ctx.p.lost_on.unwrap_or(ctx.today);
    let rule = ctx.law.require(ids::LOST_MIGRATION_CARD)?;
    let days = ctx.law.days(ids::LOST_MIGRATION_CARD)?;
    let (_, place) = ctx.office();
    let mut d = Deadline::new(
        ctx,
        DeadlineKind::MigrationCardDuplicate,
        lost,
        rule,
        Action::ReportLoss,
        Consequence::SanctionUnclear,
    )
    .places(&[place, Place::MvdOffice])
    .done(ctx.p.lost_reported == Some(true), None, ctx.today)
    .days_from_event(ctx, lost, days, "lost_on")?
    .office_filing(ctx);
    d.places.dedup();
    Ok(Some(d))
}

/// A court decision imposing expulsion: appeal within 10 days of receiving it (KoAP 30.3; low confidence).
pub(crate) fn appeal_court(ctx: &Ctx<'_>) -> Result<Option<Deadline>, AssessError> {
    let Some(received) = ctx.p.expulsion_decision_on else {
        return Ok(None);
    };
    let rule = ctx.law.require(ids::APPEAL_COURT_EXPULSION)?;
    let days = ctx.law.days(ids::APPEAL_COURT_EXPULSION)?;
    let d = Deadline::new(
        ctx,
        DeadlineKind::AppealCourtDecision,
        received,
        rule,
        Action::Appeal,
        Consequence::DecisionBecomesFinal,
    )
    .days_from_event(ctx, received, days, "expulsion_decision_on")?;
    Ok(Some(d))
}

/// An MVD decision (entry ban, RKL, expulsion without court): to court within 3 months of learning of it (low
/// confidence; a shorter special term may apply): the safe reading ends a day earlier.
pub(crate) fn appeal_mvd(ctx: &Ctx<'_>) -> Result<Option<Deadline>, AssessError> {
    let Some(learned) = ctx.p.mvd_decision_on else {
        return Ok(None);
    };
    let rule = ctx.law.require(ids::APPEAL_MVD_DECISION)?;
    let months = ctx.law.months(ids::APPEAL_MVD_DECISION)?;
    let later = ok_date(counting::months_after(learned, months), "mvd_decision_on")?;
    let safe = later.pred_opt().unwrap_or(later);
    let d = Deadline::new(
        ctx,
        DeadlineKind::AppealMvdDecision,
        later,
        rule,
        Action::Appeal,
        Consequence::DecisionBecomesFinal,
    )
    .readings(ctx, safe, later, Some(Note::EventDayMayCount));
    Ok(Some(d))
}

/// Risks and notes of these situations.
pub(crate) fn risks(
    ctx: &Ctx<'_>,
    lost_status: bool,
    out: &mut Vec<Risk>,
) -> Result<(), AssessError> {
    let law = ctx.law;
    // The regime of expulsion: said by the person, or following from a lost legal basis to stay.
    if ctx.p.in_rkl == Some(true) || lost_status {
        if let Some(rule) = law.in_force(ids::EXPULSION_REGIME, ctx.today) {
            let mut r = Risk::new(ctx, RiskKind::ExpulsionRegime, RiskLevel::Danger, rule)
                .check(ctx, Check::MvdRklPage)
                .consequence(Consequence::RklInclusion);
            r.days = rule.value.offences.map(i64::from);
            out.push(r);
        }
    }
    // A lost patent needs a duplicate; a new passport needs the patent changed: the same duty (271-FZ: "duplicate
    // or changes"). What to do about a lost passport itself (police, consulate) is not in the data: no source was
    // found, the explainer says where to ask.
    let patent_doc = match ctx.p.lost_document {
        Some(LostDocument::Patent) => true,
        Some(LostDocument::Passport) => ctx.has_patent() && ctx.patent_ended_on().is_none(),
        Some(LostDocument::MigrationCard) | None => false,
    };
    if patent_doc {
        let rule = law.require(ids::DUTY_PATENT_DUPLICATE)?;
        let mut r = Risk::new(ctx, RiskKind::LostDocument, RiskLevel::Warning, rule)
            .check(ctx, ctx.office().0)
            .related(DeadlineKind::PatentPayment);
        r.amount_rub = rule.rub();
        out.push(r);
    }
    if ctx.p.children_in_russia == Some(true) {
        let rule = law.require(ids::FAMILY_CHILDREN_REGISTRATION)?;
        let mut r = Risk::new(ctx, RiskKind::ChildrenObligations, RiskLevel::Info, rule);
        // The age from which children pass the medical check (years).
        r.days = law
            .rule(ids::MEDICAL_EXEMPT_UNDER_6)
            .and_then(|x| x.years())
            .map(i64::from);
        out.push(r);
    }
    if ctx.p.plans_trip == Some(true) {
        let rule = law.require(ids::BAN_CHECK_BEFORE_TRAVEL)?;
        let mut r = Risk::new(ctx, RiskKind::BeforeTravel, RiskLevel::Info, rule)
            .check(ctx, Check::MvdRklPage);
        if ctx.has_patent() && ctx.patent_ended_on().is_none() {
            r = r.related(DeadlineKind::PatentPayment);
        }
        out.push(r);
    }
    if ctx.purpose == Purpose::Study {
        if let Some(rule) = law.in_force(ids::STUDENTS_WORK, ctx.today) {
            out.push(Risk::new(
                ctx,
                RiskKind::StudentsMayWork,
                RiskLevel::Info,
                rule,
            ));
        }
    }
    Ok(())
}
