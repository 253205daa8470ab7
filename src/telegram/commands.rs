//! Telegram's command menu, in each language.

use teloxide::payloads::SetMyCommandsSetters;
use teloxide::prelude::*;
use teloxide::types::BotCommand;

use crate::dialogue::Command;
use crate::i18n::I18n;
use crate::text::{Lang, Msg};

pub fn menu(i18n: &I18n, lang: Lang) -> Vec<BotCommand> {
    Command::MENU
        .iter()
        .map(|(_, name)| {
            BotCommand::new(*name, i18n.format(lang, &Msg::new(format!("cmd-{name}"))))
        })
        .collect()
}

/// Registers the menu for uz, tg and ky clients, and in Russian for everyone else.
pub async fn register<B>(bot: &B, i18n: &I18n) -> Result<(), B::Err>
where
    B: Requester,
{
    bot.set_my_commands(menu(i18n, Lang::Ru)).send().await?;
    for (code, lang) in [
        ("ru", Lang::Ru),
        ("uz", Lang::Uz),
        ("tg", Lang::Tg),
        ("ky", Lang::Ky),
    ] {
        bot.set_my_commands(menu(i18n, lang))
            .language_code(code)
            .send()
            .await?;
    }
    Ok(())
}
