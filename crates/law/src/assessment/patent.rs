//! The patent: application, monthly payment, the 12-month cap, contract copy, re-issue (law.md 3.1-3.6).

use chrono::NaiveDate;

use super::{ok_date, Action, Amount, Consequence, Ctx, Deadline, DeadlineKind, Fine, Note};
use crate::counting;
use crate::error::AssessError;
use crate::ids;
use crate::profile::CitizenshipGroup;
use crate::rules::{Check, Confidence};

/// Apply for a patent within 30 days of entry: work purpose, not EAEU.
pub(crate) fn application(ctx: &Ctx<'_>) -> Result<Option<Deadline>, AssessError> {
    if !ctx.needs_patent() {
        return Ok(None);
    }
    let rule = ctx.law.require(ids::PATENT_APPLICATION_TERM)?;
    let days = ctx.law.days(ids::PATENT_APPLICATION_TERM)?;
    let fine = ctx.law.require(ids::FINE_KOAP_18_20).map(Fine::from_rule)?;
    let (check, place) = ctx.office();
    let entry = ctx.p.entry_date;
    let mut d = Deadline::new(
        ctx,
        DeadlineKind::PatentApplication,
        entry,
        rule,
        Action::ApplyForPatent,
        Consequence::Fine,
    )
    .fine(fine)
    .places(&[place])
    // Filing the application is what the deadline asks; an issued patent proves it was filed, but not when: the
    // issue date comes days or weeks after the application, so it is never taken as the filing date (that would
    // report a filing on time as late, with a fine).
    .done(
        ctx.p.patent_issued_on.is_some() || ctx.p.patent_applied_on.is_some(),
        ctx.p.patent_applied_on,
        ctx.today,
    )
    .days_from_event(ctx, entry, days, "entry_date")?
    .office_filing(ctx);
    if ctx.group == CitizenshipGroup::Ukraine {
        d = d.note(Note::UkraineSpecialRegime).uncertain_with(check);
    }
    if d.uncertain && check == Check::Mmc {
        d.check = Some(Check::Mmc);
    }
    Ok(Some(d))
}

/// The monthly payment: the patent ends the day after the last paid day, so the due date is that last day. None
/// once the patent is paid up to its 12-month cap: no further month can be paid ([`cap_end`] takes over).
pub(crate) fn payment(ctx: &Ctx<'_>) -> Result<Option<Deadline>, AssessError> {
    let Some(paid_until) = ctx.p.patent_paid_until else {
        return Ok(None);
    };
    let cap = ctx.patent_cap_last();
    if cap.is_some_and(|cap| paid_until >= cap) {
        return Ok(None);
    }
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
    match &d.amount {
        None => d = d.note(Note::MonthlyAmountNotInData),
        Some(a) if a.confidence < Confidence::Medium => d = d.note(Note::AmountUnverified),
        Some(_) => {}
    }
    // One more month reaches (or passes) the cap: this is the last payment; then re-issue.
    if let Some(cap) = cap {
        let next = counting::months_after(paid_until, 1);
        if next.is_some_and(|next| next >= cap) {
            d = d.note(Note::LastMonthBeforeCap);
        }
    }
    Ok(Some(d))
}

/// The monthly amount in force on the payment day for the region (family `patent.payment`), when the data has
/// one: looked up by region and date, so a new year is a data change only.
fn monthly_amount(ctx: &Ctx<'_>, on: NaiveDate) -> Option<Amount> {
    let region = ctx.p.patent_region.unwrap_or(ctx.region);
    let rule = ctx.law.patent_payment(region, on)?;
    Some(Amount {
        rub: rule.rub()?,
        rule: rule.id.clone(),
        confidence: rule.confidence,
    })
}

/// The 12-month cap (115-FZ art. 13.3 p. 5): the patent cannot be valid after the day before the anniversary of
/// issue. By then it is re-issued ([`reissue`]) or the person leaves. Left out once the patent has ended.
pub(crate) fn cap_end(ctx: &Ctx<'_>) -> Result<Option<Deadline>, AssessError> {
    let Some(cap) = ctx.patent_cap_last() else {
        return Ok(None);
    };
    if ctx.patent_ended_on().is_some() {
        return Ok(None);
    }
    let rule = ctx.law.require(ids::PATENT_TERM)?;
    // "Leave, or get a basis to stay": no office to name (re-issue has its own deadline and place).
    let mut d = Deadline::new(
        ctx,
        DeadlineKind::PatentCapEnd,
        ctx.not_before_entry(cap),
        rule,
        Action::LeaveOrGetBasisToStay,
        Consequence::PatentEnds,
    );
    if ctx.p.patent_paid_until.is_some_and(|paid| paid >= cap) {
        d = d.note(Note::PatentCapReached);
    }
    // The Civil Code reading would end the 12 months on the anniversary itself.
    d.alt_due = cap.succ_opt();
    Ok(Some(d))
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

/// Re-issue: apply not later than 10 working days before the 12 months from issue expire. The safe reading counts
/// back from the last valid day (the day before the anniversary); counting back from the anniversary gives the
/// later date (`alt_due`) when the last valid day is a working day. Left out once the patent has ended.
pub(crate) fn reissue(ctx: &Ctx<'_>) -> Result<Option<Deadline>, AssessError> {
    let (Some(issued), Some(cap)) = (ctx.p.patent_issued_on, ctx.patent_cap_last()) else {
        return Ok(None);
    };
    if ctx.patent_ended_on().is_some() {
        return Ok(None);
    }
    let rule = ctx.law.require(ids::PATENT_REISSUE)?;
    let months = ctx.law.months(ids::PATENT_REISSUE)?;
    let working_days = ctx.law.working_days(ids::PATENT_REISSUE)?;
    let anniversary = ok_date(counting::months_after(issued, months), "patent_issued_on")?;
    let overflow = AssessError::DateOverflow {
        field: "patent_issued_on",
    };
    let safe = counting::working_days_before(ctx.law.calendar(), cap, working_days)
        .ok_or(overflow.clone())?;
    let later = counting::working_days_before(ctx.law.calendar(), anniversary, working_days)
        .ok_or(overflow)?;
    let (check, place) = ctx.office();
    let mut d = Deadline::new(
        ctx,
        DeadlineKind::PatentReissue,
        ctx.not_before_entry(safe.date),
        rule,
        Action::ReissuePatent,
        Consequence::PatentEnds,
    )
    .counted(safe)
    .places(&[place]);
    let later = ctx.not_before_entry(later.date);
    if later > d.due {
        // The rule's conflict says why there are two readings.
        let safe = d.due;
        d = d.readings(ctx, safe, later, None);
    }
    if d.uncertain && check == Check::Mmc {
        d.check = Some(Check::Mmc);
    }
    Ok(Some(d))
}
