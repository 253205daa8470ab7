//! Telegram's send limits as GCRA buckets (the generic cell rate algorithm:
//! one "theoretical arrival time" per bucket).
//!
//! Own code rather than `governor`: the sender must ask "may this chat send,
//! and may the bot send, now?" and take both tokens only when both say yes;
//! governor's checks take a token whenever they succeed and cannot peek, so a
//! chat's token would be spent while the global bucket said no. Time is an
//! argument (tokio's clock in the sender, so tests run on paused time).

use std::time::Duration;

use tokio::time::Instant;

/// Sends per second overall and per private chat, with the bursts Telegram
/// tolerates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Limits {
    /// Messages per second over all chats (Telegram: about 30).
    pub overall_per_sec: f64,
    /// Messages the overall bucket may send at once after a quiet spell.
    pub overall_burst: u32,
    /// Messages per second to one private chat (Telegram: about 1).
    pub chat_per_sec: f64,
    /// Messages one chat may get at once (a reply of two or three parts).
    pub chat_burst: u32,
    /// Of the overall burst, sends kept for replies: a reminder goes only
    /// while the overall bucket could still send this many at once, so a
    /// reply beside a stream of reminders goes at once rather than in the
    /// next free slot. Reminders still get the whole rate replies leave.
    pub reply_reserve: u32,
}

impl Default for Limits {
    /// Telegram's limits less 5%: requests reach Telegram a little earlier or
    /// later than they leave, and two sends exactly one interval apart may
    /// arrive closer than that.
    fn default() -> Limits {
        Limits {
            overall_per_sec: 28.5,
            overall_burst: 25,
            chat_per_sec: 0.95,
            chat_burst: 3,
            reply_reserve: 5,
        }
    }
}

impl Limits {
    /// Limits so high that tests never wait on them.
    pub fn unlimited() -> Limits {
        Limits {
            overall_per_sec: 1e6,
            overall_burst: 1_000_000,
            chat_per_sec: 1e6,
            chat_burst: 1_000_000,
            reply_reserve: 0,
        }
    }
}

/// One bucket: `rate` sends per second, `burst` at once.
#[derive(Clone, Copy, Debug)]
pub struct Gcra {
    interval: Duration,
    tolerance: Duration,
    /// When the bucket is empty again if nothing more is sent.
    tat: Option<Instant>,
}

impl Gcra {
    pub fn new(per_sec: f64, burst: u32) -> Gcra {
        let interval = Duration::from_secs_f64(1.0 / per_sec.max(1e-3));
        Gcra {
            interval,
            tolerance: interval * burst.max(1).saturating_sub(1),
            tat: None,
        }
    }

    /// When a send is next allowed (`now` or later).
    pub fn ready_at(&self, now: Instant) -> Instant {
        self.ready_at_keeping(now, 0)
    }

    /// When a send is next allowed that leaves `keep` more sends of the
    /// burst for others (`now` or later). The rate is the same: with the
    /// burst spent, each interval still allows one send.
    pub fn ready_at_keeping(&self, now: Instant, keep: u32) -> Instant {
        let tolerance = self
            .tolerance
            .saturating_sub(self.interval.saturating_mul(keep));
        match self.tat {
            Some(tat) if tat > now + tolerance => tat - tolerance,
            _ => now,
        }
    }

    pub fn ready(&self, now: Instant) -> bool {
        self.ready_at(now) <= now
    }

    /// Records a send at `now` (call only when [`Gcra::ready`]).
    pub fn take(&mut self, now: Instant) {
        let base = match self.tat {
            Some(tat) if tat > now => tat,
            _ => now,
        };
        self.tat = Some(base + self.interval);
    }

    /// Whether the bucket is back to full at `now` (it can be forgotten).
    pub fn idle(&self, now: Instant) -> bool {
        self.tat.is_none_or(|tat| tat <= now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_then_the_rate() {
        let t0 = Instant::now();
        let mut g = Gcra::new(1.0, 3);
        for _ in 0..3 {
            assert!(g.ready(t0));
            g.take(t0);
        }
        assert!(!g.ready(t0));
        assert_eq!(g.ready_at(t0), t0 + Duration::from_secs(1));
        let t1 = t0 + Duration::from_secs(1);
        assert!(g.ready(t1));
        g.take(t1);
        assert!(!g.ready(t1 + Duration::from_millis(999)));
        assert!(g.ready(t1 + Duration::from_secs(1)));
        assert!(!g.idle(t1 + Duration::from_secs(1)));
        assert!(g.idle(t1 + Duration::from_secs(3)));
    }

    #[test]
    fn keeping_some_of_the_burst_leaves_the_rate() {
        let t0 = Instant::now();
        let mut g = Gcra::new(10.0, 5);
        // Only three of the five at once while two are kept...
        let mut n = 0;
        while g.ready_at_keeping(t0, 2) <= t0 {
            g.take(t0);
            n += 1;
        }
        assert_eq!(n, 3);
        // ...which the others may still take.
        assert!(g.ready(t0));
        g.take(t0);
        g.take(t0);
        assert!(!g.ready(t0));
        // From then on, one an interval for either.
        let t1 = g.ready_at_keeping(t0, 2);
        assert_eq!(t1, t0 + Duration::from_millis(300));
        g.take(t1);
        assert_eq!(g.ready_at_keeping(t1, 2), t1 + Duration::from_millis(100));
        // Keeping more than the burst: still the rate.
        assert_eq!(g.ready_at_keeping(t1, 99), g.ready_at_keeping(t1, 4));
    }

    #[test]
    fn thirty_a_second_never_more_in_any_second() {
        let t0 = Instant::now();
        let mut g = Gcra::new(30.0, 30);
        let mut sent = Vec::new();
        let mut now = t0;
        while now < t0 + Duration::from_secs(5) {
            if g.ready(now) {
                g.take(now);
                sent.push(now);
            } else {
                now = g.ready_at(now);
            }
        }
        for (i, a) in sent.iter().enumerate() {
            let within = sent[i..]
                .iter()
                .take_while(|b| **b < *a + Duration::from_secs(1))
                .count();
            // A full burst plus what refills during that second.
            assert!(within <= 30 + 30, "{within}");
        }
        // Sustained: about 30 a second after the first burst.
        assert!((150..=185).contains(&sent.len()), "{}", sent.len());
    }
}
