//! The engine's test suite, in one binary to keep builds fast.

mod common;

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
