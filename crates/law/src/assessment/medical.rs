//! Medical check, fingerprinting and photo (law.md 4.1-4.3).

use super::{ok_date, Action, Consequence, Ctx, Deadline, DeadlineKind, Note};
use crate::counting;
use crate::error::AssessError;
use crate::ids;
use crate::profile::Purpose;
use crate::rules::Check;

/// Work: 30 days from entry. Other purposes: 90 days, but only when the stay will exceed 90 days.
///
/// The profile has no planned length of stay, so "will exceed 90 days" is read from the purpose: students are
/// the non-work group whose stay may legally exceed the 90-day limit (law.md 2.2 c); tourists, private and
/// business visitors are capped at 90 days a year and so have no check to do. Belarus citizens are exempt (the
/// rule's `countries`). A rule not yet in force on the entry date (before 2021-12-29) does not apply.
pub(crate) fn exam(ctx: &Ctx<'_>) -> Result<Option<Deadline>, AssessError> {
    let id = match ctx.purpose {
        Purpose::Work => ids::MEDICAL_TERM_WORK,
        Purpose::Study => ids::MEDICAL_TERM_OTHER,
        _ => return Ok(None),
    };
    let Some(rule) = ctx.law.in_force(id, ctx.p.entry_date) else {
        return Ok(None);
    };
    if rule.names_country(ctx.p.citizenship.as_str()) {
        return Ok(None);
    }
    let days = ctx.law.days(id)?;
    let due = ok_date(counting::days_after(ctx.p.entry_date, days), "entry_date")?;
    let (check, place) = ctx.office();
    let done_on = ctx.p.medical_done_on;
    let mut d = Deadline::new(
        ctx,
        DeadlineKind::MedicalExam,
        due,
        rule,
        Action::PassMedicalExam,
        Consequence::SanctionUnclear,
    )
    .office_filing(ctx)
    .places(&[place])
    .done(done_on.is_some(), done_on, ctx.today)
    .note(Note::MedicalRepeatYearly);
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

/// Certificates are valid 12 months; the repeat is due within 30 days after they expire.
pub(crate) fn repeat_due(
    ctx: &Ctx<'_>,
    done_on: chrono::NaiveDate,
) -> Result<chrono::NaiveDate, AssessError> {
    let months = ctx.law.months(ids::MEDICAL_REPEAT)?;
    let days = ctx.law.days(ids::MEDICAL_REPEAT)?;
    let expires = ok_date(counting::months_after(done_on, months), "medical_done_on")?;
    ok_date(counting::days_after(expires, days), "medical_done_on")
}
