//! A worker's year after the patent or the contract: the employer's notice, an EAEU contract that ended, work
//! outside the patent's region or profession, the wrong purpose on the migration card, a lost job.

use super::{
    koap_18_8_fine, Action, Consequence, Ctx, Deadline, DeadlineKind, Fine, Note, Risk, RiskKind,
    RiskLevel, Status,
};
use crate::counting;
use crate::error::AssessError;
use crate::ids;
use crate::profile::{Purpose, Region};
use crate::rules::{Check, Rule};

/// The employer notifies MVD within 3 working days of a new contract (115-FZ art. 13 p. 8). It is the
/// employer's duty: the person asks for the confirmation. For anyone working under a contract whose date is known.
pub(crate) fn employer_notice(ctx: &Ctx<'_>) -> Result<Option<Deadline>, AssessError> {
    let Some(signed) = ctx.p.contract_signed_on else {
        return Ok(None);
    };
    // A contract signed before this entry was notified then (or not): nothing to do in this stay.
    if ctx.contract_current() != Some(true) || signed < ctx.p.entry_date {
        return Ok(None);
    }
    let rule = ctx.law.require(ids::PATENT_EMPLOYER_NOTICE)?;
    let days = ctx.law.working_days(ids::PATENT_EMPLOYER_NOTICE)?;
    let counted = counting::working_days_after(ctx.law.calendar(), signed, days).ok_or(
        AssessError::DateOverflow {
            field: "contract_signed_on",
        },
    )?;
    let d = Deadline::new(
        ctx,
        DeadlineKind::EmployerNotice,
        counted.date,
        rule,
        Action::AskEmployerToNotify,
        Consequence::EmployerFined,
    )
    .counted(counted)
    .note(Note::EmployerFiles)
    .done(ctx.p.employer_notified == Some(true), None, ctx.today);
    Ok(Some(d))
}

/// An EAEU worker whose contract ended after the first 90 days of the stay (EAEU Treaty art. 97): the stay limit
/// does not apply then; 15 days to sign a new contract instead.
pub(crate) fn eaeu_contract_ended_after_90_days(ctx: &Ctx<'_>) -> bool {
    let Some(ended) = ctx.p.contract_ended_on else {
        return false;
    };
    if !ctx.group.is_eaeu() || ctx.contract_current() != Some(false) {
        return false;
    }
    let ninety = ctx.law.days(ids::STAY_LIMIT_90_PER_YEAR).unwrap_or(90);
    counting::stay_last_day(ctx.p.entry_date, ninety).is_some_and(|last| ended > last)
}

/// Sign a new contract within 15 days of the old one ending, or leave (a contract that ended within the first 90
/// days leaves the ordinary 90-day limit instead: `stay::limit`).
pub(crate) fn eaeu_new_contract(ctx: &Ctx<'_>) -> Result<Option<Deadline>, AssessError> {
    if !eaeu_contract_ended_after_90_days(ctx) {
        return Ok(None);
    }
    let Some(ended) = ctx.p.contract_ended_on else {
        return Ok(None);
    };
    let rule = ctx.law.require(ids::STAY_EAEU_NEW_CONTRACT)?;
    let days = ctx.law.days(ids::STAY_EAEU_NEW_CONTRACT)?;
    let (fine, _) = koap_18_8_fine(ctx, true)?;
    let d = Deadline::new(
        ctx,
        DeadlineKind::EaeuNewContract,
        ended,
        rule,
        Action::SignNewContract,
        Consequence::StayEnds,
    )
    .fine(Some(fine))
    .days_from_event(ctx, ended, days, "contract_ended_on")?;
    Ok(Some(d))
}

/// The region where the person works.
fn work_region(ctx: &Ctx<'_>) -> Region {
    ctx.p.work_region.unwrap_or(ctx.region)
}

/// KoAP 18.10: part 2 in the four capital regions, part 1 elsewhere.
fn koap_18_10(ctx: &Ctx<'_>, region: Region) -> Result<Option<Fine>, AssessError> {
    let id = if region.is_capital_region() {
        ids::FINE_KOAP_18_10_2
    } else {
        ids::FINE_KOAP_18_10_1
    };
    Ok(Fine::from_rule(ctx.law.require(id)?))
}

/// Risks of a worker's year: work outside the patent's region or profession, one patent for a pair of regions,
/// working with the wrong purpose on the card, a lost job with a paid patent.
pub(crate) fn risks(
    ctx: &Ctx<'_>,
    deadlines: &[Deadline],
    out: &mut Vec<Risk>,
) -> Result<(), AssessError> {
    let law = ctx.law;
    without_patent(ctx, deadlines, out)?;
    let patent_valid = ctx.has_patent() && ctx.patent_ended_on().is_none();
    if patent_valid {
        let work = work_region(ctx);
        let outside_region = match ctx.p.patent_region {
            Some(issued) if issued != work => {
                // A pair of regions with one patent, in force today and naming both.
                let pair = law
                    .family_in_force(ids::FAMILY_PATENT_TWO_REGIONS, ctx.today)
                    .into_iter()
                    .find(|r| r.names_region(issued.as_str()) && r.names_region(work.as_str()));
                match pair {
                    Some(rule) => {
                        out.push(
                            Risk::new(ctx, RiskKind::PatentTwoRegions, RiskLevel::Info, rule)
                                .on_start(ctx, rule)
                                .related(DeadlineKind::PatentPayment),
                        );
                        false
                    }
                    // "other" names no particular region: not known to differ.
                    None => issued != Region::Other && work != Region::Other,
                }
            }
            _ => false,
        };
        let outside_profession = ctx.p.works_in_patent_profession == Some(false);
        if outside_region || outside_profession {
            let fine = koap_18_10(ctx, work)?;
            let rule = law.require(if work.is_capital_region() {
                ids::FINE_KOAP_18_10_2
            } else {
                ids::FINE_KOAP_18_10_1
            })?;
            let mut r = Risk::new(ctx, RiskKind::WorkOutsidePatent, RiskLevel::Danger, rule)
                .consequence(if work.is_capital_region() {
                    Consequence::FineAndExpulsion
                } else {
                    Consequence::FineAndExpulsionPossible
                });
            r.fine = fine;
            out.push(r);
        }
        let lost_job = ctx.p.contract_ended_on.is_some() && ctx.contract_current() == Some(false);
        if lost_job {
            let rule = law.require(ids::PATENT_JOB_LOSS)?;
            out.push(
                Risk::new(ctx, RiskKind::JobLost, RiskLevel::Warning, rule)
                    .related(DeadlineKind::PatentPayment),
            );
        }
    }

    // Working, not an EAEU citizen, no patent possible: the card's purpose is not work.
    let wrong_purpose = !ctx.group.is_eaeu()
        && ctx.purpose_known
        && !matches!(ctx.purpose, Purpose::Work | Purpose::Study)
        && ctx.p.works == Some(true)
        && !ctx.has_patent();
    if wrong_purpose {
        let rule = law.require(ids::PATENT_PURPOSE_WORK)?;
        let work = work_region(ctx);
        let mut r = Risk::new(ctx, RiskKind::WrongPurposeForWork, RiskLevel::Danger, rule)
            .check(ctx, Check::MvdOffice)
            .consequence(if work.is_capital_region() {
                Consequence::FineAndExpulsion
            } else {
                Consequence::FineAndExpulsionPossible
            });
        r.fine = koap_18_10(ctx, work)?;
        out.push(r);
    }
    Ok(())
}

/// Purpose "work" (not EAEU), no valid patent, and its term has passed: the application is overdue, or the patent
/// ended. Working now is working without a patent (KoAP 18.10: part 2 in the capital regions, with expulsion).
fn without_patent(
    ctx: &Ctx<'_>,
    deadlines: &[Deadline],
    out: &mut Vec<Risk>,
) -> Result<(), AssessError> {
    if !ctx.needs_patent() {
        return Ok(());
    }
    let application_overdue = deadlines
        .iter()
        .any(|d| d.kind == DeadlineKind::PatentApplication && d.status == Status::Overdue);
    let ended = ctx.patent_ended_on();
    if !(application_overdue || ended.is_some()) {
        return Ok(());
    }
    let work = work_region(ctx);
    let capital = work.is_capital_region();
    let rule = ctx.law.require(if capital {
        ids::FINE_KOAP_18_10_2
    } else {
        ids::FINE_KOAP_18_10_1
    })?;
    let mut r = Risk::new(ctx, RiskKind::WorkWithoutPatent, RiskLevel::Danger, rule).consequence(
        if capital {
            Consequence::FineAndExpulsion
        } else {
            Consequence::FineAndExpulsionPossible
        },
    );
    r.fine = koap_18_10(ctx, work)?;
    r.related = Some(if ended.is_some() {
        DeadlineKind::PatentPayment
    } else {
        DeadlineKind::PatentApplication
    });
    if let Some(ended) = ended {
        r = r.on(ctx, ended);
    }
    out.push(r);
    Ok(())
}

impl Risk {
    /// The date a rule starts (for a risk that says "from …").
    pub(crate) fn on_start(self, ctx: &Ctx<'_>, rule: &Rule) -> Risk {
        match rule.in_force_from {
            crate::rules::LawDate::On(from) => self.on(ctx, from),
            _ => self,
        }
    }
}
