//! The first screen of "my situation" (issue 15): what to do next, at most
//! three actions with their dates and places, within [`MAX_CHARS`] characters
//! in every language; the details behind "More". And the advice fixes as the
//! user reads them.
//!
//! `cargo test --test it -- --nocapture first_screen::transcripts` prints the
//! screens of the report (an Uzbek worker in Moscow, an overstayer) in every
//! language.

use chrono::NaiveDate;
use musofir::guidance::{first_screen, situation, MAX_ACTIONS};
use musofir::i18n::I18n;
use musofir::render::plain;
use musofir::text::{Lang, Msg};
use musofir_law::{assess, Assessment, Law, Profile};

/// The most characters a first screen may have, as the user reads it (the
/// text without markup), in every language and script.
pub const MAX_CHARS: usize = 700;

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

struct Case {
    name: &'static str,
    json: &'static str,
    today: &'static str,
}

const UZ_MOSCOW: Case = Case {
    name: "Uzbek worker in Moscow, nothing done yet",
    json: r#"{"citizenship":"UZ","entry_date":"2026-03-05","purpose":"work","housing":"private","region":"moscow","days_in_russia_this_year":0}"#,
    today: "2026-03-10",
};

/// The issue's overstay: the 3-year ban applies from 24.12.2026. Last legal
/// day 23.11.2026 (entry 26.08 + 89 days); on 04.12.2026 eleven days over.
const OVERSTAY: Case = Case {
    name: "Tajik visitor, overstayed",
    json: r#"{"citizenship":"TJ","entry_date":"2026-08-26","purpose":"private","housing":"private","region":"moscow","days_in_russia_this_year":0,"registered_on":"2026-08-28"}"#,
    today: "2026-12-04",
};

const CASES: &[Case] = &[
    UZ_MOSCOW,
    OVERSTAY,
    Case {
        name: "Uzbek worker in Moscow oblast with a patent",
        json: r#"{"citizenship":"UZ","entry_date":"2026-02-05","purpose":"work","housing":"private","region":"moscow_oblast","registered_on":"2026-02-07","patent_issued_on":"2026-02-25","patent_paid_until":"2026-03-24","medical_done_on":"2026-02-12","contract_notified":true}"#,
        today: "2026-03-10",
    },
    Case {
        name: "Tajik worker in another region, nothing done",
        json: r#"{"citizenship":"TJ","entry_date":"2026-03-01","purpose":"work","housing":"private","region":"other","days_in_russia_this_year":0}"#,
        today: "2026-03-10",
    },
    Case {
        name: "Kyrgyz worker in St Petersburg",
        json: r#"{"citizenship":"KG","entry_date":"2026-02-20","purpose":"work","housing":"private","region":"spb","registered_on":"2026-02-22","labour_contract":true}"#,
        today: "2026-03-10",
    },
    Case {
        name: "Contract copy 238 days late (hand-checked 59)",
        json: r#"{"citizenship":"UZ","entry_date":"2026-01-05","purpose":"work","region":"moscow","patent_applied_on":"2026-01-12","patent_issued_on":"2026-01-20","patent_paid_until":"2026-11-18","medical_done_on":"2026-01-10","registered_on":"2026-01-08"}"#,
        today: "2026-11-13",
    },
    Case {
        name: "No patent, its term passed (hand-checked 60)",
        json: r#"{"citizenship":"UZ","entry_date":"2026-02-01","purpose":"work","housing":"private","region":"moscow","registered_on":"2026-02-03"}"#,
        today: "2026-03-10",
    },
    Case {
        name: "A 30-day term ending on 31.12 (hand-checked 62)",
        json: r#"{"citizenship":"UZ","entry_date":"2026-12-02","purpose":"work","housing":"private","region":"spb","days_in_russia_this_year":0}"#,
        today: "2026-12-03",
    },
    Case {
        name: "Sverdlovsk worker",
        json: r#"{"citizenship":"UZ","entry_date":"2026-03-05","purpose":"work","housing":"private","region":"sverdlovsk","days_in_russia_this_year":0}"#,
        today: "2026-03-10",
    },
];

fn assessed(law: &Law, c: &Case) -> (Profile, Assessment) {
    let p = Profile::from_json(c.json).unwrap();
    let a = assess(&p, date(c.today), law).unwrap();
    (p, a)
}

fn read(i18n: &I18n, lang: Lang, ps: &[Msg]) -> String {
    ps.iter()
        .map(|m| plain(&i18n.format(lang, m)))
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn screen(law: &Law, i18n: &I18n, c: &Case, lang: Lang) -> String {
    let (p, a) = assessed(law, c);
    read(i18n, lang, &first_screen(&a, law, p.region))
}

fn more(law: &Law, i18n: &I18n, c: &Case, lang: Lang) -> String {
    let (_, a) = assessed(law, c);
    read(i18n, lang, &situation(&a, law))
}

#[test]
fn every_first_screen_is_short_in_every_language() {
    let law = Law::embedded().unwrap();
    let i18n = I18n::new().unwrap();
    for c in CASES {
        let (p, a) = assessed(&law, c);
        let ps = first_screen(&a, &law, p.region);
        let actions = ps
            .iter()
            .filter(|m| m.id.starts_with("guidance-lines"))
            .count()
            + ps.iter()
                .filter(|m| m.id.starts_with("first-action"))
                .count();
        assert!(actions <= MAX_ACTIONS, "{}: {actions} actions", c.name);
        for lang in Lang::ALL {
            let text = read(&i18n, lang, &ps);
            let n = text.chars().count();
            assert!(
                n <= MAX_CHARS,
                "{} [{}]: {n} characters\n{text}",
                c.name,
                lang.code()
            );
            assert!(!text.contains('{') && !text.contains('}'), "{text}");
            // The law's date is on it, and where the rest is.
            let as_of = a.law_as_of.format("%d.%m.%Y").to_string();
            assert!(
                text.contains(&as_of),
                "{} [{}]: {text}",
                c.name,
                lang.code()
            );
        }
    }
}

/// Every profile of the guidance table (every deadline kind, risk and step)
/// fits the first screen in every language.
#[test]
fn every_profile_of_the_guidance_table_fits_the_first_screen() {
    let law = Law::embedded().unwrap();
    let i18n = I18n::new().unwrap();
    for (name, today, json) in crate::guidance::TABLE {
        let p = Profile::from_json(json).unwrap();
        let a = assess(&p, date(today), &law).unwrap();
        let ps = first_screen(&a, &law, p.region);
        for lang in Lang::ALL {
            let text = read(&i18n, lang, &ps);
            let n = text.chars().count();
            assert!(n <= MAX_CHARS, "{name} [{}]: {n}\n{text}", lang.code());
            assert!(!text.contains('{') && !text.contains('}'), "{text}");
        }
    }
}

#[test]
fn the_nearest_actions_come_first_with_their_dates_and_places() {
    let law = Law::embedded().unwrap();
    let i18n = I18n::new().unwrap();
    let ru = screen(&law, &i18n, &UZ_MOSCOW, Lang::Ru);
    // Registration via Amina by 19.03, then the patent and the medical check by 03.04 at the MMC.
    let reg = ru.find("19.03.2026").unwrap();
    let pat = ru.find("03.04.2026").unwrap();
    assert!(reg < pat, "{ru}");
    assert!(ru.contains("«Амина»"), "{ru}");
    assert!(ru.contains("ММЦ «Сахарово»"), "{ru}");
    // Sources and the other reading are behind "More".
    assert!(!ru.contains("Источник:"), "{ru}");
    let details = more(&law, &i18n, &UZ_MOSCOW, Lang::Ru);
    assert!(details.contains("Источник") && details.contains("20.03.2026"));
    // Bills that are not law are only in /explain.
    assert!(!details.contains("Законопроект"), "{details}");
}

#[test]
fn an_overstayers_first_line_is_the_day_to_leave_before_the_ban() {
    let law = Law::embedded().unwrap();
    let i18n = I18n::new().unwrap();
    let ru = screen(&law, &i18n, &OVERSTAY, Lang::Ru);
    let first = ru
        .lines()
        .find(|l| l.starts_with("1."))
        .unwrap_or_else(|| panic!("{ru}"));
    assert!(
        first.contains("Выезжайте из России не позднее 23.12.2026")
            && first.contains("с 24.12.2026")
            && first.contains("3 года"),
        "{ru}"
    );
    // The first screen names no office for leaving.
    assert!(!first.contains("📍"), "{ru}");
    for lang in Lang::ALL {
        let t = screen(&law, &i18n, &OVERSTAY, lang);
        let first = t.lines().find(|l| l.starts_with("1.")).unwrap();
        assert!(
            first.contains("23.12.2026") && first.contains("24.12.2026"),
            "[{}] {t}",
            lang.code()
        );
    }
    // In "More" too: the overstay and its ban come before the deadlines, and the steps start with leaving.
    let details = more(&law, &i18n, &OVERSTAY, Lang::Ru);
    let ban = details.find("24.12.2026").unwrap();
    let reg = details.find("Миграционный учёт").unwrap_or(usize::MAX);
    assert!(ban < reg, "{details}");
    let steps = &details[details.find("Что делать дальше").unwrap()..];
    assert!(
        steps.lines().nth(1).unwrap().contains("23.12.2026"),
        "{steps}"
    );
}

#[test]
fn moscow_oblast_is_not_sent_to_sakharovo_for_the_medical_check() {
    let law = Law::embedded().unwrap();
    let i18n = I18n::new().unwrap();
    let c = Case {
        name: "Moscow oblast, nothing done",
        json: r#"{"citizenship":"UZ","entry_date":"2026-03-05","purpose":"work","housing":"private","region":"moscow_oblast","days_in_russia_this_year":0}"#,
        today: "2026-03-10",
    };
    let ru = screen(&law, &i18n, &c, Lang::Ru);
    let med = ru
        .split("\n\n")
        .find(|p| p.contains("медосвидетельствование"))
        .unwrap_or_else(|| panic!("{ru}"));
    assert!(
        med.contains("Одинцовская областная больница") && med.contains("Подольская"),
        "{med}"
    );
    assert!(!med.contains("Сахарово"), "{med}");
    // An unknown region gets how to find the clinic and the office, never an address.
    let other = screen(&law, &i18n, &CASES[3], Lang::Ru);
    assert!(other.contains("клиника с лицензией"), "{other}");
    assert!(other.contains("мвд.рф"), "{other}");
    assert!(!other.contains("Сахарово"), "{other}");
}

/// The advice fixes of issue 15 as the user reads them (the engine's side is
/// hand-checked in crates/law/tests/engine/advice.rs).
#[test]
fn the_advice_fixes_read_right() {
    let law = Law::embedded().unwrap();
    let i18n = I18n::new().unwrap();
    // A contract copy 238 days late: the annulment first, no "pay in 5 days".
    let c = &CASES[5];
    for lang in Lang::ALL {
        let t = screen(&law, &i18n, c, lang);
        assert!(!t.contains("18.11.2026"), "[{}] {t}", lang.code());
        assert!(t.contains("20.03.2026"), "[{}] {t}", lang.code());
    }
    let ru = screen(&law, &i18n, c, Lang::Ru);
    assert!(ru.contains("патент аннулируют"), "{ru}");
    assert!(
        ru.lines()
            .find(|l| l.starts_with("1."))
            .unwrap()
            .contains("действует ли патент"),
        "{ru}"
    );

    // No patent once its term has passed: KoAP 18.10 with its fine; "as soon as possible", not "on time".
    let c = &CASES[6];
    let ru = screen(&law, &i18n, c, Lang::Ru);
    assert!(
        ru.contains("Не работайте без патента") && ru.contains("ст. 18.10 ч. 2"),
        "{ru}"
    );
    assert!(ru.contains("как можно скорее"), "{ru}");
    let details = more(&law, &i18n, c, Lang::Ru);
    assert!(
        !details.contains("Всё равно сделайте это вовремя"),
        "{details}"
    );
    for lang in Lang::ALL {
        let t = more(&law, &i18n, c, lang);
        assert!(t.contains("18.10"), "[{}]", lang.code());
    }

    // A 30-day term on 31.12 (a day off; the next working day 11.01): never "usually accepted".
    let c = &CASES[7];
    let details = more(&law, &i18n, c, Lang::Ru);
    assert!(details.contains("31.12.2026 — выходной"), "{details}");
    assert!(details.contains("уточните в офисе"), "{details}");
    assert!(!details.contains("обычно принимают"), "{details}");
    for lang in [Lang::Uz, Lang::Tg, Lang::Ky] {
        let t = more(&law, &i18n, c, lang);
        for usually in ["odatda", "одатан", "адатта"] {
            assert!(!t.contains(usually), "[{}] {t}", lang.code());
        }
    }

    // The patent's issue date is not its application date: no lateness, no fine for the application.
    let p = Profile::from_json(
        r#"{"citizenship":"UZ","entry_date":"2026-01-05","purpose":"work","region":"moscow","patent_issued_on":"2026-02-20","patent_paid_until":"2026-03-19"}"#,
    )
    .unwrap();
    let a = assess(&p, date("2026-03-10"), &law).unwrap();
    let t = read(&i18n, Lang::Ru, &situation(&a, &law));
    assert!(!t.contains("с опозданием"), "{t}");
}

/// Prints the first screens of the report (and their lengths) in every language.
#[test]
fn transcripts() {
    let law = Law::embedded().unwrap();
    let i18n = I18n::new().unwrap();
    for c in CASES {
        for lang in Lang::ALL {
            let t = screen(&law, &i18n, c, lang);
            println!(
                "### {} [{}], {} characters\n\n{t}\n",
                c.name,
                lang.code(),
                t.chars().count()
            );
        }
    }
}

/// Moscow workers register through "Amina": the status, the registration
/// question's help and /explain registration all say so, in every language.
#[test]
fn moscow_registration_is_amina_everywhere() {
    let law = Law::embedded().unwrap();
    let i18n = I18n::new().unwrap();
    let today = date(UZ_MOSCOW.today);
    let explainer = musofir::explain::explain(musofir::explain::Topic::Registration, &law, today);
    for lang in Lang::ALL {
        let amina = if lang == Lang::Uz {
            "Amina"
        } else {
            "Амин"
        };
        let status = screen(&law, &i18n, &UZ_MOSCOW, lang);
        let question = plain(&i18n.format(lang, &Msg::new("q-reg")));
        let explained = read(&i18n, lang, &explainer);
        for (what, text) in [
            ("status", &status),
            ("question", &question),
            ("explain", &explained),
        ] {
            assert!(text.contains(amina), "{what} [{}]: {text}", lang.code());
        }
    }
}

/// A bill that makes a date earlier (the medical bill for students) is named
/// only with its last known stage's date, in "More" and in /explain.
#[test]
fn a_bill_is_named_only_with_its_last_known_stage() {
    let law = Law::embedded().unwrap();
    let i18n = I18n::new().unwrap();
    let stage = law
        .rule(musofir_law::ids::MEDICAL_BILL_2026)
        .and_then(|r| r.stage_on)
        .unwrap()
        .format("%d.%m.%Y")
        .to_string();
    let c = Case {
        name: "student",
        json: r#"{"citizenship":"UZ","entry_date":"2026-03-05","purpose":"study","region":"other","registered_on":"2026-03-06"}"#,
        today: "2026-03-10",
    };
    let today = date(c.today);
    let explained = musofir::explain::explain(musofir::explain::Topic::Students, &law, today);
    for lang in Lang::ALL {
        let details = more(&law, &i18n, &c, lang);
        assert!(details.contains(&stage), "[{}] {details}", lang.code());
        let t = read(&i18n, lang, &explained);
        assert!(t.contains(&stage), "[{}] {t}", lang.code());
        // Not on the first screen.
        let first = screen(&law, &i18n, &c, lang);
        assert!(!first.contains(&stage), "[{}] {first}", lang.code());
    }
}

/// A contract copy far overdue: the patent is annulled by law, and an
/// annulled patent extends no stay. The stay is then not shown as if the
/// patent stood: the safe end is the visa-free days from entry (05.01.2026
/// and 89 days: 04.04.2026, after the copy's 20.03.2026), the overstay since
/// then is named as following from the annulment (uncertain, asked at the
/// patent office first), and the patent's own end (19.01.2027) is not the
/// first screen's date to leave by.
#[test]
fn an_annulled_patent_does_not_keep_the_stay() {
    let law = Law::embedded().unwrap();
    let i18n = I18n::new().unwrap();
    let c = &CASES[5];
    let (_, a) = assessed(&law, c);
    let over = a
        .risk(musofir_law::RiskKind::Overstay)
        .expect("an overstay if annulled");
    assert_eq!(over.date, Some(date("2026-04-04")));
    assert_eq!(
        over.related,
        Some(musofir_law::DeadlineKind::ContractNotice)
    );
    assert!(over.uncertain);
    assert_eq!(a.next_steps[0].step, musofir_law::StepId::CheckPatentAtMvd);
    for lang in Lang::ALL {
        let t = screen(&law, &i18n, c, lang);
        assert!(
            t.contains("04.04.2026") && t.contains("20.03.2026"),
            "[{}] {t}",
            lang.code()
        );
        assert!(!t.contains("19.01.2027"), "[{}] {t}", lang.code());
        assert!(t.contains("аннулир"), "[{}] {t}", lang.code());
    }
}

/// An overstayer in Moscow: regularising is asked at the MVD migration unit
/// (law.md Q8; Sakharovo took it only under the closed amnesty), and leaving
/// names no office at all.
#[test]
fn an_overstayer_is_not_sent_to_sakharovo() {
    let law = Law::embedded().unwrap();
    let i18n = I18n::new().unwrap();
    for lang in Lang::ALL {
        let t = screen(&law, &i18n, &OVERSTAY, lang);
        assert!(!t.contains("Сахарово"), "[{}] {t}", lang.code());
        assert!(
            t.contains("отдел по вопросам миграции МВД"),
            "[{}] {t}",
            lang.code()
        );
    }
}

/// A Moscow patent holder whose contract copy is overdue: whether the patent
/// still stands is looked up on the MVD's online check, on the MVD site the
/// offices data records — never at ММЦ «Сахарово» (it issues patents). On
/// the first screen's action, the step of "More", and the risks that hang on
/// it (the annulment, the overstay that follows from it), in every language.
#[test]
fn the_patent_is_checked_online_not_at_sakharovo() {
    let law = Law::embedded().unwrap();
    let i18n = I18n::new().unwrap();
    let c = &CASES[5];
    let (p, a) = assessed(&law, c);
    assert_eq!(p.region, Some(musofir_law::Region::Moscow));
    let site = law.offices().how_to_find().urls[0].clone();
    let step = &a.next_steps[0];
    assert_eq!(step.step, musofir_law::StepId::CheckPatentAtMvd);
    let on_patent: Vec<&musofir_law::Risk> = a
        .risks
        .iter()
        .filter(|r| {
            r.kind == musofir_law::RiskKind::PatentAnnulled
                || (r.kind == musofir_law::RiskKind::Overstay
                    && r.related == Some(musofir_law::DeadlineKind::ContractNotice))
        })
        .collect();
    assert_eq!(on_patent.len(), 2);
    for lang in Lang::ALL {
        let first = screen(&law, &i18n, c, lang);
        let action = first
            .split("\n\n")
            .find(|p| p.starts_with("1."))
            .unwrap_or_default()
            .to_string();
        let more_step = read(&i18n, lang, &[musofir::guidance::step_line(1, step, &law)]);
        let risks: Vec<String> = on_patent
            .iter()
            .map(|r| {
                read(
                    &i18n,
                    lang,
                    &[musofir::guidance::risk_paragraph(r, &law).unwrap()],
                )
            })
            .collect();
        for (what, t) in [("first screen", &action), ("More step", &more_step)]
            .into_iter()
            .chain(risks.iter().map(|t| ("risk", t)))
        {
            assert!(
                !t.contains("Сахарово") && !t.contains("Saxarovo") && !t.contains("ММЦ"),
                "{what} [{}]: {t}",
                lang.code()
            );
            assert!(
                t.contains("Проверка действительности патента") && t.contains(&site),
                "{what} [{}]: {t}",
                lang.code()
            );
        }
    }
}

/// In uz (both scripts), tg and ky every office and document a first screen
/// or a step of "More" names in the user's language carries its Russian name
/// on the same line (officials speak Russian): the user-language word on the
/// left, a Russian word of its name on the right. Acronyms match by case.
const RUSSIAN_BESIDE: &[(Lang, &[(&str, &str)])] = &[
    (
        Lang::Uz,
        &[
            ("IIV", "МВД"),
            ("tibbiy koʻrik", "медосвидетельствовани"),
            ("barmoq iz", "дактилоскопи"),
            ("shartnoma", "договор"),
            ("migratsion karta", "миграционн"),
            ("xabarnoma", "уведомлени"),
        ],
    ),
    (
        Lang::UzCyrl,
        &[
            ("ИИВ", "МВД"),
            ("тиббий кўрик", "медосвидетельствовани"),
            ("бармоқ из", "дактилоскопи"),
            ("шартнома", "договор"),
            ("миграцион карта", "миграционн"),
            ("хабарнома", "уведомлени"),
        ],
    ),
    (
        Lang::Tg,
        &[
            ("ВКД", "МВД"),
            ("муоинаи тиббӣ", "медосвидетельствовани"),
            ("изи ангушт", "дактилоскопи"),
            ("шартнома", "договор"),
            ("корти муҳоҷиратӣ", "миграционн"),
            ("огоҳинома", "уведомлени"),
        ],
    ),
    (
        Lang::Ky,
        &[
            ("ИИМ", "МВД"),
            ("медициналык кароо", "медосвидетельствовани"),
            ("манжа из", "дактилоскопи"),
            ("келишим", "договор"),
            ("миграциялык карта", "миграционн"),
            ("билдирүү", "уведомлени"),
        ],
    ),
];

#[test]
fn every_office_and_document_carries_its_russian_name() {
    let law = Law::embedded().unwrap();
    let i18n = I18n::new().unwrap();
    let mut missing = Vec::new();
    for c in CASES {
        let (p, a) = assessed(&law, c);
        for (lang, pairs) in RUSSIAN_BESIDE {
            let mut text = read(&i18n, *lang, &first_screen(&a, &law, p.region));
            if let Some(steps) = musofir::guidance::steps_paragraph(&a.next_steps, &law) {
                text.push('\n');
                text.push_str(&read(&i18n, *lang, &[steps]));
            }
            for line in text.lines() {
                let lower = line.to_lowercase();
                for (own, ru) in *pairs {
                    let named = line.contains(own) || lower.contains(own);
                    if named && !line.contains(ru) {
                        missing.push(format!(
                            "{} [{}] «{own}» without «{ru}»: {line}",
                            c.name,
                            lang.code()
                        ));
                    }
                }
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}
