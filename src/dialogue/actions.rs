//! Button presses as typed actions, and their compact callback data.
//!
//! Telegram limits callback data to 64 bytes and anyone can forge it, so the
//! data is a short ASCII code that [`Action::decode`] parses strictly; anything
//! else is treated as an old or forged button.

use crate::text::Lang;

/// The main menu's entries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MenuItem {
    Language,
    Privacy,
    Help,
    Forget,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    SetLang(Lang),
    Menu(MenuItem),
    ForgetYes,
    ForgetNo,
}

impl Action {
    pub fn encode(&self) -> String {
        match self {
            Action::SetLang(l) => format!("l:{}", l.code()),
            Action::Menu(m) => format!(
                "m:{}",
                match m {
                    MenuItem::Language => "lang",
                    MenuItem::Privacy => "priv",
                    MenuItem::Help => "help",
                    MenuItem::Forget => "forget",
                }
            ),
            Action::ForgetYes => "f:yes".into(),
            Action::ForgetNo => "f:no".into(),
        }
    }

    pub fn decode(data: &str) -> Option<Action> {
        let (kind, rest) = data.split_once(':')?;
        match kind {
            "l" => Lang::from_code(rest).map(Action::SetLang),
            "m" => Some(Action::Menu(match rest {
                "lang" => MenuItem::Language,
                "priv" => MenuItem::Privacy,
                "help" => MenuItem::Help,
                "forget" => MenuItem::Forget,
                _ => return None,
            })),
            "f" => match rest {
                "yes" => Some(Action::ForgetYes),
                "no" => Some(Action::ForgetNo),
                _ => None,
            },
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all() -> Vec<Action> {
        let mut v: Vec<Action> = Lang::ALL.iter().map(|l| Action::SetLang(*l)).collect();
        v.extend(
            [
                MenuItem::Language,
                MenuItem::Privacy,
                MenuItem::Help,
                MenuItem::Forget,
            ]
            .map(Action::Menu),
        );
        v.extend([Action::ForgetYes, Action::ForgetNo]);
        v
    }

    #[test]
    fn round_trips_within_64_bytes() {
        for a in all() {
            let data = a.encode();
            assert!(!data.is_empty() && data.len() <= 64, "{data}");
            assert_eq!(Action::decode(&data), Some(a));
        }
    }

    #[test]
    fn rejects_forged_data() {
        for bad in ["", "x", "l:en", "m:", "f:maybe", "::", "l:uz:extra"] {
            assert_eq!(Action::decode(bad), None, "{bad}");
        }
    }
}
