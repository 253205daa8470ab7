//! The assessment's output. Everything is an enum or a number so the bot maps it to Fluent ids
//! (`deadline-registration-title`, `consequence-patent_ends`, ...) and never repeats a legal number in a text.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::profile::CitizenshipGroup;
use crate::rules::{Check, Confidence, Rule};

/// Serialize dates as `YYYY-MM-DD` (chrono's default is the same; this keeps it explicit).
pub(crate) mod ymd {
    use chrono::NaiveDate;
    use serde::Serializer;

    pub fn serialize<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&d.format("%Y-%m-%d"))
    }
}

/// The obligations the engine knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineKind {
    /// Registration at the place of stay after entry, within the term for the citizenship.
    Registration,
    /// Apply for a patent after entry (purpose of entry: work; not for EAEU citizens).
    PatentApplication,
    /// The medical check, fingerprinting and photo after entry (or after an EAEU citizen's contract).
    MedicalExam,
    /// The next monthly patent payment, due on the last paid day.
    PatentPayment,
    /// A copy of the labour or civil contract to MVD after the patent's issue.
    ContractNotice,
    /// The last legal day of a visa-free stay under the stay limit.
    StayLimit,
    /// Apply to re-issue the patent before its 12 months end.
    PatentReissue,
    /// The end of the current registration: renew it by then.
    RegistrationEnd,
    /// Registration at a new address after a move (7 working days from arrival; Amina: report the new address).
    RegistrationAfterMove,
    /// The employer's notice to MVD of a new contract (3 working days): the employer files; the person asks.
    EmployerNotice,
    /// The patent's last valid day at the 12-month cap: re-issued by then, or leave.
    PatentCapEnd,
    /// An EAEU worker whose contract ended after the first 90 days: sign a new one (15 days) or leave.
    EaeuNewContract,
    /// Report a lost migration card and get a duplicate.
    MigrationCardDuplicate,
    /// Appeal a court decision imposing expulsion.
    AppealCourtDecision,
    /// Challenge an MVD decision (entry ban, RKL, expulsion without court).
    AppealMvdDecision,
}

/// Where an obligation stands on the day assessed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Done, as the profile says.
    Done,
    /// Not done; due after today.
    Upcoming,
    /// Not done; due today.
    DueToday,
    /// Not done; the due date has passed.
    Overdue,
}

impl Status {
    pub(crate) fn of(done: bool, due: NaiveDate, today: NaiveDate) -> Status {
        if done {
            Status::Done
        } else if today < due {
            Status::Upcoming
        } else if today == due {
            Status::DueToday
        } else {
            Status::Overdue
        }
    }
}

/// What happens if the obligation is missed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Consequence {
    /// A fine (see `fine`).
    Fine,
    /// A fine, with or without expulsion (the court decides).
    FineAndExpulsionPossible,
    /// A fine with mandatory expulsion.
    FineAndExpulsion,
    /// The patent ends the day after the last paid day and cannot be revived.
    PatentEnds,
    /// MVD annuls the patent.
    PatentAnnulled,
    /// The law's sanction is disputed (see the rule's conflict).
    SanctionUnclear,
    /// An entry ban (see `ban_years`).
    EntryBan,
    /// Inclusion in the register of controlled persons.
    RklInclusion,
    /// Deregistration (Amina scheme) and possible RKL inclusion.
    Deregistered,
    /// The employer breaks the law (its fine, not the person's); MVD may not see the person as employed.
    EmployerFined,
    /// The legal stay ends: overstay from the next day (fine, expulsion, RKL, entry ban).
    StayEnds,
    /// The decision becomes final and is carried out.
    DecisionBecomesFinal,
}

/// What to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Get registered (the host files the arrival notice).
    RegisterAtPlaceOfStay,
    /// Register at the MMC address through the "Amina" app.
    RegisterViaAmina,
    /// Apply for a patent.
    ApplyForPatent,
    /// Pass the medical check, fingerprinting and photo.
    PassMedicalExam,
    /// Pay the next monthly patent payment.
    PayPatent,
    /// Send MVD a copy of the labour or civil contract.
    SendContractCopy,
    /// Apply to re-issue the patent.
    ReissuePatent,
    /// Leave Russia before the limit, or get a legal basis to stay (patent, contract, ...).
    LeaveOrGetBasisToStay,
    /// Renew the registration at the place of stay.
    RenewRegistration,
    /// Ask the employer to notify MVD of the contract and to show the confirmation.
    AskEmployerToNotify,
    /// Sign a new labour or civil contract.
    SignNewContract,
    /// Report the loss at the MVD migration unit and get a duplicate.
    ReportLoss,
    /// Appeal the decision (court or higher MVD official).
    Appeal,
}

/// Where to do it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Place {
    /// The MVD migration unit.
    MvdOffice,
    /// A multifunctional centre for state services (MFC).
    Mfc,
    /// A post office.
    Post,
    /// The Gosuslugi state services portal.
    Gosuslugi,
    /// The Multifunctional Migration Centre (MMC, Sakharovo) in the Moscow region.
    Mmc,
    /// The "Amina" app of the Moscow-region scheme.
    AminaApp,
    /// A clinic the region licenses for the medical check of foreigners (never the MVD office: the check is
    /// medical). Which one is in `law/offices.toml` (`Offices::find(region, Service::Medical)`).
    LicensedClinic,
}

/// Remarks a renderer turns into a sentence (`note-...`). They never carry legal numbers: those come from rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Note {
    /// The host (landlord, employer) files the arrival notice, not the person.
    HostFilesNotice,
    /// Counted from the entry date; arrival at the address may be later (the earlier date is safer).
    CountedFromEntryDate,
    /// Some sources count the Uzbek 15 days as working days; calendar days used (safer).
    SomeSourcesCountWorkingDays,
    /// A longer term is also reported (`alt_days` of the rule); the shorter one is used.
    LongerTermAlsoReported,
    /// Ukrainians have a separate decree regime; check at MVD.
    UkraineSpecialRegime,
    /// Belarus terms are not fully verified; check at MVD.
    BelarusTermsUnverified,
    /// Moscow region: register via "Amina" at the MMC address.
    RegisterViaAmina,
    /// The medical certificate is among the documents for the patent.
    MedicalNeededForPatent,
    /// The medical check is repeated yearly (`next_due`).
    MedicalRepeatYearly,
    /// A missed payment cannot be made up: the patent is gone.
    PatentCannotBeRevived,
    /// The monthly amount for this region/year is not in the data: check the regional price.
    MonthlyAmountNotInData,
    /// Days already spent this year are unknown; 0 was assumed, so the real limit may be earlier.
    PriorDaysUnknown,
    /// The 90 days of the year were already used before this entry.
    LimitUsedBeforeEntry,
    /// The stay is counted under the old 90-in-180 rule; days of the previous year may also count.
    Old90In180Rule,
    /// Students of Russian educational organisations may be exempt from the limit.
    StudentsMayBeExempt,
    /// The rule's start date is disputed in law.md and this case falls in the disputed days.
    RuleStartDateDisputed,
    /// The stay crosses 31 December: the days of the new year count towards the new year's limit.
    CrossesYearEnd,
    /// "N days from an event" (entry, contract, loss, decision): an office may count the day of the event as
    /// day 1, so the date shown is one day earlier than the Civil Code reading (`alt_due`).
    EventDayMayCount,
    /// The earlier reading's date (`alt_due`) has passed; `due` is the later reading. Act now.
    EarlierReadingPassed,
    /// A bill (not law) would shorten this term: the earlier date is shown; the law in force gives `alt_due`.
    PendingBillShorterTerm,
    /// How MVD counts a stay across 1 January is not published: the earlier date is shown, `alt_due` is the
    /// reading with a fresh allowance from 1 January.
    YearEndCountingUnpublished,
    /// After a move: 7 working days from arrival at the new address; the 15/30 days from entry do not restart.
    AfterMove,
    /// A patent holder's registration lasts only as long as the patent is paid: renew it after each payment.
    CappedByPatentPeriod,
    /// A registration lasts at most one year.
    CappedByOneYear,
    /// The patent has reached its 12-month cap: no further payment, only re-issue or a new patent.
    PatentCapReached,
    /// This is the last month that can be paid before the 12-month cap.
    LastMonthBeforeCap,
    /// An EAEU worker who did not say whether they have a labour contract: the 90-day limit is shown (if there
    /// is a contract, the stay lasts as long as the contract).
    ContractUnknownLimitShown,
    /// The "Amina" scheme may apply (started work after entering for another purpose, or an EAEU contract):
    /// not confirmed; check at the MMC.
    AminaMayApply,
    /// The regional monthly amount comes from a weak source: check it before paying.
    AmountUnverified,
    /// After a trip abroad with a paid patent: register again, counted from the new entry.
    ReenteredWithPatent,
    /// The employer files this, not the person: ask for the confirmation.
    EmployerFiles,
    /// An EAEU citizen who signed a contract after entering for another purpose: 30 days from the contract.
    CountedFromContract,
}

/// A fine range taken from a rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fine {
    /// The lowest amount, in roubles.
    pub min: u32,
    /// The highest amount, in roubles.
    pub max: u32,
    /// The id of the rule it comes from.
    pub rule: String,
    /// The rule's human-readable citation.
    pub source: String,
    /// The rule's confidence.
    pub confidence: Confidence,
}

impl Fine {
    pub(crate) fn from_rule(rule: &Rule) -> Option<Fine> {
        let range = rule.rub_range()?;
        Some(Fine {
            min: range.min,
            max: range.max,
            rule: rule.id.clone(),
            source: rule.source.clone(),
            confidence: rule.confidence,
        })
    }
}

/// A monthly amount (the patent payment) taken from a rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Amount {
    /// The monthly amount, in roubles.
    pub rub: u32,
    /// The id of the rule it comes from (a member of the `patent.payment` family).
    pub rule: String,
    /// The rule's confidence: below high, say "check the amount before paying".
    pub confidence: Confidence,
}

/// One obligation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Deadline {
    /// Which obligation this is.
    pub kind: DeadlineKind,
    /// The last day that is still on time: the date to act by. Where the law can be read two ways, the earlier
    /// (safe) date; once that has passed, the later one (see `alt_due` and the notes).
    #[serde(with = "ymd")]
    pub due: NaiveDate,
    /// The other reading's date, when the readings differ: later than `due` while the safe date is ahead, earlier
    /// (already passed, note `EarlierReadingPassed`) once `due` is the later reading.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alt_due: Option<NaiveDate>,
    /// Where the obligation stands on the day assessed.
    pub status: Status,
    /// `due - today` in days; negative when overdue.
    pub days_left: i64,
    /// The rule id in `law/rules.toml`.
    pub rule: String,
    /// Human-readable citation.
    pub source: String,
    /// The rule's first URL, shown as the source link.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
    /// How sure the answer is: usually the rule's confidence, lowered by the calendar or by two readings.
    pub confidence: Confidence,
    /// The date or the rule is not certain: say so, and say where to check (`check`).
    pub uncertain: bool,
    /// Where to check, when the answer is uncertain.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub check: Option<Check>,
    /// A link for `check`, when it has one (only the RKL check page does).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub check_url: Option<String>,
    /// What to do.
    pub action: Action,
    /// Where it can be done.
    pub places: Vec<Place>,
    /// The fine for missing it, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fine: Option<Fine>,
    /// What happens if it is missed.
    pub consequence: Consequence,
    /// False when working-day arithmetic used the fallback calendar (a year without a decree in the data).
    pub calendar_certain: bool,
    /// The calendar-day due date is a day off. The date is NOT moved (earlier, safer); offices may accept the
    /// filing on `next_working_day`.
    pub moved_by_non_working_day: bool,
    /// When `due` is a day off: the next working day, when an office may still accept the filing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_working_day: Option<NaiveDate>,
    /// The day it was done, when it is done and the profile gives the date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub done_on: Option<NaiveDate>,
    /// The next occurrence of a repeating obligation (yearly medical check).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_due: Option<NaiveDate>,
    /// Monthly amount (patent payment) when the data has it for the region and year.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<Amount>,
    /// Remarks for the renderer, each at most once.
    pub notes: Vec<Note>,
}

/// How serious a risk is. Ordered most serious first: sorting by level puts `Danger` first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RiskLevel {
    /// The most serious: a breach, a lost status or a sanction that applies now.
    Danger,
    /// Needs attention: a sanction ahead, an uncertain term, a duty to keep.
    Warning,
    /// For information: a right, a note, a bill that is not law.
    Info,
}

/// The risks and notes the engine reports. What [`Risk`]'s `date`, `days` and amounts hold depends on the kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RiskKind {
    /// The legal stay has ended (`days` = days over).
    Overstay,
    /// Entry ban by length of overstay (`ban_years` already incurred, `next_ban_years` from `date`).
    EntryBan,
    /// After an expulsion: entry ban (`ban_years`).
    ExpulsionBan,
    /// A court may replace expulsion with a fine (`fine`).
    ExpulsionReplacement,
    /// Police may order expulsion without a court.
    ExpulsionWithoutCourt,
    /// The person may be in the register of controlled persons; `amount_rub` = monthly cash limit.
    RklPossible,
    /// The patent ended on `date`.
    PatentEnded,
    /// Amina scheme: no geolocation for `days` working days -> deregistered.
    AminaGeolocation,
    /// The registration term for this citizenship is uncertain (Belarus, Ukraine).
    RegistrationTermUncertain,
    /// The hotel registers its guests; nothing to file, but check it did.
    HotelRegistersGuest,
    /// The registration runs longer than the legal cap.
    RegistrationOverCap,
    /// The yearly repeat of the medical check is due on `date`.
    MedicalRepeatDue,
    /// The Decree 1126 amnesty window is open until `date`.
    AmnestyOpen,
    /// The Decree 1126 amnesty window closed on `date`; no new amnesty.
    AmnestyClosed,
    /// A bill or draft that is NOT law (rule status pending); mention only as "may change".
    PendingChange,
    /// The purpose of entry is unknown, so work-related obligations may be missing.
    PurposeUnknown,
    /// Working outside the patent's region or profession (KoAP 18.10; `fine`).
    WorkOutsidePatent,
    /// The patent is valid in both regions of a pair (Moscow + oblast, St Petersburg + oblast) from `date`.
    PatentTwoRegions,
    /// Works, but the migration card's purpose is not "work": no patent can be had without leaving and entering
    /// again for work (`fine` for working without one).
    WrongPurposeForWork,
    /// Under the regime of expulsion: its duties and how to leave it.
    ExpulsionRegime,
    /// A lost patent, or a lost passport while holding a patent: a duplicate or a changed patent costs
    /// `amount_rub` (the passport itself: see the explainer; no source in the data).
    LostDocument,
    /// Lost the job with a paid patent: keep paying; no term to find a new job was found.
    JobLost,
    /// Children in Russia: their own registration; medical check from the age in `days` (years).
    ChildrenObligations,
    /// Before travelling: check the RKL and entry bans; a patent holder keeps paying and registers again.
    BeforeTravel,
    /// A full-time student may work without a patent in free time.
    StudentsMayWork,
    /// The copy of the contract was due on `date` and is not given: MVD annuls the patent (115-FZ art. 13.3); the
    /// monthly payment does not keep an annulled patent. Ask MVD at once whether it is still valid.
    PatentAnnulled,
    /// Purpose "work", no valid patent, and the patent's term has passed (not applied in time, or the patent
    /// ended): working is a violation (KoAP 18.10; `fine`).
    WorkWithoutPatent,
}

/// A risk or an uncertainty note.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Risk {
    /// Which risk this is.
    pub kind: RiskKind,
    /// How serious it is.
    pub level: RiskLevel,
    /// The id of the rule it rests on.
    pub rule: String,
    /// The rule's human-readable citation.
    pub source: String,
    /// The rule's first URL, shown as the source link.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
    /// The rule's confidence.
    pub confidence: Confidence,
    /// The risk is not certain: say so, and where to check.
    pub uncertain: bool,
    /// Where to check it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub check: Option<Check>,
    /// A link for `check`, when it has one (only the RKL check page does).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub check_url: Option<String>,
    /// The fine involved, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fine: Option<Fine>,
    /// What follows from it, when the engine names it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub consequence: Option<Consequence>,
    /// The deadline this risk is about.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub related: Option<DeadlineKind>,
    /// The date the risk is about (see the kind), when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// `date - today`, when there is a date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days_left: Option<i64>,
    /// A count of days the risk is about (overstay days, working days without geolocation).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days: Option<i64>,
    /// The entry ban that applies, in years: an overstay ban already incurred, or the ban after expulsion.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ban_years: Option<u32>,
    /// The next overstay ban, in years, which applies from `date`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_ban_years: Option<u32>,
    /// An amount in roubles: the RKL monthly cash limit, or the duty for a patent duplicate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount_rub: Option<u32>,
}

/// Next steps, most urgent first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StepId {
    /// Check the register of controlled persons (MVD page / Gosuslugi).
    CheckRklStatus,
    /// Go to MVD (or the MMC) to regularise, or leave Russia.
    RegulariseOrLeave,
    /// Get registered at the place of stay.
    RegisterAtPlaceOfStay,
    /// Register through the "Amina" app.
    RegisterViaAmina,
    /// Check that the hotel registered the person.
    ConfirmHotelRegistration,
    /// Apply for a patent.
    ApplyForPatent,
    /// Pass the medical check, fingerprinting and photo.
    PassMedicalExam,
    /// Pay the next monthly patent payment.
    PayPatent,
    /// Send MVD a copy of the labour or civil contract.
    SendContractCopy,
    /// Apply to re-issue the patent.
    ReissuePatent,
    /// Leave, or get a basis to stay, before the stay limit or the patent's 12-month cap.
    LeaveBeforeStayLimit,
    /// Renew the registration before it ends.
    RenewRegistration,
    /// Repeat the yearly medical check.
    RepeatMedicalExam,
    /// Keep geolocation on in the "Amina" app.
    KeepGeolocationOn,
    /// Ask MVD which term applies (uncertain rule).
    CheckTermsAtMvd,
    /// Register at the new address (or report it in Amina).
    RegisterAfterMove,
    /// Ask the employer to notify MVD of the contract and to show the confirmation.
    AskEmployerToNotify,
    /// Sign a new labour or civil contract.
    SignNewContract,
    /// Report the lost migration card and get a duplicate.
    ReportLostMigrationCard,
    /// Appeal a decision in time.
    AppealDecision,
    /// Replace a lost passport or patent.
    ReplaceLostDocument,
    /// Stop working outside the patent's region or profession.
    StopWorkOutsidePatent,
    /// Leave and enter again with purpose "work" to get a patent.
    LeaveAndReenterForWork,
    /// Keep to the duties of the regime of expulsion (report whereabouts, route of leaving).
    FollowExpulsionRegimeDuties,
    /// Check the RKL and entry bans before travelling.
    CheckBeforeTravel,
    /// Keep paying the patent (after losing the job or while abroad).
    KeepPayingPatent,
    /// An overstayer: leave Russia by `due` (the day before the next, longer entry ban applies).
    LeaveBeforeBan,
    /// Ask MVD at once whether the patent is still valid (the contract copy was not given in time).
    CheckPatentAtMvd,
}

/// One step to take, with the obligation, date and place to check that go with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NextStep {
    /// What to do.
    pub step: StepId,
    /// The obligation it comes from, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<DeadlineKind>,
    /// The date to act by, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    /// Where to check or go, if known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub check: Option<Check>,
}

/// The result of [`crate::assess`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment {
    /// The day assessed.
    #[serde(with = "ymd")]
    pub today: NaiveDate,
    /// The date the law data was last reviewed.
    #[serde(with = "ymd")]
    pub law_as_of: NaiveDate,
    /// The group of the person's citizenship.
    pub citizenship_group: CitizenshipGroup,
    /// Obligations that apply, most urgent first (done ones last).
    pub deadlines: Vec<Deadline>,
    /// Most serious first.
    pub risks: Vec<Risk>,
    /// What to do, most urgent first.
    pub next_steps: Vec<NextStep>,
}

impl DeadlineKind {
    /// Every kind, in declaration order.
    pub const ALL: [DeadlineKind; 15] = [
        DeadlineKind::Registration,
        DeadlineKind::PatentApplication,
        DeadlineKind::MedicalExam,
        DeadlineKind::PatentPayment,
        DeadlineKind::ContractNotice,
        DeadlineKind::StayLimit,
        DeadlineKind::PatentReissue,
        DeadlineKind::RegistrationEnd,
        DeadlineKind::RegistrationAfterMove,
        DeadlineKind::EmployerNotice,
        DeadlineKind::PatentCapEnd,
        DeadlineKind::EaeuNewContract,
        DeadlineKind::MigrationCardDuplicate,
        DeadlineKind::AppealCourtDecision,
        DeadlineKind::AppealMvdDecision,
    ];

    /// Every kind's names, in one place: (kind, the snake_case name in JSON
    /// and in Fluent message ids, the short code in a button's callback data,
    /// the byte that stores it in the reminder queue). Codes and bytes are
    /// stored or sent: never change or reuse one.
    const CODES: [(DeadlineKind, &'static str, &'static str, u8); 15] = [
        (DeadlineKind::Registration, "registration", "reg", 1),
        (
            DeadlineKind::PatentApplication,
            "patent_application",
            "papp",
            2,
        ),
        (DeadlineKind::MedicalExam, "medical_exam", "med", 3),
        (DeadlineKind::PatentPayment, "patent_payment", "pay", 4),
        (DeadlineKind::ContractNotice, "contract_notice", "con", 5),
        (DeadlineKind::StayLimit, "stay_limit", "stay", 6),
        (DeadlineKind::PatentReissue, "patent_reissue", "reis", 7),
        (DeadlineKind::RegistrationEnd, "registration_end", "rend", 8),
        (
            DeadlineKind::RegistrationAfterMove,
            "registration_after_move",
            "rmov",
            9,
        ),
        (DeadlineKind::EmployerNotice, "employer_notice", "empl", 10),
        (DeadlineKind::PatentCapEnd, "patent_cap_end", "pcap", 11),
        (
            DeadlineKind::EaeuNewContract,
            "eaeu_new_contract",
            "ecnt",
            12,
        ),
        (
            DeadlineKind::MigrationCardDuplicate,
            "migration_card_duplicate",
            "mcrd",
            13,
        ),
        (
            DeadlineKind::AppealCourtDecision,
            "appeal_court_decision",
            "apc",
            14,
        ),
        (
            DeadlineKind::AppealMvdDecision,
            "appeal_mvd_decision",
            "apm",
            15,
        ),
    ];

    fn codes(self) -> (&'static str, &'static str, u8) {
        // ALL and CODES list the same kinds (a test checks it).
        DeadlineKind::CODES
            .iter()
            .find(|(k, ..)| *k == self)
            .map(|(_, n, s, b)| (*n, *s, *b))
            .unwrap_or(("unknown", "unk", 0))
    }

    /// The snake_case name used in JSON and in Fluent message ids.
    pub fn name(self) -> &'static str {
        self.codes().0
    }

    /// The short code in callback data.
    pub fn short(self) -> &'static str {
        self.codes().1
    }

    /// The byte that stores the kind in the reminder queue.
    pub fn byte(self) -> u8 {
        self.codes().2
    }

    /// The kind with this [`name`](Self::name), if any.
    pub fn from_name(name: &str) -> Option<DeadlineKind> {
        DeadlineKind::CODES
            .iter()
            .find(|c| c.1 == name)
            .map(|c| c.0)
    }

    /// The kind with this [`short`](Self::short) code, if any.
    pub fn from_short(code: &str) -> Option<DeadlineKind> {
        DeadlineKind::CODES
            .iter()
            .find(|c| c.2 == code)
            .map(|c| c.0)
    }

    /// The kind stored as this [`byte`](Self::byte), if any.
    pub fn from_byte(b: u8) -> Option<DeadlineKind> {
        DeadlineKind::CODES.iter().find(|c| c.3 == b).map(|c| c.0)
    }
}

impl Assessment {
    /// The deadline of this kind, if it applies.
    pub fn deadline(&self, kind: DeadlineKind) -> Option<&Deadline> {
        self.deadlines.iter().find(|d| d.kind == kind)
    }
    /// The first risk of this kind, if any (`PendingChange` can occur more than once).
    pub fn risk(&self, kind: RiskKind) -> Option<&Risk> {
        self.risks.iter().find(|r| r.kind == kind)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_one_name_code_and_byte() {
        assert_eq!(DeadlineKind::ALL.len(), DeadlineKind::CODES.len());
        for k in DeadlineKind::ALL {
            assert_eq!(DeadlineKind::from_name(k.name()), Some(k));
            assert_eq!(DeadlineKind::from_short(k.short()), Some(k));
            assert_eq!(DeadlineKind::from_byte(k.byte()), Some(k));
            // The serde name is the same name.
            assert_eq!(
                serde_json::to_value(k).unwrap(),
                serde_json::Value::String(k.name().into())
            );
            assert!(k.short().len() <= 8 && k.byte() != 0);
        }
    }
}
