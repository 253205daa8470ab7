//! "My situation" texts: a table of profiles × every language. Every message
//! exists, every due date, source and the law's date are shown, paragraphs fit
//! Telegram, only Telegram's HTML is used, and every enum variant the law
//! engine can return has its message.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use musofir::guidance::{self, *};
use musofir::i18n::{escape_html, I18n};
use musofir::render::{split, MAX_MESSAGE_UTF16};
use musofir::text::{Arg, Lang, Msg};
use musofir_law::{assess, Assessment, Law, Note, Profile, RiskKind, Status};

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// (name, today, profile JSON): citizenships, purposes, housing, regions,
/// patent paid and lapsed, registration done and overdue, the stay limit near
/// and over, an entry under the old rule, the amnesty window.
#[rustfmt::skip]
pub(crate) const TABLE: &[(&str, &str, &str)] = &[
    ("uz work, just arrived", "2026-11-23",
     r#"{"citizenship":"UZ","entry_date":"2026-11-10","purpose":"work","region":"other"}"#),
    ("uz work, registration due today", "2026-11-23",
     r#"{"citizenship":"UZ","entry_date":"2026-11-08","purpose":"work"}"#),
    ("uz work moscow, patent paid (Amina)", "2026-11-23",
     r#"{"citizenship":"UZ","entry_date":"2026-03-01","purpose":"work","region":"moscow","housing":"private","registered_on":"2026-03-05","registered_until":"2026-12-31","patent_applied_on":"2026-03-20","patent_issued_on":"2026-04-01","patent_paid_until":"2026-12-01","medical_done_on":"2026-03-15","contract_notified":true}"#),
    ("uz work, medical repeat due, contract missing", "2026-11-23",
     r#"{"citizenship":"UZ","entry_date":"2025-11-20","purpose":"work","region":"spb","registered_on":"2025-11-25","patent_issued_on":"2026-10-05","patent_paid_until":"2026-12-04","medical_done_on":"2025-11-28"}"#),
    ("uz work moscow, not registered yet (Amina)", "2026-11-23",
     r#"{"citizenship":"UZ","entry_date":"2026-11-12","purpose":"work","region":"moscow"}"#),
    ("tj work, paid patent, region without a price, medical repeat near", "2026-11-23",
     r#"{"citizenship":"TJ","entry_date":"2025-10-25","purpose":"work","region":"other","registered_on":"2025-10-27","patent_issued_on":"2026-09-01","patent_paid_until":"2026-12-10","medical_done_on":"2025-11-01","contract_notified":true}"#),
    ("tj work spb, patent lapsed", "2026-11-23",
     r#"{"citizenship":"TJ","entry_date":"2026-05-01","purpose":"work","region":"spb","registered_on":"2026-05-10","patent_issued_on":"2026-05-25","patent_paid_until":"2026-10-24","medical_done_on":"2026-05-20","contract_notified":true}"#),
    ("tj work, registration overdue", "2026-11-23",
     r#"{"citizenship":"TJ","entry_date":"2026-10-25","purpose":"work","region":"leningrad_oblast"}"#),
    ("kg work, registered", "2026-11-23",
     r#"{"citizenship":"KG","entry_date":"2026-11-01","purpose":"work","region":"moscow_oblast","registered_on":"2026-11-05","registered_until":"2026-11-27"}"#),
    ("kz tourism hotel", "2026-11-23",
     r#"{"citizenship":"KZ","entry_date":"2026-11-20","purpose":"tourism","housing":"hotel","region":"moscow","days_in_russia_this_year":10}"#),
    ("by private visit", "2026-11-23",
     r#"{"citizenship":"BY","entry_date":"2026-11-15","purpose":"private"}"#),
    ("ua work", "2026-11-23",
     r#"{"citizenship":"UA","entry_date":"2026-11-18","purpose":"work","region":"other"}"#),
    ("other country tourism, limit near", "2026-11-23",
     r#"{"citizenship":"XX","entry_date":"2026-09-01","purpose":"tourism","registered_on":"2026-09-03","days_in_russia_this_year":0}"#),
    ("other country, limit over", "2026-11-23",
     r#"{"citizenship":"XX","entry_date":"2026-05-01","purpose":"business","registered_on":"2026-05-05","days_in_russia_this_year":0}"#),
    ("other country, limit used before entry", "2026-11-23",
     r#"{"citizenship":"AM","entry_date":"2026-10-01","purpose":"tourism","registered_on":"2026-10-02","days_in_russia_this_year":95}"#),
    ("uz study moscow oblast", "2026-11-23",
     r#"{"citizenship":"UZ","entry_date":"2026-09-01","purpose":"study","region":"moscow_oblast","registered_on":"2026-09-05","registered_until":"2027-12-31"}"#),
    ("purpose unknown", "2026-11-23",
     r#"{"citizenship":"TJ","entry_date":"2026-11-20"}"#),
    ("entry in 2024 under the old rule", "2024-12-20",
     r#"{"citizenship":"UZ","entry_date":"2024-11-01","purpose":"tourism","registered_on":"2024-11-05","days_in_russia_this_year":30}"#),
    ("entry in the disputed weeks of 2025", "2025-02-10",
     r#"{"citizenship":"TJ","entry_date":"2025-01-20","purpose":"private","registered_on":"2025-01-25"}"#),
    ("overstay while the amnesty was open", "2025-05-01",
     r#"{"citizenship":"TJ","entry_date":"2025-01-05","purpose":"tourism","registered_on":"2025-01-10","days_in_russia_this_year":0}"#),
    ("long overstay, years of ban", "2026-11-23",
     r#"{"citizenship":"KG","entry_date":"2026-01-02","purpose":"private","registered_on":"2026-01-10","days_in_russia_this_year":0}"#),
    // Added with the law review of 2026-12-06: a patent holder's year and the new situations.
    ("uz moved after registering", "2026-11-23",
     r#"{"citizenship":"UZ","entry_date":"2026-11-01","purpose":"work","region":"other","registered_on":"2026-11-05","moved_on":"2026-11-18","medical_done_on":"2026-11-10","patent_applied_on":"2026-11-12"}"#),
    ("uz work moscow moved (Amina)", "2026-11-23",
     r#"{"citizenship":"UZ","entry_date":"2026-11-01","purpose":"work","region":"moscow","registered_on":"2026-11-03","moved_on":"2026-11-20"}"#),
    ("uz patent holder in tyumen: new employer, a trip, children", "2026-11-23",
     r#"{"citizenship":"UZ","entry_date":"2026-03-01","purpose":"work","region":"tyumen","registered_on":"2026-03-05","registered_until":"2027-02-28","patent_issued_on":"2026-04-01","patent_paid_until":"2026-12-01","medical_done_on":"2026-03-15","contract_notified":true,"contract_signed_on":"2026-11-19","plans_trip":true,"children_in_russia":true}"#),
    ("tj patent at its 12-month cap", "2026-11-23",
     r#"{"citizenship":"TJ","entry_date":"2025-11-25","purpose":"work","region":"spb","registered_on":"2025-11-28","patent_issued_on":"2025-12-01","patent_paid_until":"2026-11-30","medical_done_on":"2025-11-28","contract_notified":true}"#),
    ("tj patent, the last month before the cap", "2026-11-23",
     r#"{"citizenship":"TJ","entry_date":"2025-12-20","purpose":"work","region":"leningrad_oblast","registered_on":"2025-12-22","patent_issued_on":"2025-12-25","patent_paid_until":"2026-11-25","medical_done_on":"2025-12-23","contract_notified":true}"#),
    ("kg contract ended after the first 90 days", "2026-11-23",
     r#"{"citizenship":"KG","entry_date":"2026-05-01","purpose":"work","region":"moscow_oblast","registered_on":"2026-05-05","registered_until":"2027-06-01","labour_contract":true,"contract_signed_on":"2026-05-10","contract_ended_on":"2026-11-15","medical_done_on":"2026-05-20"}"#),
    ("kg entered privately, then a contract", "2026-11-23",
     r#"{"citizenship":"KG","entry_date":"2026-10-20","purpose":"private","registered_on":"2026-10-25","contract_signed_on":"2026-11-10"}"#),
    ("uz tourist working in moscow", "2026-11-23",
     r#"{"citizenship":"UZ","entry_date":"2026-11-15","purpose":"tourism","region":"moscow","works":true}"#),
    ("uz lost the migration card", "2026-11-23",
     r#"{"citizenship":"UZ","entry_date":"2026-11-01","purpose":"private","registered_on":"2026-11-05","lost_document":"migration_card","lost_on":"2026-11-22"}"#),
    ("tj patent holder: lost patent and job, works in another region", "2026-11-23",
     r#"{"citizenship":"TJ","entry_date":"2026-06-01","purpose":"work","region":"spb","registered_on":"2026-06-03","patent_issued_on":"2026-06-20","patent_paid_until":"2026-12-19","medical_done_on":"2026-06-10","contract_notified":true,"contract_ended_on":"2026-11-10","lost_document":"patent","patent_region":"spb","work_region":"moscow"}"#),
    ("uz patent for moscow, works in the oblast", "2026-11-23",
     r#"{"citizenship":"UZ","entry_date":"2026-06-01","purpose":"work","region":"moscow","registered_on":"2026-06-03","patent_issued_on":"2026-06-20","patent_paid_until":"2026-12-19","medical_done_on":"2026-06-10","contract_notified":true,"patent_region":"moscow","work_region":"moscow_oblast","works_in_patent_profession":true}"#),
    ("overstay, in the register, decisions to appeal", "2026-11-23",
     r#"{"citizenship":"TJ","entry_date":"2026-05-01","purpose":"private","registered_on":"2026-05-05","days_in_russia_this_year":0,"in_rkl":true,"expulsion_decision_on":"2026-11-20","mvd_decision_on":"2026-11-01"}"#),
    ("uz student, the advised medical date passed", "2026-04-10",
     r#"{"citizenship":"UZ","entry_date":"2026-03-05","purpose":"study","region":"other","registered_on":"2026-03-06"}"#),
    ("uz tourist across the new year", "2026-12-26",
     r#"{"citizenship":"UZ","entry_date":"2026-12-25","purpose":"tourism","days_in_russia_this_year":80,"registered_on":"2026-12-26"}"#),
    ("uz back from a trip with a paid patent", "2026-11-23",
     r#"{"citizenship":"UZ","entry_date":"2026-11-15","purpose":"work","region":"other","patent_issued_on":"2026-06-01","patent_paid_until":"2026-12-31","medical_done_on":"2026-06-05","contract_notified":true}"#),
    // Added with issue 15 (the advice fixes; hand-checked 59 and 60).
    ("uz work moscow, contract copy 238 days late", "2026-11-13",
     r#"{"citizenship":"UZ","entry_date":"2026-01-05","purpose":"work","region":"moscow","patent_applied_on":"2026-01-12","patent_issued_on":"2026-01-20","patent_paid_until":"2026-11-18","medical_done_on":"2026-01-10","registered_on":"2026-01-08"}"#),
    ("uz work moscow oblast, no patent after its term", "2026-03-10",
     r#"{"citizenship":"UZ","entry_date":"2026-02-01","purpose":"work","region":"moscow_oblast","registered_on":"2026-02-03"}"#),
];

struct Case {
    name: &'static str,
    assessment: Assessment,
}

fn cases(law: &Law) -> Vec<Case> {
    TABLE
        .iter()
        .map(|(name, today, json)| {
            let profile = Profile::from_json(json).unwrap_or_else(|e| panic!("{name}: {e}"));
            let assessment =
                assess(&profile, date(today), law).unwrap_or_else(|e| panic!("{name}: {e}"));
            Case { name, assessment }
        })
        .collect()
}

/// Every message id a message uses, its own and those of its arguments.
fn ids(m: &Msg, out: &mut BTreeSet<String>) {
    out.insert(m.id.to_string());
    for (_, arg) in &m.args {
        if let Arg::Msg(inner) = arg {
            ids(inner, out);
        }
    }
}

/// A rule's source as the reader sees it: the Russian citation, escaped,
/// the same in every language and script.
fn source_as_shown(_lang: Lang, source: &str) -> String {
    escape_html(&musofir::explain::ru_citation(source))
}

fn utf16(s: &str) -> usize {
    s.encode_utf16().count()
}

/// Only Telegram's tags that we allow: <b>, <i>, <a href="…"> and their ends.
fn assert_only_allowed_tags(html: &str, context: &str) {
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        let end = rest[i..]
            .find('>')
            .unwrap_or_else(|| panic!("{context}: unclosed <"));
        let tag = &rest[i..i + end + 1];
        let ok = matches!(tag, "<b>" | "</b>" | "<i>" | "</i>" | "</a>")
            || (tag.starts_with("<a href=\"") && tag.ends_with("\">"));
        assert!(ok, "{context}: tag {tag} is not allowed");
        rest = &rest[i + end + 1..];
    }
    // A bare & must be an entity.
    for (i, _) in html.match_indices('&') {
        let entity = &html[i..];
        assert!(
            ["&amp;", "&lt;", "&gt;", "&quot;"]
                .iter()
                .any(|e| entity.starts_with(e)),
            "{context}: bare & in {html}"
        );
    }
}

#[test]
fn every_profile_reads_well_in_every_language() {
    let law = Law::embedded().unwrap();
    let i18n = I18n::new().unwrap();
    for case in cases(&law) {
        let a = &case.assessment;
        let paragraphs = situation(a, &law);
        let mut used = BTreeSet::new();
        paragraphs.iter().for_each(|m| ids(m, &mut used));
        for id in &used {
            assert!(i18n.has(id), "{}: message {id} is missing", case.name);
        }
        for lang in Lang::ALL {
            let context = format!("{} [{}]", case.name, lang.code());
            let texts: Vec<String> = paragraphs.iter().map(|m| i18n.format(lang, m)).collect();
            let all = texts.join("\n\n");
            for t in &texts {
                assert!(!t.trim().is_empty(), "{context}: empty paragraph");
                assert!(
                    utf16(t) <= MAX_MESSAGE_UTF16,
                    "{context}: a paragraph of {} UTF-16 units",
                    utf16(t)
                );
                assert!(!t.contains('{') && !t.contains('}'), "{context}: {t}");
                assert_only_allowed_tags(t, &context);
            }
            for part in split(&texts, MAX_MESSAGE_UTF16) {
                assert!(utf16(&part) <= MAX_MESSAGE_UTF16, "{context}");
            }
            let ddmmyyyy = |d: NaiveDate| d.format("%d.%m.%Y").to_string();
            for d in &a.deadlines {
                let shown = match (d.status, d.done_on) {
                    (Status::Done, Some(on)) => ddmmyyyy(on),
                    _ => ddmmyyyy(d.due),
                };
                if d.status != Status::Done || d.done_on.is_some() {
                    assert!(all.contains(&shown), "{context}: {:?} date {shown}", d.kind);
                }
                if d.status != Status::Done {
                    assert!(
                        all.contains(&source_as_shown(lang, &d.source)),
                        "{context}: source of {:?}",
                        d.kind
                    );
                    // Two readings: the other date is given too.
                    if let Some(alt) = d.alt_due {
                        assert!(
                            all.contains(&ddmmyyyy(alt)),
                            "{context}: {:?} other reading {}",
                            d.kind,
                            ddmmyyyy(alt)
                        );
                    }
                }
            }
            // Bills that are not law are left to /explain (issue 15).
            for r in a.risks.iter().filter(|r| r.kind != RiskKind::PendingChange) {
                assert!(
                    all.contains(&source_as_shown(lang, &r.source)),
                    "{context}: source of {:?}",
                    r.kind
                );
            }
            assert!(all.contains(&ddmmyyyy(a.law_as_of)), "{context}: as of");
            assert!(all.contains(&ddmmyyyy(a.today)), "{context}: today");
            // The closing paragraph is last.
            assert_eq!(
                paragraphs.last().map(|m| m.id.as_ref()),
                Some("situation-footer")
            );
        }
    }
}

#[test]
fn every_enum_variant_has_its_message() {
    let i18n = I18n::new().unwrap();
    let mut expected: Vec<String> = Vec::new();
    expected.extend(DEADLINE_KINDS.iter().map(|k| deadline_title_id(*k)));
    expected.extend(STATUSES.iter().map(|s| status_id(*s)));
    expected.extend(ACTIONS.iter().map(|a| action_id(*a)));
    expected.extend(PLACES.iter().map(|p| place_id(*p)));
    expected.extend(CONSEQUENCES.iter().map(|c| consequence_id(*c)));
    expected.extend(NOTES.iter().map(|n| note_id(*n)));
    expected.extend(RISK_KINDS.iter().map(|r| risk_id(*r)));
    expected.extend(STEPS.iter().map(|s| step_id(*s)));
    expected.extend(CHECKS.iter().map(|c| check_id(*c)));
    expected.extend(CONFIDENCES.iter().map(|c| confidence_id(*c)));
    expected.extend(LAYOUT_IDS.iter().map(|s| s.to_string()));
    let missing: Vec<&String> = expected.iter().filter(|id| !i18n.has(id)).collect();
    assert!(missing.is_empty(), "missing messages: {missing:?}");
}

/// The table reaches every deadline kind, status, note, risk, step and check,
/// so the first test formats each of them with real numbers in every language.
#[test]
fn the_table_covers_every_variant() {
    let law = Law::embedded().unwrap();
    let cases = cases(&law);
    let mut seen = BTreeSet::new();
    for c in &cases {
        let a = &c.assessment;
        for d in &a.deadlines {
            seen.insert(deadline_title_id(d.kind));
            seen.insert(status_id(d.status));
            seen.insert(action_id(d.action));
            d.places.iter().for_each(|p| {
                seen.insert(place_id(*p));
            });
            seen.insert(consequence_id(d.consequence));
            for n in &d.notes {
                seen.insert(note_id(*n));
                assert!(
                    guidance::note(*n, d, &law).is_some(),
                    "{}: note {n:?} lacks its number",
                    c.name
                );
            }
            if let Some(check) = d.check {
                seen.insert(check_id(check));
            }
        }
        for r in &a.risks {
            seen.insert(risk_id(r.kind));
            assert!(
                risk_paragraph(r, &law).is_some(),
                "{}: risk {:?} lacks a number",
                c.name,
                r.kind
            );
            if let Some(check) = r.check {
                seen.insert(check_id(check));
            }
            if let Some(cq) = r.consequence {
                seen.insert(consequence_id(cq));
            }
        }
        for s in &a.next_steps {
            seen.insert(step_id(s.step));
            if let Some(check) = s.check {
                seen.insert(check_id(check));
            }
        }
    }
    let mut missing = Vec::new();
    let mut want = |id: String| {
        if !seen.contains(&id) {
            missing.push(id);
        }
    };
    DEADLINE_KINDS
        .iter()
        .for_each(|k| want(deadline_title_id(*k)));
    STATUSES.iter().for_each(|s| want(status_id(*s)));
    NOTES.iter().for_each(|n| want(note_id(*n)));
    RISK_KINDS.iter().for_each(|r| want(risk_id(*r)));
    STEPS.iter().for_each(|s| want(step_id(*s)));
    CHECKS.iter().for_each(|c| want(check_id(*c)));
    PLACES.iter().for_each(|p| want(place_id(*p)));
    assert!(missing.is_empty(), "the table never reaches: {missing:?}");
}

/// The "More" screen shows, with each open deadline, every note that matters
/// ([`in_summary`]); the event-day remark gives way to a note that gives both
/// dates. Every note can be phrased with the law's numbers.
#[test]
fn open_deadlines_show_their_notes() {
    let law = Law::embedded().unwrap();
    let i18n = I18n::new().unwrap();
    let mut checked = 0;
    for c in cases(&law) {
        let screen = guidance::situation(&c.assessment, &law);
        for d in &c.assessment.deadlines {
            for n in &d.notes {
                assert!(note(*n, d, &law).is_some(), "{}: {n:?}", c.name);
            }
            let paragraph = deadline_paragraph(d, &law);
            assert!(screen.contains(&paragraph), "{} {:?}", c.name, d.kind);
            if d.status == Status::Done {
                continue;
            }
            let mut used = BTreeSet::new();
            ids(&paragraph, &mut used);
            let both_dates = [Note::EarlierReadingPassed, Note::PendingBillShorterTerm]
                .iter()
                .any(|n| used.contains(&note_id(*n)));
            for n in d.notes.iter().filter(|n| in_summary(**n)) {
                if *n == Note::EventDayMayCount && both_dates {
                    continue;
                }
                assert!(used.contains(&note_id(*n)), "{}: {n:?}", c.name);
                checked += 1;
            }
            for lang in Lang::ALL {
                let t = i18n.format(lang, &paragraph);
                assert!(!t.contains('{'), "{} {}: {t}", c.name, lang.code());
                assert!(utf16(&t) <= MAX_MESSAGE_UTF16);
            }
            for id in &used {
                assert!(i18n.has(id), "{}: {id}", c.name);
            }
        }
    }
    assert!(checked > 0, "no open deadline in the table has a note");
}

#[test]
fn marks_follow_the_status() {
    let law = Law::embedded().unwrap();
    for c in cases(&law) {
        for d in &c.assessment.deadlines {
            let expected = match d.status {
                Status::Done if d.done_on.is_some_and(|on| on > d.due) => MARK_SOON,
                Status::Done => MARK_DONE,
                Status::Overdue => MARK_OVERDUE,
                Status::DueToday => MARK_SOON,
                Status::Upcoming if d.days_left <= SOON_DAYS => MARK_SOON,
                Status::Upcoming => MARK_ON_TIME,
            };
            assert_eq!(mark(d), expected, "{} {:?}", c.name, d.kind);
        }
    }
}

#[test]
fn most_urgent_first_and_danger_before_info() {
    let law = Law::embedded().unwrap();
    for c in cases(&law) {
        let ps = situation(&c.assessment, &law);
        let heads: Vec<&Msg> = ps.iter().filter(|m| m.id == "guidance-lines").collect();
        assert!(!heads.is_empty() || c.assessment.deadlines.is_empty());
        // Deadlines: no done one before an open one.
        let statuses: Vec<bool> = c
            .assessment
            .deadlines
            .iter()
            .map(|d| d.status == Status::Done)
            .collect();
        let mut sorted = statuses.clone();
        sorted.sort();
        assert_eq!(statuses, sorted, "{}", c.name);
        let levels: Vec<_> = c.assessment.risks.iter().map(|r| r.level).collect();
        let mut sorted = levels.clone();
        sorted.sort();
        assert_eq!(levels, sorted, "{}", c.name);
    }
}

#[test]
fn uncertain_answers_say_where_to_check() {
    let law = Law::embedded().unwrap();
    for c in cases(&law) {
        for d in &c.assessment.deadlines {
            if d.uncertain && d.status != Status::Done {
                let mut used = BTreeSet::new();
                ids(&deadline_paragraph(d, &law), &mut used);
                assert!(
                    used.contains("guidance-uncertain"),
                    "{} {:?}",
                    c.name,
                    d.kind
                );
            }
        }
    }
}

#[test]
fn the_register_check_links_to_the_mvd_page() {
    let law = Law::embedded().unwrap();
    let i18n = I18n::new().unwrap();
    let url = law
        .rule(musofir_law::ids::RKL_REGISTER)
        .and_then(|r| r.source_url())
        .unwrap()
        .to_string();
    let m = check(musofir_law::Check::MvdRklPage, None, &law);
    for lang in Lang::ALL {
        let t = i18n.format(lang, &m);
        assert!(t.contains(&format!("<a href=\"{url}\">")), "{t}");
    }
}

/// A due date on a day off says that offices may accept the next working day.
#[test]
fn a_due_date_on_a_day_off_names_the_next_working_day() {
    let law = Law::embedded().unwrap();
    let i18n = I18n::new().unwrap();
    let today = date("2026-11-23");
    let mut found = false;
    for back in 0..14 {
        let entry = today - chrono::Duration::days(back);
        let json = format!(
            r#"{{"citizenship":"UZ","entry_date":"{}","purpose":"work"}}"#,
            entry.format("%Y-%m-%d")
        );
        let a = assess(&Profile::from_json(&json).unwrap(), today, &law).unwrap();
        for d in &a.deadlines {
            if let (true, Some(next), false) = (
                d.moved_by_non_working_day,
                d.next_working_day,
                d.status == Status::Done,
            ) {
                let text = i18n.format(Lang::Ru, &deadline_paragraph(d, &law));
                assert!(
                    text.contains(&next.format("%d.%m.%Y").to_string()),
                    "{text}"
                );
                found = true;
            }
        }
    }
    assert!(
        found,
        "no due date fell on a day off in two weeks of entries"
    );
}

/// No legal number in the texts: digits come only from arguments.
#[test]
fn texts_carry_no_numbers_of_their_own() {
    use fluent_syntax::ast::{Entry, Expression, Pattern, PatternElement};

    fn walk(p: &Pattern<&str>, out: &mut Vec<String>) {
        for el in &p.elements {
            match el {
                PatternElement::TextElement { value } => {
                    if value.chars().any(|c| c.is_ascii_digit()) {
                        out.push(value.to_string());
                    }
                }
                PatternElement::Placeable {
                    expression: Expression::Select { variants, .. },
                } => variants.iter().for_each(|v| walk(&v.value, out)),
                PatternElement::Placeable { .. } => {}
            }
        }
    }

    for lang in ["ru", "uz", "tg", "ky"] {
        let path = format!(
            "{}/locales/{lang}/assessment.ftl",
            env!("CARGO_MANIFEST_DIR")
        );
        let src = std::fs::read_to_string(&path).unwrap();
        let res = fluent_syntax::parser::parse(src.as_str()).expect("parses");
        for entry in &res.body {
            if let Entry::Message(m) = entry {
                let mut found = Vec::new();
                if let Some(p) = &m.value {
                    walk(p, &mut found);
                }
                assert!(found.is_empty(), "{path}: {}: {found:?}", m.id.name);
            }
        }
    }
}

#[test]
fn an_assessment_without_deadlines_still_answers() {
    let law = Law::embedded().unwrap();
    let i18n = I18n::new().unwrap();
    // A Kyrgyz worker: no patent, and the stay follows the contract.
    let p = Profile::from_json(
        r#"{"citizenship":"KG","entry_date":"2026-11-01","purpose":"work","housing":"hotel"}"#,
    )
    .unwrap();
    let a = assess(&p, date("2026-11-23"), &law).unwrap();
    let ps = situation(&a, &law);
    if a.deadlines.is_empty() {
        assert!(ps.iter().any(|m| m.id == "situation-no-deadlines"));
    }
    for lang in Lang::ALL {
        let t: Vec<String> = ps.iter().map(|m| i18n.format(lang, m)).collect();
        let as_of = a.law_as_of.format("%d.%m.%Y").to_string();
        assert!(t.join("\n").contains(&as_of), "{}", lang.code());
    }
}

/// `cargo test --test it -- --ignored --nocapture guidance::dump` prints every case (LANG_ONLY=ru for one language).
#[test]
#[ignore]
fn dump() {
    let law = Law::embedded().unwrap();
    let i18n = I18n::new().unwrap();
    let only = std::env::var("LANG_ONLY").ok();
    for case in cases(&law) {
        for lang in Lang::ALL {
            if only.as_deref().is_some_and(|l| l != lang.code()) {
                continue;
            }
            println!("===== {} [{}] =====", case.name, lang.code());
            for m in situation(&case.assessment, &law) {
                println!("{}\n", i18n.format(lang, &m));
            }
        }
    }
}

#[test]
fn a_registration_done_late_says_so_and_names_the_fine() {
    let law = musofir_law::Law::embedded().unwrap();
    let i18n = musofir::i18n::I18n::new().unwrap();
    let p = musofir_law::Profile::from_json(
        r#"{"citizenship":"TJ","entry_date":"2026-03-05","purpose":"work",
            "registered_on":"2026-03-25"}"#,
    )
    .unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 4, 1).unwrap();
    let a = musofir_law::assess(&p, today, &law).unwrap();
    let text: String = musofir::guidance::situation(&a, &law)
        .iter()
        .map(|m| i18n.format(musofir::text::Lang::Ru, m))
        .collect::<Vec<_>>()
        .join("\n");
    // Due 19.03.2026: the 15 days count the entry day as day 1 (the safe reading of the law review of
    // 2026-12-06, hand-checked case 1); lateness is counted from the safe date, never understated.
    assert!(
        text.contains("сделано 25.03.2026, с опозданием на 6 дней"),
        "{text}"
    );
    assert!(text.contains("⚠️ <b>Миграционный учёт"), "{text}");
    assert!(text.contains("Грозит: штраф"), "{text}");
    assert!(text.contains("2\u{a0}000 до 5\u{a0}000"), "{text}");
}
