//! "Something changed" (issue 11): the situations the standard interview does
//! not ask about, reached from the status by a button, each a few questions
//! by buttons and dates (shown back, with the calendar), through the app
//! (dialogue core, store, texts) in every language. The deadlines shown are
//! the law engine's for the same profile, and the stored profile is exactly
//! the one the answers mean. Run alone: `cargo test --test it situations::`.

use std::sync::Arc;

use chrono::{NaiveDate, TimeZone, Utc};
use musofir::app::App;
use musofir::clock::ManualClock;
use musofir::dialogue::actions::ReminderOp;
use musofir::dialogue::{Action, Command, Input, Session, Stored};
use musofir::render::{plain, Rendered};
use musofir::store::{StorePaths, UserId};
use musofir::text::Lang;
use musofir_law::{assess, DeadlineKind, Law, Profile, RiskKind, Status};

/// Friday 04.12.2026, noon in Moscow.
fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 4).unwrap()
}

/// One user of the app, with what the bot last showed.
struct Talk {
    app: App,
    _dir: tempfile::TempDir,
    user: UserId,
    lang: Lang,
    shown: Vec<Rendered>,
}

impl Talk {
    /// A user who chose `lang` and is at the first question.
    fn new(lang: Lang) -> Talk {
        let (app, dir) = app();
        let mut t = Talk {
            app,
            _dir: dir,
            user: UserId::new(7),
            lang,
            shown: Vec::new(),
        };
        t.send(Input::Command(Command::Start));
        t.press("l:".to_string() + lang.code());
        t
    }

    fn send(&mut self, input: Input) -> String {
        let r = self
            .app
            .handle(self.user, None, Some(self.lang), input)
            .unwrap();
        self.shown = r.map(|r| r.messages).unwrap_or_default();
        self.text()
    }

    fn text(&self) -> String {
        self.shown
            .iter()
            .map(|m| plain(&m.html))
            .collect::<Vec<_>>()
            .join("\n")
    }

    fn data(&self) -> Vec<&str> {
        self.shown
            .iter()
            .flat_map(|m| m.keyboard.iter().flatten())
            .map(|(_, d)| d.as_str())
            .collect()
    }

    fn label(&self, data: &str) -> Option<String> {
        self.shown
            .iter()
            .flat_map(|m| m.keyboard.iter().flatten())
            .find(|(_, d)| d == data)
            .map(|(l, _)| l.clone())
    }

    /// Presses the button with this callback data, which must be on screen.
    fn press(&mut self, data: impl AsRef<str>) -> String {
        let data = data.as_ref();
        assert!(
            self.data().contains(&data),
            "no button {data} in {:?}\n{}",
            self.data(),
            self.text()
        );
        let action = Action::decode(data).unwrap();
        self.send(Input::Button(action))
    }

    /// Types a date that is an answer at once: told back (✓) on top of what
    /// follows, with a button to change it.
    fn date(&mut self, typed: &str, want: &str) -> String {
        let shown = self.send(Input::Text(typed.to_string()));
        assert!(
            shown.starts_with('✓') && shown.contains(want),
            "{typed} -> {shown}"
        );
        assert!(
            self.data().iter().any(|d| d.starts_with("e:")),
            "{:?}",
            self.data()
        );
        shown
    }

    /// "Yes" under the value shown back.
    fn yes(&mut self) -> String {
        let yes = self
            .data()
            .into_iter()
            .find(|d| d.starts_with("c:") && !d.ends_with(":no"))
            .map(str::to_string)
            .unwrap_or_else(|| panic!("no confirmation: {}", self.text()));
        self.press(yes)
    }

    /// Answers the interview: `p:` button data, anything else a typed date
    /// (`typed=shown`, told back at once; `typed=shown!`, one that makes the
    /// status dramatic: shown back with its warning, then "Yes").
    fn answer(&mut self, answers: &[&str]) -> String {
        for a in answers {
            if a.starts_with("p:") {
                self.press(a);
            } else {
                let ymd: Vec<&str> = a.split('=').collect();
                match ymd[1].strip_suffix('!') {
                    Some(want) => {
                        let shown = self.send(Input::Text(ymd[0].to_string()));
                        assert!(
                            shown.contains(want) && shown.contains('⚠'),
                            "{a} -> {shown}"
                        );
                        self.yes();
                    }
                    None => {
                        self.date(ymd[0], ymd[1]);
                    }
                }
            }
        }
        self.text()
    }

    fn session(&self) -> Session {
        match self.app.store.session(self.user).unwrap() {
            Stored::Some(s) => s,
            other => panic!("{other:?}"),
        }
    }

    fn profile(&self) -> Profile {
        self.session().profile().unwrap()
    }
}

/// The app on a fresh store, its clock at noon of [`today`] in Moscow.
fn app() -> (App, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let now = Utc.with_ymd_and_hms(2026, 12, 4, 9, 0, 0).unwrap();
    let app = App::open(
        &StorePaths::within(dir.path()),
        Arc::new(ManualClock::new(now)),
    )
    .unwrap();
    (app, dir)
}

fn law() -> Law {
    Law::embedded().unwrap()
}

/// The date to act by of `kind` (the safe reading's) as the engine gives it
/// for `profile` today, as shown (dd.mm.yyyy).
fn due(profile: &Profile, kind: DeadlineKind) -> String {
    let a = assess(profile, today(), &law()).unwrap();
    let d = a
        .deadlines
        .iter()
        .find(|d| d.kind == kind)
        .unwrap_or_else(|| panic!("no {kind:?} in {:?}", a.deadlines));
    d.due.format("%d.%m.%Y").to_string()
}

/// The status shows the engine's date for `kind`.
fn shows(status: &str, profile: &Profile, kind: DeadlineKind) {
    let date = due(profile, kind);
    assert!(status.contains(&date), "{kind:?}: {date} not in {status}");
}

fn risks(profile: &Profile) -> Vec<RiskKind> {
    assess(profile, today(), &law())
        .unwrap()
        .risks
        .iter()
        .map(|r| r.kind)
        .collect()
}

/// The first answer ends the interview with the "Something changed" button.
fn changed_button(t: &Talk, expect: &str) {
    assert_eq!(
        t.label("m:changed").as_deref(),
        Some(expect),
        "{}",
        t.text()
    );
}

/// An Uzbek patent holder in Moscow since 10.09.2026: registered, patent
/// paid until 20.12.2026, medical check done, the contract's copy given.
const UZ_PATENT_HOLDER_IN_MOSCOW: &[&str] = &[
    "p:cit:UZ",
    "10.09.2026=10.09.2026",
    "p:purp:work",
    "p:house:private",
    "p:region:moscow",
    "p:reg:yes",
    "12.09.2026=12.09.2026",
    "p:regto:unknown",
    "p:pat:have",
    "20.09.2026=20.09.2026",
    "20.12.2026=20.12.2026",
    "p:med:yes",
    "p:medon:unknown",
    "p:contr:yes",
];

/// An Uzbek patent holder in Moscow moved on 02.12.2026 and is not registered
/// at the new address yet: 7 working days from arrival (uz Latin).
#[test]
fn moved_house_in_uzbek() {
    let mut t = Talk::new(Lang::Uz);
    t.answer(UZ_PATENT_HOLDER_IN_MOSCOW);
    changed_button(&t, "🔄 Nimadir oʻzgardi");
    let before = t.profile();
    let screen = t.press("m:changed");
    assert!(screen.contains("Nima oʻzgardi?"), "{screen}");
    // A patent holder is offered every situation.
    for s in ["moved", "job", "work", "lost", "dec", "kids", "trip"] {
        assert!(t.data().contains(&format!("s:{s}").as_str()), "{s}");
    }
    let q = t.press("s:moved");
    assert!(q.contains("Yangi manzilga qachon keldingiz?"), "{q}");
    // The date question's own calendar and "Back" to the situations.
    assert!(
        t.data().iter().any(|d| d.starts_with("d:movon:")),
        "calendar"
    );
    assert!(t.data().contains(&"b:movon"));
    let q = t.date("2 dekabr", "02.12.2026");
    assert!(q.contains("Yangi manzil boʻyicha migratsiya"), "{q}");
    let status = t.press("p:movreg:no");
    assert!(status.starts_with("Saqlandi. Qayta hisob:"), "{status}");

    let want = Profile::from_json(
        r#"{"citizenship":"UZ","entry_date":"2026-09-10","purpose":"work","housing":"private",
            "region":"moscow","registered_on":"2026-09-12","patent_issued_on":"2026-09-20",
            "patent_paid_until":"2026-12-20","medical_done_on":"2026-09-10","contract_notified":true,
            "patent_region":"moscow","moved_on":"2026-12-02"}"#,
    )
    .unwrap();
    assert_eq!(t.profile(), want);
    // 02.12 + 7 working days (in Moscow the Amina app's own term may be shorter: the engine says which).
    shows(&status, &want, DeadlineKind::RegistrationAfterMove);
    // Its explainer is a tap away.
    assert!(t.data().contains(&"x:move"), "{:?}", t.data());
    // The same user before the move had no such deadline.
    let a = assess(&before, today(), &law()).unwrap();
    assert!(!a
        .deadlines
        .iter()
        .any(|d| d.kind == DeadlineKind::RegistrationAfterMove));
    changed_button(&t, "🔄 Nimadir oʻzgardi");

    // "Done" under its reminder records the registration today.
    let done = Action::Reminder(ReminderOp::Done, DeadlineKind::RegistrationAfterMove);
    t.send(Input::Button(done));
    assert_eq!(t.profile().registered_after_move_on, Some(today()));
    let a = assess(&t.profile(), today(), &law()).unwrap();
    assert!(a
        .deadlines
        .iter()
        .any(|d| d.kind == DeadlineKind::RegistrationAfterMove && d.status == Status::Done));

    // Registered after all ("don't remember when": counted as on arrival);
    // then "I did not move" clears it.
    t.press("m:changed");
    t.press("s:moved");
    t.date("2.12.2026", "02.12.2026");
    t.press("p:movreg:yes");
    t.press("p:movregon:unknown");
    assert_eq!(t.profile().registered_after_move_on, want.moved_on);
    t.press("m:changed");
    assert_eq!(t.label("z:moved").as_deref(), Some("↩️ Koʻchmadim"));
    let cleared = t.press("z:moved");
    assert!(cleared.starts_with("Olib tashlandi."), "{cleared}");
    assert_eq!(t.profile().moved_on, None);
}

/// A Tajik patent holder signed a new contract on 01.12.2026; the employer
/// has not confirmed its notice: 3 working days (tg).
#[test]
fn new_employer_in_tajik() {
    let mut t = Talk::new(Lang::Tg);
    t.answer(&[
        "p:cit:TJ",
        "1 сентябр=01.09.2026!",
        "p:purp:work",
        "p:house:private",
        "p:region:more",
        "p:region2:sverdlovsk",
        "p:reg:yes",
        "3.09.2026=03.09.2026",
        "p:regto:unknown",
        "p:pat:have",
        "15.09.2026=15.09.2026",
        "15.12.2026=15.12.2026!",
        "p:med:yes",
        "p:medon:unknown",
        "p:contr:yes",
    ]);
    changed_button(&t, "🔄 Чизе тағйир ёфт");
    t.press("m:changed");
    let q = t.press("s:job");
    assert!(q.contains("Дар кор чӣ тағйир ёфт?"), "{q}");
    t.press("p:job:new");
    let q = t.date("1 декабр", "01.12.2026");
    assert!(q.contains("ВКД (МВД)"), "{q}");
    let status = t.press("p:notified:no");
    assert!(
        status.starts_with("Нигоҳ дошта шуд. Ҳисоби нав:"),
        "{status}"
    );
    let p = t.profile();
    assert_eq!(p.region, Some(musofir_law::Region::Sverdlovsk));
    assert_eq!(p.contract_signed_on, NaiveDate::from_ymd_opt(2026, 12, 1));
    assert_eq!(p.employer_notified, Some(false));
    // 01.12 (Tuesday) + 3 working days.
    assert_eq!(due(&p, DeadlineKind::EmployerNotice), "04.12.2026");
    shows(&status, &p, DeadlineKind::EmployerNotice);

    // Works in another region than the patent's: the patent's region is asked
    // (it could differ from where they live), then the profession.
    t.press("m:changed");
    t.press("s:work");
    let q = t.press("p:workreg:tatarstan");
    assert!(q.contains("Патенти шумо барои кадом минтақа"), "{q}");
    t.press("p:patreg:sverdlovsk");
    t.press("p:patprof:yes");
    let p = t.profile();
    assert_eq!(p.work_region, Some(musofir_law::Region::Tatarstan));
    assert_eq!(p.patent_region, Some(musofir_law::Region::Sverdlovsk));
    assert!(risks(&p).contains(&RiskKind::WorkOutsidePatent));
    // Back to work where they live: the patent's region is not asked.
    t.press("m:changed");
    t.press("s:work");
    let q = t.press("p:workreg:sverdlovsk");
    assert!(q.contains("аз рӯи касбе"), "{q}");
    t.press("p:patprof:yes");
    assert!(!risks(&t.profile()).contains(&RiskKind::WorkOutsidePatent));

    // Then the job is lost: the patent still has to be paid.
    t.press("m:changed");
    t.press("s:job");
    t.press("p:job:lost");
    let told = t.press("p:ended:yesterday");
    assert!(
        told.starts_with('✓') && told.contains("03.12.2026"),
        "{told}"
    );
    let p = t.profile();
    assert_eq!((p.contract_signed_on, p.employer_notified), (None, None));
    assert!(risks(&p).contains(&RiskKind::JobLost));
}

/// A Kyrgyz worker (EAEU) lost the job on 20.11.2026, after the first 90
/// days: 15 days to sign a new contract (ky).
#[test]
fn job_lost_in_kyrgyz() {
    let mut t = Talk::new(Lang::Ky);
    t.answer(&[
        "p:cit:KG",
        "20.06.2026=20.06.2026!",
        "p:purp:work",
        "p:house:private",
        "p:region:spb",
        "p:reg:yes",
        "22.06.2026=22.06.2026",
        "p:regto:unknown",
        "p:labour:yes",
        "p:med:yes",
        "p:medon:unknown",
    ]);
    changed_button(&t, "🔄 Бир нерсе өзгөрдү");
    t.press("m:changed");
    // No patent: not asked about the patent's region or profession.
    assert!(!t.data().contains(&"s:work"), "{:?}", t.data());
    t.press("s:job");
    let q = t.press("p:job:lost");
    assert!(
        q.contains("Эмгек келишими (трудовой договор) качан бүттү?"),
        "{q}"
    );
    let status = t.date("20.11.2026", "20.11.2026");
    assert!(status.contains("Сакталды."), "{status}");
    let p = t.profile();
    assert_eq!(p.contract_ended_on, NaiveDate::from_ymd_opt(2026, 11, 20));
    shows(&status, &p, DeadlineKind::EaeuNewContract);

    // A new contract on 01.12 meets it.
    t.press("m:changed");
    t.press("s:job");
    t.press("p:job:new");
    t.date("1.12.2026", "01.12.2026");
    t.press("p:notified:yes");
    let a = assess(&t.profile(), today(), &law()).unwrap();
    assert!(!a
        .deadlines
        .iter()
        .any(|d| d.kind == DeadlineKind::EaeuNewContract));
}

/// A lost migration card (ru): report within the term for a free duplicate;
/// "found it" clears the situation. Then an MVD decision and its appeal.
#[test]
fn lost_document_and_decision_in_russian() {
    let mut t = Talk::new(Lang::Ru);
    t.answer(&[
        "p:cit:TJ",
        "20.11.2026=20.11.2026",
        "p:purp:private",
        "p:house:private",
        "p:region:other",
        "p:reg:no",
        "p:days:0",
    ]);
    changed_button(&t, "🔄 Что-то изменилось");
    t.press("m:changed");
    // Not working: no employer or patent questions.
    assert!(!t.data().contains(&"s:job") && !t.data().contains(&"s:work"));
    t.press("s:lost");
    // No patent: a lost patent is not offered.
    assert!(!t.data().contains(&"p:lost:patent"), "{:?}", t.data());
    t.press("p:lost:migration_card");
    t.date("3 декабря", "03.12.2026");
    let status = t.press("p:lostrep:no");
    assert!(status.starts_with("Сохранено. Вот пересчёт:"), "{status}");
    let p = t.profile();
    assert_eq!(
        p.lost_document,
        Some(musofir_law::LostDocument::MigrationCard)
    );
    shows(&status, &p, DeadlineKind::MigrationCardDuplicate);

    t.press("m:changed");
    assert_eq!(t.label("z:lost").as_deref(), Some("✅ Документ нашёлся"));
    t.press("z:lost");
    assert_eq!(t.profile().lost_document, None);

    t.press("m:changed");
    t.press("s:dec");
    t.press("p:decision:mvd");
    let status = t.press("p:mvdon:yesterday");
    assert!(
        status.starts_with('✓') && status.contains("03.12.2026"),
        "{status}"
    );
    shows(&status, &t.profile(), DeadlineKind::AppealMvdDecision);

    // In the RKL too: the regime of expulsion.
    t.press("m:changed");
    t.press("s:dec");
    t.press("p:decision:rkl");
    assert!(risks(&t.profile()).contains(&RiskKind::ExpulsionRegime));
    t.press("m:changed");
    t.press("z:dec");
    let p = t.profile();
    assert_eq!((p.in_rkl, p.mvd_decision_on), (None, None));

    // Children and a trip: one question each.
    t.press("m:changed");
    t.press("s:kids");
    t.press("p:children:yes");
    t.press("m:changed");
    t.press("s:trip");
    t.press("p:trip:yes");
    let r = risks(&t.profile());
    assert!(r.contains(&RiskKind::ChildrenObligations) && r.contains(&RiskKind::BeforeTravel));

    // Works, though the card says a private visit: the wrong purpose, and
    // the explainer about it.
    t.press("m:changed");
    let q = t.press("s:works");
    assert!(q.contains("Вы работаете в России"), "{q}");
    t.press("p:works:yes");
    assert!(t.data().contains(&"x:purp"), "{:?}", t.data());
    assert!(risks(&t.profile()).contains(&RiskKind::WrongPurposeForWork));
}

/// Uzbek Cyrillic gets the same screens, transliterated.
#[test]
fn the_situations_screen_in_uzbek_cyrillic() {
    let mut t = Talk::new(Lang::UzCyrl);
    t.answer(&[
        "p:cit:UZ",
        "20.11.2026=20.11.2026",
        "p:purp:private",
        "p:house:private",
        "p:region:moscow",
        "p:reg:no",
        "p:days:0",
    ]);
    changed_button(&t, "🔄 Нимадир ўзгарди");
    let screen = t.press("m:changed");
    assert!(screen.contains("Нима ўзгарди?"), "{screen}");
    t.press("s:dec");
    t.press("p:decision:rkl");
    t.press("m:changed");
    assert_eq!(
        t.label("z:dec").as_deref(),
        Some("✅ Қарор бекор қилинди, РКЛда йўқман")
    );
}

/// A Kazakh citizen who came as a tourist, in a hotel.
const KAZAKH_TOURIST_IN_A_HOTEL: &[&str] = &[
    "p:cit:KZ",
    "20.11.2026=20.11.2026",
    "p:purp:tourism",
    "p:house:hotel",
    "p:region:other",
    "p:days:0",
];

/// Back from a situation's first question leads to the situations; a
/// situation's button of an old screen that no longer applies is refused.
#[test]
fn back_and_stale_buttons() {
    let mut t = Talk::new(Lang::Ru);
    t.answer(KAZAKH_TOURIST_IN_A_HOTEL);
    t.press("m:changed");
    t.press("s:lost");
    let back = t.press("b:lost");
    assert!(back.contains("Что изменилось?"), "{back}");
    // No patent: the patent's region and profession are not asked.
    let stale = t.send(Input::Button(Action::decode("s:work").unwrap()));
    assert!(stale.contains("устарела"), "{stale}");

    // An EAEU citizen who came as a tourist and signed a contract: the
    // employer's notice, and the medical check from the contract, which
    // the interview asks next.
    t.press("m:changed");
    t.press("s:job");
    t.press("p:job:new");
    t.date("1 декабря", "01.12.2026");
    let q = t.press("p:notified:unknown");
    assert!(q.contains("медосвидетельствование"), "{q}");
    let status = t.press("p:med:no");
    let p = t.profile();
    shows(&status, &p, DeadlineKind::MedicalExam);
    shows(&status, &p, DeadlineKind::EmployerNotice);
}

/// A session stored before the situations existed reads with them unknown;
/// one whose new value is not understood is not read as empty.
#[test]
fn old_sessions_decode_and_bad_values_are_not_defaulted() {
    let old = serde_json::json!({
        "lang": "ru", "lang_confirmed": true, "state": {"at": "menu"},
        "answers": {"citizenship": "UZ", "entry_date": "2026-11-20", "purpose": "work",
                    "region": "moscow", "complete": true}
    });
    let s: Session = serde_json::from_value(old.clone()).unwrap();
    assert_eq!(s.answers.moved_on, None);
    assert_eq!(s.answers.lost_document, None);
    let mut bad = old;
    bad["answers"]["lost_document"] = serde_json::json!("driving_licence");
    assert!(serde_json::from_value::<Session>(bad).is_err());
}

/// A session is stored without its unanswered questions (a million users'
/// sessions: the nulls were half of each), reads back the same, and one
/// stored with them still reads.
#[test]
fn sessions_are_stored_without_empty_answers_and_read_back_the_same() {
    let with_nulls = serde_json::json!({
        "lang": "uz", "lang_confirmed": true, "state": {"at": "menu"},
        "answers": {"citizenship": "UZ", "entry_date": "2026-11-20", "purpose": "work",
                    "housing": null, "region": "moscow", "registered": null,
                    "registered_on": null, "patent": null, "unknown": [], "complete": true},
        "trail": [], "reminders": {"off": []}
    });
    let s: Session = serde_json::from_value(with_nulls).unwrap();
    let json = serde_json::to_string(&s).unwrap();
    assert!(!json.contains("null") && !json.contains("[]"), "{json}");
    assert_eq!(serde_json::from_str::<Session>(&json).unwrap(), s);
    assert_eq!(s.answers.registered, None);
    // A complete worker's session, as stored.
    assert!(json.len() < 200, "{} bytes: {json}", json.len());
}

/// `musofir chat` reaches it with numbered buttons: a Tajik patent holder in
/// Sverdlovsk oblast ("more regions") tells a new contract (tg).
#[test]
fn the_terminal_chat_reaches_the_situations() {
    let (app, _dir) = app();
    // Telegram's language (Tajik) asks the first question at once: "2" is
    // Tajikistan.
    let lines = [
        "2",
        "1 сентябр",
        "1",
        "1",
        "1",
        "5",
        "1",
        "1",
        "3.09.2026",
        "1",
        "1",
        "1",
        "15.09.2026",
        "1",
        "15.12.2026",
        "1",
        "1",
        "1",
        "1",
        // The first answer; "Something changed" is its third button.
        "3",
        "2",
        "1",
        "1 декабр",
        "1",
        "2",
    ];
    let mut out = Vec::new();
    musofir::console::chat(&app, Some(Lang::Tg), lines.join("\n").as_bytes(), &mut out).unwrap();
    let out = String::from_utf8(out).unwrap();
    let after = out
        .split("Нигоҳ дошта шуд. Ҳисоби нав:")
        .nth(1)
        .unwrap_or_else(|| panic!("no recount in\n{out}"));
    assert!(out.contains("[3] 🔄 Чизе тағйир ёфт"), "{out}");
    assert!(out.contains("Вилояти Свердловск"), "{out}");
    // 01.12 + 3 working days: the employer's notice, today.
    assert!(after.contains("04.12.2026"), "{after}");
}

/// A hotel guest (the hotel registers them) who moves is first asked where
/// they live now; at a flat, the move and the registration questions follow.
#[test]
fn a_hotel_guest_moves_to_a_flat() {
    let mut t = Talk::new(Lang::Ru);
    t.answer(KAZAKH_TOURIST_IN_A_HOTEL);
    t.press("m:changed");
    let q = t.press("s:moved");
    assert!(q.contains("Где вы живёте теперь?"), "{q}");
    t.press("p:movhouse:private");
    t.date("3.12.2026", "03.12.2026");
    // Not registered at the flat yet; the hotel's registration is asked
    // as a change of the first answers.
    let q = t.press("p:movreg:no");
    assert!(q.contains("миграционный учёт"), "{q}");
    t.press("p:reg:yes");
    t.press("p:regon:unknown");
    let status = t.press("p:regto:unknown");
    let p = t.profile();
    assert_eq!(p.housing, Some(musofir_law::Housing::Private));
    shows(&status, &p, DeadlineKind::RegistrationAfterMove);
}

/// `/edit` of a situation's answer continues what depends on it: a new work
/// region asks the patent's region (when it is not where the person lives)
/// and the profession again; a move date after the registration at the new
/// address asks that registration again, saying why; a change that leaves
/// the rest true goes straight to the status (ru).
#[test]
fn edit_continues_the_situation() {
    let mut t = Talk::new(Lang::Ru);
    t.answer(UZ_PATENT_HOLDER_IN_MOSCOW);
    // Works where they live, in the patent's profession.
    t.press("m:changed");
    t.press("s:work");
    t.press("p:workreg:moscow");
    t.press("p:patprof:yes");
    assert_eq!(t.profile().patent_region, Some(musofir_law::Region::Moscow));
    assert!(!risks(&t.profile()).contains(&RiskKind::WorkOutsidePatent));

    // /edit: now works in Tatarstan → the patent's region, then the profession.
    let list = t.send(Input::Command(Command::Edit));
    assert!(t.data().contains(&"e:workreg"), "{list}");
    t.press("e:workreg");
    let q = t.press("p:workreg:tatarstan");
    assert!(q.contains("На какой регион выдан ваш патент?"), "{q}");
    // "Back" leads to the list of answers, as in any edit.
    assert!(t.data().contains(&"b:patreg"));
    let q = t.press("p:patreg:moscow");
    assert!(
        q.contains("по профессии, которая написана в патенте"),
        "{q}"
    );
    let status = t.press("p:patprof:no");
    assert!(status.starts_with("Сохранено. Вот пересчёт:"), "{status}");
    let p = t.profile();
    assert_eq!(p.work_region, Some(musofir_law::Region::Tatarstan));
    assert_eq!(p.patent_region, Some(musofir_law::Region::Moscow));
    assert_eq!(p.works_in_patent_profession, Some(false));
    assert!(risks(&p).contains(&RiskKind::WorkOutsidePatent));

    // A patent's region changed alone: nothing else depends on it.
    t.send(Input::Command(Command::Edit));
    t.press("e:patreg");
    let status = t.press("p:patreg:moscow_oblast");
    assert!(status.starts_with("Сохранено. Вот пересчёт:"), "{status}");

    // Moved on 01.12, registered at the new address on 02.12.
    t.press("m:changed");
    t.press("s:moved");
    t.date("1.12.2026", "01.12.2026");
    t.press("p:movreg:yes");
    t.date("2.12.2026", "02.12.2026");
    assert_eq!(
        t.profile().registered_after_move_on,
        NaiveDate::from_ymd_opt(2026, 12, 2)
    );
    // The move date corrected to an earlier day: the registration still
    // fits, nothing is asked again.
    t.send(Input::Command(Command::Edit));
    t.press("e:movon");
    let status = t.date("30.11.2026", "30.11.2026");
    assert!(status.contains("Сохранено. Вот пересчёт:"), "{status}");
    // Moved later than that registration: it was not at this address.
    t.send(Input::Command(Command::Edit));
    t.press("e:movon");
    let q = t.date("3.12.2026", "03.12.2026");
    assert!(q.contains("02.12.2026") && q.contains("03.12.2026"), "{q}");
    assert!(
        q.contains("Вас уже поставили на миграционный учёт по новому адресу?"),
        "{q}"
    );
    let status = t.press("p:movreg:no");
    assert!(status.starts_with("Сохранено. Вот пересчёт:"), "{status}");
    let p = t.profile();
    assert_eq!(p.moved_on, NaiveDate::from_ymd_opt(2026, 12, 3));
    assert_eq!(p.registered_after_move_on, None);
    shows(&status, &p, DeadlineKind::RegistrationAfterMove);

    // Registered after all, on 04.12: asked the day again.
    t.send(Input::Command(Command::Edit));
    t.press("e:movreg");
    let q = t.press("p:movreg:yes");
    assert!(
        q.contains("Какого числа вас поставили на учёт по новому адресу?"),
        "{q}"
    );
    // "Today" is told back too.
    let status = t.press("p:movregon:today");
    assert!(
        status.starts_with('✓') && status.contains("04.12.2026"),
        "{status}"
    );
    assert!(status.contains("Сохранено. Вот пересчёт:"), "{status}");
    assert_eq!(t.profile().registered_after_move_on, Some(today()));
}

/// `/edit` of the lost document to another one asks its day and whether it
/// was reported (the old document's are not this one's).
#[test]
fn edit_of_the_lost_document_asks_its_day() {
    let mut t = Talk::new(Lang::Uz);
    t.answer(&[
        "p:cit:UZ",
        "10.09.2026=10.09.2026",
        "p:purp:private",
        "p:house:private",
        "p:region:moscow",
        "p:reg:yes",
        "12.09.2026=12.09.2026",
        "p:regto:unknown",
        "p:days:unknown",
    ]);
    t.press("m:changed");
    t.press("s:lost");
    t.press("p:lost:passport");
    t.date("1.12.2026", "01.12.2026");
    t.press("p:lostrep:yes");
    t.send(Input::Command(Command::Edit));
    t.press("e:lost");
    let q = t.press("p:lost:migration_card");
    assert!(t.data().iter().any(|d| d.starts_with("d:loston:")), "{q}");
    t.date("3.12.2026", "03.12.2026");
    assert!(t.data().contains(&"p:lostrep:no"), "{}", t.text());
    let status = t.press("p:lostrep:no");
    let p = t.profile();
    assert_eq!(
        p.lost_document,
        Some(musofir_law::LostDocument::MigrationCard)
    );
    assert_eq!(p.lost_on, NaiveDate::from_ymd_opt(2026, 12, 3));
    assert_eq!(p.lost_reported, Some(false));
    shows(&status, &p, DeadlineKind::MigrationCardDuplicate);
}
