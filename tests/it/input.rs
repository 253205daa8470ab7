//! Input and the flow of the conversation (issue 15), through the pure core
//! (`dialogue::step`) and the real texts, in every language: typed dates
//! shown back before they are answers, the year a user did not type, values
//! that would make the status dramatic, the calendar, conflicting answers in
//! plain words, dependent dates asked again after `/edit`, `/help` before a
//! language, `/cancel` with nothing open, typed button labels, the offer of
//! Kyrgyz. Run alone: `cargo test --test it input::`.

use chrono::{NaiveDate, TimeZone};
use musofir::dialogue::questions::Question;
use musofir::dialogue::{
    step, Action, Choice, Command, Context, Input, Next, Session, State, Stored, Value,
};
use musofir::i18n::I18n;
use musofir::render::{plain, render};
use musofir::text::Lang;
use musofir_law::Law;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// The day the issue was tried on: Friday 04.12.2026.
fn today() -> NaiveDate {
    d(2026, 12, 4)
}

fn texts() -> &'static I18n {
    I18n::shared().unwrap()
}

fn law() -> &'static Law {
    static LAW: std::sync::OnceLock<Law> = std::sync::OnceLock::new();
    LAW.get_or_init(|| Law::embedded().unwrap())
}

/// One user talking to the core, with what the bot last showed.
struct Chat {
    stored: Option<Session>,
    hint: Option<Lang>,
    today: NaiveDate,
    /// The last reply: its text and its buttons (label, action).
    text: String,
    buttons: Vec<(String, Action)>,
}

impl Chat {
    fn new(hint: Option<Lang>) -> Chat {
        Chat {
            stored: None,
            hint,
            today: today(),
            text: String::new(),
            buttons: Vec::new(),
        }
    }

    /// A user whose language is set, at the first question.
    fn in_lang(lang: Lang) -> Chat {
        let mut c = Chat::new(Some(lang));
        c.send(Input::Command(Command::Start));
        c.press(Action::SetLang(lang));
        c
    }

    /// A user with this stored session.
    fn with(json: serde_json::Value) -> Chat {
        let s: Session = serde_json::from_value(json).unwrap();
        let mut c = Chat::new(Some(s.lang));
        c.stored = Some(s);
        c
    }

    fn session(&self) -> &Session {
        self.stored.as_ref().unwrap()
    }

    fn send(&mut self, input: Input) -> String {
        let now = chrono::Utc.with_ymd_and_hms(2026, 1, 1, 9, 0, 0).unwrap()
            + chrono::Duration::days((self.today - d(2026, 1, 1)).num_days());
        let ctx = Context {
            today: self.today,
            now,
            lang_hint: self.hint,
            law: law(),
            retention_days: 365,
            queue: None,
        };
        let stored = match &self.stored {
            Some(s) => Stored::Some(s.clone()),
            None => Stored::None,
        };
        let out = step(stored, input, &ctx);
        self.stored = match out.next {
            Next::Save(s) => Some(s),
            Next::Erase => None,
        };
        let rendered: Vec<_> = out
            .replies
            .iter()
            .flat_map(|r| render(texts(), out.lang, r))
            .collect();
        self.text = rendered
            .iter()
            .map(|m| plain(&m.html))
            .collect::<Vec<_>>()
            .join("\n");
        self.buttons = rendered
            .iter()
            .flat_map(|m| m.keyboard.iter().flatten())
            .map(|(l, data)| (l.clone(), Action::decode(data).unwrap()))
            .collect();
        self.text.clone()
    }

    fn say(&mut self, t: &str) -> String {
        self.send(Input::Text(t.to_string()))
    }

    fn press(&mut self, a: Action) -> String {
        self.send(Input::Button(a))
    }

    /// Presses the button labelled exactly `label` in the last reply.
    fn tap(&mut self, label: &str) -> String {
        let a = self
            .button(label)
            .unwrap_or_else(|| panic!("no button {label:?} in {:?}\n{}", self.labels(), self.text));
        self.press(a)
    }

    fn button(&self, label: &str) -> Option<Action> {
        self.buttons
            .iter()
            .find(|(l, _)| l == label)
            .map(|(_, a)| a.clone())
    }

    fn labels(&self) -> Vec<String> {
        self.buttons.iter().map(|(l, _)| l.clone()).collect()
    }

    fn state(&self) -> State {
        self.session().state.clone()
    }

    /// The open question, when one is asked (not waiting for "Yes").
    fn asked(&self) -> Option<musofir::dialogue::questions::Question> {
        match self.state() {
            State::Asking { question, .. } => Some(question),
            _ => None,
        }
    }

    fn entry(&self) -> Option<NaiveDate> {
        self.session().answers.entry_date
    }
}

fn asking(q: &str) -> serde_json::Value {
    serde_json::json!({"at": "asking", "question": q})
}

/// An Uzbek worker in Moscow with a patent, every question answered.
fn worker(lang: &str) -> serde_json::Value {
    serde_json::json!({
        "lang": lang, "lang_confirmed": true, "state": {"at": "menu"},
        "answers": {
            "citizenship": "UZ", "entry_date": "2026-11-01", "purpose": "work",
            "housing": "private", "region": "moscow", "registered": true,
            "registered_on": "2026-11-05", "unknown": ["registered_until"],
            "patent": "have", "patent_issued_on": "2026-11-10",
            "patent_paid_until": "2026-12-10", "medical": true,
            "medical_done_on": "2026-11-06", "contract_notified": true, "complete": true
        }
    })
}

/// A typed date that cannot be misread (its year typed, or within half a
/// year) and changes nothing dramatic is an answer at once: told back on
/// top of the next question — the date, its weekday, how long ago — with a
/// button to change it, which asks the date again in the interview's order.
#[test]
fn a_typed_date_is_told_back_in_every_language_with_a_button_to_change_it() {
    use musofir::dialogue::questions::Question as Q;
    #[rustfmt::skip]
    let rows = [
        (Lang::Ru, "1 декабря", "✓ Дата въезда: 01.12.2026, вторник — 3 дня назад", "✏️ Дата въезда: изменить", "цель въезда"),
        (Lang::Uz, "1 dekabr", "✓ Kirish sanasi: 01.12.2026, seshanba — 3 kun oldin", "✏️ Kirish sanasi: oʻzgartirish", "kirish maqsadi"),
        (Lang::UzCyrl, "1 декабрь", "✓ Кириш санаси: 01.12.2026, сешанба — 3 кун олдин", "✏️ Кириш санаси: ўзгартириш", "кириш мақсади"),
        (Lang::Tg, "1-уми декабр", "✓ Санаи воридшавӣ: 01.12.2026, сешанбе — 3 рӯз пеш", "✏️ Санаи воридшавӣ: тағйир додан", "мақсади воридшавӣ"),
        (Lang::Ky, "1-декабрь", "✓ Кирген дата: 01.12.2026, шейшемби — 3 күн мурун", "✏️ Кирген дата: өзгөртүү", "максаты"),
    ];
    for (lang, typed, told, change, next) in rows {
        let mut c = Chat::in_lang(lang);
        c.press(Action::Pick(
            Q::Citizenship,
            musofir::dialogue::Choice::parse("UZ").unwrap(),
        ));
        let t = c.say(typed);
        assert!(t.starts_with(told), "{lang:?}: {t}");
        assert!(t.contains(next), "{lang:?}: the next question: {t}");
        assert_eq!(c.entry(), Some(d(2026, 12, 1)), "{lang:?}");
        assert!(
            matches!(
                c.state(),
                State::Asking {
                    question: Q::Purpose,
                    editing: false,
                    ..
                }
            ),
            "{lang:?}"
        );
        // "Change": the entry date again, as in the interview (Back leads to
        // the question before it), and the next answer replaces it.
        c.tap(change);
        assert!(
            matches!(
                c.state(),
                State::Asking {
                    question: Q::EntryDate,
                    editing: false,
                    ..
                }
            ),
            "{lang:?}"
        );
        c.say("2.12.2026");
        assert_eq!(c.entry(), Some(d(2026, 12, 2)), "{lang:?}");
        // Pressed later, on its message (another question answered since), it
        // changes the answer as /edit does.
        c.press(Action::Pick(
            Q::Purpose,
            musofir::dialogue::Choice::parse("work").unwrap(),
        ));
        let t = c.press(Action::Edit(Q::EntryDate));
        assert!(
            matches!(
                c.state(),
                State::Asking {
                    question: Q::EntryDate,
                    editing: true,
                    ..
                }
            ),
            "{lang:?}: {t}"
        );
    }
}

/// "Today" and "Yesterday" are told back like a typed date.
#[test]
fn the_today_and_yesterday_buttons_are_told_back_too() {
    let mut c = Chat::in_lang(Lang::Ru);
    c.tap("🇺🇿 Узбекистан");
    let t = c.tap("Сегодня");
    assert!(
        t.starts_with("✓ Дата въезда: 04.12.2026, пятница — сегодня"),
        "{t}"
    );
    assert_eq!(c.entry(), Some(d(2026, 12, 4)));
    c.tap("✏️ Дата въезда: изменить");
    let t = c.tap("Вчера");
    assert!(
        t.starts_with("✓ Дата въезда: 03.12.2026, четверг — вчера"),
        "{t}"
    );
    assert_eq!(c.entry(), Some(d(2026, 12, 3)));
}

#[test]
fn a_year_less_date_far_back_is_said_so_and_an_overstay_is_confirmed_before_it_is_a_fact() {
    // The case: "25 dekabr" typed on 04.12.2026 as the entry date
    // was silently 25.12.2025, and the status said "overstayed 255 days".
    #[rustfmt::skip]
    let rows = [
        (Lang::Uz, "25 dekabr", "Siz yilni yozmadingiz, shuning uchun 2025-yilni oldim — bu yarim yildan koʻproq oldin.",
         "25.12.2025 (25-dekabr, payshanba) — 344 kun oldin", "255 kun ortiq qoldingiz", "✏️ Yoʻq, oʻzgartirish", "25 noyabr"),
        (Lang::UzCyrl, "25 декабрь", "2025-йилни олдим",
         "25.12.2025 (25-декабрь, пайшанба) — 344 кун олдин", "255 кун ортиқ қолдингиз", "✏️ Йўқ, ўзгартириш", "25 ноябр"),
        (Lang::Ru, "25 декабря", "Год вы не написали, и я взял 2025 год — это больше полугода назад.",
         "25.12.2025 (25 декабря, четверг) — 344 дня назад", "запретом въезда", "✏️ Нет, изменить", "25 ноября"),
        (Lang::Tg, "25 декабр", "соли 2025-ро гирифтам",
         "25.12.2025 (25 декабр, панҷшанбе) — 344 рӯз пеш", "манъи вуруд", "✏️ Не, тағйир додан", "25 ноябр"),
        (Lang::Ky, "25-декабрь", "2025-жылды алдым",
         "25.12.2025 (25-декабрь, бейшемби) — 344 күн мурун", "255 күн ашык", "✏️ Жок, өзгөртүү", "25-ноябрь"),
    ];
    for (lang, typed, year, shown, drama, change, right) in rows {
        let mut c = Chat::in_lang(lang);
        c.press(Action::Pick(
            musofir::dialogue::questions::Question::Citizenship,
            musofir::dialogue::Choice::parse("UZ").unwrap(),
        ));
        let t = c.say(typed);
        for want in [year, shown, drama, "24.03.2026"] {
            assert!(t.contains(want), "{lang:?}: {want:?} not in {t}");
        }
        // The other year (25.12.2026) is in the future: not offered.
        assert_eq!(c.buttons.len(), 2, "{lang:?}: {:?}", c.labels());
        assert_eq!(c.entry(), None);
        // "Change": the question again, nothing stored.
        c.tap(change);
        assert!(matches!(c.state(), State::Asking { .. }));
        assert_eq!(c.entry(), None);
        // Nine days back, nothing dramatic: an answer at once, told back.
        let t = c.say(right);
        assert!(
            t.starts_with("✓") && t.contains("25.11.2026"),
            "{lang:?}: {t}"
        );
        assert!(!t.contains("2025") && !t.contains('⚠'), "{lang:?}: {t}");
        assert_eq!(c.entry(), Some(d(2026, 11, 25)), "{lang:?}");
    }
}

#[test]
fn a_new_text_while_a_date_waits_is_a_new_answer() {
    let mut c = Chat::in_lang(Lang::Uz);
    c.tap("🇺🇿 Oʻzbekiston");
    c.say("25 dekabr");
    // Another date more than half a year back, its year not typed: shown
    // back in turn.
    let t = c.say("25 may");
    assert!(t.contains("25.05.2026"), "{t}");
    assert_eq!(c.entry(), None);
    // Typing the button's word is pressing it.
    c.say("ha");
    assert_eq!(c.entry(), Some(d(2026, 5, 25)));
}

fn at_paid_until(lang: &str) -> Chat {
    let mut s = worker(lang);
    s["state"] = asking("patent_paid_until");
    s["answers"]["patent_paid_until"] = serde_json::Value::Null;
    s["answers"]["complete"] = false.into();
    Chat::with(s)
}

#[test]
fn an_until_date_without_a_year_offers_the_other_year_and_a_lapse_is_confirmed() {
    #[rustfmt::skip]
    let rows = [
        ("ru", "Год вы не написали, и я взял 2027 год — это больше чем через полгода.",
         "Патент оплачен до: 01.12.2027 (1 декабря, среда) — через 362 дня. Верно?", "📅 Другой год: 01.12.2026",
         "патент перестал действовать 02.12.2026", "✅ Да"),
        ("ky", "2027-жылды алдым", "01.12.2027 (1-декабрь, шаршемби) — 362 күндөн кийин", "📅 Башка жыл: 01.12.2026",
         "патент 02.12.2026 тартып жарактуу эмес", "✅ Ооба"),
        ("uz", "2027-yilni oldim", "01.12.2027 (1-dekabr, chorshanba) — 362 kundan keyin", "📅 Boshqa yil: 01.12.2026",
         "patent 02.12.2026 kunidan beri amal qilmaydi", "✅ Ha"),
    ];
    for (lang, year, shown, other, lapse, yes) in rows {
        let mut c = at_paid_until(lang);
        let t = c.say("1.12");
        assert!(t.contains(year) && t.contains(shown), "{lang}: {t}");
        // The other year is a lapsed patent: shown back with the warning
        // (and what follows from it) before it is taken.
        let t = c.tap(other);
        assert!(t.contains(lapse), "{lang}: {t}");
        assert!(t.contains("01.12.2026") && t.contains('3'), "{lang}: {t}");
        assert_eq!(c.session().answers.patent_paid_until, None);
        c.tap(yes);
        assert_eq!(
            c.session().answers.patent_paid_until,
            Some(d(2026, 12, 1)),
            "{lang}"
        );
    }
    // An older confirmation's value is stale.
    let mut c = at_paid_until("ru");
    c.say("1.12");
    let t = c.press(Action::Confirm(
        musofir::dialogue::questions::Question::PatentPaidUntil,
        Some(Value::Date(d(2026, 12, 9))),
    ));
    assert!(t.contains("Эта кнопка устарела"), "{t}");
    assert_eq!(c.session().answers.patent_paid_until, None);
}

/// A "valid until" date already past, even with its year typed, is not
/// what the question asks about: shown back before it is taken; one ahead
/// is told back at once.
#[test]
fn an_until_date_already_past_is_shown_back_before_it_is_taken() {
    let at_until = || {
        let mut s = worker("ru");
        s["state"] = asking("registered_until");
        s["answers"]["unknown"] = serde_json::json!([]);
        s["answers"]["complete"] = false.into();
        Chat::with(s)
    };
    let mut c = at_until();
    let t = c.say("01.12.2026");
    assert!(matches!(c.state(), State::Confirming { .. }), "{t}");
    assert!(t.contains("01.12.2026") && t.contains("Верно?"), "{t}");
    assert_eq!(c.session().answers.registered_until, None);
    let mut c = at_until();
    let t = c.say("01.02.2027");
    assert!(t.starts_with("✓ Регистрация до: 01.02.2027"), "{t}");
    assert_eq!(c.session().answers.registered_until, Some(d(2027, 2, 1)));
}

/// "Registered? If yes, you can type the date right away": a date typed at
/// a yes/no question whose "yes" asks that date next answers both, told back
/// on top of the question after it; Back leads to the date question, then to
/// the yes/no one. A date the date question refuses is refused here, saying
/// why. The medical check and "I have a patent" the same.
#[test]
fn a_date_typed_at_its_yes_no_question_answers_both() {
    use musofir::dialogue::questions::Question as Q;
    let at = |lang: &str, q: &str, clear: &[&str]| {
        let mut s = worker(lang);
        s["state"] = asking(q);
        for f in clear {
            s["answers"][*f] = serde_json::Value::Null;
        }
        s["answers"]["unknown"] = serde_json::json!([]);
        s["answers"]["complete"] = false.into();
        Chat::with(s)
    };
    #[rustfmt::skip]
    let rows = [
        ("ru", "можно сразу написать дату", "✓ Регистрация с: 01.12.2026, вторник — 3 дня назад"),
        ("uz", "darhol yozishingiz mumkin", "✓ Roʻyxatga qoʻyilgan sana: 01.12.2026, seshanba — 3 kun oldin"),
        ("uz-Cyrl", "дарҳол ёзишингиз мумкин", "✓ Рўйхатга қўйилган сана: 01.12.2026, сешанба — 3 кун олдин"),
        ("tg", "фавран навиштан мумкин", "✓ Бақайдгирӣ аз: 01.12.2026, сешанбе — 3 рӯз пеш"),
        ("ky", "дароо жазсаңыз болот", "✓ Каттоого турган дата: 01.12.2026, шейшемби — 3 күн мурун"),
    ];
    for (lang, hint, told) in rows {
        let mut c = at(
            lang,
            "registered",
            &["registered", "registered_on", "registered_until"],
        );
        let t = c.send(Input::Command(Command::Start));
        assert!(t.contains(hint), "{lang}: {t}");
        let t = c.say("1.12.2026");
        assert!(t.starts_with(told), "{lang}: {t}");
        let a = &c.session().answers;
        assert_eq!(
            (a.registered, a.registered_on),
            (Some(true), Some(d(2026, 12, 1))),
            "{lang}"
        );
        assert_eq!(c.asked(), Some(Q::RegisteredUntil), "{lang}");
        c.press(Action::Back(Q::RegisteredUntil));
        assert_eq!(c.asked(), Some(Q::RegisteredOn), "{lang}");
        c.press(Action::Back(Q::RegisteredOn));
        assert_eq!(c.asked(), Some(Q::Registered), "{lang}");
    }
    // A date the registration date cannot be: refused at the question, why
    // said; nothing changes.
    let mut c = at(
        "ru",
        "registered",
        &["registered", "registered_on", "registered_until"],
    );
    let t = c.say("20.10.2026");
    assert!(t.contains("раньше, чем дата въезда 01.11.2026"), "{t}");
    assert_eq!(c.asked(), Some(Q::Registered));
    assert_eq!(c.session().answers.registered, None);
    // Text that is no date: as at any button question.
    let t = c.say("абырвалг");
    assert!(t.contains("Нажмите кнопку ниже"), "{t}");
    // The button still asks the date.
    c.tap("Да, есть регистрация");
    assert_eq!(c.asked(), Some(Q::RegisteredOn));
    // "I have a patent": the issue date.
    let mut c = at("ru", "patent", &["patent", "patent_issued_on"]);
    let t = c.say("25.11.2026");
    assert!(t.starts_with("✓ Патент выдан: 25.11.2026"), "{t}");
    let a = &c.session().answers;
    assert_eq!(a.patent, Some(musofir::dialogue::PatentAnswer::Have));
    assert_eq!(a.patent_issued_on, Some(d(2026, 11, 25)));
    // The medical check: its date.
    let mut c = at("ru", "medical", &["medical", "medical_done_on"]);
    let t = c.say("2.11.2026");
    assert!(
        t.starts_with("✓ Медосвидетельствование пройдено: 02.11.2026"),
        "{t}"
    );
    let a = &c.session().answers;
    assert_eq!(
        (a.medical, a.medical_done_on),
        (Some(true), Some(d(2026, 11, 2)))
    );
}

#[test]
fn days_that_mean_an_overstay_are_confirmed_other_days_are_not() {
    let tourist = |lang: &str| {
        Chat::with(serde_json::json!({
            "lang": lang, "lang_confirmed": true, "state": asking("prior_days"),
            "answers": {"citizenship": "UZ", "entry_date": "2026-11-01", "purpose": "tourism",
                        "housing": "hotel", "region": "other"}
        }))
    };
    for (lang, warn, yes) in [
        ("ru", "сверх срока уже", "✅ Да"),
        ("tg", "аз мӯҳлат зиёд", "✅ Ҳа"),
        ("ky", "ашык жүрөсүз", "✅ Ооба"),
    ] {
        let mut c = tourist(lang);
        // 70 days before this entry and 34 since: past the 90 days.
        let t = c.say("70");
        assert!(t.contains("70") && t.contains(warn), "{lang}: {t}");
        assert_eq!(c.session().answers.days_in_russia_this_year, None);
        c.tap(yes);
        assert_eq!(c.session().answers.days_in_russia_this_year, Some(70));
        let mut c = tourist(lang);
        c.say("10");
        assert_eq!(
            c.session().answers.days_in_russia_this_year,
            Some(10),
            "{lang}: no drama, no question"
        );
    }
}

#[test]
fn the_calendar_picks_a_day_without_typing() {
    let mut c = Chat::in_lang(Lang::Ru);
    c.tap("🇺🇿 Узбекистан");
    let labels = c.labels();
    for want in ["‹", "Декабрь 2026", "Пн", "Вс", "1", "3", "•4•"] {
        assert!(labels.iter().any(|l| l == want), "{want} in {labels:?}");
    }
    // The future is not offered for "when did you enter".
    assert!(!labels.iter().any(|l| l == "5" || l == "31"), "{labels:?}");
    assert!(labels.iter().all(|l| l != "›"), "no month after this one");
    c.tap("‹");
    let labels = c.labels();
    assert!(labels.iter().any(|l| l == "Ноябрь 2026"), "{labels:?}");
    assert!(labels.iter().any(|l| l == "30"), "{labels:?}");
    let t = c.tap("15");
    assert!(
        t.starts_with("✓ Дата въезда: 15.11.2026, воскресенье — 19 дней назад"),
        "{t}"
    );
    assert_eq!(c.entry(), Some(d(2026, 11, 15)));

    // In Kyrgyz and Tajik the month and the weekdays are theirs.
    for (lang, month, day) in [
        (Lang::Ky, "Декабрь 2026", "Дш"),
        (Lang::Tg, "Декабр 2026", "Дшб"),
        (Lang::Uz, "Dekabr 2026", "Du"),
        (Lang::UzCyrl, "Декабрь 2026", "Ду"),
    ] {
        let mut c = Chat::in_lang(lang);
        c.press(Action::Pick(
            musofir::dialogue::questions::Question::Citizenship,
            musofir::dialogue::Choice::parse("UZ").unwrap(),
        ));
        let labels = c.labels();
        assert!(
            labels.contains(&month.to_string()) && labels.contains(&day.to_string()),
            "{lang:?}: {labels:?}"
        );
        // Title, weekdays, one week (1–4 December), today, yesterday, back.
        assert_eq!(c.buttons.len(), 3 + 7 + 7 + 3, "{lang:?}");
    }
}

#[test]
fn an_until_calendar_offers_no_past_day() {
    let mut c = at_paid_until("ru");
    c.say("/x");
    let days: Vec<NaiveDate> = c
        .buttons
        .iter()
        .filter_map(|(_, a)| match a {
            Action::Day(_, d) => Some(*d),
            _ => None,
        })
        .collect();
    assert_eq!(days.first(), Some(&today()));
    assert_eq!(days.last(), Some(&d(2026, 12, 31)));
    assert!(c.labels().contains(&"›".to_string()));
}

#[test]
fn stale_calendar_buttons_get_the_question_again() {
    use musofir::dialogue::questions::Question as Q;
    let mut c = Chat::in_lang(Lang::Uz);
    c.tap("🇺🇿 Oʻzbekiston");
    let before = c.session().clone();
    for a in [
        // The future, for an entry date.
        Action::Day(Q::EntryDate, d(2026, 12, 5)),
        // Another question's grid (an older message).
        Action::Day(Q::RegisteredOn, d(2026, 12, 1)),
        Action::Month(Q::PatentPaidUntil, d(2026, 12, 1)),
        // A month out of range.
        Action::Month(Q::EntryDate, d(2027, 1, 1)),
        Action::Month(Q::EntryDate, d(2020, 1, 1)),
        // A confirmation with nothing waiting.
        Action::Confirm(Q::EntryDate, Some(Value::Date(d(2026, 12, 1)))),
    ] {
        let t = c.press(a.clone());
        assert!(t.contains("Bu tugma eskirgan"), "{a:?}: {t}");
        assert!(
            t.contains("qachon kirdingiz"),
            "{a:?}: the question again: {t}"
        );
        assert_eq!(c.session(), &before, "{a:?} changes nothing");
    }
}

#[test]
fn conflicting_answers_are_said_in_plain_words_with_a_button_for_each() {
    #[rustfmt::skip]
    let rows = [
        ("ru", "Ответы не сходятся: дата постановки на учёт 05.11.2026 раньше, чем дата въезда 01.12.2026. Так не бывает — какая дата неверная?",
         "✏️ Регистрация с", "✏️ Дата въезда"),
        ("uz", "roʻyxatga qoʻyilgan sana 05.11.2026, Rossiyaga kirgan sana esa 01.12.2026",
         "✏️ Roʻyxatga qoʻyilgan sana", "✏️ Kirish sanasi"),
        ("uz-Cyrl", "рўйхатга қўйилган сана 05.11.2026, Россияга кирган сана эса 01.12.2026",
         "✏️ Рўйхатга қўйилган сана", "✏️ Кириш санаси"),
        ("tg", "санаи бақайдгирии муҳоҷиратӣ 05.11.2026 аз санаи воридшавӣ ба Русия 01.12.2026 пештар аст",
         "✏️ Бақайдгирӣ аз", "✏️ Санаи воридшавӣ"),
        ("ky", "каттоого турган дата — 05.11.2026, ал эми Россияга кирген дата — 01.12.2026",
         "✏️ Каттоого турган дата", "✏️ Кирген дата"),
    ];
    for (lang, said, later, earlier) in rows {
        let mut s = worker(lang);
        s["answers"]["entry_date"] = "2026-12-01".into();
        s["answers"]["medical_done_on"] = "2026-12-02".into();
        s["answers"]["patent_issued_on"] = "2026-12-02".into();
        let mut c = Chat::with(s);
        let t = c.send(Input::Command(Command::Status));
        assert!(t.contains(said), "{lang}: {t}");
        for internal in ["registered_on", "entry_date", "поле", "field"] {
            assert!(!t.contains(internal), "{lang}: {internal} in {t}");
        }
        assert_eq!(
            c.button(later),
            Some(Action::Edit(
                musofir::dialogue::questions::Question::RegisteredOn
            )),
            "{lang}: {:?}",
            c.labels()
        );
        assert_eq!(
            c.button(earlier),
            Some(Action::Edit(
                musofir::dialogue::questions::Question::EntryDate
            )),
            "{lang}"
        );
    }
    // Fixing one answer shows the status again.
    let mut s = worker("ru");
    s["answers"]["entry_date"] = "2026-12-01".into();
    s["answers"]["medical_done_on"] = "2026-12-02".into();
    s["answers"]["patent_issued_on"] = "2026-12-02".into();
    let mut c = Chat::with(s);
    c.send(Input::Command(Command::Status));
    c.tap("✏️ Регистрация с");
    let t = c.say("2.12.2026");
    assert!(t.contains("Сохранено"), "{t}");
    assert!(!t.contains("не сходятся"), "{t}");
}

#[test]
fn a_typed_date_before_the_answer_it_follows_is_refused_naming_both() {
    let mut s = worker("ru");
    s["state"] = asking("registered_on");
    s["answers"]["registered_on"] = serde_json::Value::Null;
    s["answers"]["complete"] = false.into();
    let mut c = Chat::with(s);
    let t = c.say("20.10.2026");
    assert!(
        t.contains("дата постановки на учёт 20.10.2026 раньше, чем дата въезда 01.11.2026"),
        "{t}"
    );
    assert!(t.contains("Какого числа вас поставили на учёт?"), "{t}");
    assert_eq!(
        c.button("✏️ Дата въезда"),
        Some(Action::Edit(
            musofir::dialogue::questions::Question::EntryDate
        ))
    );
    assert_eq!(c.session().answers.registered_on, None);
    // The calendar does not offer days before the entry.
    assert!(!c
        .buttons
        .iter()
        .any(|(_, a)| matches!(a, Action::Day(_, x) if *x < d(2026, 11, 1))));
}

#[test]
fn a_new_entry_date_asks_again_the_dates_it_passed() {
    use musofir::dialogue::questions::Question as Q;
    let mut c = Chat::with(worker("ru"));
    c.send(Input::Command(Command::Edit));
    c.tap("Дата въезда");
    // Registration 05.11 is now before the entry: asked again, saying why.
    let t = c.say("20.11.2026");
    assert_eq!(c.entry(), Some(d(2026, 11, 20)));
    assert!(
        t.contains("Сохранено. Но теперь дата постановки на учёт 05.11.2026 раньше, чем дата въезда 20.11.2026."),
        "{t}"
    );
    assert!(t.contains("Какого числа вас поставили на учёт?"), "{t}");
    // A patent older than the entry can be right (a trip home): asked, the
    // same date is taken.
    let t = c.say("21.11.2026");
    assert!(t.contains("дата выдачи патента 10.11.2026 раньше"), "{t}");
    assert!(t.contains("Так может быть"), "{t}");
    assert!(matches!(
        c.state(),
        State::Asking {
            question: Q::PatentIssuedOn,
            ..
        }
    ));
    let t = c.say("10.11.2026");
    assert!(
        t.contains("дата медосвидетельствования 06.11.2026 раньше"),
        "{t}"
    );
    let t = c.say("22.11.2026");
    assert!(t.contains("Сохранено. Вот пересчёт"), "{t}");
    let a = &c.session().answers;
    assert_eq!(a.registered_on, Some(d(2026, 11, 21)));
    assert_eq!(a.patent_issued_on, Some(d(2026, 11, 10)));
    assert_eq!(a.medical_done_on, Some(d(2026, 11, 22)));
    assert_eq!(c.state(), State::Menu);
}

#[test]
fn help_before_the_language_is_answered_in_the_guessed_one_then_the_language_asked() {
    // Telegram in Russian: the language screen is open.
    let mut c = Chat::new(Some(Lang::Ru));
    c.send(Input::Command(Command::Start));
    let t = c.send(Input::Command(Command::Help));
    assert!(t.contains("Что я умею") && t.contains("/forget"), "{t}");
    assert!(t.contains("Выберите язык"), "{t}");
    assert!(c.labels().contains(&"Кыргызча".to_string()));
    assert_eq!(c.state(), State::ChoosingLanguage { first: true });
    assert!(!c.session().lang_confirmed);
    // Telegram in the user's language: the first question is open, with the
    // language buttons under it.
    for (hint, help, other) in [
        (Lang::Uz, "/status", "Boshqa til"),
        (Lang::Tg, "/status", "Забони дигар"),
        (Lang::Ky, "Мен эмне кыла алам", "Башка тил"),
    ] {
        let mut c = Chat::new(Some(hint));
        c.send(Input::Command(Command::Start));
        let t = c.send(Input::Command(Command::Help));
        assert!(t.contains(help) && t.contains("/forget"), "{hint:?}: {t}");
        assert!(t.contains(other), "{hint:?}: {t}");
        assert!(c.labels().contains(&"Кыргызча".to_string()), "{hint:?}");
        assert_eq!(c.asked(), Some(Question::Citizenship));
        assert!(!c.session().lang_confirmed);
    }
}

const LANGUAGE_NAMES: [&str; 5] = ["Oʻzbekcha", "Ўзбекча", "Тоҷикӣ", "Кыргызча", "Русский"];

fn offers_languages(c: &Chat) -> bool {
    c.buttons
        .iter()
        .any(|(_, a)| matches!(a, Action::SetLang(_)))
}

/// Issue 12: a user whose Telegram is in Uzbek, Tajik or Kyrgyz is asked the
/// first question in it at once — one step less — with the language buttons
/// under it until an answer confirms the language. Russian is no sign of the
/// user's language (many workers run Telegram in it): the language screen.
#[test]
fn telegram_in_the_users_language_asks_the_first_question_at_once() {
    let uz = Choice::parse("UZ").unwrap();
    for (hint, question, other) in [
        (Lang::Uz, "Qaysi davlat fuqarosisiz?", "kirill yozuvi"),
        (
            Lang::Tg,
            "Шумо шаҳрванди кадом давлат ҳастед?",
            "Забони дигар",
        ),
        (Lang::Ky, "Сиз кайсы өлкөнүн жаранысыз?", "Башка тил"),
    ] {
        let mut c = Chat::new(Some(hint));
        let t = c.send(Input::Command(Command::Start));
        assert!(t.contains(question) && t.contains(other), "{hint:?}: {t}");
        assert_eq!(c.asked(), Some(Question::Citizenship));
        assert_eq!(c.session().lang, hint);
        assert!(!c.session().lang_confirmed);
        for name in LANGUAGE_NAMES {
            assert!(c.labels().contains(&name.to_string()), "{hint:?}: {name}");
        }
        // Junk keeps the question and its language buttons.
        let t = c.send(Input::Media(musofir::dialogue::Media::Sticker));
        assert!(
            t.contains(question) && offers_languages(&c),
            "{hint:?}: {t}"
        );
        // The first answer confirms the language: no language buttons after it.
        c.press(Action::Pick(Question::Citizenship, uz));
        assert!(c.session().lang_confirmed);
        assert_eq!(c.asked(), Some(Question::EntryDate));
        assert!(!offers_languages(&c), "{hint:?}: {:?}", c.labels());
        // The first message's language button is out of date now.
        let t = c.press(Action::SetLang(Lang::Ru));
        assert_eq!(c.session().lang, hint);
        assert_eq!(c.asked(), Some(Question::EntryDate));
        assert!(!t.contains("Гражданином"), "{hint:?}: {t}");
    }
    for hint in [Some(Lang::Ru), None] {
        let mut c = Chat::new(hint);
        c.send(Input::Command(Command::Start));
        assert_eq!(c.state(), State::ChoosingLanguage { first: true });
        assert!(offers_languages(&c));
    }
    // A session stored at the language screen before the change still shows it.
    let mut c = Chat::with(serde_json::json!({
        "lang": "uz", "state": {"at": "choosing_language", "first": true}
    }));
    let t = c.send(Input::Command(Command::Start));
    assert!(t.contains("Tilni tanlang"), "{t}");
    assert_eq!(c.state(), State::ChoosingLanguage { first: true });
    c.tap("Ўзбекча");
    assert_eq!(c.session().lang, Lang::UzCyrl);
    assert_eq!(c.asked(), Some(Question::Citizenship));
}

/// A reader of Uzbek in Cyrillic (or of Russian) whose Telegram says "uz"
/// pays what they paid on the language screen: one tap, pressed or typed.
#[test]
fn a_language_button_under_the_first_question_switches_it_as_the_screen_did() {
    let mut c = Chat::new(Some(Lang::Uz));
    c.send(Input::Command(Command::Start));
    let t = c.tap("Ўзбекча");
    assert!(t.contains("Қайси давлат фуқаросисиз?"), "{t}");
    assert!(!t.contains("Qaysi"), "{t}");
    assert_eq!(c.session().lang, Lang::UzCyrl);
    assert!(c.session().lang_confirmed);
    assert_eq!(c.asked(), Some(Question::Citizenship));
    assert!(!offers_languages(&c), "{:?}", c.labels());
    // A language's name typed is the same press.
    let mut c = Chat::new(Some(Lang::Tg));
    c.send(Input::Command(Command::Start));
    let t = c.say("русский");
    assert!(t.contains("Гражданином какой страны"), "{t}");
    assert_eq!(c.session().lang, Lang::Ru);
    assert_eq!(c.asked(), Some(Question::Citizenship));
    // /language there opens the language screen, which leads back to it.
    let mut c = Chat::new(Some(Lang::Ky));
    c.send(Input::Command(Command::Start));
    c.send(Input::Command(Command::Language));
    assert_eq!(c.state(), State::ChoosingLanguage { first: false });
    let t = c.tap("Кыргызча");
    assert!(t.contains("Сиз кайсы өлкөнүн жаранысыз?"), "{t}");
    assert!(c.session().lang_confirmed);
}

/// An Uzbek worker with a patent at the medical question (`worker`'s answers
/// before it), the question shown.
fn at_medical(lang: &str) -> Chat {
    let mut s = worker(lang);
    let a = s["answers"].as_object_mut().unwrap();
    for k in [
        "medical",
        "medical_done_on",
        "contract_notified",
        "complete",
    ] {
        a.remove(k);
    }
    s["state"] = asking("medical");
    let mut c = Chat::with(s);
    c.send(Input::Command(Command::Start));
    assert_eq!(c.asked(), Some(Question::Medical));
    c
}

fn undated() -> Action {
    Action::Pick(Question::Medical, Choice::parse("yes_undated").unwrap())
}

/// Issue 12: "yes, I don't remember when" beside "yes" at the medical check
/// is "yes" and "don't remember" to the date it asks next, in one tap — the
/// same answers, in every language.
#[test]
fn yes_without_the_date_at_the_medical_check_is_one_tap_in_every_language() {
    for (lang, yes, contract) in [
        ("ru", "Да, пройдено", "копию трудового договора"),
        ("uz", "Ha, oʻtdim", "shartnomasi nusxasini"),
        ("uz-Cyrl", "Ҳа, ўтдим", "шартномаси нусхасини"),
        ("tg", "Ҳа, гузаштам", "нусхаи шартномаи меҳнатиро"),
        ("ky", "Ооба, өттүм", "эмгек келишиминин көчүрмөсүн"),
    ] {
        let mut c = at_medical(lang);
        let label = c
            .buttons
            .iter()
            .find(|(_, a)| *a == undated())
            .map(|(l, _)| l.clone())
            .unwrap_or_else(|| panic!("{lang}: {:?}", c.labels()));
        assert!(c.labels().contains(&yes.to_string()), "{lang}");
        assert!(label.len() > yes.len(), "{lang}: {label}");
        if lang == "uz-Cyrl" {
            assert!(!label.chars().any(|ch| ch.is_ascii_alphabetic()), "{label}");
        }
        let t = c.tap(&label);
        assert!(t.contains(contract), "{lang}: {t}");
        assert_eq!(c.asked(), Some(Question::Contract), "{lang}");
        let a = c.session().answers.clone();
        assert_eq!(a.medical, Some(true));
        assert_eq!(a.medical_done_on, None);
        assert!(a.unknown.contains(&Question::MedicalOn));
        // The same as "yes", then "don't remember" to the date.
        let mut two = at_medical(lang);
        two.press(Action::Pick(Question::Medical, Choice::Yes));
        assert_eq!(two.asked(), Some(Question::MedicalOn));
        two.press(Action::Pick(Question::MedicalOn, Choice::Unknown));
        assert_eq!(two.asked(), Some(Question::Contract));
        assert_eq!(two.session().answers.profile(), a.profile(), "{lang}");
        assert_eq!(two.session().answers, a, "{lang}");
        // Back from the next question leads to the date (as after a date
        // typed at the yes/no question), then to the medical question.
        c.press(Action::Back(Question::Contract));
        assert_eq!(c.asked(), Some(Question::MedicalOn));
        c.press(Action::Back(Question::MedicalOn));
        assert_eq!(c.asked(), Some(Question::Medical));
    }
    // "Yes" typed is still the plain yes: its date is asked next.
    for (lang, word) in [("ru", "да"), ("uz", "ha"), ("tg", "ҳа"), ("ky", "ооба")] {
        let mut c = at_medical(lang);
        c.say(word);
        assert_eq!(c.asked(), Some(Question::MedicalOn), "{lang}: {}", c.text);
        assert_eq!(c.session().answers.medical, Some(true));
    }
}

/// The new choice changes an answer too, and the date it had is forgotten.
#[test]
fn yes_without_the_date_through_edit_forgets_the_date() {
    let mut c = Chat::with(worker("uz"));
    c.press(Action::Edit(Question::Medical));
    assert_eq!(c.asked(), Some(Question::Medical));
    let t = c.press(undated());
    assert!(t.contains("Saqlandi"), "{t}");
    assert_eq!(c.state(), State::Menu);
    let a = &c.session().answers;
    assert_eq!((a.medical, a.medical_done_on), (Some(true), None));
    assert!(a.unknown.contains(&Question::MedicalOn));
    // The stored session reads back the same.
    let json = serde_json::to_string(c.session()).unwrap();
    assert_eq!(
        &serde_json::from_str::<Session>(&json).unwrap(),
        c.session()
    );
}

#[test]
fn cancel_says_whether_there_was_anything_to_cancel() {
    for (lang, nothing, cancelled) in [
        ("ru", "Сейчас нечего отменять", "Вопрос отменён"),
        (
            "uz",
            "Hozir bekor qiladigan narsa yoʻq",
            "Savol bekor qilindi",
        ),
        (
            "uz-Cyrl",
            "Ҳозир бекор қиладиган нарса йўқ",
            "Савол бекор қилинди",
        ),
        (
            "tg",
            "Ҳоло чизе барои бекор кардан нест",
            "Савол бекор карда шуд",
        ),
        (
            "ky",
            "Азыр жокко чыгара турган эч нерсе жок",
            "Суроо жокко чыгарылды",
        ),
    ] {
        let mut c = Chat::with(worker(lang));
        let t = c.send(Input::Command(Command::Cancel));
        assert!(t.contains(nothing) && !t.contains(cancelled), "{lang}: {t}");
        c.send(Input::Command(Command::Edit));
        c.press(Action::Edit(musofir::dialogue::questions::Question::Region));
        let t = c.send(Input::Command(Command::Cancel));
        assert!(t.contains(cancelled), "{lang}: {t}");
        assert_eq!(c.state(), State::Menu);
    }
}

#[test]
fn a_typed_button_label_in_any_language_is_a_press() {
    for typed in [
        "O'zbekiston",
        "Oʻzbekiston",
        "ozbekiston",
        "Ўзбекистон",
        "Узбекистон",
        "Узбекистан",
        "🇺🇿 узбекистан",
    ] {
        let mut c = Chat::in_lang(Lang::Ru);
        c.say(typed);
        assert_eq!(
            c.session()
                .answers
                .citizenship
                .map(|x| x.as_str().to_string())
                .as_deref(),
            Some("UZ"),
            "{typed}"
        );
    }
    for typed in [
        "работа",
        "Работа",
        "ish",
        "иш",
        "кор",
        "жумуш",
        "ЖУМУШ (работа)",
    ] {
        let mut s = worker("tg");
        s["state"] = asking("purpose");
        s["answers"]["purpose"] = serde_json::Value::Null;
        let mut c = Chat::with(s);
        c.say(typed);
        assert_eq!(
            c.session().answers.purpose,
            Some(musofir_law::Purpose::Work),
            "{typed}"
        );
    }
    // "Don't remember" typed on a date question.
    let mut s = worker("ru");
    s["state"] = asking("medical_on");
    let mut c = Chat::with(s);
    c.say("не помню");
    assert!(c
        .session()
        .answers
        .unknown
        .contains(&musofir::dialogue::questions::Question::MedicalOn));
    // "Yes" and "no" typed under a date shown back (its year not typed, more
    // than half a year back), in each language.
    for (lang, yes, no) in [
        (Lang::Ru, "да", "нет"),
        (Lang::Uz, "ha", "yo'q"),
        (Lang::UzCyrl, "ҳа", "йўқ"),
        (Lang::Tg, "ҳа", "не"),
        (Lang::Ky, "ооба", "жок"),
    ] {
        let mut c = Chat::in_lang(lang);
        c.press(Action::Pick(
            musofir::dialogue::questions::Question::Citizenship,
            musofir::dialogue::Choice::parse("UZ").unwrap(),
        ));
        c.say("1.05");
        assert!(matches!(c.state(), State::Confirming { .. }), "{lang:?}");
        c.say(no);
        assert!(matches!(c.state(), State::Asking { .. }), "{lang:?} {no}");
        assert_eq!(c.entry(), None, "{lang:?}");
        c.say("1.05");
        c.say(yes);
        assert_eq!(c.entry(), Some(d(2026, 5, 1)), "{lang:?} {yes}");
    }
    // The word before a comma: "да" is "Да, есть регистрация".
    let mut s = worker("ru");
    s["state"] = asking("registered");
    s["answers"]["registered"] = serde_json::Value::Null;
    let mut c = Chat::with(s);
    c.say("Да");
    assert_eq!(c.session().answers.registered, Some(true));
    // A word that is no label is still an answer to read.
    let mut c = Chat::in_lang(Lang::Uz);
    let t = c.say("salom");
    assert!(t.contains("tugma"), "{t}");
    assert_eq!(c.session().answers.citizenship, None);
}

#[test]
fn a_kyrgyz_citizen_answering_in_russian_is_offered_kyrgyz_once() {
    let mut c = Chat::in_lang(Lang::Ru);
    let t = c.tap("🇰🇬 Кыргызстан");
    assert!(t.contains("Кыргызча сүйлөшөлүбү?"), "{t}");
    assert!(t.contains("Когда вы последний раз въехали"), "{t}");
    let t = c.tap("🇰🇬 Кыргызча");
    assert_eq!(c.session().lang, Lang::Ky);
    assert!(t.contains("Тил: кыргызча"), "{t}");
    assert!(t.contains("Россияга акыркы жолу качан кирдиңиз?"), "{t}");
    // Once: not again after a change of citizenship, nor to others.
    c.send(Input::Command(Command::Language));
    c.tap("Русский");
    c.send(Input::Command(Command::Edit));
    c.press(Action::Edit(
        musofir::dialogue::questions::Question::Citizenship,
    ));
    let t = c.tap("🇰🇬 Кыргызстан");
    assert!(!t.contains("Кыргызча сүйлөшөлүбү"), "{t}");
    for (lang, kg) in [(Lang::Uz, "🇰🇬 Qirgʻiziston"), (Lang::Tg, "🇰🇬 Қирғизистон")]
    {
        let mut c = Chat::in_lang(lang);
        let t = c.tap(kg);
        assert!(!t.contains("сүйлөшөлүбү"), "{lang:?}: {t}");
    }
    // Ignored, the offer does not stand in the way.
    let mut c = Chat::in_lang(Lang::Ru);
    c.tap("🇰🇬 Кыргызстан");
    c.say("1.12.2026");
    assert_eq!(c.session().lang, Lang::Ru);
    assert_eq!(c.entry(), Some(d(2026, 12, 1)));
}

/// Random calendar and confirmation data, pressed at a date question, never
/// panics; whatever is not a day or month the open question offers is
/// refused as stale and changes nothing.
#[test]
fn random_calendar_data_never_panics_and_stale_grids_are_refused() {
    use musofir::dialogue::questions::Question as Q;
    let codes: Vec<&str> = Q::ALL.iter().map(|q| q.code()).collect();
    let data = (
        prop::sample::select(vec!["g", "d", "c", "x", "gg"]),
        prop::sample::select(codes),
        "[0-9n]{0,9}|no|[0-9]{6}|[0-9]{8}|20[0-9]{2}(0[1-9]|1[0-2])|202[5-8](0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])",
    );
    let mut runner = TestRunner::new(Config::with_cases(400));
    let mut at_entry = Chat::in_lang(Lang::Ru);
    at_entry.tap("🇺🇿 Узбекистан");
    let start = at_entry.session().clone();
    let stale = "Эта кнопка устарела";
    runner
        .run(&data, |(kind, q, v)| {
            let raw = format!("{kind}:{q}:{v}");
            let mut c = Chat::with(serde_json::to_value(&start).unwrap());
            let input = Action::decode(&raw)
                .map(Input::Button)
                .unwrap_or(Input::BadButton);
            let t = c.send(input.clone());
            prop_assert!(!t.is_empty());
            let offered = match &input {
                Input::Button(Action::Day(Q::EntryDate, day)) => {
                    (today() - chrono::Duration::days(3 * 366)..=today()).contains(day)
                }
                Input::Button(Action::Month(Q::EntryDate, m)) => {
                    *m <= today() && *m >= d(2023, 12, 1)
                }
                _ => false,
            };
            if offered {
                prop_assert!(!t.contains(stale), "{}: {}", raw, t);
            } else {
                prop_assert!(t.contains(stale), "{}: {}", raw, t);
                prop_assert_eq!(c.session(), &start, "{} changed the session", raw);
            }
            if let Some(a) = Action::decode(&raw) {
                prop_assert_eq!(a.encode(), raw);
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn a_choice_that_means_an_overstay_is_confirmed_before_it_is_a_fact() {
    use musofir::dialogue::questions::Question as Q;
    use musofir::dialogue::PatentAnswer;
    // Entered 01.08.2026 (125 days before today) with a valid patent, or
    // from Kyrgyzstan with a labour contract: no overstay. Changing that
    // one answer with /edit would make one.
    let worker = |lang: &str, own: serde_json::Value| {
        let mut answers = serde_json::json!({
            "entry_date": "2026-08-01", "purpose": "work", "housing": "private",
            "region": "other", "registered": true, "registered_on": "2026-08-03",
            "unknown": ["registered_until"], "complete": true
        });
        for (k, v) in own.as_object().unwrap() {
            answers[k] = v.clone();
        }
        Chat::with(serde_json::json!({
            "lang": lang, "lang_confirmed": true, "state": {"at": "menu"}, "answers": answers
        }))
    };
    let uz = |lang: &str| {
        worker(
            lang,
            serde_json::json!({
                "citizenship": "UZ", "patent": "have", "patent_applied_on": "2026-08-20",
                "patent_issued_on": "2026-08-30", "patent_paid_until": "2026-12-29",
                "medical": true, "medical_done_on": "2026-08-10", "contract_notified": true
            }),
        )
    };
    let kg = |lang: &str| {
        worker(
            lang,
            serde_json::json!({"citizenship": "KG", "labour_contract": true}),
        )
    };
    #[rustfmt::skip]
    let rows = [
        ("ru", "сверх срока уже", "Верно?", "✅ Да", "✏️ Нет, изменить"),
        ("uz", "ortiq qoldingiz", "Toʻgʻrimi?", "✅ Ha", "✏️ Yoʻq, oʻzgartirish"),
        ("uz-Cyrl", "ортиқ қолдингиз", "Тўғрими?", "✅ Ҳа", "✏️ Йўқ, ўзгартириш"),
        ("tg", "аз мӯҳлат зиёд", "Дуруст аст?", "✅ Ҳа", "✏️ Не, тағйир додан"),
        ("ky", "ашык жүрөсүз", "Туурабы?", "✅ Ооба", "✏️ Жок, өзгөртүү"),
    ];
    for (lang, warn, right, yes, change) in rows {
        for (mut c, q, v) in [
            (uz(lang), Q::Patent, "notyet"),
            (kg(lang), Q::LabourContract, "no"),
        ] {
            let pick = Action::Pick(q, musofir::dialogue::Choice::parse(v).unwrap());
            let status = c.press(Action::Menu(musofir::dialogue::MenuItem::Status));
            // The legal stay would have ended 90 days after the entry.
            let end = "29.10.2026";
            assert!(!status.contains(end), "{lang}: no overstay yet: {status}");
            c.press(Action::Edit(q));
            let label = c
                .buttons
                .iter()
                .find(|(_, a)| *a == pick)
                .map(|(l, _)| l.clone())
                .unwrap_or_else(|| panic!("{lang} {q:?}: {:?}\n{}", c.buttons, c.text));
            let t = c.press(pick.clone());
            assert!(
                t.contains(&label) && t.contains(right) && t.contains(warn) && t.contains(end),
                "{lang} {q:?}: {t}"
            );
            assert!(matches!(c.state(), State::Confirming { .. }), "{lang}");
            let before = c.session().answers.clone();
            // "Change": the question again, nothing stored.
            c.tap(change);
            assert!(matches!(c.state(), State::Asking { question, .. } if question == q));
            assert_eq!(
                c.session().answers,
                before,
                "{lang}: not an answer before Yes"
            );
            c.press(pick.clone());
            c.tap(yes);
            let t = c.press(Action::Menu(musofir::dialogue::MenuItem::Status));
            assert!(t.contains(end), "{lang}: the status says it now: {t}");
            match q {
                Q::Patent => assert_eq!(c.session().answers.patent, Some(PatentAnswer::NotYet)),
                _ => assert_eq!(c.session().answers.labour_contract, Some(false)),
            }
        }
        // A choice that changes nothing dramatic is taken at once.
        let mut c = uz(lang);
        c.press(Action::Edit(Q::Housing));
        c.press(Action::Pick(
            Q::Housing,
            musofir::dialogue::Choice::parse("hotel").unwrap(),
        ));
        assert_eq!(
            c.session().answers.housing,
            Some(musofir_law::Housing::Hotel),
            "{lang}"
        );
    }
}
