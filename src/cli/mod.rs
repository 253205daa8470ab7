//! Command-line tools beside the bot. Each command is a function over its
//! arguments and standard streams, returning the exit code, so tests run it
//! in-process.

pub mod deadlines;
pub mod law_diff;
pub mod migrate;
