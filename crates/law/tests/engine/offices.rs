//! `law/offices.toml`: only sourced offices; anything else is "how to find".

use musofir_law::{Confidence, Law, LawError, Region, Service, Where};

use crate::common::*;

const RULES: &str = include_str!("../../../../law/rules.toml");
const CALENDAR: &str = include_str!("../../../../law/calendar.toml");
const OFFICES: &str = include_str!("../../../../law/offices.toml");

#[test]
fn every_office_is_sourced_and_never_high() {
    let offices = law().offices();
    assert_eq!(offices.as_of, d("2026-12-06"));
    assert!(!offices.all().is_empty());
    for o in offices.all() {
        assert!(
            o.source_url().is_some_and(|u| u.starts_with("http")),
            "{}",
            o.id
        );
        assert!(o.confidence < Confidence::High, "{}", o.id);
        assert!(o.as_of <= offices.as_of, "{}", o.id);
    }
}

#[test]
fn regions_get_an_office_or_how_to_find_it() {
    let offices = law().offices();
    // Moscow: the MMC for patents and the medical check.
    let Where::Offices { offices: moscow } = offices.find(Region::Moscow, Service::Patent) else {
        panic!("Moscow patent office");
    };
    assert_eq!(moscow[0].id, "moscow.mmc");
    // Moscow oblast: the medical check is in the oblast's hospitals, not at Sakharovo.
    let Where::Offices { offices: mo } = offices.find(Region::MoscowOblast, Service::Medical)
    else {
        panic!("Moscow oblast clinics");
    };
    assert!(mo.iter().all(|o| !o.name_ru.contains("Сахарово")));
    // No sourced office: how to find one, never a made-up address.
    for (region, service) in [
        (Region::Other, Service::Patent),
        (Region::Novosibirsk, Service::Medical),
        (Region::Krasnodar, Service::Patent),
        (Region::Tyumen, Service::Registration),
        (Region::Khmao, Service::Medical),
    ] {
        match offices.find(region, service) {
            Where::HowToFind { how } => assert!(how.urls.iter().any(|u| u.contains("мвд.рф"))),
            Where::Offices { offices } => panic!("{region} {service}: {offices:?}"),
        }
    }
    // Every region the issue names answers (an office or how to find it) for every service.
    for region in Region::ALL {
        for service in Service::ALL {
            let _ = offices.find(*region, service);
        }
    }
}

fn broken(offices: &str) -> LawError {
    match Law::from_toml_with_offices(RULES, CALENDAR, offices) {
        Ok(_) => panic!("broken offices must be rejected"),
        Err(e) => e,
    }
}

#[test]
fn validation_rejects_unsourced_or_made_up_offices() {
    let no_url = OFFICES.replacen(
        r#"urls = ["https://m.ru24.pro/lyubertsy/398670093"]"#,
        "urls = []",
        1,
    );
    assert!(matches!(broken(&no_url), LawError::InvalidRule { .. }));
    let high = OFFICES.replacen(r#"confidence = "medium""#, r#"confidence = "high""#, 1);
    assert!(matches!(broken(&high), LawError::InvalidRule { .. }));
    let other = OFFICES.replacen(r#"region = "moscow""#, r#"region = "other""#, 1);
    assert!(matches!(broken(&other), LawError::InvalidRule { .. }));
    let wrong_prefix = OFFICES.replacen(r#"id = "moscow.mmc""#, r#"id = "mmc""#, 1);
    assert!(matches!(
        broken(&wrong_prefix),
        LawError::InvalidRule { .. }
    ));
    let bad_service = OFFICES.replacen(r#""amina"]"#, r#""visa"]"#, 1);
    assert!(matches!(broken(&bad_service), LawError::Parse { .. }));
    let empty_address = OFFICES.replacen(
        r#"address = "Санкт-Петербург, ул. Кубинская, д. 77""#,
        r#"address = " ""#,
        1,
    );
    assert!(matches!(
        broken(&empty_address),
        LawError::InvalidRule { .. }
    ));
}
