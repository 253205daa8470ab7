//! Answers that cannot all be true, said in plain words: "the registration
//! date 05.11.2026 is before the entry date 01.12.2026 — which one is
//! wrong?", with a button to change each. Never a field name, never a log
//! line. The rules are the date questions' own (`interview::after`).

use chrono::NaiveDate;

use super::interview;
use super::questions::Question;
use super::state::Answers;
use super::views::button;
use super::{Action, Button, MenuItem, Reply};
use crate::text::Msg;

/// Two dates in the wrong order: `later` is before `earlier`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    pub later: Question,
    pub later_date: NaiveDate,
    pub earlier: Question,
    pub earlier_date: NaiveDate,
    /// Both cannot be true (otherwise it can be, and is only asked again).
    pub strict: bool,
}

impl Conflict {
    fn with_dates(&self, id: &'static str) -> Msg {
        Msg::new(id)
            .msg("later", name(self.later))
            .date("later_date", self.later_date)
            .msg("earlier", name(self.earlier))
            .date("earlier_date", self.earlier_date)
    }

    /// "The registration date … is before the entry date … — which is wrong?"
    pub fn sentence(&self) -> Msg {
        self.with_dates("conflict-dates")
    }

    /// After the earlier date was changed: why the later one is asked again.
    pub fn recheck(&self) -> Msg {
        self.with_dates(if self.strict {
            "recheck-dates"
        } else {
            "recheck-soft"
        })
    }

    /// A button to change each of the two answers.
    pub fn buttons(&self) -> Vec<Button> {
        vec![change(self.later), change(self.earlier)]
    }
}

/// A date question's name inside a sentence ("the entry date").
pub fn name(q: Question) -> Msg {
    Msg::new(format!("date-name-{}", q.code()))
}

/// "✏️ Entry date": changes that answer.
pub fn change(q: Question) -> Button {
    Button {
        label: Msg::new("conflict-change").msg("what", Msg::new(format!("fact-{}", q.code()))),
        action: Action::Edit(q),
    }
}

/// Every pair of answers that cannot both be true.
pub fn of(a: &Answers) -> Vec<Conflict> {
    let mut out = Vec::new();
    for later in Question::ALL {
        let Some(later_date) = interview::date_of(later, a) else {
            continue;
        };
        for nb in interview::after(later).iter().filter(|nb| nb.strict) {
            if let Some(earlier_date) = interview::date_of(nb.earlier, a) {
                if later_date < earlier_date {
                    out.push(Conflict {
                        later,
                        later_date,
                        earlier: nb.earlier,
                        earlier_date,
                        strict: true,
                    });
                }
            }
        }
    }
    out
}

/// Every answer `later`'s date is before, though it should not be (those
/// that cannot be, and those that are only unusual).
pub fn all_of(later: Question, a: &Answers) -> Vec<Conflict> {
    let Some(later_date) = interview::date_of(later, a) else {
        return Vec::new();
    };
    interview::after(later)
        .iter()
        .filter_map(|nb| {
            let earlier_date = interview::date_of(nb.earlier, a)?;
            (later_date < earlier_date).then_some(Conflict {
                later,
                later_date,
                earlier: nb.earlier,
                earlier_date,
                strict: nb.strict,
            })
        })
        .collect()
}

/// The answers that no longer fit after `changed` got its date: later dates
/// now before it (those that cannot be, and those that are only unusual).
pub fn after_change(changed: Question, a: &Answers) -> Vec<Conflict> {
    let Some(earlier_date) = interview::date_of(changed, a) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for later in Question::ALL {
        let Some(later_date) = interview::date_of(later, a) else {
            continue;
        };
        for nb in interview::after(later)
            .iter()
            .filter(|nb| nb.earlier == changed)
        {
            if later_date < earlier_date {
                out.push(Conflict {
                    later,
                    later_date,
                    earlier: changed,
                    earlier_date,
                    strict: nb.strict,
                });
            }
        }
    }
    out
}

/// What `/status` shows instead of the deadlines while answers conflict:
/// the first conflict, with a button to change each answer.
pub fn screen(a: &Answers) -> Option<Reply> {
    let c = of(a).into_iter().next()?;
    Some(
        Reply::new(c.sentence())
            .row(c.buttons())
            .row(vec![button("menu-home", Action::Menu(MenuItem::Home))]),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn registered(entry: &str, on: &str) -> Answers {
        Answers {
            entry_date: Some(d(entry)),
            registered: Some(true),
            registered_on: Some(d(on)),
            ..Answers::default()
        }
    }

    #[test]
    fn a_registration_before_the_entry_is_a_conflict_with_both_named() {
        let a = registered("2026-12-01", "2026-11-05");
        let c = of(&a);
        assert_eq!(
            c,
            vec![Conflict {
                later: Question::RegisteredOn,
                later_date: d("2026-11-05"),
                earlier: Question::EntryDate,
                earlier_date: d("2026-12-01"),
                strict: true,
            }]
        );
        let r = screen(&a).unwrap();
        assert_eq!(r.paragraphs[0].id, "conflict-dates");
        let edits: Vec<&Action> = r.keyboard[0].iter().map(|b| &b.action).collect();
        assert_eq!(
            edits,
            [
                &Action::Edit(Question::RegisteredOn),
                &Action::Edit(Question::EntryDate)
            ]
        );
        // An answer that no longer applies is no conflict.
        let mut a = a;
        a.registered = Some(false);
        assert!(of(&a).is_empty());
        assert!(screen(&a).is_none());
    }

    #[test]
    fn a_new_entry_date_asks_again_what_it_passed() {
        let mut a = registered("2026-11-01", "2026-11-05");
        a.purpose = Some(musofir_law::Purpose::Work);
        a.citizenship = Some("UZ".parse().unwrap());
        a.patent = Some(crate::dialogue::PatentAnswer::Have);
        a.patent_issued_on = Some(d("2026-11-10"));
        a.entry_date = Some(d("2026-11-20"));
        let again: Vec<(Question, bool)> = after_change(Question::EntryDate, &a)
            .iter()
            .map(|c| (c.later, c.strict))
            .collect();
        assert_eq!(
            again,
            [
                (Question::RegisteredOn, true),
                (Question::PatentIssuedOn, false)
            ],
            "a patent older than the entry can be right: asked, not refused"
        );
        assert_eq!(of(&a).len(), 1);
    }
}
