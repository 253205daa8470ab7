use std::sync::OnceLock;

use chrono::NaiveDate;
use musofir_law::{assess, Assessment, Law, Profile};

pub fn law() -> &'static Law {
    static LAW: OnceLock<Law> = OnceLock::new();
    LAW.get_or_init(|| Law::embedded().expect("embedded law data is valid"))
}

pub fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

pub fn profile(json: &str) -> Profile {
    Profile::from_json(json).unwrap_or_else(|e| panic!("profile {json}: {e}"))
}

pub fn run(json: &str, today: &str) -> Assessment {
    assess(&profile(json), d(today), law()).unwrap_or_else(|e| panic!("assess {json}: {e}"))
}
