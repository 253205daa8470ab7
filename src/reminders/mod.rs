//! Reminders before every deadline: the plan (pure), the durable queue (in
//! `store`), and the scheduler that sends them.

use musofir_law::DeadlineKind;
use serde::{Deserialize, Serialize};

/// What a user chose about reminders.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// Days before a deadline to remind (0 = on the day).
    #[serde(default = "default_leads")]
    pub lead_days: Vec<u8>,
    /// Kinds the user switched off.
    #[serde(default)]
    pub off: Vec<DeadlineKind>,
}

pub fn default_leads() -> Vec<u8> {
    vec![7, 3, 1, 0]
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            lead_days: default_leads(),
            off: Vec::new(),
        }
    }
}
