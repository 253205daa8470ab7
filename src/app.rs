//! What both shells share: take one input for one user, run the dialogue
//! step, store the outcome, render the replies.

use std::sync::Arc;

use musofir_law::Law;

use crate::clock::{Clock, MOSCOW};
use crate::dialogue::{self, Context, Input};
use crate::i18n::I18n;
use crate::render::{render, Rendered};
use crate::store::{Commit, Store, StoreError, UserId};
use crate::text::Lang;

pub struct App {
    pub store: Store,
    pub i18n: I18n,
    pub law: Law,
    pub clock: Arc<dyn Clock>,
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

/// The replies to one input, ready to send.
#[derive(Debug)]
pub struct Replies {
    pub lang: Lang,
    pub messages: Vec<Rendered>,
}

impl App {
    /// Opens the store in `dir` and loads the texts and the law data, all
    /// validated: a broken build fails here, at start, not in a conversation.
    pub fn open(dir: &std::path::Path, clock: Arc<dyn Clock>) -> Result<App, StartError> {
        Ok(App {
            store: Store::open(dir)?,
            i18n: I18n::new()?,
            law: Law::embedded()?,
            clock,
        })
    }

    /// Applies one input. Returns `None` when the update was already applied
    /// (a redelivery): it must take effect, and be answered, only once.
    pub fn handle(
        &self,
        user: UserId,
        update_id: Option<u32>,
        lang_hint: Option<Lang>,
        input: Input,
    ) -> Result<Option<Replies>, StoreError> {
        if let Some(id) = update_id {
            if self.store.seen(id)? {
                return Ok(None);
            }
        }
        let stored = self.store.session(user)?;
        let ctx = Context {
            today: self.clock.today_in(MOSCOW),
            lang_hint,
            law: &self.law,
        };
        let outcome = dialogue::step(stored, input, &ctx);
        // State is stored before anything is sent: a crash after this point
        // loses at most the replies, never the user's answers.
        let now = self.clock.now().timestamp();
        if self.store.commit(user, update_id, &outcome.next, now)? == Commit::Duplicate {
            return Ok(None);
        }
        let messages = outcome
            .replies
            .iter()
            .flat_map(|r| render(&self.i18n, outcome.lang, r))
            .collect();
        Ok(Some(Replies {
            lang: outcome.lang,
            messages,
        }))
    }
}
