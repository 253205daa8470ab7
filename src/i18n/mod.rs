//! The only module that knows Fluent: turns [`Msg`]s into text in a [`Lang`].
//!
//! Texts are compiled into the binary (`locales/<lang>/*.ftl`), so a fresh clone
//! and a deployed binary always carry the same words. Uzbek Cyrillic has no
//! files of its own: it is the Uzbek Latin text run through [`translit`].

use std::collections::HashMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::text::{Arg, Lang, Msg};

/// Every Fluent file, per language directory. Each language has the same set
/// (`ftl-check --ref ru --strict` enforces matching messages).
macro_rules! ftl_files {
    ($dir:literal) => {
        [
            (
                "main",
                include_str!(concat!("../../locales/", $dir, "/main.ftl")),
            ),
            (
                "interview",
                include_str!(concat!("../../locales/", $dir, "/interview.ftl")),
            ),
            (
                "assessment",
                include_str!(concat!("../../locales/", $dir, "/assessment.ftl")),
            ),
            (
                "explain",
                include_str!(concat!("../../locales/", $dir, "/explain.ftl")),
            ),
            (
                "reminders",
                include_str!(concat!("../../locales/", $dir, "/reminders.ftl")),
            ),
            (
                "lawchange",
                include_str!(concat!("../../locales/", $dir, "/lawchange.ftl")),
            ),
            (
                "input",
                include_str!(concat!("../../locales/", $dir, "/input.ftl")),
            ),
            (
                "situations",
                include_str!(concat!("../../locales/", $dir, "/situations.ftl")),
            ),
        ]
    };
}

#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    #[error("locales/{lang}/{file}.ftl does not parse: {detail}")]
    Parse {
        lang: &'static str,
        file: &'static str,
        detail: String,
    },
    #[error("locales/{lang}/{file}.ftl defines a message twice: {detail}")]
    Duplicate {
        lang: &'static str,
        file: &'static str,
        detail: String,
    },
}

/// Which Fluent bundle serves a language.
fn base(lang: Lang) -> Lang {
    match lang {
        Lang::UzCyrl => Lang::Uz,
        other => other,
    }
}

pub struct I18n {
    bundles: HashMap<Lang, FluentBundle<FluentResource>>,
}

impl I18n {
    pub fn new() -> Result<I18n, I18nError> {
        let mut bundles = HashMap::new();
        bundles.insert(Lang::Ru, bundle("ru", ftl_files!("ru"))?);
        bundles.insert(Lang::Uz, bundle("uz", ftl_files!("uz"))?);
        bundles.insert(Lang::Tg, bundle("tg", ftl_files!("tg"))?);
        bundles.insert(Lang::Ky, bundle("ky", ftl_files!("ky"))?);
        Ok(I18n { bundles })
    }

    /// Formats one message. A missing message or a formatting error is a bug
    /// (tests format every message in every language); the user still gets
    /// something readable and the error is logged without personal data.
    pub fn format(&self, lang: Lang, msg: &Msg) -> String {
        let text = self.format_base(base(lang), msg);
        match lang {
            // Language names are shown each in its own script, whatever the reader's.
            Lang::UzCyrl if !msg.id.starts_with("lang-name-") => {
                musofir_translit::uz_latin_to_cyrillic(&text)
            }
            _ => text,
        }
    }

    fn format_base(&self, lang: Lang, msg: &Msg) -> String {
        let Some(bundle) = self.bundles.get(&lang) else {
            return msg.id.to_string();
        };
        let Some(pattern) = bundle.get_message(&msg.id).and_then(|m| m.value()) else {
            tracing::error!(id = %msg.id, lang = lang.code(), "missing message");
            return msg.id.to_string();
        };
        let mut args = FluentArgs::new();
        for (name, value) in &msg.args {
            args.set(*name, self.value(lang, value));
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
        if !errors.is_empty() {
            tracing::error!(id = %msg.id, lang = lang.code(), ?errors, "message formatting failed");
        }
        text.into_owned()
    }

    fn value(&self, lang: Lang, arg: &Arg) -> FluentValue<'static> {
        match arg {
            Arg::Str(s) => FluentValue::from(escape_html(s)),
            Arg::Msg(m) => FluentValue::from(self.format_base(lang, m)),
            Arg::Num(n) => FluentValue::from(*n),
            Arg::Date(d) => FluentValue::from(d.format("%d.%m.%Y").to_string()),
            Arg::Rub(r) => FluentValue::from(group_digits(*r)),
        }
    }

    /// The compiled-in texts, loaded once: for the core's reading of typed
    /// button labels (pure: the texts are part of the binary). `None` only
    /// if they do not load, which `I18n::new` at start refuses anyway.
    pub fn shared() -> Option<&'static I18n> {
        static SHARED: std::sync::OnceLock<Option<I18n>> = std::sync::OnceLock::new();
        SHARED.get_or_init(|| I18n::new().ok()).as_ref()
    }

    /// Whether a message exists in every language (used by tests and by the
    /// explainers to offer only what is written).
    pub fn has(&self, id: &str) -> bool {
        self.bundles.values().all(|b| b.has_message(id))
    }

    /// Every message id of the reference language (Russian).
    pub fn message_ids(&self) -> Vec<String> {
        let mut ids = Vec::new();
        for (_, src) in ftl_files!("ru") {
            if let Ok(res) = FluentResource::try_new(src.to_string()) {
                for entry in res.entries() {
                    if let fluent_syntax::ast::Entry::Message(m) = entry {
                        ids.push(m.id.name.to_string());
                    }
                }
            }
        }
        ids
    }
}

/// How many Fluent files each language has.
const FILES: usize = 8;

fn bundle(
    lang: &'static str,
    files: [(&'static str, &'static str); FILES],
) -> Result<FluentBundle<FluentResource>, I18nError> {
    let id: LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Bidi isolation marks are invisible garbage in Telegram for these
    // left-to-right languages and break copying numbers and commands.
    bundle.set_use_isolating(false);
    for (file, src) in files {
        let res =
            FluentResource::try_new(src.to_string()).map_err(|(_, errs)| I18nError::Parse {
                lang,
                file,
                detail: format!("{errs:?}"),
            })?;
        bundle
            .add_resource(res)
            .map_err(|errs| I18nError::Duplicate {
                lang,
                file,
                detail: format!("{errs:?}"),
            })?;
    }
    Ok(bundle)
}

/// Escapes text for Telegram's HTML parse mode.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// 10000 -> "10 000" (a no-break space, as Russian typography and officials write it).
pub fn group_digits(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    if n < 0 {
        format!("-{out}")
    } else {
        out
    }
}

/// Checks that every message of the reference language formats without
/// errors in every language, with the sample values of each variable.
/// Returns "lang id: problem" lines; empty when all is well.
pub fn check_all_messages(i18n: &I18n) -> Vec<String> {
    use fluent_syntax::ast;

    fn walk_pattern(p: &ast::Pattern<&str>, vars: &mut Vec<(String, bool)>) {
        for el in &p.elements {
            if let ast::PatternElement::Placeable { expression } = el {
                walk_expr(expression, vars);
            }
        }
    }
    fn walk_expr(e: &ast::Expression<&str>, vars: &mut Vec<(String, bool)>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                if let ast::InlineExpression::VariableReference { id } = selector {
                    vars.push((id.name.to_string(), true));
                }
                for v in variants {
                    walk_pattern(&v.value, vars);
                }
            }
            ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => {
                vars.push((id.name.to_string(), false));
            }
            ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
                walk_expr(expression, vars)
            }
            _ => {}
        }
    }

    let mut problems = Vec::new();
    for (_, src) in ftl_files!("ru") {
        let Ok(res) = FluentResource::try_new(src.to_string()) else {
            problems.push("ru: a file does not parse".into());
            continue;
        };
        for entry in res.entries() {
            let ast::Entry::Message(m) = entry else {
                continue;
            };
            let mut vars = Vec::new();
            if let Some(p) = &m.value {
                walk_pattern(p, &mut vars);
            }
            // Numbers that exercise every Russian plural form and the edges.
            for n in [0i64, 1, 2, 5, 11, 21, -3] {
                for lang in [Lang::Ru, Lang::Uz, Lang::Tg, Lang::Ky] {
                    let Some(bundle) = i18n.bundles.get(&lang) else {
                        continue;
                    };
                    let Some(pattern) = bundle.get_message(m.id.name).and_then(|x| x.value())
                    else {
                        problems.push(format!("{}: {} is missing", lang.code(), m.id.name));
                        continue;
                    };
                    let mut args = FluentArgs::new();
                    for (v, selector) in &vars {
                        if *selector {
                            args.set(v.clone(), FluentValue::from(n));
                        } else {
                            args.set(v.clone(), FluentValue::from("X"));
                        }
                    }
                    let mut errors = Vec::new();
                    let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
                    if !errors.is_empty() {
                        problems.push(format!("{} {}: {errors:?}", lang.code(), m.id.name));
                    }
                    if text.trim().is_empty() {
                        problems.push(format!("{} {}: empty", lang.code(), m.id.name));
                    }
                }
            }
        }
    }
    problems.sort();
    problems.dedup();
    problems
}

#[cfg(test)]
mod terms;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_digits() {
        assert_eq!(group_digits(500), "500");
        assert_eq!(group_digits(4200), "4\u{a0}200");
        assert_eq!(group_digits(1_000_000), "1\u{a0}000\u{a0}000");
        assert_eq!(group_digits(-15000), "-15\u{a0}000");
    }

    #[test]
    fn escapes_user_text() {
        assert_eq!(escape_html("<b>&\"x\""), "&lt;b&gt;&amp;&quot;x&quot;");
    }
}
