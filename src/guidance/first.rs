//! The first screen of "my situation": what to do next, in about 700
//! characters. At most [`MAX_ACTIONS`] actions, nearest first (the engine's
//! next steps), each with its date and its place (the office of the region
//! from `law/offices.toml`, or how to find one); for an overstayer the day to
//! leave by before the next entry ban comes first. Everything else — sources,
//! confidence, consequences, notes, other deadlines, risks — is behind the
//! "More" button ([`super::situation`]) and in /explain; the last line says
//! so, with the law's date.

use super::*;
use musofir_law::{
    Assessment, Check, Consequence, Deadline, DeadlineKind, Law, NextStep, Place, Region, Risk,
    RiskKind, RiskLevel, Service, Status, StepId, Where,
};

use crate::text::Msg;

/// The most actions the first screen lists.
pub const MAX_ACTIONS: usize = 3;

/// The first screen: a header, the danger line of an overstay or of working
/// without a patent, up to three actions, what else there is, and the law's
/// date. `region` is the person's answer (unknown: how to find the office).
pub fn first_screen(a: &Assessment, law: &Law, region: Option<Region>) -> Vec<Msg> {
    let region = region.unwrap_or(Region::Other);
    let mut out = vec![Msg::new("first-header").date("date", a.today)];
    out.extend(alarm(a));
    let shown: Vec<&NextStep> = a.next_steps.iter().take(MAX_ACTIONS).collect();
    if shown.is_empty() {
        out.push(Msg::new("first-nothing"));
    }
    for (i, s) in shown.iter().enumerate() {
        out.push(action(i + 1, s, a, law, region));
    }
    let more_steps = a.next_steps.len().saturating_sub(shown.len());
    let more_risks = a
        .risks
        .iter()
        .filter(|r| r.level != RiskLevel::Info && r.kind != RiskKind::PendingChange)
        .filter(|r| !in_alarm(r, a))
        .count();
    let id = if more_steps + more_risks == 0 {
        "first-footer"
    } else {
        "first-footer-more"
    };
    out.push(Msg::new(id).date("date", a.law_as_of));
    out
}

/// The risks whose line the first screen shows above the actions (working
/// without a patent only while the stay is legal).
fn in_alarm(r: &Risk, a: &Assessment) -> bool {
    match r.kind {
        RiskKind::Overstay | RiskKind::PatentAnnulled => true,
        RiskKind::WorkWithoutPatent => a.risk(RiskKind::Overstay).is_none(),
        _ => false,
    }
}

/// The line above the actions: the legal stay is over (since when, how many
/// days), or working now is working without a patent (the fine).
fn alarm(a: &Assessment) -> Vec<Msg> {
    let mut out = Vec::new();
    let annulled = a.risk(RiskKind::PatentAnnulled).and_then(|r| r.date);
    if let Some(r) = a.risk(RiskKind::Overstay) {
        // Over only if the patent was annulled (the contract copy is overdue): one line says both.
        if let (Some(copy_due), Some(end), Some(days), Some(DeadlineKind::ContractNotice)) =
            (annulled, r.date, r.days, r.related)
        {
            out.push(
                Msg::new("first-annulled-overstay")
                    .date("date", copy_due)
                    .date("end", end)
                    .num("days", days),
            );
            return out;
        }
        if let (Some(date), Some(days)) = (r.date, r.days) {
            out.push(
                Msg::new("first-overstay")
                    .date("date", date)
                    .num("days", days),
            );
        }
    }
    // Working without a patent, unless the stay itself is over (then leaving comes first, and is the line above).
    let overstay = out.len();
    if let Some(r) = a
        .risk(RiskKind::WorkWithoutPatent)
        .filter(|_| overstay == 0)
    {
        if let Some(f) = &r.fine {
            let expel = if r.consequence == Some(Consequence::FineAndExpulsion) {
                "always"
            } else {
                "other"
            };
            out.push(
                Msg::new("first-no-work")
                    .rub("min", rub(f.min))
                    .rub("max", rub(f.max))
                    .str("expel", expel)
                    .str("source", crate::explain::ru_citation(&r.source)),
            );
        }
    }
    if let Some(date) = annulled {
        out.push(Msg::new("first-annulled").date("date", date));
    }
    out
}

/// One numbered action: the step, its date (or "as soon as possible" once
/// passed), and where.
fn action(n: usize, s: &NextStep, a: &Assessment, law: &Law, region: Region) -> Msg {
    let n = i64::try_from(n).unwrap_or(i64::MAX);
    let d = s
        .deadline
        .and_then(|k| a.deadline(k))
        .filter(|d| d.status != Status::Done);
    let head = match s.step {
        StepId::LeaveBeforeBan => leave_before_ban(s, a),
        _ => None,
    }
    .unwrap_or_else(|| Msg::new(step_id(s.step)));
    let first = match (s.step, s.due) {
        (StepId::LeaveBeforeBan, _) | (_, None) => Msg::new("first-action-undated"),
        (_, Some(due)) => Msg::new("first-action").msg("when", when(due, a.today)),
    };
    let mut l = vec![first
        .num("n", n)
        .str("mark", step_mark(s, a.today))
        .msg("step", head)];
    // Leaving is done at the border: no office, not even one "to check at".
    let leaving = matches!(
        s.step,
        StepId::LeaveBeforeBan | StepId::LeaveBeforeStayLimit
    );
    let place = match d {
        Some(d) if s.step != StepId::CheckPatentAtMvd && !leaving => place(d, law, region),
        _ => None,
    };
    // Whether the patent still stands is looked up online, not at the office that issued it.
    let at = match s.step {
        StepId::CheckPatentAtMvd => Some(patent_check(law)),
        _ => s.check.map(|c| short_check(c, law, region)),
    };
    match (place, at) {
        (Some(p), _) => l.push(Msg::new("first-where").msg("place", p)),
        (None, Some(at)) if !leaving => l.push(Msg::new("first-check").msg("check", at)),
        _ => {}
    }
    if let Some(amount) = d.and_then(|d| d.amount.as_ref()) {
        if s.step == StepId::PayPatent {
            l.push(Msg::new("first-amount").rub("rub", rub(amount.rub)));
        }
    }
    lines(l).unwrap_or_else(|| Msg::new(step_id(s.step)))
}

/// Where to check, shortly: the register's page (its link) or Gosuslugi; the
/// region's migration centre by its short name; else the usual phrase.
fn short_check(c: Check, law: &Law, region: Region) -> Msg {
    match c {
        Check::MvdRklPage => match rkl_url(law) {
            Some(url) => Msg::new("first-rkl").str("url", url),
            None => check(c, None, law),
        },
        Check::Mmc => match law.offices().find(region, Service::Patent) {
            Where::Offices { offices } => join(
                offices
                    .iter()
                    .map(|o| Msg::new("first-office").str("name", o.short_name()))
                    .collect(),
                "first-or",
            )
            .unwrap_or_else(|| check(c, None, law)),
            Where::HowToFind { .. } => check(c, None, law),
        },
        _ => check(c, None, law),
    }
}

/// "Leave Russia by {date}: from {from}, an entry ban of {years} years."
fn leave_before_ban(s: &NextStep, a: &Assessment) -> Option<Msg> {
    let r = a.risk(RiskKind::EntryBan)?;
    Some(
        Msg::new("first-leave-before-ban")
            .date("date", s.due?)
            .date("from", r.date?)
            .num("years", num(r.next_ban_years?)),
    )
}

/// The mark of an action: 🔴 leave before a ban, ❌ passed, ⚠️ within a
/// week (or undated but urgent), 🟢 later.
fn step_mark(s: &NextStep, today: chrono::NaiveDate) -> &'static str {
    if s.step == StepId::LeaveBeforeBan {
        return MARK_DANGER;
    }
    match s.due {
        Some(due) if due < today => MARK_OVERDUE,
        Some(due) if (due - today).num_days() <= SOON_DAYS => MARK_SOON,
        Some(_) => MARK_ON_TIME,
        None if matches!(
            s.step,
            StepId::CheckPatentAtMvd | StepId::RegulariseOrLeave | StepId::CheckRklStatus
        ) =>
        {
            MARK_SOON
        }
        None => MARK_INFO,
    }
}

/// "by 19.03.2026, 9 days left", "today is the last day", or, once passed,
/// "the deadline was 05.03.2026: as soon as possible".
fn when(due: chrono::NaiveDate, today: chrono::NaiveDate) -> Msg {
    let days = (due - today).num_days();
    if days > 0 {
        Msg::new("first-when-by")
            .date("date", due)
            .num("days", days)
    } else if days == 0 {
        Msg::new("first-when-today").date("date", due)
    } else {
        Msg::new("first-when-passed").date("date", due)
    }
}

/// Which office's service a deadline needs, when the offices data can name one.
fn service(kind: DeadlineKind) -> Option<Service> {
    match kind {
        DeadlineKind::PatentApplication
        | DeadlineKind::PatentReissue
        | DeadlineKind::ContractNotice => Some(Service::Patent),
        DeadlineKind::MedicalExam => Some(Service::Medical),
        _ => None,
    }
}

/// Where to do it, in one phrase: the app, the region's office or clinic from
/// the offices data (its short name), how to find one when the data has none,
/// or the engine's places. `None` when the deadline names no place (leaving
/// Russia is done at the border).
pub fn place(d: &Deadline, law: &Law, region: Region) -> Option<Msg> {
    if d.places.is_empty() {
        return None;
    }
    if d.places.contains(&Place::AminaApp) {
        return Some(Msg::new("place-amina_app"));
    }
    // The ordinary registration: the host files the notice (at the MFC, the post office or MVD).
    if d.places.contains(&Place::Mfc) {
        return Some(Msg::new("first-host-files"));
    }
    let office_place = d
        .places
        .iter()
        .any(|p| matches!(p, Place::Mmc | Place::LicensedClinic | Place::MvdOffice));
    if let (Some(service), true) = (service(d.kind), office_place) {
        return Some(match law.offices().find(region, service) {
            Where::Offices { offices } => {
                let names: Vec<Msg> = offices
                    .iter()
                    .map(|o| Msg::new("first-office").str("name", o.short_name()))
                    .collect();
                join(names, "first-or").unwrap_or_else(|| Msg::new(place_id(d.places[0])))
            }
            Where::HowToFind { .. } => {
                let url = mvd_site(law);
                let id = if service == Service::Medical {
                    "first-find-clinic"
                } else {
                    "first-find-mvd"
                };
                Msg::new(id).str("url", url)
            }
        });
    }
    list(d.places.iter().map(|p| Msg::new(place_id(*p))).collect())
}
