//! The next steps in words.

use super::*;
use musofir_law::{Law, NextStep, StepId};

use crate::text::Msg;

// ---------------------------------------------------------------------------
// Next steps
// ---------------------------------------------------------------------------

/// One numbered step: what, by when, and where when it has no date.
pub fn step_line(n: usize, s: &NextStep, law: &Law) -> Msg {
    let text = Msg::new(step_id(s.step));
    let n = i64::try_from(n).unwrap_or(i64::MAX);
    // Whether the patent still stands is looked up online, whatever office the engine names.
    let at = match s.step {
        StepId::CheckPatentAtMvd => Some(patent_check(law)),
        _ => s.check.map(|c| check(c, None, law)),
    };
    match (s.due, at) {
        (Some(due), _) => Msg::new("step-line-due")
            .num("n", n)
            .msg("step", text)
            .date("date", due),
        (None, Some(at)) => Msg::new("step-line-check")
            .num("n", n)
            .msg("step", text)
            .msg("check", at),
        (None, None) => Msg::new("step-line").num("n", n).msg("step", text),
    }
}

/// The next steps as one paragraph under a heading; `None` when there are none.
pub fn steps_paragraph(steps: &[NextStep], law: &Law) -> Option<Msg> {
    if steps.is_empty() {
        return None;
    }
    let mut l = vec![Msg::new("steps-header")];
    l.extend(
        steps
            .iter()
            .enumerate()
            .map(|(i, s)| step_line(i + 1, s, law)),
    );
    lines(l)
}
