//! Free-text date parsing for the interview.
//!
//! Pure and self-contained: the caller passes "today" (in the user's time
//! zone) and says whether a date typed without a year should be resolved
//! into the past or the future. This module only parses; whether a date is
//! too old or lies in the future is judged by the caller, which owns the
//! localized messages.
//!
//! Accepted forms (surrounding spaces, trailing dots and any letter case are
//! ignored):
//!
//! * numeric, always day first: `05.03.2026`, `5.3.26`, `05/03/2026`,
//!   `5-3-2026`, `5 3 2026`, `5.3` (no year); ISO `2026-03-05` (a four-digit
//!   first number means year-month-day);
//! * a day and a month name in Russian (nominative, genitive and other case
//!   forms, common abbreviations), Uzbek Latin (with the suffixes `-da`,
//!   `-dan`, `-gacha`, ...), Uzbek Cyrillic (with or without the soft sign),
//!   Tajik (with the izofat `-и` and the ordinal `-ум(и)`), and English
//!   abbreviations: `5 mart`, `5-martdan`, `5 марта 2026 г.`, `mart 5`,
//!   `2025 йил 5 февралдан`, `9-уми октябри соли 2025`, `5 mar`;
//! * today / yesterday / the day before yesterday / tomorrow / the day after
//!   tomorrow in Russian, Uzbek (both scripts), Tajik (with or without the
//!   letters ӯ, ҳ, ...), Kyrgyz and English.
//!
//! Two-digit years are read as 2000 + yy. Apostrophes (', ʻ, ʼ, ‘, ’, `)
//! inside words are ignored, and the Tajik/Uzbek/Kyrgyz letters ӯ ӣ ҳ қ ғ ҷ
//! ў ү ө ң are matched as their plain counterparts, so users typing without
//! them are understood.

use chrono::{Datelike, Duration, NaiveDate};

/// Which way to resolve a date typed without a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expect {
    /// The most recent such date that is not after today.
    Past,
    /// The nearest such date on or after today.
    Future,
}

/// Why a text could not be read as a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// Nothing but spaces.
    Empty,
    /// Not a date form this parser knows.
    Unrecognized,
    /// A date form, but no such day exists (31.02, month 13, 29.02.2026).
    Impossible,
}

/// A date read from text, and whether its year was chosen by the parser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Typed {
    /// The date read.
    pub date: NaiveDate,
    /// The text named a day and a month but no year ("25 dekabr", "5.3"):
    /// the year was chosen by `expect`. False for full dates and for
    /// relative words ("вчера").
    pub year_guessed: bool,
}

/// Parses a date typed by the user.
///
/// `today` is used for relative words ("вчера", "ertaga") and to choose the
/// year of a date typed without one, according to `expect`.
pub fn parse_date(input: &str, today: NaiveDate, expect: Expect) -> Result<NaiveDate, DateError> {
    read_date(input, today, expect).map(|t| t.date)
}

/// Like [`parse_date`], and says whether the year was typed or chosen: a
/// chosen year far from today deserves a question ("25 dekabr" typed on
/// 04.12.2026 is 25.12.2025, almost a year ago).
pub fn read_date(input: &str, today: NaiveDate, expect: Expect) -> Result<Typed, DateError> {
    let typed = |date| Typed {
        date,
        year_guessed: false,
    };
    let guessed = |date| Typed {
        date,
        year_guessed: true,
    };
    if input.trim().is_empty() {
        return Err(DateError::Empty);
    }
    let normalized = normalize(input);
    let tokens = tokenize(&normalized);
    if tokens.is_empty() {
        return Err(DateError::Unrecognized);
    }

    if let Some(offset) = relative_offset(&tokens) {
        return today
            .checked_add_signed(Duration::days(offset))
            .map(typed)
            .ok_or(DateError::Impossible);
    }

    // Drop filler words ("г.", "yil", "соли", "-уми", prepositions).
    let tokens: Vec<&Tok> = tokens
        .iter()
        .filter(|t| match t {
            Tok::Word(w) => !NOISE.contains(&w.as_str()),
            Tok::Num { .. } => true,
        })
        .collect();
    // "на завтра", "kecha kuni".
    let words: Vec<Tok> = tokens.iter().map(|t| (*t).clone()).collect();
    if let Some(offset) = relative_offset(&words) {
        return today
            .checked_add_signed(Duration::days(offset))
            .map(typed)
            .ok_or(DateError::Impossible);
    }

    let mut nums: Vec<(u32, usize)> = Vec::new();
    let mut month: Option<u32> = None;
    // Shape of the token sequence: 'n' for a number, 'm' for a month name.
    let mut shape = String::new();
    for t in &tokens {
        match t {
            Tok::Num { value, len } => {
                if *len > 4 {
                    return Err(DateError::Unrecognized);
                }
                nums.push((*value, *len));
                shape.push('n');
            }
            Tok::Word(w) => {
                if month.is_some() {
                    return Err(DateError::Unrecognized);
                }
                month = Some(month_of(w).ok_or(DateError::Unrecognized)?);
                shape.push('m');
            }
        }
    }

    let n = |i: usize| nums.get(i).copied().ok_or(DateError::Unrecognized);
    match (shape.as_str(), month) {
        // 05.03.2026, 5.3.26, 2026-03-05
        ("nnn", None) => {
            let (a, b, c) = (n(0)?, n(1)?, n(2)?);
            if a.1 == 4 {
                full(c, b, a).map(typed)
            } else {
                full(a, b, c).map(typed)
            }
        }
        // 5.3
        ("nn", None) => {
            let (d, m) = (n(0)?, n(1)?);
            if d.1 > 2 || m.1 > 2 {
                return Err(DateError::Unrecognized);
            }
            without_year(d.0, m.0, today, expect).map(guessed)
        }
        // 5 mart, 5-martdan
        ("nm", Some(m)) | ("mn", Some(m)) => {
            let d = n(0)?;
            if d.1 > 2 {
                return Err(DateError::Unrecognized);
            }
            without_year(d.0, m, today, expect).map(guessed)
        }
        // 5 mart 2026, mart 5 2026, 2026 mart 5
        ("nmn", Some(m)) | ("mnn", Some(m)) => {
            let (a, b) = (n(0)?, n(1)?);
            if shape == "nmn" && a.1 == 4 && b.1 <= 2 {
                full(b, (m, 2), a).map(typed)
            } else {
                full(a, (m, 2), b).map(typed)
            }
        }
        // 2025 йил 5 февралдан
        ("nnm", Some(m)) => {
            let (y, d) = (n(0)?, n(1)?);
            if y.1 != 4 {
                return Err(DateError::Unrecognized);
            }
            full(d, (m, 2), y).map(typed)
        }
        _ => Err(DateError::Unrecognized),
    }
}

/// A number token: its value and how many digits were typed.
type Num = (u32, usize);

/// Builds a date from day, month and year tokens, checking digit counts.
fn full(d: Num, m: Num, y: Num) -> Result<NaiveDate, DateError> {
    if d.1 > 2 || m.1 > 2 {
        return Err(DateError::Unrecognized);
    }
    let year = match y.1 {
        2 => 2000 + y.0 as i32,
        4 => y.0 as i32,
        _ => return Err(DateError::Unrecognized),
    };
    NaiveDate::from_ymd_opt(year, m.0, d.0).ok_or(DateError::Impossible)
}

/// Resolves a day and month without a year into the past or the future.
fn without_year(
    day: u32,
    month: u32,
    today: NaiveDate,
    expect: Expect,
) -> Result<NaiveDate, DateError> {
    // 2000 is a leap year: this checks that the day exists in some year.
    if NaiveDate::from_ymd_opt(2000, month, day).is_none() {
        return Err(DateError::Impossible);
    }
    let year = today.year();
    // Leap days recur at most every 8 years (e.g. 2096 -> 2104).
    for k in 0..=8 {
        let y = match expect {
            Expect::Past => year.checked_sub(k),
            Expect::Future => year.checked_add(k),
        };
        let Some(y) = y else { break };
        if let Some(date) = NaiveDate::from_ymd_opt(y, month, day) {
            let fits = match expect {
                Expect::Past => date <= today,
                Expect::Future => date >= today,
            };
            if fits {
                return Ok(date);
            }
        }
    }
    Err(DateError::Impossible)
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    Num { value: u32, len: usize },
    Word(String),
}

/// An apostrophe in any of the forms phones type (Uzbek Latin's oʻ, gʻ).
pub fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '`' | '´' | '\u{02BB}' | '\u{02BC}' | '\u{2018}' | '\u{2019}' | '\u{02B9}'
    )
}

/// A lower-case Tajik/Uzbek/Kyrgyz letter (or ё) as the plain Cyrillic
/// letter users type when their keyboard lacks it; any other as it is.
pub fn fold_letter(c: char) -> char {
    match c {
        'ӯ' | 'ў' | 'ү' => 'у',
        'ӣ' => 'и',
        'ҳ' => 'х',
        'қ' => 'к',
        'ғ' => 'г',
        'ҷ' => 'ч',
        'ө' => 'о',
        'ң' => 'н',
        'ё' => 'е',
        other => other,
    }
}

/// Lower-cases, drops apostrophes and folds the Tajik/Uzbek/Kyrgyz letters
/// (and ё) to the plain Cyrillic letters users type when they lack them.
fn normalize(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    for c in input.chars().flat_map(char::to_lowercase) {
        if is_apostrophe(c) {
            continue;
        }
        out.push(fold_letter(c));
    }
    out
}

/// Splits into runs of ASCII digits and runs of letters; everything else
/// (spaces, dots, slashes, hyphens, commas) separates tokens.
fn tokenize(s: &str) -> Vec<Tok> {
    let mut tokens = Vec::new();
    let mut chars = s.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_ascii_digit() {
            let mut value: u32 = 0;
            let mut len = 0usize;
            while let Some(&d) = chars.peek() {
                let Some(v) = d.to_digit(10).filter(|_| d.is_ascii_digit()) else {
                    break;
                };
                value = value.saturating_mul(10).saturating_add(v);
                len = len.saturating_add(1);
                chars.next();
            }
            tokens.push(Tok::Num { value, len });
        } else if c.is_alphabetic() {
            let mut word = String::new();
            while let Some(&l) = chars.peek() {
                if !l.is_alphabetic() || l.is_ascii_digit() {
                    break;
                }
                word.push(l);
                chars.next();
            }
            tokens.push(Tok::Word(fold_lookalikes(word)));
        } else {
            chars.next();
        }
    }
    tokens
}

/// In a word that mixes scripts («мaрта» typed with a Latin `a`), reads
/// Latin letters that look like Cyrillic ones as Cyrillic.
fn fold_lookalikes(word: String) -> String {
    let cyrillic = word.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c));
    let latin = word.chars().any(|c| c.is_ascii_alphabetic());
    if !(cyrillic && latin) {
        return word;
    }
    word.chars()
        .map(|c| match c {
            'a' => 'а',
            'e' => 'е',
            'o' => 'о',
            'p' => 'р',
            'c' => 'с',
            'x' => 'х',
            'y' => 'у',
            'k' => 'к',
            'm' => 'м',
            't' => 'т',
            'b' => 'в',
            'h' => 'н',
            other => other,
        })
        .collect()
}

/// Relative day words, normalized (see [`normalize`]), with their offset.
const RELATIVE: &[(&str, i64)] = &[
    // today
    ("сегодня", 0),
    ("bugun", 0),
    ("бугун", 0), // uz-Cyrl; also ky «бүгүн»
    ("имруз", 0), // tg «имрӯз»
    ("today", 0),
    ("segodnya", 0),
    // yesterday
    ("вчера", -1),
    ("kecha", -1),
    ("кеча", -1),
    ("дируз", -1), // tg «дирӯз»
    ("кечээ", -1), // ky
    ("yesterday", -1),
    ("vchera", -1),
    // the day before yesterday
    ("позавчера", -2),
    ("otgan kuni", -2), // uz «oʻtgan kuni»
    ("otgan kun", -2),
    ("утган куни", -2),   // uz-Cyrl «ўтган куни»
    ("парируз", -2),      // tg «парирӯз»
    ("пареруз", -2),      // tg «парерӯз»
    ("мурдагы куну", -2), // ky «мурдагы күнү»
    ("pozavchera", -2),
    // tomorrow
    ("завтра", 1),
    ("ertaga", 1),
    ("эртага", 1),
    ("фардо", 1),
    ("эртен", 1), // ky «эртең»
    ("tomorrow", 1),
    ("zavtra", 1),
    // the day after tomorrow
    ("послезавтра", 2),
    ("indinga", 2),
    ("индинга", 2),
    ("пасфардо", 2),
    ("бурсугуну", 2), // ky «бүрсүгүнү»
    ("poslezavtra", 2),
];

fn relative_offset(tokens: &[Tok]) -> Option<i64> {
    let mut phrase = String::new();
    for t in tokens {
        match t {
            Tok::Word(w) => {
                if !phrase.is_empty() {
                    phrase.push(' ');
                }
                phrase.push_str(w);
            }
            Tok::Num { .. } => return None,
        }
    }
    RELATIVE
        .iter()
        .find(|(w, _)| *w == phrase)
        .map(|&(_, offset)| offset)
}

/// Filler words dropped before reading the date (normalized forms).
const NOISE: &[&str] = &[
    // year markers
    "г",
    "гг",
    "год",
    "года",
    "году",
    "yil",
    "yili",
    "yilda",
    "yilning",
    "y",
    "йил",
    "йили",
    "йилда",
    "йилнинг",
    "й",
    "соли",
    "сол",
    // day and month markers
    "kuni",
    "куни",
    "уми",
    "ум",
    "юми",
    "юм",
    "го",
    "е",
    "ое",
    "числа",
    "мохи",
    "мох",
    "oy",
    "oyi",
    "ой",
    "ойи",
    "oyining",
    // prepositions
    "с",
    "со",
    "до",
    "по",
    "от",
    "на",
    "в",
    "дар",
    "аз",
    "то",
];

/// Month stems that take case endings and suffixes.
const STEMS: &[(&str, u32)] = &[
    ("январ", 1),
    ("yanvar", 1),
    ("феврал", 2),
    ("fevral", 2),
    ("март", 3),
    ("mart", 3),
    ("апрел", 4),
    ("aprel", 4),
    ("май", 5),
    ("may", 5),
    ("июн", 6),
    ("iyun", 6),
    ("июл", 7),
    ("iyul", 7),
    ("август", 8),
    ("avgust", 8),
    ("сентябр", 9),
    ("сентабр", 9),
    ("sentyabr", 9),
    ("sentabr", 9),
    ("октябр", 10),
    ("октабр", 10),
    ("oktyabr", 10),
    ("oktabr", 10),
    ("ноябр", 11),
    ("noyabr", 11),
    ("декабр", 12),
    ("dekabr", 12),
];

/// Endings allowed after a stem: Russian case endings (also romanized),
/// Uzbek suffixes (both scripts, with or without the soft sign), the Tajik
/// izofat and the Uzbek possessive.
const SUFFIXES: &[&str] = &[
    "",
    "ь",
    "я",
    "е",
    "ю",
    "а",
    "у",
    "ом",
    "ем",
    "и",
    "да",
    "дан",
    "га",
    "гача",
    "ни",
    "нинг",
    "даги",
    "ьда",
    "ьдан",
    "ьга",
    "ьгача",
    "ьни",
    "ьнинг",
    "ьдаги",
    "a",
    "ya",
    "e",
    "i",
    "da",
    "dan",
    "ga",
    "gacha",
    "ni",
    "ning",
    "dagi",
];

/// Exact forms: May's Russian case forms and abbreviations.
const EXACT: &[(&str, u32)] = &[
    ("мая", 5),
    ("мае", 5),
    ("маю", 5),
    ("янв", 1),
    ("фев", 2),
    ("февр", 2),
    ("мар", 3),
    ("апр", 4),
    ("авг", 8),
    ("сен", 9),
    ("сент", 9),
    ("окт", 10),
    ("ноя", 11),
    ("нояб", 11),
    ("дек", 12),
    ("yan", 1),
    ("yanv", 1),
    ("fev", 2),
    ("mar", 3),
    ("apr", 4),
    ("avg", 8),
    ("sen", 9),
    ("sent", 9),
    ("okt", 10),
    ("noy", 11),
    ("noyab", 11),
    ("dek", 12),
    ("jan", 1),
    ("feb", 2),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

fn month_of(word: &str) -> Option<u32> {
    if let Some(&(_, m)) = EXACT.iter().find(|(w, _)| *w == word) {
        return Some(m);
    }
    STEMS.iter().find_map(|&(stem, m)| {
        let rest = word.strip_prefix(stem)?;
        SUFFIXES.contains(&rest).then_some(m)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
    }

    fn today() -> NaiveDate {
        ymd(2026, 11, 23)
    }

    use DateError::{Empty, Impossible, Unrecognized};
    use Expect::{Future, Past};

    #[test]
    fn table() {
        let ok = |y, m, d| Ok(ymd(y, m, d));
        #[rustfmt::skip]
        let rows: Vec<(&str, Expect, Result<NaiveDate, DateError>)> = vec![
            // numeric
            ("05.03.2026", Past, ok(2026, 3, 5)),
            ("5.3.26", Past, ok(2026, 3, 5)),
            ("5.3.2026", Past, ok(2026, 3, 5)),
            ("05/03/2026", Past, ok(2026, 3, 5)),
            ("5-3-2026", Past, ok(2026, 3, 5)),
            ("2026-03-05", Past, ok(2026, 3, 5)),
            ("  05.03.2026.  ", Past, ok(2026, 3, 5)),
            ("05.03.2026г.", Past, ok(2026, 3, 5)),
            ("05.03.2026 й.", Past, ok(2026, 3, 5)),
            ("5.3", Past, ok(2026, 3, 5)),
            ("5.3", Future, ok(2027, 3, 5)),
            ("23.11", Past, ok(2026, 11, 23)),
            ("23.11", Future, ok(2026, 11, 23)),
            ("24.11", Past, ok(2025, 11, 24)),
            ("22.11", Future, ok(2027, 11, 22)),
            ("01.01.2030", Past, ok(2030, 1, 1)),
            // leap years, month ends
            ("29.02.2024", Past, ok(2024, 2, 29)),
            ("29.02.2026", Past, Err(Impossible)),
            ("29.02", Past, ok(2024, 2, 29)),
            ("29.02", Future, ok(2028, 2, 29)),
            ("29 fevral", Future, ok(2028, 2, 29)),
            ("29.02.2000", Past, ok(2000, 2, 29)),
            ("29.02.2100", Past, Err(Impossible)),
            ("31.02", Past, Err(Impossible)),
            ("30.02.2024", Past, Err(Impossible)),
            ("31.04.2026", Past, Err(Impossible)),
            ("30.04.2026", Past, ok(2026, 4, 30)),
            ("31.12.2025", Past, ok(2025, 12, 31)),
            ("31.01.2026", Past, ok(2026, 1, 31)),
            ("5.13.2026", Past, Err(Impossible)),
            ("0.3.2026", Past, Err(Impossible)),
            ("32.1", Past, Err(Impossible)),
            ("31 iyun", Past, Err(Impossible)),
            // Russian
            ("5 марта", Past, ok(2026, 3, 5)),
            ("5 март", Past, ok(2026, 3, 5)),
            ("5 МАРТА 2026 г.", Past, ok(2026, 3, 5)),
            ("1 января", Future, ok(2027, 1, 1)),
            ("1 янв", Past, ok(2026, 1, 1)),
            ("3 мая", Past, ok(2026, 5, 3)),
            ("3 май", Past, ok(2026, 5, 3)),
            ("с 10 сентября", Past, ok(2026, 9, 10)),
            ("10 сент.", Past, ok(2026, 9, 10)),
            ("5-го декабря", Past, ok(2025, 12, 5)),
            ("15 июня 2025 года", Past, ok(2025, 6, 15)),
            ("15 июль", Past, ok(2026, 7, 15)),
            ("9 авг. 2026", Past, ok(2026, 8, 9)),
            ("12 окт", Past, ok(2026, 10, 12)),
            ("2 нояб", Future, ok(2027, 11, 2)),
            ("20 апр", Past, ok(2026, 4, 20)),
            ("20 февр", Past, ok(2026, 2, 20)),
            // Uzbek Latin
            ("5 mart", Past, ok(2026, 3, 5)),
            ("5-mart", Past, ok(2026, 3, 5)),
            ("5-martdan", Past, ok(2026, 3, 5)),
            ("5-martgacha", Future, ok(2027, 3, 5)),
            ("5 mart 2026", Past, ok(2026, 3, 5)),
            ("mart 5", Past, ok(2026, 3, 5)),
            ("5 mar", Past, ok(2026, 3, 5)),
            ("25 dekabr", Past, ok(2025, 12, 25)),
            ("25 dekabr", Future, ok(2026, 12, 25)),
            ("1 yanvar", Past, ok(2026, 1, 1)),
            ("10 sentabr", Past, ok(2026, 9, 10)),
            ("10 sentyabr", Past, ok(2026, 9, 10)),
            ("1 oktabr", Past, ok(2026, 10, 1)),
            ("1 oktyabr", Past, ok(2026, 10, 1)),
            ("7 noyabr", Past, ok(2026, 11, 7)),
            ("7 may", Past, ok(2026, 5, 7)),
            ("7-mayda", Past, ok(2026, 5, 7)),
            ("12 iyun", Past, ok(2026, 6, 12)),
            ("12 iyul", Past, ok(2026, 7, 12)),
            ("12 avgust", Past, ok(2026, 8, 12)),
            ("12 aprel", Past, ok(2026, 4, 12)),
            ("2026-yil 5-fevraldan", Past, ok(2026, 2, 5)),
            ("2026-yil 5-fevral'", Past, ok(2026, 2, 5)),
            ("5 MART", Past, ok(2026, 3, 5)),
            ("5 mart kuni", Past, ok(2026, 3, 5)),
            ("2026 yil 5 mart", Past, ok(2026, 3, 5)),
            ("2026.03.05", Past, ok(2026, 3, 5)),
            ("05 . 03 . 2026", Past, ok(2026, 3, 5)),
            ("5 мaрта", Past, ok(2026, 3, 5)),
            ("5 oktabrgacha", Future, ok(2027, 10, 5)),
            ("5 marta", Past, ok(2026, 3, 5)),
            // Uzbek Cyrillic
            ("5 мартда", Past, ok(2026, 3, 5)),
            ("2025 йил 5 февралдан", Past, ok(2025, 2, 5)),
            ("10 сентябрь куни", Past, ok(2026, 9, 10)),
            ("11 сентябрдан", Past, ok(2026, 9, 11)),
            ("30 декабр куни", Past, ok(2025, 12, 30)),
            ("1 январ", Past, ok(2026, 1, 1)),
            ("1 октабр", Past, ok(2026, 10, 1)),
            ("1 ноябр", Past, ok(2026, 11, 1)),
            ("1 июн", Past, ok(2026, 6, 1)),
            ("1 июл", Past, ok(2026, 7, 1)),
            ("1 апрел", Past, ok(2026, 4, 1)),
            // Tajik
            ("5-уми март", Past, ok(2026, 3, 5)),
            ("28-уми декабр", Past, ok(2025, 12, 28)),
            ("9-уми октябри соли 2025", Past, ok(2025, 10, 9)),
            ("2-юми феврал", Past, ok(2026, 2, 2)),
            ("1 сентябр", Past, ok(2026, 9, 1)),
            ("1 майи 2026", Past, ok(2026, 5, 1)),
            ("аз 5-уми марти соли 2026", Past, ok(2026, 3, 5)),
            ("моҳи май 3", Past, ok(2026, 5, 3)),
            // relative words
            ("сегодня", Past, ok(2026, 11, 23)),
            ("Вчера", Past, ok(2026, 11, 22)),
            ("позавчера", Past, ok(2026, 11, 21)),
            ("завтра", Future, ok(2026, 11, 24)),
            ("послезавтра", Future, ok(2026, 11, 25)),
            ("bugun", Past, ok(2026, 11, 23)),
            ("kecha", Past, ok(2026, 11, 22)),
            ("oʻtgan kuni", Past, ok(2026, 11, 21)),
            ("o'tgan kuni", Past, ok(2026, 11, 21)),
            ("ertaga", Future, ok(2026, 11, 24)),
            ("indinga", Future, ok(2026, 11, 25)),
            ("бугун", Past, ok(2026, 11, 23)),
            ("кеча", Past, ok(2026, 11, 22)),
            ("ўтган куни", Past, ok(2026, 11, 21)),
            ("эртага", Future, ok(2026, 11, 24)),
            ("имрӯз", Past, ok(2026, 11, 23)),
            ("имруз", Past, ok(2026, 11, 23)),
            ("дирӯз", Past, ok(2026, 11, 22)),
            ("парерӯз", Past, ok(2026, 11, 21)),
            ("фардо", Future, ok(2026, 11, 24)),
            ("пасфардо", Future, ok(2026, 11, 25)),
            ("бүгүн", Past, ok(2026, 11, 23)),
            ("кечээ", Past, ok(2026, 11, 22)),
            ("эртең", Future, ok(2026, 11, 24)),
            ("на завтра", Future, ok(2026, 11, 24)),
            ("kecha kuni", Past, ok(2026, 11, 22)),
            ("Сегодня.", Past, ok(2026, 11, 23)),
            // errors
            ("", Past, Err(Empty)),
            ("   ", Past, Err(Empty)),
            ("...", Past, Err(Unrecognized)),
            ("hello", Past, Err(Unrecognized)),
            ("5", Past, Err(Unrecognized)),
            ("2026", Past, Err(Unrecognized)),
            ("5 марта марта", Past, Err(Unrecognized)),
            ("5 martovskiy", Past, Err(Unrecognized)),
            ("05.03.202", Past, Err(Unrecognized)),
            ("005.03.2026", Past, Err(Unrecognized)),
            ("05032026", Past, Err(Unrecognized)),
            ("5.3.2026.1", Past, Err(Unrecognized)),
            ("99999999999999999999.1.2026", Past, Err(Unrecognized)),
            ("моҳи январи соли 2025", Past, Err(Unrecognized)),
            ("5 марта 26 апреля", Past, Err(Unrecognized)),
            ("05.03.2026 10:00", Past, Err(Unrecognized)),
            ("5 2026 mart", Past, Err(Unrecognized)),
            ("2026 mart 2026", Past, Err(Unrecognized)),
            ("45 mart", Past, Err(Impossible)),
            ("вчера вечером", Past, Err(Unrecognized)),
            ("г.", Past, Err(Unrecognized)),
        ];
        assert!(rows.len() >= 40);
        let mut failures = Vec::new();
        for (input, expect, want) in &rows {
            let got = parse_date(input, today(), *expect);
            if &got != want {
                failures.push(format!("{input:?} {expect:?}: got {got:?}, want {want:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn every_month_form_from_the_glossary() {
        let forms: [[&str; 5]; 12] = [
            ["yanvar", "январь", "январ", "января", "янв"],
            ["fevral", "февраль", "феврал", "февраля", "фев"],
            ["mart", "март", "март", "марта", "мар"],
            ["aprel", "апрель", "апрел", "апреля", "апр"],
            ["may", "май", "май", "мая", "мая"],
            ["iyun", "июнь", "июн", "июня", "июн"],
            ["iyul", "июль", "июл", "июля", "июл"],
            ["avgust", "август", "август", "августа", "авг"],
            ["sentabr", "сентябрь", "сентябр", "сентября", "сен"],
            ["oktabr", "октябрь", "октябр", "октября", "окт"],
            ["noyabr", "ноябрь", "ноябр", "ноября", "ноя"],
            ["dekabr", "декабрь", "декабр", "декабря", "дек"],
        ];
        for (i, row) in forms.iter().enumerate() {
            let m = i as u32 + 1;
            for form in row {
                for input in [format!("3 {form}"), format!("3-{form} 2026")] {
                    assert_eq!(
                        parse_date(&input, ymd(2026, 12, 31), Past),
                        Ok(ymd(2026, m, 3)),
                        "{input}"
                    );
                }
            }
        }
    }

    #[test]
    fn says_when_the_year_was_chosen() {
        let guessed = |s: &str| read_date(s, today(), Past).map(|t| t.year_guessed);
        for s in [
            "25 dekabr",
            "5.3",
            "5-martdan",
            "28-уми декабр",
            "mart 5",
            "5 марта",
        ] {
            assert_eq!(guessed(s), Ok(true), "{s}");
        }
        for s in [
            "25.12.2025",
            "25 dekabr 2025",
            "2025 йил 5 февралдан",
            "2026-03-05",
            "5.3.26",
            "kecha",
            "сегодня",
        ] {
            assert_eq!(guessed(s), Ok(false), "{s}");
        }
        assert_eq!(guessed("31.02"), Err(Impossible));
        // The case: typed on 04.12.2026 as an entry date.
        let t = read_date("25 dekabr", ymd(2026, 12, 4), Past);
        assert_eq!(
            t,
            Ok(Typed {
                date: ymd(2025, 12, 25),
                year_guessed: true
            })
        );
    }

    #[test]
    fn resolution_at_year_edges() {
        let jan1 = ymd(2026, 1, 1);
        assert_eq!(parse_date("31.12", jan1, Past), Ok(ymd(2025, 12, 31)));
        assert_eq!(parse_date("31.12", jan1, Future), Ok(ymd(2026, 12, 31)));
        assert_eq!(parse_date("1.1", jan1, Past), Ok(jan1));
        assert_eq!(parse_date("1.1", jan1, Future), Ok(jan1));
        assert_eq!(parse_date("kecha", jan1, Past), Ok(ymd(2025, 12, 31)));
        // Leap day across a century that is not a leap year.
        assert_eq!(
            parse_date("29.02", ymd(2100, 1, 1), Future),
            Ok(ymd(2104, 2, 29))
        );
        assert_eq!(
            parse_date("29.02", ymd(2103, 12, 31), Past),
            Ok(ymd(2096, 2, 29))
        );
        // Extremes of chrono's range must not panic.
        let _ = parse_date("завтра", NaiveDate::MAX, Future);
        let _ = parse_date("вчера", NaiveDate::MIN, Past);
        let _ = parse_date("29.02", NaiveDate::MAX, Future);
        let _ = parse_date("29.02", NaiveDate::MIN, Past);
    }

    fn date_strategy() -> impl Strategy<Value = NaiveDate> {
        (0i64..(365 * 400)).prop_map(|n| ymd(1900, 1, 1) + Duration::days(n))
    }

    proptest! {
        #[test]
        fn never_panics(s in "\\PC*") {
            let _ = parse_date(&s, today(), Past);
            let _ = parse_date(&s, today(), Future);
        }

        #[test]
        fn never_panics_on_date_like(s in "[0-9 .,/\\-]{0,20}[a-zа-яёʻ' ]{0,12}[0-9 .]{0,8}") {
            let _ = parse_date(&s, today(), Past);
        }

        #[test]
        fn read_date_agrees_with_parse_date(s in "\\PC{0,24}", future in any::<bool>()) {
            let expect = if future { Future } else { Past };
            prop_assert_eq!(read_date(&s, today(), expect).map(|t| t.date), parse_date(&s, today(), expect));
        }

        #[test]
        fn round_trips(date in date_strategy(), future in any::<bool>()) {
            let s = format!("{:02}.{:02}.{}", date.day(), date.month(), date.year());
            let expect = if future { Future } else { Past };
            prop_assert_eq!(parse_date(&s, today(), expect), Ok(date));
            let iso = date.format("%Y-%m-%d").to_string();
            prop_assert_eq!(parse_date(&iso, today(), expect), Ok(date));
        }

        #[test]
        fn without_year_resolves_in_the_right_direction(
            date in date_strategy(),
            base in date_strategy(),
        ) {
            let s = format!("{}.{}", date.day(), date.month());
            let past = parse_date(&s, base, Past);
            let future = parse_date(&s, base, Future);
            prop_assert!(matches!(past, Ok(d) if d <= base && (d.day(), d.month()) == (date.day(), date.month())));
            prop_assert!(matches!(future, Ok(d) if d >= base && (d.day(), d.month()) == (date.day(), date.month())));
            // Nearest: no year in between has the same day and month on the right side.
            if let (Ok(p), Ok(f)) = (past, future) {
                for y in (p.year() + 1)..=base.year() {
                    if let Some(d) = NaiveDate::from_ymd_opt(y, date.month(), date.day()) {
                        prop_assert!(d > base, "{} is nearer than {}", d, p);
                    }
                }
                for y in base.year()..f.year() {
                    if let Some(d) = NaiveDate::from_ymd_opt(y, date.month(), date.day()) {
                        prop_assert!(d < base, "{} is nearer than {}", d, f);
                    }
                }
            }
        }
    }
}
