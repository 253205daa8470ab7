//! A new version of the law data (or of the planning): every user's reminders
//! are planned again, and everyone whose deadlines it changes is told once —
//! what changed, old → new, with the rule's source — and nobody else hears a
//! thing. With the same version nothing runs: a start-up does not grow with
//! the number of users.
//!
//! The store keeps the fingerprint of the version the current plans were made
//! with and that version's law texts (meta `plan_version`, `law_sources`), so
//! the old assessment can be compared with the new one. The pass is resumable
//! (meta `replan_job`: the target version and the last user done, saved every
//! few hundred users and after each notice) and stops at once when asked: a
//! SIGTERM never waits for it. A crash between a notice and its save repeats
//! that one notice (at least once, as reminders).

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use chrono::{DateTime, Utc};
use musofir_law::{diff_assessments, Law, Sources, UserChange};
use serde::{Deserialize, Serialize};

use super::scheduler::{Delivery, Outbox};
use super::Parts;
use crate::dialogue::{Reply, Stored};
use crate::explain::ru_citation;
use crate::guidance::deadline_title_id;
use crate::render::render;
use crate::store::{StoreError, Tag, UserId};
use crate::text::Msg;

/// Bump when `plan.rs` or the queue's layout changes what is queued: every
/// plan is made again at start. 2: one queue entry per deadline (its later
/// reminders inside); a binary of version 1 started on such a store (a
/// rollback) sees another version and plans everyone again in its layout.
pub const PLAN_VERSION: u32 = 2;

const VERSION_KEY: &str = "plan_version";
const SOURCES_KEY: &str = "law_sources";
const JOB_KEY: &str = "replan_job";
/// Users per batch read from the store, and between two saves of the cursor.
const BATCH: usize = 500;
/// Users planned at once (more make concurrent plans on PostgreSQL conflict
/// and retry more than they gain).
const WORKERS: usize = 4;

/// The law texts as stored (owned: read back from the store).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LawTexts {
    pub rules: String,
    pub calendar: String,
    pub offices: String,
}

impl From<Sources> for LawTexts {
    fn from(s: Sources) -> LawTexts {
        LawTexts {
            rules: s.rules.into(),
            calendar: s.calendar.into(),
            offices: s.offices.into(),
        }
    }
}

impl LawTexts {
    /// These texts as an older version of the law data, read against this
    /// binary's own (see [`LawTexts::parse_against`]).
    pub fn parse(&self) -> Option<Law> {
        match Law::embedded() {
            Ok(current) => self.parse_against(&current),
            Err(e) => {
                tracing::warn!("the embedded law data does not load: {e}");
                None
            }
        }
    }

    /// These texts as an older version of `current`: a rule the engine now
    /// requires that they lack takes the current definition (it did not exist
    /// then, so it cannot have changed); anything else that does not load is
    /// logged and gives None.
    pub fn parse_against(&self, current: &Law) -> Option<Law> {
        match Law::from_older_toml(&self.rules, &self.calendar, &self.offices, current) {
            Ok(older) => {
                if !older.filled.is_empty() {
                    tracing::info!(
                        filled = older.filled.len(),
                        "the previous law data lacks {} rule ids the engine requires, taken from the current version: {}",
                        older.filled.len(),
                        older.filled.join(", ")
                    );
                }
                Some(older.law)
            }
            Err(e) => {
                tracing::warn!(
                    "the previous law data does not load, nobody is told what changed: {e}"
                );
                None
            }
        }
    }

    /// What a plan depends on: these texts and the planning itself.
    pub fn fingerprint(&self) -> String {
        let mut h = blake3::Hasher::new();
        h.update(&PLAN_VERSION.to_be_bytes());
        for part in [&self.rules, &self.calendar, &self.offices] {
            h.update(&(part.len() as u64).to_be_bytes());
            h.update(part.as_bytes());
        }
        h.finalize().to_hex().to_string()
    }
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
struct Job {
    to: String,
    /// The last user done, as their tag in hex.
    #[serde(default)]
    after: Option<String>,
}

/// What a pass did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub replanned: usize,
    pub notified: usize,
    /// The pass reached the end (false: stopped, to resume at the next start).
    pub done: bool,
    /// Nothing had changed: no pass at all.
    pub unchanged: bool,
}

fn hex(t: &Tag) -> String {
    t.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(s: &str) -> Option<Tag> {
    let mut t = [0u8; 16];
    if s.len() != 32 {
        return None;
    }
    for (i, b) in t.iter_mut().enumerate() {
        *b = u8::from_str_radix(s.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(t)
}

/// What the user is told, or nothing when nothing they would see changed.
pub fn notice(changes: &[UserChange], law: &Law) -> Option<Reply> {
    let notable: Vec<&UserChange> = changes.iter().filter(|c| c.is_notable()).collect();
    if notable.is_empty() {
        return None;
    }
    let mut reply = Reply::new(Msg::new("lawchange-head").date("as_of", law.as_of()));
    for c in notable {
        let what = |k| Msg::new(deadline_title_id(k));
        let (line, basis) = match c {
            UserChange::DateMoved {
                kind,
                old,
                new,
                basis,
            } => (
                Msg::new("lawchange-date-moved")
                    .msg("what", what(*kind))
                    .date("old", *old)
                    .date("new", *new),
                basis,
            ),
            UserChange::NewObligation { kind, due, basis } => (
                Msg::new("lawchange-new")
                    .msg("what", what(*kind))
                    .date("due", *due),
                basis,
            ),
            UserChange::ObligationGone { kind, basis, .. } => {
                (Msg::new("lawchange-gone").msg("what", what(*kind)), basis)
            }
            UserChange::AmountChanged {
                kind,
                old: Some(old),
                new: Some(new),
                basis,
            } => (
                Msg::new("lawchange-amount")
                    .msg("what", what(*kind))
                    .rub("old", i64::from(*old))
                    .rub("new", i64::from(*new)),
                basis,
            ),
            UserChange::FineChanged {
                kind,
                new: Some((min, max)),
                basis,
                ..
            } => (
                Msg::new("lawchange-fine")
                    .msg("what", what(*kind))
                    .rub("min", i64::from(*min))
                    .rub("max", i64::from(*max)),
                basis,
            ),
            UserChange::AmountChanged { kind, basis, .. }
            | UserChange::FineChanged { kind, basis, .. } => {
                (Msg::new("lawchange-other").msg("what", what(*kind)), basis)
            }
            UserChange::CertaintyChanged {
                kind,
                new_uncertain,
                basis,
                ..
            } => (
                Msg::new(if *new_uncertain {
                    "lawchange-now-uncertain"
                } else {
                    "lawchange-now-certain"
                })
                .msg("what", what(*kind)),
                basis,
            ),
            UserChange::RiskAdded { basis, .. } => (Msg::new("lawchange-risk-added"), basis),
            UserChange::RiskGone { basis, .. } => (Msg::new("lawchange-risk-gone"), basis),
        };
        reply = reply
            .then(line)
            .then(Msg::new("lawchange-source").str("source", ru_citation(&basis.source)));
    }
    Some(reply.then("lawchange-foot"))
}

/// What phase one of a batch did for a user.
enum Prepared {
    /// Blocked the bot: nothing planned, nothing to tell.
    Blocked,
    /// Planned again; the notice to send, if the change concerns them.
    Planned(Option<(Reply, crate::text::Lang)>),
}

/// Plans the user again under the current law and works out their notice
/// (from one read of their session).
fn prepare(parts: &Parts, user: UserId, old: Option<&Law>) -> Result<Prepared, StoreError> {
    let store = &parts.store;
    if store.delivery(user)?.blocked {
        return Ok(Prepared::Blocked);
    }
    let now = parts.clock.now();
    let (_, Some(session)) = super::replan_from_store(store, &parts.law, user, now)? else {
        return Ok(Prepared::Planned(None));
    };
    let notice = old.and_then(|old| {
        let before = session.assess(old, now)?;
        let after = session.assess(&parts.law, now)?;
        notice(&diff_assessments(&before, &after), &parts.law).map(|r| (r, session.lang))
    });
    Ok(Prepared::Planned(notice))
}

/// Phase one of a batch: every user planned and their notice worked out,
/// by [`WORKERS`] threads (a plan on PostgreSQL waits on the network most of
/// its time). A user left out because of `cancel` is `None`, and so is every
/// user after them in the result's order as far as the cursor is concerned.
fn prepare_batch(
    parts: &Parts,
    users: &[UserId],
    old: Option<&Law>,
    cancel: &AtomicBool,
) -> Result<Vec<Option<Prepared>>, StoreError> {
    let next = AtomicUsize::new(0);
    let results: Vec<std::sync::Mutex<Option<Result<Prepared, StoreError>>>> =
        users.iter().map(|_| std::sync::Mutex::new(None)).collect();
    std::thread::scope(|s| {
        for _ in 0..WORKERS.min(users.len()) {
            s.spawn(|| loop {
                if cancel.load(Ordering::Relaxed) {
                    break;
                }
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(&user) = users.get(i) else { break };
                let r = prepare(parts, user, old);
                let failed = r.is_err();
                if let Ok(mut slot) = results[i].lock() {
                    *slot = Some(r);
                }
                if failed {
                    break;
                }
            });
        }
    });
    results
        .into_iter()
        .map(|m| m.into_inner().ok().flatten().transpose())
        .collect()
}

/// Brings every plan up to this binary's law data. `cancel` stops it between
/// two users; it resumes at the next start.
pub async fn run(
    parts: &Parts,
    outbox: &impl Outbox,
    cancel: &AtomicBool,
) -> Result<Report, StoreError> {
    let store = &parts.store;
    let texts = LawTexts::from(Law::embedded_sources());
    let version = texts.fingerprint();
    let job: Option<Job> = store
        .meta(JOB_KEY)?
        .and_then(|v| serde_json::from_slice(&v).ok());
    let stored_version = store
        .meta(VERSION_KEY)?
        .map(|v| String::from_utf8_lossy(&v).into_owned());
    if stored_version.as_deref() == Some(version.as_str()) && job.is_none() {
        return Ok(Report {
            done: true,
            unchanged: true,
            ..Report::default()
        });
    }
    // The version the current plans were made with: its users are told what
    // changes. None for a new or upgraded store: plans only, no notices.
    let old_law = match stored_version {
        Some(_) => store
            .meta(SOURCES_KEY)?
            .and_then(|v| serde_json::from_slice::<LawTexts>(&v).ok())
            .and_then(|t| t.parse_against(&parts.law)),
        None => None,
    };
    let mut job = match job {
        Some(j) if j.to == version => j,
        _ => Job {
            to: version.clone(),
            after: None,
        },
    };
    let save =
        |job: &Job| store.set_meta(JOB_KEY, Some(&serde_json::to_vec(job).unwrap_or_default()));
    save(&job)?;
    let mut report = Report::default();
    loop {
        let after = job.after.as_deref().and_then(unhex);
        let batch = store.users_after(after, BATCH)?;
        if batch.is_empty() {
            break;
        }
        let users: Vec<UserId> = batch.iter().map(|(_, u)| *u).collect();
        // A batch blocks its thread for a while (on PostgreSQL, seconds).
        let prepared = super::blocking(|| prepare_batch(parts, &users, old_law.as_ref(), cancel))?;
        // Phase two, in the store's order: the notices go out one by one and
        // the cursor moves only past users whose work is done, so a stop
        // resumes at the first user not done (those after it are planned
        // again, which changes nothing).
        for ((tag, user), done) in batch.into_iter().zip(prepared) {
            let Some(done) = done.filter(|_| !cancel.load(Ordering::Relaxed)) else {
                save(&job)?;
                store.durable().await?;
                return Ok(report);
            };
            if let Prepared::Planned(notice) = done {
                report.replanned += 1;
                if let Some((reply, lang)) = notice {
                    match outbox
                        .deliver(user, render(&parts.i18n, lang, &reply))
                        .await
                    {
                        Delivery::Sent => report.notified += 1,
                        Delivery::Blocked => store.set_blocked(user, true)?,
                        // Given up because the bot is stopping: told at the
                        // next start (the cursor stays before this user).
                        Delivery::Stopped => {
                            save(&job)?;
                            store.durable().await?;
                            return Ok(report);
                        }
                        Delivery::Failed if cancel.load(Ordering::Relaxed) => {
                            save(&job)?;
                            store.durable().await?;
                            return Ok(report);
                        }
                        Delivery::Failed => {
                            tracing::warn!("a law-change notice could not be delivered");
                        }
                    }
                    job.after = Some(hex(&tag));
                    save(&job)?;
                    store.durable().await?;
                    continue;
                }
            }
            job.after = Some(hex(&tag));
        }
        save(&job)?;
        tokio::task::yield_now().await;
    }
    store.set_meta(VERSION_KEY, Some(version.as_bytes()))?;
    store.set_meta(
        SOURCES_KEY,
        Some(&serde_json::to_vec(&texts).unwrap_or_default()),
    )?;
    store.set_meta(JOB_KEY, None)?;
    store.durable().await?;
    report.done = true;
    Ok(report)
}

/// Counts, for `musofir law diff`: how many stored users a change of the law
/// data from `old` to `new` would tell something (no user data is printed).
pub fn affected(
    parts: &Parts,
    old: &Law,
    new: &Law,
    now: DateTime<Utc>,
) -> Result<(usize, usize), StoreError> {
    let (mut users, mut affected) = (0, 0);
    for user in parts.store.users() {
        users += 1;
        let Stored::Some(session) = parts.store.session(user)? else {
            continue;
        };
        let (Some(before), Some(after)) = (session.assess(old, now), session.assess(new, now))
        else {
            continue;
        };
        if diff_assessments(&before, &after)
            .iter()
            .any(|c| c.is_notable())
        {
            affected += 1;
        }
    }
    Ok((users, affected))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip_as_hex() {
        let t = [0xab; 16];
        assert_eq!(unhex(&hex(&t)), Some(t));
        assert_eq!(unhex("zz"), None);
    }

    #[test]
    fn the_fingerprint_follows_every_text() {
        let a = LawTexts::from(Law::embedded_sources());
        let mut b = a.clone();
        b.offices.push(' ');
        assert_ne!(a.fingerprint(), b.fingerprint());
        assert_eq!(a.fingerprint(), a.clone().fingerprint());
        assert!(a.parse().is_some());
    }
}
