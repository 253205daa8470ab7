//! Next steps, most urgent first.

use super::{Deadline, DeadlineKind, NextStep, Risk, RiskKind, Status, StepId};

pub(crate) fn next_steps(deadlines: &[Deadline], risks: &[Risk]) -> Vec<NextStep> {
    let has = |kind: RiskKind| risks.iter().find(|r| r.kind == kind);
    let lost_status = has(RiskKind::Overstay).is_some() || has(RiskKind::PatentEnded).is_some();
    let regime = has(RiskKind::ExpulsionRegime).is_some();

    let annulled = has(RiskKind::PatentAnnulled).is_some();
    // The stay is over only if the patent was annulled (`risks::legal_stay_end`).
    let overstay_if_annulled =
        has(RiskKind::Overstay).is_some_and(|r| r.related == Some(DeadlineKind::ContractNotice));

    let mut steps = Vec::new();
    if lost_status {
        // Whether the patent still stands decides whether the stay is over at all: asked first.
        if let Some(r) = has(RiskKind::PatentAnnulled).filter(|_| overstay_if_annulled) {
            steps.push(step(
                StepId::CheckPatentAtMvd,
                Some(DeadlineKind::ContractNotice),
                None,
                r.check,
            ));
        }
        // No legal basis any more: these come before everything else, and first of all the day to leave by
        // before the next, longer entry ban (the ban applies from the risk's date: the day before is the last).
        if let Some(r) = has(RiskKind::EntryBan).filter(|r| r.next_ban_years.is_some()) {
            if let Some(last) = r.date.and_then(|d| d.pred_opt()) {
                steps.push(step(StepId::LeaveBeforeBan, r.related, Some(last), None));
            }
        }
        steps.push(step(
            StepId::CheckRklStatus,
            None,
            None,
            Some(crate::Check::MvdRklPage),
        ));
        // Status is regularised at the MVD (law.md Q8); Sakharovo took it only under the amnesty, now closed.
        // Leaving needs no office.
        steps.push(step(
            StepId::RegulariseOrLeave,
            None,
            None,
            Some(crate::Check::MvdOffice),
        ));
    }
    if regime {
        steps.push(step(
            StepId::FollowExpulsionRegimeDuties,
            None,
            None,
            Some(crate::Check::MvdOffice),
        ));
        if !lost_status {
            steps.push(step(
                StepId::CheckRklStatus,
                None,
                None,
                Some(crate::Check::MvdRklPage),
            ));
        }
    }

    if let Some(r) = has(RiskKind::PatentAnnulled).filter(|_| !overstay_if_annulled) {
        steps.push(step(
            StepId::CheckPatentAtMvd,
            Some(DeadlineKind::ContractNotice),
            None,
            r.check,
        ));
    }

    let mut dated: Vec<NextStep> = deadlines
        .iter()
        .filter(|d| d.status != Status::Done)
        // The contract copy is overdue: the step above replaces giving it and paying a patent that may be annulled.
        .filter(|d| {
            !(annulled
                && matches!(
                    d.kind,
                    DeadlineKind::ContractNotice | DeadlineKind::PatentPayment
                ))
        })
        // A lapsed stay or patent cannot be fixed by "leaving in time" or "paying": the steps above replace them.
        .filter(|d| {
            !(lost_status
                && d.status == Status::Overdue
                && matches!(
                    d.kind,
                    DeadlineKind::StayLimit
                        | DeadlineKind::PatentPayment
                        | DeadlineKind::PatentCapEnd
                        | DeadlineKind::EaeuNewContract
                ))
        })
        .map(|d| {
            let id = match d.kind {
                DeadlineKind::Registration if d.action == crate::Action::RegisterViaAmina => {
                    StepId::RegisterViaAmina
                }
                DeadlineKind::Registration => StepId::RegisterAtPlaceOfStay,
                DeadlineKind::PatentApplication => StepId::ApplyForPatent,
                DeadlineKind::MedicalExam => StepId::PassMedicalExam,
                DeadlineKind::PatentPayment => StepId::PayPatent,
                DeadlineKind::ContractNotice => StepId::SendContractCopy,
                DeadlineKind::StayLimit => StepId::LeaveBeforeStayLimit,
                DeadlineKind::PatentReissue => StepId::ReissuePatent,
                DeadlineKind::RegistrationEnd => StepId::RenewRegistration,
                DeadlineKind::RegistrationAfterMove => StepId::RegisterAfterMove,
                DeadlineKind::EmployerNotice => StepId::AskEmployerToNotify,
                DeadlineKind::PatentCapEnd => StepId::LeaveBeforeStayLimit,
                DeadlineKind::EaeuNewContract => StepId::SignNewContract,
                DeadlineKind::MigrationCardDuplicate => StepId::ReportLostMigrationCard,
                DeadlineKind::AppealCourtDecision | DeadlineKind::AppealMvdDecision => {
                    StepId::AppealDecision
                }
            };
            step(id, Some(d.kind), Some(d.due), d.check)
        })
        .collect();
    if let Some(r) = has(RiskKind::MedicalRepeatDue) {
        dated.push(step(
            StepId::RepeatMedicalExam,
            Some(DeadlineKind::MedicalExam),
            r.date,
            r.check,
        ));
    }
    dated.sort_by_key(|s| s.due);
    steps.extend(dated);

    if let Some(r) = has(RiskKind::RegistrationTermUncertain) {
        steps.push(step(
            StepId::CheckTermsAtMvd,
            Some(DeadlineKind::Registration),
            None,
            r.check,
        ));
    }
    if let Some(r) = has(RiskKind::HotelRegistersGuest) {
        steps.push(step(StepId::ConfirmHotelRegistration, None, None, r.check));
    }
    if let Some(r) = has(RiskKind::AminaGeolocation) {
        steps.push(step(StepId::KeepGeolocationOn, None, None, r.check));
    }
    // Undated steps of the situations, most serious first.
    for (kind, id) in [
        (RiskKind::WorkOutsidePatent, StepId::StopWorkOutsidePatent),
        (
            RiskKind::WrongPurposeForWork,
            StepId::LeaveAndReenterForWork,
        ),
        (RiskKind::LostDocument, StepId::ReplaceLostDocument),
        (RiskKind::JobLost, StepId::KeepPayingPatent),
        (RiskKind::BeforeTravel, StepId::CheckBeforeTravel),
    ] {
        if let Some(r) = has(kind) {
            steps.push(step(id, r.related, None, r.check));
        }
    }
    steps
}

fn step(
    step: StepId,
    deadline: Option<DeadlineKind>,
    due: Option<chrono::NaiveDate>,
    check: Option<crate::Check>,
) -> NextStep {
    NextStep {
        step,
        deadline,
        due,
        check,
    }
}
