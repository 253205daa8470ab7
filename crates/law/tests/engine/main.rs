//! The engine's test suite, in one binary to keep builds fast.

// A test or benchmark fails by unwrapping, expecting or panicking.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

mod advice;
mod calendar;
mod counting;
mod data;
mod diff;
mod obligations;
mod offices;
mod profile;
mod properties;
mod risks;
mod situations;
