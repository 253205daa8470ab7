//! "My situation" in words: an [`Assessment`] becomes paragraphs of [`Msg`]s.
//!
//! Pure: no Fluent, no I/O, no clock. Every legal number reaches the text as a
//! Fluent argument, taken from the assessment or from [`Law`] by rule id; the
//! `.ftl` files and this module never spell one out.
//!
//! Message ids follow the law crate's enums (their serde names):
//! `deadline-<kind>-title`, `status-<status>`, `action-<action>`,
//! `place-<place>`, `consequence-<consequence>`, `risk-<kind>`, `step-<step>`,
//! `note-<note>`, `check-<check>`, `confidence-<confidence>`, plus the layout
//! messages listed in [`LAYOUT_IDS`]. One paragraph is one [`Msg`]; a
//! paragraph of several lines nests its lines in `guidance-lines`.

use chrono::NaiveDate;
use musofir_law::ids;
use musofir_law::{
    Action, Assessment, Check, Confidence, Consequence, Deadline, DeadlineKind, Law, LawDate,
    NextStep, Note, Place, Risk, RiskKind, RiskLevel, RuleStatus, Status, StepId,
};
use serde::Serialize;

use crate::explain::ru_citation;
use crate::text::Msg;

/// An upcoming deadline this close (in days) is marked ⚠️ instead of 🟢.
pub const SOON_DAYS: i64 = 7;

pub const MARK_DONE: &str = "✅";
pub const MARK_ON_TIME: &str = "🟢";
pub const MARK_SOON: &str = "⚠️";
pub const MARK_OVERDUE: &str = "❌";
pub const MARK_DANGER: &str = "🔴";
pub const MARK_WARNING: &str = "🟠";
pub const MARK_INFO: &str = "ℹ️";

/// Lists every variant of a law enum once, and fails to compile when the enum
/// gains a variant the list lacks (so the message coverage tests see it).
macro_rules! every {
    ($(#[$meta:meta])* $name:ident: $t:ident [$($v:ident),+ $(,)?]) => {
        $(#[$meta])*
        pub const $name: &[$t] = &[$($t::$v),+];
        const _: fn($t) = |x| match x {
            $($t::$v)|+ => {}
        };
    };
}

every!(
    /// Every deadline kind.
    DEADLINE_KINDS: DeadlineKind [Registration, PatentApplication, MedicalExam, PatentPayment,
        ContractNotice, StayLimit, PatentReissue, RegistrationEnd, RegistrationAfterMove,
        EmployerNotice, PatentCapEnd, EaeuNewContract, MigrationCardDuplicate,
        AppealCourtDecision, AppealMvdDecision]
);
every!(
    /// Every deadline status.
    STATUSES: Status [Done, Upcoming, DueToday, Overdue]
);
every!(
    /// Every action.
    ACTIONS: Action [RegisterAtPlaceOfStay, RegisterViaAmina, ApplyForPatent, PassMedicalExam,
        PayPatent, SendContractCopy, ReissuePatent, LeaveOrGetBasisToStay, RenewRegistration,
        AskEmployerToNotify, SignNewContract, ReportLoss, Appeal]
);
every!(
    /// Every place.
    PLACES: Place [MvdOffice, Mfc, Post, Gosuslugi, Mmc, AminaApp]
);
every!(
    /// Every consequence.
    CONSEQUENCES: Consequence [Fine, FineAndExpulsionPossible, FineAndExpulsion, PatentEnds,
        PatentAnnulled, SanctionUnclear, EntryBan, RklInclusion, Deregistered, EmployerFined,
        StayEnds, DecisionBecomesFinal]
);
every!(
    /// Every note.
    NOTES: Note [HostFilesNotice, CountedFromEntryDate, SomeSourcesCountWorkingDays,
        LongerTermAlsoReported, UkraineSpecialRegime, BelarusTermsUnverified, RegisterViaAmina,
        MedicalNeededForPatent, MedicalRepeatYearly, PatentCannotBeRevived, MonthlyAmountNotInData,
        PriorDaysUnknown, LimitUsedBeforeEntry, Old90In180Rule, StudentsMayBeExempt,
        RuleStartDateDisputed, CrossesYearEnd, EventDayMayCount, EarlierReadingPassed,
        PendingBillShorterTerm, YearEndCountingUnpublished, AfterMove, CappedByPatentPeriod,
        CappedByOneYear, PatentCapReached, LastMonthBeforeCap, ContractUnknownLimitShown,
        AminaMayApply, AmountUnverified, ReenteredWithPatent, EmployerFiles, CountedFromContract]
);
every!(
    /// Every risk kind.
    RISK_KINDS: RiskKind [Overstay, EntryBan, ExpulsionBan, ExpulsionReplacement,
        ExpulsionWithoutCourt, RklPossible, PatentEnded, AminaGeolocation,
        RegistrationTermUncertain, HotelRegistersGuest, RegistrationOverCap, MedicalRepeatDue,
        AmnestyOpen, AmnestyClosed, PendingChange, PurposeUnknown, WorkOutsidePatent,
        PatentTwoRegions, WrongPurposeForWork, ExpulsionRegime, LostDocument, JobLost,
        ChildrenObligations, BeforeTravel, StudentsMayWork]
);
every!(
    /// Every risk level.
    RISK_LEVELS: RiskLevel [Danger, Warning, Info]
);
every!(
    /// Every next step.
    STEPS: StepId [CheckRklStatus, RegulariseOrLeave, RegisterAtPlaceOfStay, RegisterViaAmina,
        ConfirmHotelRegistration, ApplyForPatent, PassMedicalExam, PayPatent, SendContractCopy,
        ReissuePatent, LeaveBeforeStayLimit, RenewRegistration, RepeatMedicalExam,
        KeepGeolocationOn, CheckTermsAtMvd, RegisterAfterMove, AskEmployerToNotify,
        SignNewContract, ReportLostMigrationCard, AppealDecision, ReplaceLostDocument,
        StopWorkOutsidePatent, LeaveAndReenterForWork, FollowExpulsionRegimeDuties,
        CheckBeforeTravel, KeepPayingPatent]
);
every!(
    /// Every place to check an uncertain answer.
    CHECKS: Check [MvdOffice, Mmc, MvdRklPage, Gosuslugi, Hotel]
);
every!(
    /// Every confidence level.
    CONFIDENCES: Confidence [Low, Medium, High]
);

/// The messages that lay the texts out (not named after an enum variant).
pub const LAYOUT_IDS: &[&str] = &[
    "guidance-lines",
    "guidance-list",
    "guidance-marked",
    "guidance-uncertain",
    "guidance-check",
    "situation-header",
    "situation-no-deadlines",
    "situation-footer",
    "deadline-head",
    "status-done-on",
    "deadline-where",
    "deadline-amount",
    "deadline-day-off",
    "deadline-next-due",
    "deadline-missed",
    "deadline-missed-fine",
    "deadline-missed-fine-only",
    "deadline-threat",
    "deadline-threat-fine",
    "deadline-threat-fine-only",
    "deadline-late",
    "deadline-lost-patent",
    "deadline-lost-stay",
    "deadline-alt",
    "source-line",
    "source-link",
    "risk-threat-fine",
    "risk-entry_ban-next",
    "risk-entry_ban-ahead",
    "risk-rkl_possible-cash",
    "risk-amina_geolocation-days",
    "risk-registration_term_uncertain-alt",
    "risk-hotel_registers_guest-days",
    "risk-medical_repeat_due-late",
    "risk-pending_change-medical",
    "risk-pending_change-income_test",
    "risk-pending_change-ruid",
    "risk-pending_change-fines",
    "risk-pending_change-one_employer",
    "risk-pending_change-recruitment",
    "risk-pending_change-stage",
    "risk-job_lost-bill",
    "risk-before_travel-patent",
    "check-mvd_rkl_page-nolink",
    "guidance-watch-link",
    "guidance-watch-none",
    "steps-header",
    "step-line",
    "step-line-due",
    "step-line-check",
];

/// The serde (snake_case) name of a law enum value: the id part of its messages.
pub fn name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::from("unknown"),
    }
}

pub fn deadline_title_id(kind: DeadlineKind) -> String {
    format!("deadline-{}-title", kind.name())
}
pub fn status_id(status: Status) -> String {
    format!("status-{}", name(&status))
}
pub fn action_id(action: Action) -> String {
    format!("action-{}", name(&action))
}
pub fn place_id(place: Place) -> String {
    format!("place-{}", name(&place))
}
pub fn consequence_id(c: Consequence) -> String {
    format!("consequence-{}", name(&c))
}
pub fn note_id(note: Note) -> String {
    format!("note-{}", name(&note))
}
pub fn risk_id(kind: RiskKind) -> String {
    format!("risk-{}", name(&kind))
}
pub fn step_id(step: StepId) -> String {
    format!("step-{}", name(&step))
}
pub fn check_id(check: Check) -> String {
    format!("check-{}", name(&check))
}
pub fn confidence_id(c: Confidence) -> String {
    format!("confidence-{}", name(&c))
}

/// Lines of one paragraph, joined with line breaks (`guidance-lines`).
/// An empty list gives `None`.
pub fn lines(parts: Vec<Msg>) -> Option<Msg> {
    join(parts, "guidance-lines")
}

/// Items of a list, joined with commas (`guidance-list`).
fn list(parts: Vec<Msg>) -> Option<Msg> {
    join(parts, "guidance-list")
}

fn join(mut parts: Vec<Msg>, id: &'static str) -> Option<Msg> {
    let mut acc = parts.pop()?;
    while let Some(first) = parts.pop() {
        acc = Msg::new(id).msg("first", first).msg("rest", acc);
    }
    Some(acc)
}

fn rub(n: u32) -> i64 {
    i64::from(n)
}

fn num(n: u32) -> i64 {
    i64::from(n)
}

// ---------------------------------------------------------------------------
// "My situation"
// ---------------------------------------------------------------------------

/// "My situation": a header, one paragraph per deadline (most urgent first),
/// one per risk (danger first), the next steps, and a closing paragraph with
/// the law's date and the disclaimer.
pub fn situation(a: &Assessment, law: &Law) -> Vec<Msg> {
    let mut out = vec![Msg::new("situation-header").date("date", a.today)];
    if a.deadlines.is_empty() {
        out.push(Msg::new("situation-no-deadlines"));
    }
    let mut deadlines: Vec<&Deadline> = a.deadlines.iter().collect();
    // The engine orders by due date; keep that, but never let a done item
    // come before an open one.
    deadlines.sort_by_key(|d| urgency(d));
    out.extend(deadlines.into_iter().map(|d| deadline_paragraph(d, law)));
    let mut risks: Vec<&Risk> = a.risks.iter().collect();
    risks.sort_by_key(|r| r.level);
    out.extend(risks.into_iter().filter_map(|r| risk_paragraph(r, law)));
    if let Some(steps) = steps_paragraph(&a.next_steps, law) {
        out.push(steps);
    }
    out.push(footer(a.law_as_of));
    out
}

fn urgency(d: &Deadline) -> u8 {
    match d.status {
        Status::Overdue => 0,
        Status::DueToday => 1,
        Status::Upcoming => 2,
        Status::Done => 3,
    }
}

/// The closing paragraph: law as of, not legal advice, where to check.
pub fn footer(law_as_of: NaiveDate) -> Msg {
    Msg::new("situation-footer").date("date", law_as_of)
}

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
        // all about the two dates: the event-day remark is left to the detail view.
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
fn lost(d: &Deadline) -> bool {
    d.status == Status::Overdue
        && matches!(
            d.kind,
            DeadlineKind::PatentPayment | DeadlineKind::StayLimit
        )
}

/// The lines of an open deadline between its head and its notes: what to do
/// and where, or why it can no longer be done, and what a miss brings.
fn todo(d: &Deadline) -> Vec<Msg> {
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
fn what_where(d: &Deadline) -> Vec<Msg> {
    let mut l = vec![Msg::new(action_id(d.action))];
    if let Some(places) = list(d.places.iter().map(|p| Msg::new(place_id(*p))).collect()) {
        l.push(Msg::new("deadline-where").msg("places", places));
    }
    if let Some(amount) = &d.amount {
        l.push(Msg::new("deadline-amount").rub("rub", rub(amount.rub)));
    }
    if d.moved_by_non_working_day && d.status != Status::Done {
        if let Some(next) = d.next_working_day {
            l.push(Msg::new("deadline-day-off").date("date", next));
        }
    }
    l
}

/// A fuller view of one deadline: the summary, every note, where to check,
/// and the source with its rule id.
pub fn deadline_detail(d: &Deadline, law: &Law) -> Vec<Msg> {
    let mut first = vec![head(d)];
    if d.status != Status::Done {
        first.extend(todo(d));
    }
    if let Some(next) = d.next_due {
        first.push(Msg::new("deadline-next-due").date("date", next));
    }
    let mut out: Vec<Msg> = lines(first).into_iter().collect();
    let mut notes = notes(d, law);
    notes.extend(other_reading(d));
    if let Some(notes) = lines(notes) {
        out.push(notes);
    }
    let mut last = Vec::new();
    if d.uncertain {
        last.push(uncertain(d.check, d.check_url.as_deref(), law));
    }
    last.push(source(&d.source, d.source_url.as_deref(), d.confidence));
    out.extend(lines(last));
    out
}

/// The notes that give the other reading's date (`alt_due`) in their sentence.
const NOTES_WITH_ALT: &[Note] = &[
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
fn other_reading(d: &Deadline) -> Option<Msg> {
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

/// "Source: … (confidence: …)", linked when there is a URL. The citation is
/// shown in Russian (`explain::ru_citation`), the language of the act and of
/// the officials, so it reads the same in every language and script.
pub fn source(source: &str, url: Option<&str>, confidence: Confidence) -> Msg {
    let source = ru_citation(source);
    let conf = Msg::new(confidence_id(confidence));
    match url {
        Some(url) => Msg::new("source-link")
            .str("source", source)
            .str("url", url)
            .msg("confidence", conf),
        None => Msg::new("source-line")
            .str("source", source)
            .msg("confidence", conf),
    }
}

/// Where to check, as a phrase: the office, or the MVD register page with its link.
pub fn check(check: Check, url: Option<&str>, law: &Law) -> Msg {
    if check == Check::MvdRklPage {
        let url = url.map(str::to_string).or_else(|| rkl_url(law));
        return match url {
            Some(url) => Msg::new(check_id(check)).str("url", url),
            None => Msg::new("check-mvd_rkl_page-nolink"),
        };
    }
    Msg::new(check_id(check))
}

fn rkl_url(law: &Law) -> Option<String> {
    law.rule(ids::RKL_REGISTER)
        .and_then(|r| r.source_url())
        .map(str::to_string)
}

/// "Not certain: check at …". Without a named place, the MVD office.
pub fn uncertain(c: Option<Check>, url: Option<&str>, law: &Law) -> Msg {
    let c = c.unwrap_or(Check::MvdOffice);
    Msg::new("guidance-uncertain").msg("check", check(c, url, law))
}

/// Notes shown in the compact summary: those that change what the person
/// must do or why the date may be wrong. The rest are in the detail view.
fn in_summary(n: Note) -> bool {
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

/// Every note of a deadline as a sentence, in the engine's order.
pub fn notes(d: &Deadline, law: &Law) -> Vec<Msg> {
    d.notes.iter().filter_map(|n| note(*n, d, law)).collect()
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
        Note::PendingBillShorterTerm | Note::YearEndCountingUnpublished => {
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
        | RiskKind::StudentsMayWork => m,
    })
}

/// A known bill in words, with its numbers from the data.
fn pending_change(r: &Risk, law: &Law) -> Option<Msg> {
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
fn pending_stage(r: &Risk, law: &Law) -> Option<Msg> {
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
fn risk_extra(r: &Risk, law: &Law) -> Vec<Msg> {
    let rule = law.rule(&r.rule);
    let mut l = Vec::new();
    match r.kind {
        RiskKind::Overstay | RiskKind::WorkOutsidePatent | RiskKind::WrongPurposeForWork => {
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
    if uncertain_line {
        l.push(uncertain(r.check, r.check_url.as_deref(), law));
    } else if let Some(c) = r.check {
        l.push(Msg::new("guidance-check").msg("check", check(c, r.check_url.as_deref(), law)));
    }
    l.push(source(&r.source, r.source_url.as_deref(), r.confidence));
    lines(l)
}

// ---------------------------------------------------------------------------
// Next steps
// ---------------------------------------------------------------------------

/// One numbered step: what, by when, and where when it has no date.
pub fn step_line(n: usize, s: &NextStep, law: &Law) -> Msg {
    let text = Msg::new(step_id(s.step));
    let n = i64::try_from(n).unwrap_or(i64::MAX);
    match (s.due, s.check) {
        (Some(due), _) => Msg::new("step-line-due")
            .num("n", n)
            .msg("step", text)
            .date("date", due),
        (None, Some(c)) => Msg::new("step-line-check")
            .num("n", n)
            .msg("step", text)
            .msg("check", check(c, None, law)),
        (None, None) => Msg::new("step-line").num("n", n).msg("step", text),
    }
}

/// The next steps as one paragraph under a heading; `None` when there are none.
pub fn steps_paragraph(steps: &[NextStep], law: &Law) -> Option<Msg> {
    if steps.is_empty() {
        return None;
    }
    let mut l = vec![Msg::new("steps-header")];
    l.extend(
        steps
            .iter()
            .enumerate()
            .map(|(i, s)| step_line(i + 1, s, law)),
    );
    lines(l)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_follow_serde_names() {
        assert_eq!(
            deadline_title_id(DeadlineKind::PatentApplication),
            "deadline-patent_application-title"
        );
        assert_eq!(status_id(Status::DueToday), "status-due_today");
        assert_eq!(check_id(Check::MvdRklPage), "check-mvd_rkl_page");
        assert_eq!(note_id(Note::Old90In180Rule), "note-old90_in180_rule");
        assert_eq!(step_id(StepId::CheckRklStatus), "step-check_rkl_status");
    }

    #[test]
    fn joins_nest_from_the_right() {
        let m = lines(vec![Msg::new("a"), Msg::new("b"), Msg::new("c")]).unwrap();
        assert_eq!(m.id, "guidance-lines");
        assert_eq!(lines(vec![]), None);
        assert_eq!(lines(vec![Msg::new("a")]), Some(Msg::new("a")));
    }

    #[test]
    fn every_list_is_complete_and_unique() {
        fn unique<T: Serialize>(xs: &[T]) -> bool {
            let mut names: Vec<String> = xs.iter().map(name).collect();
            names.sort();
            names.dedup();
            names.len() == xs.len()
        }
        assert!(unique(DEADLINE_KINDS) && DEADLINE_KINDS.len() == DeadlineKind::ALL.len());
        assert!(unique(STATUSES) && unique(ACTIONS) && unique(PLACES));
        assert!(unique(CONSEQUENCES) && unique(NOTES) && unique(RISK_KINDS));
        assert!(unique(RISK_LEVELS) && unique(STEPS) && unique(CHECKS) && unique(CONFIDENCES));
    }
}
