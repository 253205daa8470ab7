//! A bare teloxide 0.17 dialogue bot, the yardstick of the load benchmark
//! (BENCHMARKS.md): the shape of teloxide's `examples/purchase.rs` with
//! `InMemStorage` and teloxide's `Throttle`, doing per update what Musofir
//! does — answer a button's callback, send one message with buttons, retire
//! the pressed message's buttons — and nothing else: no store, no law, no
//! texts.
//!
//! `TELOXIDE_TOKEN=… TELOXIDE_API_URL=… cargo run --release --example bare_teloxide`
//! (`BARE_UNLIMITED=1`: no Throttle, for CPU per update flat out).

// A test or benchmark fails by unwrapping, expecting or panicking.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use teloxide::adaptors::throttle::{Limits, Throttle};
use teloxide::dispatching::dialogue::InMemStorage;
use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

#[derive(Clone, Default)]
enum State {
    #[default]
    Start,
    Step(u32),
}

type Dlg = Dialogue<State, InMemStorage<State>>;
type Err = Box<dyn std::error::Error + Send + Sync>;

fn keyboard(n: u32) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new([[
        InlineKeyboardButton::callback("Yes", format!("a:{n}")),
        InlineKeyboardButton::callback("No", format!("b:{n}")),
    ]])
}

async fn next<B: Requester>(bot: &B, dialogue: &Dlg, chat: ChatId) -> Result<(), Err>
where
    B::Err: std::error::Error + Send + Sync + 'static,
{
    let n = match dialogue.get().await?.unwrap_or_default() {
        State::Start => 0,
        State::Step(n) => n + 1,
    };
    dialogue.update(State::Step(n)).await?;
    bot.send_message(chat, format!("<b>Question {n}</b>"))
        .parse_mode(teloxide::types::ParseMode::Html)
        .reply_markup(keyboard(n))
        .await?;
    Ok(())
}

async fn on_message<B: Requester>(bot: B, dialogue: Dlg, msg: Message) -> Result<(), Err>
where
    B::Err: std::error::Error + Send + Sync + 'static,
{
    next(&bot, &dialogue, msg.chat.id).await
}

async fn on_callback<B: Requester>(bot: B, dialogue: Dlg, q: CallbackQuery) -> Result<(), Err>
where
    B::Err: std::error::Error + Send + Sync + 'static,
{
    bot.answer_callback_query(q.id.clone()).await?;
    let Some(m) = q.regular_message().cloned() else {
        return Ok(());
    };
    next(&bot, &dialogue, m.chat.id).await?;
    bot.edit_message_reply_markup(m.chat.id, m.id).await?;
    Ok(())
}

async fn serve<B>(bot: B)
where
    B: Requester + Clone + Send + Sync + 'static,
    B::Err: std::error::Error + Send + Sync + 'static,
    <B as Requester>::GetUpdates: Send,
{
    let handler = dptree::entry()
        .branch(
            Update::filter_message()
                .enter_dialogue::<Message, InMemStorage<State>, State>()
                .endpoint(on_message::<B>),
        )
        .branch(
            Update::filter_callback_query()
                .enter_dialogue::<CallbackQuery, InMemStorage<State>, State>()
                .endpoint(on_callback::<B>),
        );
    Dispatcher::builder(bot, handler)
        .dependencies(dptree::deps![InMemStorage::<State>::new()])
        .worker_queue_size(1024)
        .build()
        .dispatch()
        .await;
}

#[tokio::main]
async fn main() {
    let bot = Bot::from_env();
    if std::env::var_os("BARE_UNLIMITED").is_some() {
        serve(bot).await;
    } else {
        // As Musofir ran before its own sender: Telegram's limits, with
        // private chats allowed 60 messages a minute.
        let limits = Limits {
            messages_per_min_chat: 60,
            ..Limits::default()
        };
        serve(Throttle::new_spawn(bot, limits)).await;
    }
}
