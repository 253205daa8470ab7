//! The reminder texts as [`Reply`]s: message ids in `locales/*/reminders.ftl`
//! with dates and counts as arguments (no legal number is written in a text).
//! Pure: built from the deadline as assessed at send time.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use musofir_law::{Action as LawAction, Assessment, Deadline, DeadlineKind, Place, Status};

use super::settings::{ReminderSettings as Settings, LEAD_CHOICES};
use crate::dialogue::actions::ReminderOp;
use crate::dialogue::{Action, Button, Reply};
use crate::reminders::plan::{Pending, REMIND_AT};
use crate::text::Msg;

/// The short name of a kind of deadline, in the user's language.
pub fn kind_name(kind: DeadlineKind) -> Msg {
    Msg::new(format!("reminder-kind-{}", kind.name()))
}

fn action_name(a: LawAction) -> &'static str {
    match a {
        LawAction::RegisterAtPlaceOfStay => "register_at_place_of_stay",
        LawAction::RegisterViaAmina => "register_via_amina",
        LawAction::ApplyForPatent => "apply_for_patent",
        LawAction::PassMedicalExam => "pass_medical_exam",
        LawAction::PayPatent => "pay_patent",
        LawAction::SendContractCopy => "send_contract_copy",
        LawAction::ReissuePatent => "reissue_patent",
        LawAction::LeaveOrGetBasisToStay => "leave_or_get_basis_to_stay",
        LawAction::RenewRegistration => "renew_registration",
        LawAction::AskEmployerToNotify => "ask_employer_to_notify",
        LawAction::SignNewContract => "sign_new_contract",
        LawAction::ReportLoss => "report_loss",
        LawAction::Appeal => "appeal",
    }
}

fn place_name(p: Place) -> &'static str {
    match p {
        Place::MvdOffice => "mvd_office",
        Place::Mfc => "mfc",
        Place::Post => "post",
        Place::Gosuslugi => "gosuslugi",
        Place::Mmc => "mmc",
        Place::AminaApp => "amina_app",
        Place::LicensedClinic => "licensed_clinic",
    }
}

fn button(label: &'static str, op: ReminderOp, kind: DeadlineKind) -> Button {
    Button {
        label: Msg::new(label),
        action: Action::Reminder(op, kind),
    }
}

/// "Where": the places joined into one line.
fn places(d: &Deadline) -> Option<Msg> {
    let mut names = d
        .places
        .iter()
        .rev()
        .map(|p| Msg::new(format!("reminder-place-{}", place_name(*p))));
    let last = names.next()?;
    let list = names.fold(last, |rest, first| {
        Msg::new("reminder-join")
            .msg("first", first)
            .msg("rest", rest)
    });
    Some(Msg::new("reminder-where").msg("places", list))
}

/// A deadline with two readings: the date reminded is the safe one, and the
/// other is said; once the safe date has passed, the reminded date is the
/// later reading, and the text says the safe one has passed.
fn other_reading(d: &Deadline) -> Option<Msg> {
    let alt = d.alt_due?;
    Some(if alt > d.due {
        Msg::new("reminder-alt").date("date", alt)
    } else {
        Msg::new("reminder-alt-passed").date("date", alt)
    })
}

/// The reminder before (or on the day of) a deadline: what is due, the date
/// and the days left, what to do and where, and the buttons.
pub fn reminder(d: &Deadline) -> Reply {
    let mut r = Reply::new(Msg::new("reminder-title").msg("what", kind_name(d.kind)));
    r = r.then(if d.days_left <= 0 {
        Msg::new("reminder-due-today").date("date", d.due)
    } else {
        Msg::new("reminder-due")
            .date("date", d.due)
            .num("days", d.days_left)
    });
    r = r.then(Msg::new(format!("reminder-do-{}", action_name(d.action))));
    if let Some(p) = places(d) {
        r = r.then(p);
    }
    if let Some(a) = &d.amount {
        r = r.then(Msg::new("reminder-amount").rub("amount", i64::from(a.rub)));
    }
    if let Some(alt) = other_reading(d) {
        r = r.then(alt);
    }
    let mut first = vec![button("reminder-button-done", ReminderOp::Done, d.kind)];
    if d.kind == DeadlineKind::PatentPayment {
        first.push(button("reminder-button-paid", ReminderOp::Paid, d.kind));
    }
    r.row(first).row(vec![
        button("reminder-button-tomorrow", ReminderOp::Tomorrow, d.kind),
        button("reminder-button-stop", ReminderOp::Stop, d.kind),
    ])
}

/// The one message after a deadline passed while reminders were pending:
/// what it means and what to do now.
pub fn overdue(d: &Deadline) -> Reply {
    let mut r = Reply::new(
        Msg::new("reminder-overdue-title")
            .msg("what", kind_name(d.kind))
            .date("date", d.due)
            .num("days", (-d.days_left).max(1)),
    )
    .then(Msg::new(format!("reminder-overdue-{}", d.kind.name())));
    if let Some(p) = places(d) {
        r = r.then(p);
    }
    let mut first = vec![button("reminder-button-done", ReminderOp::Done, d.kind)];
    if d.kind == DeadlineKind::PatentPayment {
        first.push(button("reminder-button-paid", ReminderOp::Paid, d.kind));
    }
    r.row(first).row(vec![button(
        "reminder-button-stop",
        ReminderOp::Stop,
        d.kind,
    )])
}

/// `/reminders`: each open deadline with its next reminder (or why there is
/// none), when reminders go out, one button per kind to switch it on or
/// off, and a row of lead days to choose. `pending` is the user's queue; `tz` the user's zone
/// ([`crate::reminders::zone`]).
pub fn list(
    a: Option<&Assessment>,
    settings: &Settings,
    pending: &[Pending],
    tz: Tz,
    now: DateTime<Utc>,
) -> Reply {
    let open: Vec<&Deadline> = a
        .map(|a| {
            a.deadlines
                .iter()
                .filter(|d| d.status != Status::Done)
                .collect()
        })
        .unwrap_or_default();
    let mut r = Reply::new("reminder-list-title");
    if open.is_empty() && settings.off.is_empty() {
        return r.then("reminder-list-empty");
    }
    for d in &open {
        let what = kind_name(d.kind);
        let next = pending
            .iter()
            .filter(|p| p.planned.kind == d.kind)
            .min_by_key(|p| p.planned.at);
        let day = |p: &Pending| p.planned.at.with_timezone(&tz).date_naive();
        let line = if !settings.is_on(d.kind) {
            Msg::new("reminder-list-off")
        } else if d.status == Status::Overdue {
            Msg::new("reminder-list-overdue")
        } else {
            match next {
                // Due to go out and not sent yet (the bot is catching up).
                Some(p) if p.planned.at <= now => Msg::new("reminder-list-late"),
                Some(p) if p.snoozed => Msg::new("reminder-list-snoozed").date("next", day(p)),
                Some(p) => Msg::new("reminder-list-next").date("next", day(p)),
                None => Msg::new("reminder-list-none"),
            }
        };
        r = r.then(line.msg("what", what).date("due", d.due));
    }
    let leads = settings.leads();
    r = r.then(if leads.is_empty() {
        Msg::new("reminder-list-when-never")
    } else {
        let leads: Vec<String> = leads.iter().map(u8::to_string).collect();
        Msg::new("reminder-list-when")
            .str("leads", leads.join(", "))
            .str("time", REMIND_AT.format("%H:%M").to_string())
    });
    r = r.then("reminder-list-toggle");
    let mut kinds: Vec<DeadlineKind> = open.iter().map(|d| d.kind).collect();
    kinds.extend(settings.off.iter().copied());
    for kind in DeadlineKind::ALL {
        if !kinds.contains(&kind) {
            continue;
        }
        let label = if settings.is_on(kind) {
            "reminder-toggle-on"
        } else {
            "reminder-toggle-off"
        };
        r = r.row(vec![Button {
            label: Msg::new(label).msg("what", kind_name(kind)),
            action: Action::Reminder(ReminderOp::Toggle, kind),
        }]);
    }
    r.then("reminder-list-leads").row(
        LEAD_CHOICES
            .iter()
            .map(|d| Button {
                label: Msg::new(if leads.contains(d) {
                    "reminder-lead-on"
                } else {
                    "reminder-lead-off"
                })
                .num("days", i64::from(*d)),
                action: Action::LeadDay(*d),
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveDate, TimeZone};

    fn noon() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 5, 9, 0, 0).unwrap()
    }
    use musofir_law::{assess, Citizenship, Law, Profile, Purpose};

    fn assessment(today: NaiveDate, paid_until: Option<NaiveDate>) -> Assessment {
        let law = Law::embedded().unwrap();
        let entry = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
        let mut p = Profile::new("UZ".parse::<Citizenship>().unwrap(), entry);
        p.purpose = Some(Purpose::Work);
        if let Some(paid) = paid_until {
            p.patent_issued_on = Some(entry);
            p.patent_paid_until = Some(paid);
        }
        assess(&p, today, &law).unwrap()
    }

    fn ids(r: &Reply) -> Vec<String> {
        r.paragraphs.iter().map(|m| m.id.to_string()).collect()
    }

    fn ops(r: &Reply) -> Vec<ReminderOp> {
        r.keyboard
            .iter()
            .flatten()
            .filter_map(|b| match b.action {
                Action::Reminder(op, _) => Some(op),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_reminder_says_what_when_what_to_do_and_where() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 5).unwrap();
        let a = assessment(today, None);
        let reg = a.deadline(DeadlineKind::Registration).unwrap();
        let r = reminder(reg);
        let ids = ids(&r);
        assert_eq!(ids[0], "reminder-title");
        assert_eq!(ids[1], "reminder-due");
        assert!(ids[2].starts_with("reminder-do-"));
        assert_eq!(ids[3], "reminder-where");
        assert_eq!(
            ops(&r),
            vec![ReminderOp::Done, ReminderOp::Tomorrow, ReminderOp::Stop]
        );
    }

    #[test]
    fn two_readings_give_the_other_date_and_then_say_the_safe_one_passed() {
        // UZ entry 01.11.2026: registration by 15.11 (the entry day as day 1), 16.11 by the other reading.
        let before = assessment(NaiveDate::from_ymd_opt(2026, 11, 5).unwrap(), None);
        let reg = before.deadline(DeadlineKind::Registration).unwrap();
        let alt = reg.alt_due.expect("two readings");
        let r = reminder(reg);
        let m = r
            .paragraphs
            .iter()
            .find(|m| m.id == "reminder-alt")
            .unwrap();
        assert_eq!(m.args, vec![("date", crate::text::Arg::Date(alt))]);
        let after = assessment(alt, None);
        let reg = after.deadline(DeadlineKind::Registration).unwrap();
        assert_eq!(reg.due, alt);
        assert!(ids(&reminder(reg)).contains(&"reminder-alt-passed".to_string()));
    }

    #[test]
    fn only_the_payment_has_an_i_paid_button() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
        let a = assessment(today, Some(NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()));
        let pay = a.deadline(DeadlineKind::PatentPayment).unwrap();
        let r = reminder(pay);
        assert_eq!(ids(&r)[1], "reminder-due-today");
        assert!(ops(&r).contains(&ReminderOp::Paid));
        let o = overdue(pay);
        assert_eq!(ids(&o)[0], "reminder-overdue-title");
        assert_eq!(
            ops(&o),
            vec![ReminderOp::Done, ReminderOp::Paid, ReminderOp::Stop]
        );
    }

    #[test]
    fn every_id_the_builders_use_exists_in_every_language() {
        let i18n = crate::i18n::I18n::new().unwrap();
        let actions = [
            LawAction::RegisterAtPlaceOfStay,
            LawAction::RegisterViaAmina,
            LawAction::ApplyForPatent,
            LawAction::PassMedicalExam,
            LawAction::PayPatent,
            LawAction::SendContractCopy,
            LawAction::ReissuePatent,
            LawAction::LeaveOrGetBasisToStay,
            LawAction::RenewRegistration,
            LawAction::AskEmployerToNotify,
            LawAction::SignNewContract,
            LawAction::ReportLoss,
            LawAction::Appeal,
        ];
        // Fails to compile when the law crate gains an action the list lacks.
        let _: fn(LawAction) = |a| match a {
            LawAction::RegisterAtPlaceOfStay
            | LawAction::RegisterViaAmina
            | LawAction::ApplyForPatent
            | LawAction::PassMedicalExam
            | LawAction::PayPatent
            | LawAction::SendContractCopy
            | LawAction::ReissuePatent
            | LawAction::LeaveOrGetBasisToStay
            | LawAction::RenewRegistration
            | LawAction::AskEmployerToNotify
            | LawAction::SignNewContract
            | LawAction::ReportLoss
            | LawAction::Appeal => {}
        };
        let places = [
            Place::MvdOffice,
            Place::Mfc,
            Place::Post,
            Place::Gosuslugi,
            Place::Mmc,
            Place::AminaApp,
            Place::LicensedClinic,
        ];
        let mut ids: Vec<String> = Vec::new();
        for k in DeadlineKind::ALL {
            ids.push(kind_name(k).id.to_string());
            ids.push(format!("reminder-overdue-{}", k.name()));
        }
        ids.extend(actions.map(|a| format!("reminder-do-{}", action_name(a))));
        ids.extend(places.map(|p| format!("reminder-place-{}", place_name(p))));
        ids.extend([
            "reminder-alt".to_string(),
            "reminder-alt-passed".to_string(),
        ]);
        for id in ids {
            assert!(i18n.has(&id), "{id}");
        }
    }

    #[test]
    fn the_list_offers_a_toggle_per_kind() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 5).unwrap();
        let a = assessment(today, None);
        let mut s = Settings::default();
        s.toggle(DeadlineKind::Registration);
        let r = list(Some(&a), &s, &[], crate::clock::MOSCOW, noon());
        assert!(ids(&r).contains(&"reminder-list-off".to_string()));
        let toggles = r
            .keyboard
            .iter()
            .flatten()
            .filter(|b| matches!(b.action, Action::Reminder(ReminderOp::Toggle, _)))
            .count();
        // The lead days: the default ones on, 14 off.
        let leads: Vec<(&str, Action)> = r
            .keyboard
            .last()
            .unwrap()
            .iter()
            .map(|b| (b.label.id.as_ref(), b.action.clone()))
            .collect();
        assert_eq!(
            leads,
            [14, 7, 3, 1, 0]
                .map(|d| (
                    if d == 14 {
                        "reminder-lead-off"
                    } else {
                        "reminder-lead-on"
                    },
                    Action::LeadDay(d)
                ))
                .to_vec()
        );
        let open = a
            .deadlines
            .iter()
            .filter(|d| d.status != Status::Done)
            .count();
        assert_eq!(toggles, open);
        assert!(r
            .keyboard
            .iter()
            .flatten()
            .any(|b| b.label.id == "reminder-toggle-off"));
        let empty = list(
            None,
            &Settings::default(),
            &[],
            crate::clock::MOSCOW,
            noon(),
        );
        assert_eq!(
            ids(&empty),
            vec!["reminder-list-title", "reminder-list-empty"]
        );
    }
}
