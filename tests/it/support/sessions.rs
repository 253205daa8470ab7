//! Stored sessions for tests that need users with answers.

use musofir::dialogue::Session;

/// A finished interview in `lang` (a code as stored: "uz", "ru", "tg", "ky"):
/// an Uzbek citizen working in Moscow since `entry_date` (YYYY-MM-DD), not
/// registered, no patent yet: deadlines ahead, so reminders get planned.
pub fn answered(lang: &str, entry_date: &str) -> Session {
    serde_json::from_value(serde_json::json!({
        "lang": lang, "lang_confirmed": true, "state": {"at": "menu"},
        "answers": {"citizenship": "UZ", "entry_date": entry_date, "purpose": "work",
                    "housing": "private", "region": "moscow", "registered": false,
                    "patent": "not_yet", "medical": false, "days_in_russia_this_year": 0,
                    "complete": true},
    }))
    .expect("a stored session")
}
