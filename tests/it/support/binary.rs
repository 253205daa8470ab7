#![allow(dead_code)]
//! The released binary, run as a child process against the fake Bot API.

use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::Duration;

use musofir::store::StorePaths;

use super::fake_api::FakeApi;

/// The instant the binary's clock starts at (`MUSOFIR_FAKE_NOW`): 10.03.2026,
/// 12:00 in Moscow.
pub const FAKE_NOW: &str = "2026-03-10T09:00:00Z";

pub struct Binary {
    child: Child,
    pub log: PathBuf,
}

impl Binary {
    /// Starts `musofir run` on the store at `paths`; its stderr (the log) is
    /// appended to `log`. Returns once it long-polls.
    pub async fn start(api: &FakeApi, paths: &StorePaths, log: &Path) -> Binary {
        let child = Binary::command(api, paths, log)
            .spawn()
            .expect("the binary starts");
        api.wait_polling().await;
        Binary {
            child,
            log: log.to_path_buf(),
        }
    }

    /// Starts `cmd` (from [`Binary::command`], with more settings); returns
    /// at once.
    pub fn spawn(mut cmd: Command, log: &Path) -> Binary {
        Binary {
            child: cmd.spawn().expect("the binary starts"),
            log: log.to_path_buf(),
        }
    }

    pub fn command(api: &FakeApi, paths: &StorePaths, log: &Path) -> Command {
        let err = OpenOptions::new()
            .create(true)
            .append(true)
            .open(log)
            .expect("log file");
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_musofir"));
        cmd.arg("run")
            .env("TELOXIDE_TOKEN", "123456:TEST")
            .env("TELOXIDE_API_URL", api.url())
            .env("MUSOFIR_DATA_DIR", &paths.data)
            .env("MUSOFIR_KEY_FILE", &paths.key)
            .env("MUSOFIR_FAKE_NOW", FAKE_NOW)
            .env("RUST_LOG", "info,musofir=debug")
            .env_remove("MUSOFIR_RETENTION_DAYS")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(err);
        cmd
    }

    /// SIGKILL: no chance to flush or finish anything.
    pub fn kill(mut self) {
        self.child.kill().expect("kill");
        self.child.wait().expect("reaped");
    }

    /// SIGTERM, as a service manager stops it; returns how it exited.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    pub async fn terminate(self) -> ExitStatus {
        let pid = self.child.id().to_string();
        let sent = Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .expect("kill -TERM");
        assert!(sent.success());
        let mut child = self.child;
        tokio::task::spawn_blocking(move || {
            // A failsafe only: the bot must stop within 15 s of SIGTERM.
            let deadline = std::time::Instant::now() + Duration::from_secs(15);
            loop {
                if let Some(status) = child.try_wait().expect("wait") {
                    return status;
                }
                if std::time::Instant::now() > deadline {
                    let _ = child.kill();
                    panic!("the bot did not stop within 15 s of SIGTERM");
                }
                std::thread::sleep(Duration::from_millis(20));
            }
        })
        .await
        .expect("waiter")
    }
}

/// Runs the binary with `args` to completion (no Bot API): exit status, stderr.
pub fn run_once(args: &[&str], envs: &[(&str, &Path)], stdin: &str) -> (ExitStatus, String) {
    use std::io::Write;
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_musofir"));
    cmd.args(args)
        .env_remove("MUSOFIR_KEY_FILE")
        .env_remove("MUSOFIR_DATA_DIR")
        .env_remove("MUSOFIR_DATABASE_URL")
        .env("TELOXIDE_TOKEN", "123456:TEST")
        // Nothing listens here: the bot must fail before it asks.
        .env("TELOXIDE_API_URL", "http://127.0.0.1:9")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in envs {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("the binary starts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("stdin written");
    let out = child.wait_with_output().expect("the binary ends");
    (
        out.status,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

pub fn read_log(log: &Path) -> Vec<u8> {
    let mut v = Vec::new();
    if let Ok(mut f) = File::open(log) {
        use std::io::Read;
        let _ = f.read_to_end(&mut v);
    }
    v
}
