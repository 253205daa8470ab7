//! Profile parsing: every error names its field.

use musofir_law::{Citizenship, CitizenshipGroup, Profile, ProfileError, Purpose, Region};

use crate::common::*;

const BASE: &str = r#""citizenship":"UZ","entry_date":"2026-03-05""#;

fn err(json: &str) -> String {
    Profile::from_json(json).expect_err(json).to_string()
}

#[test]
fn errors_name_the_field() {
    let rows = [
        (r#"{"citizenship":"UZ"}"#.to_string(), "entry_date: missing"),
        (r#"{"entry_date":"2026-03-05"}"#.to_string(), "citizenship: missing"),
        (r#"{"citizenship":"UZ","entry_date":"2026-02-30"}"#.into(), "entry_date: 2026-02-30 is not a real date"),
        (r#"{"citizenship":"UZ","entry_date":"2027-02-29"}"#.into(), "entry_date: 2027-02-29 is not a real date"),
        (r#"{"citizenship":"UZ","entry_date":"2026-3-5"}"#.into(), "entry_date: '2026-3-5' is not a date in YYYY-MM-DD format"),
        (r#"{"citizenship":"UZ","entry_date":20260305}"#.into(), "entry_date: expected a date string"),
        (r#"{"citizenship":"UZ","entry_date":"1999-12-31"}"#.into(), "entry_date: 1999-12-31 is outside the supported years"),
        (format!(r#"{{{BASE},"purpose":"job"}}"#), "purpose: unknown value 'job' (expected one of work, study, private, tourism, business, other)"),
        (format!(r#"{{{BASE},"housing":"tent"}}"#), "housing: unknown value 'tent' (expected one of private, hotel)"),
        (format!(r#"{{{BASE},"region":"kazan"}}"#), "region: unknown value 'kazan'"),
        (r#"{"citizenship":"QQ","entry_date":"2026-03-05"}"#.into(), "citizenship: 'QQ' is not an ISO 3166-1 alpha-2 country code"),
        (r#"{"citizenship":"UZB","entry_date":"2026-03-05"}"#.into(), "citizenship: 'UZB' is not an ISO 3166-1"),
        (r#"{"citizenship":"RU","entry_date":"2026-03-05"}"#.into(), "citizenship: RU is Russian citizenship"),
        (format!(r#"{{{BASE},"colour":"red"}}"#), "colour: unknown field"),
        (format!(r#"{{{BASE},"contract_notified":"yes"}}"#), "contract_notified: invalid type"),
        (format!(r#"{{{BASE},"days_in_russia_this_year":-1}}"#), "days_in_russia_this_year: invalid value"),
        (format!(r#"{{{BASE},"days_in_russia_this_year":64}}"#), "days_in_russia_this_year: 64 is more than the 63 days of 2026 before entry_date 2026-03-05"),
        (format!(r#"{{{BASE},"registered_on":"2026-03-04"}}"#), "registered_on: 2026-03-04 is before entry_date 2026-03-05"),
        (format!(r#"{{{BASE},"registered_on":"2026-03-10","registered_until":"2026-03-09"}}"#), "registered_until: 2026-03-09 is before registered_on 2026-03-10"),
        (format!(r#"{{{BASE},"registered_until":"2026-03-01"}}"#), "registered_until: 2026-03-01 is before entry_date"),
        (format!(r#"{{{BASE},"patent_paid_until":"2026-03-01"}}"#), "patent_paid_until: 2026-03-01 is before entry_date 2026-03-05"),
        (format!(r#"{{{BASE},"patent_issued_on":"2026-04-01","patent_paid_until":"2026-03-31"}}"#), "patent_paid_until: 2026-03-31 is before patent_issued_on 2026-04-01"),
    ];
    for (json, expected) in rows {
        let message = err(&json);
        assert!(
            message.starts_with(expected),
            "{json}\n  got:      {message}\n  expected: {expected}"
        );
    }
}

#[test]
fn error_kinds_and_fields() {
    assert!(matches!(
        Profile::from_json("{not json"),
        Err(ProfileError::Json(_))
    ));
    assert!(matches!(
        Profile::from_json("[]"),
        Err(ProfileError::NotAnObject)
    ));
    let e = Profile::from_json(r#"{"citizenship":"UZ","entry_date":"2026-02-30"}"#).unwrap_err();
    assert_eq!(e.field(), Some("entry_date"));
}

#[test]
fn citizenship_groups() {
    for (code, group) in [
        ("UZ", CitizenshipGroup::Uzbekistan),
        ("uz", CitizenshipGroup::Uzbekistan),
        ("TJ", CitizenshipGroup::Tajikistan),
        ("KG", CitizenshipGroup::Kyrgyzstan),
        ("KZ", CitizenshipGroup::Kazakhstan),
        ("AM", CitizenshipGroup::Armenia),
        ("BY", CitizenshipGroup::Belarus),
        ("UA", CitizenshipGroup::Ukraine),
        ("DE", CitizenshipGroup::Other),
        ("AZ", CitizenshipGroup::Other),
    ] {
        let c: Citizenship = code.parse().unwrap();
        assert_eq!(c.group(), group, "{code}");
        assert_eq!(c.as_str(), code.to_ascii_uppercase());
    }
    assert!(CitizenshipGroup::Belarus.is_eaeu() && !CitizenshipGroup::Uzbekistan.is_eaeu());
}

#[test]
fn full_profile_round_trips() {
    let json = r#"{"citizenship":"TJ","entry_date":"2026-01-05","purpose":"work","housing":"private",
        "region":"moscow_oblast","registered_on":"2026-01-10","registered_until":"2026-07-10",
        "patent_issued_on":"2026-02-01","patent_paid_until":"2026-12-01","medical_done_on":"2026-01-20",
        "contract_notified":true,"days_in_russia_this_year":0}"#;
    let p = profile(json);
    assert_eq!(p.purpose, Some(Purpose::Work));
    assert_eq!(p.region, Some(Region::MoscowOblast));
    let back = serde_json::to_string(&p).unwrap();
    assert_eq!(Profile::from_json(&back).unwrap(), p);
    // The derived serde path (used by the store) agrees and also rejects unknown fields.
    assert_eq!(serde_json::from_str::<Profile>(&back).unwrap(), p);
    assert!(serde_json::from_str::<Profile>(
        r#"{"citizenship":"UZ","entry_date":"2026-03-05","x":1}"#
    )
    .is_err());
    // null means "not known".
    let p = profile(
        r#"{"citizenship":"UZ","entry_date":"2026-03-05","purpose":null,"registered_on":null}"#,
    );
    assert_eq!(p.purpose, None);
    assert!(!p.contract_notified);
}
