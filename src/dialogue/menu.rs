//! First contact, the main menu, language, privacy and `/forget`.

use super::{
    Action, Button, Command, Context, Input, MenuItem, Next, Outcome, Reply, Session, State,
    MAX_INPUT_CHARS,
};
use crate::text::{Lang, Msg};

pub(super) fn first_contact(guess: Lang, _ctx: &Context) -> Outcome {
    let session = Session::new(guess);
    Outcome {
        next: Next::Save(session),
        lang: guess,
        replies: vec![Reply::new("welcome").then("language-choose")]
            .into_iter()
            .map(with_language_buttons)
            .collect(),
    }
}

pub(super) fn handle(mut s: Session, input: Input, _ctx: &Context) -> Outcome {
    let reply = match (input, &s.state) {
        (Input::Command(Command::Start), _) if !s.lang_confirmed => {
            s.state = State::ChoosingLanguage { first: true };
            with_language_buttons(Reply::new("welcome").then("language-choose"))
        }
        (Input::Command(Command::Start), _) => {
            s.state = State::Menu;
            with_menu(Reply::new("welcome-back"))
        }
        (
            Input::Command(Command::Language) | Input::Button(Action::Menu(MenuItem::Language)),
            _,
        ) => {
            s.state = State::ChoosingLanguage { first: false };
            with_language_buttons(Reply::new("language-choose"))
        }
        (Input::Command(Command::Help) | Input::Button(Action::Menu(MenuItem::Help)), _) => {
            prompt_after(&s, Reply::new("help"))
        }
        (Input::Command(Command::Privacy) | Input::Button(Action::Menu(MenuItem::Privacy)), _) => {
            prompt_after(&s, Reply::new("privacy"))
        }
        (Input::Command(Command::Forget) | Input::Button(Action::Menu(MenuItem::Forget)), _) => {
            s.state = State::ConfirmForget;
            forget_question()
        }
        (Input::Command(Command::Cancel), _) => {
            s.state = State::Menu;
            with_menu(Reply::new("cancelled"))
        }
        (Input::Button(Action::SetLang(lang)), State::ChoosingLanguage { first }) => {
            let first = *first || !s.lang_confirmed;
            s.lang = lang;
            s.lang_confirmed = true;
            s.state = State::Menu;
            let r = Reply::new("language-set");
            with_menu(if first { r.then("intro") } else { r })
        }
        (Input::Button(Action::ForgetYes), State::ConfirmForget) => {
            return Outcome {
                next: Next::Erase,
                lang: s.lang,
                replies: vec![Reply::new("forget-done")],
            };
        }
        (Input::Button(Action::ForgetNo), State::ConfirmForget) => {
            s.state = State::Menu;
            with_menu(Reply::new("forget-kept"))
        }
        (Input::Button(_) | Input::BadButton, _) => prompt_after(&s, Reply::new("button-stale")),
        (Input::Text(t), _) if t.chars().count() > MAX_INPUT_CHARS => {
            prompt_after(&s, Reply::new("input-too-long"))
        }
        (Input::Text(_), _) => prompt(&s),
        (Input::Media(_), _) => prompt_after(&s, Reply::new("input-media")),
        (Input::Edited, _) => prompt_after(&s, Reply::new("input-edited")),
        (Input::UnknownCommand, _) => prompt_after(&s, Reply::new("command-unknown")),
    };
    Outcome {
        lang: s.lang,
        next: Next::Save(s),
        replies: vec![reply],
    }
}

/// What the bot is waiting for in this state, asked again.
fn prompt(s: &Session) -> Reply {
    match s.state {
        State::ChoosingLanguage { .. } => with_language_buttons(Reply::new("language-choose")),
        State::Menu => with_menu(Reply::new("menu-prompt")),
        State::ConfirmForget => forget_question(),
        State::Asking { .. } => with_menu(Reply::new("menu-prompt")),
    }
}

/// A short answer, then what the bot is waiting for.
fn prompt_after(s: &Session, r: Reply) -> Reply {
    let p = prompt(s);
    Reply {
        paragraphs: r.paragraphs.into_iter().chain(p.paragraphs).collect(),
        keyboard: p.keyboard,
    }
}

fn button(label: &'static str, action: Action) -> Button {
    Button {
        label: Msg::new(label),
        action,
    }
}

fn with_language_buttons(r: Reply) -> Reply {
    r.row(vec![
        button("lang-name-uz", Action::SetLang(Lang::Uz)),
        button("lang-name-uz-cyrl", Action::SetLang(Lang::UzCyrl)),
    ])
    .row(vec![
        button("lang-name-tg", Action::SetLang(Lang::Tg)),
        button("lang-name-ru", Action::SetLang(Lang::Ru)),
    ])
}

fn with_menu(r: Reply) -> Reply {
    r.row(vec![
        button("menu-language", Action::Menu(MenuItem::Language)),
        button("menu-privacy", Action::Menu(MenuItem::Privacy)),
    ])
    .row(vec![
        button("menu-help", Action::Menu(MenuItem::Help)),
        button("menu-forget", Action::Menu(MenuItem::Forget)),
    ])
}

fn forget_question() -> Reply {
    Reply::new("forget-confirm")
        .row(vec![button("forget-yes", Action::ForgetYes)])
        .row(vec![button("forget-no", Action::ForgetNo)])
}
