//! The dialogue core alone: pure steps, every language, no Telegram.

use chrono::{NaiveDate, TimeZone};
use musofir::dialogue::{step, Action, Command, Context, Input, Next, Session, State, Stored};
use musofir::i18n::I18n;
use musofir::render::render;
use musofir::text::Lang;
use musofir_law::Law;

fn ctx(law: &Law, hint: Option<Lang>) -> Context<'_> {
    Context {
        today: NaiveDate::from_ymd_opt(2026, 3, 10).unwrap(),
        now: chrono::Utc.with_ymd_and_hms(2026, 3, 10, 9, 0, 0).unwrap(),
        lang_hint: hint,
        law,
        retention_days: 365,
        queue: None,
    }
}

fn text(i18n: &I18n, out: &musofir::dialogue::Outcome) -> String {
    out.replies
        .iter()
        .flat_map(|r| render(i18n, out.lang, r))
        .map(|m| m.html)
        .collect::<Vec<_>>()
        .join("\n")
}

fn saved(out: &musofir::dialogue::Outcome) -> Session {
    match &out.next {
        Next::Save(s) => s.clone(),
        Next::Erase => panic!("erased"),
    }
}

#[test]
fn an_unreadable_session_is_reported_and_replaced_in_every_language() {
    let law = Law::embedded().unwrap();
    let i18n = I18n::new().unwrap();
    for (hint, expect) in [
        (Lang::Ru, "Бот обновился"),
        (Lang::Uz, "Bot yangilandi"),
        (Lang::Tg, "Бот нав шуд"),
    ] {
        let out = step(
            Stored::Unreadable,
            Input::Text("salom".into()),
            &ctx(&law, Some(hint)),
        );
        assert!(text(&i18n, &out).contains(expect), "{hint:?}");
        assert_eq!(
            saved(&out).state,
            State::ChoosingLanguage { first: true },
            "a safe state"
        );
    }
}

#[test]
fn every_state_answers_junk_with_what_it_waits_for() {
    let law = Law::embedded().unwrap();
    let i18n = I18n::new().unwrap();
    let c = ctx(&law, Some(Lang::Ru));
    // Walk a user into each kind of state, then throw junk at it.
    let mut s = saved(&step(Stored::None, Input::Command(Command::Start), &c));
    let junk = || {
        vec![
            Input::Media(musofir::dialogue::Media::Sticker),
            Input::Edited,
            Input::UnknownCommand,
            Input::BadButton,
            Input::Text("x".repeat(10_000)),
            Input::Button(Action::ForgetYes),
        ]
    };
    let states = [
        Input::Button(Action::SetLang(Lang::Ru)), // -> the first question
        Input::Button(Action::Pick(
            musofir::dialogue::questions::Question::Citizenship,
            musofir::dialogue::Choice::parse("UZ").unwrap(),
        )), // -> the entry date
        // A year not typed, more than half a year back -> "is this right?"
        Input::Text("5 апреля".into()),
        Input::Command(Command::Forget),   // -> confirm forget
        Input::Button(Action::ForgetNo),   // -> menu
        Input::Command(Command::Language), // -> choosing language
    ];
    let mut confirming = false;
    for go in states {
        s = saved(&step(Stored::Some(s.clone()), go, &c));
        confirming |= matches!(s.state, State::Confirming { .. });
        for j in junk() {
            let was = s.state.clone();
            let out = step(Stored::Some(s.clone()), j.clone(), &c);
            if was == State::ConfirmForget && j == Input::Button(Action::ForgetYes) {
                continue;
            }
            let next = saved(&out);
            assert_eq!(next.state, was, "junk {j:?} keeps the state");
            let t = text(&i18n, &out);
            assert!(!t.is_empty());
            assert!(
                !out.replies.last().unwrap().keyboard.is_empty(),
                "junk {j:?} in {was:?} re-offers the buttons: {t}"
            );
        }
    }
    assert!(
        confirming,
        "a typed date waiting for Yes was among the states"
    );
}
