//! What an operator watches, in Prometheus' text format: counts and
//! timings only, never a user id or anything a user wrote.
//!
//! One set per process (a bot process runs one bot).

use std::sync::LazyLock;

use prometheus::{
    Encoder, Histogram, HistogramOpts, HistogramVec, IntCounter, IntCounterVec, IntGauge, Opts,
    Registry, TextEncoder,
};

/// The process's metrics.
pub struct Metrics {
    registry: Registry,
    /// Updates taken, by outcome: `handled`, `duplicate` (a redelivery),
    /// `failed` (the store failed: the user was told to try again).
    pub updates: IntCounterVec,
    /// From an update's arrival to its replies queued for sending (the
    /// step, the commit and the wait for the disk).
    pub update_seconds: Histogram,
    /// Messages sent, by class (`reply`, `reminder`) and outcome (`sent`,
    /// `blocked`, `failed`).
    pub sends: IntCounterVec,
    /// From queued to sent, by class: Telegram's limits show here.
    pub send_wait_seconds: HistogramVec,
    /// 429 answers (Telegram's flood control).
    pub flood_waits: IntCounter,
    /// Messages waiting to be sent now.
    pub send_queue: IntGauge,
    /// Webhook requests refused for a wrong secret.
    pub webhook_refused: IntCounter,
    /// 1 while this instance sends the reminders.
    pub leader: IntGauge,
    /// Reminders taken from the queue when due, and what became of them:
    /// `due` (taken), `sent`, `dropped` (done, switched off, covered),
    /// `deferred`, `retried`, `given_up`.
    pub reminders: IntCounterVec,
    /// Store failures, by where: `update`, `reminders`, `retention`,
    /// `law_change`.
    pub store_errors: IntCounterVec,
}

/// This process's metrics.
pub static METRICS: LazyLock<Metrics> = LazyLock::new(Metrics::new);

const LATENCY_BUCKETS: &[f64] = &[
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];

impl Metrics {
    fn new() -> Metrics {
        let registry = Registry::new();
        let m = Metrics {
            registry,
            updates: IntCounterVec::new(
                Opts::new("musofir_updates_total", "Updates taken, by outcome"),
                &["outcome"],
            )
            .unwrap_or_else(unreachable_metric),
            update_seconds: Histogram::with_opts(
                HistogramOpts::new(
                    "musofir_update_seconds",
                    "From an update's arrival to its replies queued for sending",
                )
                .buckets(LATENCY_BUCKETS.to_vec()),
            )
            .unwrap_or_else(unreachable_metric),
            sends: IntCounterVec::new(
                Opts::new("musofir_sends_total", "Messages sent, by class and outcome"),
                &["class", "outcome"],
            )
            .unwrap_or_else(unreachable_metric),
            send_wait_seconds: HistogramVec::new(
                HistogramOpts::new("musofir_send_wait_seconds", "From queued to sent, by class")
                    .buckets(LATENCY_BUCKETS.to_vec()),
                &["class"],
            )
            .unwrap_or_else(unreachable_metric),
            flood_waits: IntCounter::new(
                "musofir_telegram_429_total",
                "429 answers from the Bot API (flood control)",
            )
            .unwrap_or_else(unreachable_metric),
            send_queue: IntGauge::new("musofir_send_queue", "Messages waiting to be sent")
                .unwrap_or_else(unreachable_metric),
            webhook_refused: IntCounter::new(
                "musofir_webhook_refused_total",
                "Webhook requests refused for a wrong secret",
            )
            .unwrap_or_else(unreachable_metric),
            leader: IntGauge::new(
                "musofir_leader",
                "1 while this instance sends the reminders",
            )
            .unwrap_or_else(unreachable_metric),
            reminders: IntCounterVec::new(
                Opts::new(
                    "musofir_reminders_total",
                    "Reminders taken from the queue when due, by outcome",
                ),
                &["outcome"],
            )
            .unwrap_or_else(unreachable_metric),
            store_errors: IntCounterVec::new(
                Opts::new("musofir_store_errors_total", "Store failures, by where"),
                &["where"],
            )
            .unwrap_or_else(unreachable_metric),
        };
        let all: [Box<dyn prometheus::core::Collector>; 10] = [
            Box::new(m.updates.clone()),
            Box::new(m.update_seconds.clone()),
            Box::new(m.sends.clone()),
            Box::new(m.send_wait_seconds.clone()),
            Box::new(m.flood_waits.clone()),
            Box::new(m.send_queue.clone()),
            Box::new(m.webhook_refused.clone()),
            Box::new(m.leader.clone()),
            Box::new(m.reminders.clone()),
            Box::new(m.store_errors.clone()),
        ];
        for c in all {
            if let Err(e) = m.registry.register(c) {
                tracing::warn!(error = %e, "a metric could not be registered");
            }
        }
        m
    }

    /// Counts a tick of the reminder sender.
    pub fn count_reminders(&self, r: &crate::jobs::scheduler::Report) {
        for (outcome, n) in [
            ("due", r.claimed),
            ("sent", r.sent),
            ("dropped", r.dropped),
            ("deferred", r.deferred),
            ("retried", r.retried),
            ("given_up", r.given_up),
        ] {
            self.reminders
                .with_label_values(&[outcome])
                .inc_by(u64::try_from(n).unwrap_or(u64::MAX));
        }
    }

    /// Counts a store failure at `place`.
    pub fn store_error(&self, place: &str) {
        self.store_errors.with_label_values(&[place]).inc();
    }

    /// Everything, in Prometheus' text format.
    pub fn render(&self) -> String {
        let mut out = Vec::new();
        if let Err(e) = TextEncoder::new().encode(&self.registry.gather(), &mut out) {
            tracing::warn!(error = %e, "metrics could not be encoded");
        }
        String::from_utf8_lossy(&out).into_owned()
    }
}

/// The names and options above are constants that Prometheus accepts; an
/// error here is a programming error caught by the tests at once.
#[allow(clippy::panic)]
fn unreachable_metric<T>(e: prometheus::Error) -> T {
    panic!("a metric is defined wrongly: {e}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_metric_is_defined_and_rendered() {
        METRICS.updates.with_label_values(&["handled"]).inc();
        METRICS
            .send_wait_seconds
            .with_label_values(&["reply"])
            .observe(0.01);
        METRICS.sends.with_label_values(&["reply", "sent"]).inc();
        let text = METRICS.render();
        for name in [
            "musofir_updates_total",
            "musofir_update_seconds_bucket",
            "musofir_sends_total",
            "musofir_send_wait_seconds_bucket",
            "musofir_telegram_429_total",
            "musofir_send_queue",
            "musofir_webhook_refused_total",
            "musofir_leader",
        ] {
            assert!(text.contains(name), "{name} missing from\n{text}");
        }
    }
}
