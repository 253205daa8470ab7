//! The answers given, one line each (for `/edit` and the summary).

use chrono::NaiveDate;

use super::spec::{spec, yes_no, Answer};
use super::{answered, applies, choices, order};

use crate::dialogue::questions::Question;
use crate::dialogue::situations;
use crate::dialogue::state::{Answers, Choice};
use crate::text::Msg;

/// One line per answer, for `/edit` and the summary: (question, label, value).
pub fn facts(a: &Answers) -> Vec<(Question, Msg)> {
    let mut out = Vec::new();
    let label = |q: Question| Msg::new(format!("fact-{}", q.code()));
    let choice = |q: Question, v: Choice| {
        choices(q)
            .iter()
            .chain(choices(Question::CitizenshipMore).iter())
            .chain(choices(Question::RegionMore).iter())
            .find(|(c, _)| *c == v)
            .map(|(_, l)| Msg::new(*l))
    };
    let unknown = Msg::new("answer-dont-know");
    // The situations' answers follow the interview's, once given (not the
    // "which one" questions: their dates say it).
    let told = Question::ALL.into_iter().filter(|q| {
        situations::of(*q).is_some()
            && !matches!(
                q,
                Question::JobChange | Question::Decision | Question::MovedHousing
            )
            && answered(*q, a)
    });
    for q in order().chain(told) {
        if !applies(q, a) {
            continue;
        }
        let value: Option<Msg> = if a.unknown.contains(&q) {
            Some(unknown.clone())
        } else {
            match spec(q).answer {
                Answer::Choice { get, .. } => get(a).and_then(|v| choice(q, v)),
                Answer::Flag { get, .. } => yes_no(get(a)).and_then(|v| choice(q, v)),
                Answer::Date { get, .. } => get(a).map(date_msg),
                Answer::Days => a
                    .days_in_russia_this_year
                    .map(|n| Msg::new("fact-days-value").num("days", n as i64)),
            }
        };
        if let Some(v) = value {
            out.push((
                q,
                Msg::new("fact-line").msg("label", label(q)).msg("value", v),
            ));
        }
    }
    out
}

fn date_msg(d: NaiveDate) -> Msg {
    Msg::new("fact-date").date("date", d)
}
