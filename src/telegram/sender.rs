//! The one way messages leave the bot: at once while under Telegram's limits,
//! queued fairly when over them.
//!
//! - Limits: a GCRA bucket over all chats (about 30/s) and one per chat
//!   (about 1/s, short bursts): a message goes the moment both allow it —
//!   no polling loop, no fixed delay (teloxide's `Throttle` wakes every
//!   250 ms, which every reply paid even on an idle bot).
//! - Order: a chat's messages go in order, one request at a time, except
//!   that a reply overtakes the chat's reminders that have not begun to go
//!   out (a reminder waits for spare capacity; the reply must not wait with it).
//! - Priority and fairness: replies go before reminders (reminders use only
//!   the capacity replies leave, and never the last
//!   [`Limits::reply_reserve`] sends of the overall burst, so a reply beside
//!   a stream of reminders goes at once); among chats waiting, each is served in turn
//!   (round robin), so under overload every conversation progresses and none
//!   starves. A user whose reply waits gets nothing but that reply, later.
//! - 429: Telegram's `retry_after` pauses all sending for that long; the
//!   message is sent again, not dropped.
//!
//! The scheduling is independent of HTTP ([`Transport`]): tests drive it with
//! a recording transport on tokio's paused clock.

use std::collections::{HashMap, VecDeque};
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use futures::stream::FuturesUnordered;
use futures::StreamExt;
use tokio::sync::{mpsc, oneshot, watch};
use tokio::time::Instant;

use super::limits::{Gcra, Limits};
use crate::render::Rendered;

/// How a send ended, in the terms the bot acts on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Delivery {
    Sent,
    /// The user blocked the bot or deleted their account: never write again
    /// until they write to us.
    Blocked,
    /// Anything else (already logged): the rest of the reply is dropped.
    Failed,
    /// Not sent at all: the bot is stopping and its send grace is over.
    Stopped,
}

impl Delivery {
    fn label(self) -> &'static str {
        match self {
            Delivery::Sent => "sent",
            Delivery::Blocked => "blocked",
            Delivery::Failed => "failed",
            Delivery::Stopped => "stopped",
        }
    }
}

/// What one message's request came to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sent {
    Ok,
    /// 429: wait this long, then send it again.
    RetryAfter(Duration),
    Blocked,
    Failed,
}

/// Sends one message (the Telegram shell: `sendMessage`).
pub trait Transport: Send + Sync + 'static {
    fn send(&self, chat: i64, message: &Rendered) -> impl Future<Output = Sent> + Send;
}

/// Replies go first; reminders take what is left.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Class {
    Reply,
    Reminder,
}

impl Class {
    fn label(self) -> &'static str {
        match self {
            Class::Reply => "reply",
            Class::Reminder => "reminder",
        }
    }
}

struct Job {
    /// Shared with the request in flight: a send does not copy the message.
    messages: VecDeque<Arc<Rendered>>,
    class: Class,
    done: oneshot::Sender<Delivery>,
    /// Part of it went out: from then on nothing overtakes it.
    begun: bool,
}

#[derive(Default)]
struct Chat {
    jobs: VecDeque<Job>,
    busy: bool,
    bucket: Option<Gcra>,
}

impl Chat {
    /// Queues a job. A reply goes before this chat's reminders that have not
    /// begun to go out: a reminder can wait, the conversation cannot, and a
    /// reminder waits for capacity replies leave, so a reply queued behind
    /// one would wait with it. Replies keep their order among themselves
    /// (a reply never passes another), and otherwise the chat's messages too.
    fn enqueue(&mut self, job: Job) {
        let overtaken = match job.class {
            Class::Reply => {
                let after = self
                    .jobs
                    .iter()
                    .rposition(|j| j.class == Class::Reply)
                    .map_or(0, |i| i + 1);
                self.jobs
                    .iter()
                    .enumerate()
                    .skip(after)
                    .position(|(i, j)| {
                        j.class == Class::Reminder && !j.begun && !(i == 0 && self.busy)
                    })
                    .map(|k| after + k)
            }
            Class::Reminder => None,
        };
        match overtaken {
            Some(i) => self.jobs.insert(i, job),
            None => self.jobs.push_back(job),
        }
    }
}

/// Counters for benchmarks and metrics (no user data).
#[derive(Debug, Default)]
pub struct Stats {
    pub sent: AtomicU64,
    pub retry_after: AtomicU64,
    /// Messages waiting now.
    pub queued: AtomicU64,
    /// Messages not sent because the shutdown grace was over: replies (lost;
    /// their steps are kept) and reminders (sent after the restart).
    pub given_up_replies: AtomicU64,
    pub given_up_reminders: AtomicU64,
}

impl Stats {
    /// A job given up at the end of the shutdown grace: `Stopped` if none
    /// of it went, `Failed` if part did.
    fn give_up(&self, job: Job) {
        let n = job.messages.len() as u64;
        self.queued.fetch_sub(n, Ordering::Relaxed);
        match job.class {
            Class::Reply => &self.given_up_replies,
            Class::Reminder => &self.given_up_reminders,
        }
        .fetch_add(n, Ordering::Relaxed);
        let _ = job.done.send(if job.begun {
            Delivery::Failed
        } else {
            Delivery::Stopped
        });
    }
}

/// A handle to the sending task.
#[derive(Clone)]
pub struct Sender {
    tx: mpsc::UnboundedSender<(i64, Job)>,
    stats: Arc<Stats>,
    deadline: Arc<watch::Sender<Option<Instant>>>,
}

impl Sender {
    /// Starts the sending task over `transport`.
    pub fn spawn<T: Transport>(transport: T, limits: Limits) -> Sender {
        let (tx, rx) = mpsc::unbounded_channel();
        let stats = Arc::new(Stats::default());
        let (deadline, deadline_rx) = watch::channel(None);
        tokio::spawn(run(
            Arc::new(transport),
            limits,
            rx,
            stats.clone(),
            deadline_rx,
        ));
        Sender {
            tx,
            stats,
            deadline: Arc::new(deadline),
        }
    }

    /// Shutting down: what has not gone out `grace` from now is given up
    /// (its senders get `Failed`), so a stop never waits on a backlog.
    pub fn give_up_after(&self, grace: Duration) {
        let _ = self.deadline.send(Some(Instant::now() + grace));
    }

    /// Sends the messages to the chat, in order; resolves when they went out
    /// (or could not). Stops at the first one that cannot be sent.
    pub async fn send(&self, chat: i64, messages: Vec<Rendered>, class: Class) -> Delivery {
        if messages.is_empty() {
            return Delivery::Sent;
        }
        let (done, rx) = oneshot::channel();
        self.stats
            .queued
            .fetch_add(messages.len() as u64, Ordering::Relaxed);
        let job = Job {
            messages: messages.into_iter().map(Arc::new).collect(),
            class,
            done,
            begun: false,
        };
        let queued_at = Instant::now();
        let delivery = if self.tx.send((chat, job)).is_err() {
            Delivery::Failed
        } else {
            rx.await.unwrap_or(Delivery::Failed)
        };
        let class = class.label();
        let m = &crate::ops::METRICS;
        if delivery == Delivery::Sent {
            m.send_wait_seconds
                .with_label_values(&[class])
                .observe(queued_at.elapsed().as_secs_f64());
        }
        m.sends.with_label_values(&[class, delivery.label()]).inc();
        delivery
    }

    pub fn stats(&self) -> &Stats {
        &self.stats
    }
}

type Flight = Pin<Box<dyn Future<Output = (i64, Sent)> + Send>>;

struct State {
    limits: Limits,
    global: Gcra,
    chats: HashMap<i64, Chat>,
    /// Chats with something to send, in the order they are served.
    turn: VecDeque<i64>,
    paused_until: Option<Instant>,
}

impl State {
    fn bucket(&mut self, chat: i64) -> Gcra {
        let l = self.limits;
        *self
            .chats
            .entry(chat)
            .or_default()
            .bucket
            .get_or_insert_with(|| Gcra::new(l.chat_per_sec, l.chat_burst))
    }

    /// The next chat to serve now, replies first, in turn; or when to look again.
    fn pick(&mut self, now: Instant) -> Result<i64, Option<Instant>> {
        if let Some(p) = self.paused_until {
            if p > now {
                return Err(Some(p));
            }
            self.paused_until = None;
        }
        let mut wake: Option<Instant> = None;
        for class in [Class::Reply, Class::Reminder] {
            let global_at = match class {
                Class::Reply => self.global.ready_at(now),
                Class::Reminder => self.global.ready_at_keeping(now, self.limits.reply_reserve),
            };
            for i in 0..self.turn.len() {
                let id = self.turn[i];
                let Some(c) = self.chats.get(&id) else {
                    continue;
                };
                if c.busy || c.jobs.front().is_none_or(|j| j.class != class) {
                    continue;
                }
                let at = self.bucket(id).ready_at(now).max(global_at);
                if at <= now {
                    self.turn.remove(i);
                    return Ok(id);
                }
                wake = Some(wake.map_or(at, |w| w.min(at)));
            }
        }
        Err(wake)
    }
}

async fn run<T: Transport>(
    transport: Arc<T>,
    limits: Limits,
    mut rx: mpsc::UnboundedReceiver<(i64, Job)>,
    stats: Arc<Stats>,
    mut deadline: watch::Receiver<Option<Instant>>,
) {
    let mut st = State {
        limits,
        global: Gcra::new(limits.overall_per_sec, limits.overall_burst),
        chats: HashMap::new(),
        turn: VecDeque::new(),
        paused_until: None,
    };
    let mut flights: FuturesUnordered<Flight> = FuturesUnordered::new();
    let mut open = true;
    let mut give_up: Option<Instant> = None;
    loop {
        if give_up.is_some_and(|at| at <= Instant::now()) {
            // Past the shutdown grace: everything still waiting is given
            // up now; a message on its way is let finish (it may arrive:
            // its job must not be reported unsent).
            for chat in st.chats.values_mut() {
                let keep = usize::from(chat.busy);
                for job in chat.jobs.drain(keep.min(chat.jobs.len())..) {
                    stats.give_up(job);
                }
            }
            st.turn.clear();
        }
        // Start every send the limits allow now.
        let wake = loop {
            let now = Instant::now();
            match st.pick(now) {
                Ok(id) => {
                    st.global.take(now);
                    let mut bucket = st.bucket(id);
                    bucket.take(now);
                    let Some(chat) = st.chats.get_mut(&id) else {
                        continue;
                    };
                    chat.bucket = Some(bucket);
                    let Some(message) = chat.jobs.front().and_then(|j| j.messages.front()).cloned()
                    else {
                        continue;
                    };
                    chat.busy = true;
                    let t = transport.clone();
                    flights.push(Box::pin(async move { (id, t.send(id, &message).await) }));
                }
                Err(wake) => break wake,
            }
        };
        if !open && flights.is_empty() && st.turn.is_empty() {
            return;
        }
        // A grace already over wakes nothing (it would spin the loop).
        let wake = match (wake, give_up.filter(|at| *at > Instant::now())) {
            (Some(w), Some(g)) => Some(w.min(g)),
            (w, g) => w.or(g),
        };
        let sleep = async {
            match wake {
                Some(at) => tokio::time::sleep_until(at).await,
                None => std::future::pending().await,
            }
        };
        crate::ops::METRICS
            .send_queue
            .set(i64::try_from(stats.queued.load(Ordering::Relaxed)).unwrap_or(i64::MAX));
        tokio::select! {
            Ok(()) = deadline.changed() => give_up = *deadline.borrow(),
            job = rx.recv(), if open => match job {
                Some((_, job)) if give_up.is_some_and(|at| at <= Instant::now()) => {
                    stats.give_up(job);
                }
                Some((id, job)) => {
                    let chat = st.chats.entry(id).or_default();
                    if chat.jobs.is_empty() && !chat.busy {
                        st.turn.push_back(id);
                    }
                    chat.enqueue(job);
                }
                None => open = false,
            },
            Some((id, outcome)) = flights.next() => {
                finish(&mut st, &stats, id, outcome);
            }
            _ = sleep => {}
        }
    }
}

/// A message's request came back: move the chat's job on.
fn finish(st: &mut State, stats: &Stats, id: i64, outcome: Sent) {
    let Some(chat) = st.chats.get_mut(&id) else {
        return;
    };
    chat.busy = false;
    let Some(job) = chat.jobs.front_mut() else {
        return;
    };
    let end = match outcome {
        Sent::Ok => {
            stats.sent.fetch_add(1, Ordering::Relaxed);
            stats.queued.fetch_sub(1, Ordering::Relaxed);
            job.messages.pop_front();
            job.begun = true;
            job.messages.is_empty().then_some(Delivery::Sent)
        }
        Sent::RetryAfter(wait) => {
            stats.retry_after.fetch_add(1, Ordering::Relaxed);
            crate::ops::METRICS.flood_waits.inc();
            let until = Instant::now() + wait;
            st.paused_until = Some(st.paused_until.map_or(until, |p| p.max(until)));
            None
        }
        Sent::Blocked => Some(Delivery::Blocked),
        Sent::Failed => Some(Delivery::Failed),
    };
    if let Some(result) = end {
        if let Some(job) = chat.jobs.pop_front() {
            stats
                .queued
                .fetch_sub(job.messages.len() as u64, Ordering::Relaxed);
            let _ = job.done.send(result);
        }
    }
    if !chat.jobs.is_empty() {
        st.turn.push_back(id);
    } else if chat.bucket.is_none_or(|b| b.idle(Instant::now())) {
        // Nothing to remember about a quiet chat.
        st.chats.remove(&id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    /// Records (time, chat, text) of each send; answers from a script.
    #[derive(Clone, Default)]
    struct Recorder {
        log: Arc<Mutex<Vec<(Instant, i64, String)>>>,
        script: Arc<Mutex<VecDeque<Sent>>>,
        latency: Duration,
    }

    impl Transport for Recorder {
        fn send(&self, chat: i64, m: &Rendered) -> impl Future<Output = Sent> + Send {
            let me = self.clone();
            let text = m.html.clone();
            async move {
                tokio::time::sleep(me.latency).await;
                let outcome = me.script.lock().unwrap().pop_front().unwrap_or(Sent::Ok);
                if outcome == Sent::Ok {
                    me.log.lock().unwrap().push((Instant::now(), chat, text));
                }
                outcome
            }
        }
    }

    impl Recorder {
        fn answering_in(latency: Duration) -> Recorder {
            Recorder {
                latency,
                ..Recorder::default()
            }
        }

        /// The texts sent, in order.
        fn texts(&self) -> Vec<String> {
            let log = self.log.lock().unwrap();
            log.iter().map(|(_, _, t)| t.clone()).collect()
        }
    }

    fn msg(t: &str) -> Vec<Rendered> {
        vec![Rendered::new(t.into(), Vec::new())]
    }

    #[tokio::test(start_paused = true)]
    async fn an_idle_bot_sends_at_once() {
        let rec = Recorder::default();
        let s = Sender::spawn(rec.clone(), Limits::default());
        let t0 = Instant::now();
        assert_eq!(s.send(1, msg("a"), Class::Reply).await, Delivery::Sent);
        assert_eq!(rec.log.lock().unwrap()[0].0, t0, "no delay at all");
    }

    #[tokio::test(start_paused = true)]
    async fn limits_hold_and_every_chat_gets_its_turn() {
        let rec = Recorder::answering_in(Duration::from_millis(50));
        let s = Sender::spawn(rec.clone(), Limits::default());
        // 300 chats, 3 messages each, at once: ten times the overall rate.
        let mut all = Vec::new();
        for chat in 0..300i64 {
            for k in 0..3 {
                let s = s.clone();
                all.push(tokio::spawn(async move {
                    s.send(chat, msg(&format!("{chat}-{k}")), Class::Reply)
                        .await
                }));
                tokio::task::yield_now().await;
            }
        }
        for h in all {
            assert_eq!(h.await.unwrap(), Delivery::Sent);
        }
        let log = rec.log.lock().unwrap().clone();
        assert_eq!(log.len(), 900);
        let start = log[0].0;
        for (i, (at, _, _)) in log.iter().enumerate() {
            let in_a_second = log[i..]
                .iter()
                .take_while(|(b, _, _)| *b < *at + Duration::from_secs(1))
                .count();
            assert!(in_a_second <= 60, "{in_a_second} sent within a second");
        }
        // Per chat: in order, and never faster than the chat's bucket.
        for chat in 0..300i64 {
            let mine: Vec<_> = log.iter().filter(|(_, c, _)| *c == chat).collect();
            let texts: Vec<_> = mine.iter().map(|(_, _, t)| t.clone()).collect();
            assert_eq!(
                texts,
                vec![
                    format!("{chat}-0"),
                    format!("{chat}-1"),
                    format!("{chat}-2")
                ]
            );
        }
        // Fair: every chat's first message went out before any chat's third.
        let last_first = log.iter().rposition(|(_, _, t)| t.ends_with("-0")).unwrap();
        let first_third = log.iter().position(|(_, _, t)| t.ends_with("-2")).unwrap();
        assert!(last_first < first_third, "{last_first} {first_third}");
        // And the whole backlog went at about the overall rate.
        let took = log.last().unwrap().0 - start;
        assert!(
            took >= Duration::from_secs(28) && took <= Duration::from_secs(32),
            "{took:?}"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn replies_go_before_reminders() {
        let rec = Recorder::default();
        let limits = Limits {
            overall_per_sec: 10.0,
            overall_burst: 1,
            ..Limits::default()
        };
        let s = Sender::spawn(rec.clone(), limits);
        let mut hs = Vec::new();
        for chat in 0..20i64 {
            let s = s.clone();
            hs.push(tokio::spawn(async move {
                s.send(1000 + chat, msg("reminder"), Class::Reminder).await
            }));
        }
        tokio::task::yield_now().await;
        for chat in 0..5i64 {
            let s = s.clone();
            hs.push(tokio::spawn(async move {
                s.send(chat, msg("reply"), Class::Reply).await
            }));
        }
        for h in hs {
            h.await.unwrap();
        }
        let order = rec.texts();
        // At most the reminder already on its way goes before the replies.
        let first_reply = order.iter().position(|t| t == "reply").unwrap();
        let last_reply = order.iter().rposition(|t| t == "reply").unwrap();
        assert!(first_reply <= 1, "{order:?}");
        assert_eq!(last_reply - first_reply, 4, "{order:?}");
    }

    /// A backlog: one reminder each to chats 1000..1400.
    fn reminders_to_400_chats(s: &Sender) -> Vec<tokio::task::JoinHandle<Delivery>> {
        (0..400i64)
            .map(|chat| {
                let s = s.clone();
                tokio::spawn(
                    async move { s.send(1000 + chat, msg("reminder"), Class::Reminder).await },
                )
            })
            .collect()
    }

    #[tokio::test(start_paused = true)]
    async fn a_reply_beside_a_stream_of_reminders_goes_at_once() {
        let rec = Recorder::default();
        let s = Sender::spawn(rec.clone(), Limits::default());
        let t0 = Instant::now();
        let hs = reminders_to_400_chats(&s);
        // The reminders' burst is spent: they go one an interval.
        tokio::time::sleep(Duration::from_secs(3)).await;
        for chat in 0..5i64 {
            let asked = Instant::now();
            assert_eq!(
                s.send(chat, msg("reply"), Class::Reply).await,
                Delivery::Sent
            );
            assert_eq!(Instant::now(), asked, "reply {chat} waited");
            tokio::time::sleep(Duration::from_millis(300)).await;
        }
        tokio::time::sleep(Duration::from_secs(7)).await;
        // Reminders had the rest of the rate: 28.5/s less the replies.
        let log = rec.log.lock().unwrap().clone();
        let in_ten = log
            .iter()
            .filter(|(at, _, t)| t == "reminder" && *at < t0 + Duration::from_secs(11))
            .filter(|(at, _, _)| *at >= t0 + Duration::from_secs(1))
            .count();
        assert!((270..=290).contains(&in_ten), "{in_ten} reminders in 10 s");
        drop(hs);
    }

    #[tokio::test(start_paused = true)]
    async fn a_reply_overtakes_its_chats_waiting_reminder() {
        let rec = Recorder::default();
        let s = Sender::spawn(rec.clone(), Limits::default());
        let hs = reminders_to_400_chats(&s);
        tokio::time::sleep(Duration::from_secs(1)).await;
        // Chat 1's reminder waits its turn behind hundreds of others...
        let mine = {
            let s = s.clone();
            tokio::spawn(async move { s.send(1, msg("its reminder"), Class::Reminder).await })
        };
        tokio::task::yield_now().await;
        // ...and the user's reply does not wait with it.
        let asked = Instant::now();
        assert_eq!(s.send(1, msg("reply"), Class::Reply).await, Delivery::Sent);
        assert_eq!(Instant::now(), asked, "the reply waited");
        assert_eq!(mine.await.unwrap(), Delivery::Sent);
        let log = rec.log.lock().unwrap().clone();
        let to_one: Vec<_> = log.iter().filter(|(_, c, _)| *c == 1).collect();
        assert_eq!(to_one.len(), 2);
        assert_eq!(to_one[0].2, "reply");
        drop(hs);
    }

    #[tokio::test(start_paused = true)]
    async fn a_reply_does_not_cut_into_a_reminder_being_sent() {
        let rec = Recorder::answering_in(Duration::from_millis(100));
        let s = Sender::spawn(rec.clone(), Limits::default());
        let two = vec![msg("r1").remove(0), msg("r2").remove(0)];
        let reminder = {
            let s = s.clone();
            tokio::spawn(async move { s.send(1, two, Class::Reminder).await })
        };
        // The first part is on its way.
        tokio::time::sleep(Duration::from_millis(50)).await;
        assert_eq!(s.send(1, msg("reply"), Class::Reply).await, Delivery::Sent);
        assert_eq!(reminder.await.unwrap(), Delivery::Sent);
        let texts = rec.texts();
        assert_eq!(texts, ["r1", "r2", "reply"]);
    }

    #[tokio::test(start_paused = true)]
    async fn a_429_pauses_everything_and_the_message_is_sent_again() {
        let rec = Recorder::default();
        rec.script
            .lock()
            .unwrap()
            .push_back(Sent::RetryAfter(Duration::from_secs(3)));
        let s = Sender::spawn(rec.clone(), Limits::default());
        let t0 = Instant::now();
        assert_eq!(s.send(1, msg("a"), Class::Reply).await, Delivery::Sent);
        assert_eq!(s.send(2, msg("b"), Class::Reply).await, Delivery::Sent);
        let log = rec.log.lock().unwrap().clone();
        assert_eq!(log.len(), 2);
        assert!(log[0].0 >= t0 + Duration::from_secs(3));
        assert_eq!(s.stats().retry_after.load(Ordering::Relaxed), 1);
    }

    /// Found by review: a reminder refused with 429 had not begun, and a
    /// reply then passed it — and the reply queued behind it.
    #[tokio::test(start_paused = true)]
    async fn replies_keep_their_order_when_a_reminder_between_them_gets_a_429() {
        let rec = Recorder::answering_in(Duration::from_millis(100));
        rec.script
            .lock()
            .unwrap()
            .push_back(Sent::RetryAfter(Duration::from_secs(2)));
        let s = Sender::spawn(rec.clone(), Limits::default());
        let spawn = |text: &'static str, class: Class| {
            let s = s.clone();
            tokio::spawn(async move { s.send(1, msg(text), class).await })
        };
        let reminder = spawn("reminder", Class::Reminder);
        // The reminder is on its way: the first reply queues behind it...
        tokio::time::sleep(Duration::from_millis(50)).await;
        let first = spawn("first", Class::Reply);
        // ...the reminder is refused (not begun), then the second reply comes.
        tokio::time::sleep(Duration::from_millis(100)).await;
        let second = spawn("second", Class::Reply);
        for h in [reminder, first, second] {
            assert_eq!(h.await.unwrap(), Delivery::Sent);
        }
        let texts = rec.texts();
        let at = |t: &str| texts.iter().position(|x| x == t).unwrap();
        assert!(at("first") < at("second"), "{texts:?}");
    }

    /// At the end of the shutdown grace: a job none of which went is
    /// `Stopped`; a message on its way is let finish and reported sent.
    #[tokio::test(start_paused = true)]
    async fn the_end_of_the_grace_stops_what_waits_and_lets_a_send_in_flight_finish() {
        let rec = Recorder::answering_in(Duration::from_secs(1));
        let s = Sender::spawn(rec.clone(), Limits::default());
        let spawn = |text: &'static str| {
            let s = s.clone();
            tokio::spawn(async move { s.send(1, msg(text), Class::Reminder).await })
        };
        let on_its_way = spawn("r1");
        tokio::time::sleep(Duration::from_millis(10)).await;
        let waiting = spawn("r2");
        tokio::time::sleep(Duration::from_millis(10)).await;
        s.give_up_after(Duration::ZERO);
        assert_eq!(waiting.await.unwrap(), Delivery::Stopped);
        assert_eq!(on_its_way.await.unwrap(), Delivery::Sent);
        assert_eq!(rec.texts(), ["r1"]);
        assert_eq!(s.stats().given_up_reminders.load(Ordering::Relaxed), 1);
    }

    #[tokio::test(start_paused = true)]
    async fn a_blocked_chat_stops_its_reply_and_others_go_on() {
        let rec = Recorder::default();
        rec.script.lock().unwrap().push_back(Sent::Blocked);
        let s = Sender::spawn(rec.clone(), Limits::default());
        let two = vec![msg("a").remove(0), msg("b").remove(0)];
        assert_eq!(s.send(1, two, Class::Reply).await, Delivery::Blocked);
        assert_eq!(s.send(2, msg("c"), Class::Reply).await, Delivery::Sent);
        assert_eq!(rec.log.lock().unwrap().len(), 1);
        assert_eq!(s.stats().queued.load(Ordering::Relaxed), 0);
    }
}
