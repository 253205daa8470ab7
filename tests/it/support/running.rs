#![allow(dead_code)]
//! Runs the real bot (the real teloxide dispatcher) against the fake Bot API.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use chrono::{TimeZone, Utc};
use musofir::app::App;
use musofir::clock::ManualClock;
use musofir::config::BotConfig;
use musofir::store::StorePaths;
use musofir::telegram::limits::Limits;
use musofir::telegram::{self, Options};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use super::fake_api::{BotMessage, FakeApi, User};

pub struct Running {
    pub app: Arc<App>,
    stop: Option<oneshot::Sender<()>>,
    handle: Option<JoinHandle<anyhow::Result<()>>>,
}

/// Limits high enough that tests never wait on them.
pub fn fast_options() -> Options {
    Options {
        limits: Limits::unlimited(),
        poll_timeout: Duration::from_secs(2),
        ..Options::default()
    }
}

pub fn config(api: &FakeApi, dir: &Path) -> BotConfig {
    BotConfig {
        token: "123456:TEST".into(),
        api_url: Some(api.url().parse().expect("fake url")),
        data_dir: StorePaths::within(dir).data,
        key_file: StorePaths::within(dir).key,
        retention_days: musofir::config::DEFAULT_RETENTION_DAYS,
        unlimited_sends: false,
        database_url: None,
        send_share: 1.0,
        webhook_url: None,
        listen: "127.0.0.1:0".parse().unwrap(),
        webhook_secret: None,
        ops_listen: None,
    }
}

/// 2026-03-10 12:00 Moscow time.
pub fn test_clock() -> ManualClock {
    ManualClock::new(Utc.with_ymd_and_hms(2026, 3, 10, 9, 0, 0).unwrap())
}

impl Running {
    pub async fn start(api: &FakeApi, dir: &Path, clock: ManualClock) -> Running {
        let app =
            Arc::new(App::open(&StorePaths::within(dir), Arc::new(clock)).expect("app opens"));
        let cfg = config(api, dir);
        let (tx, rx) = oneshot::channel::<()>();
        let app2 = app.clone();
        let handle = tokio::spawn(async move {
            telegram::run(&cfg, app2, fast_options(), async {
                let _ = rx.await;
            })
            .await
        });
        api.wait_polling().await;
        Running {
            app,
            stop: Some(tx),
            handle: Some(handle),
        }
    }

    /// Graceful stop, as on SIGTERM: returns once the bot has drained and
    /// flushed, and the store's directory is free again.
    pub async fn stop(mut self) -> anyhow::Result<()> {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
        let res = match self.handle.take() {
            Some(h) => h.await.expect("bot task"),
            None => Ok(()),
        };
        // Dropping the last handle of the sled Db releases its lock.
        drop(self.app);
        res
    }
}

/// Presses the button labelled exactly `label` on the newest message that has
/// it; returns the pressed message's edit (buttons retired) and the answer.
pub async fn tap(api: &FakeApi, u: &User, label: &str) -> Vec<BotMessage> {
    let msg = api
        .sent(u.id)
        .into_iter()
        .rev()
        .find(|m| m.labels().iter().any(|l| l == label))
        .unwrap_or_else(|| panic!("no button {label:?}; {}", api.report()));
    api.press_button(u, msg.message_id, label);
    edit_first(api.wait_for(u.id, 2).await)
}

/// A press gets a reply and its old buttons retired, in either order (the
/// reply goes first, the edit alongside): the edit first, then the reply.
pub fn edit_first(mut got: Vec<BotMessage>) -> Vec<BotMessage> {
    got.sort_by_key(|m| !m.edited);
    got
}
