//! The Telegram shell end to end: the real dispatcher, a fake Bot API.

use crate::support::fake_api::{FakeApi, User};
use crate::support::running::{edit_first, test_clock, Running};
use musofir::dialogue::Stored;
use musofir::store::{Store, StorePaths, UserId};

async fn setup() -> (FakeApi, tempfile::TempDir) {
    (FakeApi::start().await, tempfile::tempdir().unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn first_contact_guesses_the_language_and_the_user_confirms_it() {
    let (api, dir) = setup().await;
    let bot = Running::start(&api, dir.path(), test_clock()).await;
    // Telegram in Uzbek, Tajik or Kyrgyz: the first question in it at once,
    // the language buttons under it; otherwise the language screen.
    let cases = [
        (101, Some("uz"), "Qaysi davlat fuqarosisiz?", true),
        (102, Some("tg"), "Шумо шаҳрванди кадом давлат ҳастед?", true),
        (103, Some("ru"), "Выберите язык", false),
        (104, Some("en"), "Выберите язык", false),
        (105, None, "Выберите язык", false),
        (106, Some("ky"), "Сиз кайсы өлкөнүн жаранысыз?", true),
    ];
    let languages = ["Oʻzbekcha", "Ўзбекча", "Тоҷикӣ", "Кыргызча", "Русский"];
    for (id, code, prompt, asked) in cases {
        let mut u = User::new(id, "A");
        if let Some(c) = code {
            u = u.lang(c);
        }
        api.send_command(&u, "/start");
        let m = api.wait_one(id).await;
        assert!(m.plain.contains(prompt), "{id}: {}", m.plain);
        let labels = m.labels();
        assert!(
            labels.ends_with(&languages.map(String::from)),
            "{id}: {labels:?}"
        );
        assert_eq!(labels.len() > languages.len(), asked, "{id}: {labels:?}");
    }
    // Each user picks a language; the next text is in it (Uzbek Cyrillic too).
    let expect = [
        (101, "Oʻzbekcha", "Til: oʻzbekcha"),
        (102, "Тоҷикӣ", "Забон: тоҷикӣ"),
        (103, "Русский", "Язык: русский"),
        (104, "Ўзбекча", "Тил: ўзбекча"),
        (105, "Тоҷикӣ", "Забон: тоҷикӣ"),
        (106, "Кыргызча", "Тил: кыргызча"),
    ];
    for (id, label, said) in expect {
        let u = User::new(id, "A");
        let msg = api.sent(id)[0].message_id;
        api.press_button(&u, msg, label);
        let got = edit_first(api.wait_for(id, 2).await);
        assert!(
            got[0].edited && got[0].buttons().is_empty(),
            "the old buttons go"
        );
        assert!(got[1].plain.contains(said), "{id}: {}", got[1].plain);
    }
    api.wait_callback_answers(6).await;
    api.assert_no_errors();
    // The command menu is registered in each language.
    let langs: Vec<Option<String>> = api.my_commands().into_iter().map(|(l, _)| l).collect();
    for l in [
        None,
        Some("uz".to_string()),
        Some("tg".to_string()),
        Some("ky".to_string()),
        Some("ru".to_string()),
    ] {
        assert!(langs.contains(&l), "{l:?} in {langs:?}");
    }
    bot.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn language_switches_at_any_time() {
    let (api, dir) = setup().await;
    let bot = Running::start(&api, dir.path(), test_clock()).await;
    let u = User::new(7, "A").lang("ru");
    api.send_command(&u, "/start");
    let m = api.wait_one(7).await;
    api.press_button(&u, m.message_id, "Русский");
    api.wait_for(7, 2).await;
    api.send_command(&u, "/language");
    let m = api.wait_one(7).await;
    api.press_button(&u, m.message_id, "Тоҷикӣ");
    let got = edit_first(api.wait_for(7, 2).await);
    assert!(got[1].plain.contains("Забон: тоҷикӣ"), "{}", got[1].plain);
    assert!(!got[1].plain.contains("Ман чӣ"), "no intro on a switch");
    api.send_command(&u, "/help");
    let help = api.wait_one(7).await;
    assert!(help.plain.contains("/forget"), "{}", help.plain);
    assert!(
        help.plain.contains("фармон") || help.plain.contains("Ман"),
        "{}",
        help.plain
    );
    api.assert_no_errors();
    bot.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forget_erases_every_key_of_the_user() {
    let (api, dir) = setup().await;
    let bot = Running::start(&api, dir.path(), test_clock()).await;
    let u = User::new(55, "A").lang("uz");
    let other = User::new(56, "B").lang("tg");
    for x in [&u, &other] {
        api.send_command(x, "/start");
        let m = api.wait_one(x.id).await;
        api.press_button(x, m.message_id, "Oʻzbekcha");
        api.wait_for(x.id, 2).await;
    }
    assert!(!bot.app.store.keys_of(UserId::new(55)).unwrap().is_empty());
    api.send_command(&u, "/forget");
    let q = api.wait_one(55).await;
    assert!(q.plain.contains("oʻchiraymi"), "{}", q.plain);
    // "No" keeps everything.
    api.press_button(&u, q.message_id, "Yoʻq, qolsin");
    let kept = edit_first(api.wait_for(55, 2).await);
    assert!(
        kept[1].plain.contains("hech narsa oʻchirilmadi"),
        "{}",
        kept[1].plain
    );
    assert!(!bot.app.store.keys_of(UserId::new(55)).unwrap().is_empty());
    api.send_command(&u, "/forget");
    let q = api.wait_one(55).await;
    api.press_button(&u, q.message_id, "🗑 Ha, hammasini oʻchirish");
    let done = edit_first(api.wait_for(55, 2).await);
    assert!(done[1].plain.contains("oʻchirdim"), "{}", done[1].plain);
    assert_eq!(bot.app.store.keys_of(UserId::new(55)).unwrap(), vec![]);
    assert!(matches!(
        bot.app.store.session(UserId::new(55)).unwrap(),
        Stored::None
    ));
    // The other user is untouched.
    assert!(matches!(
        bot.app.store.session(UserId::new(56)).unwrap(),
        Stored::Some(_)
    ));
    api.assert_no_errors();
    bot.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restart_on_the_same_data_keeps_the_conversation() {
    let (api, dir) = setup().await;
    let bot = Running::start(&api, dir.path(), test_clock()).await;
    let u = User::new(9, "A").lang("ru");
    api.send_command(&u, "/start");
    let m = api.wait_one(9).await;
    api.press_button(&u, m.message_id, "Тоҷикӣ");
    api.wait_for(9, 2).await;
    bot.stop().await.unwrap();

    let bot = Running::start(&api, dir.path(), test_clock()).await;
    api.send_text(&u, "салом");
    let m = api.wait_one(9).await;
    assert!(
        m.plain.contains("Шумо шаҳрванди кадом давлат ҳастед"),
        "{}",
        m.plain
    );
    api.assert_no_errors();
    bot.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unexpected_input_gets_a_short_answer_and_the_conversation_goes_on() {
    let (api, dir) = setup().await;
    let bot = Running::start(&api, dir.path(), test_clock()).await;
    let u = User::new(77, "A").lang("uz");
    api.send_command(&u, "/start");
    let m = api.wait_one(77).await;
    api.press_button(&u, m.message_id, "Oʻzbekcha");
    api.wait_for(77, 2).await;
    let long = "x".repeat(5000);
    let said = |api: &FakeApi| api.sent(77).len();
    let before = said(&api);
    type Act<'a> = Box<dyn Fn(&FakeApi) + 'a>;
    let inputs: Vec<Act> = vec![
        Box::new(|a| {
            a.send_sticker(&u);
        }),
        Box::new(|a| {
            a.send_photo(&u, Some("<b>caption</b>"));
        }),
        Box::new(|a| {
            a.send_voice(&u);
        }),
        Box::new(|a| {
            a.send_document(&u, "passport.pdf");
        }),
        Box::new(|a| {
            a.send_contact(&u, "+79990000000");
        }),
        Box::new(|a| {
            a.send_location(&u, 55.7, 37.6);
        }),
        Box::new(|a| {
            a.send_text(&u, &long);
        }),
        Box::new(|a| {
            a.send_text(&u, "<script>&amp; </b>");
        }),
        Box::new(|a| {
            a.send_command(&u, "/nonsense");
        }),
        Box::new(|a| {
            a.edit_text(&u, 1, "edited");
        }),
        Box::new(|a| {
            a.press(&u, m.message_id, "forged:data");
        }),
        Box::new(|a| {
            a.press(&u, m.message_id, "f:yes");
        }),
    ];
    for input in &inputs {
        input(&api);
        let reply = api.wait_one(77).await;
        assert!(
            reply.plain.contains("Qaysi davlat fuqarosisiz?"),
            "each answer says what the bot waits for: {}",
            reply.plain
        );
        assert!(!reply.buttons().is_empty(), "and offers the buttons again");
    }
    assert!(said(&api) >= before + inputs.len());
    // A forged "yes, erase" press did not erase anything.
    assert!(matches!(
        bot.app.store.session(UserId::new(77)).unwrap(),
        Stored::Some(_)
    ));
    api.assert_no_errors();
    bot.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_user_who_blocked_the_bot_is_marked_and_comes_back_by_writing() {
    let (api, dir) = setup().await;
    let bot = Running::start(&api, dir.path(), test_clock()).await;
    let u = User::new(31, "A").lang("ru");
    api.send_command(&u, "/start");
    api.wait_one(31).await;
    api.block(31);
    api.send_text(&u, "hello");
    api.wait_requests("sendMessage", 2).await;
    // A graceful stop waits for every handler, so the 403 has been recorded.
    bot.stop().await.unwrap();
    let store = Store::open(&StorePaths::within(dir.path())).unwrap();
    assert!(store.delivery(UserId::new(31)).unwrap().blocked);
    drop(store);

    // Writing again (after unblocking) makes the user reachable again.
    let bot = Running::start(&api, dir.path(), test_clock()).await;
    api.unblock(31);
    api.send_text(&u, "back");
    api.wait_one(31).await;
    assert!(!bot.app.store.delivery(UserId::new(31)).unwrap().blocked);
    bot.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_redelivered_update_takes_effect_once() {
    let (api, dir) = setup().await;
    let bot = Running::start(&api, dir.path(), test_clock()).await;
    let u = User::new(41, "A").lang("ru");
    api.send_command(&u, "/start");
    let m = api.wait_one(41).await;
    let press = api.press_button(&u, m.message_id, "Русский");
    let first = edit_first(api.wait_for(41, 2).await);
    assert!(
        first[1].plain.contains("Язык: русский"),
        "{}",
        first[1].plain
    );
    // Telegram delivers the same press again (e.g. after a crash, when the
    // reply may never have gone out): it takes no effect again, and the
    // user is shown the question they are at.
    api.redeliver(press);
    api.wait_delivered(press).await;
    // (Its buttons were retired already: no edit this time.)
    let again = api.wait_one(41).await;
    assert!(
        again
            .plain
            .starts_with("Гражданином какой страны вы являетесь?"),
        "the question again, not a second step: {}",
        again.plain
    );
    api.send_text(&u, "ok");
    let next = api.wait_one(41).await;
    assert!(next.plain.contains("Нажмите кнопку ниже"), "{}", next.plain);
    let Ok(Stored::Some(s)) = bot.app.store.session(UserId::new(41)) else {
        panic!("no session")
    };
    assert!(s.lang_confirmed && s.answers == Default::default());
    bot.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rate_limited_message_is_retried_not_dropped() {
    let (api, dir) = setup().await;
    let bot = Running::start(&api, dir.path(), test_clock()).await;
    let u = User::new(61, "A").lang("tg");
    api.fail_next(
        "sendMessage",
        429,
        "Too Many Requests: retry after 1",
        Some(1),
    );
    api.send_command(&u, "/start");
    let m = api.wait_one(61).await;
    assert!(m.plain.contains("кадом давлат"), "{}", m.plain);
    bot.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failing_get_me_is_a_clear_error_not_a_panic() {
    let (api, dir) = setup().await;
    api.set_get_me_fails(true);
    let app = std::sync::Arc::new(
        musofir::app::App::open(
            &StorePaths::within(dir.path()),
            std::sync::Arc::new(test_clock()),
        )
        .unwrap(),
    );
    let cfg = crate::support::running::config(&api, dir.path());
    let err = musofir::telegram::run(&cfg, app, crate::support::running::fast_options(), async {})
        .await
        .unwrap_err();
    let text = format!("{err:#}");
    assert!(text.contains("did not answer getMe"), "{text}");
}
