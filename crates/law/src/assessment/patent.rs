//! The patent: application, monthly payment, contract copy, re-issue (law.md 3.1-3.6).

use chrono::Datelike;

use super::{ok_date, Action, Amount, Consequence, Ctx, Deadline, DeadlineKind, Fine, Note};
use crate::counting;
use crate::error::AssessError;
use crate::ids;
use crate::profile::CitizenshipGroup;
use crate::rules::Check;

/// Apply for a patent within 30 days of entry: work purpose, not EAEU.
pub(crate) fn application(ctx: &Ctx<'_>) -> Result<Option<Deadline>, AssessError> {
    if !ctx.needs_patent() {
        return Ok(None);
    }
    let rule = ctx.law.require(ids::PATENT_APPLICATION_TERM)?;
    let days = ctx.law.days(ids::PATENT_APPLICATION_TERM)?;
    let due = ok_date(counting::days_after(ctx.p.entry_date, days), "entry_date")?;
    let fine = ctx.law.require(ids::FINE_KOAP_18_20).map(Fine::from_rule)?;
    let (check, place) = ctx.office();
    let mut d = Deadline::new(
        ctx,
        DeadlineKind::PatentApplication,
        due,
        rule,
        Action::ApplyForPatent,
        Consequence::Fine,
    )
    .office_filing(ctx)
    .fine(fine)
    .places(&[place])
    // Filing the application is what the deadline asks; an issued patent
    // proves it was filed.
    .done(
        ctx.p.patent_issued_on.is_some() || ctx.p.patent_applied_on.is_some(),
        ctx.p.patent_applied_on.or(ctx.p.patent_issued_on),
        ctx.today,
    );
    if ctx.group == CitizenshipGroup::Ukraine {
        d = d.note(Note::UkraineSpecialRegime).uncertain_with(check);
    }
    Ok(Some(d))
}

/// The monthly payment: the patent ends the day after the last paid day, so the due date is that last day.
pub(crate) fn payment(ctx: &Ctx<'_>) -> Result<Option<Deadline>, AssessError> {
    let Some(paid_until) = ctx.p.patent_paid_until else {
        return Ok(None);
    };
    let rule = ctx.law.require(ids::PATENT_PAYMENT_END_RULE)?;
    let mut d = Deadline::new(
        ctx,
        DeadlineKind::PatentPayment,
        paid_until,
        rule,
        Action::PayPatent,
        Consequence::PatentEnds,
    )
    .note(Note::PatentCannotBeRevived);
    d.amount = monthly_amount(ctx, paid_until);
    if d.amount.is_none() {
        d = d.note(Note::MonthlyAmountNotInData);
    }
    Ok(Some(d))
}

/// The monthly amount in force on the payment day, when the data has one for the region and year. Rules are
/// named `patent.payment.<region>.<year>` (e.g. `patent.payment.moscow.2026`).
fn monthly_amount(ctx: &Ctx<'_>, on: chrono::NaiveDate) -> Option<Amount> {
    let id = format!("patent.payment.{}.{}", ctx.region.as_str(), on.year());
    let rule = ctx.law.in_force(&id, on)?;
    Some(Amount {
        rub: rule.rub()?,
        rule: rule.id.clone(),
    })
}

/// A copy of the labour contract to MVD within 2 months of the patent's issue. Left out once the patent has
/// ended: there is nothing left to keep.
pub(crate) fn contract_notice(ctx: &Ctx<'_>) -> Result<Option<Deadline>, AssessError> {
    let Some(issued) = ctx.p.patent_issued_on else {
        return Ok(None);
    };
    if ctx.patent_ended_on().is_some() {
        return Ok(None);
    }
    let rule = ctx.law.require(ids::PATENT_CONTRACT_NOTICE)?;
    let months = ctx.law.months(ids::PATENT_CONTRACT_NOTICE)?;
    let due = ok_date(counting::months_after(issued, months), "patent_issued_on")?;
    let due = ctx.not_before_entry(due);
    let (_, place) = ctx.office();
    Ok(Some(
        Deadline::new(
            ctx,
            DeadlineKind::ContractNotice,
            due,
            rule,
            Action::SendContractCopy,
            Consequence::PatentAnnulled,
        )
        .office_filing(ctx)
        .places(&[place])
        .done(ctx.p.contract_notified, None, ctx.today),
    ))
}

/// Re-issue: apply at least 10 working days before the 12 months from issue end. Left out once the patent has
/// ended.
pub(crate) fn reissue(ctx: &Ctx<'_>) -> Result<Option<Deadline>, AssessError> {
    let Some(issued) = ctx.p.patent_issued_on else {
        return Ok(None);
    };
    if ctx.patent_ended_on().is_some() {
        return Ok(None);
    }
    let rule = ctx.law.require(ids::PATENT_REISSUE)?;
    let months = ctx.law.months(ids::PATENT_REISSUE)?;
    let working_days = ctx.law.working_days(ids::PATENT_REISSUE)?;
    let end = ok_date(counting::months_after(issued, months), "patent_issued_on")?;
    let counted = counting::working_days_before(ctx.law.calendar(), end, working_days).ok_or(
        AssessError::DateOverflow {
            field: "patent_issued_on",
        },
    )?;
    let (check, place) = ctx.office();
    let due = ctx.not_before_entry(counted.date);
    let mut d = Deadline::new(
        ctx,
        DeadlineKind::PatentReissue,
        due,
        rule,
        Action::ReissuePatent,
        Consequence::PatentEnds,
    )
    .counted(counted)
    .places(&[place]);
    if d.uncertain && check == Check::Mmc {
        d.check = Some(Check::Mmc);
    }
    Ok(Some(d))
}
