//! Wiring only: parse the command line and environment, build the parts, run.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use tracing_subscriber::EnvFilter;

use musofir::app::App;
use musofir::config::BotConfig;
use musofir::store::StorePaths;
use musofir::text::Lang;

/// mimalloc: 10–15 % less CPU per update than glibc's malloc, the same
/// memory at rest. Built without transparent huge pages (`no_thp`): with
/// them memory at rest grew by a fifth and the start slowed (BENCHMARKS.md,
/// "Allocator").
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
        /// The terminal chat's own master key (default: beside its store, DIR.key).
        #[arg(long, env = "MUSOFIR_CHAT_KEY_FILE")]
        key_file: Option<PathBuf>,
    },
    /// Write a consistent copy of the bot's store to FILE (stop the bot
    /// first). It holds only ciphertext: back the key file up separately.
    Backup {
        file: PathBuf,
        /// Back up this PostgreSQL store instead of the sled directory.
        #[arg(long, env = "MUSOFIR_DATABASE_URL")]
        database_url: Option<String>,
        /// The store (default: MUSOFIR_DATA_DIR, else ./musofir-data).
        #[arg(long, env = "MUSOFIR_DATA_DIR")]
        data_dir: Option<PathBuf>,
        /// Its master key (default: MUSOFIR_KEY_FILE, else beside the store).
        #[arg(long, env = "MUSOFIR_KEY_FILE")]
        key_file: Option<PathBuf>,
    },
    /// The law data: `law diff OLD.toml NEW.toml` compares two versions.
    Law {
        #[command(subcommand)]
        cmd: LawCmd,
    },
    /// Move the bot's data from the embedded store to PostgreSQL (stop the
    /// bot first; docs/migrate.md): `migrate --from sled DIR --to postgres URL`.
    Migrate {
        /// `sled DIR`: the bot's data directory.
        #[arg(long, num_args = 2, value_names = ["sled", "DIR"], required = true)]
        from: Vec<String>,
        /// `postgres URL`: an empty database (postgres://user@host/db); `postgres`
        /// alone takes the URL from MUSOFIR_DATABASE_URL (kept out of the process list).
        #[arg(long, num_args = 1..=2, value_names = ["postgres", "URL"], required = true)]
        to: Vec<String>,
        /// The store's master key (default: MUSOFIR_KEY_FILE, else beside DIR).
        #[arg(long, env = "MUSOFIR_KEY_FILE")]
        key_file: Option<PathBuf>,
        /// Open every user's values in the database afterwards, not a sample.
        #[arg(long)]
        check_all: bool,
    },
    /// Restore a backup into DIR, which must be new or empty. If the key file
    /// exists, the backup must belong to it.
    Restore {
        file: PathBuf,
        #[arg(long)]
        data_dir: PathBuf,
        /// The key the backup belongs to (default: beside DIR, DIR.key).
        #[arg(long, env = "MUSOFIR_KEY_FILE")]
        key_file: Option<PathBuf>,
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

#[derive(Subcommand)]
enum LawCmd {
    /// Which rules a new law/rules.toml changes, and how many stored users it
    /// would tell something (counts only).
    Diff {
        old: PathBuf,
        new: PathBuf,
        /// The day to count deadlines for, YYYY-MM-DD (default: today in Moscow).
        #[arg(long)]
        today: Option<String>,
        /// The bot's store (default: MUSOFIR_DATA_DIR, else ./musofir-data).
        #[arg(long, env = "MUSOFIR_DATA_DIR")]
        data_dir: Option<PathBuf>,
        #[arg(long, env = "MUSOFIR_KEY_FILE")]
        key_file: Option<PathBuf>,
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
        Cmd::Chat {
            lang,
            data_dir,
            key_file,
        } => run_chat(lang, StorePaths::new(data_dir, key_file)),
        Cmd::Backup {
            file,
            database_url,
            data_dir,
            key_file,
        } => run_backup(&file, database_url, data_dir, key_file),
        Cmd::Law {
            cmd:
                LawCmd::Diff {
                    old,
                    new,
                    today,
                    data_dir,
                    key_file,
                },
        } => {
            let data =
                musofir::config::data_dir_from(data_dir.map(|d| d.to_string_lossy().into_owned()));
            let paths = StorePaths::new(data, key_file);
            let code = musofir::cli::law_diff::run(
                &old,
                &new,
                today.as_deref(),
                Some(&paths),
                std::io::stdout().lock(),
                std::io::stderr().lock(),
            );
            return ExitCode::from(u8::try_from(code).unwrap_or(1));
        }
        Cmd::Migrate {
            from,
            to,
            key_file,
            check_all,
        } => {
            let args = musofir::cli::migrate::Args {
                from,
                to,
                env_url: std::env::var("MUSOFIR_DATABASE_URL").ok(),
                key_file,
                check_all,
            };
            // Not locked: the log writes to stderr from the database's threads.
            let code = musofir::cli::migrate::run(&args, std::io::stdout(), std::io::stderr());
            return ExitCode::from(u8::try_from(code).unwrap_or(1));
        }
        Cmd::Restore {
            file,
            data_dir,
            key_file,
        } => run_restore(&file, StorePaths::new(data_dir, key_file)),
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
    let clock = musofir::clock::from_env(std::env::var("MUSOFIR_FAKE_NOW").ok())
        .map_err(anyhow::Error::msg)?;
    let mut app = App::with_store(cfg.open_store()?, clock)?;
    app.retention_days = cfg.retention_days;
    let app = Arc::new(app);
    let rt = tokio::runtime::Runtime::new()?;
    let mut opts = musofir::telegram::Options::default();
    if cfg.unlimited_sends {
        tracing::warn!("MUSOFIR_SEND_LIMITS=off: Telegram's limits are not kept (benchmarks only)");
        opts.limits = musofir::telegram::limits::Limits::unlimited();
    } else {
        opts.limits.overall_per_sec *= cfg.send_share;
        opts.limits.overall_burst =
            ((f64::from(opts.limits.overall_burst) * cfg.send_share).ceil() as u32).max(1);
    }
    rt.block_on(musofir::telegram::run(&cfg, app, opts, shutdown_signal()))
}

fn run_chat(lang: Option<Lang>, paths: StorePaths) -> anyhow::Result<()> {
    let clock = musofir::clock::from_env(std::env::var("MUSOFIR_FAKE_NOW").ok())
        .map_err(anyhow::Error::msg)?;
    let app = App::open(&paths, clock)?;
    musofir::console::chat(
        &app,
        lang,
        std::io::stdin().lock(),
        std::io::stdout().lock(),
    )
}

fn run_backup(
    file: &std::path::Path,
    database_url: Option<String>,
    data_dir: Option<PathBuf>,
    key_file: Option<PathBuf>,
) -> anyhow::Result<()> {
    let data = musofir::config::data_dir_from(data_dir.map(|d| d.to_string_lossy().into_owned()));
    let paths = StorePaths::new(data, key_file);
    let s = match database_url.filter(|u| !u.trim().is_empty()) {
        Some(url) => {
            let store = musofir::store::Store::open_pg(&url, &paths.key)?;
            musofir::store::backup::backup_store(&store, file)?
        }
        None => musofir::store::backup::backup(&paths, file)?,
    };
    println!(
        "backup written to {}: {} users, {} entries, {} bytes (ciphertext only; keep the key file {} apart)",
        file.display(),
        s.users,
        s.entries,
        s.bytes,
        paths.key.display()
    );
    Ok(())
}

fn run_restore(file: &std::path::Path, paths: StorePaths) -> anyhow::Result<()> {
    let key_there = paths.key.exists();
    let s = musofir::store::backup::restore(file, &paths)?;
    println!(
        "restored {} users ({} entries) into {}",
        s.users,
        s.entries,
        paths.data.display()
    );
    if !key_there {
        println!(
            "the key file {} is missing: put the backup's key there (or set MUSOFIR_KEY_FILE) before starting the bot",
            paths.key.display()
        );
    }
    Ok(())
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
