//! `musofir chat`: the same conversation in a terminal, on the same core and
//! a local store. Buttons become numbered choices; type the number.

use std::io::{BufRead, Write};

use crate::app::App;
use crate::dialogue::{Action, Command, Input};
use crate::render::{plain, Rendered};
use crate::store::UserId;
use crate::text::Lang;

/// The one local user of a terminal chat.
pub const LOCAL_USER: UserId = UserId::new(1);

pub fn chat(
    app: &App,
    lang: Option<Lang>,
    input: impl BufRead,
    mut out: impl Write,
) -> anyhow::Result<()> {
    let first = app.handle(LOCAL_USER, None, lang, Input::Command(Command::Start))?;
    app.store.durable_blocking()?;
    let mut buttons = show(&mut out, first)?;
    for line in input.lines() {
        let line = line?;
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if matches!(line, "/quit" | "/exit") {
            break;
        }
        let input = match line.parse::<usize>() {
            Ok(n) if n >= 1 && n <= buttons.len() => Action::decode(&buttons[n - 1])
                .map(Input::Button)
                .unwrap_or(Input::BadButton),
            _ if line.starts_with('/') => Command::parse(line)
                .map(Input::Command)
                .unwrap_or(Input::UnknownCommand),
            _ => Input::Text(line.to_string()),
        };
        let replies = app.handle(LOCAL_USER, None, lang, input)?;
        // What the step stored is on disk before its answer is shown.
        app.store.durable_blocking()?;
        buttons = show(&mut out, replies)?;
    }
    app.store.flush_blocking()?;
    Ok(())
}

/// Prints the replies; returns the callback data of the numbered buttons.
fn show(out: &mut impl Write, replies: Option<crate::app::Replies>) -> anyhow::Result<Vec<String>> {
    let mut data = Vec::new();
    // An edit of the pressed message is printed like a new one.
    for Rendered { html, keyboard, .. } in replies.map(|r| r.messages).unwrap_or_default() {
        writeln!(out, "\n{}", plain(&html))?;
        for row in keyboard {
            let labels: Vec<String> = row
                .into_iter()
                .map(|(label, d)| {
                    data.push(d);
                    format!("[{}] {}", data.len(), label)
                })
                .collect();
            writeln!(out, "  {}", labels.join("   "))?;
        }
    }
    write!(out, "\n> ")?;
    out.flush()?;
    Ok(data)
}
