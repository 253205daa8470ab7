//! The router: commands and buttons that work everywhere, then the open
//! question, then "what the bot is waiting for".

use super::actions::ReminderOp;
use super::calendar;
use super::confirm;
use super::conflicts;
use super::free;
use super::interview::{self, Given, Refusal, Taken};
use super::labels;
use super::questions::Question;
use super::situations::{self, Situation};
use super::state::{Choice, JobChange, PatentAnswer, Pending, Value};
use super::views::{self, button, with_menu};
use super::{
    Action, Button, Command, Context, Effect, Input, MenuItem, Next, Outcome, Place, Reply,
    Session, State, MAX_INPUT_CHARS,
};
use crate::text::{Lang, Msg};
use musofir_law::DeadlineKind;

/// The first contact: the language screen, or — when Telegram's language is
/// one of the bot's own (not Russian, which many workers from every country
/// run Telegram in) — the first question in it at once, with the language
/// buttons under it (issue 12: one step less). The language counts as chosen
/// with the first answer given in it; until then a language button changes
/// it, as on the language screen, so that no one pays more than before.
pub(super) fn first_contact(guess: Lang, ctx: &Context<'_>) -> Outcome {
    if guess == Lang::Ru {
        return language_screen(guess);
    }
    let mut session = Session::new(guess);
    let intro = Reply::new("welcome").then("intro");
    let first = continue_interview(&mut session, ctx, intro);
    let reply = with_languages_until_chosen(&session, first);
    Outcome {
        lang: guess,
        next: Next::Save(session),
        replies: vec![reply],
        effects: Vec::new(),
    }
}

/// The language screen of a first contact (and of a session reset).
pub(super) fn language_screen(guess: Lang) -> Outcome {
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

/// A question asked in the language taken from Telegram, before any answer
/// confirmed it: the language buttons under it, and a line that says so.
fn with_languages_until_chosen(s: &Session, r: Reply) -> Reply {
    let unconfirmed_question = !s.lang_confirmed && matches!(s.state, State::Asking { .. });
    let has_languages = r
        .keyboard
        .iter()
        .flatten()
        .any(|b| matches!(b.action, Action::SetLang(_)));
    if !unconfirmed_question || has_languages {
        return r;
    }
    with_language_buttons(r.then("language-other"))
}

pub(super) fn handle(mut s: Session, input: Input, ctx: &Context<'_>) -> Outcome {
    let mut effects = Vec::new();
    let reply = match route(&mut s, input, ctx, &mut effects) {
        Routed::Reply(r) => Routed::Reply(with_languages_until_chosen(&s, r)),
        erase => erase,
    };
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
        // A typed button label is a press of that button ("O'zbekiston").
        Input::Text(t) if t.chars().count() <= MAX_INPUT_CHARS => {
            // (The language screen, or a question with the language buttons under it.)
            let on_screen = prompt_shown(s, ctx);
            match labels::pressed(&t, &on_screen.keyboard) {
                Some(a) => Input::Button(a),
                None => Input::Text(t),
            }
        }
        other => other,
    };
    // On the language screen, before a language is chosen, only the language
    // buttons (and "my data") lead on; help is answered in the guessed
    // language; anything else shows the language screen again. (A question
    // asked in Telegram's language takes answers: they confirm it.)
    if !s.lang_confirmed
        && matches!(s.state, State::ChoosingLanguage { .. })
        && !matches!(
            input,
            Input::Button(Action::SetLang(_)) | Input::Button(Action::Menu(MenuItem::Privacy))
        )
    {
        s.state = State::ChoosingLanguage { first: true };
        let r = match input {
            Input::Command(Command::Start) => Reply::new("welcome").then("language-choose"),
            Input::Button(Action::Menu(MenuItem::Help)) => {
                Reply::new("help").then("language-choose")
            }
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
            let said = match s.state {
                State::Asking { .. } | State::Confirming { .. } => "cancelled",
                State::ConfirmForget => "forget-kept",
                State::ChoosingLanguage { .. } => "language-kept",
                State::Menu => "cancel-nothing",
            };
            s.state = State::Menu;
            s.trail.clear();
            R(with_menu(Reply::new(said)))
        }
        Input::Button(Action::Menu(item)) => R(menu_item(s, item, ctx)),
        Input::Button(Action::SetLang(lang)) => {
            let first = match s.state {
                State::ChoosingLanguage { first } => first || !s.lang_confirmed,
                // The language buttons under a question asked in Telegram's
                // language, before any answer: a choice of language, as on
                // the language screen.
                _ if !s.lang_confirmed => true,
                _ => return R(prompt_after(s, ctx, Reply::new("button-stale"))),
            };
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
        Input::Button(Action::Situation(sit)) => R(situation(s, ctx, sit)),
        Input::Button(Action::SituationClear(sit)) => {
            if !sit.clearable(&s.answers) {
                return R(prompt_after(s, ctx, Reply::new("button-stale")));
            }
            sit.clear(&mut s.answers);
            s.state = State::Menu;
            s.trail.clear();
            R(merge(
                Reply::new("situation-cleared"),
                views::status(s, ctx),
            ))
        }
        // The change button of a date told back, pressed at the question that
        // followed it: that question again, in the interview's own order.
        Input::Button(Action::Edit(q))
            if matches!(s.state, State::Asking { editing: false, .. })
                && s.trail.last() == Some(&q) =>
        {
            s.trail.pop();
            s.state = asking(q, false, Vec::new());
            R(interview::ask(
                q,
                &s.answers,
                ctx.today,
                can_go_back(s, q, false),
            ))
        }
        Input::Button(Action::Edit(q)) => {
            if !interview::applies(q, &s.answers)
                && !matches!(q, Question::CitizenshipMore | Question::RegionMore)
            {
                return R(prompt_after(s, ctx, Reply::new("button-stale")));
            }
            s.trail.clear();
            s.state = asking(q, true, Vec::new());
            R(interview::ask(q, &s.answers, ctx.today, true))
        }
        Input::Button(Action::Pick(q, v)) => match open_question(s) {
            Some((question, editing, recheck)) if question == q => {
                R(answer(s, ctx, question, editing, recheck, Given::Pick(v)))
            }
            _ => R(prompt_after(s, ctx, Reply::new("button-stale"))),
        },
        Input::Button(Action::Day(q, day)) => match open_question(s) {
            Some((question, editing, recheck))
                if question == q
                    && interview::bounds(q, &s.answers, ctx.today)
                        .is_some_and(|(lo, hi)| (lo..=hi).contains(&day)) =>
            {
                R(answer(s, ctx, question, editing, recheck, Given::Day(day)))
            }
            // A day of an older grid, or one the question cannot take.
            _ => R(prompt_after(s, ctx, Reply::new("button-stale"))),
        },
        Input::Button(Action::Month(q, month)) => match open_question(s) {
            Some((question, editing, recheck))
                if question == q
                    && interview::bounds(q, &s.answers, ctx.today)
                        .is_some_and(|(lo, hi)| calendar::offers(month, lo, hi)) =>
            {
                s.state = asking(q, editing, recheck);
                // The question's text stays; its grid turns to the month.
                R(interview::ask_at(
                    q,
                    &s.answers,
                    ctx.today,
                    can_go_back(s, q, editing),
                    Some(month),
                )
                .placed(Place::PressedButtons))
            }
            _ => R(prompt_after(s, ctx, Reply::new("button-stale"))),
        },
        Input::Button(Action::Confirm(q, value)) => match s.state.clone() {
            State::Confirming {
                question,
                editing,
                recheck,
                pending,
            } if question == q => match value {
                // "Change": the question again.
                None => {
                    s.state = asking(q, editing, recheck);
                    R(interview::ask(
                        q,
                        &s.answers,
                        ctx.today,
                        can_go_back(s, q, editing),
                    ))
                }
                // The other year offered beside it: shown back first if it
                // would make the status dramatic (a lapsed patent).
                Some(v) if v != pending.value && offered(&pending, v) => {
                    let other = Pending {
                        value: v,
                        far_guess: false,
                        other: None,
                    };
                    if confirm::drama(q, v, &s.answers, ctx).is_some() {
                        R(confirming(s, ctx, question, editing, recheck, other))
                    } else {
                        R(stored_value(s, ctx, q, editing, recheck, v, false))
                    }
                }
                Some(v) if offered(&pending, v) => {
                    R(stored_value(s, ctx, q, editing, recheck, v, false))
                }
                Some(_) => R(prompt_after(s, ctx, Reply::new("button-stale"))),
            },
            _ => R(prompt_after(s, ctx, Reply::new("button-stale"))),
        },
        Input::Button(Action::UseLang(lang)) => {
            s.lang = lang;
            s.lang_confirmed = true;
            R(prompt_after(s, ctx, Reply::new("language-set")))
        }
        Input::Button(Action::Back(from)) => match s.state.clone() {
            // Only the current question's Back button leads back.
            State::Asking { question, .. } | State::Confirming { question, .. }
                if question != from =>
            {
                R(prompt_after(s, ctx, Reply::new("button-stale")))
            }
            State::Asking { editing: true, .. } | State::Confirming { editing: true, .. } => {
                s.state = State::Menu;
                R(views::edit_list(s))
            }
            State::Asking { .. } | State::Confirming { .. } => match s.trail.pop() {
                Some(prev) => {
                    s.state = asking(prev, false, Vec::new());
                    R(interview::ask(
                        prev,
                        &s.answers,
                        ctx.today,
                        !s.trail.is_empty(),
                    ))
                }
                // The first question of a situation: back to the situations.
                None if situations::of(from).is_some() => {
                    s.state = State::Menu;
                    R(situations::screen(&s.answers))
                }
                None => {
                    s.state = State::Menu;
                    R(with_menu(Reply::new("menu-prompt")))
                }
            },
            _ => R(prompt_after(s, ctx, Reply::new("button-stale"))),
        },
        Input::Button(Action::Reminder(op, kind)) => R(reminder_button(s, ctx, op, kind, effects)),
        // The list pressed shows the days chosen (the last one stays).
        Input::Button(Action::LeadDay(day)) => {
            s.reminders.toggle_lead(day);
            R(views::reminders(s, ctx).placed(Place::Pressed))
        }
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
            None => match open_question(s) {
                // While a value waits for "Yes", a new text is a new answer.
                Some((question, editing, recheck)) => {
                    R(answer(s, ctx, question, editing, recheck, Given::Text(&t)))
                }
                None => R(prompt(s, ctx)),
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
        MenuItem::Situations => {
            if s.profile().is_none() {
                return continue_interview(s, ctx, Reply::new("status-need-answers"));
            }
            s.state = State::Menu;
            s.trail.clear();
            situations::screen(&s.answers)
        }
    }
}

/// A situation's first question (its answers then lead to the status).
fn situation(s: &mut Session, ctx: &Context<'_>, sit: Situation) -> Reply {
    if s.profile().is_none() {
        return continue_interview(s, ctx, Reply::new("status-need-answers"));
    }
    match sit.first(&s.answers).filter(|_| sit.offered(&s.answers)) {
        Some(q) => {
            s.trail.clear();
            s.state = asking(q, false, Vec::new());
            interview::ask(q, &s.answers, ctx.today, true)
        }
        None => prompt_after(s, ctx, Reply::new("button-stale")),
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
        s.state = asking(q, true, Vec::new());
        interview::ask(q, &s.answers, ctx.today, true)
    };
    match op {
        // The list pressed shows the switch turned.
        ReminderOp::Toggle => {
            s.reminders.toggle(kind);
            views::reminders(s, ctx).placed(Place::Pressed)
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
                // The situations' answers ("Something changed").
                DeadlineKind::RegistrationAfterMove => {
                    a.moved_registered = Some(true);
                    a.registered_after_move_on = Some(today);
                }
                DeadlineKind::EmployerNotice => a.employer_notified = Some(true),
                DeadlineKind::MigrationCardDuplicate => a.lost_reported = Some(true),
                // A new contract: its date, then the employer's notice.
                DeadlineKind::EaeuNewContract => {
                    a.job_change = Some(JobChange::New);
                    s.trail.clear();
                    s.state = asking(Question::ContractSignedOn, false, Vec::new());
                    return interview::ask(Question::ContractSignedOn, &s.answers, ctx.today, true);
                }
                // Nothing to record: the person left or got a basis to stay, or appealed; the cap is reached
                // by time. Their reminders are switched off.
                DeadlineKind::StayLimit
                | DeadlineKind::PatentCapEnd
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
            s.state = asking(q, false, Vec::new());
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

fn asking(question: Question, editing: bool, recheck: Vec<Question>) -> State {
    State::Asking {
        question,
        editing,
        recheck,
    }
}

/// The open question, whether asked or waiting for "Yes".
fn open_question(s: &Session) -> Option<(Question, bool, Vec<Question>)> {
    match &s.state {
        State::Asking {
            question,
            editing,
            recheck,
        }
        | State::Confirming {
            question,
            editing,
            recheck,
            ..
        } => Some((*question, *editing, recheck.clone())),
        _ => None,
    }
}

/// A situation's questions always lead back (to the situations screen at
/// the first one).
fn can_go_back(s: &Session, q: Question, editing: bool) -> bool {
    editing || !s.trail.is_empty() || situations::of(q).is_some()
}

/// Whether a confirmation's button names the value it showed (or the other
/// year shown beside it).
fn offered(p: &Pending, v: Value) -> bool {
    v == p.value || matches!(v, Value::Date(d) if p.other == Some(d))
}

fn answer(
    s: &mut Session,
    ctx: &Context<'_>,
    q: Question,
    editing: bool,
    recheck: Vec<Question>,
    given: Given<'_>,
) -> Reply {
    // A date typed at a question whose "yes" asks that date next (registered
    // → since when): "yes", and the date as the answer to the next question.
    if let (Some((next, yes)), Given::Text(t)) = (interview::date_follow_up(q), &given) {
        let mut with_yes = s.answers.clone();
        if interview::take(q, Given::Pick(yes), &mut with_yes, ctx.today).is_ok() {
            let mut probe = with_yes.clone();
            match interview::take(next, Given::Text(t), &mut probe, ctx.today) {
                Ok(_) => {
                    s.answers = with_yes;
                    if !editing {
                        s.trail.push(q);
                    }
                    return answer(s, ctx, next, editing, recheck, Given::Text(t));
                }
                // Not a date: read as text at this question.
                Err(Refusal::DateUnrecognized) => {}
                Err(refusal) => return refused(s, ctx, q, editing, recheck, refusal),
            }
        }
    }
    // "Yes, but I don't remember when": "yes", and "don't remember" to the
    // date question that "yes" asks next, as if both were pressed.
    if let Given::Pick(v) = given {
        if let Some((next, yes)) = interview::undated_follow_up(q, v) {
            let mut with_yes = s.answers.clone();
            if interview::take(q, Given::Pick(yes), &mut with_yes, ctx.today).is_ok() {
                s.answers = with_yes;
                if !editing {
                    s.trail.push(q);
                }
                return answer(s, ctx, next, editing, recheck, Given::Pick(Choice::Unknown));
            }
        }
    }
    // A choice that would make the status dramatic (an overstay after
    // `/edit`) is shown back, with what it means, before it is stored.
    if let Given::Pick(v) = given {
        let value = Value::Pick(v);
        if confirm::drama(q, value, &s.answers, ctx).is_some() {
            let pending = Pending {
                value,
                far_guess: false,
                other: None,
            };
            return confirming(s, ctx, q, editing, recheck, pending);
        }
    }
    match interview::take(q, given, &mut s.answers, ctx.today) {
        Err(refusal) => refused(s, ctx, q, editing, recheck, refusal),
        Ok(Taken::Stored(detour)) => stored(s, ctx, q, editing, recheck, detour),
        Ok(Taken::Read(pending)) => {
            // A date or a number that could be a misreading or would make the
            // status dramatic waits for "Yes"; any other date is an answer at
            // once, told back on top of what follows with a button to change it.
            if confirm::needs_yes(q, &pending, &s.answers, ctx) {
                confirming(s, ctx, q, editing, recheck, pending)
            } else {
                let echo = matches!(pending.value, Value::Date(_));
                stored_value(s, ctx, q, editing, recheck, pending.value, echo)
            }
        }
    }
}

/// `pending` shown back: it waits for "Yes".
fn confirming(
    s: &mut Session,
    ctx: &Context<'_>,
    q: Question,
    editing: bool,
    recheck: Vec<Question>,
    pending: Pending,
) -> Reply {
    let r = confirm::ask(q, &pending, &s.answers, ctx);
    s.state = State::Confirming {
        question: q,
        editing,
        recheck,
        pending: Box::new(pending),
    };
    r
}

/// `value` becomes the answer ("Yes", or a value that needs none); `echo`: a
/// date is told back on top of what follows (it was not shown back before).
fn stored_value(
    s: &mut Session,
    ctx: &Context<'_>,
    q: Question,
    editing: bool,
    recheck: Vec<Question>,
    value: Value,
    echo: bool,
) -> Reply {
    match confirm::store(q, value, &mut s.answers, ctx.today) {
        Ok(detour) => {
            let r = stored(s, ctx, q, editing, recheck, detour);
            match value {
                Value::Date(d) if echo => confirm::echo(q, d, ctx.today, r),
                _ => r,
            }
        }
        Err(refusal) => refused(s, ctx, q, editing, recheck, refusal),
    }
}

/// Why the answer was not taken, then the question again. A date before an
/// answer it cannot be before also gets a button to change that answer.
fn refused(
    s: &mut Session,
    ctx: &Context<'_>,
    q: Question,
    editing: bool,
    recheck: Vec<Question>,
    refusal: Refusal,
) -> Reply {
    s.state = asking(q, editing, recheck);
    let again = interview::ask(q, &s.answers, ctx.today, can_go_back(s, q, editing));
    let mut r = merge(Reply::new(refusal.msg(ctx.today)), again);
    if let Refusal::Conflict(c) = &refusal {
        r.keyboard.insert(0, vec![conflicts::change(c.earlier)]);
    }
    r
}

/// After an answer is stored: the detour, the next question, the answers a
/// changed date left behind, or the status.
fn stored(
    s: &mut Session,
    ctx: &Context<'_>,
    q: Question,
    editing: bool,
    mut recheck: Vec<Question>,
    detour: Option<Question>,
) -> Reply {
    // An answer given in the language taken from Telegram confirms it.
    s.lang_confirmed = true;
    let offer_kyrgyz = q == Question::Citizenship
        && s.lang == Lang::Ru
        && !s.offered_ky
        && s.answers.citizenship.is_some_and(|c| c.as_str() == "KG");
    let mut r = stored_next(s, ctx, q, editing, &mut recheck, detour);
    if offer_kyrgyz {
        s.offered_ky = true;
        r.paragraphs.insert(0, Msg::new("offer-ky"));
        r.keyboard
            .insert(0, vec![button("offer-ky-yes", Action::UseLang(Lang::Ky))]);
    }
    r
}

fn stored_next(
    s: &mut Session,
    ctx: &Context<'_>,
    q: Question,
    editing: bool,
    recheck: &mut Vec<Question>,
    detour: Option<Question>,
) -> Reply {
    if let Some(detour) = detour {
        s.state = asking(detour, editing, std::mem::take(recheck));
        s.trail.push(q);
        return interview::ask(detour, &s.answers, ctx.today, true);
    }
    if let Some(sit) = situations::of(q).filter(|_| !editing) {
        // A situation: its next question, then the status.
        if let Some(n) = sit.next_after(q, &s.answers) {
            s.trail.push(q);
            s.state = asking(n, false, Vec::new());
            return interview::ask(n, &s.answers, ctx.today, true);
        }
        // What it opened in the interview (an EAEU contract: the medical
        // check) is asked as a change: only what is open, then the status.
        if let Some(n) = interview::first_open(&s.answers) {
            s.trail.clear();
            s.state = asking(n, true, Vec::new());
            return interview::ask(n, &s.answers, ctx.today, true);
        }
        s.state = State::Menu;
        s.trail.clear();
        let mut r = merge(Reply::new("situation-saved"), views::status(s, ctx));
        // Its explainer (what to do, where), unless the status offers it.
        let topic = sit.topic(&s.answers);
        if !r
            .keyboard
            .iter()
            .flatten()
            .any(|b| b.action == Action::Explain(topic))
        {
            r.keyboard.insert(
                0,
                vec![Button {
                    label: crate::explain::title(topic),
                    action: Action::Explain(topic),
                }],
            );
        }
        return r;
    }
    if !editing {
        if let Some(n) = interview::next_after(q, &s.answers) {
            s.trail.push(q);
            s.state = asking(n, false, Vec::new());
            return interview::ask(n, &s.answers, ctx.today, true);
        }
    } else {
        // A situation's answer changed: the rest of its flow that depends on
        // it, or that it opened (a new work region: the patent's region and
        // the profession; a move after the registration at the new address:
        // that registration).
        let follow_ups = situations::of(q)
            .map(|sit| sit.follow_ups(q, &s.answers))
            .unwrap_or_default();
        // A changed date may leave later ones before it: ask them again,
        // saying why.
        let later = conflicts::after_change(q, &s.answers)
            .into_iter()
            .map(|c| c.later);
        for n in follow_ups.into_iter().chain(later) {
            if !recheck.contains(&n) {
                recheck.push(n);
            }
        }
        while !recheck.is_empty() {
            let n = recheck.remove(0);
            let still = conflicts::all_of(n, &s.answers).into_iter().next();
            if let Some(c) = still {
                s.state = asking(n, true, std::mem::take(recheck));
                return merge(
                    Reply::new(c.recheck()),
                    interview::ask(n, &s.answers, ctx.today, true),
                );
            }
            // A situation's follow-up (a date only while it has no answer:
            // an answered one is here because it was out of order).
            let follow_up = situations::of(n).is_some_and(|sit| sit.asks(n, &s.answers))
                && (!interview::is_date(n) || !interview::answered(n, &s.answers));
            if follow_up {
                s.state = asking(n, true, std::mem::take(recheck));
                let ask = interview::ask(n, &s.answers, ctx.today, true);
                return match situations::why_again(n, &s.answers) {
                    Some(why) => merge(Reply::new(why), ask),
                    None => ask,
                };
            }
        }
        // Follow up only on what the change opened up.
        if let Some(n) = interview::first_open(&s.answers) {
            s.state = asking(n, true, Vec::new());
            return interview::ask(n, &s.answers, ctx.today, true);
        }
    }
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

/// A new message: what the pressed message showed is not all of it.
fn merge(lead: Reply, then: Reply) -> Reply {
    Reply {
        paragraphs: lead.paragraphs.into_iter().chain(then.paragraphs).collect(),
        keyboard: then.keyboard,
        place: Place::New,
    }
}

/// What the bot is waiting for in this state, asked again.
pub(super) fn prompt(s: &Session, ctx: &Context<'_>) -> Reply {
    match &s.state {
        State::ChoosingLanguage { .. } => with_language_buttons(Reply::new("language-choose")),
        State::Menu => with_menu(Reply::new("menu-prompt")),
        State::ConfirmForget => forget_question(),
        State::Asking {
            question, editing, ..
        } => interview::ask(
            *question,
            &s.answers,
            ctx.today,
            can_go_back(s, *question, *editing),
        ),
        State::Confirming {
            question, pending, ..
        } => confirm::ask(*question, pending, &s.answers, ctx),
    }
}

/// What the bot is waiting for, as the user sees it asked: with the language
/// buttons under a question before the language is confirmed.
pub(super) fn prompt_shown(s: &Session, ctx: &Context<'_>) -> Reply {
    with_languages_until_chosen(s, prompt(s, ctx))
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
