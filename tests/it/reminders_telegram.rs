//! Reminders end to end through the Telegram shell: answer the questions,
//! stop, start again on a later date, and the right reminder arrives once,
//! with working buttons; after /forget nothing is queued.

use crate::support::fake_api::{FakeApi, User};
use crate::support::running::{tap, test_clock, Running};
use chrono::{TimeZone, Utc};
use musofir::clock::ManualClock;
use musofir::store::UserId;

/// 16.03.2026 10:30 Moscow: three days before the registration deadline, 19.03.2026 (UZ entry 05.03.2026:
/// 15 days with the entry day as day 1, the safe reading of the law review of 2026-12-06, hand-checked case 1;
/// 20.03.2026 by the other reading).
fn three_days_before() -> ManualClock {
    ManualClock::new(Utc.with_ymd_and_hms(2026, 3, 16, 7, 30, 0).unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reminder_comes_after_a_restart_on_a_later_date_and_its_buttons_work() {
    let api = FakeApi::start().await;
    let dir = tempfile::tempdir().unwrap();
    let bot = Running::start(&api, dir.path(), test_clock()).await;
    let u = User::new(2001, "A").lang("ru");
    api.send_command(&u, "/start");
    api.wait_one(u.id).await;
    tap(&api, &u, "Русский").await;
    tap(&api, &u, "🇺🇿 Узбекистан").await;
    // Each typed date is taken at once, told back on top of the next question.
    api.send_text(&u, "5 марта");
    api.wait_one(u.id).await;
    tap(&api, &u, "Работа").await;
    tap(&api, &u, "Квартира или дом").await;
    tap(&api, &u, "Другой регион").await;
    tap(&api, &u, "Нет ещё").await;
    tap(&api, &u, "Документы поданы, жду").await;
    api.send_text(&u, "6 марта");
    api.wait_one(u.id).await;
    tap(&api, &u, "Да, пройдено").await;
    api.send_text(&u, "вчера");
    api.wait_one(u.id).await;
    // Last question: days this year. The status follows (it may be split).
    api.send_text(&u, "0");
    api.wait_one(u.id).await;
    let queued = bot.app.store.planned(UserId::new(u.id)).unwrap();
    assert!(!queued.is_empty(), "reminders are planned");
    bot.stop().await.unwrap();
    let before = api.sent(u.id).len();

    // Six days later: the registration (due 19.03.2026) is three days away.
    let bot = Running::start(&api, dir.path(), three_days_before()).await;
    let reminder = loop {
        let m = api.wait_one(u.id).await;
        if m.plain.contains("19.03.2026") {
            break m;
        }
    };
    assert!(reminder.plain.contains("миграционный учёт") || reminder.plain.contains("учёт"));
    // The other reading is said too.
    assert!(reminder.plain.contains("20.03.2026"), "{}", reminder.plain);
    let labels = reminder.labels();
    assert!(labels.len() >= 3, "{labels:?}");
    // Exactly one reminder for this deadline, not one per passed lead day.
    let about_registration = api.sent(u.id)[before..]
        .iter()
        .filter(|m| m.plain.contains("19.03.2026") && !m.edited)
        .count();
    assert_eq!(about_registration, 1, "{}", api.report());

    // "Done" records the registration; the status shows it done.
    let done = labels
        .iter()
        .find(|l| l.contains('✅') || l.contains("Сделано") || l.contains("Готово"))
        .cloned()
        .unwrap_or_else(|| labels[0].clone());
    api.press_button(&u, reminder.message_id, &done);
    let got = crate::support::running::edit_first(api.wait_for(u.id, 2).await);
    assert!(
        got[1].plain.contains("Отмечено как сделано"),
        "{}",
        got[1].plain
    );
    bot.stop().await.unwrap();

    // /forget erases the queue with everything else.
    let bot = Running::start(&api, dir.path(), three_days_before()).await;
    api.send_command(&u, "/forget");
    let q = api.wait_one(u.id).await;
    api.press_button(&u, q.message_id, "🗑 Да, удалить всё");
    api.wait_for(u.id, 2).await;
    assert_eq!(bot.app.store.keys_of(UserId::new(u.id)).unwrap(), vec![]);
    assert!(bot.app.store.planned(UserId::new(u.id)).unwrap().is_empty());
    api.assert_no_errors();
    bot.stop().await.unwrap();
}
