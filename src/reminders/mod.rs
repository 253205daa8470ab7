//! Reminders before every deadline: the plan (pure, [`plan`]), the durable
//! queue (in `store`), the texts ([`message`]) and the task that sends them
//! ([`scheduler`]).
//!
//! What the rest of the bot calls:
//! - after a step changed a user's answers or reminder settings (or the user
//!   came back after blocking the bot): [`replan`];
//! - at start-up, after the law data may have changed: [`rebuild_all`];
//! - beside the dispatcher: [`scheduler::run`];
//! - `/reminders`: [`message::list`] with [`Store::planned`](crate::store::Store::planned).

pub mod law_change;
pub mod message;
pub mod plan;
pub mod scheduler;

use chrono::{DateTime, Utc};
use musofir_law::{Assessment, DeadlineKind, Law};
use serde::{Deserialize, Serialize};

pub use plan::{plan, zone, Planned};

use crate::dialogue::{Session, Stored};
use crate::store::{Store, StoreError, UserId};

/// What a user chose about reminders.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// Days before a deadline to remind (0 = on the day).
    #[serde(default = "default_leads")]
    pub lead_days: Vec<u8>,
    /// Kinds the user switched off.
    #[serde(default)]
    pub off: Vec<DeadlineKind>,
}

pub fn default_leads() -> Vec<u8> {
    vec![7, 3, 1, 0]
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            lead_days: default_leads(),
            off: Vec::new(),
        }
    }
}

impl Settings {
    pub fn is_on(&self, kind: DeadlineKind) -> bool {
        !self.off.contains(&kind)
    }

    /// Switches a kind off, or back on ("Stop these reminders", `/reminders`).
    pub fn toggle(&mut self, kind: DeadlineKind) {
        if self.is_on(kind) {
            self.off.push(kind);
        } else {
            self.off.retain(|k| *k != kind);
        }
    }

    /// The lead days in use: each once, at most [`plan::MAX_LEAD_DAYS`], largest first.
    pub fn leads(&self) -> Vec<u8> {
        let mut v: Vec<u8> = self
            .lead_days
            .iter()
            .copied()
            .filter(|d| *d <= plan::MAX_LEAD_DAYS)
            .collect();
        v.sort_unstable_by(|a, b| b.cmp(a));
        v.dedup();
        v
    }
}

/// The session's assessment today (in the user's zone), if the answers give
/// a profile and the law engine accepts it.
pub fn assess(session: &Session, law: &Law, now: DateTime<Utc>) -> Option<Assessment> {
    let profile = session.profile()?;
    let today = now.with_timezone(&zone(profile.region)).date_naive();
    match musofir_law::assess(&profile, today, law) {
        Ok(a) => Some(a),
        Err(e) => {
            // The error names a field or a rule, never the user's values.
            tracing::warn!(error = %e, "a profile could not be assessed for reminders");
            None
        }
    }
}

/// The plan for a session, timed in the user's zone.
pub fn plan_for(session: &Session, law: &Law, now: DateTime<Utc>) -> Vec<Planned> {
    let Some(profile) = session.profile() else {
        return Vec::new();
    };
    let Some(a) = assess(session, law, now) else {
        return Vec::new();
    };
    plan::plan_in(&a, &session.reminders, zone(profile.region), now)
}

/// Rebuilds the user's queued reminders from their stored session. Call it
/// after every committed step that changed the answers or the reminder
/// settings, or when a user who had blocked the bot writes again (cheap: one
/// assessment and one small transaction, ~0.5 ms). Returns how many
/// reminders were queued (reminders already sent are not queued again).
pub fn replan(
    store: &Store,
    law: &Law,
    user: UserId,
    now: DateTime<Utc>,
) -> Result<usize, StoreError> {
    match store.session(user)? {
        Stored::Some(session) => store.replace_plan(user, &plan_for(&session, law, now), now),
        Stored::None | Stored::Unreadable => store.replace_plan(user, &[], now),
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
