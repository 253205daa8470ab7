//! The integration tests, one binary (compiled and linked once), one module
//! per area. They need no network and no `../shared`: the bot talks to a
//! fake Bot API (`support::fake_api`). Benchmarks are `#[ignore]`d tests
//! here: BENCHMARKS.md says how to run each.

// A test fails by unwrapping, expecting or panicking.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

mod deadlines_cli;
mod dialogue;
mod explain;
mod faq;
mod first_screen;
mod fuzz;
mod guidance;
mod i18n;
mod in_place;
mod input;
mod input_telegram;
mod instances;
mod interview;
mod law_change;
mod layers;
mod load;
mod migrate;
mod on_disk;
mod pg_tls;
mod reminder_load;
mod reminders;
mod reminders_bench;
mod reminders_telegram;
mod retention;
mod scale_bench;
mod situations;
mod situations_telegram;
mod store_bench;
mod store_keys;
mod store_port;
mod telegram;
mod user_pays;
