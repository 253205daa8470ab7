//! Flood control: Telegram's send limits as token buckets, one per chat and one overall.
//! Off unless a test sets them ([`FakeApi::set_flood`](super::FakeApi::set_flood)); then
//! a sendMessage over them gets 429 "Too Many Requests: retry after N".

use std::collections::HashMap;
use std::time::Instant;

use super::state::Fail;

/// Telegram's send limits, enforced on sendMessage when set: token buckets
/// per chat and overall; a send over them gets 429 with `retry_after`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Flood {
    pub chat_rate: f64,
    pub chat_burst: f64,
    pub global_rate: f64,
    pub global_burst: f64,
}

impl Flood {
    /// About Telegram's: 1/s per chat with bursts of 3, 30/s overall.
    pub fn telegram() -> Flood {
        Flood {
            chat_rate: 1.0,
            chat_burst: 3.0,
            global_rate: 30.0,
            global_burst: 30.0,
        }
    }
}

/// A bucket: tokens left, and when it was last refilled.
type Bucket = (f64, Instant);

/// The limits in force and their buckets.
pub(super) struct Limits {
    flood: Option<Flood>,
    chats: HashMap<i64, Bucket>,
    global: Bucket,
    /// How many sends the limits refused with 429.
    pub(super) refused: usize,
    /// Of those, how many the chat's bucket refused (the rest: the overall one).
    pub(super) refused_chat: usize,
}

impl Limits {
    /// No limits.
    pub(super) fn new() -> Limits {
        Limits {
            flood: None,
            chats: HashMap::new(),
            global: (0.0, Instant::now()),
            refused: 0,
            refused_chat: 0,
        }
    }

    /// Puts `flood` in force (`None`: no limits) with full buckets.
    pub(super) fn set(&mut self, flood: Option<Flood>) {
        self.flood = flood;
        self.chats.clear();
        self.global = (flood.map_or(0.0, |f| f.global_burst), Instant::now());
    }

    /// Takes a token for one send to `chat`, or refuses it with 429 and how long to wait.
    /// A refused send spends no token of the chat's.
    pub(super) fn take(&mut self, chat: i64) -> Result<(), Fail> {
        let Some(f) = self.flood else {
            return Ok(());
        };
        let bucket = self
            .chats
            .entry(chat)
            .or_insert((f.chat_burst, Instant::now()));
        let chat_ok = take_token(bucket, f.chat_rate, f.chat_burst);
        let global_ok = match chat_ok {
            Ok(()) => take_token(&mut self.global, f.global_rate, f.global_burst),
            Err(_) => Ok(()),
        };
        let Err(wait) = chat_ok.and(global_ok) else {
            return Ok(());
        };
        if chat_ok.is_ok() {
            bucket.0 += 1.0;
        }
        self.refused += 1;
        self.refused_chat += usize::from(chat_ok.is_err());
        let secs = wait.ceil().max(1.0) as u32;
        Err(Fail {
            code: 429,
            description: format!("Too Many Requests: retry after {secs}"),
            retry_after: Some(secs),
            external: true,
        })
    }
}

/// Takes one token from a bucket, or says how long until there is one.
fn take_token(bucket: &mut Bucket, rate: f64, burst: f64) -> Result<(), f64> {
    let now = Instant::now();
    let refill = now.duration_since(bucket.1).as_secs_f64() * rate;
    bucket.0 = (bucket.0 + refill).min(burst);
    bucket.1 = now;
    if bucket.0 >= 1.0 {
        bucket.0 -= 1.0;
        Ok(())
    } else {
        Err((1.0 - bucket.0) / rate)
    }
}
