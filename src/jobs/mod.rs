//! Work beside the conversation, over the store: the reminder scheduler,
//! bringing plans up to a new version of the law data, retention, and
//! replanning one user. Shells: they read the clock and the store and send
//! through an [`Outbox`](scheduler::Outbox); the decisions they apply are the
//! core's.

pub mod law_change;
pub mod retention;
pub mod scheduler;

use std::sync::Arc;

use chrono::{DateTime, Utc};
use musofir_law::Law;

use crate::clock::Clock;
use crate::dialogue::Stored;
use crate::i18n::I18n;
use crate::store::{Store, StoreError, UserId};

/// Waits until this instance is the one that sends reminders (at once with
/// the embedded store); `false` if `stop` came first.
pub async fn until_leader(
    store: &Store,
    stop: &mut (impl std::future::Future<Output = ()> + Unpin),
) -> bool {
    if store.is_leader() {
        return true;
    }
    let Some(mut rx) = store.leader_changes() else {
        return true;
    };
    tracing::info!("another instance sends the reminders; this one waits to take over");
    tokio::select! {
        r = rx.wait_for(|l| *l) => r.is_ok(),
        _ = stop => false,
    }
}

/// Runs work that blocks its thread for a while from async code: the
/// runtime is told, so that other tasks (the sender, updates, the stop) move
/// to another worker meanwhile. A one-thread runtime (tests) cannot: there
/// it just runs.
pub(crate) fn blocking<R>(work: impl FnOnce() -> R) -> R {
    match tokio::runtime::Handle::try_current().map(|h| h.runtime_flavor()) {
        Ok(tokio::runtime::RuntimeFlavor::MultiThread) => tokio::task::block_in_place(work),
        _ => work(),
    }
}

/// Runs store calls from async code. On PostgreSQL they are round trips
/// that block the thread: with every worker blocked, the sender stalls (its
/// sends then leave in a bunch, which Telegram answers with 429) and so does
/// every other chat; so they run [`blocking`]. The embedded store answers in
/// microseconds: inline, where moving them would cost more than it saves.
pub fn store_work<R>(store: &Store, work: impl FnOnce() -> R) -> R {
    if store.waits_on_network() {
        blocking(work)
    } else {
        work()
    }
}

/// What a job needs of the bot: the store, the law, the texts, the clock.
#[derive(Clone)]
pub struct Parts {
    pub store: Store,
    pub law: Arc<Law>,
    pub i18n: Arc<I18n>,
    pub clock: Arc<dyn Clock>,
}

/// Rebuilds the user's queued reminders from their stored session, for
/// callers without a session in hand: a user who had blocked the bot is back,
/// a new law version, the start (a step commits the plan of the session it
/// produces with it: `Store::commit_step`). Cheap: one session read, one
/// assessment and one small transaction, ~0.5 ms. Returns how many
/// reminders were queued (reminders already sent are not queued again).
pub fn replan(
    store: &Store,
    law: &Law,
    user: UserId,
    now: DateTime<Utc>,
) -> Result<usize, StoreError> {
    replan_from_store(store, law, user, now).map(|(queued, _)| queued)
}

/// [`replan`], with the session it planned from. The plan is queued only
/// over that session: a step of the user's committed meanwhile has planned
/// from newer answers, and its plan stands.
pub(crate) fn replan_from_store(
    store: &Store,
    law: &Law,
    user: UserId,
    now: DateTime<Utc>,
) -> Result<(usize, Option<crate::dialogue::Session>), StoreError> {
    match store.session(user)? {
        Stored::Some(session) => {
            let queued = store.replace_plan_from(user, &session.plan(law, now), now, &session)?;
            Ok((queued, Some(session)))
        }
        Stored::None | Stored::Unreadable => Ok((store.replace_plan(user, &[], now)?, None)),
    }
}

/// Rebuilds every user's plan (at start-up, after the law data may have
/// changed). Blocked users are skipped: they get nothing until they write.
pub fn rebuild_all(store: &Store, law: &Law, now: DateTime<Utc>) -> Result<usize, StoreError> {
    let mut users = 0;
    for user in store.users() {
        if store.delivery(user)?.blocked {
            continue;
        }
        replan(store, law, user, now)?;
        users += 1;
    }
    Ok(users)
}
