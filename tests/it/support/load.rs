#![allow(dead_code)]
//! Load: many simulated users talking to a bot process through the fake Bot
//! API (with Telegram's limits enforced or not), timing every tap → reply.
//! The bot is the real `musofir` binary or the bare teloxide example; both
//! are child processes, so their CPU time and peak memory are their own.

use std::borrow::Cow;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::binary::FAKE_NOW;
use super::fake_api::{BotMessage, FakeApi, Flood, User};
use super::pg::TestDb;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bot {
    Musofir,
    /// Musofir on PostgreSQL: one instance long-polling, or several taking
    /// updates by webhook behind the fake's balancer, each with its share
    /// of the send rate.
    MusofirPg {
        instances: usize,
    },
    /// `examples/bare_teloxide.rs`.
    Bare,
}

impl Bot {
    fn is_musofir(self) -> bool {
        !matches!(self, Bot::Bare)
    }
}

#[derive(Clone, Debug)]
pub struct Scenario {
    pub name: &'static str,
    pub users: usize,
    /// Updates per second all users send together; `None`: flat out (each
    /// user answers the moment the reply arrives).
    pub rate: Option<f64>,
    pub secs: f64,
    /// Telegram's limits enforced by the fake (and kept by the bot).
    pub limits: bool,
}

/// What a run starts from besides its scenario (the default: a fresh
/// store, the clock at [`FAKE_NOW`], this build's binary).
#[derive(Clone, Debug, Default)]
pub struct Setup {
    /// A directory holding a store made beforehand (`data`, `key`).
    pub dir: Option<PathBuf>,
    /// The binary's clock at its start (`MUSOFIR_FAKE_NOW`, RFC 3339).
    pub now: Option<String>,
    /// Another `musofir` binary to run (an earlier build, side by side).
    pub binary: Option<PathBuf>,
    /// How long the bot keeps running after the users stop, its messages
    /// still recorded (what it sends with no one tapping).
    pub linger: Duration,
}

#[derive(Clone, Debug, Default)]
pub struct Outcome {
    pub updates: usize,
    pub secs: f64,
    /// Tap → first reply, sorted.
    pub latency: Vec<Duration>,
    pub r429: usize,
    /// Of those, refused by a chat's limit (the rest: the overall limit).
    pub r429_chat: usize,
    pub cpu_secs: f64,
    pub peak_rss_mib: f64,
    /// Reminders the users got (not counted as replies).
    pub reminders: usize,
    /// Users who got no reply within 60 s at some point.
    pub stalled: usize,
    /// Users who finished at least one whole conversation.
    pub finished: usize,
    /// When the users started.
    pub started: Option<Instant>,
    /// Each tap: when it was sent, and how long its first reply took.
    pub taps: Vec<(Instant, Duration)>,
    /// Every message and edit the bot made, to anyone, as the fake got it
    /// (lingering included).
    pub feed: Vec<BotMessage>,
}

impl Outcome {
    pub fn pct(&self, p: f64) -> Duration {
        if self.latency.is_empty() {
            return Duration::ZERO;
        }
        self.latency[((self.latency.len() as f64 - 1.0) * p).round() as usize]
    }

    pub fn rate(&self) -> f64 {
        self.updates as f64 / self.secs
    }

    pub fn cpu_ms_per_update(&self) -> f64 {
        self.cpu_secs * 1000.0 / self.updates.max(1) as f64
    }
}

/// The bare bot's binary, built on first use (release, like the tests).
pub fn bare_binary() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let profile = if cfg!(debug_assertions) {
        "debug"
    } else {
        "release"
    };
    let mut cmd = Command::new(env!("CARGO"));
    cmd.current_dir(root)
        .args(["build", "--example", "bare_teloxide", "--quiet"]);
    if profile == "release" {
        cmd.arg("--release");
    }
    assert!(
        cmd.status().expect("cargo").success(),
        "the bare bot builds"
    );
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"));
    target.join(profile).join("examples").join("bare_teloxide")
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// Starts the bot's process(es); returns them once they take updates.
async fn start(
    bot: Bot,
    api: &FakeApi,
    dir: &Path,
    limits: bool,
    db: Option<&TestDb>,
    setup: &Setup,
) -> Vec<Child> {
    let Bot::MusofirPg { instances } = bot else {
        let child = spawn(bot, api, dir, limits, setup, |_| {});
        api.wait_polling().await;
        return vec![child];
    };
    let url = &db.expect("a database for the PostgreSQL bot").url;
    // The key is made once, before the instances start: they share it.
    drop(musofir::store::Store::open_pg(url, &dir.join("key")).expect("the database opens"));
    if instances <= 1 {
        let child = spawn(bot, api, dir, limits, setup, |c| {
            c.env("MUSOFIR_DATABASE_URL", url);
        });
        api.wait_polling().await;
        return vec![child];
    }
    let mut hooks = Vec::new();
    let children = (0..instances)
        .map(|_| {
            let port = free_port();
            let hook = format!("http://127.0.0.1:{port}/telegram");
            hooks.push(hook.clone());
            spawn(bot, api, dir, limits, setup, |c| {
                c.env("MUSOFIR_DATABASE_URL", url)
                    .env("MUSOFIR_WEBHOOK_URL", &hook)
                    .env("MUSOFIR_LISTEN", format!("127.0.0.1:{port}"))
                    .env("MUSOFIR_SEND_SHARE", format!("{}", 1.0 / instances as f64));
            })
        })
        .collect();
    api.balance(hooks);
    api.wait_requests("setWebhook", instances).await;
    children
}

fn spawn(
    bot: Bot,
    api: &FakeApi,
    dir: &Path,
    limits: bool,
    setup: &Setup,
    more: impl FnOnce(&mut Command),
) -> Child {
    let mut cmd = match bot {
        Bot::Musofir | Bot::MusofirPg { .. } => {
            let mut c = match &setup.binary {
                Some(b) => Command::new(b),
                None => Command::new(env!("CARGO_BIN_EXE_musofir")),
            };
            c.arg("run")
                .env("MUSOFIR_DATA_DIR", dir.join("data"))
                .env("MUSOFIR_KEY_FILE", dir.join("key"))
                .env("MUSOFIR_FAKE_NOW", setup.now.as_deref().unwrap_or(FAKE_NOW));
            if !limits {
                c.env("MUSOFIR_SEND_LIMITS", "off");
            }
            more(&mut c);
            c
        }
        Bot::Bare => {
            let mut c = Command::new(bare_binary());
            if !limits {
                c.env("BARE_UNLIMITED", "1");
            }
            c
        }
    };
    cmd.env("TELOXIDE_TOKEN", "123456:TEST")
        .env("TELOXIDE_API_URL", api.url())
        .env("RUST_LOG", "warn")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the bot starts")
}

/// CPU seconds (user + system) of a process.
fn cpu_secs(pid: u32) -> f64 {
    let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
        return 0.0;
    };
    // After the command name in parentheses: fields 14 and 15 (1-based).
    let rest = stat.rsplit(')').next().unwrap_or("");
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f.get(11).and_then(|v| v.parse().ok()).unwrap_or(0.0)
        + f.get(12).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    ticks / 100.0
}

fn peak_rss_mib(pid: u32) -> f64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

/// A reminder (its first button is "done"), as opposed to a reply.
fn is_reminder(m: &BotMessage) -> bool {
    m.buttons().iter().any(|(_, d)| d.starts_with("r:done:"))
}

/// What the scripted user answers to each question of the interview.
fn answer(code: &str) -> Option<Step> {
    Some(match code {
        "lang" => press("l:ru"),
        "cit" => press("p:cit:UZ"),
        "entry" => Step::Type("23.02.2026"),
        "purp" => press("p:purp:work"),
        "house" => press("p:house:private"),
        "region" => press("p:region:moscow"),
        "reg" => press("p:reg:no"),
        "pat" => press("p:pat:notyet"),
        "med" => press("p:med:no"),
        "days" => Step::Type("0"),
        _ => return None,
    })
}

/// After the interview: what people do next, then /forget, then again.
const AFTER: [Step; 15] = [
    Step::Type("/status"),
    Step::Type("/reminders"),
    Step::Type("/help"),
    Step::Type("/explain"),
    press("x:reg"),
    Step::Type("/privacy"),
    Step::Type("/language"),
    press("l:ru"),
    Step::Type("/status"),
    Step::Type("salom"),
    Step::Type("/explain"),
    press("x:pat"),
    Step::Type("/status"),
    Step::Type("/forget"),
    press("f:yes"),
];

#[derive(Clone, Debug)]
enum Step {
    Press(Cow<'static, str>),
    Type(&'static str),
}

const fn press(d: &'static str) -> Step {
    Step::Press(Cow::Borrowed(d))
}

/// The question a message asks, from its buttons (`<q>-ok`: a value shown
/// back; the script presses its first button, "Yes").
fn asks(m: &BotMessage) -> Option<String> {
    m.buttons().iter().find_map(|(_, d)| {
        if d.starts_with("l:") {
            return Some("lang".to_string());
        }
        if let Some(rest) = d.strip_prefix("c:") {
            return rest.split(':').next().map(|q| format!("{q}-ok"));
        }
        let rest = d.strip_prefix("p:").or_else(|| d.strip_prefix("b:"))?;
        rest.split(':').next().map(str::to_string)
    })
}

struct UserState {
    /// In the interview (false: following `AFTER`).
    interviewing: bool,
    after: usize,
}

/// The next thing a Musofir user does, given the newest message that asks
/// something (a question, or the status with its buttons).
fn next_musofir(st: &mut UserState, last: Option<&BotMessage>) -> Step {
    if st.interviewing {
        if let Some(m) = last {
            if m.buttons().iter().any(|(_, d)| d == "m:edit") {
                st.interviewing = false;
                st.after = 0;
            } else if let Some(step) = asks(m).as_deref().and_then(answer) {
                return step;
            } else if let Some((_, d)) = m.buttons().first() {
                // A question the script does not know: its first button.
                return Step::Press(Cow::Owned(d.clone()));
            }
        }
        if st.interviewing {
            return Step::Type("/start");
        }
    }
    let step = AFTER[st.after % AFTER.len()].clone();
    st.after += 1;
    if st.after == AFTER.len() {
        st.interviewing = true;
    }
    step
}

fn next_bare(n: usize, last: Option<&BotMessage>) -> Step {
    match last.and_then(|m| m.buttons().first().cloned()) {
        Some((_, d)) if n % 2 == 1 => Step::Press(Cow::Owned(d)),
        _ => Step::Type("ok"),
    }
}

/// A small deterministic generator for think-time jitter.
struct Lcg(u64);

impl Lcg {
    fn next_f64(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Runs a scenario against a fresh bot process (or processes); `None`
/// when the bot needs PostgreSQL and there is none (the line saying so is
/// printed).
pub async fn run(bot: Bot, sc: &Scenario) -> Option<Outcome> {
    run_with(bot, sc, &Setup::default()).await
}

/// [`run`] from `setup` (a store made beforehand, the clock, the binary).
pub async fn run_with(bot: Bot, sc: &Scenario, setup: &Setup) -> Option<Outcome> {
    let db = match bot {
        Bot::MusofirPg { .. } => Some(TestDb::create("load")?),
        _ => None,
    };
    Some(run_on(bot, sc, db.as_ref(), setup).await)
}

async fn run_on(bot: Bot, sc: &Scenario, db: Option<&TestDb>, setup: &Setup) -> Outcome {
    let api = FakeApi::start().await;
    api.set_wait_timeout(Duration::from_secs(120));
    if sc.limits {
        api.set_flood(Some(Flood::telegram()));
    }
    let mut feed = api.message_feed();
    let scratch = tempfile::tempdir().unwrap();
    let dir = setup.dir.as_deref().unwrap_or(scratch.path());
    let children = start(bot, &api, dir, sc.limits, db, setup).await;
    let pids: Vec<u32> = children.iter().map(Child::id).collect();
    let cpu = || pids.iter().map(|p| cpu_secs(*p)).sum::<f64>();
    // Route each new message to its user.
    let routes: Arc<Mutex<HashMap<i64, tokio::sync::mpsc::UnboundedSender<BotMessage>>>> =
        Arc::default();
    let mut inboxes = Vec::new();
    for i in 0..sc.users {
        let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
        routes.lock().unwrap().insert(9_000_000 + i as i64, tx);
        inboxes.push(rx);
    }
    let r = routes.clone();
    let seen: Arc<Mutex<Vec<BotMessage>>> = Arc::default();
    let all = seen.clone();
    let router = tokio::spawn(async move {
        while let Some(m) = feed.recv().await {
            all.lock().unwrap().push(m.clone());
            if m.edited {
                continue;
            }
            if let Some(tx) = r.lock().unwrap().get(&m.chat_id) {
                let _ = tx.send(m);
            }
        }
    });
    let cpu0 = cpu();
    let started = Instant::now();
    let deadline = started + Duration::from_secs_f64(sc.secs);
    let think = sc
        .rate
        .map(|r| Duration::from_secs_f64(sc.users as f64 / r));
    let mut tasks = Vec::new();
    for (i, mut inbox) in inboxes.into_iter().enumerate() {
        let api = api.clone();
        tasks.push(tokio::spawn(async move {
            let user = User::new(9_000_000 + i as i64, "U").lang("ru");
            let mut rng = Lcg(i as u64 * 7919 + 1);
            let mut st = UserState {
                interviewing: true,
                after: 0,
            };
            // The newest message, and the newest that asks something.
            let mut last: Option<BotMessage> = None;
            let mut question: Option<BotMessage> = None;
            let mut taps = Vec::new();
            let (mut stalled, mut finished) = (false, false);
            let mut reminders = 0usize;
            // Users start spread over one think time, so that the offered
            // rate holds from the first second (with many users and a short
            // run, some never start).
            if let Some(t) = think {
                let wait = t.mul_f64(rng.next_f64());
                tokio::time::sleep(wait.min(deadline.saturating_duration_since(Instant::now())))
                    .await;
            }
            let mut n = 0usize;
            while Instant::now() < deadline {
                let step = if bot.is_musofir() {
                    let was = st.interviewing;
                    let s = next_musofir(&mut st, question.as_ref().or(last.as_ref()));
                    finished |= was && !st.interviewing;
                    s
                } else {
                    next_bare(n, last.as_ref())
                };
                n += 1;
                let t0 = Instant::now();
                match step {
                    Step::Type(t) if t.starts_with('/') => {
                        api.send_command(&user, t);
                    }
                    Step::Type(t) => {
                        api.send_text(&user, t);
                    }
                    Step::Press(data) => match last
                        .iter()
                        .chain(question.iter())
                        .find(|m| m.buttons().iter().any(|(_, d)| *d == data))
                    {
                        Some(m) => {
                            api.press(&user, m.message_id, &data);
                        }
                        None => {
                            api.send_command(&user, "/start");
                        }
                    },
                }
                // The first message that is not a reminder is the reply: a
                // reminder arriving meanwhile is not what the tap asked for.
                let reply_by = t0 + Duration::from_secs(60);
                let first = loop {
                    match tokio::time::timeout_at(reply_by.into(), inbox.recv()).await {
                        Ok(Some(m)) if is_reminder(&m) => reminders += 1,
                        other => break other,
                    }
                };
                match first {
                    Ok(Some(m)) => {
                        taps.push((t0, m.at.saturating_duration_since(t0)));
                        // The rest of a multi-part reply (and reminders).
                        let mut newest = m;
                        loop {
                            if asks(&newest).is_some()
                                || newest.buttons().iter().any(|(_, d)| d == "m:edit")
                            {
                                question = Some(newest.clone());
                            }
                            match inbox.try_recv() {
                                Ok(more) if is_reminder(&more) => reminders += 1,
                                Ok(more) => newest = more,
                                Err(_) => break,
                            }
                        }
                        last = Some(newest);
                    }
                    _ => {
                        stalled = true;
                        break;
                    }
                }
                if let Some(t) = think {
                    let spent = t0.elapsed();
                    let wait = t.mul_f64(0.5 + rng.next_f64()).saturating_sub(spent);
                    // Not past the end: with a think time longer than the
                    // run, the run would last until the last user woke, and
                    // updates/s would count that idle time.
                    tokio::time::sleep(
                        wait.min(deadline.saturating_duration_since(Instant::now())),
                    )
                    .await;
                }
            }
            (taps, stalled, finished, reminders)
        }));
    }
    let mut out = Outcome {
        started: Some(started),
        ..Outcome::default()
    };
    for t in tasks {
        let (taps, stalled, finished, reminders) = t.await.unwrap();
        out.reminders += reminders;
        out.updates += taps.len();
        out.latency.extend(taps.iter().map(|(_, l)| *l));
        out.taps.extend(taps);
        out.stalled += usize::from(stalled);
        out.finished += usize::from(finished);
    }
    out.secs = started.elapsed().as_secs_f64();
    out.cpu_secs = cpu() - cpu0;
    // A measuring window (the bot's own pace is what is measured), not a
    // wait for something to happen.
    tokio::time::sleep(setup.linger).await;
    // The largest process (each instance runs on a machine of its own).
    out.peak_rss_mib = pids.iter().map(|p| peak_rss_mib(*p)).fold(0.0, f64::max);
    out.r429 = api.flood_429s();
    out.r429_chat = api.flood_429s_of_chats();
    out.latency.sort();
    for (pid, mut child) in pids.iter().zip(children) {
        let _ = Command::new("kill")
            .args(["-TERM", &pid.to_string()])
            .status();
        let _ = tokio::task::spawn_blocking(move || child.wait()).await;
    }
    router.abort();
    out.feed = std::mem::take(&mut *seen.lock().unwrap());
    out
}
