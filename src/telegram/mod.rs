//! The Telegram shell: long polling, one handler for every update, and the
//! send path. Only this module imports teloxide.

mod commands;
mod incoming;
pub mod limits;
pub mod send;
pub mod sender;
pub mod webhook;

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use teloxide::dispatching::UpdateHandler;
use teloxide::error_handlers::LoggingErrorHandler;
use teloxide::prelude::*;
use teloxide::update_listeners::{Polling, UpdateListener};

use crate::app::App;
use crate::config::BotConfig;
use crate::jobs::{self, scheduler::Outbox};
use crate::render::Rendered;
use crate::store::{StoreError, UserId};
use crate::text::{Lang, Msg};
use limits::Limits;
use send::BotTransport;
use sender::{Class, Delivery, Sender};

type HandlerError = Box<dyn std::error::Error + Send + Sync>;

#[derive(Clone, Debug)]
pub struct Options {
    /// Telegram's send limits, kept by the [`sender`].
    pub limits: Limits,
    /// Long-polling timeout of getUpdates.
    pub poll_timeout: Duration,
    /// On stop, how long replies and reminders still queued may wait to go
    /// out before they are given up (the bot must exit within 15 s).
    pub send_grace: Duration,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            limits: Limits::default(),
            poll_timeout: Duration::from_secs(10),
            send_grace: Duration::from_secs(8),
        }
    }
}

/// Runs the bot until `stop` resolves; then stops polling, lets every queued
/// update finish, flushes the store and returns.
pub async fn run(
    cfg: &BotConfig,
    app: Arc<App>,
    opts: Options,
    stop: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let mut bot = Bot::new(&cfg.token);
    let api = match &cfg.api_url {
        Some(url) => {
            bot = bot.set_api_url(url.clone());
            url.to_string()
        }
        None => "https://api.telegram.org".to_string(),
    };
    // teloxide's dispatcher panics when getMe fails; ask first, fail clearly.
    let me = bot
        .get_me()
        .await
        .with_context(|| format!("cannot start: the Telegram Bot API at {api} did not answer getMe (check TELOXIDE_TOKEN and TELOXIDE_API_URL)"))?;
    tracing::info!(bot = %me.username(), "connected to the Bot API");
    if let Err(e) = commands::register(&bot, &app.i18n).await {
        tracing::warn!(error = %e, "the command menu could not be registered");
    }

    let sender = Sender::spawn(BotTransport(bot.clone()), opts.limits);
    let cancel_replan = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let (stopping, stopped) = tokio::sync::watch::channel(false);
    let stopping = Arc::new(stopping);
    let on_stop = stopping.clone();
    let stop_sending = sender.clone();
    let grace = opts.send_grace;
    let stop_replan = cancel_replan.clone();
    tokio::spawn(async move {
        stop.await;
        tracing::info!("stopping: finishing queued updates");
        stop_sending.give_up_after(grace);
        stop_replan.store(true, std::sync::atomic::Ordering::Relaxed);
        let _ = on_stop.send(true);
    });
    let when_stopped = |mut rx: tokio::sync::watch::Receiver<bool>| async move {
        let _ = rx.wait_for(|s| *s).await;
    };
    let ops = match cfg.ops_listen {
        Some(addr) => {
            Some(crate::ops::serve(addr, app.clone(), when_stopped(stopped.clone())).await?)
        }
        None => None,
    };

    // A new version of the law data: plans made again and the users it
    // changes told, in the background (resumable; stopped at once by a stop).
    // With the same version nothing runs.
    let replan_app = app.clone();
    let replan_cancel = cancel_replan.clone();
    let replan_outbox = TelegramOutbox {
        sender: sender.clone(),
    };
    let replan_stop = when_stopped(stopped.clone());
    let rebuilding = tokio::spawn(async move {
        // One instance brings the shared plans up to date: the sender.
        let stop = replan_stop;
        tokio::pin!(stop);
        if !jobs::until_leader(&replan_app.store, &mut stop).await {
            return;
        }
        match jobs::law_change::run(&replan_app.parts(), &replan_outbox, &replan_cancel).await {
            Ok(r) if r.unchanged => tracing::info!("law data unchanged: no replanning"),
            Ok(r) => tracing::info!(
                replanned = r.replanned,
                notified = r.notified,
                done = r.done,
                "plans brought up to this version of the law data"
            ),
            Err(e) => {
                crate::ops::METRICS.store_error("law_change");
                tracing::warn!(error = %e, "plans could not be brought up to date");
            }
        }
    });
    // Reminders claimed at the sender's rate; the sender puts replies first.
    let scheduler = tokio::spawn(
        jobs::scheduler::Scheduler::with_pace(
            app.parts(),
            TelegramOutbox {
                sender: sender.clone(),
            },
            jobs::scheduler::Pace {
                // Past the sender's own grace: every reminder handed to it
                // has settled (sent and marked, or not sent and released
                // unchanged), so a clean stop repeats none after the restart.
                grace: opts.send_grace + Duration::from_secs(1),
                ..jobs::scheduler::Pace::for_rate(opts.limits.overall_per_sec)
            },
        )
        .run(when_stopped(stopped.clone())),
    );
    let retention = tokio::spawn(jobs::retention::run(
        app.parts(),
        TelegramOutbox {
            sender: sender.clone(),
        },
        app.retention_days,
        when_stopped(stopped.clone()),
    ));
    let housekeeping = tokio::spawn(forget_old_update_ids(app.clone()));
    let dispatched = match &cfg.webhook_url {
        Some(url) => {
            let hook = webhook::Webhook {
                url: url.clone(),
                listen: cfg.listen,
                secret: webhook::Webhook::secret_for(cfg.webhook_secret.as_deref(), &cfg.token),
            };
            webhook::serve(
                hook,
                bot,
                app.clone(),
                sender.clone(),
                when_stopped(stopped.clone()),
            )
            .await
        }
        None => {
            poll(
                bot,
                app.clone(),
                sender.clone(),
                &opts,
                when_stopped(stopped.clone()),
            )
            .await
        }
    };
    housekeeping.abort();
    // Wait for the aborted task to drop its handle on the store.
    let _ = housekeeping.await;
    // Whatever ended dispatching, the scheduler stops too, then the store is flushed.
    let _ = stopping.send(true);
    if let Err(e) = scheduler.await {
        tracing::warn!(error = %e, "the reminder scheduler failed");
    }
    if let Err(e) = retention.await {
        tracing::warn!(error = %e, "the retention task failed");
    }
    cancel_replan.store(true, std::sync::atomic::Ordering::Relaxed);
    let _ = rebuilding.await;
    if let Some(ops) = ops {
        let _ = ops.await;
    }
    dispatched?;
    app.store.flush().await.context("flushing the store")?;
    let stats = sender.stats();
    let replies = stats
        .given_up_replies
        .load(std::sync::atomic::Ordering::Relaxed);
    let reminders = stats
        .given_up_reminders
        .load(std::sync::atomic::Ordering::Relaxed);
    if replies + reminders > 0 {
        // The stop does not wait on a backlog; the operator hears what it cost.
        tracing::warn!(
            replies,
            reminders,
            "stopped; messages still waiting when the send grace ended were not sent"
        );
    } else {
        tracing::info!("stopped");
    }
    Ok(())
}

/// Takes updates by long polling until `stop`, then lets every queued
/// update finish.
async fn poll(
    bot: Bot,
    app: Arc<App>,
    sender: Sender,
    opts: &Options,
    stop: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let mut listener = Polling::builder(bot.clone())
        .timeout(opts.poll_timeout)
        .delete_webhook()
        .await
        .build();
    let mut dispatcher = Dispatcher::builder(bot, schema())
        .dependencies(dptree::deps![app, sender])
        // The default queue of 64 lets one busy chat stall every other chat.
        .worker_queue_size(1024)
        .default_handler(|_| async {})
        .error_handler(LoggingErrorHandler::with_custom_text("an update failed"))
        .build();
    // Stop through the listener, not the dispatcher's shutdown token: the
    // token's notification is lost if it fires while an update is being
    // handed to a worker, and dispatching then never ends. A stopped listener
    // yields the updates it already fetched, then ends; the dispatcher then
    // waits for every chat's queue to drain.
    let stop_polling = listener.stop_token();
    tokio::spawn(async move {
        stop.await;
        stop_polling.stop();
    });
    dispatcher
        .try_dispatch_with_listener(
            listener,
            LoggingErrorHandler::with_custom_text("getUpdates failed"),
        )
        .await
        .context("cannot start dispatching")
}

/// Reminders go out through the same sender as replies, behind them.
struct TelegramOutbox {
    sender: Sender,
}

impl Outbox for TelegramOutbox {
    fn deliver(
        &self,
        user: UserId,
        messages: Vec<Rendered>,
    ) -> impl std::future::Future<Output = jobs::scheduler::Delivery> + Send {
        let sender = self.sender.clone();
        // Private chats: the chat id is the user id.
        async move {
            match sender.send(user.get(), messages, Class::Reminder).await {
                Delivery::Sent => jobs::scheduler::Delivery::Sent,
                Delivery::Blocked => jobs::scheduler::Delivery::Blocked,
                Delivery::Failed => jobs::scheduler::Delivery::Failed,
                Delivery::Stopped => jobs::scheduler::Delivery::Stopped,
            }
        }
    }
}

/// Seen update ids only guard against redelivery, which Telegram does for at
/// most 24 hours: keep two days, then forget them (hourly).
async fn forget_old_update_ids(app: Arc<App>) {
    const KEEP_SECS: i64 = 2 * 24 * 3600;
    let mut every_hour = tokio::time::interval(Duration::from_secs(3600));
    loop {
        every_hour.tick().await;
        let cutoff = app.clock.now().timestamp() - KEEP_SECS;
        let app = app.clone();
        match tokio::task::spawn_blocking(move || app.store.prune_seen(cutoff)).await {
            Ok(Ok(n)) if n > 0 => tracing::debug!(removed = n, "old update ids forgotten"),
            Ok(Ok(_)) => {}
            Ok(Err(e)) => tracing::warn!(error = %e, "forgetting old update ids failed"),
            Err(e) => tracing::warn!(error = %e, "the housekeeping task failed"),
        }
    }
}

/// Names the pressed message in the first reply meant to be shown over it;
/// every other reply (or all, when no message with buttons was pressed)
/// goes as a new message. Returns whether the pressed message is edited.
fn over_pressed(mut messages: Vec<Rendered>, pressed: Option<i32>) -> (Vec<Rendered>, bool) {
    let mut target = pressed;
    for m in &mut messages {
        m.edit = match (m.edit, target.take()) {
            (Some(e), Some(id)) => Some(crate::render::Edit {
                message: Some(id),
                ..e
            }),
            (None, t) => {
                target = t;
                None
            }
            (Some(_), None) => None,
        };
    }
    let edits = pressed.is_some() && target.is_none();
    (messages, edits)
}

pub fn schema() -> UpdateHandler<HandlerError> {
    dptree::endpoint(on_update)
}

async fn on_update(
    update: Update,
    bot: Bot,
    app: Arc<App>,
    sender: Sender,
) -> Result<(), HandlerError> {
    let inc = match incoming::parse(&update) {
        Some(incoming::Parsed::Input(inc)) => inc,
        Some(incoming::Parsed::Blocked(user, blocked)) => {
            return jobs::store_work(&app.store, || -> Result<(), StoreError> {
                app.store.set_blocked(user, blocked)?;
                if !blocked {
                    // Back: blocking cancelled their reminders; plan them again.
                    jobs::replan(&app.store, &app.law, user, app.clock.now())?;
                }
                Ok(())
            })
            .map_err(Into::into);
        }
        None => return Ok(()),
    };
    if let Some(press) = &inc.press {
        // Stop the button's spinner at once, alongside the step (not before
        // it: that would add a round trip to every tap).
        let answer =
            bot.answer_callback_query(teloxide::types::CallbackQueryId(press.query_id.clone()));
        tokio::spawn(async move {
            if let Err(e) = answer.await {
                tracing::debug!(error = %e, "callback answer failed");
            }
        });
    }
    let hint = inc.lang_hint;
    let started = std::time::Instant::now();
    let m = &crate::ops::METRICS;
    let step = jobs::store_work(&app.store, || {
        app.handle(inc.user, Some(update.id.0), hint, inc.input)
    });
    let handled = match step {
        // Nothing is shown to the user before what the step stored is on
        // disk: a crash after a reply can never lose the answer it confirms.
        Ok(Some(r)) => app.store.durable().await.map(|()| Some(r)),
        other => other,
    };
    let replies = match handled {
        Ok(Some(r)) if r.again => {
            // Taken already, perhaps by an instance that stopped before it
            // answered: show the prompt again rather than leave the user
            // waiting.
            tracing::debug!(update = update.id.0, "duplicate update: prompt shown again");
            m.updates.with_label_values(&["duplicate"]).inc();
            r
        }
        Ok(Some(r)) => {
            m.updates.with_label_values(&["handled"]).inc();
            m.update_seconds.observe(started.elapsed().as_secs_f64());
            r
        }
        Ok(None) => {
            tracing::debug!(update = update.id.0, "duplicate update ignored");
            m.updates.with_label_values(&["duplicate"]).inc();
            return Ok(());
        }
        Err(e) => {
            tracing::error!(error = %e, "storage failed while handling an update");
            m.updates.with_label_values(&["failed"]).inc();
            m.store_error("update");
            let lang = hint.unwrap_or(Lang::Ru);
            let text = app.i18n.format(lang, &Msg::new("error-temporary"));
            let msg = Rendered::new(text, Vec::new());
            sender.send(inc.chat, vec![msg], Class::Reply).await;
            return Ok(());
        }
    };
    let pressed = inc.press.as_ref().and_then(|p| p.message);
    let (messages, edits_pressed) = over_pressed(replies.messages, pressed.map(|(_, m)| m));
    let delivered = sender.send(inc.chat, messages, Class::Reply).await;
    if let Some((chat, message)) = pressed.filter(|_| !edits_pressed) {
        // The question was answered: retire its buttons — after the reply,
        // so that the reply does not wait for it, and before the chat's next
        // update, so that everything the chat sees stays in order.
        let _ = bot
            .edit_message_reply_markup(ChatId(chat), teloxide::types::MessageId(message))
            .await;
    }
    if delivered == Delivery::Blocked {
        tracing::info!("a user blocked the bot; marking them inactive");
        jobs::store_work(&app.store, || app.store.set_blocked(inc.user, true))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::Edit;

    fn msg(edit: Option<bool>) -> Rendered {
        Rendered {
            edit: edit.map(|text| Edit {
                text,
                message: None,
            }),
            ..Rendered::new("x".into(), Vec::new())
        }
    }

    #[test]
    fn the_first_reply_meant_for_the_pressed_message_edits_it() {
        let targets = |v: &[Rendered]| v.iter().map(|m| m.edit).collect::<Vec<_>>();
        let (v, edits) = over_pressed(vec![msg(Some(true)), msg(Some(false))], Some(7));
        assert!(edits);
        assert_eq!(
            targets(&v),
            vec![
                Some(Edit {
                    text: true,
                    message: Some(7)
                }),
                None
            ]
        );
        // Nothing pressed (a typed label): new messages; the press is not retired.
        let (v, edits) = over_pressed(vec![msg(Some(true))], None);
        assert_eq!((targets(&v), edits), (vec![None], false));
        // A reply for a new message: the pressed one's buttons are retired.
        let (v, edits) = over_pressed(vec![msg(None), msg(Some(false))], Some(7));
        assert!(edits);
        assert_eq!(v[0].edit, None);
        let (_, edits) = over_pressed(vec![msg(None)], Some(7));
        assert!(!edits);
    }
}
