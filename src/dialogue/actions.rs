//! Button presses as typed actions, and their compact callback data.
//!
//! Telegram limits callback data to 64 bytes and anyone can forge it, so the
//! data is a short ASCII code that [`Action::decode`] parses strictly; anything
//! else is treated as an old or forged button.

use musofir_law::DeadlineKind;

use super::questions::Question;
use crate::explain::Topic;
use crate::text::Lang;

/// The main menu's entries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MenuItem {
    Language,
    Privacy,
    Help,
    Forget,
    /// Start (or continue) the questions about entry and documents.
    Interview,
    /// "My situation": deadlines and risks.
    Status,
    /// Change an answer.
    Edit,
    /// The list of explainers.
    Explainers,
    Reminders,
    /// Back to the main menu.
    Home,
    /// "More": the whole situation behind the first screen (sources,
    /// confidence, consequences, notes, other deadlines, risks).
    Details,
}

const MENU: [(MenuItem, &str); 11] = [
    (MenuItem::Language, "lang"),
    (MenuItem::Privacy, "priv"),
    (MenuItem::Help, "help"),
    (MenuItem::Forget, "forget"),
    (MenuItem::Interview, "ask"),
    (MenuItem::Status, "status"),
    (MenuItem::Edit, "edit"),
    (MenuItem::Explainers, "explain"),
    (MenuItem::Reminders, "remind"),
    (MenuItem::Home, "home"),
    (MenuItem::Details, "more"),
];

/// What a reminder's buttons do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReminderOp {
    /// "Done": the obligation is met.
    Done,
    /// "I paid — until …": asks the new paid-until date.
    Paid,
    /// "Remind me tomorrow".
    Tomorrow,
    /// "Stop these reminders" (this kind).
    Stop,
    /// Switch this kind on or off in `/reminders`.
    Toggle,
}

const REMINDER_OPS: [(ReminderOp, &str); 5] = [
    (ReminderOp::Done, "done"),
    (ReminderOp::Paid, "paid"),
    (ReminderOp::Tomorrow, "tmrw"),
    (ReminderOp::Stop, "stop"),
    (ReminderOp::Toggle, "tgl"),
];

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    SetLang(Lang),
    Menu(MenuItem),
    ForgetYes,
    ForgetNo,
    /// A choice on an interview question; the question checks the value.
    Pick(Question, String),
    /// Back from this question to the previous one (the question is named
    /// so that the Back button of an older message does nothing).
    Back(Question),
    /// Change one answer (from `/edit` or a button beside a fact).
    Edit(Question),
    Explain(Topic),
    Reminder(ReminderOp, DeadlineKind),
    /// "Keep my data" under the retention notice.
    KeepData,
}

/// Longest value a `Pick` may carry: keeps data far below 64 bytes.
const MAX_PICK: usize = 16;

impl Action {
    pub fn encode(&self) -> String {
        match self {
            Action::SetLang(l) => format!("l:{}", l.code()),
            Action::Menu(m) => {
                let code = MENU.iter().find(|(x, _)| x == m).map(|(_, c)| *c);
                format!("m:{}", code.unwrap_or("help"))
            }
            Action::ForgetYes => "f:yes".into(),
            Action::ForgetNo => "f:no".into(),
            Action::Pick(q, v) => format!("p:{}:{v}", q.code()),
            Action::Back(q) => format!("b:{}", q.code()),
            Action::Edit(q) => format!("e:{}", q.code()),
            Action::Explain(t) => format!("x:{}", t.code()),
            Action::Reminder(op, k) => {
                let code = REMINDER_OPS.iter().find(|(x, _)| x == op).map(|(_, c)| *c);
                format!("r:{}:{}", code.unwrap_or("stop"), k.short())
            }
            Action::KeepData => "k:keep".into(),
        }
    }

    pub fn decode(data: &str) -> Option<Action> {
        let (kind, rest) = data.split_once(':')?;
        match kind {
            "l" => Lang::from_code(rest).map(Action::SetLang),
            "m" => MENU
                .iter()
                .find(|(_, c)| *c == rest)
                .map(|(m, _)| Action::Menu(*m)),
            "f" => match rest {
                "yes" => Some(Action::ForgetYes),
                "no" => Some(Action::ForgetNo),
                _ => None,
            },
            "p" => {
                let (q, v) = rest.split_once(':')?;
                let ok = !v.is_empty()
                    && v.len() <= MAX_PICK
                    && v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
                ok.then(|| Question::from_code(q).map(|q| Action::Pick(q, v.to_string())))?
            }
            "e" => Question::from_code(rest).map(Action::Edit),
            "b" => Question::from_code(rest).map(Action::Back),
            "x" => Topic::from_code(rest).map(Action::Explain),
            "k" if rest == "keep" => Some(Action::KeepData),
            "r" => {
                let (op, k) = rest.split_once(':')?;
                let op = REMINDER_OPS.iter().find(|(_, c)| *c == op)?.0;
                DeadlineKind::from_short(k).map(|k| Action::Reminder(op, k))
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all() -> Vec<Action> {
        let mut v: Vec<Action> = Lang::ALL.iter().map(|l| Action::SetLang(*l)).collect();
        v.extend(MENU.iter().map(|(m, _)| Action::Menu(*m)));
        v.extend([Action::ForgetYes, Action::ForgetNo]);
        for q in Question::ALL {
            v.push(Action::Back(q));
            v.push(Action::Edit(q));
            v.push(Action::Pick(q, "x".repeat(MAX_PICK)));
        }
        v.extend(Topic::ALL.map(Action::Explain));
        v.push(Action::KeepData);
        for (op, _) in REMINDER_OPS {
            for k in DeadlineKind::ALL {
                v.push(Action::Reminder(op, k));
            }
        }
        v
    }

    #[test]
    fn round_trips_within_64_bytes() {
        for a in all() {
            let data = a.encode();
            assert!(!data.is_empty() && data.len() <= 64, "{data}");
            assert_eq!(Action::decode(&data), Some(a), "{data}");
        }
    }

    #[test]
    fn rejects_forged_data() {
        let long = format!("p:cit:{}", "x".repeat(MAX_PICK + 1));
        for bad in [
            "",
            "x",
            "l:en",
            "m:",
            "f:maybe",
            "::",
            "l:uz:extra",
            "p:cit:",
            "p:zz:UZ",
            "p:cit:a b",
            "e:nope",
            "x:nope",
            "r:done:xx",
            "r:nope:reg",
            "k:",
            "k:keeps",
            &long,
        ] {
            assert_eq!(Action::decode(bad), None, "{bad}");
        }
    }
}
