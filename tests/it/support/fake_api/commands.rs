//! The bot's command menu: setMyCommands, getMyCommands and deleteMyCommands, one list per
//! scope and language, checked as Telegram checks them.

use serde_json::{json, Value};

use super::state::{Fail, Inner};

/// `(scope, language_code)` of a call: the scope as JSON text, `"default"` for the default
/// scope; no or an empty language is `None`.
fn commands_key(params: &Value) -> (String, Option<String>) {
    let scope = match params.get("scope") {
        None | Some(Value::Null) => "default".to_owned(),
        Some(s) if s.get("type").and_then(Value::as_str) == Some("default") => "default".to_owned(),
        Some(s) => s.to_string(),
    };
    let lang = params
        .get("language_code")
        .and_then(Value::as_str)
        .filter(|l| !l.is_empty())
        .map(str::to_owned);
    (scope, lang)
}

/// setMyCommands: replaces the list of the scope and language; an empty list deletes it.
pub(super) fn set_my_commands(st: &mut Inner, params: &Value) -> Result<Value, Fail> {
    let list = params
        .get("commands")
        .and_then(Value::as_array)
        .ok_or_else(|| Fail::bad("commands not found"))?;
    if list.len() > 100 {
        return Err(Fail::bad("too many commands"));
    }
    let mut commands = Vec::new();
    for c in list {
        let command = c.get("command").and_then(Value::as_str).unwrap_or_default();
        let description = c
            .get("description")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let ok = (1..=32).contains(&command.len())
            && command
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        if !ok {
            return Err(Fail::bad("BOT_COMMAND_INVALID"));
        }
        if !(1..=256).contains(&description.chars().count()) {
            return Err(Fail::bad("BOT_COMMAND_DESCRIPTION_INVALID"));
        }
        commands.push((command.to_owned(), description.to_owned()));
    }
    let (scope, lang) = commands_key(params);
    if let Some(l) = &lang {
        if l.len() != 2 || !l.bytes().all(|b| b.is_ascii_lowercase()) {
            return Err(Fail::bad("LANG_CODE_INVALID"));
        }
    }
    match st
        .commands
        .iter_mut()
        .find(|(s, l, _)| (s, l) == (&scope, &lang))
    {
        _ if commands.is_empty() => st.commands.retain(|(s, l, _)| (s, l) != (&scope, &lang)),
        Some(entry) => entry.2 = commands,
        None => st.commands.push((scope, lang, commands)),
    }
    Ok(json!(true))
}

/// getMyCommands: the list of exactly this scope and language (empty if none is set).
pub(super) fn get_my_commands(st: &Inner, params: &Value) -> Value {
    let key = commands_key(params);
    let list = st
        .commands
        .iter()
        .find(|(s, l, _)| (s, l) == (&key.0, &key.1))
        .map(|(_, _, c)| c.clone())
        .unwrap_or_default();
    Value::Array(
        list.into_iter()
            .map(|(c, d)| json!({ "command": c, "description": d }))
            .collect(),
    )
}

/// deleteMyCommands: forgets the list of this scope and language.
pub(super) fn delete_my_commands(st: &mut Inner, params: &Value) -> Value {
    let key = commands_key(params);
    st.commands.retain(|(s, l, _)| (s, l) != (&key.0, &key.1));
    json!(true)
}
