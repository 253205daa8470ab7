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
