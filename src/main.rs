//! Wiring only: parse the command line and environment, build the parts, run.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use tracing_subscriber::EnvFilter;

use musofir::app::App;
use musofir::clock::SystemClock;
use musofir::config::BotConfig;
use musofir::text::Lang;

#[derive(Parser)]
#[command(
    name = "musofir",
    version,
    about = "Musofir: deadlines, risks and reminders for migrant workers in Russia"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Cmd>,
}

#[derive(Subcommand)]
enum Cmd {
    /// Run the Telegram bot (the default). Needs TELOXIDE_TOKEN.
    Run,
    /// Talk to the bot in this terminal, no token needed. Buttons are numbered.
    Chat {
        /// Language to start in: uz, uz-Cyrl, tg or ru.
        #[arg(long, value_parser = parse_lang)]
        lang: Option<Lang>,
        /// Where the terminal chat keeps its own store.
        #[arg(long, env = "MUSOFIR_CHAT_DIR", default_value = "./musofir-chat")]
        data_dir: PathBuf,
    },
    /// Print deadlines, risks and next steps for a profile given as JSON on
    /// stdin (see docs/deadlines.md). Exit code 2 on bad input.
    Deadlines {
        /// The day to count from, YYYY-MM-DD (default: today in Moscow).
        #[arg(long)]
        today: Option<String>,
        /// Print the assessment as JSON instead of text.
        #[arg(long)]
        json: bool,
        /// Language of the text: ru (default), uz, uz-Cyrl or tg.
        #[arg(long)]
        lang: Option<String>,
    },
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::from_code(s)
        .ok_or_else(|| format!("unknown language '{s}' (use uz, uz-Cyrl, tg, ky or ru)"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .init();
    let result = match cli.command.unwrap_or(Cmd::Run) {
        Cmd::Run => run_bot(),
        Cmd::Chat { lang, data_dir } => run_chat(lang, data_dir),
        Cmd::Deadlines { today, json, lang } => {
            let args = musofir::cli::deadlines::Args { today, json, lang };
            let code = musofir::cli::deadlines::run(
                &args,
                std::io::stdin().lock(),
                std::io::stdout().lock(),
                std::io::stderr().lock(),
            );
            return ExitCode::from(u8::try_from(code).unwrap_or(1));
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("musofir: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run_bot() -> anyhow::Result<()> {
    let cfg = BotConfig::from_env()?;
    let app = Arc::new(App::open(&cfg.data_dir, Arc::new(SystemClock))?);
    let rt = tokio::runtime::Runtime::new()?;
    rt.block_on(musofir::telegram::run(
        &cfg,
        app,
        Default::default(),
        shutdown_signal(),
    ))
}

fn run_chat(lang: Option<Lang>, dir: PathBuf) -> anyhow::Result<()> {
    let app = App::open(&dir, Arc::new(SystemClock))?;
    musofir::console::chat(
        &app,
        lang,
        std::io::stdin().lock(),
        std::io::stdout().lock(),
    )
}

/// SIGINT or SIGTERM (teloxide's own handler ignores SIGTERM, which is what
/// systemd, Docker and Kubernetes send).
async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(s) => s,
                Err(_) => {
                    let _ = ctrl_c.await;
                    return;
                }
            };
        tokio::select! {
            _ = ctrl_c => {},
            _ = term.recv() => {},
        }
    }
    #[cfg(not(unix))]
    {
        let _ = ctrl_c.await;
    }
}
