//! Migration registration at the place of stay (law.md 1.1-1.8), after a move, and its end.

use chrono::NaiveDate;

use super::{koap_18_8_fine, ok_date, Action, Ctx, Deadline, DeadlineKind, Note, Place};
use crate::counting;
use crate::error::AssessError;
use crate::ids;
use crate::profile::CitizenshipGroup as G;
use crate::rules::{Check, Confidence, Rule};

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

const OFFICE_PLACES: &[Place] = &[Place::MvdOffice, Place::Mfc, Place::Post, Place::Gosuslugi];

/// Registration after entry. Hotel guests have no obligation: the hotel files (reported as a risk note).
///
/// A person who moved to a new address before registering at the first one and before this deadline registers at
/// the new address instead ([`after_move`]): this deadline is then left out.
pub(crate) fn registration(ctx: &Ctx<'_>) -> Result<Option<Deadline>, AssessError> {
    if ctx.hotel {
        return Ok(None);
    }
    let rule = term_rule(ctx)?;
    let entry = ctx.p.entry_date;
    let (fine, consequence) = koap_18_8_fine(ctx, false)?;
    let registered = ctx.p.registered_on.is_some();

    let mut deadline = if let Some(days) = rule.days() {
        Deadline::new(
            ctx,
            DeadlineKind::Registration,
            entry,
            rule,
            Action::RegisterAtPlaceOfStay,
            consequence,
        )
        .done(registered, ctx.p.registered_on, ctx.today)
        .days_from_event(ctx, entry, days, "entry_date")?
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
        .done(registered, ctx.p.registered_on, ctx.today)
    };
    if let Some(moved) = ctx.p.moved_on {
        // Moved on or before the last day without having registered: the new address is what counts.
        if !registered && moved <= deadline.due.max(deadline.alt_due.unwrap_or(deadline.due)) {
            return Ok(None);
        }
    }
    deadline = deadline
        .fine(Some(fine))
        .places(OFFICE_PLACES)
        .note(Note::HostFilesNotice);
    if ctx.p.patent_issued_on.is_some_and(|issued| issued < entry) {
        deadline = deadline.note(Note::ReenteredWithPatent);
    }

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
    Ok(Some(amina_channel(ctx, deadline)))
}

/// In the "Amina" scheme registration is through the app at the MMC address; where the person is in the scheme
/// only by news reports of the law's text (an EAEU citizen working on a contract), the answer is uncertain and
/// checked at the MMC. Where the scheme may apply (scope not confirmed) the usual channels stay and the note says to
/// check at the MMC.
fn amina_channel(ctx: &Ctx<'_>, mut deadline: Deadline) -> Deadline {
    match ctx.amina_scope() {
        Some((rule, true)) => {
            deadline.action = Action::RegisterViaAmina;
            deadline = deadline
                .places(&[Place::AminaApp, Place::Mmc])
                .note(Note::RegisterViaAmina);
            deadline.notes.retain(|n| *n != Note::HostFilesNotice);
            if rule.is_uncertain() {
                deadline.mark_uncertain(Check::Mmc);
                deadline.confidence = deadline.confidence.min(rule.confidence);
            }
            if deadline.uncertain {
                deadline.check = Some(Check::Mmc);
            }
            deadline
        }
        Some((_, false)) => {
            let mut d = deadline.note(Note::AminaMayApply);
            d.mark_uncertain(Check::Mmc);
            d.check = Some(Check::Mmc);
            d
        }
        None => deadline,
    }
}

/// Registration at a new address after a move: 7 working days from arrival there (109-FZ art. 20); the 15/30
/// days from entry do not start again. In the "Amina" scheme the new address is reported in the app within its
/// term (3 working days).
pub(crate) fn after_move(ctx: &Ctx<'_>) -> Result<Option<Deadline>, AssessError> {
    let Some(moved) = ctx.p.moved_on else {
        return Ok(None);
    };
    if ctx.hotel {
        return Ok(None);
    }
    let (rule, action, days) = match ctx.amina() {
        Some(amina) => (amina, Action::RegisterViaAmina, ctx.amina_working_days()?),
        None => {
            let rule = ctx.law.require(ids::REGISTRATION_MOVE)?;
            let days = rule.working_days().unwrap_or(0);
            (rule, Action::RegisterAtPlaceOfStay, days)
        }
    };
    let counted = counting::working_days_after(ctx.law.calendar(), moved, days)
        .ok_or(AssessError::DateOverflow { field: "moved_on" })?;
    let (fine, consequence) = koap_18_8_fine(ctx, false)?;
    let done_on = ctx.p.registered_after_move_on;
    let mut d = Deadline::new(
        ctx,
        DeadlineKind::RegistrationAfterMove,
        counted.date,
        rule,
        action,
        consequence,
    )
    .counted(counted)
    .fine(Some(fine))
    .note(Note::AfterMove)
    .done(done_on.is_some(), done_on, ctx.today);
    d = if action == Action::RegisterViaAmina {
        d.places(&[Place::AminaApp]).note(Note::RegisterViaAmina)
    } else {
        amina_channel(ctx, d.places(OFFICE_PLACES).note(Note::HostFilesNotice))
    };
    Ok(Some(d))
}

/// The end of the current registration: renew it, or leave, before it runs out.
///
/// The date on the paper (`registered_until`) is bounded by the law: at most one year from the registration
/// (rule `registration.max_term`), and for a patent holder never past the paid patent period
/// (`registration.patent_holder_term`): after each payment the registration is renewed. When the bound is earlier
/// than the paper, the bound is shown (medium confidence) and the paper's date is the other reading.
pub(crate) fn registration_end(ctx: &Ctx<'_>) -> Result<Option<Deadline>, AssessError> {
    let Some(until) = ctx.p.registered_until else {
        return Ok(None);
    };
    let max_rule = ctx.law.require(ids::REGISTRATION_MAX_TERM)?;
    let (fine, consequence) = koap_18_8_fine(ctx, false)?;
    let places: &[Place] = if ctx.amina().is_some() {
        &[Place::AminaApp, Place::Mmc]
    } else {
        OFFICE_PLACES
    };

    // The bounds in force: (date, rule, note).
    let mut bound: Option<(NaiveDate, &Rule, Note)> = None;
    if let Some(on) = ctx.p.registered_on {
        if max_rule.is_in_force_on(on) {
            let years = ctx.law.years(ids::REGISTRATION_MAX_TERM)?;
            let cap = ok_date(
                counting::months_after(on, years * 12).and_then(|d| d.pred_opt()),
                "registered_on",
            )?;
            if cap < until {
                bound = Some((cap, max_rule, Note::CappedByOneYear));
            }
        }
    }
    if let Some(paid) = ctx
        .patent_valid_until()
        .filter(|_| ctx.patent_ended_on().is_none())
    {
        let rule = ctx.law.require(ids::REGISTRATION_PATENT_HOLDER_TERM)?;
        let earlier = bound.is_none_or(|(b, _, _)| paid < b);
        if paid < until && earlier && rule.is_in_force_on(ctx.today) {
            bound = Some((paid, rule, Note::CappedByPatentPeriod));
        }
    }

    let Some((end, rule, note)) = bound else {
        let mut deadline = Deadline::new(
            ctx,
            DeadlineKind::RegistrationEnd,
            until,
            max_rule,
            Action::RenewRegistration,
            consequence,
        )
        .fine(Some(fine))
        .places(places);
        // The date is the person's own registration end, within the legal bounds: not a legal term, so the cap's
        // start-date conflict (law.md conflict 1) does not make it uncertain.
        deadline.uncertain = false;
        deadline.check = None;
        deadline.confidence = Confidence::High;
        return Ok(Some(deadline));
    };
    let mut deadline = Deadline::new(
        ctx,
        DeadlineKind::RegistrationEnd,
        end,
        rule,
        Action::RenewRegistration,
        consequence,
    )
    .fine(Some(fine))
    .places(places)
    .note(note);
    deadline.alt_due = Some(until);
    deadline.mark_uncertain(Check::MvdOffice);
    if deadline.confidence > Confidence::Medium {
        deadline.confidence = Confidence::Medium;
    }
    Ok(Some(deadline))
}
