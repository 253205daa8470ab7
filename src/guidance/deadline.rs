//! One deadline in words: its line, what to do and where, what missing it
//! costs, its notes.

use super::*;
use musofir_law::ids;
use musofir_law::{Consequence, Deadline, DeadlineKind, Law, LawDate, Note, Status};

use crate::text::Msg;

/// The mark of a deadline: ✅ done, 🟢 on time, ⚠️ soon or today, ❌ overdue.
pub fn mark(d: &Deadline) -> &'static str {
    match d.status {
        // Done after the last day: the sanction for the delay still stands.
        Status::Done if d.done_on.is_some_and(|on| on > d.due) => MARK_SOON,
        Status::Done => MARK_DONE,
        Status::Overdue => MARK_OVERDUE,
        Status::DueToday => MARK_SOON,
        Status::Upcoming if d.days_left <= SOON_DAYS => MARK_SOON,
        Status::Upcoming => MARK_ON_TIME,
    }
}

/// The status phrase: the date and the days left (or late), or "done".
pub fn status(d: &Deadline) -> Msg {
    match d.status {
        Status::Done => match d.done_on {
            Some(on) if on > d.due => Msg::new("status-done-late")
                .date("date", on)
                .num("days", (on - d.due).num_days()),
            Some(on) => Msg::new("status-done-on").date("date", on),
            None => Msg::new(status_id(Status::Done)),
        },
        Status::Upcoming => Msg::new(status_id(Status::Upcoming))
            .date("date", d.due)
            .num("days", d.days_left),
        Status::DueToday => Msg::new(status_id(Status::DueToday)).date("date", d.due),
        Status::Overdue => Msg::new(status_id(Status::Overdue))
            .date("date", d.due)
            .num("days", -d.days_left),
    }
}

/// The first line of a deadline: mark, title, status.
pub fn head(d: &Deadline) -> Msg {
    Msg::new("deadline-head")
        .str("mark", mark(d))
        .msg("title", Msg::new(deadline_title_id(d.kind)))
        .msg("status", status(d))
}

/// One deadline as one compact paragraph. A done one is a single line (plus
/// the next date of a repeating check).
pub fn deadline_paragraph(d: &Deadline, law: &Law) -> Msg {
    let mut l = vec![head(d)];
    if d.status == Status::Done {
        if let Some(next) = d.next_due {
            l.push(Msg::new("deadline-next-due").date("date", next));
        }
        // Done, but after the last day: the sanction for being late stands.
        if d.done_on.is_some_and(|on| on > d.due) {
            l.push(missed(d));
            l.push(source(&d.source, d.source_url.as_deref(), d.confidence));
        }
    } else {
        l.extend(todo(d));
        // Once the earlier reading has passed, or when a bill gives the earlier date, that note says
        // all about the two dates: the event-day remark is left out.
        let other_dates = d
            .notes
            .iter()
            .any(|n| matches!(n, Note::EarlierReadingPassed | Note::PendingBillShorterTerm));
        l.extend(
            d.notes
                .iter()
                .filter(|n| in_summary(**n))
                .filter(|n| !(other_dates && **n == Note::EventDayMayCount))
                .filter_map(|n| note(*n, d, law)),
        );
        l.extend(other_reading(d));
        if d.uncertain {
            l.push(uncertain(d.check, d.check_url.as_deref(), law));
        }
        l.push(source(&d.source, d.source_url.as_deref(), d.confidence));
    }
    lines(l).unwrap_or_else(|| head(d))
}

/// An overdue deadline that cannot be made good any more: the patent has
/// ended, or the legal stay is over. The risks say what follows from it.
pub(super) fn lost(d: &Deadline) -> bool {
    d.status == Status::Overdue
        && matches!(
            d.kind,
            DeadlineKind::PatentPayment | DeadlineKind::StayLimit
        )
}

/// The lines of an open deadline between its head and its notes: what to do
/// and where, or why it can no longer be done, and what a miss brings.
pub(super) fn todo(d: &Deadline) -> Vec<Msg> {
    if lost(d) {
        return vec![Msg::new(if d.kind == DeadlineKind::PatentPayment {
            "deadline-lost-patent"
        } else {
            "deadline-lost-stay"
        })];
    }
    let mut l = what_where(d);
    if d.status == Status::Overdue {
        l.push(Msg::new("deadline-late"));
    }
    l.push(missed(d));
    l
}

/// What to do, where, how much a month, and the day-off remark.
pub(super) fn what_where(d: &Deadline) -> Vec<Msg> {
    let mut l = vec![Msg::new(action_id(d.action))];
    if let Some(places) = list(d.places.iter().map(|p| Msg::new(place_id(*p))).collect()) {
        l.push(Msg::new("deadline-where").msg("places", places));
    }
    if let Some(amount) = &d.amount {
        l.push(Msg::new("deadline-amount").rub("rub", rub(amount.rub)));
    }
    // A day off: the date is not moved (calendar days); whether the office takes it on the next working day
    // is for the office to say, never "usually accepted". Not once the day has passed.
    if d.moved_by_non_working_day && matches!(d.status, Status::Upcoming | Status::DueToday) {
        if let Some(next) = d.next_working_day {
            l.push(
                Msg::new("deadline-day-off")
                    .date("due", d.due)
                    .date("date", next),
            );
        }
    }
    l
}

/// The notes that give the other reading's date (`alt_due`) in their sentence.
pub(super) const NOTES_WITH_ALT: &[Note] = &[
    Note::EventDayMayCount,
    Note::EarlierReadingPassed,
    Note::PendingBillShorterTerm,
    Note::YearEndCountingUnpublished,
    Note::CappedByPatentPeriod,
    Note::CappedByOneYear,
];

/// A deadline with two readings whose notes do not give the other date (the
/// patent's 12-month cap, its re-issue): one line saying that the date shown
/// is the safe one, and the other.
pub(super) fn other_reading(d: &Deadline) -> Option<Msg> {
    let alt = d.alt_due?;
    if alt <= d.due || d.notes.iter().any(|n| NOTES_WITH_ALT.contains(n)) {
        return None;
    }
    Some(Msg::new("deadline-alt").date("alt", alt))
}

/// What happens if the deadline is missed ("if you miss it: …"), or, once it
/// is overdue, what the person now risks ("you risk: …"), with the fine range
/// when known.
pub fn missed(d: &Deadline) -> Msg {
    let late = d.status == Status::Overdue || d.done_on.is_some_and(|on| on > d.due);
    let (plain, with_fine, fine_only) = if late {
        (
            "deadline-threat",
            "deadline-threat-fine",
            "deadline-threat-fine-only",
        )
    } else {
        (
            "deadline-missed",
            "deadline-missed-fine",
            "deadline-missed-fine-only",
        )
    };
    let c = d.consequence;
    // "Unclear, do it on time anyway" reads wrong once the day has passed: then "as soon as possible".
    if late && c == Consequence::SanctionUnclear && d.fine.is_none() {
        return Msg::new(plain).msg("consequence", Msg::new("consequence-sanction_unclear-late"));
    }
    match &d.fine {
        Some(f) if c == Consequence::Fine => Msg::new(fine_only)
            .rub("min", rub(f.min))
            .rub("max", rub(f.max)),
        Some(f) => Msg::new(with_fine)
            .msg("consequence", Msg::new(consequence_id(c)))
            .rub("min", rub(f.min))
            .rub("max", rub(f.max)),
        None => Msg::new(plain).msg("consequence", Msg::new(consequence_id(c))),
    }
}

/// Notes shown with an open deadline: those that change what the person
/// must do or why the date may be wrong. The rest (how the date was counted,
/// background) are not shown: there is no per-deadline detail view.
pub fn in_summary(n: Note) -> bool {
    match n {
        Note::HostFilesNotice
        | Note::UkraineSpecialRegime
        | Note::BelarusTermsUnverified
        | Note::PatentCannotBeRevived
        | Note::MonthlyAmountNotInData
        | Note::PriorDaysUnknown
        | Note::LimitUsedBeforeEntry
        | Note::Old90In180Rule
        | Note::StudentsMayBeExempt
        | Note::RuleStartDateDisputed
        | Note::CrossesYearEnd
        | Note::EventDayMayCount
        | Note::EarlierReadingPassed
        | Note::PendingBillShorterTerm
        | Note::YearEndCountingUnpublished
        | Note::AfterMove
        | Note::CappedByPatentPeriod
        | Note::CappedByOneYear
        | Note::PatentCapReached
        | Note::LastMonthBeforeCap
        | Note::ContractUnknownLimitShown
        | Note::AminaMayApply
        | Note::AmountUnverified
        | Note::EmployerFiles => true,
        Note::CountedFromEntryDate
        | Note::SomeSourcesCountWorkingDays
        | Note::LongerTermAlsoReported
        | Note::RegisterViaAmina
        | Note::MedicalNeededForPatent
        | Note::MedicalRepeatYearly
        | Note::ReenteredWithPatent
        | Note::CountedFromContract => false,
    }
}

/// One note as a sentence. Numbers come from the deadline's rule or the rule
/// the note is about; `None` only when the law data lacks that number.
pub fn note(n: Note, d: &Deadline, law: &Law) -> Option<Msg> {
    let rule = law.rule(&d.rule);
    let m = Msg::new(note_id(n));
    Some(match n {
        Note::SomeSourcesCountWorkingDays => m.num("days", num(rule?.days()?)),
        Note::LongerTermAlsoReported => m.num("days", num(rule?.value.alt_days?)),
        Note::MedicalRepeatYearly => m.num("months", num(law.months(ids::MEDICAL_REPEAT).ok()?)),
        Note::LimitUsedBeforeEntry => m.num("days", num(rule?.days()?)),
        Note::Old90In180Rule => {
            let old = law.rule(ids::STAY_LIMIT_90_IN_180)?;
            m.num("days", num(old.days()?))
                .num("window", num(old.value.window_days?))
        }
        Note::RuleStartDateDisputed => {
            let rule = rule?;
            let LawDate::On(from) = rule.in_force_from else {
                return None;
            };
            m.date("from", from).date("alt", rule.alt_in_force_from?)
        }
        Note::CrossesYearEnd => m.num("days", num(law.days(ids::STAY_LIMIT_90_PER_YEAR).ok()?)),
        // Two readings of one term: the safe (earlier) date and the later one, whichever is shown now (once
        // the safe date has passed, `due` is the later reading and `alt_due` the safe one).
        // The bill's last known stage beside it (bills are never shown without it).
        Note::PendingBillShorterTerm => {
            let alt = d.alt_due?;
            let stage = law.rule(ids::MEDICAL_BILL_2026)?.stage_on?;
            m.date("safe", d.due.min(alt))
                .date("later", d.due.max(alt))
                .date("stage", stage)
        }
        Note::YearEndCountingUnpublished => {
            let alt = d.alt_due?;
            m.date("safe", d.due.min(alt)).date("later", d.due.max(alt))
        }
        // With a bill's shorter term the two dates are the bill's and the law's: the event day then
        // moves the bill's date by one day only.
        Note::EventDayMayCount => {
            let alt = d.alt_due?;
            let safe = d.due.min(alt);
            let later = if d.notes.contains(&Note::PendingBillShorterTerm) {
                safe.succ_opt()?
            } else {
                d.due.max(alt)
            };
            m.date("safe", safe).date("later", later)
        }
        // The passed safe date; the paper's date beyond a registration's bound (and the bound).
        Note::EarlierReadingPassed | Note::CappedByPatentPeriod => m.date("alt", d.alt_due?),
        Note::CappedByOneYear => m
            .date("alt", d.alt_due?)
            .num("years", num(law.years(ids::REGISTRATION_MAX_TERM).ok()?)),
        // The deadline's own term: 7 working days after a move, the Amina scheme's days in the app.
        Note::AfterMove => m.num(
            "days",
            num(rule
                .and_then(|r| r.working_days())
                .or_else(|| law.working_days(ids::REGISTRATION_MOVE).ok())?),
        ),
        Note::EmployerFiles => m.num(
            "days",
            num(law.working_days(ids::PATENT_EMPLOYER_NOTICE).ok()?),
        ),
        Note::CountedFromContract => m.num("days", num(rule?.days()?)),
        Note::PatentCapReached
        | Note::LastMonthBeforeCap
        | Note::ContractUnknownLimitShown
        | Note::AminaMayApply
        | Note::AmountUnverified
        | Note::ReenteredWithPatent => m,
        Note::HostFilesNotice
        | Note::CountedFromEntryDate
        | Note::UkraineSpecialRegime
        | Note::BelarusTermsUnverified
        | Note::RegisterViaAmina
        | Note::MedicalNeededForPatent
        | Note::PatentCannotBeRevived
        | Note::MonthlyAmountNotInData
        | Note::PriorDaysUnknown
        | Note::StudentsMayBeExempt => m,
    })
}
