//! What the bot shows: the menu, "my situation", the list of answers, the
//! explainers. Pure: they read the session and the law data.

use musofir_law::assess;

use super::interview::{self, facts};
use super::{Action, Button, Context, MenuItem, Reply, Session};
use crate::explain::{self, Topic};
use crate::guidance;
use crate::reminders;
use crate::text::Msg;

pub fn button(label: &'static str, action: Action) -> Button {
    Button {
        label: Msg::new(label),
        action,
    }
}

pub fn with_menu(r: Reply) -> Reply {
    r.row(vec![button("menu-status", Action::Menu(MenuItem::Status))])
        .row(vec![button(
            "menu-changed",
            Action::Menu(MenuItem::Situations),
        )])
        .row(vec![
            button("menu-explainers", Action::Menu(MenuItem::Explainers)),
            button("menu-edit", Action::Menu(MenuItem::Edit)),
        ])
        .row(vec![
            button("menu-reminders", Action::Menu(MenuItem::Reminders)),
            button("menu-language", Action::Menu(MenuItem::Language)),
        ])
        .row(vec![
            button("menu-privacy", Action::Menu(MenuItem::Privacy)),
            button("menu-help", Action::Menu(MenuItem::Help)),
        ])
}

fn nav(r: Reply) -> Reply {
    r.row(vec![button(
        "menu-changed",
        Action::Menu(MenuItem::Situations),
    )])
    .row(vec![
        button("menu-edit", Action::Menu(MenuItem::Edit)),
        button("menu-explainers", Action::Menu(MenuItem::Explainers)),
    ])
    .row(vec![
        button("menu-reminders", Action::Menu(MenuItem::Reminders)),
        button("menu-home", Action::Menu(MenuItem::Home)),
    ])
}

/// "My situation", first screen: what to do next (at most three actions,
/// nearest first, each with its date and place), then "More" for the rest.
pub fn status(s: &Session, ctx: &Context<'_>) -> Reply {
    situation_view(s, ctx, false)
}

/// "More": every deadline and risk with its source, confidence, consequence
/// and the notes that matter ([`guidance::in_summary`]), most urgent first,
/// and the next steps.
pub fn details(s: &Session, ctx: &Context<'_>) -> Reply {
    situation_view(s, ctx, true)
}

fn situation_view(s: &Session, ctx: &Context<'_>, full: bool) -> Reply {
    if let Some(conflict) = super::conflicts::screen(&s.answers) {
        return conflict;
    }
    let Some(profile) = s.profile() else {
        return Reply::new("status-need-answers").row(vec![button(
            "menu-interview",
            Action::Menu(MenuItem::Interview),
        )]);
    };
    match assess(&profile, ctx.today, ctx.law) {
        Ok(mut a) => {
            hide_unknown_dates(&mut a, &s.answers);
            let mut r = Reply::default();
            if interview::first_open(&s.answers).is_some() {
                r.paragraphs.push(Msg::new("status-partial"));
            }
            if full {
                r.paragraphs.extend(guidance::situation(&a, ctx.law));
            } else {
                r.paragraphs
                    .extend(guidance::first_screen(&a, ctx.law, profile.region));
            }
            // "More" (on the first screen), and a "more about this" button for
            // the most urgent open deadline.
            let mut row = Vec::new();
            if !full {
                row.push(button("status-more", Action::Menu(MenuItem::Details)));
            }
            if let Some(d) = a
                .deadlines
                .iter()
                .find(|d| d.status != musofir_law::Status::Done)
            {
                if let Some(t) = explain::topics_for(d.kind).first() {
                    row.push(Button {
                        label: explain::title(*t),
                        action: Action::Explain(*t),
                    });
                }
            }
            if !row.is_empty() {
                r = r.row(row);
            }
            nav(r)
        }
        // Conflicting answers are shown above, in plain words; anything
        // else the engine refuses is said without its field name.
        Err(_) => nav(Reply::new("status-error")),
    }
}

/// "Done, but I don't remember when": the engine counts such a date as the
/// entry day (so it is not reported late); the user is not shown that date.
fn hide_unknown_dates(a: &mut musofir_law::Assessment, answers: &super::Answers) {
    use super::questions::Question;
    use musofir_law::DeadlineKind;
    for (q, kind) in [
        (Question::RegisteredOn, DeadlineKind::Registration),
        (Question::MedicalOn, DeadlineKind::MedicalExam),
        (Question::PatentAppliedOn, DeadlineKind::PatentApplication),
        (
            Question::MovedRegisteredOn,
            DeadlineKind::RegistrationAfterMove,
        ),
    ] {
        if answers.unknown.contains(&q) {
            for d in a.deadlines.iter_mut().filter(|d| d.kind == kind) {
                d.done_on = None;
            }
        }
    }
}

/// `/edit`: the answers, each with a button to change it.
pub fn edit_list(s: &Session) -> Reply {
    let list = facts(&s.answers);
    if list.is_empty() {
        return Reply::new("status-need-answers").row(vec![button(
            "menu-interview",
            Action::Menu(MenuItem::Interview),
        )]);
    }
    let mut r = Reply::new("edit-intro");
    let mut buttons = Vec::new();
    for (q, line) in list {
        r.paragraphs.push(line);
        buttons.push(Button {
            label: Msg::new(format!("fact-{}", q.code())),
            action: Action::Edit(q),
        });
    }
    for row in buttons.chunks(2) {
        r = r.row(row.to_vec());
    }
    r.row(vec![button("menu-status", Action::Menu(MenuItem::Status))])
}

/// `/reminders`: what will be reminded and when, with a switch per kind.
pub fn reminders(s: &Session, ctx: &Context<'_>) -> Reply {
    let Some(profile) = s.profile() else {
        return Reply::new("status-need-answers").row(vec![button(
            "menu-interview",
            Action::Menu(MenuItem::Interview),
        )]);
    };
    let tz = reminders::zone(profile.region);
    let a = s.assess(ctx.law, ctx.now);
    let pending: Vec<reminders::Pending> = match ctx.queue {
        Some(q) => q.to_vec(),
        // Not loaded (the core's own tests): what a plan would queue, from
        // the same assessment.
        None => a
            .as_ref()
            .map(|a| {
                reminders::plan::plan_in(a, &s.reminders.leads(), &s.reminders.off, tz, ctx.now)
                    .into_iter()
                    .map(|planned| reminders::Pending {
                        planned,
                        snoozed: false,
                    })
                    .collect()
            })
            .unwrap_or_default(),
    };
    super::reminder_messages::list(a.as_ref(), &s.reminders, &pending, tz, ctx.now)
        .row(vec![button("menu-home", Action::Menu(MenuItem::Home))])
}

pub fn explainer_list() -> Reply {
    let mut r = Reply::new("explainers-choose");
    let buttons: Vec<Button> = Topic::ALL
        .iter()
        .map(|t| Button {
            label: explain::title(*t),
            action: Action::Explain(*t),
        })
        .collect();
    for row in buttons.chunks(2) {
        r = r.row(row.to_vec());
    }
    r
}

pub fn explainer(t: Topic, ctx: &Context<'_>) -> Reply {
    let r = Reply {
        paragraphs: explain::explain(t, ctx.law, ctx.today),
        ..Reply::default()
    };
    r.row(vec![
        button("explainers-more", Action::Menu(MenuItem::Explainers)),
        button("menu-status", Action::Menu(MenuItem::Status)),
    ])
}
