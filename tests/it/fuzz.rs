//! Fuzzing on stable Rust with proptest: random conversations (texts in every
//! language, junk, forged and stale buttons, commands, media, dates, days
//! passing, restarts) through `dialogue::step`, the store and the renderer;
//! random bytes into the decoders a user or a damaged disk can reach.
//!
//! Every step must: not panic; answer (at least one message, each within
//! Telegram's 4096 characters, every button's data within 64 bytes); and
//! leave in the store exactly the session the step produced, read back
//! through the sealed codec. `MUSOFIR_FUZZ_CASES` sets the number of cases
//! (the suite runs a few thousand; BENCHMARKS.md records a long run).

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::OnceLock;

use chrono::{Datelike, Duration, NaiveDate, TimeZone, Utc};
use musofir::dialogue::dates::{parse_date, Expect};
use musofir::dialogue::{step, Action, Command, Context, Input, Media, Next, Stored};
use musofir::explain::Topic;
use musofir::i18n::I18n;

use musofir::render::render;
use musofir::store::{Store, StorePaths, UserId};
use musofir::text::Lang;
use musofir_law::Law;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

fn cases(default: u32) -> u32 {
    std::env::var("MUSOFIR_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

struct World {
    store: Store,
    law: Law,
    i18n: I18n,
    _dir: tempfile::TempDir,
}

/// One store for every case (each case is a new user): opening a store per
/// case would measure sled, not the bot.
fn world() -> &'static World {
    static W: OnceLock<World> = OnceLock::new();
    W.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        World {
            store: Store::open(&StorePaths::within(dir.path())).unwrap(),
            law: Law::embedded().unwrap(),
            i18n: I18n::new().unwrap(),
            _dir: dir,
        }
    })
}

fn next_user() -> UserId {
    static N: AtomicI64 = AtomicI64::new(9_000_000_000);
    UserId::new(N.fetch_add(1, Ordering::Relaxed))
}

/// Every button data the bot itself makes, and near misses.
fn callback_data() -> Vec<String> {
    let mut v: Vec<String> = Lang::ALL
        .iter()
        .map(|l| format!("l:{}", l.code()))
        .collect();
    for m in [
        "lang", "priv", "help", "forget", "ask", "status", "edit", "explain", "remind", "home",
    ] {
        v.push(format!("m:{m}"));
    }
    v.extend(["f:yes".into(), "f:no".into(), "k:keep".into()]);
    let questions = [
        "cit", "cit2", "entry", "purp", "house", "region", "reg", "regon", "regto", "pat",
        "patapp", "patiss", "patpaid", "labour", "med", "medon", "contr", "days",
    ];
    let values = [
        "UZ",
        "TJ",
        "KG",
        "KZ",
        "more",
        "AM",
        "BY",
        "UA",
        "XX",
        "today",
        "yesterday",
        "work",
        "study",
        "private",
        "tourism",
        "business",
        "other",
        "hotel",
        "moscow",
        "moscow_oblast",
        "spb",
        "leningrad_oblast",
        "yes",
        "no",
        "unknown",
        "have",
        "applied",
        "notyet",
        "yes_undated",
        "0",
        "RU",
        "x",
    ];
    for q in questions {
        v.push(format!("b:{q}"));
        v.push(format!("e:{q}"));
        for val in values {
            v.push(format!("p:{q}:{val}"));
        }
        // Values shown back, calendar months and days (around the dates
        // the conversations run on, and far off).
        for val in ["no", "20260310", "20250101", "n0", "n45", "n366"] {
            v.push(format!("c:{q}:{val}"));
        }
        for m in ["202503", "202602", "202603", "202604", "203001"] {
            v.push(format!("g:{q}:{m}"));
        }
        for d in ["20250115", "20260301", "20260310", "20260311", "20280101"] {
            v.push(format!("d:{q}:{d}"));
        }
    }
    v.extend(["o:ky".into(), "o:ru".into()]);
    v.extend(Topic::ALL.iter().map(|t| format!("x:{}", t.code())));
    for op in ["done", "paid", "tmrw", "stop", "tgl"] {
        for k in [
            "reg", "papp", "med", "pay", "con", "stay", "reis", "rend", "zz",
        ] {
            v.push(format!("r:{op}:{k}"));
        }
    }
    v
}

/// What people type: answers in every language, questions, mistakes.
const TEXTS: &[&str] = &[
    "5 mart",
    "5 марта",
    "5 март",
    "5-martdan",
    "05.03.2026",
    "5.3.26",
    "2026-03-05",
    "31.02.2026",
    "29.02.2028",
    "13.13.2026",
    "bugun",
    "kecha",
    "сегодня",
    "вчера",
    "имрӯз",
    "дирӯз",
    "бүгүн",
    "кечээ",
    "today",
    "0",
    "15",
    "365",
    "-3",
    "99999999999999999999",
    "patent qancha turadi?",
    "сколько стоит патент",
    "registratsiya qayerda",
    "амнистия будет?",
    "RKL tekshirish",
    "O'zbekiston",
    "Ўзбекистон",
    "Тоҷикистон",
    "Кыргызстан",
    "да",
    "ha",
    "ҳа",
    "ооба",
    "нет",
    "/start",
    "  ",
    "🙂",
    "<b>x</b>",
    "&amp;",
    "1 январь 1900",
    "31 dekabr 2099",
];

fn input() -> impl Strategy<Value = Input> {
    let data = callback_data();
    prop_oneof![
        3 => prop::sample::select(Command::MENU.map(|(c, _)| c).to_vec()).prop_map(Input::Command),
        6 => prop::sample::select(TEXTS).prop_map(|t| Input::Text(t.to_string())),
        2 => "\\PC{0,80}".prop_map(Input::Text),
        1 => "\\PC{480,700}".prop_map(Input::Text),
        8 => prop::sample::select(data).prop_map(|d| {
            Action::decode(&d).map(Input::Button).unwrap_or(Input::BadButton)
        }),
        1 => "\\PC{0,70}".prop_map(|d| Action::decode(&d).map(Input::Button).unwrap_or(Input::BadButton)),
        1 => prop::sample::select(vec![Media::Sticker, Media::Photo, Media::Voice, Media::Location])
            .prop_map(Input::Media),
        1 => Just(Input::Edited),
        1 => Just(Input::UnknownCommand),
    ]
}

#[derive(Clone, Debug)]
enum Event {
    Input(Input),
    /// Days pass before the next input.
    Wait(i64),
}

fn event() -> impl Strategy<Value = Event> {
    prop_oneof![
        12 => input().prop_map(Event::Input),
        1 => (1i64..400).prop_map(Event::Wait),
    ]
}

fn lang() -> impl Strategy<Value = Option<Lang>> {
    prop::option::of(prop::sample::select(Lang::ALL.to_vec()))
}

/// Runs one conversation; returns an error that names the broken promise.
fn converse(hint: Option<Lang>, start_day: i64, events: &[Event]) -> Result<(), TestCaseError> {
    let w = world();
    let user = next_user();
    let mut now = Utc.with_ymd_and_hms(2025, 1, 1, 9, 0, 0).unwrap() + Duration::days(start_day);
    for e in events {
        let input = match e {
            Event::Wait(d) => {
                now += Duration::days(*d);
                continue;
            }
            Event::Input(i) => i.clone(),
        };
        let ctx = Context {
            today: now.with_timezone(&musofir::clock::MOSCOW).date_naive(),
            now,
            lang_hint: hint,
            law: &w.law,
            retention_days: 365,
            queue: None,
        };
        let stored = w.store.session(user).unwrap();
        let out = step(stored, input.clone(), &ctx);
        w.store
            .commit(user, None, &out.next, now.timestamp())
            .unwrap();
        musofir::jobs::replan(&w.store, &w.law, user, now).unwrap();
        // The store gives back exactly what the step produced.
        match (&out.next, w.store.session(user).unwrap()) {
            (Next::Save(s), Stored::Some(back)) => prop_assert_eq!(s, &back),
            (Next::Erase, Stored::None) => {}
            (n, b) => prop_assert!(false, "stored {:?}, read back {:?}", n, b),
        }
        // Every input is answered, within Telegram's limits.
        prop_assert!(!out.replies.is_empty(), "no answer to {:?}", input);
        for r in &out.replies {
            let msgs = render(&w.i18n, out.lang, r);
            prop_assert!(!msgs.is_empty());
            for m in msgs {
                let chars = m.html.chars().count();
                prop_assert!((1..=4096).contains(&chars), "{} characters", chars);
                for (label, data) in m.keyboard.iter().flatten() {
                    prop_assert!(!label.is_empty());
                    prop_assert!((1..=64).contains(&data.len()), "{:?}", data);
                    prop_assert!(Action::decode(data).is_some(), "the bot made {:?}", data);
                }
            }
        }
    }
    Ok(())
}

#[test]
fn random_conversations_never_panic_and_are_always_answered_and_stored() {
    let mut runner = TestRunner::new(Config::with_cases(cases(1500)));
    runner
        .run(
            &(lang(), 0i64..1100, prop::collection::vec(event(), 1..40)),
            |(hint, day, events)| converse(hint, day, &events),
        )
        .unwrap();
    // Every user the conversations left decodes.
    let w = world();
    assert_eq!(w.store.users().count(), w.store.user_count());
}

/// A stored session survives a restart: the store closed and opened again
/// between steps (fewer cases: each restart reopens sled and the keyring).
#[test]
fn conversations_survive_restarts_between_steps() {
    let dir = tempfile::tempdir().unwrap();
    let paths = StorePaths::within(dir.path());
    let law = Law::embedded().unwrap();
    let mut runner = TestRunner::new(Config::with_cases(cases(1500) / 30 + 10));
    let user = UserId::new(5_012_345_678);
    runner
        .run(&prop::collection::vec(input(), 1..12), |inputs| {
            let now = Utc.with_ymd_and_hms(2026, 3, 10, 9, 0, 0).unwrap();
            let ctx = Context {
                today: NaiveDate::from_ymd_opt(2026, 3, 10).unwrap(),
                now,
                lang_hint: Some(Lang::Tg),
                law: &law,
                retention_days: 365,
                queue: None,
            };
            for i in inputs {
                let store = Store::open(&paths).unwrap();
                let out = step(store.session(user).unwrap(), i, &ctx);
                store
                    .commit(user, None, &out.next, now.timestamp())
                    .unwrap();
                store.durable_blocking().unwrap();
                drop(store);
                let store = Store::open(&paths).unwrap();
                match (&out.next, store.session(user).unwrap()) {
                    (Next::Save(s), Stored::Some(back)) => prop_assert_eq!(s, &back),
                    (Next::Erase, Stored::None) => {}
                    (n, b) => prop_assert!(false, "stored {:?}, read back {:?}", n, b),
                }
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn random_callback_data_and_dates_never_panic() {
    let mut runner = TestRunner::new(Config::with_cases(cases(1500) * 4));
    let today = NaiveDate::from_ymd_opt(2026, 12, 6).unwrap();
    runner
        .run(&("\\PC{0,80}", any::<Vec<u8>>()), |(text, bytes)| {
            let lossy = String::from_utf8_lossy(&bytes).into_owned();
            for s in [&text, &lossy] {
                if let Some(a) = Action::decode(s) {
                    // Whatever decodes is what the bot itself would make.
                    prop_assert_eq!(&a.encode(), s);
                }
                for expect in [Expect::Past, Expect::Future] {
                    if let Ok(d) = parse_date(s, today, expect) {
                        prop_assert!(d.year_ce().1 >= 1);
                    }
                }
            }
            Ok(())
        })
        .unwrap();
}

/// A restore never trusts the file: random and damaged backups are refused
/// with an error, never a panic, and nothing is written.
#[test]
fn random_backups_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut runner = TestRunner::new(Config::with_cases(cases(1500) / 10 + 20));
    let n = AtomicI64::new(0);
    runner
        .run(&any::<Vec<u8>>(), |mut bytes| {
            if bytes.len() > 3 && n.load(Ordering::Relaxed) % 2 == 0 {
                // Half the cases look like a backup at first sight.
                let mut v = b"MUSOFIR-BACKUP-1\n".to_vec();
                v.append(&mut bytes);
                bytes = v;
            }
            let i = n.fetch_add(1, Ordering::Relaxed);
            let file = dir.path().join(format!("b{i}"));
            std::fs::write(&file, &bytes).unwrap();
            let target = StorePaths::new(dir.path().join(format!("r{i}")), None);
            let res = musofir::store::backup::restore(&file, &target);
            prop_assert!(res.is_err());
            prop_assert!(
                !target.data.exists() || std::fs::read_dir(&target.data).unwrap().next().is_none()
            );
            Ok(())
        })
        .unwrap();
}
