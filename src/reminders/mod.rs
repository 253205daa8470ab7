//! Reminders before every deadline: when to remind a user of what. Pure
//! ([`plan`]): an assessment, the user's choices and `now` in, the reminder
//! times out. The queue that holds them is in `store`, their texts in
//! `dialogue::reminder_messages`, the task that sends them in
//! `jobs::scheduler`.

pub mod plan;

pub use plan::{zone, Pending, Planned, MAX_LEAD_DAYS};
