//! The stay limit for visa-free foreigners (law.md 2.1, 2.2).

use chrono::{Datelike, NaiveDate};

use super::{koap_18_8_fine, ok_date, Action, Ctx, Deadline, DeadlineKind, Note};
use crate::counting;
use crate::error::AssessError;
use crate::ids;
use crate::profile::{CitizenshipGroup, Purpose};
use crate::rules::Check;

/// Who is under the limit: not a patent holder (the paid patent is their stay; its end is the payment
/// deadline), not an EAEU citizen under a contract (stay = contract term), and not an EAEU worker whose contract
/// ended after the first 90 days (15 days for a new one: `work::eaeu_new_contract`). An EAEU worker who did not
/// say whether there is a contract IS under the limit (the safe side), flagged uncertain.
fn applies(ctx: &Ctx<'_>) -> bool {
    let eaeu_contract = ctx.group.is_eaeu() && ctx.contract_current() == Some(true);
    !(ctx.has_patent() || eaeu_contract || super::work::eaeu_contract_ended_after_90_days(ctx))
}

/// The last day of the visa-free stay as if the person had no patent (an annulled patent extends nothing:
/// law.md 2.2 (a) needs a valid one), with the rule that sets it: the days left of the limit in force on entry,
/// counted from the entry day; the entry day itself when none are left. The earlier reading only (no year-end
/// reading): it is the safe date of a stay whose patent may be gone.
pub(crate) fn last_day_without_patent<'a>(
    ctx: &Ctx<'a>,
) -> Result<(NaiveDate, &'a crate::rules::Rule), AssessError> {
    let entry = ctx.p.entry_date;
    let rule = match ctx.law.in_force(ids::STAY_LIMIT_90_PER_YEAR, entry) {
        Some(rule) => rule,
        None => ctx.law.require(ids::STAY_LIMIT_90_IN_180)?,
    };
    let used = ctx.p.days_in_russia_this_year.map(u32::from).unwrap_or(0);
    let left = rule.days().unwrap_or(0).saturating_sub(used);
    Ok((counting::stay_last_day(entry, left).unwrap_or(entry), rule))
}

/// The last legal day of this stay.
///
/// Since 2025-01-01 (90/365): at most 90 days in total per CALENDAR year, and at most 90 days in a row. Days are
/// counted inclusively (the entry day is a day in Russia). `days_in_russia_this_year` are the days already used
/// in the entry's year. Reading of the year end: the old year's allowance runs out first, or, if it lasts past
/// 31 December, the new year brings a fresh allowance and the 90-days-in-a-row cap is what ends the stay (it
/// always comes before the new year's 90 days are used up). Days of the old year never count in the new one.
///
/// Before 2025-01-01 (90 in 180): the days already used are taken as falling in the 180-day window (we do not
/// know when they were), which gives the earlier, safer date; marked uncertain.
pub(crate) fn limit(ctx: &Ctx<'_>) -> Result<Option<Deadline>, AssessError> {
    if !applies(ctx) {
        return Ok(None);
    }
    let entry = ctx.p.entry_date;
    let used = ctx.p.days_in_russia_this_year.map(u32::from);
    let (rule, old_rule) = match ctx.law.in_force(ids::STAY_LIMIT_90_PER_YEAR, entry) {
        Some(rule) => (rule, false),
        None => (ctx.law.require(ids::STAY_LIMIT_90_IN_180)?, true),
    };
    let limit = rule.days().unwrap_or(0);
    let left = limit.saturating_sub(used.unwrap_or(0));
    let in_a_row_last = ok_date(counting::stay_last_day(entry, limit), "entry_date")?;

    let mut notes = Vec::new();
    // The other reading, when the stay crosses 31 December (how MVD counts it is not published).
    let mut later_reading = None;
    let due = match counting::stay_last_day(entry, left) {
        // Nothing left: the limit was used up before this entry. The entry day is the earliest date we report.
        None => {
            notes.push(Note::LimitUsedBeforeEntry);
            entry
        }
        Some(last) if old_rule => last,
        Some(last) => {
            let year_end = ok_date(NaiveDate::from_ymd_opt(entry.year(), 12, 31), "entry_date")?;
            if last > year_end && in_a_row_last > last {
                // Safe: the allowance left in the entry's year is not renewed on 1 January. Later: a fresh
                // allowance from 1 January, so the 90-days-in-a-row cap ends the stay.
                later_reading = Some(in_a_row_last);
            }
            last
        }
    };

    let (fine, consequence) = koap_18_8_fine(ctx, true)?;
    // Leaving Russia is done at the border, not at an office: no place is named.
    let (check, _) = ctx.office();
    let mut d = Deadline::new(
        ctx,
        DeadlineKind::StayLimit,
        due,
        rule,
        Action::LeaveOrGetBasisToStay,
        consequence,
    )
    .fine(Some(fine));
    for n in notes {
        d = d.note(n);
    }
    if let Some(later) = later_reading {
        d = d
            .readings(ctx, due, later, Some(Note::YearEndCountingUnpublished))
            .note(Note::CrossesYearEnd);
    }
    // law.md conflict 2: some pages give a later start for the 90/365 rule (`alt_in_force_from`) than MVD. An
    // entry before that date is counted under the new rule (MVD is authoritative), flagged.
    if !old_rule && rule.alt_in_force_from.is_some_and(|alt| entry < alt) {
        d = d
            .note(Note::RuleStartDateDisputed)
            .uncertain_with(Check::MvdOffice);
    }
    if old_rule {
        d = d
            .note(Note::Old90In180Rule)
            .uncertain_with(Check::MvdOffice);
    }
    if used.is_none() {
        d = d.note(Note::PriorDaysUnknown).uncertain_with(check);
    }
    if ctx.group.is_eaeu() && ctx.working() && ctx.contract_current().is_none() {
        d = d
            .note(Note::ContractUnknownLimitShown)
            .uncertain_with(check);
    }
    if ctx.purpose == Purpose::Study {
        d = d.note(Note::StudentsMayBeExempt).uncertain_with(check);
    }
    match ctx.group {
        CitizenshipGroup::Belarus => d = d.note(Note::BelarusTermsUnverified).uncertain_with(check),
        CitizenshipGroup::Ukraine => d = d.note(Note::UkraineSpecialRegime).uncertain_with(check),
        _ => {}
    }
    Ok(Some(d))
}
