//! Trust on disk, tried as users would, against the real binary and the fake
//! Bot API: a SIGKILL mid-interview loses no answer and repeats at most one
//! reminder; the data directory and the log name no one; `/forget` erases for
//! real (the user's key is gone from the disk). No network, no sleeps: every
//! wait is on an event of the fake API.

use std::collections::HashMap;
use std::time::Duration;

use crate::support::binary::{read_log, Binary};
use crate::support::fake_api::{BotMessage, FakeApi, User};
use crate::support::scan::{needles, scan, scan_dir};
use chrono::NaiveDate;
use musofir::dialogue::{PatentAnswer, Stored};
use musofir::i18n::I18n;
use musofir::store::{Store, StorePaths, UserId};
use musofir::text::{Lang, Msg};
use musofir_law::{Housing, Purpose, Region};

/// The questions of the scripted interview, in the order they are asked
/// (`lang` is the language screen, `entry-ok` the typed date shown back).
pub(crate) const ORDER: [&str; 11] = [
    "lang", "cit", "entry", "entry-ok", "purp", "house", "region", "reg", "pat", "med", "days",
];

/// A Telegram id that cannot occur by chance in 8 random bytes or in a text.
/// (The dates the users type are chosen not to occur in the law data, which
/// the store keeps in the clear as the version its plans were made with.)
pub(crate) fn uid(i: i64) -> i64 {
    5_012_345_678 + i * 7_919
}

enum Answer {
    Press(&'static str),
    Type(&'static str),
}

/// The answer the scripted user gives to a question: an Uzbek worker who
/// entered on 24.02.2026 (the registration deadline is "today", 10.03.2026).
fn answer(code: &str) -> Answer {
    match code {
        "lang" => Answer::Press("l:ru"),
        "cit" => Answer::Press("p:cit:UZ"),
        "entry" => Answer::Type("24.02.2026"),
        "entry-ok" => Answer::Press("c:entry:20260224"),
        "purp" => Answer::Press("p:purp:work"),
        "house" => Answer::Press("p:house:private"),
        "region" => Answer::Press("p:region:moscow"),
        "reg" => Answer::Press("p:reg:no"),
        "pat" => Answer::Press("p:pat:notyet"),
        "med" => Answer::Press("p:med:no"),
        "days" => Answer::Type("0"),
        other => panic!("the script has no answer to {other}"),
    }
}

/// The question a message asks, read from its buttons: language buttons, or
/// a question's own choices and its Back button (`p:<q>:…`, `b:<q>`).
pub(crate) fn asks(m: &BotMessage) -> Option<usize> {
    if m.edited {
        return None;
    }
    m.buttons().iter().find_map(|(_, data)| {
        let code = if data.starts_with("l:") {
            "lang".to_string()
        } else if let Some(rest) = data.strip_prefix("c:") {
            // "Yes" under a value shown back (not "Change").
            let (q, v) = rest.split_once(':')?;
            if v == "no" {
                return None;
            }
            format!("{q}-ok")
        } else {
            let rest = data
                .strip_prefix("p:")
                .or_else(|| data.strip_prefix("b:"))?;
            rest.split(':').next()?.to_string()
        };
        ORDER.iter().position(|c| *c == code)
    })
}

pub(crate) fn is_reminder(m: &BotMessage) -> bool {
    !m.edited && m.buttons().iter().any(|(_, d)| d.starts_with("r:"))
}

/// The last question the user was asked.
pub(crate) fn current(log: &[BotMessage]) -> Option<usize> {
    log.iter().rev().find_map(asks)
}

/// The first answer after the interview: the status, with its button to
/// change the answers.
pub(crate) fn finished(log: &[BotMessage]) -> bool {
    log.iter()
        .any(|m| !m.edited && m.buttons().iter().any(|(_, d)| d == "m:edit"))
}

/// One round of the interview: every user who has not finished answers the
/// question they are at. Returns who answered which question.
pub(crate) async fn answer_round<'a>(api: &FakeApi, users: &'a [User]) -> Vec<(&'a User, usize)> {
    let mut active = Vec::new();
    for u in users {
        let log = api
            .wait_chat(u.id, "a question or the status", |log| {
                finished(log) || current(log).is_some()
            })
            .await;
        if !finished(&log) {
            let q = current(&log).unwrap();
            give(api, u, q, &log);
            active.push((u, q));
        }
    }
    active
}

/// Waits until each user of a round has the next question or the status.
pub(crate) async fn await_round(api: &FakeApi, active: &[(&User, usize)]) {
    for (u, q) in active {
        api.wait_chat(u.id, "the next question or the status", |log| {
            finished(log) || current(log) != Some(*q)
        })
        .await;
    }
}

pub(crate) fn give(api: &FakeApi, u: &User, q: usize, log: &[BotMessage]) {
    match answer(ORDER[q]) {
        Answer::Type(t) => {
            api.send_text(u, t);
        }
        Answer::Press(data) => {
            let m = log
                .iter()
                .rev()
                .find(|m| asks(m) == Some(q))
                .expect("the question's message");
            api.press(u, m.message_id, data);
        }
    }
}

pub(crate) fn text(i18n: &I18n, id: &'static str) -> String {
    i18n.format(Lang::Ru, &Msg::new(id))
}

pub(crate) fn expected_answers(s: &musofir::dialogue::Session) {
    let a = &s.answers;
    assert_eq!(
        a.citizenship.map(|c| c.as_str().to_string()).as_deref(),
        Some("UZ")
    );
    assert_eq!(a.entry_date, NaiveDate::from_ymd_opt(2026, 2, 24));
    assert_eq!(a.purpose, Some(Purpose::Work));
    assert_eq!(a.housing, Some(Housing::Private));
    assert_eq!(a.region, Some(Region::Moscow));
    assert_eq!(a.registered, Some(false));
    assert_eq!(a.patent, Some(PatentAnswer::NotYet));
    assert_eq!(a.medical, Some(false));
    assert_eq!(a.days_in_russia_this_year, Some(0));
    assert!(a.complete);
    assert_eq!(s.lang, Lang::Ru);
}

/// Kills the bot (SIGKILL) while replies to a round of answers are in
/// flight, restarts it on the same store, and checks that every user goes on
/// at the question they last saw, or later.
async fn kill_and_restart(
    api: &FakeApi,
    bot: Binary,
    paths: &StorePaths,
    users: &[User],
    i18n: &I18n,
) -> Binary {
    let log = bot.log.clone();
    bot.kill();
    let seen: HashMap<i64, Option<usize>> = users
        .iter()
        .map(|u| (u.id, current(&api.sent(u.id))))
        .collect();
    let bot = Binary::start(api, paths, &log).await;
    // Updates the dead process had fetched but not confirmed come again.
    api.wait_all_confirmed().await;
    let media = text(i18n, "input-media");
    for u in users {
        let before = api
            .sent(u.id)
            .iter()
            .filter(|m| m.plain.contains(&media))
            .count();
        api.send_sticker(u);
        let log = api
            .wait_chat(u.id, "the answer to a sticker", |log| {
                log.iter().filter(|m| m.plain.contains(&media)).count() > before
            })
            .await;
        if finished(&log) {
            continue;
        }
        let log = api
            .wait_chat(u.id, "the question asked again", |log| {
                log.last().and_then(asks).is_some()
            })
            .await;
        let now = current(&log);
        assert!(
            now >= seen[&u.id],
            "user {} had been asked {:?} and is now asked {:?}: an answer was lost",
            u.id,
            seen[&u.id].map(|q| ORDER[q]),
            now.map(|q| ORDER[q]),
        );
    }
    bot
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_kill_mid_interview_loses_no_answer_and_repeats_at_most_one_reminder() {
    let api = FakeApi::start().await;
    // The real binary keeps Telegram's pace (1 message a second per chat).
    api.set_wait_timeout(Duration::from_secs(90));
    let dir = tempfile::tempdir().unwrap();
    let paths = StorePaths::within(dir.path());
    let log = dir.path().join("bot.log");
    let i18n = I18n::new().unwrap();
    let users: Vec<User> = (0..24)
        .map(|i| User::new(uid(i), &format!("Dilshod{i}")).lang("ru"))
        .collect();
    let mut bot = Binary::start(&api, &paths, &log).await;
    for u in &users {
        api.send_command(u, "/start");
    }
    let mut kills = 0;
    for round in 0.. {
        let active = answer_round(&api, &users).await;
        if active.is_empty() {
            break;
        }
        assert!(round < 40, "the interviews do not end");
        if [2, 4, 6, 8].contains(&round) {
            // Kill as soon as the first replies of this round are out: the
            // answers they confirm were committed a moment ago.
            let sent = api.requests("sendMessage");
            api.wait_requests("sendMessage", sent + 1).await;
            bot = kill_and_restart(&api, bot, &paths, &users, &i18n).await;
            kills += 1;
            continue;
        }
        await_round(&api, &active).await;
    }
    assert_eq!(
        bot.terminate().await.code(),
        Some(0),
        "SIGTERM: a clean exit"
    );

    // What users saw: no answer applied twice (a press applied twice would
    // meet a stale button, a date typed twice a refusal), and the reminder
    // that fell due went out, repeated at most once per kill.
    let stale = text(&i18n, "button-stale");
    for u in &users {
        let log = api.sent(u.id);
        assert!(
            !log.iter().any(|m| m.plain.contains(&stale)),
            "user {}: an update took effect twice",
            u.id
        );
        let reminders = log
            .iter()
            .filter(|m| is_reminder(m) && m.buttons().iter().any(|(_, d)| d.ends_with(":reg")))
            .count();
        assert!(
            (1..=1 + kills).contains(&reminders),
            "user {}: {reminders} registration reminders after {kills} kills",
            u.id
        );
    }
    api.assert_no_errors();

    // What the store holds: every answer of every user.
    let store = Store::open(&paths).unwrap();
    for u in &users {
        match store.session(UserId::new(u.id)).unwrap() {
            Stored::Some(s) => expected_answers(&s),
            _ => panic!("user {}: no session", u.id),
        }
    }
    drop(store);

    // Neither the data directory nor the log names anyone.
    let mut all = Vec::new();
    for u in &users {
        all.extend(needles(u.id, &[&u.first_name, "2026-02-24", "24.02.2026"]));
    }
    assert_eq!(scan_dir(&paths.data, &all), vec![]);
    let logged = read_log(&log);
    assert!(!logged.is_empty());
    assert_eq!(scan(&logged, &all), Vec::<(&String, &Vec<u8>)>::new());
    eprintln!(
        "crash test: {} users, {kills} kills, 0 answers lost, registration reminders per user: {:?}",
        users.len(),
        users
            .iter()
            .map(|u| api
                .sent(u.id)
                .iter()
                .filter(|m| is_reminder(m))
                .count())
            .collect::<Vec<_>>()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_disk_names_no_one_and_forget_destroys_the_key() {
    let api = FakeApi::start().await;
    api.set_wait_timeout(Duration::from_secs(60));
    let dir = tempfile::tempdir().unwrap();
    let paths = StorePaths::within(dir.path());
    let log = dir.path().join("bot.log");
    let users: Vec<User> = (100..106)
        .map(|i| User::new(uid(i), &format!("Zarina{i}")).lang("ru"))
        .collect();
    let bot = Binary::start(&api, &paths, &log).await;
    for u in &users {
        api.send_command(u, "/start");
        let mut log = api
            .wait_chat(u.id, "the language screen", |l| current(l).is_some())
            .await;
        // Up to the registration question: dates typed, region and purpose chosen.
        while current(&log) < Some(6) {
            let q = current(&log).unwrap();
            give(&api, u, q, &log);
            log = api
                .wait_chat(u.id, "the next question", |l| current(l) != Some(q))
                .await;
        }
    }
    let mut all = Vec::new();
    for u in &users {
        all.extend(needles(u.id, &[&u.first_name, "2026-02-24", "24.02.2026"]));
    }
    // While it runs.
    assert_eq!(scan_dir(&paths.data, &all), vec![]);
    assert_eq!(bot.terminate().await.code(), Some(0));
    // After a clean stop.
    assert_eq!(scan_dir(&paths.data, &all), vec![]);

    // Keep each user's secret, to look for it after /forget.
    let store = Store::open(&paths).unwrap();
    let secrets: Vec<[u8; 32]> = users
        .iter()
        .map(|u| {
            store
                .keyring_secret_for_tests(UserId::new(u.id))
                .unwrap()
                .expect("a key")
        })
        .collect();
    drop(store);

    let bot = Binary::start(&api, &paths, &log).await;
    let (gone, kept) = users.split_at(3);
    for u in gone {
        api.send_command(u, "/forget");
        let l = api
            .wait_chat(u.id, "the /forget question", |l| {
                l.last()
                    .is_some_and(|m| m.buttons().iter().any(|(_, d)| d == "f:yes"))
            })
            .await;
        let n = l.len();
        api.press(u, l.last().unwrap().message_id, "f:yes");
        api.wait_chat(u.id, "the erase confirmed", |l| {
            l[n..].iter().any(|m| !m.edited)
        })
        .await;
    }
    assert_eq!(bot.terminate().await.code(), Some(0));

    let secret_needles: Vec<(String, Vec<u8>)> = secrets
        .iter()
        .enumerate()
        .map(|(i, s)| (format!("the key of user {i}"), s.to_vec()))
        .collect();
    let found = scan_dir(&paths.data, &secret_needles);
    let mut found_users: Vec<&String> = found.iter().map(|(_, l)| l).collect();
    found_users.sort();
    found_users.dedup();
    // The forgotten users' keys exist nowhere on disk; the others' do.
    assert_eq!(
        found_users,
        vec![
            &"the key of user 3".to_string(),
            &"the key of user 4".to_string(),
            &"the key of user 5".to_string()
        ],
        "{found:?}"
    );
    assert_eq!(scan_dir(&paths.data, &all), vec![]);
    assert_eq!(
        scan(&read_log(&log), &all),
        Vec::<(&String, &Vec<u8>)>::new()
    );
    let store = Store::open(&paths).unwrap();
    for u in gone {
        assert!(matches!(
            store.session(UserId::new(u.id)).unwrap(),
            Stored::None
        ));
        assert_eq!(store.keys_of(UserId::new(u.id)).unwrap(), vec![]);
    }
    for u in kept {
        assert!(matches!(
            store.session(UserId::new(u.id)).unwrap(),
            Stored::Some(_)
        ));
    }
}

/// A SIGTERM with a backlog queued (replies to hundreds of users, sent at
/// Telegram's pace) still ends in a clean exit within 15 s (`terminate`
/// fails past that): what has not gone out by the sender's grace is given
/// up, not waited for, and the store is left whole.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sigterm_under_a_backlog_exits_cleanly_within_15_s() {
    let api = FakeApi::start().await;
    api.set_flood(Some(crate::support::fake_api::Flood::telegram()));
    let dir = tempfile::tempdir().unwrap();
    let paths = StorePaths::within(dir.path());
    let log = dir.path().join("bot.log");
    let bot = Binary::start(&api, &paths, &log).await;
    let users: Vec<User> = (0..600)
        .map(|i| User::new(uid(2000 + i), "Tohir").lang("ru"))
        .collect();
    for u in &users {
        api.send_command(u, "/start");
    }
    // Twenty seconds' worth at 30 a second; the first ones are out.
    api.wait_requests("sendMessage", 30).await;
    let asked = std::time::Instant::now();
    assert_eq!(
        bot.terminate().await.code(),
        Some(0),
        "SIGTERM: a clean exit"
    );
    let sent = api.requests("sendMessage");
    eprintln!(
        "SIGTERM under a backlog: exit 0 in {:.1?}, {sent} of {} replies sent",
        asked.elapsed(),
        users.len()
    );
    assert!(
        sent < users.len(),
        "the backlog was waited for: {sent} sent"
    );
    assert_eq!(api.flood_429s(), 0);
    // No reply vanishes uncounted: each /start was answered, or its reply
    // was given up and counted in the log, or the update is still with
    // Telegram for the next start (how the backlog splits between the bot
    // and Telegram depends on the machine's speed).
    let logged = String::from_utf8_lossy(&read_log(&log)).into_owned();
    let given_up: usize = logged
        .lines()
        .filter(|l| l.contains("when the send grace ended were not sent"))
        .filter_map(|l| l.split("replies=").nth(1))
        .filter_map(|v| {
            v.split(|c: char| !c.is_ascii_digit())
                .next()?
                .parse::<usize>()
                .ok()
        })
        .sum();
    let left = api.pending_updates().len();
    eprintln!("  {given_up} replies given up (logged), {left} updates left with Telegram");
    assert!(
        sent + given_up + left >= users.len(),
        "{sent} sent, {given_up} given up, {left} left with Telegram"
    );
    // The store opens again.
    Store::open(&paths).unwrap();
}
