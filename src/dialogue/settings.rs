//! What a user chose about reminders: a stored schema beside the session.
//!
//! Like [`Session`](super::Session): add `#[serde(default)]` fields, never
//! rename or remove them. Defaults are not stored: a user who never chose
//! lead days follows the bot's default, whatever it becomes.

use musofir_law::DeadlineKind;
use serde::{Deserialize, Deserializer, Serialize};

use crate::reminders::MAX_LEAD_DAYS;

/// Days before a deadline the bot reminds by default (0 = on the day).
pub const DEFAULT_LEADS: [u8; 4] = [7, 3, 1, 0];

/// Lead days a user can switch on and off in `/reminders`, largest first.
pub const LEAD_CHOICES: [u8; 5] = [14, 7, 3, 1, 0];

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReminderSettings {
    /// The user's own lead days, if they chose them.
    #[serde(
        default,
        deserialize_with = "own_leads",
        skip_serializing_if = "Option::is_none"
    )]
    pub lead_days: Option<Vec<u8>>,
    /// Kinds the user switched off.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub off: Vec<DeadlineKind>,
}

/// Sessions stored before lead days could be chosen hold the default of the
/// time ([7, 3, 1, 0]): that is no choice of the user's.
fn own_leads<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Vec<u8>>, D::Error> {
    let v: Option<Vec<u8>> = Option::deserialize(d)?;
    Ok(v.filter(|l| l.as_slice() != DEFAULT_LEADS))
}

impl ReminderSettings {
    pub fn is_on(&self, kind: DeadlineKind) -> bool {
        !self.off.contains(&kind)
    }

    /// Switches a kind off, or back on ("Stop these reminders", `/reminders`).
    pub fn toggle(&mut self, kind: DeadlineKind) {
        if self.is_on(kind) {
            self.off.push(kind);
        } else {
            self.off.retain(|k| *k != kind);
        }
    }

    /// Switches a lead day on or off (`/reminders`). The last one stays:
    /// returns `false` and changes nothing when `day` is the only one.
    /// Choosing the default again stores no choice.
    pub fn toggle_lead(&mut self, day: u8) -> bool {
        let mut v = self.leads();
        if v.contains(&day) {
            if v.len() == 1 {
                return false;
            }
            v.retain(|d| *d != day);
        } else {
            v.push(day);
            v.sort_unstable_by(|a, b| b.cmp(a));
        }
        self.lead_days = (v != DEFAULT_LEADS).then_some(v);
        true
    }

    /// The lead days in use: each once, at most [`MAX_LEAD_DAYS`], largest first.
    pub fn leads(&self) -> Vec<u8> {
        let mut v: Vec<u8> = self
            .lead_days
            .as_deref()
            .unwrap_or(&DEFAULT_LEADS)
            .iter()
            .copied()
            .filter(|d| *d <= MAX_LEAD_DAYS)
            .collect();
        v.sort_unstable_by(|a, b| b.cmp(a));
        v.dedup();
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_old_stored_default_is_no_choice_and_defaults_are_not_stored() {
        let old: ReminderSettings =
            serde_json::from_str(r#"{"lead_days":[7,3,1,0],"off":[]}"#).unwrap();
        assert_eq!(old, ReminderSettings::default());
        assert_eq!(serde_json::to_string(&old).unwrap(), r#"{}"#);
        let own: ReminderSettings = serde_json::from_str(r#"{"lead_days":[14,1]}"#).unwrap();
        assert_eq!(own.leads(), vec![14, 1]);
        assert_eq!(ReminderSettings::default().leads(), vec![7, 3, 1, 0]);
        // Each once, largest first, nothing beyond the longest lead.
        let odd = ReminderSettings {
            lead_days: Some(vec![2, 2, 200, 5]),
            off: vec![],
        };
        assert_eq!(odd.leads(), vec![5, 2]);
        let mut s = ReminderSettings::default();
        s.toggle(DeadlineKind::Registration);
        assert!(!s.is_on(DeadlineKind::Registration));
        s.toggle(DeadlineKind::Registration);
        assert!(s.is_on(DeadlineKind::Registration));
    }

    #[test]
    fn lead_days_are_switched_one_by_one_and_one_always_stays() {
        let mut s = ReminderSettings::default();
        assert!(s.toggle_lead(14));
        assert_eq!(s.leads(), vec![14, 7, 3, 1, 0]);
        assert_eq!(
            serde_json::to_string(&s).unwrap(),
            r#"{"lead_days":[14,7,3,1,0]}"#
        );
        // Back to the default: no choice stored.
        assert!(s.toggle_lead(14));
        assert_eq!(s, ReminderSettings::default());
        for d in [7, 3, 1] {
            assert!(s.toggle_lead(d));
        }
        assert_eq!(s.leads(), vec![0]);
        assert!(!s.toggle_lead(0), "the last day stays");
        assert_eq!(s.leads(), vec![0]);
        // A stored empty choice (none left) takes a day again.
        let mut none = ReminderSettings {
            lead_days: Some(vec![]),
            off: vec![],
        };
        assert!(none.toggle_lead(3));
        assert_eq!(none.leads(), vec![3]);
    }
}
