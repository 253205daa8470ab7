//! One term per concept: the glossary's choices, checked over every `.ftl`
//! file (issue 15). The table is data: (language, banned variant, preferred
//! term, how to match). A banned variant anywhere in a message's text fails
//! the test; the preferred term must occur at least once, so a typo in the
//! table cannot make a row vacuous.
//!
//! Languages: `ru`, `uz` (Latin), `uz-Cyrl` (the Uzbek Latin text run
//! through the transliteration, as users see it), `tg`, `ky`. See
//! `shared/notes/glossary.md` for the sources of the chosen terms.

use musofir_translit::uz_latin_to_cyrillic;

/// How a banned variant is matched against a message's text.
#[derive(Clone, Copy, Debug)]
enum How {
    /// A word, or the start of a word (a suffix may follow: `RKLga`);
    /// case-sensitive (abbreviations, brand names).
    WordStart,
    /// A whole word, case-sensitive.
    Word,
    /// Anywhere, ignoring case (phrases, stems).
    Phrase,
}

use How::{Phrase, Word, WordStart};

#[rustfmt::skip]
const TERMS: &[(&str, &str, &str, How)] = &[
    // Russian: buttons and texts that speak of the user are gender-neutral.
    ("ru", "Подал", "Документы поданы, жду", Word),
    ("ru", "Да, прошёл", "Да, пройдено", Phrase),
    ("ru", "Да, отдал", "Да, копия отдана", Phrase),
    ("ru", "Оплатил", "Оплачено", Word),
    ("ru", "уведомлённым", "вас уведомили", Phrase),
    // Uzbek (Latin): Russian abbreviations as on the documents, in Cyrillic;
    // the place of stay; overstay; no calques.
    ("uz", "RKL", "РКЛ", WordStart),
    ("uz", "MMS", "ММЦ", WordStart),
    ("uz", "RVP", "РВП", WordStart),
    ("uz", "VNJ", "ВНЖ", WordStart),
    ("uz", "DMS", "полис ДМС", WordStart),
    ("uz", "turar joy", "boʻlib turgan joy", Phrase),
    ("uz", "oshirdingiz", "ortiq qoldingiz", Phrase),
    ("uz", "orqaga sanab", "oʻtgan sana bilan", Phrase),
    ("uz", "Roʻyxatdan boshlab", "Roʻyxatga qoʻyilgan sana", Phrase),
    ("uz", "migratsiya masalalari boʻyicha boʻlimi", "IIV migratsiya boʻlimi", Phrase),
    // A suffix detached from its word by the Russian name: «IIV (МВД) ga».
    ("uz", ") ga ", "IIVga (МВД)", Phrase),
    ("uz", ") da ", "IIVga (МВД)", Phrase),
    ("uz", ") dan ", "IIVga (МВД)", Phrase),
    ("uz", ") ni ", "IIVga (МВД)", Phrase),
    // Uzbek Cyrillic, as generated: loans keep the soft sign.
    ("uz-Cyrl", "рубл", "рубль", Word),
    ("uz-Cyrl", "Musofir", "Мусофир", WordStart),
    // Tajik.
    ("tg", "хотиррасон", "ёдрасонӣ", Phrase),
    ("tg", "бақайдгирии дактилоскоп", "изи ангушт", Phrase),
    ("tg", "шуъбаи муҳоҷирати ВКД", "шуъбаи кор бо муҳоҷирати ВКД", Phrase),
    ("tg", "кандашаванд", "қисми кандашуда", Phrase),
    ("tg", "огоҳиномаи омадан", "огоҳинома дар бораи омадан", Phrase),
    ("tg", "огоҳиномаҳои омадан", "огоҳинома дар бораи омадан", Phrase),
    ("tg", "соҳиби хона", "соҳиби манзил", Phrase),
    ("tg", "акс гиред", "ба акс дароед", Phrase),
    ("tg", "пештар расед", "пештар иҷро кунед", Phrase),
    ("tg", "мӯҳлатро гузарон", "аз мӯҳлат зиёд", Phrase),
    ("tg", "Хона ё манзил", "Квартира ё ҳавлӣ", Phrase),
    ("tg", "геолокация", "геолокатсия", Phrase),
    ("tg", "Чизи лозимаро", "чӣ лозим аст", Phrase),
    ("tg", "Musofir", "Мусофир", WordStart),
    // Kyrgyz.
    ("ky", "Орусия", "Россия", Phrase),
    ("ky", "дактилоскопиялык каттоо", "манжа изин тапшыр", Phrase),
    ("ky", "КФБ", "МФЦ", WordStart),
    ("ky", "штраф", "айып пул", Phrase),
    ("ky", "кабарлама", "келгендиги жөнүндө билдирүү", Phrase),
    ("ky", "Musofir", "Мусофир", WordStart),
];

/// Message texts of one language directory: values and continuation lines,
/// without ids and comments.
fn texts(files: [(&'static str, &'static str); super::FILES]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for (_, src) in files {
        for line in src.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            if line.starts_with([' ', '\t']) {
                if let Some(last) = out.last_mut() {
                    last.1.push('\n');
                    last.1.push_str(line.trim());
                }
            } else if let Some((id, value)) = line.split_once('=') {
                out.push((id.trim().to_string(), value.trim().to_string()));
            }
        }
    }
    out
}

fn found(text: &str, banned: &str, how: How) -> bool {
    let is_letter = |c: char| c.is_alphabetic() || "ʻʼ'".contains(c);
    match how {
        Phrase => text.to_lowercase().contains(&banned.to_lowercase()),
        WordStart | Word => text.match_indices(banned).any(|(i, _)| {
            let before = text.get(..i).and_then(|s| s.chars().next_back());
            let after = text.get(i + banned.len()..).and_then(|s| s.chars().next());
            let starts = !before.is_some_and(is_letter);
            let ends = match how {
                Word => !after.is_some_and(is_letter),
                _ => !after.is_some_and(char::is_uppercase),
            };
            starts && ends
        }),
    }
}

fn all_texts() -> Vec<(&'static str, Vec<(String, String)>)> {
    let uz = texts(ftl_files!("uz"));
    let uz_cyrl = uz
        .iter()
        .map(|(id, t)| (id.clone(), uz_latin_to_cyrillic(t)))
        .collect();
    vec![
        ("ru", texts(ftl_files!("ru"))),
        ("uz", uz),
        ("uz-Cyrl", uz_cyrl),
        ("tg", texts(ftl_files!("tg"))),
        ("ky", texts(ftl_files!("ky"))),
    ]
}

#[test]
fn glossary_terms() {
    let all = all_texts();
    let mut problems = Vec::new();
    for &(lang, banned, preferred, how) in TERMS {
        let Some((_, msgs)) = all.iter().find(|(l, _)| *l == lang) else {
            problems.push(format!("unknown language {lang} in the table"));
            continue;
        };
        for (id, text) in msgs {
            if found(text, banned, how) {
                problems.push(format!("{lang} {id}: «{banned}» — use «{preferred}»"));
            }
        }
        if !msgs
            .iter()
            .any(|(_, t)| t.to_lowercase().contains(&preferred.to_lowercase()))
        {
            problems.push(format!(
                "{lang}: the preferred «{preferred}» occurs nowhere"
            ));
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn matching() {
    assert!(found("RKLga kiritish", "RKL", WordStart));
    assert!(found("(RKL)", "RKL", WordStart));
    assert!(!found("ERKLI", "RKL", WordStart));
    assert!(found("7 500 рубл.", "рубл", Word));
    assert!(!found("7 500 рубль", "рубл", Word));
    assert!(!found("рублдан", "рубл", Word));
    assert!(found("Хотиррасониҳо", "хотиррасон", Phrase));
}
