//! Musofir: a Telegram assistant for migrant workers in Russia.
//!
//! The core (`dialogue`, `text`, and the `musofir_law` crate) is pure; the
//! shells (`telegram`, `console`) and the adapters (`store`, `i18n`) do the I/O.
//! See ARCHITECTURE.md.

pub mod app;
pub mod cli;
pub mod clock;
pub mod config;
pub mod console;
pub mod dialogue;
pub mod explain;
pub mod faq;
pub mod guidance;
pub mod i18n;
pub mod jobs;
pub mod ops;
pub mod reminders;
pub mod render;
pub mod store;
pub mod telegram;
pub mod text;
