//! Group commit: one flush makes every write committed before it durable.
//!
//! A step's outcome must be on disk before its reply is sent. Flushing once
//! per step would cost one fsync per update; instead, callers take a ticket
//! after their writes and wait, and one flusher thread flushes whenever there
//! are waiters, releasing at once every ticket taken before that flush began.
//! Under load, one fsync serves all the steps that committed meanwhile.
//!
//! The flusher is a plain thread calling the backend's blocking flush (for
//! sled, `flush`: sled's `flush_async` deadlocks when awaited from many
//! tasks; for PostgreSQL a commit is durable when it returns). A failed flush is
//! retried, with a pause, until it succeeds: waiters wait (a reply is never
//! sent for a step that is not on disk), and their own timeout decides when to
//! tell the user something went wrong.

use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use tokio::sync::watch;

use super::kv::Kv;

#[derive(Debug, thiserror::Error)]
#[error("the store could not be made durable within {0:?}")]
pub struct NotDurable(pub Duration);

/// How long a caller waits for its flush before it gives up (the flusher
/// keeps trying).
pub const WAIT: Duration = Duration::from_secs(30);

struct Shared {
    state: Mutex<State>,
    wake: Condvar,
    done: Condvar,
    /// The highest ticket flushed, for async waiters.
    flushed: watch::Sender<u64>,
}

struct State {
    requested: u64,
    flushed: u64,
    stop: bool,
}

/// Owns the flusher thread; dropping it stops the thread after a last flush.
pub struct Flusher {
    shared: Arc<Shared>,
    thread: Mutex<Option<JoinHandle<()>>>,
}

impl Flusher {
    pub fn start(kv: Arc<dyn Kv>) -> Flusher {
        let (tx, _) = watch::channel(0);
        let shared = Arc::new(Shared {
            state: Mutex::new(State {
                requested: 0,
                flushed: 0,
                stop: false,
            }),
            wake: Condvar::new(),
            done: Condvar::new(),
            flushed: tx,
        });
        let s = shared.clone();
        let thread = std::thread::Builder::new()
            .name("musofir-flush".into())
            .spawn(move || run(&s, kv.as_ref()))
            .ok();
        if thread.is_none() {
            tracing::error!("the flusher thread could not start; writes wait for sled's own flush");
        }
        Flusher {
            shared,
            thread: Mutex::new(thread),
        }
    }

    /// A ticket covering every write this thread has committed so far.
    fn ticket(&self) -> u64 {
        let mut st = self.shared.state.lock().unwrap_or_else(|e| e.into_inner());
        st.requested += 1;
        let t = st.requested;
        drop(st);
        self.shared.wake.notify_one();
        t
    }

    /// Waits until every write committed before the call is on disk.
    pub async fn durable(&self) -> Result<(), NotDurable> {
        let t = self.ticket();
        let mut rx = self.shared.flushed.subscribe();
        let waited =
            tokio::time::timeout(WAIT, async { rx.wait_for(|f| *f >= t).await.map(|_| ()) }).await;
        match waited {
            Ok(Ok(())) => Ok(()),
            // The sender lives as long as `self`: closed means shutting down.
            Ok(Err(_)) | Err(_) => Err(NotDurable(WAIT)),
        }
    }

    /// The same, blocking the calling thread (the terminal chat, tools).
    pub fn durable_blocking(&self) -> Result<(), NotDurable> {
        let t = self.ticket();
        let st = self.shared.state.lock().unwrap_or_else(|e| e.into_inner());
        let (st, res) = self
            .shared
            .done
            .wait_timeout_while(st, WAIT, |s| s.flushed < t)
            .unwrap_or_else(|e| e.into_inner());
        if res.timed_out() && st.flushed < t {
            return Err(NotDurable(WAIT));
        }
        Ok(())
    }
}

fn run(s: &Shared, kv: &dyn Kv) {
    let mut pause = Duration::from_millis(10);
    loop {
        let target = {
            let mut st = s.state.lock().unwrap_or_else(|e| e.into_inner());
            while st.requested == st.flushed && !st.stop {
                st = s.wake.wait(st).unwrap_or_else(|e| e.into_inner());
            }
            if st.requested == st.flushed && st.stop {
                return;
            }
            st.requested
        };
        // The keyring first: a new user's slot must be on disk before the
        // sled entry that points to it.
        let res = kv
            .slots()
            .sync()
            .and_then(|()| kv.flush())
            .map_err(|e| e.to_string());
        match res {
            Ok(()) => {
                pause = Duration::from_millis(10);
                let mut st = s.state.lock().unwrap_or_else(|e| e.into_inner());
                st.flushed = st.flushed.max(target);
                drop(st);
                s.done.notify_all();
                s.flushed.send_modify(|f| *f = (*f).max(target));
            }
            Err(e) => {
                tracing::error!(error = %e, "flushing the store failed; retrying");
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_secs(2));
                let st = s.state.lock().unwrap_or_else(|e| e.into_inner());
                if st.stop {
                    return;
                }
            }
        }
    }
}

impl Drop for Flusher {
    fn drop(&mut self) {
        {
            let mut st = self.shared.state.lock().unwrap_or_else(|e| e.into_inner());
            st.stop = true;
        }
        self.shared.wake.notify_all();
        if let Some(t) = self.thread.lock().unwrap_or_else(|e| e.into_inner()).take() {
            let _ = t.join();
        }
    }
}
