//! The layers, enforced: the core (the conversation, guidance, explainers,
//! reminder planning, texts) is a layer below the shells and does no I/O. A
//! core file that names the store, Telegram, the jobs or a real clock fails
//! here. Run alone: `cargo test --test it layers::`.

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

#[test]
fn the_core_names_no_shell_and_does_no_io() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut all = Vec::new();
    for rel in CORE {
        files(root, rel, &mut all);
    }
    assert!(all.len() > 30, "the core was found ({} files)", all.len());
    let mut broken = Vec::new();
    for f in &all {
        let text = std::fs::read_to_string(f).unwrap();
        for (n, line) in text.lines().enumerate() {
            // Comments may mention the shells (to say what calls this).
            let code = line.split("//").next().unwrap_or("");
            for word in FORBIDDEN {
                if code.contains(word) {
                    broken.push(format!(
                        "{}:{}: {word}",
                        f.strip_prefix(root).unwrap().display(),
                        n + 1
                    ));
                }
            }
        }
    }
    assert!(
        broken.is_empty(),
        "the core reaches into a shell:\n{}",
        broken.join("\n")
    );
}
