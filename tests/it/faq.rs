//! Free questions (issue 15): real questions in every language matched to
//! the topic that answers them; the answer in the user's language, then the
//! open question again; typed answers never taken for questions.

use chrono::{NaiveDate, TimeZone};
use musofir::dialogue::{step, Action, Context, Input, Next, Session, State, Stored};
use musofir::faq::{answer, looks_like_question, match_question, Person, Topic};
use musofir::i18n::I18n;
use musofir::render::{plain, render};
use musofir::text::Lang;
use musofir_law::{Law, Region};

use Topic as T;

/// Real questions, as people type them, each with the topic that answers it:
/// at least ten per language (Uzbek in Latin and Cyrillic, Russian also typed
/// in Latin letters), with misspellings.
#[rustfmt::skip]
const TABLE: &[(Lang, &str, Topic)] = &[
    // Russian
    (Lang::Ru, "сколько стоит патент", T::PatentPrice),
    (Lang::Ru, "Сколько стоит патент в Москве?", T::PatentPrice),
    (Lang::Ru, "как оплатить патент", T::PatentPrice),
    (Lang::Ru, "где получить патент", T::PatentWhere),
    (Lang::Ru, "где делать регистрацию", T::Registration),
    (Lang::Ru, "амнистия будет?", T::Amnesty),
    (Lang::Ru, "как проверить ркл", T::RklCheck),
    (Lang::Ru, "как узнать есть ли запрет на въезд", T::RklCheck),
    (Lang::Ru, "где пройти медкомиссию", T::MedicalWhere),
    (Lang::Ru, "сколько дней можно находиться в России", T::StayLimit),
    (Lang::Ru, "какой штраф за просрочку регистрации", T::Fines),
    (Lang::Ru, "потерял миграционную карту что делать", T::Lost),
    (Lang::Ru, "переехал на другую квартиру, что с регистрацией", T::Moving),
    (Lang::Ru, "где находится ММЦ Сахарово", T::Offices),
    (Lang::Ru, "что такое Амина", T::Amina),
    (Lang::Ru, "меня депортируют?", T::EntryBan),
    (Lang::Ru, "нужен ли договор с работодателем", T::Contract),
    // Russian typed in Latin letters
    (Lang::Uz, "patent skolko", T::PatentPrice),
    (Lang::Uz, "skolko stoit patent", T::PatentPrice),
    (Lang::Uz, "gde registraciya", T::Registration),
    (Lang::Uz, "amnistiya budet", T::Amnesty),
    (Lang::Uz, "rkl proverit", T::RklCheck),
    (Lang::Uz, "shtraf za registraciyu", T::Fines),
    (Lang::Uz, "gde projti medkomissiyu", T::MedicalWhere),
    (Lang::Uz, "poteryal pasport", T::Lost),
    (Lang::Uz, "skolko dney mojno byt v rossii", T::StayLimit),
    (Lang::Uz, "zapret na vezd proverit", T::RklCheck),
    (Lang::Uz, "gde nahoditsya mmc", T::Offices),
    // Uzbek (Latin), with the apostrophes people really type
    (Lang::Uz, "patent qancha turadi?", T::PatentPrice),
    (Lang::Uz, "Patent narxi qancha", T::PatentPrice),
    (Lang::Uz, "patent uchun pul qancha to'lash kerak", T::PatentPrice),
    (Lang::Uz, "patentni qayerda olaman", T::PatentWhere),
    (Lang::Uz, "registratsiya qayerda", T::Registration),
    (Lang::Uz, "roʻyxatdan qayerda oʻtaman", T::Registration),
    (Lang::Uz, "RKL tekshirish", T::RklCheck),
    (Lang::Uz, "amnistiya bo'ladimi?", T::Amnesty),
    (Lang::Uz, "jarima qancha", T::Fines),
    (Lang::Uz, "tibbiy ko'rikdan qayerda o'tiladi", T::MedicalWhere),
    (Lang::Uz, "migratsion karta yo’qoldi", T::Lost),
    (Lang::Uz, "Rossiyada necha kun turish mumkin", T::StayLimit),
    (Lang::Uz, "kirish taqiqi bormi tekshirish", T::RklCheck),
    (Lang::Uz, "Amina ilovasi nima", T::Amina),
    // Uzbek (Cyrillic)
    (Lang::UzCyrl, "патент қанча туради?", T::PatentPrice),
    (Lang::UzCyrl, "регистрация қаерда", T::Registration),
    (Lang::UzCyrl, "рўйхатдан ўтиш қаерда", T::Registration),
    (Lang::UzCyrl, "РКЛ текшириш", T::RklCheck),
    (Lang::UzCyrl, "амнистия бўладими?", T::Amnesty),
    (Lang::UzCyrl, "тиббий кўрик қаерда", T::MedicalWhere),
    (Lang::UzCyrl, "жарима қанча", T::Fines),
    (Lang::UzCyrl, "патентни қаерда оламан", T::PatentWhere),
    (Lang::UzCyrl, "миграцион карта йўқолди", T::Lost),
    (Lang::UzCyrl, "Россияда неча кун туриш мумкин", T::StayLimit),
    (Lang::UzCyrl, "Амина нима", T::Amina),
    // Tajik
    (Lang::Tg, "патент чанд пул аст?", T::PatentPrice),
    (Lang::Tg, "Нархи патент чанд?", T::PatentPrice),
    (Lang::Tg, "патентро дар куҷо мегиранд", T::PatentWhere),
    (Lang::Tg, "бақайдгирӣ дар куҷо", T::Registration),
    (Lang::Tg, "РКЛ-ро чӣ тавр санҷам", T::RklCheck),
    (Lang::Tg, "амнистия мешавад?", T::Amnesty),
    (Lang::Tg, "ҷарима чанд аст", T::Fines),
    (Lang::Tg, "муоинаи тиббӣ дар куҷо", T::MedicalWhere),
    (Lang::Tg, "шиносномаам гум шуд", T::Lost),
    (Lang::Tg, "чанд рӯз дар Русия мондан мумкин", T::StayLimit),
    (Lang::Tg, "манъи вуруд дорам ё не, чӣ тавр санҷам", T::RklCheck),
    (Lang::Tg, "Амина чист", T::Amina),
    // Kyrgyz
    (Lang::Ky, "патент канча турат?", T::PatentPrice),
    (Lang::Ky, "патенттин баасы канча", T::PatentPrice),
    (Lang::Ky, "каттоо кайда жасалат", T::Registration),
    (Lang::Ky, "РКЛ текшерүү", T::RklCheck),
    (Lang::Ky, "амнистия болобу?", T::Amnesty),
    (Lang::Ky, "айып пул канча", T::Fines),
    (Lang::Ky, "медициналык кароо кайда", T::MedicalWhere),
    (Lang::Ky, "паспортум жоголду", T::Lost),
    (Lang::Ky, "Россияда канча күн болсо болот", T::StayLimit),
    (Lang::Ky, "кирүүгө тыюу барбы, кантип текшерем", T::RklCheck),
    (Lang::Ky, "Амина деген эмне", T::Amina),
    (Lang::Ky, "эмгек келишими керекпи", T::Contract),
];

#[test]
fn real_questions_find_their_topic() {
    let mut wrong = Vec::new();
    for (lang, q, want) in TABLE {
        let got = match_question(q, *lang);
        if got != Some(*want) {
            wrong.push(format!("[{}] {q:?}: {got:?}, want {want:?}", lang.code()));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    // At least ten per language.
    for lang in [Lang::Ru, Lang::Uz, Lang::UzCyrl, Lang::Tg, Lang::Ky] {
        let n = TABLE.iter().filter(|(l, _, _)| *l == lang).count();
        assert!(n >= 10, "{}: {n}", lang.code());
    }
}

#[test]
fn small_talk_and_answers_match_nothing() {
    for text in [
        "salom",
        "привет",
        "рахмат",
        "ok",
        "05.03.2026",
        "5 mart",
        "0",
        "ha",
        "Ҳа",
    ] {
        assert_eq!(match_question(text, Lang::Uz), None, "{text}");
    }
    // A typed button label is not a question; a question is.
    for label in ["patent bor", "Ish", "O'zbekiston", "Москва", "Да"] {
        assert!(!looks_like_question(label), "{label}");
    }
    for q in [
        "patent qancha",
        "где регистрация",
        "амнистия?",
        "RKL tekshirish",
    ] {
        assert!(looks_like_question(q), "{q}");
    }
}

#[test]
fn every_answer_formats_in_every_language_with_its_source_and_date() {
    let law = Law::embedded().unwrap();
    let i18n = I18n::new().unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 3, 10).unwrap();
    let as_of = law.as_of().format("%d.%m.%Y").to_string();
    for region in [
        None,
        Some(Region::Moscow),
        Some(Region::MoscowOblast),
        Some(Region::Other),
        Some(Region::Sverdlovsk),
    ] {
        for topic in Topic::ALL {
            let a = answer(
                topic,
                Person {
                    region,
                    group: None,
                },
                &law,
                today,
            );
            for lang in Lang::ALL {
                let text: String = a
                    .paragraphs
                    .iter()
                    .map(|m| i18n.format(lang, m))
                    .collect::<Vec<_>>()
                    .join("\n");
                assert!(!text.contains('{'), "{topic:?} [{}]: {text}", lang.code());
                assert!(
                    text.contains(&as_of),
                    "{topic:?} [{}]: no as-of\n{text}",
                    lang.code()
                );
            }
        }
    }
    // The region's monthly payment, from the data, with its source.
    let a = answer(
        Topic::PatentPrice,
        Person {
            region: Some(Region::Moscow),
            group: None,
        },
        &law,
        today,
    );
    let ru = plain(
        &a.paragraphs
            .iter()
            .map(|m| i18n.format(Lang::Ru, m))
            .collect::<Vec<_>>()
            .join("\n"),
    );
    let rub = law
        .patent_payment(Region::Moscow, today)
        .and_then(|r| r.rub())
        .unwrap();
    assert!(
        ru.contains(&musofir::i18n::group_digits(i64::from(rub))),
        "{ru}"
    );
    assert!(ru.contains("Москва") && ru.contains("Источник"), "{ru}");
    // Moscow oblast's medical check: its hospitals, not Sakharovo.
    let a = answer(
        Topic::MedicalWhere,
        Person {
            region: Some(Region::MoscowOblast),
            group: None,
        },
        &law,
        today,
    );
    let ru: String = a
        .paragraphs
        .iter()
        .map(|m| i18n.format(Lang::Ru, m))
        .collect();
    assert!(
        ru.contains("Одинцовская") && !ru.contains("Сахарово"),
        "{ru}"
    );
}

// --- In the conversation ---------------------------------------------------

fn ctx(law: &Law) -> Context<'_> {
    Context {
        today: NaiveDate::from_ymd_opt(2026, 3, 10).unwrap(),
        now: chrono::Utc.with_ymd_and_hms(2026, 3, 10, 9, 0, 0).unwrap(),
        lang_hint: None,
        law,
        retention_days: 365,
        queue: None,
    }
}

fn saved(out: &musofir::dialogue::Outcome) -> Session {
    match &out.next {
        Next::Save(s) => s.clone(),
        Next::Erase => panic!("erased"),
    }
}

fn said(i18n: &I18n, out: &musofir::dialogue::Outcome) -> String {
    out.replies
        .iter()
        .flat_map(|r| render(i18n, out.lang, r))
        .map(|m| plain(&m.html))
        .collect::<Vec<_>>()
        .join("\n")
}

fn go(s: Session, input: Input, law: &Law) -> (Session, musofir::dialogue::Outcome) {
    let out = step(Stored::Some(s), input, &ctx(law));
    (saved(&out), out)
}

/// A session in `lang` at the first question.
fn started(lang: Lang, law: &Law) -> Session {
    let out = step(Stored::None, Input::Text("/start".into()), &ctx(law));
    let (s, _) = go(saved(&out), Input::Button(Action::SetLang(lang)), law);
    s
}

/// A typed date: an answer at once (told back above the next question), or
/// shown back first and then "Yes".
fn typed_date(s: Session, text: &str, law: &Law) -> Session {
    let (s, out) = go(s, Input::Text(text.into()), law);
    let yes = out
        .replies
        .iter()
        .flat_map(|r| r.keyboard.iter().flatten())
        .find(|b| matches!(b.action, Action::Confirm(_, Some(_))));
    match yes {
        Some(b) => go(s, Input::Button(b.action.clone()), law).0,
        None => {
            assert!(
                out.replies
                    .iter()
                    .flat_map(|r| r.keyboard.iter().flatten())
                    .any(|b| matches!(b.action, Action::Edit(_))),
                "{text}: neither shown back nor told back with a change button"
            );
            s
        }
    }
}

fn pick(s: Session, q: &str, v: &str, law: &Law) -> Session {
    let a = Action::decode(&format!("p:{q}:{v}")).unwrap();
    go(s, Input::Button(a), law).0
}

#[test]
fn a_question_at_a_date_question_is_answered_and_the_date_asked_again() {
    let law = Law::embedded().unwrap();
    let i18n = I18n::new().unwrap();
    let s = started(Lang::Uz, &law);
    let s = pick(s, "cit", "UZ", &law);
    let before = s.clone();
    assert!(matches!(before.state, State::Asking { .. }));
    let (s, out) = go(s, Input::Text("patent qancha turadi?".into()), &law);
    let t = said(&i18n, &out);
    // The payments the data knows (no region yet), then the entry date question again.
    assert!(
        t.contains(&musofir::i18n::group_digits(10_000)) && t.contains("Moskva"),
        "{t}"
    );
    assert!(t.contains("qachon kirdingiz"), "{t}");
    assert_eq!(s.state, before.state, "the question stays open");
    assert_eq!(s.answers, before.answers, "nothing recorded");
    // Its buttons: the explainer, then the question's own.
    let datas: Vec<String> = out.replies[0]
        .keyboard
        .iter()
        .flatten()
        .map(|b| b.action.encode())
        .collect();
    assert!(datas.iter().any(|d| d == "x:pat"), "{datas:?}");
    assert!(datas.iter().any(|d| d.starts_with("p:entry:")), "{datas:?}");
    // A date is still an answer.
    let s = typed_date(s, "5 mart", &law);
    assert_eq!(s.answers.entry_date, NaiveDate::from_ymd_opt(2026, 3, 5));
}

#[test]
fn answers_are_never_taken_for_questions() {
    let law = Law::embedded().unwrap();
    let i18n = I18n::new().unwrap();
    let s = started(Lang::Ru, &law);
    let s = pick(s, "cit", "TJ", &law);
    // A typed date at a date question.
    let s = typed_date(s, "01.03.2026", &law);
    assert!(s.answers.entry_date.is_some());
    let s = pick(s, "purp", "work", &law);
    // Typed text at a button question that is not a question is not taken for one (the question's own
    // hint answers it); the first word of a label ("квартира" of "Квартира или дом") presses it.
    let (s2, out) = go(s.clone(), Input::Text("у друга".into()), &law);
    assert_eq!(s2.state, s.state);
    let (s4, _) = go(s.clone(), Input::Text("квартира".into()), &law);
    assert_ne!(s4.state, s.state);
    assert!(!said(&i18n, &out).contains("Я не понял вопрос"));
    // A question at a button question is answered, and the question asked again.
    let (s3, out) = go(
        s.clone(),
        Input::Text("где делать регистрацию?".into()),
        &law,
    );
    assert_eq!(s3.state, s.state);
    let t = said(&i18n, &out);
    assert!(t.contains("Миграционный учёт") || t.contains("учёт"), "{t}");
    assert!(t.contains("Где вы живёте"), "{t}");
}

#[test]
fn in_the_menu_a_question_is_answered_and_anything_else_gets_the_topics() {
    let law = Law::embedded().unwrap();
    let i18n = I18n::new().unwrap();
    let s = started(Lang::Tg, &law);
    let mut s = pick(s, "cit", "TJ", &law);
    s.state = State::Menu;
    s.answers.region = Some(Region::Spb);
    let (_, out) = go(s.clone(), Input::Text("патент чанд пул аст?".into()), &law);
    let t = said(&i18n, &out);
    let rub = law
        .patent_payment(Region::Spb, NaiveDate::from_ymd_opt(2026, 3, 10).unwrap())
        .and_then(|r| r.rub())
        .unwrap();
    assert!(
        t.contains(&musofir::i18n::group_digits(i64::from(rub))),
        "{t}"
    );
    assert!(t.contains("Санкт-Петербург"), "{t}");
    let (_, out) = go(s, Input::Text("салом алейкум".into()), &law);
    let t = said(&i18n, &out);
    assert!(t.contains("Саволро нафаҳмидам"), "{t}");
    assert!(out.replies[0].keyboard.len() > 5, "the topics as buttons");
}

/// The question a session asks, if any.
fn asking(s: &Session) -> Option<musofir::dialogue::questions::Question> {
    match s.state {
        State::Asking { question, .. } => Some(question),
        _ => None,
    }
}

/// At a button question, text that is neither an answer nor a question gets
/// one short line — not understood, tap a button or ask in words, where the
/// topics are — and the question again; a short word of an answer ("нет",
/// "не", "yoʻq", "жок") presses the one button it begins.
#[test]
fn at_a_button_question_what_is_not_understood_gets_a_hint_and_a_short_word_presses() {
    let law = Law::embedded().unwrap();
    let i18n = I18n::new().unwrap();
    for (lang, nonsense, hint, no) in [
        (Lang::Ru, "абырвалг", "Не получилось понять ответ", "нет"),
        (Lang::Uz, "qwerty", "Javobni tushunmadim", "yo'q"),
        (Lang::UzCyrl, "фывап", "Жавобни тушунмадим", "йўқ"),
        (Lang::Tg, "салом алейкум", "Ҷавобро нафаҳмидам", "не"),
        (Lang::Ky, "салам", "Жоопту түшүнгөн жокмун", "жок"),
    ] {
        let s = started(lang, &law);
        let s = pick(s, "cit", "TJ", &law);
        let s = typed_date(s, "01.03.2026", &law);
        let s = pick(s, "purp", "work", &law);
        let s = pick(s, "house", "private", &law);
        let s = pick(s, "region", "other", &law);
        let q = asking(&s);
        assert_eq!(q, Some(musofir::dialogue::questions::Question::Registered));
        let (s2, out) = go(s.clone(), Input::Text(nonsense.into()), &law);
        let t = said(&i18n, &out);
        assert!(
            t.contains(hint) && t.contains("/explain"),
            "[{}] {t}",
            lang.code()
        );
        assert_eq!(asking(&s2), q, "[{}] the question stays open", lang.code());
        assert!(
            out.replies.iter().any(|r| !r.keyboard.is_empty()),
            "[{}] the question's buttons again",
            lang.code()
        );
        let first = t.lines().next().unwrap_or_default().chars().count();
        assert!(first <= 200, "[{}] a short line: {first}", lang.code());
        // "No" typed: the "not yet" button.
        let (s3, _) = go(s, Input::Text(no.into()), &law);
        assert_ne!(
            asking(&s3),
            q,
            "[{}] {no} answered the question",
            lang.code()
        );
        assert_eq!(s3.answers.registered, Some(false), "[{}]", lang.code());
    }
}

/// At a date or a number question, text that is neither an answer nor a
/// question the data matches gets what a button question gets: what was
/// expected (the format), then, on the same short line, that questions can be
/// typed and where the topics are; the question stays open.
#[test]
fn at_a_date_or_number_question_what_is_not_understood_says_questions_can_be_typed() {
    use musofir::dialogue::questions::Question;
    let law = Law::embedded().unwrap();
    let i18n = I18n::new().unwrap();
    for (lang, nonsense, date, number, ask) in [
        (
            Lang::Ru,
            "абырвалг",
            "Не понял дату",
            "Напишите число дней",
            "задайте вопрос словами",
        ),
        (
            Lang::Uz,
            "qwerty",
            "Sanani tushunmadim",
            "Kunlar sonini",
            "savolni soʻz bilan yozing",
        ),
        (
            Lang::UzCyrl,
            "фывап",
            "Санани тушунмадим",
            "Кунлар сонини",
            "саволни сўз билан ёзинг",
        ),
        (
            Lang::Tg,
            "салом алейкум",
            "Санаро нафаҳмидам",
            "Шумораи рӯзҳоро",
            "саволро бо калима нависед",
        ),
        (
            Lang::Ky,
            "салам",
            "Датаны түшүнбөдүм",
            "Күндөрдүн санын",
            "суроону сөз менен жазыңыз",
        ),
    ] {
        let s = pick(started(lang, &law), "cit", "TJ", &law);
        assert_eq!(asking(&s), Some(Question::EntryDate));
        let mut days = s.clone();
        days.answers.entry_date = NaiveDate::from_ymd_opt(2026, 3, 1);
        days.state = State::Asking {
            question: Question::PriorDays,
            editing: false,
            recheck: Vec::new(),
        };
        for (s, expected) in [(s, date), (days, number)] {
            let (s2, out) = go(s.clone(), Input::Text(nonsense.into()), &law);
            let t = said(&i18n, &out);
            let first = t.lines().next().unwrap_or_default();
            assert!(
                first.contains(expected) && first.contains(ask) && first.contains("/explain"),
                "[{}] {t}",
                lang.code()
            );
            assert!(
                first.chars().count() <= 200,
                "[{}] a short line: {first}",
                lang.code()
            );
            assert_eq!(
                s2.state,
                s.state,
                "[{}] the question stays open",
                lang.code()
            );
            assert_eq!(s2.answers, s.answers, "[{}] nothing recorded", lang.code());
        }
    }
}

/// A topic without a short fact is answered by its explainer's opening and
/// date, at most ~700 characters as read in every language, with "More"
/// (the whole explainer) under it.
#[test]
fn an_explainer_answer_is_short_first_with_more() {
    let law = Law::embedded().unwrap();
    let i18n = I18n::new().unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 3, 10).unwrap();
    let mut longest = (0, String::new());
    for topic in Topic::ALL {
        let who = Person {
            region: Some(Region::Moscow),
            group: None,
        };
        let a = answer(topic, who, &law, today);
        if !a.short {
            continue;
        }
        let full = musofir::explain::explain(musofir::faq::explainer(topic, who), &law, today);
        assert!(a.paragraphs.len() < full.len(), "{topic:?}: not shortened");
        assert_eq!(a.more, Some(musofir::faq::explainer(topic, who)));
        for lang in Lang::ALL {
            let text: String = a
                .paragraphs
                .iter()
                .map(|m| plain(&i18n.format(lang, m)))
                .collect::<Vec<_>>()
                .join("\n\n");
            let n = text.chars().count();
            if n > longest.0 {
                longest = (n, format!("{topic:?} [{}]\n{text}", lang.code()));
            }
        }
    }
    // "About 700": the longest (Registration in Uzbek) is 707.
    assert!(longest.0 <= 720, "{} characters: {}", longest.0, longest.1);
}

/// In the conversation, the short answer's button is "More", and it opens
/// the whole explainer.
#[test]
fn the_more_button_of_a_short_answer_opens_the_explainer() {
    let law = Law::embedded().unwrap();
    let i18n = I18n::new().unwrap();
    let s = started(Lang::Ru, &law);
    let mut s = pick(s, "cit", "UZ", &law);
    s.state = State::Menu;
    let (s, out) = go(s, Input::Text("амнистия будет?".into()), &law);
    let more = out
        .replies
        .iter()
        .flat_map(|r| r.keyboard.iter().flatten())
        .find(|b| matches!(b.action, Action::Explain(_)))
        .expect("a More button");
    assert_eq!(plain(&i18n.format(Lang::Ru, &more.label)), "📋 Подробнее");
    let short = said(&i18n, &out);
    let (_, out) = go(s, Input::Button(more.action.clone()), &law);
    let full = said(&i18n, &out);
    assert!(full.chars().count() > short.chars().count(), "{full}");
}
