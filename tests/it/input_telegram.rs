//! Issue 15's input through the Telegram shell (the real dispatcher, the
//! fake Bot API), where buttons and their messages matter: the calendar
//! tapped, an old grid pressed, a conflict fixed with its buttons, `/help`
//! before the language, a typed button label.

use crate::support::fake_api::{BotMessage, FakeApi, User};
use crate::support::running::{tap, test_clock, Running};
use musofir::clock::Clock;
use musofir::dialogue::{Next, Session};
use musofir::store::UserId;

async fn setup() -> (FakeApi, tempfile::TempDir) {
    (FakeApi::start().await, tempfile::tempdir().unwrap())
}

/// The newest message that has the button `label`.
fn with_button(api: &FakeApi, u: &User, label: &str) -> BotMessage {
    api.sent(u.id)
        .into_iter()
        .rev()
        .find(|m| m.labels().iter().any(|l| l == label))
        .unwrap_or_else(|| panic!("no button {label:?}: {}", api.report()))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_date_tapped_on_the_calendar_in_uzbek() {
    let (api, dir) = setup().await;
    let bot = Running::start(&api, dir.path(), test_clock()).await;
    let u = User::new(3001, "A").lang("uz");
    api.send_command(&u, "/start");
    api.wait_one(u.id).await;
    tap(&api, &u, "Oʻzbekcha").await;
    let r = tap(&api, &u, "🇺🇿 Oʻzbekiston").await;
    let grid = &r[1];
    // Tuesday 10.03.2026: the month, the weekdays, 1–10 March, today marked.
    for want in ["Mart 2026", "Du", "Yak", "1", "9", "•10•", "‹"] {
        assert!(
            grid.labels().iter().any(|l| l == want),
            "{want}: {:?}",
            grid.labels()
        );
    }
    assert!(!grid.labels().iter().any(|l| l == "11"), "no future day");
    for row in grid.reply_markup.as_ref().unwrap() {
        assert!(row.len() <= 7, "{row:?}");
    }
    // ‹: February, on the same message (its buttons turned, its text kept).
    api.press_button(&u, grid.message_id, "‹");
    let feb = api.wait_one(u.id).await;
    assert_eq!(
        (feb.message_id, feb.method, feb.plain.as_str()),
        (
            grid.message_id,
            "editMessageReplyMarkup",
            grid.plain.as_str()
        )
    );
    assert!(
        feb.labels().iter().any(|l| l == "Fevral 2026"),
        "{:?}",
        feb.labels()
    );
    assert!(feb.labels().iter().any(|l| l == "28"));
    // A day: taken, and told back on top of the next question.
    let r = tap(&api, &u, "14").await;
    assert!(
        r[1].plain
            .starts_with("✓ Kirish sanasi: 14.02.2026, shanba — 24 kun oldin"),
        "{}",
        r[1].plain
    );
    assert!(r[1].plain.contains("kirish maqsadi"), "{}", r[1].plain);
    // The first grid, pressed now (an old message): stale, and the current
    // question again; nothing changes.
    api.press(&u, grid.message_id, "d:entry:20260305");
    let m = api.wait_one(u.id).await;
    assert!(m.plain.contains("Bu tugma eskirgan"), "{}", m.plain);
    assert!(m.plain.contains("kirish maqsadi"), "{}", m.plain);
    let Ok(musofir::dialogue::Stored::Some(s)) = bot.app.store.session(UserId::new(u.id)) else {
        panic!("no session")
    };
    assert_eq!(
        s.answers.entry_date,
        chrono::NaiveDate::from_ymd_opt(2026, 2, 14)
    );
    api.assert_no_errors();
    bot.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_conflict_is_fixed_with_its_buttons_in_kyrgyz() {
    let (api, dir) = setup().await;
    let clock = test_clock();
    let now = clock.now().timestamp();
    let bot = Running::start(&api, dir.path(), clock).await;
    let u = User::new(3002, "A").lang("ky");
    // A session as an older version could leave it: registered before the
    // entry date. Last seen now: a last contact long ago would bring the
    // retention notice instead.
    let s: Session = serde_json::from_value(serde_json::json!({
        "lang": "ky", "lang_confirmed": true, "state": {"at": "menu"},
        "answers": {"citizenship": "KG", "entry_date": "2026-03-01", "purpose": "work",
                    "housing": "private", "region": "spb", "registered": true,
                    "registered_on": "2026-02-20", "unknown": ["registered_until"],
                    "labour_contract": true, "medical": false, "complete": true}
    }))
    .unwrap();
    bot.app
        .store
        .commit(UserId::new(u.id), None, &Next::Save(s), now)
        .unwrap();
    api.send_command(&u, "/status");
    let m = api.wait_one(u.id).await;
    assert!(
        m.plain.contains(
            "Жооптор бири-бирине дал келбейт: каттоого турган дата — 20.02.2026, ал эми Россияга кирген дата — 01.03.2026."
        ),
        "{}",
        m.plain
    );
    assert!(!m.plain.contains("registered_on") && !m.plain.contains("талаасы"));
    let labels = m.labels();
    assert!(
        labels.contains(&"✏️ Каттоого турган дата".to_string()),
        "{labels:?}"
    );
    assert!(labels.contains(&"✏️ Кирген дата".to_string()), "{labels:?}");
    // The entry date was wrong: change it; the registration then fits.
    let r = tap(&api, &u, "✏️ Кирген дата").await;
    assert!(r[1].plain.contains("Россияга акыркы жолу качан кирдиңиз?"));
    // Taken at once: told back on top of the status, which follows (it may
    // be long, so wait for its edit button).
    api.send_text(&u, "18.02.2026");
    let log = api
        .wait_chat(u.id, "the status", |log| {
            log.iter()
                .any(|m| !m.edited && m.buttons().iter().any(|(_, d)| d == "m:edit"))
        })
        .await;
    let status: String = log
        .iter()
        .skip_while(|m| !m.plain.starts_with('✓'))
        .map(|m| m.plain.clone())
        .collect();
    assert!(
        status.starts_with("✓ Кирген дата: 18.02.2026, шаршемби — 20 күн мурун"),
        "{status}"
    );
    assert!(status.contains("Сакталды"), "{status}");
    assert!(!status.contains("дал келбейт"), "{status}");
    api.assert_no_errors();
    bot.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn help_before_the_language_and_a_typed_label() {
    let (api, dir) = setup().await;
    let bot = Running::start(&api, dir.path(), test_clock()).await;
    let u = User::new(3003, "A").lang("tg");
    api.send_command(&u, "/start");
    api.wait_one(u.id).await;
    api.send_command(&u, "/help");
    let m = api.wait_one(u.id).await;
    assert!(m.plain.contains("/forget"), "{}", m.plain);
    // Telegram's language (Tajik): the first question, the languages under it.
    assert!(m.plain.contains("кадом давлат"), "{}", m.plain);
    assert!(m.plain.contains("Забони дигар"), "{}", m.plain);
    assert!(m.labels().contains(&"Тоҷикӣ".to_string()));
    // The language typed, then the country typed as people type it.
    api.send_text(&u, "тоҷикӣ");
    let got = api.wait_for(u.id, 1).await;
    assert!(got[0].plain.contains("Забон: тоҷикӣ"), "{}", got[0].plain);
    api.send_text(&u, "Точикистон");
    let m = api.wait_one(u.id).await;
    assert!(m.plain.contains("Русия"), "the entry question: {}", m.plain);
    let _ = with_button(&api, &u, "Имрӯз");
    api.send_command(&u, "/cancel");
    let m = api.wait_one(u.id).await;
    assert!(m.plain.contains("Савол бекор карда шуд"), "{}", m.plain);
    api.send_command(&u, "/cancel");
    let m = api.wait_one(u.id).await;
    assert!(
        m.plain.contains("Ҳоло чизе барои бекор кардан нест"),
        "{}",
        m.plain
    );
    api.assert_no_errors();
    bot.stop().await.unwrap();
}
