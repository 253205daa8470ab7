//! Retention: what the bot holds about a user who went silent and has no
//! deadline ahead is erased after `MUSOFIR_RETENTION_DAYS` (365 by default),
//! with one notice a week before and a button to keep it. `/privacy` says so.
//!
//! [`decide`] is the policy, a pure function; [`sweep`] applies it to every
//! user once (the shell runs it daily, [`run`]), sending notices through the
//! reminders' [`Outbox`] and erasing as `/forget` does.

use std::future::Future;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration as StdDuration;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use musofir_law::Status;

use super::scheduler::{Delivery as Sent, Outbox};
use super::Parts;
use crate::clock::MOSCOW;
use crate::dialogue::{Action, Button, Reply, Stored};
use crate::render::render;
use crate::store::{Delivery, StoreError, UserId};
use crate::text::Msg;

/// How long before erasing the notice goes out.
pub const NOTICE_DAYS: i64 = 7;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    /// Nothing to do.
    Keep,
    /// No activity was ever recorded (a store from before retention): the
    /// silence counts from now.
    Stamp,
    /// Send the notice: the data goes on `erase_on` unless the user writes.
    Notify {
        silent_days: i64,
        erase_on: NaiveDate,
    },
    Erase,
}

/// The policy. `pending`: a deadline of the user's is still ahead.
pub fn decide(days: u32, d: &Delivery, pending: bool, now: DateTime<Utc>) -> Decision {
    let Some(active) = d.active_at.and_then(|t| DateTime::from_timestamp(t, 0)) else {
        return Decision::Stamp;
    };
    if pending {
        return Decision::Keep;
    }
    let limit = Duration::days(i64::from(days));
    let notice = Duration::days(NOTICE_DAYS);
    let silent = now - active;
    let noticed = d.warned_at.and_then(|t| DateTime::from_timestamp(t, 0));
    match noticed {
        // A user who blocked the bot cannot be told.
        _ if d.blocked && silent >= limit => Decision::Erase,
        // Told at least a week ago, and the time is up.
        Some(at) if silent >= limit && now - at >= notice => Decision::Erase,
        Some(_) => Decision::Keep,
        None if !d.blocked && silent >= limit - notice => Decision::Notify {
            silent_days: silent.num_days(),
            // A notice late (the bot was down) still gives the full week.
            erase_on: (active + limit)
                .max(now + notice)
                .with_timezone(&MOSCOW)
                .date_naive(),
        },
        None => Decision::Keep,
    }
}

/// What a sweep did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub users: usize,
    pub stamped: usize,
    pub notified: usize,
    pub erased: usize,
}

/// Whether a deadline of the user's is still ahead today.
fn pending(parts: &Parts, user: UserId, now: DateTime<Utc>) -> Result<bool, StoreError> {
    let Stored::Some(session) = parts.store.session(user)? else {
        return Ok(false);
    };
    let Some(a) = session.assess(&parts.law, now) else {
        return Ok(false);
    };
    let today = now.with_timezone(&MOSCOW).date_naive();
    Ok(a.deadlines
        .iter()
        .any(|d| d.status != Status::Done && d.due >= today))
}

/// Applies the policy to every user once; stops early when `cancel` is set
/// (shutdown), leaving the rest to the next sweep.
/// `days`: `MUSOFIR_RETENTION_DAYS`.
pub async fn sweep(
    parts: &Parts,
    outbox: &impl Outbox,
    days: u32,
    now: DateTime<Utc>,
    cancel: &Arc<AtomicBool>,
) -> Result<Report, StoreError> {
    let mut report = Report::default();
    // Decisions first (a pass over the store, off the runtime), then the
    // sends and erasures.
    let scan = parts.clone();
    let stop = cancel.clone();
    let decisions = tokio::task::spawn_blocking(move || -> Result<_, StoreError> {
        let mut out = Vec::new();
        for user in scan.store.users() {
            if stop.load(Ordering::Relaxed) {
                break;
            }
            let d = scan.store.delivery(user)?;
            let pending = pending(&scan, user, now)?;
            out.push((user, decide(days, &d, pending, now)));
        }
        Ok(out)
    })
    .await
    .map_err(|e| StoreError::Io(std::io::Error::other(e.to_string())))??;
    for (user, decision) in decisions {
        if cancel.load(Ordering::Relaxed) {
            break;
        }
        report.users += 1;
        match decision {
            Decision::Keep => {}
            Decision::Stamp => {
                parts
                    .store
                    .update_delivery(user, |d| d.active_at = Some(now.timestamp()))?;
                report.stamped += 1;
            }
            Decision::Notify {
                silent_days,
                erase_on,
            } => {
                let Stored::Some(session) = parts.store.session(user)? else {
                    continue;
                };
                let reply = Reply::new(
                    Msg::new("retention-warning")
                        .num("days", silent_days)
                        .date("date", erase_on),
                )
                .row(vec![Button {
                    label: Msg::new("retention-keep"),
                    action: Action::KeepData,
                }]);
                match outbox
                    .deliver(user, render(&parts.i18n, session.lang, &reply))
                    .await
                {
                    Sent::Sent => {
                        parts
                            .store
                            .update_delivery(user, |d| d.warned_at = Some(now.timestamp()))?;
                        report.notified += 1;
                    }
                    Sent::Blocked => parts.store.set_blocked(user, true)?,
                    // Tried again at the next sweep.
                    Sent::Failed | Sent::Stopped => {}
                }
            }
            Decision::Erase => {
                parts.store.erase(user)?;
                report.erased += 1;
            }
        }
    }
    parts.store.durable().await?;
    Ok(report)
}

/// Sweeps at start and then once a day, until `stop`.
pub async fn run<O: Outbox>(parts: Parts, outbox: O, days: u32, stop: impl Future<Output = ()>) {
    tokio::pin!(stop);
    let cancel = Arc::new(AtomicBool::new(false));
    loop {
        if !super::until_leader(&parts.store, &mut stop).await {
            break;
        }
        let swept = sweep(&parts, &outbox, days, parts.clock.now(), &cancel);
        tokio::pin!(swept);
        let result = tokio::select! {
            r = &mut swept => r,
            _ = &mut stop => {
                cancel.store(true, Ordering::Relaxed);
                let _ = swept.await;
                break;
            }
        };
        match result {
            Ok(r) if r.notified + r.erased + r.stamped > 0 => tracing::info!(
                notified = r.notified,
                erased = r.erased,
                stamped = r.stamped,
                "retention sweep"
            ),
            Ok(_) => {}
            Err(e) => {
                crate::ops::METRICS.store_error("retention");
                tracing::warn!(error = %e, "the retention sweep failed");
            }
        }
        tokio::select! {
            _ = &mut stop => break,
            _ = tokio::time::sleep(StdDuration::from_secs(24 * 3600)) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(days: i64) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 1, 1, 9, 0, 0).unwrap() + Duration::days(days)
    }

    fn active(days_ago_from_zero: i64) -> Delivery {
        Delivery {
            active_at: Some(at(days_ago_from_zero).timestamp()),
            ..Delivery::default()
        }
    }

    #[test]
    fn silence_then_a_notice_then_erasure() {
        let d = active(0);
        assert_eq!(decide(365, &d, false, at(357)), Decision::Keep);
        assert_eq!(
            decide(365, &d, false, at(358)),
            Decision::Notify {
                silent_days: 358,
                erase_on: at(365).date_naive()
            }
        );
        let told = Delivery {
            warned_at: Some(at(358).timestamp()),
            ..d.clone()
        };
        assert_eq!(decide(365, &told, false, at(364)), Decision::Keep);
        assert_eq!(decide(365, &told, false, at(365)), Decision::Erase);
        // A deadline ahead keeps everything.
        assert_eq!(decide(365, &d, true, at(900)), Decision::Keep);
        // Never recorded: the count starts now.
        assert_eq!(
            decide(365, &Delivery::default(), false, at(900)),
            Decision::Stamp
        );
    }

    #[test]
    fn a_late_notice_still_gives_a_week_and_a_blocked_user_is_not_told() {
        let d = active(0);
        assert_eq!(
            decide(365, &d, false, at(400)),
            Decision::Notify {
                silent_days: 400,
                erase_on: at(407).date_naive()
            }
        );
        let told = Delivery {
            warned_at: Some(at(400).timestamp()),
            ..d.clone()
        };
        assert_eq!(decide(365, &told, false, at(406)), Decision::Keep);
        assert_eq!(decide(365, &told, false, at(407)), Decision::Erase);
        let blocked = Delivery { blocked: true, ..d };
        assert_eq!(decide(365, &blocked, false, at(360)), Decision::Keep);
        assert_eq!(decide(365, &blocked, false, at(365)), Decision::Erase);
    }
}
