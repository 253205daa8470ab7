pub mod binary;
pub mod fake_api;
pub mod load;
pub mod pg;
pub mod running;
pub mod scan;
pub mod sessions;

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

/// An outbox that keeps what the jobs send (every delivery succeeds).
#[derive(Default)]
pub struct Recorder(
    std::sync::Mutex<Vec<(musofir::store::UserId, Vec<musofir::render::Rendered>)>>,
);

impl musofir::jobs::scheduler::Outbox for Recorder {
    async fn deliver(
        &self,
        user: musofir::store::UserId,
        messages: Vec<musofir::render::Rendered>,
    ) -> musofir::jobs::scheduler::Delivery {
        self.0.lock().unwrap().push((user, messages));
        musofir::jobs::scheduler::Delivery::Sent
    }
}

impl Recorder {
    /// What was sent so far.
    pub fn sent(&self) -> Vec<(musofir::store::UserId, Vec<musofir::render::Rendered>)> {
        self.0.lock().unwrap().clone()
    }

    /// What was sent so far, forgotten.
    pub fn take(&self) -> Vec<(musofir::store::UserId, Vec<musofir::render::Rendered>)> {
        std::mem::take(&mut *self.0.lock().unwrap())
    }
}
