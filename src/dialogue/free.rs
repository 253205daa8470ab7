//! Free questions in the conversation: typed text that is not an answer to
//! the open question, or any text outside the questions, is matched to a topic
//! (`faq::match_question`) and answered in the user's language; the open
//! question is then asked again. It never takes an answer away: text the
//! open question accepts (a date, a number, or whatever it reads) is an
//! answer; at a button question, only text that reads as a question
//! (`faq::looks_like_question`) is taken for one. Outside the questions, what
//! matches no topic gets the list of topics.

use super::interview::{self, Given, Refusal};
use super::views::button;
use super::{Action, Button, Context, MenuItem, Reply, Session, State};
use crate::explain;
use crate::faq;

/// What typed text is, when it is not an answer.
pub(super) enum Free {
    /// A question answered: to be followed by what the bot waits for.
    Answer(Reply),
    /// Not understood, outside the questions: the list of topics.
    Topics(Reply),
}

/// The free question in `text`, if it is one (see the module's comment).
pub(super) fn reply(s: &Session, ctx: &Context<'_>, text: &str) -> Option<Free> {
    let asking = match s.state {
        State::Asking { question, .. } => Some(question),
        State::Menu => None,
        // Other states read their own typed input (or none): left alone.
        _ => return None,
    };
    if let Some(q) = asking {
        let mut probe = s.answers.clone();
        match interview::take(q, Given::Text(text), &mut probe, ctx.today) {
            Ok(_) => return None,
            Err(Refusal::TapAButton) if !faq::looks_like_question(text) => return None,
            Err(_) => {}
        }
    }
    match faq::match_question(text, s.lang) {
        Some(topic) => Some(Free::Answer(answer(topic, s, ctx))),
        None if asking.is_none() => Some(Free::Topics(topics())),
        None => None,
    }
}

fn answer(topic: faq::Topic, s: &Session, ctx: &Context<'_>) -> Reply {
    let who = faq::Person {
        region: s.answers.region,
        group: s.answers.citizenship.map(|c| c.group()),
    };
    let a = faq::answer(topic, who, ctx.law, ctx.today);
    let r = Reply {
        paragraphs: a.paragraphs,
        ..Reply::default()
    };
    match a.more {
        Some(t) => r.row(vec![Button {
            label: if a.short {
                crate::text::Msg::new("status-more")
            } else {
                explain::title(t)
            },
            action: Action::Explain(t),
        }]),
        None => r,
    }
}

/// "I did not understand": every topic as a button, and the menu.
fn topics() -> Reply {
    let list = super::views::explainer_list();
    Reply {
        paragraphs: vec!["faq-unknown".into()],
        keyboard: list.keyboard,
        ..Reply::default()
    }
    .row(vec![button("menu-home", Action::Menu(MenuItem::Home))])
}

/// An answer, then what the bot waits for: both texts, both sets of buttons.
pub(super) fn then(answer: Reply, prompt: Reply) -> Reply {
    Reply {
        paragraphs: answer
            .paragraphs
            .into_iter()
            .chain(prompt.paragraphs)
            .collect(),
        keyboard: answer.keyboard.into_iter().chain(prompt.keyboard).collect(),
        ..Reply::default()
    }
}
