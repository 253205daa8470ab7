//! Button presses as typed actions, and their compact callback data.
//!
//! Telegram limits callback data to 64 bytes and anyone can forge it, so the
//! data is a short ASCII code that [`Action::decode`] parses strictly; anything
//! else is treated as an old or forged button.

use chrono::{Datelike, NaiveDate};
use musofir_law::DeadlineKind;

use super::questions::Question;
use super::settings::LEAD_CHOICES;
use super::situations::Situation;
use super::state::{Choice, Value};
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
    /// "Something changed": the situations screen.
    Situations,
}

const MENU: [(MenuItem, &str); 12] = [
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
    (MenuItem::Situations, "changed"),
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
    Pick(Question, Choice),
    /// Back from this question to the previous one (the question is named
    /// so that the Back button of an older message does nothing).
    Back(Question),
    /// Change one answer (from `/edit` or a button beside a fact).
    Edit(Question),
    Explain(Topic),
    Reminder(ReminderOp, DeadlineKind),
    /// "Keep my data" under the retention notice.
    KeepData,
    /// The answer to "is this what you meant?" under a typed or picked
    /// value: `Some` — yes, this one (or the other year offered beside it);
    /// `None` — no, ask again. The value is named so that an older
    /// confirmation cannot store another one.
    Confirm(Question, Option<Value>),
    /// A date question's calendar at this month (its first day).
    Month(Question, NaiveDate),
    /// A day picked on a date question's calendar.
    Day(Question, NaiveDate),
    /// Speak this language from now on (Kyrgyz, offered to a Kyrgyz citizen
    /// who answers in Russian).
    UseLang(Lang),
    /// Remind this many days before a deadline, or no longer (`/reminders`;
    /// one of [`LEAD_CHOICES`]).
    LeadDay(u8),
    /// Tell about this situation (its questions).
    Situation(Situation),
    /// This situation no longer holds: forget what was told.
    SituationClear(Situation),
}

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
            Action::Pick(q, v) => format!("p:{}:{}", q.code(), v.as_str()),
            Action::Back(q) => format!("b:{}", q.code()),
            Action::Edit(q) => format!("e:{}", q.code()),
            Action::Explain(t) => format!("x:{}", t.code()),
            Action::Reminder(op, k) => {
                let code = REMINDER_OPS.iter().find(|(x, _)| x == op).map(|(_, c)| *c);
                format!("r:{}:{}", code.unwrap_or("stop"), k.short())
            }
            Action::KeepData => "k:keep".into(),
            Action::Confirm(q, v) => {
                let v = match v {
                    None => "no".to_string(),
                    Some(Value::Date(d)) => ymd(*d),
                    Some(Value::Days(n)) => format!("n{n}"),
                    Some(Value::Pick(v)) => format!("p{}", v.as_str()),
                };
                format!("c:{}:{v}", q.code())
            }
            Action::Month(q, m) => format!("g:{}:{:04}{:02}", q.code(), m.year(), m.month()),
            Action::Day(q, d) => format!("d:{}:{}", q.code(), ymd(*d)),
            Action::UseLang(l) => format!("o:{}", l.code()),
            Action::LeadDay(d) => format!("w:{d}"),
            Action::Situation(x) => format!("s:{}", x.code()),
            Action::SituationClear(x) => format!("z:{}", x.code()),
        }
    }

    /// Parses callback data. Strict: only what [`Action::encode`] makes
    /// decodes (a value that would encode differently is refused).
    pub fn decode(data: &str) -> Option<Action> {
        Action::parse(data).filter(|a| a.encode() == data)
    }

    fn parse(data: &str) -> Option<Action> {
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
                let v = Choice::parse(v)?;
                Question::from_code(q).map(|q| Action::Pick(q, v))
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
            "c" => {
                let (q, v) = rest.split_once(':')?;
                let q = Question::from_code(q)?;
                let v = match v {
                    "no" => None,
                    _ if v.starts_with('p') => Some(Value::Pick(Choice::parse(v.get(1..)?)?)),
                    _ => match v.strip_prefix('n') {
                        Some(n) if digits(n, 1, 3) => Some(Value::Days(n.parse().ok()?)),
                        Some(_) => return None,
                        None => Some(Value::Date(parse_ymd(v)?)),
                    },
                };
                Some(Action::Confirm(q, v))
            }
            "g" => {
                let (q, m) = rest.split_once(':')?;
                if !digits(m, 6, 6) {
                    return None;
                }
                let month = NaiveDate::from_ymd_opt(
                    m.get(..4)?.parse().ok()?,
                    m.get(4..)?.parse().ok()?,
                    1,
                )?;
                Some(Action::Month(Question::from_code(q)?, month))
            }
            "d" => {
                let (q, d) = rest.split_once(':')?;
                Some(Action::Day(Question::from_code(q)?, parse_ymd(d)?))
            }
            "o" => Lang::from_code(rest).map(Action::UseLang),
            "w" if digits(rest, 1, 2) => {
                let d: u8 = rest.parse().ok()?;
                LEAD_CHOICES.contains(&d).then_some(Action::LeadDay(d))
            }
            "s" => Situation::from_code(rest).map(Action::Situation),
            "z" => Situation::from_code(rest).map(Action::SituationClear),
            _ => None,
        }
    }
}

/// A date as 8 digits, `yyyymmdd`.
fn ymd(d: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

fn parse_ymd(s: &str) -> Option<NaiveDate> {
    if !digits(s, 8, 8) {
        return None;
    }
    NaiveDate::from_ymd_opt(
        s.get(..4)?.parse().ok()?,
        s.get(4..6)?.parse().ok()?,
        s.get(6..)?.parse().ok()?,
    )
}

/// Only ASCII digits, between `min` and `max` of them.
fn digits(s: &str, min: usize, max: usize) -> bool {
    (min..=max).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dialogue::Code;

    fn all() -> Vec<Action> {
        let mut v: Vec<Action> = Lang::ALL.iter().map(|l| Action::SetLang(*l)).collect();
        v.extend(MENU.iter().map(|(m, _)| Action::Menu(*m)));
        v.extend([Action::ForgetYes, Action::ForgetNo]);
        for q in Question::ALL {
            v.push(Action::Back(q));
            v.push(Action::Edit(q));
            v.push(Action::Pick(
                q,
                Choice::parse(&"x".repeat(Code::MAX)).unwrap(),
            ));
            v.extend(Choice::WORDS.map(|c| Action::Pick(q, c)));
        }
        v.extend(Topic::ALL.map(Action::Explain));
        v.push(Action::KeepData);
        let day = NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
        let first = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        for q in Question::ALL {
            v.push(Action::Confirm(q, None));
            v.push(Action::Confirm(q, Some(Value::Date(day))));
            v.push(Action::Confirm(q, Some(Value::Days(0))));
            v.push(Action::Confirm(q, Some(Value::Days(366))));
            v.push(Action::Confirm(
                q,
                Some(Value::Pick(Choice::parse(&"x".repeat(Code::MAX)).unwrap())),
            ));
            v.push(Action::Confirm(q, Some(Value::Pick(Choice::No))));
            v.push(Action::Confirm(q, Some(Value::Pick(Choice::Unknown))));
            v.push(Action::Month(q, first));
            v.push(Action::Day(q, day));
        }
        v.extend(Lang::ALL.map(Action::UseLang));
        v.extend(LEAD_CHOICES.map(Action::LeadDay));
        v.extend(Situation::ALL.map(Action::Situation));
        v.extend(Situation::ALL.map(Action::SituationClear));
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

    /// Buttons already in users' chats keep working: each choice's data is
    /// what it was when the choice was a string, and so is a stored one.
    #[test]
    fn choices_keep_their_data() {
        let q = Question::Registered;
        for (data, v) in [
            ("p:reg:yes", Choice::Yes),
            ("p:reg:no", Choice::No),
            ("p:reg:unknown", Choice::Unknown),
            ("p:reg:more", Choice::More),
            ("p:reg:today", Choice::Today),
            ("p:reg:yesterday", Choice::Yesterday),
            ("p:reg:UZ", Choice::code("UZ")),
            ("p:reg:moscow_oblast", Choice::code("moscow_oblast")),
            ("p:reg:0", Choice::code("0")),
        ] {
            assert_eq!(Action::decode(data), Some(Action::Pick(q, v)), "{data}");
            assert_eq!(Action::Pick(q, v).encode(), data);
            let confirm = format!("c:reg:p{}", &data[6..]);
            assert_eq!(
                Action::decode(&confirm),
                Some(Action::Confirm(q, Some(Value::Pick(v)))),
                "{confirm}"
            );
            let stored = format!("{{\"pick\":\"{}\"}}", &data[6..]);
            assert_eq!(serde_json::to_string(&Value::Pick(v)).unwrap(), stored);
            assert_eq!(
                serde_json::from_str::<Value>(&stored).unwrap(),
                Value::Pick(v)
            );
        }
    }

    /// The medical check's "yes, but I don't remember when" (issue 12) has
    /// data of its own; the two presses it spares keep theirs (old messages).
    #[test]
    fn the_undated_medical_check_has_data_of_its_own() {
        for (data, q, v) in [
            (
                "p:med:yes_undated",
                Question::Medical,
                Choice::code("yes_undated"),
            ),
            ("p:med:yes", Question::Medical, Choice::Yes),
            ("p:medon:unknown", Question::MedicalOn, Choice::Unknown),
        ] {
            assert_eq!(Action::decode(data), Some(Action::Pick(q, v)), "{data}");
            assert_eq!(Action::Pick(q, v).encode(), data);
        }
    }

    #[test]
    fn rejects_forged_data() {
        let long = format!("p:cit:{}", "x".repeat(Code::MAX + 1));
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
            "l:UZ",
            "l: uz",
            "c:entry:",
            "c:entry:yes",
            "c:entry:2026123",
            "c:entry:20261232",
            "c:entry:20260229",
            "c:entry:+2026122",
            "c:entry:n",
            "c:entry:n01",
            "c:entry:n1000",
            "c:entry:n-1",
            "c:entry:p",
            "c:entry:pa b",
            "c:entry:p-1",
            "c:entry:p12345678901234567",
            "c:nope:no",
            "g:entry:202613",
            "g:entry:202600",
            "g:entry:2026012",
            "g:entry:20260101",
            "g:entry: 202601",
            "g:zz:202601",
            "d:entry:2026-01-01",
            "d:entry:20260100",
            "d:entry:202601011",
            "d:entry",
            "o:en",
            "o:",
            "w:",
            "w:2",
            "w:07",
            "w:014",
            "w:-1",
            "w:255",
            "s:",
            "s:nope",
            "z:moved:x",
            &long,
        ] {
            assert_eq!(Action::decode(bad), None, "{bad}");
        }
    }
}
