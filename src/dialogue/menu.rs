//! The router: commands and buttons that work everywhere, then the open
//! question, then "what the bot is waiting for".

use super::actions::ReminderOp;
use super::free;
use super::interview::{self, Given, Refusal};
use super::questions::Question;
use super::state::PatentAnswer;
use super::views::{self, button, with_menu};
use super::{
    Action, Command, Context, Effect, Input, MenuItem, Next, Outcome, Reply, Session, State,
    MAX_INPUT_CHARS,
};
use crate::text::{Lang, Msg};
use musofir_law::DeadlineKind;

pub(super) fn first_contact(guess: Lang) -> Outcome {
    let session = Session::new(guess);
    Outcome {
        next: Next::Save(session),
        lang: guess,
        replies: vec![with_language_buttons(
            Reply::new("welcome").then("language-choose"),
        )],
        effects: Vec::new(),
    }
}

pub(super) fn handle(mut s: Session, input: Input, ctx: &Context<'_>) -> Outcome {
    let mut effects = Vec::new();
    let reply = route(&mut s, input, ctx, &mut effects);
    match reply {
        Routed::Erase => Outcome {
            next: Next::Erase,
            lang: s.lang,
            replies: vec![Reply::new("forget-done")],
            effects: Vec::new(),
        },
        Routed::Reply(r) => Outcome {
            lang: s.lang,
            next: Next::Save(s),
            replies: vec![r],
            effects,
        },
    }
}

enum Routed {
    Reply(Reply),
    Erase,
}

fn route(s: &mut Session, input: Input, ctx: &Context<'_>, effects: &mut Vec<Effect>) -> Routed {
    use Routed::Reply as R;
    let menu = |item| Input::Button(Action::Menu(item));
    // Commands and their menu buttons are the same thing.
    let input = match input {
        Input::Command(Command::Language) => menu(MenuItem::Language),
        Input::Command(Command::Help) => menu(MenuItem::Help),
        Input::Command(Command::Privacy) => menu(MenuItem::Privacy),
        Input::Command(Command::Forget) => menu(MenuItem::Forget),
        Input::Command(Command::Status) => menu(MenuItem::Status),
        Input::Command(Command::Edit) => menu(MenuItem::Edit),
        Input::Command(Command::Explain) => menu(MenuItem::Explainers),
        Input::Command(Command::Reminders) => menu(MenuItem::Reminders),
        other => other,
    };
    // Before a language is chosen, only the language buttons (and "my data")
    // lead on; anything else shows the language screen again.
    if !s.lang_confirmed
        && !matches!(
            input,
            Input::Button(Action::SetLang(_)) | Input::Button(Action::Menu(MenuItem::Privacy))
        )
    {
        s.state = State::ChoosingLanguage { first: true };
        let r = match input {
            Input::Command(Command::Start) => Reply::new("welcome").then("language-choose"),
            _ => Reply::new("language-choose"),
        };
        return R(with_language_buttons(r));
    }
    match input {
        Input::Command(Command::Start) => {
            if s.answers.complete {
                s.state = State::Menu;
                R(with_menu(Reply::new("welcome-back")))
            } else {
                R(continue_interview(s, ctx, Reply::new("welcome-back")))
            }
        }
        Input::Command(Command::Cancel) => {
            s.state = State::Menu;
            s.trail.clear();
            R(with_menu(Reply::new("cancelled")))
        }
        Input::Button(Action::Menu(item)) => R(menu_item(s, item, ctx)),
        Input::Button(Action::SetLang(lang)) => {
            let State::ChoosingLanguage { first } = s.state else {
                return R(prompt_after(s, ctx, Reply::new("button-stale")));
            };
            let first = first || !s.lang_confirmed;
            s.lang = lang;
            s.lang_confirmed = true;
            if first && !s.answers.complete {
                // Straight to the first question: the user came for their deadlines.
                R(continue_interview(
                    s,
                    ctx,
                    Reply::new("language-set").then("intro"),
                ))
            } else {
                s.state = State::Menu;
                R(with_menu(Reply::new("language-set")))
            }
        }
        Input::Button(Action::ForgetYes) if s.state == State::ConfirmForget => Routed::Erase,
        Input::Button(Action::ForgetNo) if s.state == State::ConfirmForget => {
            s.state = State::Menu;
            R(with_menu(Reply::new("forget-kept")))
        }
        // An explainer opened in the middle of the questions: the open question follows it.
        Input::Button(Action::Explain(t)) => R(match s.state {
            State::Asking { .. } => merge(views::explainer(t, ctx), prompt(s, ctx)),
            _ => views::explainer(t, ctx),
        }),
        Input::Button(Action::Edit(q)) => {
            if !interview::applies(q, &s.answers) && q != Question::CitizenshipMore {
                return R(prompt_after(s, ctx, Reply::new("button-stale")));
            }
            s.trail.clear();
            s.state = State::Asking {
                question: q,
                editing: true,
            };
            R(interview::ask(q, &s.answers, ctx.today, true))
        }
        Input::Button(Action::Pick(q, v)) => match s.state {
            State::Asking { question, editing } if question == q => {
                R(answer(s, ctx, question, editing, Given::Pick(&v)))
            }
            _ => R(prompt_after(s, ctx, Reply::new("button-stale"))),
        },
        Input::Button(Action::Back(from)) => match s.state {
            // Only the current question's Back button leads back.
            State::Asking { question, .. } if question != from => {
                R(prompt_after(s, ctx, Reply::new("button-stale")))
            }
            State::Asking { editing: true, .. } => {
                s.state = State::Menu;
                R(views::edit_list(s))
            }
            State::Asking { .. } => match s.trail.pop() {
                Some(prev) => {
                    s.state = State::Asking {
                        question: prev,
                        editing: false,
                    };
                    R(interview::ask(
                        prev,
                        &s.answers,
                        ctx.today,
                        !s.trail.is_empty(),
                    ))
                }
                None => {
                    s.state = State::Menu;
                    R(with_menu(Reply::new("menu-prompt")))
                }
            },
            _ => R(prompt_after(s, ctx, Reply::new("button-stale"))),
        },
        Input::Button(Action::Reminder(op, kind)) => R(reminder_button(s, ctx, op, kind, effects)),
        // Any step counts as activity: storing it keeps the data.
        Input::Button(Action::KeepData) => R(prompt_after(s, ctx, Reply::new("retention-kept"))),
        Input::Button(_) | Input::BadButton => R(prompt_after(s, ctx, Reply::new("button-stale"))),
        Input::Text(t) if t.chars().count() > MAX_INPUT_CHARS => {
            R(prompt_after(s, ctx, Reply::new("input-too-long")))
        }
        // A free question (issue 15): answered, then the open question again.
        Input::Text(t) => match free::reply(s, ctx, &t) {
            Some(free::Free::Answer(r)) => R(free::then(r, prompt(s, ctx))),
            Some(free::Free::Topics(r)) => R(r),
            None => match s.state {
                State::Asking { question, editing } => {
                    R(answer(s, ctx, question, editing, Given::Text(&t)))
                }
                _ => R(prompt(s, ctx)),
            },
        },
        Input::Media(_) => R(prompt_after(s, ctx, Reply::new("input-media"))),
        Input::Edited => R(prompt_after(s, ctx, Reply::new("input-edited"))),
        Input::UnknownCommand => R(prompt_after(s, ctx, Reply::new("command-unknown"))),
        // Mapped to menu items above.
        Input::Command(_) => R(prompt(s, ctx)),
    }
}

fn menu_item(s: &mut Session, item: MenuItem, ctx: &Context<'_>) -> Reply {
    match item {
        MenuItem::Language => {
            s.state = State::ChoosingLanguage { first: false };
            with_language_buttons(Reply::new("language-choose"))
        }
        MenuItem::Help => prompt_after(s, ctx, Reply::new("help")),
        MenuItem::Privacy => {
            let r = prompt_after(
                s,
                ctx,
                Reply::new(Msg::new("privacy").num("days", i64::from(ctx.retention_days))),
            );
            r.row(vec![button("menu-forget", Action::Menu(MenuItem::Forget))])
        }
        MenuItem::Forget => {
            s.state = State::ConfirmForget;
            forget_question()
        }
        MenuItem::Home => {
            s.state = State::Menu;
            with_menu(Reply::new("menu-prompt"))
        }
        MenuItem::Interview => continue_interview(s, ctx, Reply::default()),
        MenuItem::Status => {
            if interview::first_open(&s.answers).is_some() && s.profile().is_none() {
                return continue_interview(s, ctx, Reply::new("status-need-answers"));
            }
            s.state = State::Menu;
            views::status(s, ctx)
        }
        MenuItem::Edit => {
            s.state = State::Menu;
            views::edit_list(s)
        }
        MenuItem::Explainers => views::explainer_list(),
        MenuItem::Reminders => views::reminders(s, ctx),
        MenuItem::Details => {
            s.state = State::Menu;
            views::details(s, ctx)
        }
    }
}

/// The buttons under a reminder, and the switches of `/reminders`.
fn reminder_button(
    s: &mut Session,
    ctx: &Context<'_>,
    op: ReminderOp,
    kind: DeadlineKind,
    effects: &mut Vec<Effect>,
) -> Reply {
    let ask_again = |s: &mut Session, q: Question| {
        s.state = State::Asking {
            question: q,
            editing: true,
        };
        interview::ask(q, &s.answers, ctx.today, true)
    };
    match op {
        ReminderOp::Toggle => {
            s.reminders.toggle(kind);
            views::reminders(s, ctx)
        }
        ReminderOp::Stop => {
            if s.reminders.is_on(kind) {
                s.reminders.toggle(kind);
            }
            with_menu(Reply::new("remind-ack-stopped"))
        }
        ReminderOp::Tomorrow => {
            effects.push(Effect::Snooze(kind));
            with_menu(Reply::new("remind-ack-tomorrow"))
        }
        // "I paid — until …": the new paid-until date, then the new plan.
        ReminderOp::Paid => merge(
            Reply::new("remind-ask-paid"),
            ask_again(s, Question::PatentPaidUntil),
        ),
        ReminderOp::Done => {
            let a = &mut s.answers;
            let today = ctx.today;
            match kind {
                DeadlineKind::Registration => {
                    a.registered = Some(true);
                    a.registered_on = Some(today);
                }
                DeadlineKind::PatentApplication => {
                    if a.patent != Some(PatentAnswer::Have) {
                        a.patent = Some(PatentAnswer::Applied);
                    }
                    a.patent_applied_on = Some(today);
                }
                DeadlineKind::MedicalExam => {
                    a.medical = Some(true);
                    a.medical_done_on = Some(today);
                }
                DeadlineKind::ContractNotice => a.contract_notified = Some(true),
                // These are met by a new date: ask it.
                DeadlineKind::PatentPayment => {
                    return merge(
                        Reply::new("remind-ask-paid"),
                        ask_again(s, Question::PatentPaidUntil),
                    )
                }
                DeadlineKind::RegistrationEnd => {
                    return ask_again(s, Question::RegisteredUntil);
                }
                DeadlineKind::PatentReissue => {
                    a.patent = Some(PatentAnswer::Have);
                    return ask_again(s, Question::PatentIssuedOn);
                }
                // Nothing to record: the person left or got a basis to stay. The kinds added by the law review
                // of 2026-12-06 have no answer to record yet: their reminders are switched off.
                DeadlineKind::StayLimit
                | DeadlineKind::RegistrationAfterMove
                | DeadlineKind::EmployerNotice
                | DeadlineKind::PatentCapEnd
                | DeadlineKind::EaeuNewContract
                | DeadlineKind::MigrationCardDuplicate
                | DeadlineKind::AppealCourtDecision
                | DeadlineKind::AppealMvdDecision => {
                    if s.reminders.is_on(kind) {
                        s.reminders.toggle(kind);
                    }
                }
            }
            s.state = State::Menu;
            merge(Reply::new("remind-ack-done"), views::status(s, ctx))
        }
    }
}

/// Asks the first open question, or shows the situation when all is answered.
fn continue_interview(s: &mut Session, ctx: &Context<'_>, lead: Reply) -> Reply {
    match interview::first_open(&s.answers) {
        Some(q) => {
            s.state = State::Asking {
                question: q,
                editing: false,
            };
            merge(
                lead,
                interview::ask(q, &s.answers, ctx.today, !s.trail.is_empty()),
            )
        }
        None => {
            s.answers.complete = true;
            s.state = State::Menu;
            s.trail.clear();
            merge(lead, views::status(s, ctx))
        }
    }
}

fn answer(
    s: &mut Session,
    ctx: &Context<'_>,
    q: Question,
    editing: bool,
    given: Given<'_>,
) -> Reply {
    match interview::record(q, given, &mut s.answers, ctx.today) {
        Err(refusal) => {
            let again = interview::ask(q, &s.answers, ctx.today, editing || !s.trail.is_empty());
            let why = match refusal {
                Refusal::Stale => Msg::new("button-stale"),
                other => other.msg(ctx.today),
            };
            merge(Reply::new(why), again)
        }
        Ok(Some(detour)) => {
            s.state = State::Asking {
                question: detour,
                editing,
            };
            s.trail.push(q);
            interview::ask(detour, &s.answers, ctx.today, true)
        }
        Ok(None) => {
            // While editing, follow up only on what the change opened up;
            // otherwise go on in order.
            let next = if editing {
                interview::first_open(&s.answers)
            } else {
                interview::next_after(q, &s.answers)
            };
            match next {
                Some(n) => {
                    if !editing {
                        s.trail.push(q);
                    }
                    s.state = State::Asking {
                        question: n,
                        editing,
                    };
                    interview::ask(n, &s.answers, ctx.today, true)
                }
                None => {
                    s.answers.complete = true;
                    s.state = State::Menu;
                    s.trail.clear();
                    let lead = if editing {
                        "edit-saved"
                    } else {
                        "interview-done"
                    };
                    merge(Reply::new(lead), views::status(s, ctx))
                }
            }
        }
    }
}

fn merge(lead: Reply, then: Reply) -> Reply {
    Reply {
        paragraphs: lead.paragraphs.into_iter().chain(then.paragraphs).collect(),
        keyboard: then.keyboard,
    }
}

/// What the bot is waiting for in this state, asked again.
fn prompt(s: &Session, ctx: &Context<'_>) -> Reply {
    match s.state {
        State::ChoosingLanguage { .. } => with_language_buttons(Reply::new("language-choose")),
        State::Menu => with_menu(Reply::new("menu-prompt")),
        State::ConfirmForget => forget_question(),
        State::Asking { question, editing } => interview::ask(
            question,
            &s.answers,
            ctx.today,
            editing || !s.trail.is_empty(),
        ),
    }
}

/// A short answer, then what the bot is waiting for.
fn prompt_after(s: &Session, ctx: &Context<'_>, r: Reply) -> Reply {
    merge(r, prompt(s, ctx))
}

fn with_language_buttons(r: Reply) -> Reply {
    r.row(vec![
        button("lang-name-uz", Action::SetLang(Lang::Uz)),
        button("lang-name-uz-cyrl", Action::SetLang(Lang::UzCyrl)),
    ])
    .row(vec![
        button("lang-name-tg", Action::SetLang(Lang::Tg)),
        button("lang-name-ky", Action::SetLang(Lang::Ky)),
    ])
    .row(vec![button("lang-name-ru", Action::SetLang(Lang::Ru))])
}

fn forget_question() -> Reply {
    Reply::new("forget-confirm")
        .row(vec![button("forget-yes", Action::ForgetYes)])
        .row(vec![button("forget-no", Action::ForgetNo)])
}
