//! Medical check, fingerprinting and photo (law.md 4.1-4.3).

use chrono::NaiveDate;

use super::{ok_date, Action, Consequence, Ctx, Deadline, DeadlineKind, Note};
use crate::counting;
use crate::error::AssessError;
use crate::ids;
use crate::profile::Purpose;
use crate::rules::{Check, RuleStatus};

/// Work: 30 days from entry. Other purposes: 90 days, but only when the stay will exceed 90 days.
///
/// The profile has no planned length of stay, so "will exceed 90 days" is read from the purpose: students are
/// the non-work group whose stay may legally exceed the 90-day limit (law.md 2.2 c); tourists, private and
/// business visitors are capped at 90 days a year and so have no check to do, unless they are EAEU citizens who
/// signed a contract (their stay then lasts as long as the contract). Belarus citizens are exempt (the rule's
/// `countries`). A rule not yet in force on the entry date (before 2021-12-29) does not apply.
///
/// Every term is "N days from an event": the event day may count as day 1 (the earlier date is shown). For the
/// 90 days, a pending bill (30 days) gives the earlier date to advise; the law in force is the later reading.
pub(crate) fn exam(ctx: &Ctx<'_>) -> Result<Option<Deadline>, AssessError> {
    let eaeu_contract = ctx.group.is_eaeu() && !ctx.works() && ctx.contract_current() == Some(true);
    let id = match ctx.purpose {
        Purpose::Work => ids::MEDICAL_TERM_WORK,
        _ if eaeu_contract => ids::EAEU_CONTRACT_MEDICAL,
        Purpose::Study => ids::MEDICAL_TERM_OTHER,
        _ => return Ok(None),
    };
    let entry = ctx.p.entry_date;
    let Some(rule) = ctx.law.in_force(id, entry) else {
        return Ok(None);
    };
    // Belarus citizens are exempt (listed in the entry rules' `countries`).
    let exempt = ctx
        .law
        .rule(ids::MEDICAL_TERM_WORK)
        .is_some_and(|r| r.names_country(ctx.p.citizenship.as_str()));
    if exempt {
        return Ok(None);
    }
    let (check, place) = ctx.medical_place();
    let done_on = ctx.p.medical_done_on;
    let mut d = Deadline::new(
        ctx,
        DeadlineKind::MedicalExam,
        entry,
        rule,
        Action::PassMedicalExam,
        Consequence::SanctionUnclear,
    )
    .places(&[place])
    .done(done_on.is_some(), done_on, ctx.today);

    d = if id == ids::EAEU_CONTRACT_MEDICAL {
        contract_terms(ctx, d)?
    } else if id == ids::MEDICAL_TERM_OTHER {
        other_purpose_terms(ctx, d)?
    } else {
        let days = ctx.law.days(id)?;
        d.days_from_event(ctx, entry, days, "entry_date")?
    };
    d = d.office_filing(ctx).note(Note::MedicalRepeatYearly);
    if ctx.needs_patent() {
        d = d.note(Note::MedicalNeededForPatent);
    }
    if let Some(done_on) = done_on {
        d.next_due = Some(repeat_due(ctx, done_on)?);
    }
    if d.uncertain && check == Check::Mmc {
        d.check = Some(Check::Mmc);
    }
    Ok(Some(d))
}

/// Non-work purposes: the law in force gives 90 days from entry; the bill (30 days, pending) gives the date to
/// advise. Both count the entry day in the safe reading.
fn other_purpose_terms(ctx: &Ctx<'_>, d: Deadline) -> Result<Deadline, AssessError> {
    let entry = ctx.p.entry_date;
    let days = ctx.law.days(ids::MEDICAL_TERM_OTHER)?;
    let later = ok_date(counting::days_after(entry, days), "entry_date")?;
    let bill = ctx.law.require(ids::MEDICAL_BILL_2026)?;
    let shorter = bill
        .days()
        .filter(|b| bill.status == RuleStatus::Pending && *b < days);
    match shorter {
        Some(bill_days) => {
            let safe = ok_date(
                counting::days_after_counting_event_day(entry, bill_days),
                "entry_date",
            )?;
            Ok(
                d.readings(ctx, safe, later, Some(Note::PendingBillShorterTerm))
                    .note(Note::EventDayMayCount),
            )
        }
        None => d.days_from_event(ctx, entry, days, "entry_date"),
    }
}

/// An EAEU citizen who entered for another purpose and signed a contract: 30 days from the contract (low
/// confidence), never later than the 90 days from entry of the other purposes.
fn contract_terms(ctx: &Ctx<'_>, d: Deadline) -> Result<Deadline, AssessError> {
    let entry = ctx.p.entry_date;
    // A contract signed before this entry counts from the entry.
    let signed = ctx.p.contract_signed_on.unwrap_or(entry).max(entry);
    let days = ctx.law.days(ids::EAEU_CONTRACT_MEDICAL)?;
    let other = ctx.law.days(ids::MEDICAL_TERM_OTHER)?;
    let from_contract = ok_date(counting::days_after(signed, days), "contract_signed_on")?;
    let from_entry = ok_date(counting::days_after(entry, other), "entry_date")?;
    let later = from_contract.min(from_entry);
    let safe = later.pred_opt().unwrap_or(later);
    Ok(d.readings(ctx, safe, later, Some(Note::EventDayMayCount))
        .note(Note::CountedFromContract))
}

/// Certificates are valid 12 months; the repeat is due within 30 days after they expire.
pub(crate) fn repeat_due(ctx: &Ctx<'_>, done_on: NaiveDate) -> Result<NaiveDate, AssessError> {
    let months = ctx.law.months(ids::MEDICAL_REPEAT)?;
    let days = ctx.law.days(ids::MEDICAL_REPEAT)?;
    let expires = ok_date(counting::months_after(done_on, months), "medical_done_on")?;
    ok_date(counting::days_after(expires, days), "medical_done_on")
}
