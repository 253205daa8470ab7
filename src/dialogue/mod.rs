//! The conversation as a state machine: `step(session, input, context)`
//! returns the next session and the replies. No I/O, no clock, no Telegram:
//! the Telegram bot and the terminal chat are thin shells around this.

pub mod actions;
mod calendar;
mod confirm;
pub mod conflicts;
mod free;
pub mod interview;
mod labels;
mod menu;
pub mod questions;
pub mod reminder_messages;
mod settings;
pub mod situations;
mod state;
mod views;

use chrono::{DateTime, NaiveDate, Utc};
use musofir_law::{DeadlineKind, Law};

pub use actions::{Action, MenuItem};
/// Typed dates: the `musofir-dates` crate.
pub use musofir_dates as dates;
pub use settings::{ReminderSettings, DEFAULT_LEADS, LEAD_CHOICES};
pub use situations::Situation;
pub use state::{
    Answers, Choice, Code, DecisionKind, JobChange, PatentAnswer, Pending, Session, State, Value,
};

use crate::text::{Lang, Msg};

/// Commands a user can type (or pick from Telegram's menu).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    Start,
    Help,
    Language,
    Privacy,
    Forget,
    Cancel,
    Status,
    Edit,
    Explain,
    Reminders,
}

impl Command {
    /// Commands in the order Telegram's menu shows them, with their names.
    pub const MENU: [(Command, &'static str); 10] = [
        (Command::Start, "start"),
        (Command::Status, "status"),
        (Command::Edit, "edit"),
        (Command::Reminders, "reminders"),
        (Command::Explain, "explain"),
        (Command::Language, "language"),
        (Command::Privacy, "privacy"),
        (Command::Forget, "forget"),
        (Command::Cancel, "cancel"),
        (Command::Help, "help"),
    ];

    /// Parses "/name" or "/name@SomeBot" (arguments after a space are ignored).
    pub fn parse(text: &str) -> Option<Command> {
        let word = text.trim().strip_prefix('/')?.split_whitespace().next()?;
        let name = word.split('@').next()?.to_ascii_lowercase();
        Command::MENU
            .iter()
            .find(|(_, n)| *n == name)
            .map(|(c, _)| *c)
    }

    pub fn name(self) -> &'static str {
        Command::MENU
            .iter()
            .find(|(c, _)| *c == self)
            .map(|(_, n)| *n)
            .unwrap_or("start")
    }
}

/// Kinds of message the bot cannot read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Media {
    Sticker,
    Photo,
    Voice,
    Video,
    Document,
    Contact,
    Location,
    Other,
}

/// What the user did, already parsed from Telegram or the terminal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    Command(Command),
    /// A `/word` the bot does not know.
    UnknownCommand,
    Text(String),
    Button(Action),
    /// Callback data that does not decode: an old version's button or a forgery.
    BadButton,
    Media(Media),
    /// The user edited an earlier message: answers are not re-read from edits.
    Edited,
}

/// Longest typed answer the bot reads; anything longer is not an answer.
pub const MAX_INPUT_CHARS: usize = 500;

/// One button: a label and what pressing it does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Button {
    pub label: Msg,
    pub action: Action,
}

/// Where a reply goes. A shell that cannot edit (the terminal), or a reply
/// to no press (a typed command, a typed label), shows it as a new message.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Place {
    /// A new message.
    #[default]
    New,
    /// Instead of the message whose button was pressed, text and buttons
    /// (the `/reminders` list after a switch).
    Pressed,
    /// On the pressed message, its buttons only: its text stays (a
    /// calendar turned to another month).
    PressedButtons,
}

/// One message to the user: paragraphs, then buttons in rows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reply {
    pub paragraphs: Vec<Msg>,
    pub keyboard: Vec<Vec<Button>>,
    pub place: Place,
}

impl Reply {
    pub fn new(first: impl Into<Msg>) -> Reply {
        Reply {
            paragraphs: vec![first.into()],
            ..Reply::default()
        }
    }

    /// Shown over the pressed message instead of as a new one.
    pub fn placed(mut self, place: Place) -> Reply {
        self.place = place;
        self
    }

    pub fn then(mut self, p: impl Into<Msg>) -> Reply {
        self.paragraphs.push(p.into());
        self
    }

    pub fn row(mut self, buttons: Vec<Button>) -> Reply {
        self.keyboard.push(buttons);
        self
    }
}

/// What the shell must do with the user's stored data.
#[derive(Clone, Debug, PartialEq, Eq)]
#[allow(
    clippy::large_enum_variant,
    reason = "one per step, moved once: boxing the session buys nothing"
)]
pub enum Next {
    Save(Session),
    /// Erase everything about the user (the `/forget` confirmation).
    Erase,
}

/// Something the shell does for the step besides storing the session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// "Remind me tomorrow" about this kind of deadline.
    Snooze(DeadlineKind),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub next: Next,
    /// Language the replies are in (after an erase the session is gone).
    pub lang: Lang,
    pub replies: Vec<Reply>,
    pub effects: Vec<Effect>,
}

/// What the shell knows about the user's stored session.
#[derive(Clone, Debug)]
#[allow(
    clippy::large_enum_variant,
    reason = "one per step, moved once: boxing the session buys nothing"
)]
pub enum Stored {
    /// First contact (or after `/forget`).
    None,
    Some(Session),
    /// Stored by an older version in a shape this one cannot read.
    Unreadable,
}

/// Facts from outside the conversation that a step may use.
#[derive(Clone, Debug)]
pub struct Context<'a> {
    /// Today in Moscow: the law engine counts every deadline by the date in
    /// Moscow, and every region the bot asks about keeps Moscow time
    /// (`reminders::zone`).
    pub today: NaiveDate,
    /// Now, for reminder times.
    pub now: DateTime<Utc>,
    /// The language Telegram says the user's app is in.
    pub lang_hint: Option<Lang>,
    pub law: &'a Law,
    /// Days of silence after which a user with no deadline ahead is erased
    /// (`/privacy` says so).
    pub retention_days: u32,
    /// The user's reminder queue, when the input shows it ([`shows_reminders`]):
    /// `/reminders` lists what is really queued (snoozed and late ones too).
    /// `None`: not loaded; the list is then made from a fresh plan.
    pub queue: Option<&'a [crate::reminders::Pending]>,
}

/// `/reminders` for a session, with the queue in `ctx` (the shell calls it
/// again after replanning, so that a switch just turned shows its effect).
pub fn reminders_view(session: &Session, ctx: &Context<'_>) -> Reply {
    views::reminders(session, ctx)
}

/// Whether the answer to `input` lists the user's reminders (the shell then
/// loads the queue into [`Context::queue`]).
pub fn shows_reminders(input: &Input) -> bool {
    matches!(
        input,
        Input::Command(Command::Reminders)
            | Input::Button(Action::Menu(MenuItem::Reminders))
            | Input::Button(Action::Reminder(actions::ReminderOp::Toggle, _))
            | Input::Button(Action::LeadDay(_))
    )
}

/// What to show when an update comes again after it took effect: nothing
/// changes, and the user sees where they are — the question they are at,
/// or the menu. An update comes again when the instance that stored its
/// step stopped before its answer was confirmed to Telegram, so the reply
/// may never have gone out; showing the prompt again costs at most one
/// repeat. `None` when there is no conversation to resume.
pub fn resume(stored: &Stored, ctx: &Context<'_>) -> Option<(Lang, Reply)> {
    match stored {
        Stored::Some(s) => Some((s.lang, menu::prompt_shown(s, ctx))),
        Stored::None | Stored::Unreadable => None,
    }
}

/// The whole conversation: one pure function.
pub fn step(stored: Stored, input: Input, ctx: &Context<'_>) -> Outcome {
    let guess = ctx.lang_hint.unwrap_or(Lang::Ru);
    match stored {
        Stored::None => menu::first_contact(guess, ctx),
        // A session reset: the language screen, whatever Telegram says.
        Stored::Unreadable => {
            let mut out = menu::language_screen(guess);
            if let Some(first) = out.replies.first_mut() {
                first.paragraphs.insert(0, Msg::new("state-reset"));
            }
            out
        }
        Stored::Some(session) => menu::handle(session, input, ctx),
    }
}
