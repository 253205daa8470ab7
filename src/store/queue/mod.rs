//! The durable reminder queue.
//!
//! Trees (a user's tag is the keyed hash of their id, see the module above):
//! - `reminders_due`: `at_ms u64 BE ++ tag (16) ++ kind byte ++ lead byte`
//!   (26 bytes) -> a sealed [`Entry`]: one per deadline, keyed by its next
//!   reminder and holding the later ones (the lead days 7, 3, 1, 0 are one
//!   entry, not four); sent or skipped, it moves on to the next. Keys sort
//!   by send time, so the next reminder is the first key and everything due
//!   is one range. The send
//!   time and the kind are readable on disk (the scheduler needs the order);
//!   whose reminder it is, and the deadline's date, are not.
//! - `reminders_by_user`: `tag` -> the user's due keys, sealed (one value per
//!   user), so every change to a user's reminders — a new plan, a send,
//!   `/forget` — reads and writes it with point operations inside one
//!   transaction (the port's transactions have no range reads, as sled's
//!   have none). An index that does not decode is rebuilt from the queue,
//!   never read as empty.
//! - `reminders_sent`: `tag ++ kind byte` -> a sealed [`SentMark`]: the last
//!   reminder sent for the kind, so a rebuilt plan does not repeat it and the
//!   "overdue" message goes out once.
//!
//! Delivery: the scheduler claims due entries (in this process's memory, so
//! a replan leaves in-flight ones alone), sends, then marks each sent
//! (removing it) and makes the marks durable. A crash after a send and before
//! its mark is durable leaves the entry queued, so that one reminder is sent
//! again after the restart. Every write that adds something for a user checks,
//! in its transaction, that the user's session still exists, so nothing is
//! queued for an erased user; erasing reads the user's index in its own
//! transaction, so it removes everything queued, whatever ran concurrently.
//!
//! Files: `keys.rs` the due keys ([`KeyParts`]); `follow.rs` what follows
//! an entry that ended (its later reminders); `index.rs` each user's
//! index and its repair; `queued.rs` the entries and reading a user's queue
//! (`/reminders`); `plan.rs` replacing a user's plan (alone, or inside a
//! step's transaction: `replan_in`); `claim.rs` what is due and claiming
//! it; `delivery.rs` what follows a claim (sent, discarded, retried) and the
//! user's snooze and cancel (`snooze_in` inside a step's transaction);
//! `sent.rs` the sent marks.

mod claim;
mod delivery;
mod follow;
mod index;
mod keys;
mod plan;
mod queued;
mod sent;

pub(crate) use delivery::snooze_in;
pub(crate) use index::{
    erase_in, index_opens, index_outside, read_index, scan_for, with_index_repair, write_index,
    write_index_outside,
};
pub use keys::DUE_KEY_LEN;
pub(crate) use keys::{DueKey, KeyParts};
pub(crate) use queued::Entry;
pub use queued::Queued;
pub(crate) use sent::put_sent_mark;
pub use sent::SentMark;
