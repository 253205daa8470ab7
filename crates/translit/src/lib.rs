//! Uzbek Latin → Uzbek Cyrillic transliteration.
//!
//! The bot's Uzbek texts are written once in Latin (1995 alphabet); the
//! Cyrillic variant for older readers is produced by running the FINAL
//! formatted message (Telegram HTML) through [`uz_latin_to_cyrillic`].
//! Pure and self-contained.
//!
//! # What is left alone
//!
//! * HTML tags (`<b>`, `<a href="…">`) and entities (`&lt;`, `&amp;`), and
//!   everything inside `<code>` and `<pre>` (text meant to be copied as is);
//!   apostrophe entities (`&#39;`, `&#x27;`, `&apos;`, `&rsquo;`, …) inside a
//!   word are read as apostrophes, so an escaped `o&#39;zbek` still becomes
//!   `ўзбек`.
//! * Whitespace-separated tokens that are URLs (contain `://`, start with
//!   `www.`, or are a domain such as `gosuslugi.ru`, `t.me/…`, `сайт.рф`),
//!   Telegram commands (start with `/`), e-mails and @usernames (contain
//!   `@`), hashtags (start with `#`).
//! * Everything that is not an ASCII Latin letter: Cyrillic (Russian terms in
//!   brackets), digits, emoji, punctuation. A text without Latin letters is
//!   returned unchanged.
//! * Foreign words that are not Uzbek: words with `w`, words with a `c` not
//!   in `ch` (unless all capitals, e.g. `MFC` → `МФЦ`), words with a capital
//!   after a small letter (`RuID`, `iPhone`, `WhatsApp`), hyphenated
//!   compounds with such a part (`Wi-Fi`), `e-mail`, and a short keep list
//!   spelled exactly (`RuID`, `ID`, `QR`, `PDF`, `SIM`, `Google`, `Yandex`,
//!   …; `sim` in small letters is an Uzbek word). A kept word may carry an
//!   Uzbek suffix in small letters, which is transliterated (`PDFda` →
//!   `PDFда`).
//!
//! # Letters
//!
//! The standard correspondence: a а, b б, d д, f ф, g г, h ҳ, i и, j ж, k к,
//! l л, m м, n н, o о, p п, q қ, r р, s с, t т, u у, v в, x х, y й, z з,
//! oʻ ў, gʻ ғ, sh ш, ch ч, ng нг, yo ё, yu ю, ya я, ʼ ъ. Decisions:
//!
//! * `e` is `э` at the start of a word and after `a`, `o`, `u`, `oʻ`
//!   (`elchixona` → `элчихона`, `aeroport` → `аэропорт`), else `е`, also
//!   after `e` and `i`, which occur only in Russian loans (`reestr` →
//!   `реестр`, `klient` → `клиент`).
//! * `ye` is `е` at the start of a word or after a vowel (`Yevroosiyo` →
//!   `Евроосиё`, `qayerda` → `қаерда`) and `ъе` after a consonant
//!   (`obyekt` → `объект`, `inyeksiya` → `инъекция`).
//! * `y` before `oʻ` is `й` + `ў` (`yoʻl` → `йўл`), not `ё`.
//! * `oʻ`/`gʻ` take any of ʻ (U+02BB) ' ‘ ’ `; U+02BC ʼ is only ever the
//!   tutuq belgisi. Any apostrophe between two letters that is not part of
//!   `oʻ`/`gʻ` is the tutuq → `ъ` (`maʼmuriy` → `маъмурий`), except `s'h`,
//!   which is `с` + `ҳ` (`Is'hoq` → `Исҳоқ`). An apostrophe at the end of a
//!   word after `o`/`g` is `ў`/`ғ` (`togʻ` → `тоғ`) unless the word opened
//!   with a quote (`'Saxarovo'` keeps its quotes); other apostrophes at the
//!   edges of words are punctuation and stay.
//! * `ts` stays `тс` (native forms such as `ketsa`, `aytsin` need it), with
//!   exceptions for Russian loans: at the start of a word (`Tsentr` →
//!   `Центр`, `TsVSIG` → `ЦВСИГ`), before `iya` and `ion` (`migratsiya` →
//!   `миграция`, `migratsion` → `миграцион`), and after a vowel before `i`
//!   and a vowel (`spetsialist` → `специалист`). Loans spelled with a plain
//!   `s` for `ц` (`sirk`, `sement`) cannot be told from native words and
//!   keep `с`.
//! * Russian loans keep Russian spelling, as the glossary asks: `ksiya`,
//!   `nsiya`, `ksion`, `nsion` → `кция`, `нция`, `кцион`, `нцион`
//!   (`funksiya` → `функция`, `kvitansiya` → `квитанция`, `funksional` →
//!   `функционал`; not in words with `pensi`, `ekspansi`, `suspensi`:
//!   `pensiya` → `пенсия`); month names
//!   take the soft sign when they stand alone (`sentabr` → `сентябрь`,
//!   `iyun` → `июнь`) and drop it before a suffix (`sentabrdan` →
//!   `сентябрдан`, as in the glossary's sources); a few loans are listed
//!   whole (`rayon` → `район`, `kompyuter` → `компьютер`, `sudya` →
//!   `судья`, …).
//! * Russian loans that end in a soft sign, which Latin Uzbek drops, get it
//!   back by the month rule: alone they keep it, before an Uzbek suffix they
//!   do not (`rubl` → `рубль`, `rubldan` → `рублдан`, `avtomobil` →
//!   `автомобиль`). The list is short and spelled out ([`SOFT_SIGN_LOANS`]):
//!   a native word never gets a soft sign. Russian words already written in
//!   Cyrillic (the Russian names in brackets: `(медосвидетельствование)`,
//!   `(рубль)`) are never touched.
//! * The bot's name `Musofir` is `Мусофир` (an Uzbek word, written as
//!   Uzbek).
//! * Abbreviations in capitals go letter by letter (`RVP` → `РВП`, `VNJ` →
//!   `ВНЖ`, `DMS` → `ДМС`, `SNILS` → `СНИЛС`, `INN` → `ИНН`, `GUVM` →
//!   `ГУВМ`, `YeOII` → `ЕОИИ`), except a small table where the Latin
//!   spelling renders a Russian `Ц`: `MMS` → `ММЦ`, `MFS`/`MFTs` → `МФЦ`,
//!   `MMTs` → `ММЦ`. A suffix in small letters is transliterated (`MMSga` →
//!   `ММЦга`, `RVPni` → `РВПни`).
//! * Case follows the Latin letter (a digraph takes the case of its first
//!   letter: `Sh`, `SH` → `Ш`).

/// Transliterates Uzbek Latin text (Telegram HTML allowed) into Uzbek
/// Cyrillic. Never panics; text without ASCII Latin letters is returned
/// unchanged.
pub fn uz_latin_to_cyrillic(text: &str) -> String {
    let units = split_units(text);
    let mut out = String::with_capacity(text.len() * 2);
    let mut i = 0;
    // Inside <code> or <pre>: text meant to be copied exactly.
    let mut verbatim_depth = 0usize;
    while i < units.len() {
        match units[i].kind {
            Kind::Tag => {
                match verbatim_tag(units[i].src) {
                    Some(true) => verbatim_depth = verbatim_depth.saturating_add(1),
                    Some(false) => verbatim_depth = verbatim_depth.saturating_sub(1),
                    None => {}
                }
                out.push_str(units[i].src);
                i += 1;
            }
            _ if verbatim_depth > 0 => {
                out.push_str(units[i].src);
                i += 1;
            }
            Kind::Space => {
                out.push_str(units[i].src);
                i += 1;
            }
            _ => {
                let start = i;
                while i < units.len() && !matches!(units[i].kind, Kind::Tag | Kind::Space) {
                    i += 1;
                }
                convert_token(&units[start..i], &mut out);
            }
        }
    }
    out
}

/// `Some(true)` for `<code…>`/`<pre…>`, `Some(false)` for `</code>`/`</pre>`.
fn verbatim_tag(tag: &str) -> Option<bool> {
    let inner = tag.strip_prefix('<')?.strip_suffix('>')?;
    let (closing, inner) = match inner.strip_prefix('/') {
        Some(rest) => (true, rest),
        None => (false, inner),
    };
    let name: String = inner
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    (name == "code" || name == "pre").then_some(!closing)
}

// ---------------------------------------------------------------------------
// Splitting the HTML text into units.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// An HTML tag, copied as it is; also ends a token.
    Tag,
    /// Whitespace, copied as it is; ends a token.
    Space,
    /// An HTML entity that is not an apostrophe, copied as it is.
    Entity,
    /// An apostrophe (a character or an entity for one).
    Apos(char),
    /// Any other character.
    Char(char),
}

#[derive(Debug, Clone, Copy)]
struct Unit<'a> {
    kind: Kind,
    src: &'a str,
}

fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '`' | '\u{02BB}' | '\u{02BC}' | '\u{2018}' | '\u{2019}'
    )
}

fn split_units(text: &str) -> Vec<Unit<'_>> {
    let mut units = Vec::new();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let len = match c {
            '<' => tag_len(rest),
            '&' => entity_len(rest),
            _ => None,
        };
        if let Some(len) = len {
            if let Some((src, tail)) = split_checked(rest, len) {
                let kind = if c == '<' {
                    Kind::Tag
                } else {
                    match entity_char(src) {
                        Some(a) if is_apostrophe(a) => Kind::Apos(a),
                        _ => Kind::Entity,
                    }
                };
                units.push(Unit { kind, src });
                rest = tail;
                continue;
            }
        }
        let len = c.len_utf8();
        let Some((src, tail)) = split_checked(rest, len) else {
            break;
        };
        let kind = if c.is_whitespace() {
            Kind::Space
        } else if is_apostrophe(c) {
            Kind::Apos(c)
        } else {
            Kind::Char(c)
        };
        units.push(Unit { kind, src });
        rest = tail;
    }
    units
}

fn split_checked(s: &str, at: usize) -> Option<(&str, &str)> {
    if s.is_char_boundary(at) {
        Some(s.split_at(at))
    } else {
        None
    }
}

/// Length of a tag starting at `s` (which starts with `<`): up to the first
/// `>` outside quotes. `None` if there is no such `>` or the `<` is not
/// followed by a tag name, `/` or `!`.
fn tag_len(s: &str) -> Option<usize> {
    let mut chars = s.char_indices().skip(1);
    let (_, first) = chars.next()?;
    if !(first.is_ascii_alphabetic() || first == '/' || first == '!') {
        return None;
    }
    let mut quote: Option<char> = None;
    for (i, c) in s.char_indices().skip(1) {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '"' || c == '\'' => quote = Some(c),
            None if c == '>' => return Some(i + 1),
            None if c == '<' => return None,
            None => {}
        }
    }
    None
}

/// Length of an entity starting at `s` (which starts with `&`):
/// `&name;`, `&#123;` or `&#x1F;`.
fn entity_len(s: &str) -> Option<usize> {
    let body = s.get(1..)?;
    let end = body.find(';')?;
    let name = body.get(..end)?;
    let ok = if let Some(num) = name.strip_prefix('#') {
        if let Some(hex) = num.strip_prefix('x').or_else(|| num.strip_prefix('X')) {
            !hex.is_empty() && hex.len() <= 6 && hex.chars().all(|c| c.is_ascii_hexdigit())
        } else {
            !num.is_empty() && num.len() <= 7 && num.chars().all(|c| c.is_ascii_digit())
        }
    } else {
        !name.is_empty() && name.len() <= 31 && name.chars().all(|c| c.is_ascii_alphanumeric())
    };
    ok.then_some(end + 2)
}

/// The character an entity stands for, where it matters here.
fn entity_char(src: &str) -> Option<char> {
    let name = src.strip_prefix('&')?.strip_suffix(';')?;
    if let Some(num) = name.strip_prefix('#') {
        let code = if let Some(hex) = num.strip_prefix('x').or_else(|| num.strip_prefix('X')) {
            u32::from_str_radix(hex, 16).ok()?
        } else {
            num.parse::<u32>().ok()?
        };
        return char::from_u32(code);
    }
    match name {
        "apos" => Some('\''),
        "lsquo" => Some('\u{2018}'),
        "rsquo" => Some('\u{2019}'),
        _ => None,
    }
}

// ---------------------------------------------------------------------------
// Tokens: whitespace-separated runs of units.

fn convert_token(units: &[Unit<'_>], out: &mut String) {
    if is_verbatim_token(units) {
        for u in units {
            out.push_str(u.src);
        }
        return;
    }
    let mut i = 0;
    while i < units.len() {
        if letter(units[i]).is_none() {
            out.push_str(units[i].src);
            i += 1;
            continue;
        }
        // A word is a Latin letter, then letters and apostrophes; words joined
        // by single hyphens make a compound (`QR-kod`, `Wi-Fi`).
        let preceded_by_quote = i > 0 && matches!(units[i - 1].kind, Kind::Apos(_));
        let start = i;
        let mut spans = Vec::new();
        loop {
            let word_start = i;
            while i < units.len()
                && (letter(units[i]).is_some() || matches!(units[i].kind, Kind::Apos(_)))
            {
                i += 1;
            }
            spans.push((word_start, i));
            let hyphen = units.get(i).is_some_and(|u| u.kind == Kind::Char('-'));
            let next_letter = units.get(i + 1).is_some_and(|u| letter(*u).is_some());
            if hyphen && next_letter {
                i += 1;
            } else {
                break;
            }
        }
        if is_foreign_compound(&units[start..i], &spans) {
            for u in &units[start..i] {
                out.push_str(u.src);
            }
            continue;
        }
        let mut previous_end = start;
        for (k, &(word_start, word_end)) in spans.iter().enumerate() {
            for u in &units[previous_end..word_start] {
                out.push_str(u.src);
            }
            let pieces: Vec<Piece<'_>> = units[word_start..word_end]
                .iter()
                .map(|u| match u.kind {
                    Kind::Char(c) => Piece::Letter(c),
                    Kind::Apos(a) => Piece::Apos {
                        kind: a,
                        src: u.src,
                    },
                    _ => Piece::Apos {
                        kind: '\'',
                        src: u.src,
                    },
                })
                .collect();
            convert_word(&pieces, k == 0 && preceded_by_quote, out);
            previous_end = word_end;
        }
    }
}

/// A hyphenated compound with a foreign part (`Wi-Fi`), or `e-mail`.
fn is_foreign_compound(units: &[Unit<'_>], spans: &[(usize, usize)]) -> bool {
    let text: String = units.iter().map(|u| u.src).collect();
    if ["e-mail", "wi-fi"].contains(&text.to_ascii_lowercase().as_str()) {
        return true;
    }
    let Some(&(first, _)) = spans.first() else {
        return false;
    };
    spans.len() > 1
        && spans.iter().any(|&(a, b)| {
            let part = units.get(a - first..b - first).unwrap_or(&[]);
            let word: Option<String> = part.iter().map(|u| letter(*u)).collect();
            word.is_some_and(|w| is_foreign(&w))
        })
}

fn letter(u: Unit<'_>) -> Option<char> {
    match u.kind {
        Kind::Char(c) if c.is_ascii_alphabetic() => Some(c),
        _ => None,
    }
}

/// URLs, domains, commands, e-mails, @usernames and hashtags.
fn is_verbatim_token(units: &[Unit<'_>]) -> bool {
    let text: String = units.iter().map(|u| u.src).collect();
    // Fluent wraps placeables in bidi isolation marks (U+2068, U+2069).
    let invisible =
        |c: char| matches!(c, '\u{200B}'..='\u{200F}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}');
    let trimmed = text
        .trim_start_matches(|c: char| invisible(c) || "([«\"“„'‘<".contains(c))
        .trim_end_matches(|c: char| invisible(c) || ")]»\"”'’.,;:!?>".contains(c));
    if trimmed.is_empty() || !trimmed.chars().any(|c| c.is_ascii_alphabetic()) {
        return false;
    }
    let lower = trimmed.to_lowercase();
    if lower.starts_with('/')
        || lower.starts_with('#')
        || lower.contains('@')
        || lower.contains("://")
        || lower.starts_with("www.")
    {
        return true;
    }
    is_domain(&lower)
}

/// `gosuslugi.ru`, `t.me/musofir`, `сайт.рф/путь`, `kun.uz`.
fn is_domain(lower: &str) -> bool {
    const TLDS: &[&str] = &[
        "ru", "рф", "su", "com", "org", "net", "info", "uz", "tj", "kg", "kz", "me", "io", "gov",
        "app", "online", "pro",
    ];
    let host = lower.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.split(':').next().unwrap_or("");
    let labels: Vec<&str> = host.split('.').collect();
    if labels.len() < 2 {
        return false;
    }
    let valid_label = |l: &str| {
        !l.is_empty()
            && l.chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
    };
    labels.iter().all(|l| valid_label(l)) && labels.last().is_some_and(|tld| TLDS.contains(tld))
}

// ---------------------------------------------------------------------------
// Words.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Piece<'a> {
    Letter(char),
    Apos { kind: char, src: &'a str },
}

impl Piece<'_> {
    fn lower(self) -> Option<char> {
        match self {
            Piece::Letter(c) => Some(c.to_ascii_lowercase()),
            Piece::Apos { .. } => None,
        }
    }
    fn is_upper(self) -> bool {
        matches!(self, Piece::Letter(c) if c.is_ascii_uppercase())
    }
}

/// Apostrophes that can make `oʻ`/`gʻ`.
fn is_og_mark(kind: char) -> bool {
    kind != '\u{02BC}'
}

/// Abbreviations whose Cyrillic form is not letter by letter.
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("MMS", "ММЦ"),
    ("MMTs", "ММЦ"),
    ("MMTS", "ММЦ"),
    ("MFS", "МФЦ"),
    ("MFTs", "МФЦ"),
    ("MFTS", "МФЦ"),
    ("YeOII", "ЕОИИ"),
];

/// Latin words kept as they are (exact spelling; `sim` is an Uzbek word,
/// `SIM` is not).
const KEEP: &[&str] = &[
    "RuID", "ID", "QR", "PDF", "URL", "HTML", "SIM", "PIN", "OK", "Google", "Yandex", "Apple",
    "Android",
];

/// Month names: Latin stem, Cyrillic alone, Cyrillic before a suffix.
const MONTHS: &[(&str, &str, &str)] = &[
    ("yanvar", "январь", "январ"),
    ("fevral", "февраль", "феврал"),
    ("mart", "март", "март"),
    ("aprel", "апрель", "апрел"),
    ("may", "май", "май"),
    ("iyun", "июнь", "июн"),
    ("iyul", "июль", "июл"),
    ("avgust", "август", "август"),
    ("sentabr", "сентябрь", "сентябр"),
    ("sentyabr", "сентябрь", "сентябр"),
    ("oktabr", "октябрь", "октябр"),
    ("oktyabr", "октябрь", "октябр"),
    ("noyabr", "ноябрь", "ноябр"),
    ("dekabr", "декабрь", "декабр"),
];

/// Suffixes after which a month name is still a month name.
const MONTH_SUFFIXES: &[&str] = &["da", "dan", "ga", "gacha", "ni", "ning", "dagi", "gi"];

/// Russian loans whose spelling the letter rules cannot produce. Matched at
/// the start of a word; the rest of the word is transliterated.
const LOANS: &[(&str, &str)] = &[
    ("rayon", "район"),
    ("mayor", "майор"),
    ("litsey", "лицей"),
    ("kontsert", "концерт"),
    ("kompyuter", "компьютер"),
    ("intervyu", "интервью"),
    ("sudya", "судья"),
    ("albom", "альбом"),
    ("palto", "пальто"),
    // The bot's name: written as the Uzbek word it is (`Musofirga` → `Мусофирга`).
    ("musofir", "мусофир"),
];

/// Russian loans whose Cyrillic form ends in a soft sign that Latin Uzbek
/// drops: Latin stem, Cyrillic alone, Cyrillic before a suffix (the soft
/// sign goes, as with month names: `rubl` → `рубль`, `rublgacha` →
/// `рублгача`). Any suffix in small letters may follow.
const SOFT_SIGN_LOANS: &[(&str, &str, &str)] = &[
    ("rubl", "рубль", "рубл"),
    ("avtomobil", "автомобиль", "автомобил"),
    ("mebel", "мебель", "мебел"),
    ("medal", "медаль", "медал"),
    ("model", "модель", "модел"),
    ("portfel", "портфель", "портфел"),
    ("shampun", "шампунь", "шампун"),
];

/// Words where `nsiya`/`ksiya`/`nsion` is really `нсия`/`ксия`/`нсион`
/// (`pensiya`, `pensioner`).
const SIYA_EXCEPTIONS: &[&str] = &["pensi", "ekspansi", "suspensi"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CasePattern {
    Lower,
    Capitalized,
    Upper,
}

fn case_pattern(word: &str) -> CasePattern {
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    let first_upper = letters.next().is_some_and(|c| c.is_uppercase());
    let rest: Vec<char> = letters.collect();
    if first_upper && !rest.is_empty() && rest.iter().all(|c| c.is_uppercase()) {
        CasePattern::Upper
    } else if first_upper {
        CasePattern::Capitalized
    } else {
        CasePattern::Lower
    }
}

fn apply_case(lower: &str, pattern: CasePattern, out: &mut String) {
    match pattern {
        CasePattern::Lower => out.push_str(lower),
        CasePattern::Upper => out.extend(lower.chars().flat_map(char::to_uppercase)),
        CasePattern::Capitalized => {
            let mut chars = lower.chars();
            if let Some(first) = chars.next() {
                out.extend(first.to_uppercase());
            }
            out.extend(chars);
        }
    }
}

fn convert_word(pieces: &[Piece<'_>], preceded_by_quote: bool, out: &mut String) {
    // The letters alone, for whole-word look-ups (words without apostrophes).
    let has_apostrophe = pieces.iter().any(|p| matches!(p, Piece::Apos { .. }));
    let word: String = pieces
        .iter()
        .filter_map(|p| match p {
            Piece::Letter(c) => Some(*c),
            Piece::Apos { .. } => None,
        })
        .collect();
    let lower = word.to_ascii_lowercase();

    if !has_apostrophe {
        // An abbreviation or kept word, alone or with a suffix (`MMSga`).
        let table = ABBREVIATIONS
            .iter()
            .copied()
            .chain(KEEP.iter().map(|&k| (k, k)));
        for (lat, cyr) in table {
            let Some(rest) = word.strip_prefix(lat) else {
                continue;
            };
            if rest.chars().all(|c| c.is_ascii_lowercase()) {
                out.push_str(cyr);
                transliterate(&pieces[lat.len()..], Prev::Consonant, out);
                return;
            }
        }
        if is_foreign(&word) {
            out.push_str(&word);
            return;
        }
        let pattern = case_pattern(&word);
        for &(stem, alone, before_suffix) in MONTHS {
            let Some(rest) = lower.strip_prefix(stem) else {
                continue;
            };
            if rest.is_empty() {
                apply_case(alone, pattern, out);
                return;
            }
            if MONTH_SUFFIXES.contains(&rest) {
                apply_case(before_suffix, pattern, out);
                transliterate(&pieces[stem.len()..], Prev::Consonant, out);
                return;
            }
        }
        for &(stem, alone, before_suffix) in SOFT_SIGN_LOANS {
            if !lower.starts_with(stem) {
                continue;
            }
            let rest = word.get(stem.len()..).unwrap_or("");
            if rest.chars().all(|c| c.is_ascii_lowercase()) {
                let cyr = if rest.is_empty() {
                    alone
                } else {
                    before_suffix
                };
                apply_case(cyr, pattern, out);
                transliterate(&pieces[stem.len()..], Prev::Consonant, out);
                return;
            }
        }
        for &(stem, cyr) in LOANS {
            if lower.starts_with(stem) {
                apply_case(cyr, pattern, out);
                transliterate(&pieces[stem.len()..], Prev::Consonant, out);
                return;
            }
        }
    }
    // A trailing quote mark that closes a quote is punctuation, not `ʻ`.
    let mut end = pieces.len();
    if preceded_by_quote
        && matches!(
            pieces.last(),
            Some(Piece::Apos {
                kind: '\'' | '\u{2019}' | '`',
                ..
            })
        )
    {
        end -= 1;
    }
    transliterate(&pieces[..end], Prev::Start, out);
    for p in &pieces[end..] {
        if let Piece::Apos { src, .. } = p {
            out.push_str(src);
        }
    }
}

/// Not an Uzbek word: has `w`, a `c` outside `ch` (unless in capitals), or a
/// capital after a small letter (`RuID`, `WhatsApp`).
fn is_foreign(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    let all_caps = chars.iter().all(|c| c.is_ascii_uppercase());
    chars.iter().enumerate().any(|(i, &c)| {
        let next = chars.get(i + 1).map(|n| n.to_ascii_lowercase());
        let prev = if i > 0 { chars.get(i - 1) } else { None };
        c.eq_ignore_ascii_case(&'w')
            || (c.eq_ignore_ascii_case(&'c') && next != Some('h') && !all_caps)
            || (c.is_ascii_uppercase()
                && prev.is_some_and(|p| p.is_ascii_lowercase())
                && !after_capital_digraph(&chars, i))
    })
}

/// Whether `chars[i]` follows a digraph written `Ts`, `Sh`, `Ye`, … inside a
/// word in capitals (`TsVSIG`, `YeOII`).
fn after_capital_digraph(chars: &[char], i: usize) -> bool {
    const DIGRAPHS: &[&str] = &["ts", "sh", "ch", "ye", "yo", "yu", "ya"];
    let (Some(first), Some(second)) = (
        i.checked_sub(2).and_then(|j| chars.get(j)),
        i.checked_sub(1).and_then(|j| chars.get(j)),
    ) else {
        return false;
    };
    let pair: String = [first.to_ascii_lowercase(), *second].iter().collect();
    first.is_ascii_uppercase() && DIGRAPHS.contains(&pair.as_str())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Prev {
    Start,
    Vowel,
    /// After `e` or `i`: a following `e` is `е` (`reestr` → `реестр`,
    /// `klient` → `клиент`).
    VowelSoft,
    Consonant,
    Sign,
}

fn push_cased(out: &mut String, lower: &str, upper: bool) {
    if upper {
        out.extend(lower.chars().flat_map(char::to_uppercase));
    } else {
        out.push_str(lower);
    }
}

/// Letter-by-letter transliteration of one word (letters and apostrophes).
fn transliterate(pieces: &[Piece<'_>], initial: Prev, out: &mut String) {
    let lower_at = |i: usize| pieces.get(i).and_then(|p| p.lower());
    // Whether the apostrophe at `i` (after `o`/`g`) makes `oʻ`/`gʻ`.
    let og_mark_at =
        |i: usize| matches!(pieces.get(i), Some(Piece::Apos { kind, .. }) if is_og_mark(*kind));
    let siya_exception = {
        let word: String = pieces.iter().filter_map(|p| p.lower()).collect();
        SIYA_EXCEPTIONS.iter().any(|w| word.contains(w))
    };

    let mut prev = initial;
    let mut i = 0;
    while i < pieces.len() {
        let piece = pieces[i];
        let upper = piece.is_upper();
        let Some(c) = piece.lower() else {
            // An apostrophe not taken by oʻ/gʻ.
            let between_letters = i > 0 && lower_at(i - 1).is_some() && lower_at(i + 1).is_some();
            if let Piece::Apos { src, .. } = piece {
                if between_letters {
                    let s_h = lower_at(i - 1) == Some('s') && lower_at(i + 1) == Some('h');
                    if !s_h {
                        let caps = pieces[i - 1].is_upper() && pieces[i + 1].is_upper();
                        push_cased(out, "ъ", caps);
                        prev = Prev::Sign;
                    }
                } else {
                    out.push_str(src);
                }
            }
            i += 1;
            continue;
        };
        let next = lower_at(i + 1);
        let (cyr, step, kind): (&str, usize, Prev) = match c {
            'o' | 'g' if og_mark_at(i + 1) => {
                if c == 'o' {
                    ("ў", 2, Prev::Vowel)
                } else {
                    ("ғ", 2, Prev::Consonant)
                }
            }
            's' if next == Some('h') => ("ш", 2, Prev::Consonant),
            'c' if next == Some('h') => ("ч", 2, Prev::Consonant),
            'y' if next == Some('o') && og_mark_at(i + 2) => ("й", 1, Prev::Consonant),
            'y' if next == Some('o') => ("ё", 2, Prev::Vowel),
            'y' if next == Some('u') => ("ю", 2, Prev::Vowel),
            'y' if next == Some('a') => ("я", 2, Prev::Vowel),
            'y' if next == Some('e') => {
                if prev == Prev::Consonant {
                    let caps = upper && pieces[i + 1].is_upper();
                    push_cased(out, "ъ", caps);
                }
                ("е", 2, Prev::VowelSoft)
            }
            't' if next == Some('s')
                && (prev == Prev::Start || {
                    let a = (lower_at(i + 2), lower_at(i + 3), lower_at(i + 4));
                    let after_vowel = matches!(prev, Prev::Vowel | Prev::VowelSoft);
                    a == (Some('i'), Some('y'), Some('a'))
                        || a == (Some('i'), Some('o'), Some('n'))
                        || (after_vowel && a.0 == Some('i') && a.1.is_some_and(is_vowel))
                }) =>
            {
                ("ц", 2, Prev::Consonant)
            }
            's' if !siya_exception
                && i > 0
                && matches!(lower_at(i - 1), Some('k' | 'n'))
                && lower_at(i + 1) == Some('i')
                && matches!(
                    (lower_at(i + 2), lower_at(i + 3)),
                    (Some('y'), Some('a')) | (Some('o'), Some('n'))
                ) =>
            {
                ("ц", 1, Prev::Consonant)
            }
            'e' => match prev {
                Prev::Start | Prev::Vowel => ("э", 1, Prev::VowelSoft),
                _ => ("е", 1, Prev::VowelSoft),
            },
            'a' => ("а", 1, Prev::Vowel),
            'i' => ("и", 1, Prev::VowelSoft),
            'o' => ("о", 1, Prev::Vowel),
            'u' => ("у", 1, Prev::Vowel),
            other => (consonant(other), 1, Prev::Consonant),
        };
        push_cased(out, cyr, upper);
        prev = kind;
        i += step;
    }
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

fn consonant(c: char) -> &'static str {
    match c {
        'b' => "б",
        'c' => "ц",
        'd' => "д",
        'f' => "ф",
        'g' => "г",
        'h' => "ҳ",
        'j' => "ж",
        'k' => "к",
        'l' => "л",
        'm' => "м",
        'n' => "н",
        'p' => "п",
        'q' => "қ",
        'r' => "р",
        's' => "с",
        't' => "т",
        'v' => "в",
        'w' => "в",
        'x' => "х",
        'y' => "й",
        'z' => "з",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn t(s: &str) -> String {
        uz_latin_to_cyrillic(s)
    }

    #[test]
    fn table() {
        #[rustfmt::skip]
        let rows: &[(&str, &str)] = &[
            // digraphs and special letters
            ("shartnoma", "шартнома"),
            ("Shartnoma", "Шартнома"),
            ("SHARTNOMA", "ШАРТНОМА"),
            ("chiqarish", "чиқариш"),
            ("Chet el", "Чет эл"),
            ("oʻtish", "ўтиш"),
            ("Oʻzbekiston", "Ўзбекистон"),
            ("O‘ZBEKISTON", "ЎЗБЕКИСТОН"),
            ("sugʻurta", "суғурта"),
            ("G'alaba", "Ғалаба"),
            ("to’lov", "тўлов"),
            ("to`lov", "тўлов"),
            ("to‘lov", "тўлов"),
            ("togʻ", "тоғ"),
            ("yoʻl", "йўл"),
            ("yo‘q", "йўқ"),
            ("Yoʻq", "Йўқ"),
            ("yotoqxona", "ётоқхона"),
            ("yuborish", "юбориш"),
            ("yashash", "яшаш"),
            ("tayyor", "тайёр"),
            ("Yevroosiyo", "Евроосиё"),
            ("qayerda", "қаерда"),
            ("obyekt", "объект"),
            ("elchixona", "элчихона"),
            ("eʼlon", "эълон"),
            ("aeroport", "аэропорт"),
            ("reestr", "реестр"),
            ("maʼmuriy", "маъмурий"),
            ("ma'lumot", "маълумот"),
            ("sanʼat", "санъат"),
            ("Is'hoq", "Исҳоқ"),
            ("mehnat", "меҳнат"),
            ("Saxarovo", "Сахарово"),
            ("ming", "минг"),
            ("ketsa", "кетса"),
            ("migratsiya", "миграция"),
            ("migratsion", "миграцион"),
            ("Tsentr", "Центр"),
            ("funksiyali", "функцияли"),
            ("kvitansiya", "квитанция"),
            ("pensiya", "пенсия"),
            ("aksiya", "акция"),
            ("inyeksiya", "инъекция"),
            ("rayonda", "районда"),
            // months
            ("5-sentabrdan", "5-сентябрдан"),
            ("sentyabr", "сентябрь"),
            ("Iyun", "Июнь"),
            ("10-iyulgacha", "10-июлгача"),
            ("2026-yil 5-mart", "2026-йил 5-март"),
            ("bir marta", "бир марта"),
            ("maydon", "майдон"),
            // abbreviations
            ("(MMS)", "(ММЦ)"),
            ("MMSga, RVPni, SNILSning, PDFda, RuIDga", "ММЦга, РВПни, СНИЛСнинг, PDFда, RuIDга"),
            ("(RVP)", "(РВП)"),
            ("(VNJ)", "(ВНЖ)"),
            ("(DMS)", "(ДМС)"),
            ("(SNILS)", "(СНИЛС)"),
            ("(INN)", "(ИНН)"),
            ("(GUVM)", "(ГУВМ)"),
            ("(MFC)", "(МФЦ)"),
            ("(YeOII)", "(ЕОИИ)"),
            ("TsVSIG", "ЦВСИГ"),
            ("Gosuslugi RuID", "Госуслуги RuID"),
            ("SIM-karta, sim", "SIM-карта, сим"),
            ("Google yoki Yandex", "Google ёки Yandex"),
            ("WhatsApp yoki Telegram", "WhatsApp ёки Телеграм"),
            // HTML
            ("<b>Diqqat!</b> Patentni toʻlang", "<b>Диққат!</b> Патентни тўланг"),
            ("<a href=\"https://gosuslugi.ru/600\">sayt</a>", "<a href=\"https://gosuslugi.ru/600\">сайт</a>"),
            ("<i>shoshiling</i>", "<i>шошилинг</i>"),
            ("a &lt;b&gt; &amp; d", "а &lt;б&gt; &amp; д"),
            ("o&#39;zbek", "ўзбек"),
            ("Oʻz&#39;", "Ўз&#39;"),
            ("&#39;Saxarovo&#39;", "&#39;Сахарово&#39;"),
            ("'Amina'", "'Амина'"),
            ("«Amina» ilovasi", "«Амина» иловаси"),
            ("<code>patent</code> tayyor", "<code>patent</code> тайёр"),
            ("<pre><code class=\"x\">sh</code></pre>sh", "<pre><code class=\"x\">sh</code></pre>ш"),
            ("\u{2068}gosuslugi.ru\u{2069} saytida", "\u{2068}gosuslugi.ru\u{2069} сайтида"),
            ("\u{2068}/start\u{2069}", "\u{2068}/start\u{2069}"),
            ("\u{2068}Aziz\u{2069}, salom", "\u{2068}Азиз\u{2069}, салом"),
            ("QR-kod, ID-karta, Wi-Fi, e-mail", "QR-код, ID-карта, Wi-Fi, e-mail"),
            ("'togʻ'", "'тоғ'"),
            ("klient", "клиент"),
            ("spetsialist", "специалист"),
            ("ketsin, aytsin", "кетсин, айтсин"),
            ("funksional, pensioner", "функционал, пенсионер"),
            ("<tg-spoiler>sir</tg-spoiler>", "<tg-spoiler>сир</tg-spoiler>"),
            // URLs, commands, mentions
            ("Sayt: gosuslugi.ru", "Сайт: gosuslugi.ru"),
            ("(gosuslugi.ru/600)", "(gosuslugi.ru/600)"),
            ("www.mvd.ru saytida", "www.mvd.ru сайтида"),
            ("https://t.me/musofir_bot?start=uz", "https://t.me/musofir_bot?start=uz"),
            ("t.me/musofir", "t.me/musofir"),
            ("мвд.рф", "мвд.рф"),
            ("/start bosing", "/start босинг"),
            ("/status, /help", "/status, /help"),
            ("@musofir_bot ga yozing", "@musofir_bot га ёзинг"),
            ("info@mail.ru", "info@mail.ru"),
            // mixed Russian, digits, emoji
            ("migratsion karta (миграционная карта)", "миграцион карта (миграционная карта)"),
            ("Patent puli 7 500 ₽ ⚠️", "Патент пули 7 500 ₽ ⚠️"),
            ("05.03.2026 gacha", "05.03.2026 гача"),
            ("90/365 qoidasi", "90/365 қоидаси"),
            ("✅ Tayyor", "✅ Тайёр"),
            ("Siz — muhojir.", "Сиз — муҳожир."),
            ("qatorlar\nyangi\tqator", "қаторлар\nянги\tқатор"),
        ];
        assert!(rows.len() >= 30);
        let failures: Vec<String> = rows
            .iter()
            .filter(|(lat, cyr)| t(lat) != *cyr)
            .map(|(lat, cyr)| format!("{lat:?}: got {:?}, want {cyr:?}", t(lat)))
            .collect();
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    /// The glossary's uz (Latin) and uz-Cyrl columns
    /// (`shared/notes/glossary.md`), where the Cyrillic is the same wording.
    ///
    /// Skipped, the Cyrillic column has different wording:
    /// * migratsiya roʻyxatiga qoʻyilish; … (colloq. registratsiya) — Cyrillic
    ///   drops «colloq.»;
    /// * patent uchun oylik toʻlov (avans toʻlovi); colloq. patent puli —
    ///   Cyrillic drops the colloquial part;
    /// * Rossiya IIV (Ichki ishlar vazirligi); colloq. MVD — same;
    /// * Rossiyaga kirish taqiqi (colloq. «zapret») — Cyrillic «запрет» is the
    ///   Russian word;
    /// * vaqtincha boʻlish muddati (kalendar yilda 90 kun, «90/365 qoidasi»)
    ///   — Cyrillic drops «90/365 qoidasi»;
    /// * kirish (tashrif) maqsadi: … — Cyrillic has «ташриф мақсади» only;
    /// * INN (cf. Uzbek STIR) — Cyrillic «ИНН (СТИР)»;
    /// * «Gosuslugi RuID» ilovasi: kept, RuID stays Latin as in the Cyrillic
    ///   column.
    #[test]
    fn glossary_terms() {
        #[rustfmt::skip]
        let rows: &[(&str, &str)] = &[
            ("migratsion karta (migratsiya kartasi)", "миграцион карта (миграция картаси)"),
            ("kelganlik haqida xabarnoma; uning qirqma qismi", "келганлик ҳақида хабарнома; унинг қирқма қисми"),
            ("qabul qiluvchi tomon", "қабул қилувчи томон"),
            ("patent (mehnat patenti)", "патент (меҳнат патенти)"),
            ("toʻlov cheki; kvitansiya", "тўлов чеки; квитанция"),
            ("mehnat shartnomasi", "меҳнат шартномаси"),
            ("fuqarolik-huquqiy shartnoma", "фуқаролик-ҳуқуқий шартнома"),
            ("ishga qabul qilinganlik haqida xabarnoma", "ишга қабул қилинганлик ҳақида хабарнома"),
            ("ish beruvchi", "иш берувчи"),
            ("tibbiy koʻrik(dan oʻtish)", "тиббий кўрик(дан ўтиш)"),
            ("barmoq izlarini topshirish (daktiloskopiya) va suratga tushish", "бармоқ изларини топшириш (дактилоскопия) ва суратга тушиш"),
            ("barmoq izi topshirilganini tasdiqlovchi hujjat", "бармоқ изи топширилганини тасдиқловчи ҳужжат"),
            ("rus tili sertifikati; rus tili imtihoni", "рус тили сертификати; рус тили имтиҳони"),
            ("ixtiyoriy tibbiy sugʻurta polisi (DMS)", "ихтиёрий тиббий суғурта полиси (ДМС)"),
            ("vaqtincha yashash uchun ruxsatnoma (RVP)", "вақтинча яшаш учун рухсатнома (РВП)"),
            ("yashash guvohnomasi (VNJ)", "яшаш гувоҳномаси (ВНЖ)"),
            ("IIV Migratsiya masalalari boʻyicha bosh boshqarmasi (GUVM); migratsiya boʻlimi", "ИИВ Миграция масалалари бўйича бош бошқармаси (ГУВМ); миграция бўлими"),
            ("«Saxarovo» koʻp funksiyali migratsiya markazi (MMS)", "«Сахарово» кўп функцияли миграция маркази (ММЦ)"),
            ("koʻp funksiyali markaz (MFC)", "кўп функцияли марказ (МФЦ)"),
            ("Gosuslugi («Davlat xizmatlari» portali)", "Госуслуги («Давлат хизматлари» портали)"),
            ("nazorat qilinadigan shaxslar reestri (RKL)", "назорат қилинадиган шахслар реестри (РКЛ)"),
            ("chiqarib yuborish rejimi", "чиқариб юбориш режими"),
            ("maʼmuriy chiqarib yuborish", "маъмурий чиқариб юбориш"),
            ("deportatsiya", "депортация"),
            ("jarima", "жарима"),
            ("sud", "суд"),
            ("amnistiya; 1126-sonli farmon; huquqiy holatni tartibga solish", "амнистия; 1126-сонли фармон; ҳуқуқий ҳолатни тартибга солиш"),
            ("ish kunlari / kalendar kunlar", "иш кунлари / календар кунлар"),
            ("muddatni oʻtkazib yuborish; muddati oʻtgan", "муддатни ўтказиб юбориш; муддати ўтган"),
            ("(muddatni) uzaytirish", "(муддатни) узайтириш"),
            ("patentni qayta rasmiylashtirish", "патентни қайта расмийлаштириш"),
            ("mehmonxona (xostel, yotoqxona)", "меҳмонхона (хостел, ётоқхона)"),
            ("Yevroosiyo iqtisodiy ittifoqi (YeOII)", "Евроосиё иқтисодий иттифоқи (ЕОИИ)"),
            ("SNILS", "СНИЛС"),
            ("pasport", "паспорт"),
            ("elchixona / (Bosh) konsullik", "элчихона / (Бош) консуллик"),
            ("«Amina» ilovasi", "«Амина» иловаси"),
            ("geolokatsiya", "геолокация"),
            ("hisobdan chiqarish (roʻyxatdan chiqarish)", "ҳисобдан чиқариш (рўйхатдан чиқариш)"),
            ("«Gosuslugi RuID» ilovasi", "«Госуслуги RuID» иловаси"),
            ("chet el fuqarolarini vaqtincha saqlash markazi", "чет эл фуқароларини вақтинча сақлаш маркази"),
            ("davlat boji", "давлат божи"),
            ("«kirdi-chiqdi»", "«кирди-чиқди»"),
            // Month names (glossary style section).
            ("yanvar fevral mart aprel may iyun", "январь февраль март апрель май июнь"),
            ("iyul avgust sentabr oktabr noyabr dekabr", "июль август сентябрь октябрь ноябрь декабрь"),
            ("sentyabr oktyabr", "сентябрь октябрь"),
            // Style section examples.
            ("2025-yil 5-fevraldan", "2025-йил 5-февралдан"),
            ("tekshiring, toʻlang", "текширинг, тўланг"),
            ("oddiy soʻzlar", "оддий сўзлар"),
        ];
        let failures: Vec<String> = rows
            .iter()
            .filter(|(lat, cyr)| t(lat) != *cyr)
            .map(|(lat, cyr)| format!("{lat:?}: got {:?}, want {cyr:?}", t(lat)))
            .collect();
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    /// Issue 15: «рубл» for «рубль»; the brand; Russian words in brackets.
    #[test]
    fn russian_loans_and_the_brand() {
        #[rustfmt::skip]
        let rows: &[(&str, &str)] = &[
            ("rubl", "рубль"),
            ("Rubl", "Рубль"),
            ("RUBL", "РУБЛЬ"),
            ("7 500 rubl.", "7 500 рубль."),
            ("<b>10 000 rubl</b>", "<b>10 000 рубль</b>"),
            ("5 000 rubldan koʻp", "5 000 рублдан кўп"),
            ("15 000 rublgacha", "15 000 рублгача"),
            ("avtomobil, mebel, medal, model", "автомобиль, мебель, медаль, модель"),
            ("sudya", "судья"),
            ("sudyaga ayting", "судьяга айтинг"),
            ("albom, palto", "альбом, пальто"),
            ("Men <b>Musofir</b> — yordamchiman", "Мен <b>Мусофир</b> — ёрдамчиман"),
            ("Musofirga yozing", "Мусофирга ёзинг"),
            ("musofirlar", "мусофирлар"),
            // Russian names in brackets are Russian already: untouched, soft signs and all.
            ("tibbiy koʻrik (медосвидетельствование)", "тиббий кўрик (медосвидетельствование)"),
            ("(рубль), (ММЦ «Сахарово»)", "(рубль), (ММЦ «Сахарово»)"),
            ("(полис ДМС), (сертификат о знании русского языка)", "(полис ДМС), (сертификат о знании русского языка)"),
            // Native words that merely start like a loan are not touched.
            ("modellashtirish", "моделлаштириш"),
        ];
        let failures: Vec<String> = rows
            .iter()
            .filter(|(lat, cyr)| t(lat) != *cyr)
            .map(|(lat, cyr)| format!("{lat:?}: got {:?}, want {cyr:?}", t(lat)))
            .collect();
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    #[test]
    fn malformed_html_does_not_panic_and_keeps_text() {
        assert_eq!(t("a < b"), "а < б");
        assert_eq!(t("<b>qalin"), "<b>қалин");
        assert_eq!(t("<a href=\"x>y\">link</a>"), "<a href=\"x>y\">линк</a>");
        assert_eq!(t("&notanentity"), "&нотанентитй");
        assert_eq!(t("&#xZZ;"), "&#xZZ;");
        assert_eq!(t("&#xzz;"), "&#хзз;");
        assert_eq!(t("&#99999999;"), "&#99999999;");
        assert_eq!(t(""), "");
        assert_eq!(t("'"), "'");
        assert_eq!(t("o'"), "ў");
        assert_eq!(t("'o'"), "'о'");
    }

    proptest! {
        #[test]
        fn never_panics(s in "\\PC*") {
            let _ = uz_latin_to_cyrillic(&s);
        }

        #[test]
        fn never_panics_on_html_like(s in "[a-zA-Z<>&#;'ʻʼ‘’`/\" .:xX0-9]{0,40}") {
            let _ = uz_latin_to_cyrillic(&s);
        }

        #[test]
        fn no_latin_letters_means_unchanged(s in "[^a-zA-Z]*") {
            prop_assert_eq!(uz_latin_to_cyrillic(&s), s);
        }

        #[test]
        fn no_latin_letters_means_unchanged_html(s in "[<>&#;'ʻʼ‘’`/\" .:0-9а-яўқғҳЎ🙂]{0,40}") {
            prop_assert_eq!(uz_latin_to_cyrillic(&s), s);
        }

        #[test]
        fn uzbek_words_leave_no_latin(s in "[abdefghijklmnopqrstuvxyz ʻ]{0,40}") {
            let out = uz_latin_to_cyrillic(&s);
            prop_assert!(!out.chars().any(|c| c.is_ascii_alphabetic()), "{:?} -> {:?}", s, out);
        }

        #[test]
        fn tags_survive(s in "[a-zA-Z ʻ']{0,30}") {
            let out = uz_latin_to_cyrillic(&format!("<b>{s}</b> <a href=\"https://t.me/x\">"));
            prop_assert!(out.starts_with("<b>"));
            prop_assert!(out.ends_with("</b> <a href=\"https://t.me/x\">"));
        }
    }
}
