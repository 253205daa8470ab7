pub mod binary;
pub mod fake_api;
pub mod load;
pub mod pg;
pub mod running;
pub mod scan;
pub mod sessions;

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

use musofir::jobs::scheduler::{Delivery, Outbox};
use musofir::render::Rendered;
use musofir::store::UserId;

/// (VmRSS, VmHWM) of a process (`"self"` or a pid), in MiB; NaN when not
/// known.
pub fn memory_of(pid: &str) -> (f64, f64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|kb| kb.parse::<f64>().ok())
            .map_or(f64::NAN, |kb| kb / 1024.0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

/// An outbox that keeps what the jobs send. Every delivery succeeds unless
/// scripted ([`Recorder::script`]); with [`Recorder::hang`] a delivery is
/// kept and then never completes (a crash after the send, before its answer
/// is acted on); [`Recorder::notify`] tells of each delivery as it is made.
#[derive(Default)]
pub struct Recorder {
    log: Mutex<Vec<(UserId, Vec<Rendered>)>>,
    script: Mutex<HashMap<UserId, VecDeque<Delivery>>>,
    hang: AtomicBool,
    held: Mutex<std::collections::HashSet<UserId>>,
    notify: Mutex<Option<tokio::sync::mpsc::UnboundedSender<UserId>>>,
}

impl Outbox for Recorder {
    fn deliver(
        &self,
        user: UserId,
        messages: Vec<Rendered>,
    ) -> impl std::future::Future<Output = Delivery> + Send {
        // Kept at once, before the send's answer is awaited.
        self.log.lock().unwrap().push((user, messages));
        if let Some(tx) = self.notify.lock().unwrap().as_ref() {
            let _ = tx.send(user);
        }
        let outcome = self
            .script
            .lock()
            .unwrap()
            .get_mut(&user)
            .and_then(|q| q.pop_front())
            .unwrap_or(Delivery::Sent);
        let hang = self.hang.load(Ordering::SeqCst) || self.held.lock().unwrap().contains(&user);
        async move {
            if hang {
                std::future::pending::<()>().await;
            }
            outcome
        }
    }
}

impl Recorder {
    /// What was sent so far.
    pub fn sent(&self) -> Vec<(UserId, Vec<Rendered>)> {
        self.log.lock().unwrap().clone()
    }

    /// What was sent so far, forgotten.
    pub fn take(&self) -> Vec<(UserId, Vec<Rendered>)> {
        std::mem::take(&mut *self.log.lock().unwrap())
    }

    /// Each delivery to `user` so far.
    pub fn to(&self, user: UserId) -> Vec<Vec<Rendered>> {
        self.log
            .lock()
            .unwrap()
            .iter()
            .filter(|(u, _)| *u == user)
            .map(|(_, m)| m.clone())
            .collect()
    }

    /// The next deliveries to `user` end so, in order (then: sent).
    pub fn script(&self, user: UserId, outcomes: &[Delivery]) {
        self.script
            .lock()
            .unwrap()
            .entry(user)
            .or_default()
            .extend(outcomes.iter().copied());
    }

    /// From now on every delivery is kept and never completes (`true`), or
    /// completes again (`false`).
    pub fn hang(&self, on: bool) {
        self.hang.store(on, Ordering::SeqCst);
    }

    /// From now on every delivery to `user` is kept and never completes (a
    /// chat the sender holds back).
    pub fn hold(&self, user: UserId) {
        self.held.lock().unwrap().insert(user);
    }

    /// The user of each delivery from now on, as it is made.
    pub fn notify(&self) -> tokio::sync::mpsc::UnboundedReceiver<UserId> {
        let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
        *self.notify.lock().unwrap() = Some(tx);
        rx
    }
}
