//! A typed button label is a press: "O'zbekiston", "Ўзбекистон",
//! "Узбекистан", "работа", "ish" answer the citizenship or the purpose as
//! the button would. The labels are those of the buttons on screen, in every
//! language (Uzbek in both scripts), compared without case, apostrophes,
//! emoji and punctuation, and also without (or only) the Russian name in
//! brackets ("Жумуш (работа)"). Calendar days are not matched: a typed
//! number is a number.

use super::{Action, Button, Choice};
use crate::i18n::I18n;
use crate::text::Lang;

/// The action of the one button whose label `text` is; `None` if no label
/// matches, or labels of different buttons do.
pub fn pressed(text: &str, keyboard: &[Vec<Button>]) -> Option<Action> {
    let typed = normalize(text);
    if typed.is_empty() {
        return None;
    }
    let texts = I18n::shared()?;
    let exact = plain_first(keyboard, |b| {
        !matches!(b.action, Action::Month(..) | Action::Day(..))
            && Lang::ALL
                .iter()
                .any(|l| forms(&texts.format(*l, &b.label)).contains(&typed))
    });
    match exact {
        Found::One(a) => return Some(a.clone()),
        Found::Several => return None,
        Found::None => {}
    }
    // A short word for an answer: "нет" for "Нет ещё", "yoʻq" for "Hali yoʻq", "не" for "Ҳанӯз не" — only
    // at a question (answer buttons), one typed word of two letters or more.
    if typed.contains(' ') || typed.chars().count() < 2 {
        return None;
    }
    match plain_first(keyboard, |b| {
        matches!(b.action, Action::Pick(..))
            && Lang::ALL
                .iter()
                .any(|l| begins_a_word(&texts.format(*l, &b.label), &typed))
    }) {
        Found::One(a) => Some(a.clone()),
        _ => None,
    }
}

/// [`one`], but when several buttons match, the plain "yes" or "no" among
/// them: "да" is "Да, пройдено", not "Да, не помню когда".
fn plain_first<'a>(keyboard: &'a [Vec<Button>], hit: impl Fn(&Button) -> bool) -> Found<'a> {
    match one(keyboard, &hit) {
        Found::Several => one(keyboard, |b| {
            matches!(b.action, Action::Pick(_, Choice::Yes | Choice::No)) && hit(b)
        }),
        found => found,
    }
}

enum Found<'a> {
    None,
    One(&'a Action),
    Several,
}

/// The one action whose buttons `hit`; several different ones are none.
fn one<'a>(keyboard: &'a [Vec<Button>], hit: impl Fn(&Button) -> bool) -> Found<'a> {
    let mut found = Found::None;
    for b in keyboard.iter().flatten().filter(|b| hit(b)) {
        found = match found {
            Found::One(a) if *a != b.action => return Found::Several,
            Found::One(a) => Found::One(a),
            _ => Found::One(&b.action),
        };
    }
    found
}

/// Whether `typed` (one normalized word) begins the first word of a label
/// (outside its brackets), or the second word of a label of two words ("Нет
/// ещё", "Ещё нет", "Hali yoʻq"): what people type for the whole label.
fn begins_a_word(label: &str, typed: &str) -> bool {
    let outside: String = {
        let mut depth = 0usize;
        label
            .chars()
            .filter(|c| match c {
                '(' => {
                    depth += 1;
                    false
                }
                ')' => {
                    depth = depth.saturating_sub(1);
                    false
                }
                _ => depth == 0,
            })
            .collect()
    };
    let norm = normalize(&outside);
    let words: Vec<&str> = norm.split(' ').filter(|w| !w.is_empty()).collect();
    match words.as_slice() {
        [first] => first.starts_with(typed),
        [first, second] => first.starts_with(typed) || second.starts_with(typed),
        [first, ..] => first.starts_with(typed),
        [] => false,
    }
}

/// A label as typed: whole, without the bracketed part, the bracketed part
/// alone, and what comes before a comma ("Да" of "Да, есть регистрация",
/// "Нет" of "Нет, изменить").
fn forms(label: &str) -> Vec<String> {
    let mut outside = String::new();
    let mut inside = Vec::new();
    let mut depth = 0usize;
    for c in label.chars() {
        match c {
            '(' => {
                depth += 1;
                inside.push(String::new());
            }
            ')' => depth = depth.saturating_sub(1),
            c if depth > 0 => {
                if let Some(cur) = inside.last_mut() {
                    cur.push(c);
                }
            }
            c => outside.push(c),
        }
    }
    let mut out = vec![normalize(label), normalize(&outside)];
    out.extend(inside.iter().map(|s| normalize(s)));
    if let Some((head, _)) = outside.split_once(',') {
        out.push(normalize(head));
    }
    out.retain(|s| !s.is_empty());
    out
}

/// Lower case; apostrophes dropped (oʻ, o', o‘ and o are one); the letters
/// people type without (ў ӯ ү ө қ ғ ҳ ҷ ӣ ң ё) folded to plain ones; anything
/// but letters and digits (emoji, flags, dashes, commas) a space.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = true;
    for c in s.chars().flat_map(char::to_lowercase) {
        if musofir_dates::is_apostrophe(c) {
            continue;
        }
        let c = musofir_dates::fold_letter(c);
        if c.is_alphanumeric() {
            out.push(c);
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    out.trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dialogue::questions::Question;
    use crate::dialogue::Choice;
    use crate::text::Msg;

    fn b(label: &'static str, v: &str) -> Button {
        Button {
            label: Msg::new(label),
            action: Action::Pick(Question::Citizenship, Choice::parse(v).unwrap()),
        }
    }

    #[test]
    fn normalizes_as_people_type() {
        assert_eq!(normalize("🇺🇿 Oʻzbekiston"), "ozbekiston");
        assert_eq!(normalize("O'zbekiston"), "ozbekiston");
        assert_eq!(normalize("  Ўзбекистон!! "), "узбекистон");
        assert_eq!(normalize("0 — первый раз"), "0 первый раз");
        assert_eq!(normalize("🙂"), "");
        assert_eq!(forms("Жумуш (работа)"), ["жумуш работа", "жумуш", "работа"]);
        assert_eq!(
            forms("✏️ Нет, изменить"),
            ["нет изменить", "нет изменить", "нет"]
        );
    }

    #[test]
    fn a_country_in_any_language_and_script() {
        let kb = vec![vec![b("country-uz", "UZ"), b("country-tj", "TJ")]];
        let uz = Some(Action::Pick(
            Question::Citizenship,
            Choice::parse("UZ").unwrap(),
        ));
        for typed in [
            "O'zbekiston",
            "ozbekiston",
            "Ўзбекистон",
            "узбекистон",
            "Узбекистан",
            "ӯзбекистон",
        ] {
            assert_eq!(pressed(typed, &kb), uz, "{typed}");
        }
        assert_eq!(
            pressed("Тоҷикистон", &kb),
            Some(Action::Pick(
                Question::Citizenship,
                Choice::parse("TJ").unwrap()
            ))
        );
        for typed in ["", "🙂", "uzbek", "5 mart"] {
            assert_eq!(pressed(typed, &kb), None, "{typed}");
        }
    }

    fn pick(label: &'static str, q: Question, v: &str) -> Button {
        Button {
            label: Msg::new(label),
            action: Action::Pick(q, Choice::parse(v).unwrap()),
        }
    }

    /// "нет", "yoʻq", "не", "жок" press "Нет ещё" / "Hali yoʻq" / "Ҳанӯз не" /
    /// "Азырынча жок"; "не" beside "Не знаю" is two buttons, so none.
    #[test]
    fn a_short_word_presses_the_one_answer_it_begins() {
        let kb = vec![vec![
            pick("registered-yes", Question::Registered, "yes"),
            pick("registered-no", Question::Registered, "no"),
        ]];
        let no = Some(Action::Pick(
            Question::Registered,
            Choice::parse("no").unwrap(),
        ));
        for typed in [
            "нет",
            "Нет",
            "не",
            "yoʻq",
            "yo'q",
            "yoq",
            "йўқ",
            "жок",
            "Ҳанӯз",
        ] {
            assert_eq!(pressed(typed, &kb), no, "{typed}");
        }
        assert_eq!(
            pressed("да", &kb),
            Some(Action::Pick(
                Question::Registered,
                Choice::parse("yes").unwrap()
            ))
        );
        let kb = vec![vec![
            pick("patent-have", Question::Patent, "have"),
            pick("patent-notyet", Question::Patent, "notyet"),
            pick("answer-dont-know", Question::Patent, "unknown"),
        ]];
        assert_eq!(pressed("не", &kb), None);
        assert_eq!(
            pressed("нет", &kb),
            Some(Action::Pick(
                Question::Patent,
                Choice::parse("notyet").unwrap()
            ))
        );
        // Not a word of an answer, or more than one word: no press.
        for typed in ["н", "патент", "нет не", "сколько стоит"] {
            assert_eq!(pressed(typed, &kb), None, "{typed}");
        }
    }

    #[test]
    fn two_buttons_with_one_label_are_no_answer() {
        let kb = vec![vec![b("country-uz", "UZ"), b("country-uz", "TJ")]];
        assert_eq!(pressed("Узбекистан", &kb), None);
    }
}
