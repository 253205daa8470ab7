//! Explainers: registration, the patent, the 90-day limit, the register of
//! controlled persons, the amnesty, fines and bans, Amina, a glossary.
//! Pure: every number comes from the law data, with its source and "as of".

/// An explainer a user can open from the menu or from a deadline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Topic {
    Registration,
    Patent,
    StayLimit,
    Register,
    Amnesty,
    Penalties,
    Amina,
    Glossary,
}

impl Topic {
    pub const ALL: [Topic; 8] = [
        Topic::Registration,
        Topic::Patent,
        Topic::StayLimit,
        Topic::Register,
        Topic::Amnesty,
        Topic::Penalties,
        Topic::Amina,
        Topic::Glossary,
    ];

    /// Short ASCII code for callback data.
    pub fn code(self) -> &'static str {
        match self {
            Topic::Registration => "reg",
            Topic::Patent => "pat",
            Topic::StayLimit => "stay",
            Topic::Register => "rkl",
            Topic::Amnesty => "amn",
            Topic::Penalties => "fine",
            Topic::Amina => "amina",
            Topic::Glossary => "gloss",
        }
    }

    pub fn from_code(code: &str) -> Option<Topic> {
        Topic::ALL.into_iter().find(|t| t.code() == code)
    }
}
