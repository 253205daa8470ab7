//! `musofir migrate --from sled DIR --to postgres [URL]`: moves the bot's data
//! from the embedded store to PostgreSQL (the work is
//! [`store::transfer`](crate::store::transfer); docs/migrate.md).
//!
//! Progress goes to stderr, the summary to stdout, counts only. Exit codes:
//! 0 moved and checked; 2 a bad command line; 1 refused or failed (one line
//! on stderr saying why and what to do).

use std::io::Write;
use std::path::PathBuf;

use crate::store::transfer::{self, ReadBack};
use crate::store::StorePaths;

pub const EXIT_BAD_INPUT: i32 = 2;
pub const EXIT_FAILURE: i32 = 1;

/// Users opened in the database after the copy, unless `--check-all`.
pub const SAMPLE: usize = 1_000;

/// The command line, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Args {
    /// `--from sled DIR`.
    pub from: Vec<String>,
    /// `--to postgres URL`, or `--to postgres` with the URL in
    /// `MUSOFIR_DATABASE_URL` (a password on a command line is seen by
    /// every user of the machine in the process list).
    pub to: Vec<String>,
    /// `MUSOFIR_DATABASE_URL`, read by the shell.
    pub env_url: Option<String>,
    /// The master key (default: beside DIR, `DIR.key`).
    pub key_file: Option<PathBuf>,
    /// Open every user's values in the database, not a sample.
    pub check_all: bool,
}

const USAGE: &str = "use `musofir migrate --from sled DIR --to postgres [URL]` (without URL: \
                     MUSOFIR_DATABASE_URL)";

/// Runs the command. Never panics; returns the process exit code.
pub fn run(args: &Args, mut stdout: impl Write, mut stderr: impl Write) -> i32 {
    let is_pg = |to: &str| to == "postgres" || to == "postgresql";
    let (dir, url) = match (args.from.as_slice(), args.to.as_slice()) {
        ([from, dir], [to, url]) if from == "sled" && is_pg(to) => {
            (PathBuf::from(dir), url.clone())
        }
        ([from, dir], [to]) if from == "sled" && is_pg(to) && args.env_url.is_some() => {
            (PathBuf::from(dir), args.env_url.clone().unwrap_or_default())
        }
        _ => {
            let _ = writeln!(stderr, "musofir: {USAGE}");
            return EXIT_BAD_INPUT;
        }
    };
    let paths = StorePaths::new(dir, args.key_file.clone());
    let _ = writeln!(
        stderr,
        "moving the store in {} to PostgreSQL; the bot must be stopped (it cannot start on this \
         store until the move ends)",
        paths.data.display()
    );
    let how = if args.check_all {
        ReadBack::All
    } else {
        ReadBack::Sample(SAMPLE)
    };
    let result = transfer::sled_to_pg(&paths, &url, how, &mut |line| {
        let _ = writeln!(stderr, "  {line}");
    });
    let r = match result {
        Ok(r) => r,
        Err(e) => {
            let _ = writeln!(stderr, "musofir: {e}");
            return EXIT_FAILURE;
        }
    };
    let trees = r
        .trees
        .iter()
        .map(|(name, n)| format!("{name} {n}"))
        .collect::<Vec<_>>()
        .join(", ");
    let remains = if r.remains > 0 {
        format!(
            " ({} unreadable in the sled store too: erased users' remains)",
            r.remains
        )
    } else {
        String::new()
    };
    let text = format!(
        "moved {users} users ({slots} key slots) from {dir} to {db} in {secs:.1} s\n\
         entries: {trees}\n\
         checked: every tree and key slot equal; {read} of {users} users open with the key{remains}\n\
         next: start the bot with MUSOFIR_DATABASE_URL set to this database and the same \
         MUSOFIR_KEY_FILE ({key}); keep {dir} until you are sure (docs/migrate.md)\n",
        users = r.users,
        slots = r.key_slots,
        dir = paths.data.display(),
        db = r.location,
        secs = r.took.as_secs_f64(),
        read = r.read_back,
        key = paths.key.display(),
    );
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => 0,
        Err(_) => EXIT_FAILURE,
    }
}
