//! A question as the user sees it: its prompt, buttons and calendar.

use chrono::NaiveDate;

use super::spec::{has_patent, spec, Answer};
use super::{bounds, choices, date_follow_up};

use crate::dialogue::calendar;
use crate::dialogue::questions::Question;
use crate::dialogue::state::{Answers, Choice};
use crate::dialogue::{Action, Button, Reply};
use crate::text::Msg;

/// The question, its buttons, and "Back".
pub fn ask(q: Question, a: &Answers, today: NaiveDate, can_go_back: bool) -> Reply {
    ask_at(q, a, today, can_go_back, None)
}

/// The question with its calendar at `month` (a date question; `None`: the
/// month of the answer given, or this month).
pub fn ask_at(
    q: Question,
    a: &Answers,
    today: NaiveDate,
    can_go_back: bool,
    month: Option<NaiveDate>,
) -> Reply {
    let mut prompt = Msg::new(format!("q-{}", q.code()));
    if q == Question::PriorDays {
        let year = a.entry_date.unwrap_or(today);
        prompt = prompt.num("year", chrono::Datelike::year(&year) as i64);
    }
    let mut r = Reply::new(prompt);
    if matches!(spec(q).answer, Answer::Date { .. }) {
        r = r.then(Msg::new("q-type-hint").date("example", today));
    }
    if date_follow_up(q).is_some() {
        // "If yes, type the date right away": one step instead of two.
        r = r.then(Msg::new(format!("q-{}-date", q.code())).date("example", today));
    }
    let buttons: Vec<Button> = choices(q)
        .iter()
        .filter(|(v, _)| shown(q, v, a))
        .map(|(v, label)| Button {
            label: Msg::new(*label),
            action: Action::Pick(q, *v),
        })
        .collect();
    // Two buttons per row reads well on small phones.
    for row in buttons.chunks(2) {
        r = r.row(row.to_vec());
    }
    if let Some((lo, hi)) = bounds(q, a, today) {
        let shown = month
            .or_else(|| {
                let Answer::Date { get, .. } = spec(q).answer else {
                    return None;
                };
                get(a)
            })
            .unwrap_or(today);
        for row in calendar::grid(q, shown, lo, hi, today) {
            r = r.row(row);
        }
    }
    if can_go_back {
        r = r.row(vec![Button {
            label: Msg::new("nav-back"),
            action: Action::Back(q),
        }]);
    }
    r
}

/// Whether a button is offered: a lost patent only to a patent holder.
fn shown(q: Question, v: &Choice, a: &Answers) -> bool {
    !(q == Question::LostDocument && *v == Choice::code("patent") && !has_patent(a))
}
