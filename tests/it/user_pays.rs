//! What a user pays for an answer: taps, typed answers, messages and bytes of
//! text from /start to the list of their deadlines, for the standard
//! interviews, each in its language (BENCHMARKS.md).
//!
//! ```sh
//! cargo test --release --test it -- --ignored --nocapture user_pays::
//! ```

use std::sync::Arc;

use chrono::{TimeZone, Utc};
use musofir::app::App;
use musofir::clock::ManualClock;
use musofir::dialogue::{Action, Command, Input};
use musofir::render::Rendered;
use musofir::store::{StorePaths, UserId};
use musofir::text::Lang;

/// One standard interview: the language, and the answer to each question
/// (`p:` a button's data, anything else typed).
struct Interview {
    name: &'static str,
    lang: Lang,
    answers: &'static [(&'static str, &'static str)],
}

const STANDARD: [Interview; 3] = [
    Interview {
        name: "Uzbekistan, with a patent (uz)",
        lang: Lang::Uz,
        answers: &[
            ("cit", "p:cit:UZ"),
            ("entry", "5 fevral"),
            ("purp", "p:purp:work"),
            ("house", "p:house:private"),
            ("region", "p:region:moscow"),
            ("reg", "p:reg:yes"),
            ("regon", "7.02.2026"),
            ("regto", "p:regto:unknown"),
            ("pat", "p:pat:have"),
            ("patapp", "p:patapp:unknown"),
            ("patiss", "25.02.2026"),
            ("patpaid", "25.03.2026"),
            ("med", "p:med:yes"),
            ("medon", "p:medon:unknown"),
            ("contr", "p:contr:yes"),
            ("days", "p:days:0"),
        ],
    },
    Interview {
        name: "Tajikistan, no patent yet (tg)",
        lang: Lang::Tg,
        answers: &[
            ("cit", "p:cit:TJ"),
            ("entry", "1 март"),
            ("purp", "p:purp:work"),
            ("house", "p:house:private"),
            ("region", "p:region:other"),
            ("reg", "p:reg:no"),
            ("pat", "p:pat:notyet"),
            ("med", "p:med:no"),
            ("days", "p:days:0"),
        ],
    },
    Interview {
        name: "Kyrgyzstan, working (ky)",
        lang: Lang::Ky,
        answers: &[
            ("cit", "p:cit:KG"),
            ("entry", "20.02.2026"),
            ("purp", "p:purp:work"),
            ("house", "p:house:private"),
            ("region", "p:region:spb"),
            ("reg", "p:reg:yes"),
            ("regon", "22.02.2026"),
            ("regto", "p:regto:unknown"),
            ("labour", "p:labour:yes"),
            ("med", "p:med:no"),
            ("days", "p:days:0"),
        ],
    },
];

/// The question a message asks, from its buttons.
fn asks(m: &Rendered) -> Option<String> {
    m.keyboard.iter().flatten().find_map(|(_, d)| {
        let rest = d.strip_prefix("p:").or_else(|| d.strip_prefix("b:"))?;
        rest.split(':').next().map(str::to_string)
    })
}

/// "Yes" under a value shown back, if the message is one.
fn confirms(m: &Rendered) -> Option<String> {
    m.keyboard
        .iter()
        .flatten()
        .map(|(_, d)| d)
        .find(|d| d.starts_with("c:") && !d.ends_with(":no"))
        .cloned()
}

fn is_status(m: &Rendered) -> bool {
    m.keyboard.iter().flatten().any(|(_, d)| d == "m:edit")
}

#[derive(Default, Debug)]
pub struct Paid {
    pub taps: usize,
    pub typed: usize,
    pub messages: usize,
    pub bytes: usize,
    pub first_answer_chars: usize,
}

fn walk(iv: &Interview) -> Paid {
    let dir = tempfile::tempdir().unwrap();
    let now = Utc.with_ymd_and_hms(2026, 3, 10, 9, 0, 0).unwrap();
    let app = App::open(
        &StorePaths::within(dir.path()),
        Arc::new(ManualClock::new(now)),
    )
    .unwrap();
    let user = UserId::new(42);
    let mut paid = Paid::default();
    let got = |r: Option<musofir::app::Replies>, paid: &mut Paid| -> Vec<Rendered> {
        let msgs = r.map(|r| r.messages).unwrap_or_default();
        paid.messages += msgs.len();
        for m in &msgs {
            paid.bytes += m.html.len()
                + m.keyboard
                    .iter()
                    .flatten()
                    .map(|(l, _)| l.len())
                    .sum::<usize>();
        }
        msgs
    };
    got(
        app.handle(user, None, Some(iv.lang), Input::Command(Command::Start))
            .unwrap(),
        &mut paid,
    );
    // The language screen: one tap.
    paid.taps += 1;
    let mut last = got(
        app.handle(user, None, None, Input::Button(Action::SetLang(iv.lang)))
            .unwrap(),
        &mut paid,
    );
    for _ in 0..40 {
        if last.iter().any(is_status) {
            // What the user reads: the text without markup.
            paid.first_answer_chars = last
                .iter()
                .map(|m| musofir::render::plain(&m.html).chars().count())
                .sum();
            return paid;
        }
        if let Some(yes) = last.iter().rev().find_map(confirms) {
            // A typed date is shown back: one more tap.
            paid.taps += 1;
            let input = Input::Button(Action::decode(&yes).expect("valid data"));
            last = got(app.handle(user, None, None, input).unwrap(), &mut paid);
            continue;
        }
        let q = last.iter().rev().find_map(asks).expect("a question");
        let (_, a) = iv
            .answers
            .iter()
            .find(|(c, _)| *c == q)
            .unwrap_or_else(|| panic!("{}: no answer to {q}", iv.name));
        let input = match a.strip_prefix("p:") {
            Some(_) => {
                paid.taps += 1;
                Input::Button(Action::decode(a).expect("valid data"))
            }
            None => {
                paid.typed += 1;
                Input::Text(a.to_string())
            }
        };
        last = got(app.handle(user, None, None, input).unwrap(), &mut paid);
    }
    panic!("{}: no deadline list after 40 steps", iv.name);
}

#[test]
#[ignore]
fn what_a_user_pays() {
    println!("| interview | taps | typed | steps | messages received | bytes of text | first answer (characters) |");
    println!("| --- | --- | --- | --- | --- | --- | --- |");
    for iv in &STANDARD {
        let p = walk(iv);
        println!(
            "| {} | {} | {} | {} | {} | {} | {} |",
            iv.name,
            p.taps,
            p.typed,
            p.taps + p.typed + 1,
            p.messages,
            p.bytes,
            p.first_answer_chars
        );
    }
}
