//! Message ids, marks and the lists of every variant: one name per thing.

use musofir_law::{
    Action, Check, Confidence, Consequence, DeadlineKind, Note, Place, RiskKind, RiskLevel, Status,
    StepId,
};

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
    PLACES: Place [MvdOffice, Mfc, Post, Gosuslugi, Mmc, AminaApp, LicensedClinic]
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
        ChildrenObligations, BeforeTravel, StudentsMayWork, PatentAnnulled, WorkWithoutPatent]
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
        CheckBeforeTravel, KeepPayingPatent, LeaveBeforeBan, CheckPatentAtMvd]
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
    "consequence-sanction_unclear-late",
    "first-header",
    "first-overstay",
    "first-no-work",
    "first-annulled",
    "first-annulled-overstay",
    "first-nothing",
    "first-action",
    "first-action-undated",
    "first-leave-before-ban",
    "first-when-by",
    "first-when-today",
    "first-when-passed",
    "first-where",
    "first-check",
    "first-rkl",
    "first-amount",
    "first-office",
    "first-or",
    "first-host-files",
    "first-find-clinic",
    "first-find-mvd",
    "first-footer",
    "first-footer-more",
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
pub use crate::text::serde_name as name;

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
pub(super) fn list(parts: Vec<Msg>) -> Option<Msg> {
    join(parts, "guidance-list")
}

pub(super) fn join(mut parts: Vec<Msg>, id: &'static str) -> Option<Msg> {
    let mut acc = parts.pop()?;
    while let Some(first) = parts.pop() {
        acc = Msg::new(id).msg("first", first).msg("rest", acc);
    }
    Some(acc)
}

pub(super) fn rub(n: u32) -> i64 {
    i64::from(n)
}

pub(super) fn num(n: u32) -> i64 {
    i64::from(n)
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
        fn unique<T: serde::Serialize>(xs: &[T]) -> bool {
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
