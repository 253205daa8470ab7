//! Replies shown over the pressed message, through the Telegram shell (the
//! real dispatcher, the fake Bot API): `/reminders` switches and lead days
//! edit the list in place, and the chosen lead days change what is queued
//! and sent; a calendar's ‹ › turn the grid in place; an old grid's press is
//! still stale. In ru, uz, uz-Cyrl, tg and ky.

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use musofir::clock::{ManualClock, MOSCOW};
use musofir::dialogue::{Next, Session};
use musofir::reminders::plan::REMIND_AT;
use musofir::render::plain;
use musofir::store::UserId;
use musofir::text::{Lang, Msg};
use musofir_law::DeadlineKind;

use crate::support::fake_api::{BotMessage, FakeApi, User};
use crate::support::running::{test_clock, Running};

const LANGS: [Lang; 5] = [Lang::Ru, Lang::Uz, Lang::UzCyrl, Lang::Tg, Lang::Ky];

/// 09.03.2026, a worker from Uzbekistan with no registration and no patent
/// yet: the patent application is due weeks after "today" (10.03.2026).
const ENTRY: &str = "2026-03-09";

fn worker(lang: Lang) -> Session {
    serde_json::from_value(serde_json::json!({
        "lang": lang.code(), "lang_confirmed": true, "state": {"at": "menu"},
        "answers": {"citizenship": "UZ", "entry_date": ENTRY, "purpose": "work",
                    "housing": "private", "region": "other", "registered": false,
                    "patent": "not_yet", "medical": false, "unknown": ["prior_days"],
                    "complete": true}
    }))
    .unwrap()
}

/// A citizen of Uzbekistan asked the entry date.
fn at_entry_date(lang: Lang) -> Session {
    serde_json::from_value(serde_json::json!({
        "lang": lang.code(), "lang_confirmed": true,
        "state": {"at": "asking", "question": "entry_date"},
        "answers": {"citizenship": "UZ"}
    }))
    .unwrap()
}

/// Stores the session as an earlier step would have, with its plan.
fn seed(bot: &Running, u: &User, s: Session) {
    let app = &bot.app;
    let now = app.clock.now();
    app.store
        .commit(UserId::new(u.id), None, &Next::Save(s), now.timestamp())
        .unwrap();
    musofir::jobs::replan(&app.store, &app.law, UserId::new(u.id), now).unwrap();
}

/// The text of `msg` in `lang`, as the user reads it.
fn text(bot: &Running, lang: Lang, msg: &Msg) -> String {
    plain(&bot.app.i18n.format(lang, msg))
}

fn kind(k: DeadlineKind) -> Msg {
    Msg::new(format!("reminder-kind-{}", k.name()))
}

/// Presses `data` on message `id`; the one message that follows.
async fn press(api: &FakeApi, u: &User, id: i32, data: &str) -> BotMessage {
    api.press(u, id, data);
    api.wait_one(u.id).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reminder_switches_and_lead_days_edit_the_list_and_the_plan() {
    let api = FakeApi::start().await;
    let dir = tempfile::tempdir().unwrap();
    let bot = Running::start(&api, dir.path(), test_clock()).await;
    let users: Vec<(Lang, User)> = LANGS
        .iter()
        .enumerate()
        .map(|(i, l)| (*l, User::new(4100 + i as i64, "A")))
        .collect();
    // One who keeps the default lead days.
    let default = User::new(4199, "B");
    seed(&bot, &default, worker(Lang::Ru));
    for (lang, u) in &users {
        seed(&bot, u, worker(*lang));
        let uid = UserId::new(u.id);
        let queued = |d: i64| {
            bot.app
                .store
                .planned(uid)
                .unwrap()
                .iter()
                .any(|p| p.kind == DeadlineKind::PatentApplication && p.lead_days == d)
        };
        assert!(queued(7) && !queued(14), "the default plan");
        let registration = bot
            .app
            .store
            .planned(uid)
            .unwrap()
            .into_iter()
            .find(|p| p.kind == DeadlineKind::Registration)
            .map(|p| p.due)
            .unwrap();

        api.send_command(u, "/reminders");
        let list = api.wait_one(u.id).await;
        assert_eq!(list.method, "sendMessage");
        assert!(
            list.plain
                .contains(&text(&bot, *lang, &Msg::new("reminder-list-leads"))),
            "{lang:?}: {}",
            list.plain
        );
        let labels = list.labels();
        for want in ["✅ 7", "✅ 0", "14"] {
            assert!(labels.iter().any(|l| l == want), "{lang:?}: {labels:?}");
        }

        // A switch: the same message now says the kind is off.
        let m = press(&api, u, list.message_id, "r:tgl:reg").await;
        assert_eq!(
            (m.message_id, m.method),
            (list.message_id, "editMessageText"),
            "{lang:?}: {}",
            api.report()
        );
        let off = Msg::new("reminder-toggle-off").msg("what", kind(DeadlineKind::Registration));
        assert!(
            m.labels().contains(&text(&bot, *lang, &off)),
            "{lang:?}: {:?}",
            m.labels()
        );
        let line = Msg::new("reminder-list-off")
            .msg("what", kind(DeadlineKind::Registration))
            .date("due", registration);
        let line = text(&bot, *lang, &line);
        assert!(m.plain.contains(&line), "{lang:?}: {line:?} in {}", m.plain);
        assert!(!m.plain.contains("reminder-"), "{}", m.plain);

        // 14 days before: chosen on the same message, and planned.
        let m = press(&api, u, list.message_id, "w:14").await;
        assert_eq!(
            (m.message_id, m.method),
            (list.message_id, "editMessageText")
        );
        assert!(m.labels().iter().any(|l| l == "✅ 14"), "{:?}", m.labels());
        assert!(m.plain.contains("14, 7, 3, 1, 0"), "{lang:?}: {}", m.plain);
        assert!(queued(14), "{lang:?}: the 14-day reminder is queued");
        // Every lead day but one switched off: the last one stays.
        for d in ["w:7", "w:3", "w:1", "w:0"] {
            press(&api, u, list.message_id, d).await;
        }
        let Ok(musofir::dialogue::Stored::Some(s)) = bot.app.store.session(uid) else {
            panic!("no session")
        };
        assert_eq!(s.reminders.leads(), vec![14]);
        assert!(queued(14) && !queued(7), "{lang:?}: replanned");
        // Nothing but edits of the list since it was sent.
        let since: Vec<BotMessage> = api
            .sent(u.id)
            .into_iter()
            .skip_while(|m| m.message_id != list.message_id)
            .skip(1)
            .collect();
        assert_eq!(since.len(), 6, "{}", api.report());
        assert!(
            since
                .iter()
                .all(|m| m.edited && m.message_id == list.message_id),
            "{}",
            api.report()
        );
    }
    let due = bot
        .app
        .store
        .planned(UserId::new(users[0].1.id))
        .unwrap()
        .into_iter()
        .find(|p| p.kind == DeadlineKind::PatentApplication)
        .map(|p| p.due)
        .unwrap();
    assert!(!bot
        .app
        .store
        .planned(UserId::new(default.id))
        .unwrap()
        .iter()
        .any(|p| p.lead_days == 14));
    api.assert_no_errors();
    bot.stop().await.unwrap();

    // On the 14th day before the patent application's deadline, at the
    // reminder hour: each user who chose 14 days is reminded.
    let at = MOSCOW
        .from_local_datetime(&(due - Duration::days(14)).and_time(REMIND_AT))
        .single()
        .unwrap()
        .with_timezone(&Utc);
    let bot = Running::start(&api, dir.path(), ManualClock::new(at)).await;
    for (lang, u) in &users {
        let title = text(
            &bot,
            *lang,
            &Msg::new("reminder-title").msg("what", kind(DeadlineKind::PatentApplication)),
        );
        let reminder = loop {
            let m = api.wait_one(u.id).await;
            if m.plain.contains(&title) {
                break m;
            }
        };
        assert!(
            reminder.plain.contains(&due.format("%d.%m.%Y").to_string()),
            "{lang:?}: {}",
            reminder.plain
        );
    }
    assert!(
        bot.app
            .store
            .planned(UserId::new(default.id))
            .unwrap()
            .iter()
            .any(|p| p.kind == DeadlineKind::PatentApplication && p.lead_days == 7),
        "the default user's 7-day reminder still waits"
    );
    bot.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_calendar_turns_its_month_in_place() {
    let api = FakeApi::start().await;
    let dir = tempfile::tempdir().unwrap();
    let bot = Running::start(&api, dir.path(), test_clock()).await;
    for (i, lang) in LANGS.iter().enumerate() {
        let u = User::new(4200 + i as i64, "A");
        seed(&bot, &u, at_entry_date(*lang));
        // The entry date question, after "welcome back", with March's grid.
        api.send_command(&u, "/start");
        let q = api.wait_one(u.id).await;
        let month = |m: u32| {
            text(
                &bot,
                *lang,
                &Msg::new("cal-month")
                    .msg("month", Msg::new(format!("month-{m}")))
                    .num("year", 2026),
            )
        };
        assert!(q.labels().contains(&month(3)), "{lang:?}: {:?}", q.labels());
        // ‹: February on the same message; its text stays.
        let m = press(&api, &u, q.message_id, "g:entry:202602").await;
        assert_eq!(
            (m.message_id, m.method),
            (q.message_id, "editMessageReplyMarkup"),
            "{lang:?}: {}",
            api.report()
        );
        assert_eq!(m.plain, q.plain);
        assert!(m.labels().contains(&month(2)), "{lang:?}: {:?}", m.labels());
        assert!(m.labels().iter().any(|l| l == "28"), "{:?}", m.labels());
        // ›: back to March, in place again.
        let m = press(&api, &u, q.message_id, "g:entry:202603").await;
        assert_eq!(m.message_id, q.message_id);
        assert!(m.labels().contains(&month(3)), "{lang:?}: {:?}", m.labels());
        // A day: the grid's buttons are retired and the date shown back.
        api.press(&u, q.message_id, "d:entry:20260215");
        let got = crate::support::running::edit_first(api.wait_for(u.id, 2).await);
        assert!(got[0].edited && got[0].buttons().is_empty());
        assert_eq!(got[1].method, "sendMessage");
        api.press(&u, got[1].message_id, "c:entry:20260215");
        api.wait_for(u.id, 2).await;
        // The grid, pressed now that no date question is open: stale, as a
        // new message; the old message is not turned.
        let m = press(&api, &u, q.message_id, "g:entry:202601").await;
        assert_eq!(m.method, "sendMessage", "{}", api.report());
        assert!(
            m.plain
                .contains(&text(&bot, *lang, &Msg::new("button-stale"))),
            "{lang:?}: {}",
            m.plain
        );
        let s = match bot.app.store.session(UserId::new(u.id)) {
            Ok(musofir::dialogue::Stored::Some(s)) => s,
            _ => panic!("no session"),
        };
        assert_eq!(s.answers.entry_date, NaiveDate::from_ymd_opt(2026, 2, 15));
    }
    api.assert_no_errors();
    bot.stop().await.unwrap();
}

/// A message that can no longer be edited (too old, deleted): the reply goes
/// as a new message, and the old message's buttons are retired, so that an
/// old /reminders switch or calendar arrow cannot act beside the new ones.
/// The new message is the one edited next.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_message_that_cannot_be_edited_is_sent_anew_and_its_buttons_retired() {
    let api = FakeApi::start().await;
    let dir = tempfile::tempdir().unwrap();
    let bot = Running::start(&api, dir.path(), test_clock()).await;
    for (i, lang) in LANGS.iter().enumerate() {
        let u = User::new(4300 + i as i64, "A");
        seed(&bot, &u, worker(*lang));
        api.send_command(&u, "/reminders");
        let list = api.wait_one(u.id).await;
        assert!(!list.buttons().is_empty());
        api.fail_next(
            "editMessageText",
            400,
            "Bad Request: message can't be edited",
            None,
        );
        api.press(&u, list.message_id, "r:tgl:reg");
        let got = api.wait_for(u.id, 2).await;
        let (new, old) = (&got[0], &got[1]);
        assert_eq!(new.method, "sendMessage", "{lang:?}: {}", api.report());
        assert_ne!(new.message_id, list.message_id);
        let off = Msg::new("reminder-toggle-off").msg("what", kind(DeadlineKind::Registration));
        assert!(
            new.labels().contains(&text(&bot, *lang, &off)),
            "{lang:?}: {:?}",
            new.labels()
        );
        assert_eq!(
            (old.method, old.message_id),
            ("editMessageReplyMarkup", list.message_id),
            "{lang:?}: {}",
            api.report()
        );
        assert!(old.buttons().is_empty(), "{lang:?}: {:?}", old.buttons());
        // The new list is the one that changes in place now.
        let m = press(&api, &u, new.message_id, "r:tgl:reg").await;
        assert_eq!(
            (m.message_id, m.method),
            (new.message_id, "editMessageText")
        );
    }

    // A calendar's arrow on a question that can no longer be edited: the
    // question again, with the month asked for, and the old grid retired.
    let u = User::new(4399, "A");
    seed(&bot, &u, at_entry_date(Lang::Ru));
    api.send_command(&u, "/start");
    let q = api.wait_one(u.id).await;
    api.fail_next(
        "editMessageReplyMarkup",
        400,
        "Bad Request: message to edit not found",
        None,
    );
    api.press(&u, q.message_id, "g:entry:202602");
    let got = api.wait_for(u.id, 2).await;
    assert_eq!(got[0].method, "sendMessage", "{}", api.report());
    let february = text(
        &bot,
        Lang::Ru,
        &Msg::new("cal-month")
            .msg("month", Msg::new("month-2"))
            .num("year", 2026),
    );
    assert!(got[0].labels().contains(&february), "{:?}", got[0].labels());
    assert_eq!(
        (got[1].method, got[1].message_id),
        ("editMessageReplyMarkup", q.message_id)
    );
    assert!(got[1].buttons().is_empty());
    api.assert_no_errors();
    bot.stop().await.unwrap();
}
