//! Migration registration at the place of stay (law.md 1.1-1.8).

use super::{koap_18_8_fine, ok_date, Action, Ctx, Deadline, DeadlineKind, Note, Place};
use crate::counting;
use crate::error::AssessError;
use crate::ids;
use crate::profile::CitizenshipGroup as G;
use crate::rules::{Check, Rule};

/// The registration term that applies to this citizenship on the entry date.
///
/// Uzbek citizens got 15 days only from 2022-06-04; an earlier entry falls under the general rule. Belarus and
/// Ukraine are uncertain in law.md: the rule data carries the shorter (safer) reading and a low confidence.
fn term_rule<'a>(ctx: &Ctx<'a>) -> Result<&'a Rule, AssessError> {
    let entry = ctx.p.entry_date;
    let specific = match ctx.group {
        G::Uzbekistan => Some(ids::REGISTRATION_TERM_UZ),
        G::Tajikistan => Some(ids::REGISTRATION_TERM_TJ),
        G::Kyrgyzstan | G::Kazakhstan | G::Armenia => Some(ids::REGISTRATION_TERM_EAEU),
        G::Belarus => Some(ids::REGISTRATION_TERM_BY),
        G::Ukraine => Some(ids::REGISTRATION_TERM_UA),
        G::Other => None,
    };
    match specific.and_then(|id| ctx.law.in_force(id, entry)) {
        Some(rule) => Ok(rule),
        None => Ok(ctx.law.require(ids::REGISTRATION_TERM_GENERAL)?),
    }
}

/// Registration after entry. Hotel guests have no obligation: the hotel files (reported as a risk note).
pub(crate) fn registration(ctx: &Ctx<'_>) -> Result<Option<Deadline>, AssessError> {
    if ctx.hotel {
        return Ok(None);
    }
    let rule = term_rule(ctx)?;
    let entry = ctx.p.entry_date;
    let (fine, consequence) = koap_18_8_fine(ctx, false)?;

    let mut deadline = if let Some(days) = rule.days() {
        let due = ok_date(counting::days_after(entry, days), "entry_date")?;
        Deadline::new(
            ctx,
            DeadlineKind::Registration,
            due,
            rule,
            Action::RegisterAtPlaceOfStay,
            consequence,
        )
        .office_filing(ctx)
    } else {
        // Working-day terms run from arrival at the place of stay; the entry date is the earliest arrival.
        let days = rule.working_days().unwrap_or(0);
        let counted = counting::working_days_after(ctx.law.calendar(), entry, days).ok_or(
            AssessError::DateOverflow {
                field: "entry_date",
            },
        )?;
        Deadline::new(
            ctx,
            DeadlineKind::Registration,
            counted.date,
            rule,
            Action::RegisterAtPlaceOfStay,
            consequence,
        )
        .counted(counted)
        .note(Note::CountedFromEntryDate)
    };
    deadline = deadline
        .fine(Some(fine))
        .done(
            ctx.p.registered_on.is_some(),
            ctx.p.registered_on,
            ctx.today,
        )
        .places(&[Place::MvdOffice, Place::Mfc, Place::Post, Place::Gosuslugi])
        .note(Note::HostFilesNotice);

    deadline = match ctx.group {
        G::Uzbekistan if rule.id == ids::REGISTRATION_TERM_UZ => {
            deadline.note(Note::SomeSourcesCountWorkingDays)
        }
        G::Belarus => deadline
            .note(Note::LongerTermAlsoReported)
            .note(Note::BelarusTermsUnverified),
        G::Ukraine => deadline
            .note(Note::LongerTermAlsoReported)
            .note(Note::UkraineSpecialRegime),
        _ => deadline,
    };
    if ctx.amina().is_some() {
        deadline.action = Action::RegisterViaAmina;
        deadline = deadline
            .places(&[Place::AminaApp, Place::Mmc])
            .note(Note::RegisterViaAmina);
        deadline.notes.retain(|n| *n != Note::HostFilesNotice);
        if deadline.uncertain {
            deadline.check = Some(Check::Mmc);
        }
    }
    Ok(Some(deadline))
}

/// The end of the current registration (`registered_until`): renew it, or leave, before it runs out.
pub(crate) fn registration_end(ctx: &Ctx<'_>) -> Result<Option<Deadline>, AssessError> {
    let Some(until) = ctx.p.registered_until else {
        return Ok(None);
    };
    let rule = ctx.law.require(ids::REGISTRATION_MAX_TERM)?;
    let (fine, consequence) = koap_18_8_fine(ctx, false)?;
    let places: &[Place] = if ctx.amina().is_some() {
        &[Place::AminaApp, Place::Mmc]
    } else {
        &[Place::MvdOffice, Place::Mfc, Place::Post, Place::Gosuslugi]
    };
    let mut deadline = Deadline::new(
        ctx,
        DeadlineKind::RegistrationEnd,
        until,
        rule,
        Action::RenewRegistration,
        consequence,
    )
    .fine(Some(fine))
    .places(places);
    // The date is the person's own registration end, not a legal term: the cap's start-date conflict (law.md
    // conflict 1) does not make it uncertain.
    deadline.uncertain = false;
    deadline.check = None;
    deadline.confidence = crate::rules::Confidence::High;
    Ok(Some(deadline))
}
