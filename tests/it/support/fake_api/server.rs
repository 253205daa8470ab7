//! The HTTP side: `POST {url}/bot{token}/{Method}` with a JSON body in, `{"ok":…}` out.
//! Counts every call, applies injected faults, parses the body, routes each method to
//! its area and records what was refused; also reads the common parameters.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};

use super::state::{Fail, Inner};
use super::{commands, messages, webhook, Failed, FakeApi, Rejected};

/// Canonical spelling of the implemented methods (keyed by lower case).
const METHODS: &[&str] = &[
    "getMe",
    "getUpdates",
    "getWebhookInfo",
    "deleteWebhook",
    "setWebhook",
    "setMyCommands",
    "getMyCommands",
    "deleteMyCommands",
    "sendMessage",
    "editMessageText",
    "editMessageReplyMarkup",
    "answerCallbackQuery",
    "sendChatAction",
    "deleteMessage",
    "close",
    "logOut",
];

fn canonical(method: &str) -> String {
    METHODS
        .iter()
        .find(|m| m.eq_ignore_ascii_case(method))
        .map(|m| (*m).to_owned())
        .unwrap_or_else(|| method.to_owned())
}

/// The fake's only route: every request comes here.
pub(super) async fn handle(State(api): State<FakeApi>, uri: Uri, body: Bytes) -> Response {
    let mut segments: Vec<&str> = uri.path().split('/').filter(|s| !s.is_empty()).collect();
    let not_found = || {
        respond(Err(Fail {
            code: 404,
            description: "Not Found".into(),
            retry_after: None,
            external: false,
        }))
    };
    let (Some(method), Some(token)) = (segments.pop(), segments.pop()) else {
        return not_found();
    };
    let token = percent_decode(token);
    let Some(token) = token.strip_prefix("bot") else {
        return not_found();
    };
    let lower = method.to_ascii_lowercase();
    let name = canonical(method);
    api.mutate(|st| *st.counts.entry(lower.clone()).or_default() += 1);

    let mut params = json!({});
    let result = api.process(token, &lower, &body, &mut params).await;

    api.mutate(|st| {
        *st.answered.entry(lower.clone()).or_default() += 1;
        let Err(f) = &result else { return };
        if !METHODS.iter().any(|m| m.eq_ignore_ascii_case(&lower)) {
            st.unknown.push(method.to_owned());
        }
        if f.code == 409 {
            // A getUpdates superseded by a newer one (its client is usually gone).
        } else if f.external {
            st.failures.push(Failed {
                method: name.clone(),
                code: f.code,
                description: f.description.clone(),
            });
        } else {
            st.errors.push(Rejected {
                method: name.clone(),
                code: f.code,
                description: f.description.clone(),
                params: params.clone(),
            });
        }
    });
    respond(result)
}

impl FakeApi {
    /// One call: an injected fault, else the JSON body parsed into `params` and the method.
    async fn process(
        &self,
        token: &str,
        lower: &str,
        body: &[u8],
        params: &mut Value,
    ) -> Result<Value, Fail> {
        // An injected fault for this method comes first.
        let fault = self.mutate(|st| {
            let pos = st.faults.iter().position(|f| f.method == lower)?;
            Some(st.faults.remove(pos).fail)
        });
        if let Some(f) = fault {
            return Err(f);
        }
        if !body.iter().all(u8::is_ascii_whitespace) {
            match serde_json::from_slice(body)
                .ok()
                .or_else(|| form_fields(body))
            {
                Some(v @ Value::Object(_)) => *params = v,
                _ => {
                    let text = String::from_utf8_lossy(body)
                        .chars()
                        .take(300)
                        .collect::<String>();
                    *params = json!({ "raw_body": text });
                    return Err(Fail::bad(
                        "the fake Bot API only accepts JSON object bodies (no multipart uploads)",
                    ));
                }
            }
        }
        if lower == "getupdates" {
            /// Decrements the in-flight counter even if the request is dropped mid-poll.
            struct InFlight(FakeApi);
            impl Drop for InFlight {
                fn drop(&mut self) {
                    self.0.mutate(|st| st.polls_in_flight -= 1);
                }
            }
            self.mutate(|st| st.polls_in_flight += 1);
            let _in_flight = InFlight(self.clone());
            if self.lock().webhook_active() {
                return Err(super::webhook::polling_conflict());
            }
            self.get_updates(params).await
        } else {
            let result = call(&mut self.lock(), token, lower, params);
            if lower == "setwebhook" {
                self.ensure_deliverer();
            }
            result
        }
    }
}

/// A multipart/form-data body of text fields only (teloxide sends some
/// methods so, setWebhook among them) as a JSON object; `None` for anything
/// else, a file upload included.
fn form_fields(body: &[u8]) -> Option<Value> {
    let text = std::str::from_utf8(body).ok()?;
    let boundary = text.lines().next()?.trim_end();
    if !boundary.starts_with("--") || boundary.len() < 3 {
        return None;
    }
    let mut fields = serde_json::Map::new();
    for part in text.split(boundary).skip(1) {
        if part.starts_with("--") {
            break;
        }
        let (head, value) = part.trim_start_matches("\r\n").split_once("\r\n\r\n")?;
        if head.contains("filename=") {
            return None;
        }
        let name = head.split("name=\"").nth(1)?.split('"').next()?;
        let value = value.strip_suffix("\r\n").unwrap_or(value);
        // Numbers come as text too; the parameter readers take both.
        fields.insert(name.to_owned(), Value::String(value.to_owned()));
    }
    Some(Value::Object(fields))
}

/// Every method but getUpdates (which waits, see `updates.rs`), by lower-case name.
fn call(st: &mut Inner, token: &str, method: &str, params: &Value) -> Result<Value, Fail> {
    if let Some(id) = token.split(':').next().and_then(|s| s.parse().ok()) {
        st.bot_id = id;
    }
    match method {
        "getme" => {
            if st.get_me_fails {
                return Err(Fail {
                    code: 401,
                    description: "Unauthorized".into(),
                    retry_after: None,
                    external: true,
                });
            }
            Ok(json!({
                "id": st.bot_id, "is_bot": true, "first_name": st.bot_first_name, "username": st.bot_username,
                "can_join_groups": true, "can_read_all_group_messages": false,
                "supports_inline_queries": false, "can_connect_to_business": false,
                "has_main_web_app": false
            }))
        }
        "setwebhook" => webhook::set_webhook(st, params),
        "deletewebhook" => Ok(webhook::delete_webhook(st)),
        "close" | "logout" => Ok(json!(true)),
        "getwebhookinfo" => Ok(webhook::webhook_info(st)),
        "setmycommands" => commands::set_my_commands(st, params),
        "getmycommands" => Ok(commands::get_my_commands(st, params)),
        "deletemycommands" => Ok(commands::delete_my_commands(st, params)),
        "sendmessage" => messages::send_message(st, params),
        "editmessagetext" => messages::edit_message(st, params, true),
        "editmessagereplymarkup" => messages::edit_message(st, params, false),
        "answercallbackquery" => messages::answer_callback_query(st, params),
        "sendchataction" => messages::send_chat_action(st, params),
        "deletemessage" => messages::delete_message(st, params),
        _ => Err(Fail {
            code: 404,
            description: "Not Found: method not found".into(),
            retry_after: None,
            external: false,
        }),
    }
}

fn respond(result: Result<Value, Fail>) -> Response {
    match result {
        Ok(v) => (
            StatusCode::OK,
            axum::Json(json!({ "ok": true, "result": v })),
        )
            .into_response(),
        Err(f) => {
            let mut body =
                json!({ "ok": false, "error_code": f.code, "description": f.description });
            if let Some(s) = f.retry_after {
                body["parameters"] = json!({ "retry_after": s });
            }
            let status = StatusCode::from_u16(f.code).unwrap_or(StatusCode::BAD_REQUEST);
            (status, axum::Json(body)).into_response()
        }
    }
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            if let Ok(v) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

// ----------------------------------------------------------------- parameters

/// An integer parameter, given as a number or a numeric string.
pub(super) fn int_param(params: &Value, name: &str) -> Result<Option<i64>, Fail> {
    match params.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(n)) => n
            .as_i64()
            .map(Some)
            .ok_or_else(|| Fail::bad(format!("wrong parameter {name}"))),
        Some(Value::String(s)) => s
            .parse()
            .map(Some)
            .map_err(|_| Fail::bad(format!("wrong parameter {name}"))),
        Some(_) => Err(Fail::bad(format!("wrong parameter {name}"))),
    }
}

/// `chat_id` as a number; also checks blocking.
pub(super) fn chat_id_param(st: &Inner, params: &Value) -> Result<i64, Fail> {
    let chat = match params.get("chat_id") {
        None | Some(Value::Null) => return Err(Fail::bad("chat_id is empty")),
        Some(Value::Number(n)) => n.as_i64(),
        Some(Value::String(s)) => s.parse().ok(),
        Some(_) => None,
    };
    let chat = chat.ok_or_else(|| Fail::bad("chat not found"))?;
    if let Some((code, description)) = st.chat_errors.get(&chat) {
        return Err(Fail {
            code: *code,
            description: description.clone(),
            retry_after: None,
            external: true,
        });
    }
    Ok(chat)
}

pub(super) fn message_id_param(params: &Value) -> Result<i32, Fail> {
    match int_param(params, "message_id")? {
        Some(id) => Ok(id as i32),
        None => Err(Fail::bad("message identifier is not specified")),
    }
}
