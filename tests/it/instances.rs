//! Beyond one machine, tried as users would: two instances of the real
//! binary on one PostgreSQL database, updates coming by webhook through a
//! load balancer (the fake Bot API plays both). Users go through the
//! interview while the instance that sends reminders is SIGKILLed: no answer
//! is lost or taken twice, the other instance takes the updates and the
//! reminders over, the reminder that falls due goes out (repeated at most
//! once for the kill). Skipped, with a line saying how, without PostgreSQL.

use std::time::Duration;

use musofir::dialogue::Stored;
use musofir::i18n::I18n;
use musofir::store::{Store, StorePaths, UserId};

use crate::on_disk::{answer_round, await_round, expected_answers, is_reminder, text, uid};
use crate::support::binary::Binary;
use crate::support::fake_api::{FakeApi, User};
use crate::support::pg::TestDb;

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

struct Instance {
    bot: Option<Binary>,
    hook: String,
    ops: String,
}

impl Instance {
    fn start(api: &FakeApi, db: &TestDb, dir: &std::path::Path, name: &str) -> Instance {
        let (hook_port, ops_port) = (free_port(), free_port());
        let hook = format!("http://127.0.0.1:{hook_port}/telegram");
        let log = dir.join(format!("{name}.log"));
        // The data directory is unused with a database; the key is shared.
        let paths = StorePaths::new(dir.join(name), Some(dir.join("musofir.key")));
        let mut cmd = Binary::command(api, &paths, &log);
        cmd.env("MUSOFIR_DATABASE_URL", &db.url)
            .env("MUSOFIR_WEBHOOK_URL", &hook)
            .env("MUSOFIR_LISTEN", format!("127.0.0.1:{hook_port}"))
            .env("MUSOFIR_OPS_LISTEN", format!("127.0.0.1:{ops_port}"))
            .env("MUSOFIR_SEND_SHARE", "0.5");
        Instance {
            bot: Some(Binary::spawn(cmd, &log)),
            hook,
            ops: format!("http://127.0.0.1:{ops_port}"),
        }
    }

    async fn get(&self, path: &str) -> Option<(u16, String)> {
        let r = reqwest::get(format!("{}{path}", self.ops)).await.ok()?;
        let status = r.status().as_u16();
        Some((status, r.text().await.ok()?))
    }

    async fn sends_reminders(&self) -> bool {
        matches!(self.get("/healthz").await, Some((200, t)) if t.contains("sends reminders: true"))
    }
}

/// Waits (polling its health endpoint) until one of `instances` holds the
/// reminder sender's lock; returns which.
async fn sender_of(instances: &[&Instance]) -> usize {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    loop {
        for (i, inst) in instances.iter().enumerate() {
            if inst.sends_reminders().await {
                return i;
            }
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "no instance took the sender's lock within 30 s"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_instances_behind_a_balancer_lose_nothing_when_one_is_killed() {
    let Some(db) = TestDb::create("two_instances") else {
        return;
    };
    let api = FakeApi::start().await;
    api.set_wait_timeout(Duration::from_secs(90));
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("musofir.key");
    // The key is made once, before both start: instances share it.
    drop(Store::open_pg(&db.url, &key).unwrap());
    let i18n = I18n::new().unwrap();

    let mut a = Instance::start(&api, &db, dir.path(), "a");
    let mut b = Instance::start(&api, &db, dir.path(), "b");
    api.balance(vec![a.hook.clone(), b.hook.clone()]);
    api.wait_requests("setWebhook", 2).await;
    let set = api
        .webhook_url()
        .unwrap_or_else(|| panic!("{:?}", api.errors()));
    assert!(set == a.hook || set == b.hook, "{set}");

    // Only Telegram, which knows the secret, is listened to.
    let forged = reqwest::Client::new()
        .post(&a.hook)
        .header("X-Telegram-Bot-Api-Secret-Token", "guess")
        .body(r#"{"update_id":1}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status().as_u16(), 401);

    let leader = sender_of(&[&a, &b]).await;
    let users: Vec<User> = (0..12)
        .map(|i| User::new(uid(100 + i), &format!("Farrukh{i}")).lang("ru"))
        .collect();
    for u in &users {
        api.send_command(u, "/start");
    }
    let mut killed_at = None;
    for round in 0.. {
        let active = answer_round(&api, &users).await;
        if active.is_empty() {
            break;
        }
        assert!(round < 40, "the interviews do not end");
        if round == 3 {
            // Kill the sender as soon as the first replies of this round
            // are out: the rest of the round is in its hands or queued.
            let sent = api.requests("sendMessage");
            api.wait_requests("sendMessage", sent + 1).await;
            let gone = if leader == 0 { &mut a } else { &mut b };
            gone.bot.take().unwrap().kill();
            killed_at = Some(api.webhook_posts().len());
        }
        await_round(&api, &active).await;
    }
    let survivor = if leader == 0 { &mut b } else { &mut a };
    // The survivor takes the reminders over.
    assert_eq!(sender_of(&[survivor]).await, 0);
    for u in &users {
        api.wait_chat(u.id, "the registration reminder", |log| {
            log.iter()
                .any(|m| is_reminder(m) && m.buttons().iter().any(|(_, d)| d.ends_with(":reg")))
        })
        .await;
    }
    api.wait_all_confirmed().await;
    let (status, metrics) = survivor.get("/metrics").await.unwrap();
    assert_eq!(status, 200);
    assert!(metrics.contains("musofir_leader 1"), "{metrics}");
    assert!(
        metrics.contains("musofir_updates_total{outcome=\"handled\"}"),
        "{metrics}"
    );
    assert_eq!(
        survivor.bot.take().unwrap().terminate().await.code(),
        Some(0),
        "SIGTERM: a clean exit"
    );

    // Both took updates, and after the kill the balancer sent the updates
    // the dead one did not answer to the other.
    let posts = api.webhook_posts();
    for inst in [&a, &b] {
        assert!(
            posts.iter().any(|(t, s)| *t == inst.hook && *s == 200),
            "{} took no update",
            inst.hook
        );
    }
    let after = &posts[killed_at.unwrap()..];
    assert!(after.iter().any(|(_, s)| *s == 200));

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
            (1..=2).contains(&reminders),
            "user {}: {reminders} registration reminders after one kill",
            u.id
        );
    }
    api.assert_no_errors();
    let store = Store::open_pg(&db.url, &key).unwrap();
    for u in &users {
        match store.session(UserId::new(u.id)).unwrap() {
            Stored::Some(s) => expected_answers(&s),
            _ => panic!("user {}: no session", u.id),
        }
    }
}
