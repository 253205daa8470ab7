//! Risks in words.

use super::*;
use musofir_law::ids;
use musofir_law::{Consequence, DeadlineKind, Law, Risk, RiskKind, RiskLevel, RuleStatus};

use crate::text::Msg;

// ---------------------------------------------------------------------------
// Risks
// ---------------------------------------------------------------------------

pub fn risk_mark(level: RiskLevel) -> &'static str {
    match level {
        RiskLevel::Danger => MARK_DANGER,
        RiskLevel::Warning => MARK_WARNING,
        RiskLevel::Info => MARK_INFO,
    }
}

/// The main sentence of a risk, without its mark. `None` only when the law
/// data lacks a number the sentence needs.
pub fn risk_text(r: &Risk, law: &Law) -> Option<Msg> {
    let m = Msg::new(risk_id(r.kind));
    let rule = law.rule(&r.rule);
    Some(match r.kind {
        RiskKind::Overstay => m.date("date", r.date?).num("days", r.days?),
        RiskKind::EntryBan => match (r.ban_years, r.next_ban_years, r.date) {
            (Some(years), _, _) => m.num("years", num(years)).num("days", r.days?),
            (None, Some(next), Some(date)) => Msg::new("risk-entry_ban-ahead")
                .num("years", num(next))
                .date("date", date)
                .num("days", r.days_left?),
            _ => return None,
        },
        RiskKind::ExpulsionBan => m.num("years", num(r.ban_years.or_else(|| rule?.years())?)),
        RiskKind::ExpulsionReplacement => {
            let (min, max) = match &r.fine {
                Some(f) => (f.min, f.max),
                None => {
                    let range = rule?.rub_range()?;
                    (range.min, range.max)
                }
            };
            m.rub("min", rub(min)).rub("max", rub(max))
        }
        RiskKind::PatentEnded => m.date("date", r.date?),
        // The day the contract copy was due.
        RiskKind::PatentAnnulled => m.date("date", r.date?),
        RiskKind::RegistrationOverCap => m.date("date", r.date?),
        RiskKind::MedicalRepeatDue => match r.days_left {
            Some(left) if left < 0 => Msg::new("risk-medical_repeat_due-late")
                .date("date", r.date?)
                .num("days", -left),
            _ => m.date("date", r.date?).num("days", r.days_left?),
        },
        RiskKind::AmnestyOpen => m.date("date", r.date?),
        // "No new amnesty" only with the date the sources were followed to.
        RiskKind::AmnestyClosed => m.date("date", r.date?).date("until", law.sources_until()),
        RiskKind::PendingChange => pending_change(r, law).unwrap_or(m),
        // The pair of regions one patent covers, named in the user's language, and since when.
        RiskKind::PatentTwoRegions => {
            let [a, b] = rule?.value.regions.as_slice() else {
                return None;
            };
            m.msg("a", Msg::new(format!("region-{a}")))
                .msg("b", Msg::new(format!("region-{b}")))
                .date("date", r.date?)
        }
        // The way out: enter again for work, then the patent's application term.
        RiskKind::WrongPurposeForWork => {
            m.num("days", num(law.days(ids::PATENT_APPLICATION_TERM).ok()?))
        }
        // The number of breaches of the regime's duties that lead to deportation.
        RiskKind::ExpulsionRegime => m.num("times", r.days?),
        // The state duty for a duplicate of the patent (or changes after a new passport).
        RiskKind::LostDocument => m.rub("rub", rub(r.amount_rub?)),
        // The old employer's notice to MVD; no term to find a new job, as far as the sources go.
        RiskKind::JobLost => m
            .num(
                "days",
                num(law.working_days(ids::PATENT_EMPLOYER_NOTICE).ok()?),
            )
            .date("until", law.sources_until()),
        // The age from which children pass the medical check, and the stay that needs it.
        RiskKind::ChildrenObligations => m.num("years", r.days?).num(
            "days",
            num(law
                .rule(ids::MEDICAL_TERM_OTHER)
                .and_then(|x| x.threshold_days())?),
        ),
        RiskKind::ExpulsionWithoutCourt
        | RiskKind::RklPossible
        | RiskKind::AminaGeolocation
        | RiskKind::RegistrationTermUncertain
        | RiskKind::HotelRegistersGuest
        | RiskKind::PurposeUnknown
        | RiskKind::WorkOutsidePatent
        | RiskKind::BeforeTravel
        | RiskKind::StudentsMayWork
        | RiskKind::WorkWithoutPatent => m,
    })
}

/// A known bill in words, with its numbers from the data.
pub(super) fn pending_change(r: &Risk, law: &Law) -> Option<Msg> {
    let rule = law.rule(&r.rule)?;
    Some(match r.rule.as_str() {
        ids::MEDICAL_BILL_2026 => {
            let range = rule.rub_range()?;
            Msg::new("risk-pending_change-medical")
                .num("days", num(rule.days()?))
                .rub("min", rub(range.min))
                .rub("max", rub(range.max))
        }
        ids::PATENT_INCOME_TEST_BILL => Msg::new("risk-pending_change-income_test"),
        ids::RUID_MANDATORY_DRAFT => {
            let (from, _) = rule.window()?;
            Msg::new("risk-pending_change-ruid").date("date", from)
        }
        ids::FINE_KOAP_18_8_RAISE_BILL => {
            let range = rule.rub_range()?;
            Msg::new("risk-pending_change-fines")
                .rub("min", rub(range.min))
                .rub("max", rub(range.max))
        }
        ids::PATENT_ONE_EMPLOYER_BILL => Msg::new("risk-pending_change-one_employer")
            .num("months", num(rule.months()?))
            .num("days", num(rule.days()?)),
        ids::RECRUITMENT_EXPERIMENT_2027 => {
            let (from, until) = rule.window()?;
            Msg::new("risk-pending_change-recruitment")
                .date("from", from)
                .date("until", until)
        }
        _ => return None,
    })
}

/// A bill's last known stage: its date, when it was last checked, and where
/// to follow it. `None` when the data lacks the stage's date.
pub(super) fn pending_stage(r: &Risk, law: &Law) -> Option<Msg> {
    let rule = law.rule(&r.rule)?;
    let checked = rule.verified_on.unwrap_or_else(|| law.sources_until());
    let m = Msg::new("risk-pending_change-stage")
        .date("date", rule.stage_on?)
        .date("checked", checked);
    Some(match rule.watch.as_deref() {
        Some(url) => m.msg("watch", Msg::new("guidance-watch-link").str("url", url)),
        None => m.msg("watch", Msg::new("guidance-watch-none")),
    })
}

/// Extra lines of a risk: the next ban, the cash limit, numbers of the rule.
pub(super) fn risk_extra(r: &Risk, law: &Law) -> Vec<Msg> {
    let rule = law.rule(&r.rule);
    let mut l = Vec::new();
    match r.kind {
        RiskKind::Overstay
        | RiskKind::WorkOutsidePatent
        | RiskKind::WrongPurposeForWork
        | RiskKind::WorkWithoutPatent => {
            if let Some(f) = &r.fine {
                let c = r.consequence.unwrap_or(Consequence::FineAndExpulsion);
                l.push(
                    Msg::new("risk-threat-fine")
                        .msg("consequence", Msg::new(consequence_id(c)))
                        .rub("min", rub(f.min))
                        .rub("max", rub(f.max)),
                );
            }
        }
        RiskKind::EntryBan => {
            if let (Some(_), Some(next), Some(date)) = (r.ban_years, r.next_ban_years, r.date) {
                l.push(
                    Msg::new("risk-entry_ban-next")
                        .num("years", num(next))
                        .date("date", date),
                );
            }
        }
        RiskKind::RklPossible => {
            if let Some(cash) = r.amount_rub {
                l.push(Msg::new("risk-rkl_possible-cash").rub("rub", rub(cash)));
            }
        }
        // A bill would give a term to find a new job: only while it is a bill.
        RiskKind::JobLost => {
            let bill = law
                .rule(ids::PATENT_ONE_EMPLOYER_BILL)
                .filter(|b| b.status == RuleStatus::Pending);
            if let Some(days) = bill.and_then(|b| b.days()) {
                l.push(Msg::new("risk-job_lost-bill").num("days", num(days)));
            }
        }
        // A patent holder going abroad: keep paying, come back for work, register again.
        RiskKind::BeforeTravel if r.related == Some(DeadlineKind::PatentPayment) => {
            l.push(Msg::new("risk-before_travel-patent"));
        }
        RiskKind::PendingChange => l.extend(pending_stage(r, law)),
        RiskKind::AminaGeolocation => {
            let days = r
                .days
                .or_else(|| rule.and_then(|x| x.working_days()).map(i64::from));
            if let Some(days) = days {
                l.push(Msg::new("risk-amina_geolocation-days").num("days", days));
            }
        }
        RiskKind::RegistrationTermUncertain => {
            if let Some(days) = r.days {
                l.push(Msg::new("risk-registration_term_uncertain-alt").num("days", days));
            }
        }
        RiskKind::HotelRegistersGuest => {
            if let Some(days) = rule.and_then(|x| x.working_days()) {
                l.push(Msg::new("risk-hotel_registers_guest-days").num("days", num(days)));
            }
        }
        _ => {}
    }
    l
}

/// The first line of a risk: its mark and main sentence.
pub fn risk_line(r: &Risk, law: &Law) -> Option<Msg> {
    Some(
        Msg::new("guidance-marked")
            .str("mark", risk_mark(r.level))
            .msg("text", risk_text(r, law)?),
    )
}

/// One risk as one paragraph: the sentence, its details, where to check, the source.
pub fn risk_paragraph(r: &Risk, law: &Law) -> Option<Msg> {
    let mut l = vec![risk_line(r, law)?];
    l.extend(risk_extra(r, law));
    // A bill is uncertain by nature and its sentence says so: only say where to follow it.
    let uncertain_line = r.uncertain && r.kind != RiskKind::PendingChange;
    // An annulled patent, and the overstay that follows from it, hang on whether the patent still stands: that
    // is looked up online, not at the office that issued it.
    let on_patent = r.kind == RiskKind::PatentAnnulled
        || (r.kind == RiskKind::Overstay && r.related == Some(DeadlineKind::ContractNotice));
    if on_patent {
        let id = if uncertain_line {
            "guidance-uncertain"
        } else {
            "guidance-check"
        };
        l.push(Msg::new(id).msg("check", patent_check(law)));
    } else if uncertain_line {
        l.push(uncertain(r.check, r.check_url.as_deref(), law));
    } else if let Some(c) = r.check {
        l.push(Msg::new("guidance-check").msg("check", check(c, r.check_url.as_deref(), law)));
    }
    l.push(source(&r.source, r.source_url.as_deref(), r.confidence));
    lines(l)
}
