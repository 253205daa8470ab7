//! Property tests: no input panics; no due date precedes the entry date; the output is consistent.

use chrono::{Days, NaiveDate};
use musofir_law::{assess, Citizenship, Housing, LostDocument, Profile, Purpose, Region, Status};
use proptest::prelude::*;

use crate::common::*;

fn date_in(from: &'static str, span: u64) -> impl Strategy<Value = NaiveDate> {
    (0..span).prop_map(move |n| d(from) + Days::new(n))
}

fn citizenship() -> impl Strategy<Value = Citizenship> {
    prop::sample::select(vec![
        "UZ", "TJ", "KG", "KZ", "AM", "BY", "UA", "DE", "CN", "AZ", "MD", "GE", "IN",
    ])
    .prop_map(|c| c.parse().unwrap())
}

fn opt<T: std::fmt::Debug + Clone + 'static>(
    s: impl Strategy<Value = T> + 'static,
) -> impl Strategy<Value = Option<T>> {
    prop::option::of(s)
}

prop_compose! {
    /// The newer, optional facts (issue 11): moves, contracts, lost documents, decisions, regions.
    fn situation()(
        offsets in prop::collection::vec(opt(-400i64..800), 7),
        flags in prop::collection::vec(opt(any::<bool>()), 7),
        patent_region in opt(prop::sample::select(Region::ALL.to_vec())),
        work_region in opt(prop::sample::select(Region::ALL.to_vec())),
        lost_document in opt(prop::sample::select(LostDocument::ALL.to_vec())),
    ) -> (Vec<Option<i64>>, Vec<Option<bool>>, Option<Region>, Option<Region>, Option<LostDocument>) {
        (offsets, flags, patent_region, work_region, lost_document)
    }
}

prop_compose! {
    /// Any combination of fields, dates from 2019 to 2030 (so both calendars, the fallback and every rule
    /// boundary are crossed). Invalid combinations are allowed: they must give an error, not a panic.
    fn any_profile()(
        citizenship in citizenship(),
        entry_date in date_in("2019-01-01", 4400),
        purpose in opt(prop::sample::select(Purpose::ALL.to_vec())),
        housing in opt(prop::sample::select(Housing::ALL.to_vec())),
        region in opt(prop::sample::select(Region::ALL.to_vec())),
        offsets in prop::collection::vec(opt(-400i64..800), 7),
        contract_notified in any::<bool>(),
        labour_contract in opt(any::<bool>()),
        days in opt(0u16..400),
        (more, flags, patent_region, work_region, lost_document) in situation(),
    ) -> Profile {
        let at = |o: Option<i64>| o.and_then(|o| entry_date.checked_add_signed(chrono::Duration::days(o)));
        Profile {
            citizenship, entry_date, purpose, housing, region,
            registered_on: at(offsets[0]), registered_until: at(offsets[1]), patent_issued_on: at(offsets[2]),
            patent_applied_on: at(offsets[5]), patent_paid_until: at(offsets[3]), medical_done_on: at(offsets[4]),
            contract_notified, labour_contract, days_in_russia_this_year: days,
            moved_on: at(more[0]), registered_after_move_on: at(more[1]), works: flags[0],
            contract_signed_on: at(more[2]), employer_notified: flags[1], contract_ended_on: at(more[3]),
            patent_region, work_region, works_in_patent_profession: flags[2],
            lost_document, lost_on: at(more[4]), lost_reported: flags[3], in_rkl: flags[4],
            expulsion_decision_on: at(more[5]), mvd_decision_on: at(more[6]),
            children_in_russia: flags[5], plans_trip: flags[6],
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_and_dues_follow_entry(p in any_profile(), after in -5i64..900) {
        let today = p.entry_date.checked_add_signed(chrono::Duration::days(after)).unwrap();
        let Ok(a) = assess(&p, today, law()) else { return Ok(()); };
        for dl in &a.deadlines {
            prop_assert!(dl.due >= p.entry_date, "{:?} due {} before entry {}", dl.kind, dl.due, p.entry_date);
            prop_assert_eq!(dl.days_left, (dl.due - today).num_days());
            let expected = match dl.status {
                Status::Done => true,
                Status::Upcoming => dl.days_left > 0,
                Status::DueToday => dl.days_left == 0,
                Status::Overdue => dl.days_left < 0,
            };
            prop_assert!(expected, "{:?} status {:?} days_left {}", dl.kind, dl.status, dl.days_left);
            prop_assert!(law().rule(&dl.rule).is_some());
        }
        // Open obligations first, by due date.
        let open: Vec<_> = a.deadlines.iter().take_while(|d| d.status != Status::Done).map(|d| d.due).collect();
        prop_assert!(open.windows(2).all(|w| w[0] <= w[1]));
        prop_assert!(a.deadlines.iter().skip(open.len()).all(|d| d.status == Status::Done));
        prop_assert!(serde_json::to_string(&a).is_ok());
    }

    #[test]
    fn json_parsing_never_panics(s in ".{0,200}") {
        let _ = Profile::from_json(&s);
    }

    #[test]
    fn json_with_plausible_fields_never_panics(
        cz in "[A-Za-z]{0,3}", y in 1990u32..2110, m in 0u32..14, dd in 0u32..33,
        key in prop::sample::select(musofir_law::profile::FIELDS.to_vec()),
        val in prop_oneof![Just("\"x\"".to_string()), Just("null".into()), Just("-1".into()), Just("true".into()), Just("70000".into()), Just("\"2026-02-29\"".into())],
    ) {
        let json = format!(r#"{{"citizenship":"{cz}","entry_date":"{y:04}-{m:02}-{dd:02}","{key}":{val}}}"#);
        if let Ok(p) = Profile::from_json(&json) {
            let _ = assess(&p, p.entry_date, law());
        }
    }
}
