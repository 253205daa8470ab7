//! The layers, enforced: the core (the conversation, guidance, explainers,
//! reminder planning, texts) is a layer below the shells and does no I/O. A
//! core file that names the store, Telegram, the jobs or a real clock fails
//! here; so does a file that reaches a store backend around the store's port.
//! Run alone: `cargo test --test it layers::`.

use std::path::{Path, PathBuf};

/// The core: plain functions of (state, input, today).
const CORE: &[&str] = &[
    "src/dialogue",
    "src/guidance",
    "src/explain",
    "src/faq",
    "src/reminders",
    "src/i18n",
    "src/text.rs",
    "src/render.rs",
    "crates/law/src",
    "crates/dates/src",
    "crates/translit/src",
];

/// What a core file may not name.
const FORBIDDEN: &[&str] = &[
    "crate::store",
    "crate::telegram",
    "crate::app",
    "crate::jobs",
    "crate::console",
    "crate::cli",
    "crate::config",
    "sled::",
    "teloxide",
    "tokio",
    "reqwest",
    "std::fs",
    "std::net",
    "SystemClock",
    "Utc::now",
    "Local::now",
    "SystemTime::now",
    "Instant::now",
];

fn files(root: &Path, rel: &str, out: &mut Vec<PathBuf>) {
    let p = root.join(rel);
    if p.is_file() {
        out.push(p);
        return;
    }
    let mut stack = vec![p];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
}

/// Each line of `files` that names one of `words` in code (comments may
/// mention anything, to say what calls this), as `path:line: word`.
fn naming(root: &Path, files: &[PathBuf], words: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(f).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for word in words {
                if code.contains(word) {
                    found.push(format!(
                        "{}:{}: {word}",
                        f.strip_prefix(root).unwrap().display(),
                        n + 1
                    ));
                }
            }
        }
    }
    found
}

#[test]
fn the_core_names_no_shell_and_does_no_io() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut all = Vec::new();
    for rel in CORE {
        files(root, rel, &mut all);
    }
    assert!(all.len() > 30, "the core was found ({} files)", all.len());
    let broken = naming(root, &all, FORBIDDEN);
    assert!(
        broken.is_empty(),
        "the core reaches into a shell:\n{}",
        broken.join("\n")
    );
}

/// The store's backends stay behind its port (`store/kv`): only the store
/// names sled, only `store/kv/pg.rs` PostgreSQL, and the reminder queue
/// (`store/queue/`) names neither: it reads and writes through the port, so
/// the same queue runs on both.
#[test]
fn the_backends_stay_behind_the_store_s_port() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let postgres = ["tokio_postgres", "deadpool_postgres", "postgres::"];
    let mut src = Vec::new();
    files(root, "src", &mut src);
    let store = root.join("src/store");
    let outside: Vec<PathBuf> = src
        .iter()
        .filter(|f| !f.starts_with(&store))
        .cloned()
        .collect();
    assert!(outside.len() > 30 && src.len() > outside.len());
    let not_pg: Vec<PathBuf> = src
        .iter()
        .filter(|f| !f.ends_with("src/store/kv/pg.rs"))
        .cloned()
        .collect();
    let mut queue = Vec::new();
    files(root, "src/store/queue", &mut queue);
    assert!(
        queue.len() > 1,
        "the queue was found ({} files)",
        queue.len()
    );
    let mut broken = naming(root, &outside, &["sled::", "use sled"]);
    broken.extend(naming(root, &not_pg, &postgres));
    broken.extend(naming(root, &queue, &["sled", "kv::pg"]));
    assert!(
        broken.is_empty(),
        "a backend is reached around the store's port:\n{}",
        broken.join("\n")
    );
}
