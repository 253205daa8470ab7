//! What both shells share: take one input for one user, run the dialogue
//! step, store the outcome (and the reminders it plans, in one
//! transaction), render the replies.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use musofir_law::Law;

use crate::clock::{Clock, MOSCOW};
use crate::dialogue::{self, Context, Effect, Input, Next, Stored};
use crate::i18n::I18n;
use crate::reminders;
use crate::render::{render, Rendered};
use crate::store::{Commit, Requeue, Store, StoreError, StorePaths, UserId};
use crate::text::Lang;

pub struct App {
    pub store: Store,
    pub i18n: Arc<I18n>,
    pub law: Arc<Law>,
    pub clock: Arc<dyn Clock>,
    /// Days of silence after which a user with no deadline ahead is erased.
    pub retention_days: u32,
}

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    I18n(#[from] crate::i18n::I18nError),
    #[error("the law data does not load: {0}")]
    Law(#[from] musofir_law::LawError),
}

impl App {
    /// What the jobs beside the conversation need.
    pub fn parts(&self) -> crate::jobs::Parts {
        crate::jobs::Parts {
            store: self.store.clone(),
            law: self.law.clone(),
            i18n: self.i18n.clone(),
            clock: self.clock.clone(),
        }
    }
}

/// The replies to one input, ready to send.
#[derive(Debug)]
pub struct Replies {
    pub lang: Lang,
    pub messages: Vec<Rendered>,
    /// The update had taken effect already: these only show the prompt
    /// again ([`dialogue::resume`]).
    pub again: bool,
}

impl App {
    /// Opens the store and loads the texts and the law data, all validated:
    /// a broken build or a wrong key fails here, at start, not in a
    /// conversation.
    pub fn open(paths: &StorePaths, clock: Arc<dyn Clock>) -> Result<App, StartError> {
        App::with_store(Store::open(paths)?, clock)
    }

    /// The same over a store already open (PostgreSQL, tests).
    pub fn with_store(store: Store, clock: Arc<dyn Clock>) -> Result<App, StartError> {
        Ok(App {
            store,
            i18n: Arc::new(I18n::new()?),
            law: Arc::new(Law::embedded()?),
            clock,
            retention_days: crate::config::DEFAULT_RETENTION_DAYS,
        })
    }

    /// Applies one input. An update already applied (a redelivery) takes
    /// no effect again: the user is shown the prompt they are at
    /// ([`Replies::again`]), or nothing (`None`) when there is no
    /// conversation. The outcome is committed, not yet durable: the shell awaits
    /// [`Store::durable`] before it sends the replies.
    pub fn handle(
        &self,
        user: UserId,
        update_id: Option<u32>,
        lang_hint: Option<Lang>,
        input: Input,
    ) -> Result<Option<Replies>, StoreError> {
        let now = self.clock.now();
        let ctx = Context {
            now,
            today: self.clock.today_in(MOSCOW),
            lang_hint,
            law: &self.law,
            retention_days: self.retention_days,
            queue: None,
        };
        if let Some(id) = update_id {
            if self.store.seen(id)? {
                return self.resume(user, &ctx);
            }
        }
        let lists_reminders = dialogue::shows_reminders(&input);
        // The list shows what is queued: loaded before the step, so that a
        // step that changes no plan (`/reminders` itself) lists it as it is,
        // with one assessment.
        let before = if lists_reminders {
            Some(self.pending(user)?)
        } else {
            None
        };
        let ctx = Context {
            queue: before.as_deref(),
            ..ctx
        };
        // Read, step, store only over what was read: another instance may
        // take an update of the same user meanwhile; then step again from
        // what it stored. Contention is two updates at once, so a few
        // rounds always settle it.
        let mut rounds = 0;
        // Set when the store finds the user back after blocking the bot.
        let mut back = false;
        let (mut outcome, requeued) = loop {
            rounds += 1;
            let (stored, version) = self.store.session_versioned(user)?;
            // What the plan depends on, before the step.
            let planned_from = match &stored {
                Stored::Some(s) => Some((s.answers.clone(), s.reminders.clone())),
                _ => None,
            };
            let outcome = dialogue::step(stored, input.clone(), &ctx);
            // Made again each round: it follows the session this round
            // stores.
            let requeue = self.requeue(&outcome, planned_from.filter(|_| !back), now);
            // State is stored before anything is sent, the queue with it in
            // one transaction: a crash after this point loses at most the
            // replies, never the user's answers or the reminders they plan.
            match self.store.commit_step(
                user,
                update_id,
                &outcome.next,
                now.timestamp(),
                version,
                requeue.as_ref(),
            )? {
                Commit::Applied => break (outcome, requeue.is_some()),
                Commit::Duplicate => return self.resume(user, &ctx),
                Commit::Stale if rounds < 16 => continue,
                Commit::Stale => return Err(StoreError::Aborted(crate::store::Abort::Stale)),
                // Blocking cancelled their reminders: plan them with this step.
                Commit::Unplanned if !back => {
                    back = true;
                    continue;
                }
                // A step planned from no earlier answers always has a plan.
                Commit::Unplanned => {
                    return Err(StoreError::Aborted(crate::store::Abort::Unplanned))
                }
            }
        };
        if lists_reminders && requeued {
            if let Next::Save(session) = &outcome.next {
                // The queue changed with this step: the list shows it as it
                // is now.
                let queue = self.pending(user)?;
                let ctx = Context {
                    queue: Some(&queue),
                    ..ctx.clone()
                };
                let fresh = dialogue::reminders_view(session, &ctx);
                for r in outcome.replies.iter_mut() {
                    if r.paragraphs.first().map(|m| m.id.as_ref()) == Some("reminder-list-title") {
                        *r = fresh.clone().placed(r.place);
                    }
                }
            }
        }
        let messages = outcome
            .replies
            .iter()
            .flat_map(|r| render(&self.i18n, outcome.lang, r))
            .collect();
        Ok(Some(Replies {
            lang: outcome.lang,
            messages,
            again: false,
        }))
    }

    /// What the step does to the user's queue (`None`: nothing). The plan
    /// follows the answers and the reminder settings, from the session the
    /// step stores; a step that changed neither (a command, a view, junk)
    /// leaves it as it is. `before`: the answers and reminder settings the
    /// step started from (`None`: no session).
    fn requeue(
        &self,
        outcome: &dialogue::Outcome,
        before: Option<(dialogue::Answers, dialogue::ReminderSettings)>,
        now: DateTime<Utc>,
    ) -> Option<Requeue> {
        let Next::Save(session) = &outcome.next else {
            return None;
        };
        let changed = before.is_none_or(|(a, r)| a != session.answers || r != session.reminders);
        let plan = changed.then(|| session.plan(&self.law, now));
        let snoozes: Vec<_> = outcome
            .effects
            .iter()
            .map(|effect| match effect {
                Effect::Snooze(kind) => {
                    let tz = reminders::zone(session.answers.region);
                    (*kind, reminders::plan::tomorrow_at(tz, now))
                }
            })
            .collect();
        (plan.is_some() || !snoozes.is_empty()).then_some(Requeue { now, plan, snoozes })
    }

    /// The user's queue as `/reminders` lists it.
    fn pending(&self, user: UserId) -> Result<Vec<reminders::Pending>, StoreError> {
        self.store.pending(user)
    }

    /// An update that took effect already: the prompt again, nothing stored.
    fn resume(&self, user: UserId, ctx: &Context<'_>) -> Result<Option<Replies>, StoreError> {
        let stored = self.store.session(user)?;
        Ok(dialogue::resume(&stored, ctx).map(|(lang, reply)| Replies {
            lang,
            messages: render(&self.i18n, lang, &reply),
            again: true,
        }))
    }
}
