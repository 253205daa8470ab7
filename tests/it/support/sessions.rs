//! Stored sessions for tests that need users with answers, built with code
//! (not raw JSON), and storing one as a step would.

use chrono::{DateTime, NaiveDate, Utc};
use musofir::app::App;
use musofir::dialogue::{Answers, Next, PatentAnswer, Session, State};
use musofir::store::UserId;
use musofir::text::Lang;
use musofir_law::{Housing, Purpose, Region};

/// A calendar day.
pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a calendar day")
}

/// A session at the menu in `lang` (confirmed), with no answers.
pub fn at_menu(lang: Lang) -> Session {
    Session {
        lang_confirmed: true,
        state: State::Menu,
        ..Session::new(lang)
    }
}

/// A session at the menu after a finished interview with `answers`, in
/// `lang` (confirmed).
pub fn finished(lang: Lang, answers: Answers) -> Session {
    Session {
        answers: Answers {
            complete: true,
            ..answers
        },
        ..at_menu(lang)
    }
}

/// An Uzbek citizen come to work in Moscow on `entry`: only that answered
/// (registration, patent application and medical exam deadlines follow).
pub fn migrant(lang: Lang, entry: NaiveDate) -> Session {
    finished(
        lang,
        Answers {
            citizenship: Some("UZ".parse().expect("a citizenship")),
            entry_date: Some(entry),
            purpose: Some(Purpose::Work),
            region: Some(Region::Moscow),
            ..Answers::default()
        },
    )
}

/// A finished interview in `lang` (a code as stored: "uz", "ru", "tg", "ky"):
/// an Uzbek citizen working in Moscow since `entry_date` (YYYY-MM-DD), not
/// registered, no patent yet: deadlines ahead, so reminders get planned.
pub fn answered(lang: &str, entry_date: &str) -> Session {
    let mut s = migrant(
        Lang::from_code(lang).expect("a language code"),
        entry_date.parse().expect("a date"),
    );
    s.answers.housing = Some(Housing::Private);
    s.answers.registered = Some(false);
    s.answers.patent = Some(PatentAnswer::NotYet);
    s.answers.medical = Some(false);
    s.answers.days_in_russia_this_year = Some(0);
    s
}

/// Stores `session` for `user` as a step would, then plans their reminders
/// from it; returns how many were queued.
pub fn seed(app: &App, user: UserId, session: &Session, now: DateTime<Utc>) -> usize {
    app.store
        .commit(user, None, &Next::Save(session.clone()), now.timestamp())
        .expect("the session is stored");
    musofir::jobs::replan(&app.store, &app.law, user, now).expect("the plan is stored")
}
