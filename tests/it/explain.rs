//! The explainers: every topic in every language formats completely, cites a
//! source and the "as of" date, fits Telegram, and shows the numbers of the
//! law data (never numbers of its own).

use chrono::NaiveDate;
use musofir::explain::{explain, ru_citation, title, topics_for, Topic};
use musofir::i18n::{group_digits, I18n};
use musofir::render::{split, MAX_MESSAGE_UTF16};
use musofir::text::{Arg, Lang, Msg};
use musofir_law::{ids, DeadlineKind, Law};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn setup() -> (I18n, Law) {
    (
        I18n::new().expect("locales load"),
        Law::embedded().expect("law data"),
    )
}

/// Every message id used, nested ones included.
fn ids_of(msg: &Msg, out: &mut Vec<String>) {
    out.push(msg.id.to_string());
    for (_, arg) in &msg.args {
        if let Arg::Msg(inner) = arg {
            ids_of(inner, out);
        }
    }
}

fn paragraphs(i18n: &I18n, law: &Law, topic: Topic, lang: Lang) -> Vec<String> {
    explain(topic, law, today())
        .iter()
        .map(|m| i18n.format(lang, m))
        .collect()
}

fn text(i18n: &I18n, law: &Law, topic: Topic, lang: Lang) -> String {
    paragraphs(i18n, law, topic, lang).join("\n\n")
}

/// The text a reader sees: tags removed, the few entities decoded.
fn visible(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

#[test]
fn every_topic_formats_in_every_language() {
    let (i18n, law) = setup();
    for topic in Topic::ALL {
        let msgs = explain(topic, &law, today());
        let mut used = Vec::new();
        for m in &msgs {
            ids_of(m, &mut used);
        }
        ids_of(&title(topic), &mut used);
        for id in &used {
            assert!(
                i18n.has(id),
                "{topic:?}: message {id} is missing in some language"
            );
        }
        assert!(
            !used.iter().any(|id| id == "explain-unavailable"),
            "{topic:?}: the law data lacks a value the explainer needs"
        );
        for lang in Lang::ALL {
            for (m, p) in msgs.iter().zip(paragraphs(&i18n, &law, topic, lang)) {
                assert!(!p.trim().is_empty(), "{topic:?} {lang:?} {}: empty", m.id);
                // A missing message or variable shows up as its id or "{$var}".
                assert!(
                    !p.contains("explain-") && !p.contains("glossary-"),
                    "{topic:?} {lang:?}: {p}"
                );
                assert!(
                    !p.contains("{$") && !p.contains("{ $"),
                    "{topic:?} {lang:?}: {p}"
                );
            }
        }
    }
}

#[test]
fn message_ids_are_prefixed() {
    let (_, law) = setup();
    for topic in Topic::ALL {
        let mut used = Vec::new();
        for m in explain(topic, &law, today()) {
            ids_of(&m, &mut used);
        }
        ids_of(&title(topic), &mut used);
        for id in used {
            assert!(
                id.starts_with("explain-") || id.starts_with("glossary-"),
                "{id}"
            );
        }
    }
}

#[test]
fn every_explainer_cites_a_source_and_the_as_of_date() {
    let (i18n, law) = setup();
    let as_of = law.as_of().format("%d.%m.%Y").to_string();
    // A rule whose citation each explainer must show.
    let key = |topic: Topic| match topic {
        Topic::Registration => ids::REGISTRATION_TERM_GENERAL,
        Topic::Patent => ids::PATENT_APPLICATION_TERM,
        Topic::StayLimit => ids::STAY_LIMIT_90_PER_YEAR,
        Topic::Register => ids::RKL_REGISTER,
        Topic::Amnesty => ids::AMNESTY_WINDOW,
        Topic::Penalties => ids::FINE_KOAP_18_8_1,
        Topic::Amina => ids::REGISTRATION_AMINA,
        Topic::Glossary => ids::REGISTRATION_TERM_GENERAL,
        Topic::PatentYear => ids::PATENT_JOB_CHANGE,
        Topic::Moving => ids::REGISTRATION_MOVE,
        Topic::Purpose => ids::PATENT_PURPOSE_WORK,
        Topic::EaeuContract => ids::STAY_EAEU_NEW_CONTRACT,
        Topic::Lost => ids::LOST_MIGRATION_CARD,
        Topic::Regime => ids::EXPULSION_REGIME,
        Topic::Travel => ids::BAN_CHECK_BEFORE_TRAVEL,
        Topic::Family => ids::FAMILY_CHILDREN_REGISTRATION,
        Topic::Students => ids::STUDENTS_WORK,
        // The offices are not rules: each office's source is checked below.
        Topic::Offices => ids::REGISTRATION_TERM_GENERAL,
    };
    for topic in Topic::ALL {
        let rule = law.rule(key(topic)).unwrap();
        let cite = match topic {
            // The glossary names the laws the terms come from.
            Topic::Glossary => "109-ФЗ".to_string(),
            Topic::Offices => String::new(),
            _ => ru_citation(&rule.source),
        };
        for lang in Lang::ALL {
            let t = text(&i18n, &law, topic, lang);
            assert!(t.contains(&as_of), "{topic:?} {lang:?}: no as-of date");
            if topic == Topic::Offices {
                for o in law.offices().all() {
                    assert!(t.contains(&o.name_ru), "{lang:?}: {}", o.id);
                    let url = o.source_url().unwrap().replace('&', "&amp;");
                    assert!(t.contains(&format!("href=\"{url}\"")), "{lang:?}: {}", o.id);
                }
                continue;
            }
            assert!(t.contains(&cite), "{topic:?} {lang:?}: no source {cite}");
            if topic != Topic::Glossary {
                if let Some(url) = rule.source_url() {
                    assert!(
                        t.contains(&format!("href=\"{url}\"")),
                        "{topic:?} {lang:?}: no link {url}"
                    );
                }
            }
        }
    }
}

#[test]
fn explainers_fit_telegram_and_split_only_between_paragraphs() {
    let (i18n, law) = setup();
    for topic in Topic::ALL {
        for lang in Lang::ALL {
            let ps = paragraphs(&i18n, &law, topic, lang);
            for p in &ps {
                assert!(
                    p.encode_utf16().count() <= MAX_MESSAGE_UTF16,
                    "{topic:?} {lang:?}: a paragraph is longer than a message"
                );
            }
            let parts = split(&ps, MAX_MESSAGE_UTF16);
            assert!(
                parts.len() <= 2,
                "{topic:?} {lang:?}: {} messages",
                parts.len()
            );
            // Every part is whole paragraphs.
            assert_eq!(parts.join("\n\n"), ps.join("\n\n"), "{topic:?} {lang:?}");
            // What the reader sees stays short enough to read as one message.
            let shown = visible(&ps.join("\n\n")).chars().count();
            assert!(shown <= 3500, "{topic:?} {lang:?}: {shown} characters");
        }
    }
}

#[test]
fn explainers_are_html_telegram_accepts() {
    let (i18n, law) = setup();
    for topic in Topic::ALL {
        for lang in Lang::ALL {
            let t = text(&i18n, &law, topic, lang);
            let mut rest = t.as_str();
            while let Some(start) = rest.find('<') {
                let end = rest[start..].find('>').expect("tag closes") + start;
                let tag = &rest[start + 1..end];
                let name = tag
                    .trim_start_matches('/')
                    .split([' ', '>'])
                    .next()
                    .unwrap();
                assert!(
                    ["b", "i", "a"].contains(&name),
                    "{topic:?} {lang:?}: <{tag}>"
                );
                rest = &rest[end + 1..];
            }
            for (i, _) in t.match_indices('&') {
                let entity = &t[i..t.len().min(i + 6)];
                assert!(
                    ["&amp;", "&lt;", "&gt;", "&quot;"]
                        .iter()
                        .any(|e| entity.starts_with(e)),
                    "{topic:?} {lang:?}: bare & in {entity}"
                );
            }
            for tag in ["b", "i", "a"] {
                let open =
                    t.matches(&format!("<{tag}>")).count() + t.matches(&format!("<{tag} ")).count();
                let close = t.matches(&format!("</{tag}>")).count();
                assert_eq!(open, close, "{topic:?} {lang:?}: <{tag}> not balanced");
            }
        }
    }
}

fn range(law: &Law, id: &str) -> String {
    let r = law.rub_range(id).unwrap();
    format!(
        "{}–{}",
        group_digits(r.min.into()),
        group_digits(r.max.into())
    )
}

fn date(d: NaiveDate) -> String {
    d.format("%d.%m.%Y").to_string()
}

#[test]
fn numbers_shown_are_the_law_data() {
    let (i18n, law) = setup();
    for lang in Lang::ALL {
        let reg = text(&i18n, &law, Topic::Registration, lang);
        for id in [
            ids::REGISTRATION_TERM_UZ,
            ids::REGISTRATION_TERM_TJ,
            ids::REGISTRATION_TERM_EAEU,
        ] {
            assert!(
                reg.contains(&format!("{} ", law.days(id).unwrap())),
                "{lang:?} {id}"
            );
        }
        assert!(reg.contains(&format!(
            "{} ",
            law.working_days(ids::REGISTRATION_TERM_GENERAL).unwrap()
        )));
        assert!(reg.contains(&group_digits(
            law.rub(ids::DUTY_REGISTRATION_PLACE_OF_STAY)
                .unwrap()
                .into()
        )));

        let rkl = text(&i18n, &law, Topic::Register, lang);
        let cash = group_digits(law.rub(ids::RKL_CASH_LIMIT).unwrap().into());
        assert!(rkl.contains(&cash), "{lang:?}: RKL cash limit {cash}");
        assert!(rkl.contains("https://мвд.рф/rkl"), "{lang:?}");

        let amn = text(&i18n, &law, Topic::Amnesty, lang);
        let (_, until) = law.window(ids::AMNESTY_EXTENSION).unwrap();
        assert_eq!(date(until), "10.09.2025");
        assert!(amn.contains("10.09.2025"), "{lang:?}: amnesty end");
        let (from, first) = law.window(ids::AMNESTY_WINDOW).unwrap();
        assert!(
            amn.contains(&date(from)) && amn.contains(&date(first)),
            "{lang:?}"
        );

        let pat = text(&i18n, &law, Topic::Patent, lang);
        for id in [
            ids::PATENT_PAYMENT_MOSCOW_2026,
            ids::PATENT_PAYMENT_SPB_2026,
            ids::DUTY_PATENT,
        ] {
            assert!(
                pat.contains(&group_digits(law.rub(id).unwrap().into())),
                "{lang:?} {id}"
            );
        }
        assert!(pat.contains(&range(&law, ids::FINE_KOAP_18_20)), "{lang:?}");

        let fines = text(&i18n, &law, Topic::Penalties, lang);
        for id in [
            ids::FINE_KOAP_18_8_1,
            ids::FINE_KOAP_18_8_3,
            ids::FINE_KOAP_18_10_1,
            ids::FINE_KOAP_18_20,
            ids::EXPULSION_REPLACEMENT,
        ] {
            assert!(
                fines.contains(&range(&law, id)),
                "{lang:?} {id}: {}",
                range(&law, id)
            );
        }
        for id in ids::BAN_OVERSTAY {
            assert!(
                fines.contains(&format!("{} ", law.threshold_days(id).unwrap())),
                "{lang:?} {id}"
            );
            assert!(
                fines.contains(&format!("{} ", law.years(id).unwrap())),
                "{lang:?} {id}"
            );
        }
        assert!(fines.contains(&date(NaiveDate::from_ymd_opt(2025, 2, 5).unwrap())));

        let stay = text(&i18n, &law, Topic::StayLimit, lang);
        assert!(stay.contains(&format!(
            "{} ",
            law.days(ids::STAY_LIMIT_90_PER_YEAR).unwrap()
        )));
        assert!(stay.contains("01.01.2025"), "{lang:?}");

        // The situations of the law review of 2026-12-06.
        let has = |t: &str, n: u32| t.contains(&format!("{n} "));
        let mov = text(&i18n, &law, Topic::Moving, lang);
        assert!(
            has(&mov, law.working_days(ids::REGISTRATION_MOVE).unwrap()),
            "{lang:?}"
        );
        let lost = text(&i18n, &law, Topic::Lost, lang);
        assert!(has(&lost, law.days(ids::LOST_MIGRATION_CARD).unwrap()));
        assert!(lost.contains(&group_digits(
            law.rub(ids::DUTY_PATENT_DUPLICATE).unwrap().into()
        )));
        let regime = text(&i18n, &law, Topic::Regime, lang);
        assert!(regime.contains(&cash), "{lang:?}: regime cash limit");
        assert!(has(&regime, law.days(ids::APPEAL_COURT_EXPULSION).unwrap()));
        assert!(has(&regime, law.months(ids::APPEAL_MVD_DECISION).unwrap()));
        let year = text(&i18n, &law, Topic::PatentYear, lang);
        assert!(has(&year, law.months(ids::PATENT_TERM).unwrap()));
        assert!(has(&year, law.working_days(ids::PATENT_REISSUE).unwrap()));
        assert!(year.contains(&range(&law, ids::FINE_KOAP_18_10_1)));
        assert!(year.contains("01.09.2025") && year.contains("01.01.2026"));
        let purpose = text(&i18n, &law, Topic::Purpose, lang);
        assert!(purpose.contains(&range(&law, ids::FINE_KOAP_18_10_2)));
        let eaeu = text(&i18n, &law, Topic::EaeuContract, lang);
        assert!(has(&eaeu, law.days(ids::STAY_EAEU_NEW_CONTRACT).unwrap()));
        let family = text(&i18n, &law, Topic::Family, lang);
        assert!(has(
            &family,
            law.years(ids::MEDICAL_EXEMPT_UNDER_6).unwrap()
        ));
        let trip = text(&i18n, &law, Topic::Travel, lang);
        assert!(trip.contains(&range(&law, ids::FINE_KOAP_18_1_2)));
        assert!(
            trip.contains("30.06.2026"),
            "{lang:?}: RuID voluntary stage end"
        );
        // The monthly payment by region, looked up by region and date.
        for region in musofir_law::Region::ALL {
            if let Some(rule) = law.patent_payment(*region, today()) {
                let rub = group_digits(rule.rub().unwrap().into());
                assert!(pat.contains(&rub), "{lang:?} {region:?}: {rub}");
            }
        }

        let amina = text(&i18n, &law, Topic::Amina, lang);
        assert!(
            amina.contains("30.11.2025"),
            "{lang:?}: Amina transition end"
        );
        assert!(amina.contains(&format!(
            "{} ",
            law.working_days(ids::REGISTRATION_AMINA).unwrap()
        )));
    }
}

/// Digits in the texts come only from arguments: no legal number is written
/// in a locale file. (Ordinals of a numbered list and "1 January – 31
/// December" of the calendar year are the only digits allowed.)
#[test]
fn locales_write_no_legal_numbers() {
    for (lang, src) in [
        ("ru", include_str!("../../locales/ru/explain.ftl")),
        ("uz", include_str!("../../locales/uz/explain.ftl")),
        ("tg", include_str!("../../locales/tg/explain.ftl")),
        ("ky", include_str!("../../locales/ky/explain.ftl")),
    ] {
        // Placeables may span lines (selectors), so the depth carries over.
        let mut depth = 0usize;
        for line in src.lines() {
            let mut line = line;
            if depth == 0 {
                if line.trim_start().starts_with('#') {
                    continue;
                }
                // Drop the message id.
                if let Some((id, rest)) = line.split_once(" = ") {
                    if !id.starts_with(' ') {
                        line = rest;
                    }
                }
            }
            let mut plain = String::new();
            for c in line.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth = depth.saturating_sub(1),
                    c if depth == 0 => plain.push(c),
                    _ => {}
                }
            }
            // List numbers at the start of a line, and the calendar year's
            // first and last days, are not legal numbers.
            let plain = plain.trim_start();
            let plain = plain
                .strip_prefix(|c: char| c.is_ascii_digit())
                .and_then(|p| p.strip_prefix('.'))
                .unwrap_or(plain);
            let mut rest = plain.to_string();
            for allowed in [
                "1 январ",
                "31 декабр",
                "1-yanvar",
                "31-dekabr",
                "1-январ",
                "31-декабр",
            ] {
                rest = rest.replace(allowed, "");
            }
            assert!(
                !rest.chars().any(|c| c.is_ascii_digit()),
                "{lang}: a number written in the text: {line}"
            );
        }
    }
}

#[test]
fn uzbek_cyrillic_has_no_latin_letters_left() {
    let (i18n, law) = setup();
    for topic in Topic::ALL {
        let t = text(&i18n, &law, topic, Lang::UzCyrl);
        let shown = visible(&t);
        for word in shown.split_whitespace() {
            let is_url = word.contains("://") || word.contains(".ru") || word.contains(".рф");
            let is_command = word.starts_with('/');
            // The app's official name keeps its Latin «RuID», as the transliteration does on purpose.
            let is_brand = word.trim_matches(|c: char| !c.is_alphanumeric()) == "RuID";
            if is_url || is_command || is_brand {
                continue;
            }
            assert!(
                !word.chars().any(|c| c.is_ascii_alphabetic()),
                "{topic:?}: Latin left in «{word}»"
            );
        }
        // Titles too.
        let label = i18n.format(Lang::UzCyrl, &title(topic));
        assert!(!label.chars().any(|c| c.is_ascii_alphabetic()), "{label}");
    }
}

#[test]
fn uzbek_latin_uses_the_official_apostrophes() {
    let (i18n, law) = setup();
    for topic in Topic::ALL {
        let t = visible(&text(&i18n, &law, topic, Lang::Uz));
        for bad in ["o'", "g'", "o‘", "g‘", "o`", "g`"] {
            assert!(!t.contains(bad), "{topic:?}: {bad} instead of ʻ");
        }
    }
}

#[test]
fn the_amnesty_is_shown_closed_and_bills_are_not_law() {
    let (i18n, law) = setup();
    let msgs = explain(Topic::Amnesty, &law, today());
    assert!(msgs.iter().any(|m| m.id == "explain-amn-closed"));
    assert!(!msgs.iter().any(|m| m.id == "explain-amn-open"));
    // Bills appear only under the "proposed, not law" heading.
    let fines = explain(Topic::Penalties, &law, today());
    let mut used = Vec::new();
    for m in &fines {
        ids_of(m, &mut used);
    }
    assert!(used.iter().any(|id| id == "explain-fine-bills"));
    let ru = text(&i18n, &law, Topic::Penalties, Lang::Ru);
    assert!(ru.contains("не закон"));
}

#[test]
fn titles_exist_and_deadlines_lead_to_explainers() {
    let (i18n, _) = setup();
    for topic in Topic::ALL {
        assert!(i18n.has(&title(topic).id), "{topic:?}");
        assert_eq!(Topic::from_code(topic.code()), Some(topic));
    }
    for kind in [
        DeadlineKind::Registration,
        DeadlineKind::PatentApplication,
        DeadlineKind::MedicalExam,
        DeadlineKind::PatentPayment,
        DeadlineKind::ContractNotice,
        DeadlineKind::StayLimit,
        DeadlineKind::PatentReissue,
        DeadlineKind::RegistrationEnd,
    ] {
        let topics = topics_for(kind);
        assert!(!topics.is_empty(), "{kind:?}");
    }
    // Every new deadline kind leads to its situation's explainer.
    for (kind, topic) in [
        (DeadlineKind::RegistrationAfterMove, Topic::Moving),
        (DeadlineKind::EmployerNotice, Topic::PatentYear),
        (DeadlineKind::PatentCapEnd, Topic::PatentYear),
        (DeadlineKind::EaeuNewContract, Topic::EaeuContract),
        (DeadlineKind::MigrationCardDuplicate, Topic::Lost),
        (DeadlineKind::AppealCourtDecision, Topic::Regime),
        (DeadlineKind::AppealMvdDecision, Topic::Regime),
    ] {
        assert_eq!(topics_for(kind)[0], topic, "{kind:?}");
    }
    // Every topic but the glossary is reachable from a deadline or a risk.
    let mut reached: Vec<Topic> = DeadlineKind::ALL
        .iter()
        .flat_map(|k| topics_for(*k))
        .collect();
    reached.extend(
        musofir::guidance::RISK_KINDS
            .iter()
            .flat_map(|r| musofir::explain::topics_for_risk(*r)),
    );
    for topic in Topic::ALL {
        assert!(
            topic == Topic::Glossary || reached.contains(&topic),
            "{topic:?} is reached from no deadline or risk"
        );
    }
    assert_eq!(topics_for(DeadlineKind::PatentPayment)[0], Topic::Patent);
    assert_eq!(topics_for(DeadlineKind::StayLimit)[0], Topic::StayLimit);
}

#[test]
fn explainers_are_pure() {
    let (_, law) = setup();
    for topic in Topic::ALL {
        assert_eq!(explain(topic, &law, today()), explain(topic, &law, today()));
    }
}

/// `cargo test --test it -- --ignored --nocapture explain::dump` prints every explainer.
#[test]
#[ignore]
fn dump() {
    let (i18n, law) = setup();
    let only = std::env::var("LANG_ONLY").ok();
    for lang in Lang::ALL {
        if only.as_deref().is_some_and(|l| l != lang.code()) {
            continue;
        }
        for topic in Topic::ALL {
            let ps = paragraphs(&i18n, &law, topic, lang);
            let shown = visible(&ps.join("\n\n")).chars().count();
            let raw = ps.join("\n\n").encode_utf16().count();
            println!(
                "===== {} {:?} (visible {shown}, raw {raw}) =====",
                lang.code(),
                topic
            );
            println!("{}\n", ps.join("\n\n"));
        }
    }
}

fn ids_in(msgs: &[Msg]) -> Vec<String> {
    let mut used = Vec::new();
    for m in msgs {
        ids_of(m, &mut used);
    }
    used
}

#[test]
fn explainers_follow_the_date_they_are_written_for() {
    let (i18n, law) = setup();
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    // During the extended amnesty window it is shown open, without the "missed it" steps.
    let open = ids_in(&explain(Topic::Amnesty, &law, day(2025, 5, 1)));
    assert!(open.iter().any(|id| id == "explain-amn-open"));
    assert!(!open
        .iter()
        .any(|id| id == "explain-amn-closed" || id == "explain-amn-now"));
    // Amina's transition window is mentioned as over only once it is over.
    let during = ids_in(&explain(Topic::Amina, &law, day(2025, 10, 1)));
    assert!(!during.iter().any(|id| id == "explain-amina-transition"));
    // Once the year of the patent amounts is over, the reader is told to check.
    let next_year = ids_in(&explain(Topic::Patent, &law, day(2027, 2, 1)));
    assert!(next_year.iter().any(|id| id == "explain-pat-pay-old"));
    let this_year = ids_in(&explain(Topic::Patent, &law, today()));
    assert!(!this_year.iter().any(|id| id == "explain-pat-pay-old"));
    for lang in Lang::ALL {
        let t = explain(Topic::Patent, &law, day(2027, 2, 1))
            .iter()
            .map(|m| i18n.format(lang, m))
            .collect::<Vec<_>>()
            .join("\n\n");
        assert!(t.contains("2027"), "{lang:?}");
        // The last year the data has is still shown, marked as last year's.
        let moscow = group_digits(law.rub(ids::PATENT_PAYMENT_MOSCOW_2026).unwrap().into());
        assert!(t.contains(&moscow), "{lang:?}");
    }
}

#[test]
fn uncertain_facts_say_where_to_check() {
    let (i18n, law) = setup();
    // Belarus's term is low confidence: the registration text marks it and
    // says where to check; so do the medium-confidence fines.
    for (topic, lang) in [
        (Topic::Registration, Lang::Ru),
        (Topic::Penalties, Lang::Ru),
    ] {
        let t = text(&i18n, &law, topic, lang);
        assert!(t.contains("⚠️"), "{topic:?}");
        assert!(
            t.contains(&i18n.format(lang, &Msg::new("explain-where-mvd"))),
            "{topic:?}"
        );
    }
    // A high-confidence fact has no such note.
    let stay = explain(Topic::StayLimit, &law, today());
    let first = i18n.format(Lang::Ru, &stay[0]);
    assert!(!first.contains("⚠️"), "{first}");
}

/// Issue 11, review item 9: inclusion in the RKL is automatic once the legal
/// basis to stay is gone (`rkl.inclusion`): a patent that ended and a stay
/// over the limit say so, never "may be included"; the stay limit cites that
/// rule (the patent's explainer is at its length limit: the register's own
/// explainer cites it too).
#[test]
fn the_register_is_automatic_where_the_basis_to_stay_is_gone() {
    let (i18n, law) = setup();
    let cite = ru_citation(&law.rule(ids::RKL_INCLUSION).unwrap().source);
    for topic in [Topic::Patent, Topic::StayLimit, Topic::Register] {
        let ru = text(&i18n, &law, topic, Lang::Ru);
        assert!(!ru.contains("могут внести в реестр"), "{topic:?}: {ru}");
        if topic != Topic::Register {
            assert!(ru.contains("автоматически"), "{topic:?}: {ru}");
        }
        if topic == Topic::Patent {
            continue;
        }
        for lang in Lang::ALL {
            let t = text(&i18n, &law, topic, lang);
            assert!(t.contains(&cite), "{topic:?} {lang:?}: no {cite}");
        }
    }
}

/// Issue 11, the open items searched on 2026-12-06: what was found is said
/// with its own source, in every language, and what is known only from news
/// reports says so and where to check.
#[test]
fn open_items_found_in_the_law_round_are_said_with_their_sources() {
    let (i18n, law) = setup();
    let cite = |id: &str| ru_citation(&law.rule(id).unwrap().source);
    let url = |id: &str| law.rule(id).unwrap().source_url().unwrap().to_string();
    let extension = match law
        .rule(ids::REGISTRATION_AMINA_OVER_90_DAYS)
        .unwrap()
        .in_force_from
    {
        musofir_law::LawDate::On(d) => d.format("%d.%m.%Y").to_string(),
        other => panic!("dated start expected: {other:?}"),
    };
    let mmc = i18n.format(Lang::Ru, &Msg::new("explain-where-mmc"));
    for lang in Lang::ALL {
        // Amina: the wider scope cites the news reports of the law's text, with the
        // extension's date from the data, and is marked "check at the MMC".
        let amina = text(&i18n, &law, Topic::Amina, lang);
        assert!(
            amina.contains(&url(ids::REGISTRATION_AMINA_WORKERS)),
            "{lang:?}"
        );
        assert!(amina.contains(&extension), "{lang:?}: no {extension}");
        let eaeu = text(&i18n, &law, Topic::EaeuContract, lang);
        assert!(
            eaeu.contains(&url(ids::REGISTRATION_AMINA)),
            "{lang:?}: the EAEU explainer cites the scheme"
        );
        // The employer as host: the statute article is cited beside the crime.
        let reg = text(&i18n, &law, Topic::Registration, lang);
        assert!(
            reg.contains(&cite(ids::REGISTRATION_EMPLOYER_HOST)),
            "{lang:?}"
        );
        assert!(reg.contains("322.3"), "{lang:?}");
    }
    let ru = text(&i18n, &law, Topic::Amina, Lang::Ru);
    assert!(ru.contains("По сообщениям о тексте закона"), "{ru}");
    assert!(ru.contains(&mmc), "{ru}");
    assert!(ru.contains("сначала присылает уведомление"), "{ru}");
    let year = text(&i18n, &law, Topic::PatentYear, Lang::Ru);
    assert!(year.contains("только после нового въезда"), "{year}");
    assert!(!year.contains("или оформляйте новый"), "{year}");
    assert!(year.contains("в найденных источниках не сказано"), "{year}");
    let reg = text(&i18n, &law, Topic::Registration, Lang::Ru);
    assert!(reg.contains("только если вы живёте там"), "{reg}");
}
