//! Every message formats in every language; texts obey Telegram's rules.

use musofir::i18n::{check_all_messages, I18n};
use musofir::text::{Lang, Msg};

#[test]
fn every_message_formats_in_every_language() {
    let i18n = I18n::new().expect("locales load");
    let problems = check_all_messages(&i18n);
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn uzbek_cyrillic_is_the_latin_text_transliterated() {
    let i18n = I18n::new().unwrap();
    let cyr = i18n.format(Lang::UzCyrl, &Msg::new("language-choose"));
    assert!(cyr.chars().any(|c| ('а'..='я').contains(&c)), "{cyr}");
    assert!(!cyr.chars().any(|c| c.is_ascii_alphabetic()), "{cyr}");
    // Language names keep their own script, so each reader finds theirs.
    assert_eq!(
        i18n.format(Lang::UzCyrl, &Msg::new("lang-name-uz")),
        "Oʻzbekcha"
    );
}

#[test]
fn no_bidi_isolation_marks_reach_telegram() {
    let i18n = I18n::new().unwrap();
    for lang in Lang::ALL {
        for id in i18n.message_ids() {
            let text = i18n.format(lang, &Msg::new(id.clone()));
            assert!(
                !text.contains('\u{2068}') && !text.contains('\u{2069}'),
                "{} {id}",
                lang.code()
            );
        }
    }
}

/// Every message id the code spells out (`Msg::new("…")`, `Reply::new("…")`,
/// `.then("…")`, `button("…", …)`, a question's choice labels) exists in the
/// Russian texts — and so, by `ftl-check --strict` and the test above, in
/// every language. Ids built from enum names are covered by the guidance's
/// and the reminders' own tests, which list every variant.
#[test]
fn every_message_id_the_code_names_exists() {
    use std::collections::BTreeSet;
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut ids = BTreeSet::new();
    for e in std::fs::read_dir(root.join("locales/ru")).unwrap() {
        let text = std::fs::read_to_string(e.unwrap().path()).unwrap();
        for line in text.lines() {
            if let Some((id, _)) = line.split_once(" =") {
                if !id.starts_with(' ') && !id.starts_with('#') && !id.is_empty() {
                    ids.insert(id.trim().to_string());
                }
            }
        }
    }
    assert!(ids.len() > 400, "{} ids in locales/ru", ids.len());
    let openers = [
        "Msg::new(\"",
        "Reply::new(\"",
        ".then(\"",
        "button(\"",
        ", \"",
    ];
    let mut missing = Vec::new();
    let mut stack = vec![root.join("src")];
    let mut seen = 0;
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            let text = std::fs::read_to_string(&p).unwrap();
            // Unit tests use placeholder ids.
            let code = text.split("#[cfg(test)]").next().unwrap_or("");
            for opener in openers {
                for (i, _) in code.match_indices(opener) {
                    let rest = &code[i + opener.len()..];
                    let Some(end) = rest.find('"') else { continue };
                    let id = &rest[..end];
                    // An id: lower-case words joined by '-' (a choice's value
                    // code, such as "UZ" or "today", is not one).
                    let looks_like_id = id.contains('-')
                        && id.chars().all(|c| {
                            c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_'
                        });
                    if !looks_like_id {
                        continue;
                    }
                    seen += 1;
                    if !ids.contains(id) {
                        missing.push(format!("{}: {id}", p.strip_prefix(root).unwrap().display()));
                    }
                }
            }
        }
    }
    assert!(
        seen > 150,
        "only {seen} ids found in the code: the scan is broken"
    );
    assert!(
        missing.is_empty(),
        "ids with no message:\n{}",
        missing.join("\n")
    );
}
