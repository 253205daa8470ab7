//! "Something changed" through the Telegram shell (the real dispatcher, the
//! fake Bot API): a situation walked end to end by buttons, a date tapped on
//! the calendar (uz) or typed (tg) and shown back before it is taken, then
//! the status with the new deadline — the law engine's date for the profile
//! the answers stored. Run alone: `cargo test --test it situations_telegram::`.

use crate::support::fake_api::{BotMessage, FakeApi, User};
use crate::support::running::{edit_first, test_clock, Running};
use musofir::clock::Clock;
use musofir::dialogue::{Next, Session, Stored};
use musofir::store::UserId;
use musofir_law::{assess, DeadlineKind, Law};

/// A patent holder from `citizenship` in Sverdlovsk oblast whose interview
/// is done, as stored; the status is asked. Today is Tuesday 10.03.2026.
async fn patent_holder(api: &FakeApi, bot: &Running, u: &User, lang: &str, citizenship: &str) {
    let now = test_clock().now().timestamp();
    let s: Session = serde_json::from_value(serde_json::json!({
        "lang": lang, "lang_confirmed": true, "state": {"at": "menu"},
        "answers": {"citizenship": citizenship, "entry_date": "2026-01-15", "purpose": "work",
                    "housing": "private", "region": "sverdlovsk", "registered": true,
                    "registered_on": "2026-01-16", "unknown": ["registered_until"],
                    "patent": "have", "patent_issued_on": "2026-02-10",
                    "patent_paid_until": "2026-04-09", "medical": true,
                    "medical_done_on": "2026-01-20", "contract_notified": true,
                    "complete": true}
    }))
    .unwrap();
    bot.app
        .store
        .commit(UserId::new(u.id), None, &Next::Save(s), now)
        .unwrap();
    api.send_command(u, "/status");
    let m = api.wait_one(u.id).await;
    assert!(
        m.buttons().iter().any(|(_, d)| d == "m:changed"),
        "{:?}",
        m.buttons()
    );
}

/// Presses the button with this callback data on the newest message that has
/// it; returns the pressed message's edit and the reply.
async fn press(api: &FakeApi, u: &User, data: &str) -> Vec<BotMessage> {
    let msg = newest_with(api, u, data);
    api.press(u, msg.message_id, data);
    edit_first(api.wait_for(u.id, 2).await)
}

fn newest_with(api: &FakeApi, u: &User, data: &str) -> BotMessage {
    api.sent(u.id)
        .into_iter()
        .rev()
        .find(|m| m.buttons().iter().any(|(_, d)| d == data))
        .unwrap_or_else(|| panic!("no button {data}: {}", api.report()))
}

/// The situation's last answer pressed on `q`: the status that follows.
async fn last_answer(api: &FakeApi, u: &User, q: &BotMessage, data: &str) -> String {
    api.press(u, q.message_id, data);
    status_after(api, u, q.message_id).await
}

/// Everything sent from the message `from` on, once a new status (its edit
/// button) has arrived after it.
async fn status_after(api: &FakeApi, u: &User, from: i32) -> String {
    let log = api
        .wait_chat(u.id, "the status", |log| {
            log.iter().any(|m| {
                m.message_id > from && !m.edited && m.buttons().iter().any(|(_, d)| d == "m:edit")
            })
        })
        .await;
    log.iter()
        .filter(|m| m.message_id > from && !m.edited)
        .map(|m| m.plain.clone())
        .collect::<Vec<_>>()
        .join("\n")
}

fn stored(bot: &Running, u: &User) -> Session {
    match bot.app.store.session(UserId::new(u.id)) {
        Ok(Stored::Some(s)) => s,
        other => panic!("{other:?}"),
    }
}

/// The engine's date to act by for `kind`, as the status shows it.
fn due(s: &Session, kind: DeadlineKind) -> String {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 3, 10).unwrap();
    let a = assess(&s.profile().unwrap(), today, &Law::embedded().unwrap()).unwrap();
    let d = a
        .deadlines
        .iter()
        .find(|d| d.kind == kind)
        .unwrap_or_else(|| panic!("no {kind:?}: {:?}", a.deadlines));
    d.due.format("%d.%m.%Y").to_string()
}

/// Uzbek (Latin): moved on Thursday 05.03.2026, the day tapped on the move
/// question's calendar, shown back, "Yes"; not registered at the new address
/// yet: the status shows the new registration's last day.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn moved_house_by_the_calendar_in_uzbek() {
    let api = FakeApi::start().await;
    let dir = tempfile::tempdir().unwrap();
    let bot = Running::start(&api, dir.path(), test_clock()).await;
    let u = User::new(3101, "A").lang("uz");
    patent_holder(&api, &bot, &u, "uz", "UZ").await;
    let r = press(&api, &u, "m:changed").await;
    assert!(r[1].plain.contains("Nima oʻzgardi?"), "{}", r[1].plain);
    assert!(r[1]
        .labels()
        .contains(&"🏠 Yangi manzilga koʻchdim".to_string()));
    let r = press(&api, &u, "s:moved").await;
    let grid = &r[1];
    assert!(
        grid.plain.contains("Yangi manzilga qachon keldingiz?"),
        "{}",
        grid.plain
    );
    // Its calendar: March 2026, no day after today.
    assert!(
        grid.labels().iter().any(|l| l == "Mart 2026"),
        "{:?}",
        grid.labels()
    );
    assert!(!grid.labels().iter().any(|l| l == "11"), "no future day");
    // A day on the calendar: told back on top of the registration question,
    // with a button to change it; then "no".
    let r = press(&api, &u, "d:movon:20260305").await;
    assert!(
        r[1].plain
            .starts_with("✓ Yangi manzilga koʻchish: 05.03.2026, payshanba — 5 kun oldin"),
        "{}",
        r[1].plain
    );
    assert!(
        r[1].plain
            .contains("Yangi manzil boʻyicha migratsiya roʻyxatiga qoʻyildingizmi?"),
        "{}",
        r[1].plain
    );
    assert!(r[1].buttons().iter().any(|(_, d)| d == "e:movon"));
    let status = last_answer(&api, &u, &r[1], "p:movreg:no").await;
    assert!(status.contains("Saqlandi. Qayta hisob:"), "{status}");
    let s = stored(&bot, &u);
    assert_eq!(
        s.answers.moved_on,
        chrono::NaiveDate::from_ymd_opt(2026, 3, 5)
    );
    let want = due(&s, DeadlineKind::RegistrationAfterMove);
    // Thursday 05.03 + 7 working days by the production calendar: the
    // engine's date, shown.
    assert!(status.contains(&want), "{want} not in {status}");
    api.assert_no_errors();
    bot.stop().await.unwrap();
}

/// Tajik: a new contract signed on Friday 06.03.2026, the day typed ("6
/// март"), shown back, "Yes"; the employer has not confirmed its notice:
/// the status shows the employer's last day.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn new_contract_typed_in_tajik() {
    let api = FakeApi::start().await;
    let dir = tempfile::tempdir().unwrap();
    let bot = Running::start(&api, dir.path(), test_clock()).await;
    let u = User::new(3102, "A").lang("tg");
    patent_holder(&api, &bot, &u, "tg", "TJ").await;
    press(&api, &u, "m:changed").await;
    let r = press(&api, &u, "s:job").await;
    assert!(
        r[1].plain.contains("Дар кор чӣ тағйир ёфт?"),
        "{}",
        r[1].plain
    );
    let r = press(&api, &u, "p:job:new").await;
    assert!(
        r[1].buttons()
            .iter()
            .any(|(_, d)| d.starts_with("d:signed:")),
        "a calendar: {:?}",
        r[1].buttons()
    );
    api.send_text(&u, "6 март");
    let told = api.wait_one(u.id).await;
    assert!(
        told.plain.starts_with('✓') && told.plain.contains("06.03.2026"),
        "{}",
        told.plain
    );
    assert!(told.plain.contains("ВКД (МВД)"), "{}", told.plain);
    let status = last_answer(&api, &u, &told, "p:notified:no").await;
    assert!(status.contains("Нигоҳ дошта шуд. Ҳисоби нав:"), "{status}");
    let s = stored(&bot, &u);
    assert_eq!(
        s.answers.contract_signed_on,
        chrono::NaiveDate::from_ymd_opt(2026, 3, 6)
    );
    let want = due(&s, DeadlineKind::EmployerNotice);
    assert!(status.contains(&want), "{want} not in {status}");
    api.assert_no_errors();
    bot.stop().await.unwrap();
}
