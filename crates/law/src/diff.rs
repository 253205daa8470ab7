//! What changed between two versions of the law data, and what that changes for one person.
//!
//! [`diff_law`] lists the rules added, removed or changed (value, dates in force, status, confidence, source…) and
//! the calendar years changed. [`diff_assessments`] compares two assessments of the same profile on the same day
//! (one per law version) and lists what the person would see change: a date moved, a new obligation, an obligation
//! gone, a monthly amount or a fine changed, a risk added or gone, each with the rule and source behind it. Pure:
//! the bot's law-change notice and `musofir law diff` are built on these.

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::assessment::{Assessment, Deadline, DeadlineKind, Risk, RiskKind, RiskLevel, Status};
use crate::law::Law;
use crate::rules::Rule;

/// How a rule changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RuleChangeKind {
    /// Only in the new version.
    Added,
    /// Only in the old version.
    Removed,
    /// In both versions, with differences.
    Changed,
}

/// What part of a changed rule changed. Ordered most user-relevant first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Aspect {
    /// A number, a date window, the countries or regions (`value.*`).
    Value,
    /// `in_force_from`, `in_force_until`, `alt_in_force_from`.
    DatesInForce,
    /// in_force / pending / ended; for a pending rule also its stage.
    Status,
    /// `confidence`: high, medium or low.
    Confidence,
    /// Source, URLs, where to check.
    Source,
    /// Title, conflict, notes, law.md row, review dates: words for the reviewer.
    Wording,
}

/// One changed field: its path (`value.days`, `in_force_from`, …) and the old and new values as JSON (absent =
/// `None`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldChange {
    /// The field's path (`value.days`, `in_force_from`, ...).
    pub field: String,
    /// The part of the rule the field belongs to.
    pub aspect: Aspect,
    /// The old value as JSON; `None` when the field was absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old: Option<Value>,
    /// The new value as JSON; `None` when the field is absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new: Option<Value>,
}

/// One rule that differs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RuleDiff {
    /// The rule's id.
    pub id: String,
    /// Added, removed or changed.
    pub change: RuleChangeKind,
    /// For `Changed`: every field that differs. Empty for `Added` / `Removed`.
    pub fields: Vec<FieldChange>,
}

impl RuleDiff {
    /// The aspects that changed (for `Added`/`Removed`: every aspect).
    pub fn aspects(&self) -> Vec<Aspect> {
        let mut a: Vec<Aspect> = self.fields.iter().map(|f| f.aspect).collect();
        a.sort();
        a.dedup();
        a
    }
    /// Added, removed, or a change of value, dates in force, status or confidence: what can move a date or a
    /// warning. (Wording and sources alone cannot.)
    pub fn is_substantive(&self) -> bool {
        self.change != RuleChangeKind::Changed
            || self.fields.iter().any(|f| {
                matches!(
                    f.aspect,
                    Aspect::Value | Aspect::DatesInForce | Aspect::Status | Aspect::Confidence
                )
            })
    }
}

/// A calendar year added, removed or with different days.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct YearDiff {
    /// The calendar year.
    pub year: i32,
    /// Added, removed or changed.
    pub change: RuleChangeKind,
}

/// Everything that differs between two versions of the law data.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LawDiff {
    /// The old data's review date (`as_of`).
    pub old_as_of: NaiveDate,
    /// The new data's review date (`as_of`).
    pub new_as_of: NaiveDate,
    /// By id.
    pub rules: Vec<RuleDiff>,
    /// The calendar years that differ, by year.
    pub calendar: Vec<YearDiff>,
}

impl LawDiff {
    /// Nothing differs: no rule and no calendar year.
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty() && self.calendar.is_empty()
    }
    /// The difference in the rule `id`, if it differs.
    pub fn rule(&self, id: &str) -> Option<&RuleDiff> {
        self.rules.iter().find(|r| r.id == id)
    }
}

fn aspect_of(field: &str) -> Aspect {
    match field {
        f if f.starts_with("value") => Aspect::Value,
        "in_force_from" | "in_force_until" | "alt_in_force_from" => Aspect::DatesInForce,
        "status" | "stage" | "stage_on" => Aspect::Status,
        "confidence" => Aspect::Confidence,
        "source" | "urls" | "check" | "watch" => Aspect::Source,
        _ => Aspect::Wording,
    }
}

fn as_object(rule: &Rule) -> Map<String, Value> {
    match serde_json::to_value(rule) {
        Ok(Value::Object(m)) => m,
        _ => Map::new(),
    }
}

/// Field-by-field differences of two versions of one rule. `value` is compared field by field.
fn rule_fields(old: &Rule, new: &Rule) -> Vec<FieldChange> {
    let (o, n) = (as_object(old), as_object(new));
    let mut out = Vec::new();
    let mut keys: Vec<&String> = o.keys().chain(n.keys()).collect();
    keys.sort();
    keys.dedup();
    for key in keys {
        if key == "id" {
            continue;
        }
        let (ov, nv) = (o.get(key), n.get(key));
        if key == "value" {
            let empty = Map::new();
            let ov = ov.and_then(Value::as_object).unwrap_or(&empty);
            let nv = nv.and_then(Value::as_object).unwrap_or(&empty);
            let mut sub: Vec<&String> = ov.keys().chain(nv.keys()).collect();
            sub.sort();
            sub.dedup();
            for k in sub {
                if ov.get(k) != nv.get(k) {
                    out.push(FieldChange {
                        field: format!("value.{k}"),
                        aspect: Aspect::Value,
                        old: ov.get(k).cloned(),
                        new: nv.get(k).cloned(),
                    });
                }
            }
        } else if ov != nv {
            out.push(FieldChange {
                field: key.clone(),
                aspect: aspect_of(key),
                old: ov.cloned(),
                new: nv.cloned(),
            });
        }
    }
    out.sort_by(|a, b| (a.aspect, &a.field).cmp(&(b.aspect, &b.field)));
    out
}

/// Which rules (and calendar years) differ between `old` and `new`.
pub fn diff_law(old: &Law, new: &Law) -> LawDiff {
    let mut rules = Vec::new();
    for r in old.rules() {
        match new.rule(&r.id) {
            None => rules.push(RuleDiff {
                id: r.id.clone(),
                change: RuleChangeKind::Removed,
                fields: Vec::new(),
            }),
            Some(n) => {
                let fields = rule_fields(r, n);
                if !fields.is_empty() {
                    rules.push(RuleDiff {
                        id: r.id.clone(),
                        change: RuleChangeKind::Changed,
                        fields,
                    });
                }
            }
        }
    }
    for n in new.rules() {
        if old.rule(&n.id).is_none() {
            rules.push(RuleDiff {
                id: n.id.clone(),
                change: RuleChangeKind::Added,
                fields: Vec::new(),
            });
        }
    }
    rules.sort_by(|a, b| a.id.cmp(&b.id));

    let mut calendar = Vec::new();
    for y in old.calendar().years() {
        match new.calendar().year(y.year) {
            None => calendar.push(YearDiff {
                year: y.year,
                change: RuleChangeKind::Removed,
            }),
            Some(n) if n != y => calendar.push(YearDiff {
                year: y.year,
                change: RuleChangeKind::Changed,
            }),
            Some(_) => {}
        }
    }
    for n in new.calendar().years() {
        if old.calendar().year(n.year).is_none() {
            calendar.push(YearDiff {
                year: n.year,
                change: RuleChangeKind::Added,
            });
        }
    }
    calendar.sort_by_key(|y| y.year);
    LawDiff {
        old_as_of: old.as_of(),
        new_as_of: new.as_of(),
        rules,
        calendar,
    }
}

/// The rule and source behind a change the person sees.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Basis {
    /// The rule's id.
    pub rule: String,
    /// A human-readable citation.
    pub source: String,
    /// The citation's first URL, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
}

impl Basis {
    fn of_deadline(d: &Deadline) -> Basis {
        Basis {
            rule: d.rule.clone(),
            source: d.source.clone(),
            source_url: d.source_url.clone(),
        }
    }
    fn of_risk(r: &Risk) -> Basis {
        Basis {
            rule: r.rule.clone(),
            source: r.source.clone(),
            source_url: r.source_url.clone(),
        }
    }
}

/// A change the person would see, old → new, with what it rests on (the NEW rule, or the old one for something
/// that is gone).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum UserChange {
    /// The date to act by moved.
    DateMoved {
        /// The obligation.
        kind: DeadlineKind,
        /// The old date to act by.
        old: NaiveDate,
        /// The new date to act by.
        new: NaiveDate,
        /// The new rule behind it.
        basis: Basis,
    },
    /// A new obligation (not done).
    NewObligation {
        /// The obligation.
        kind: DeadlineKind,
        /// Its date to act by.
        due: NaiveDate,
        /// The rule behind it.
        basis: Basis,
    },
    /// An obligation that no longer applies (the old rule behind it).
    ObligationGone {
        /// The obligation.
        kind: DeadlineKind,
        /// Its old date to act by.
        old_due: NaiveDate,
        /// The old rule behind it.
        basis: Basis,
    },
    /// The monthly amount changed or appeared/disappeared.
    AmountChanged {
        /// The obligation.
        kind: DeadlineKind,
        /// The old monthly amount in roubles; `None` when there was none.
        #[serde(skip_serializing_if = "Option::is_none")]
        old: Option<u32>,
        /// The new monthly amount in roubles; `None` when there is none.
        #[serde(skip_serializing_if = "Option::is_none")]
        new: Option<u32>,
        /// The new amount's rule (or the deadline's rule when the amount is gone).
        basis: Basis,
    },
    /// The fine for missing it changed: (min, max) in roubles.
    FineChanged {
        /// The obligation.
        kind: DeadlineKind,
        /// The old fine as (min, max) in roubles; `None` when there was none.
        #[serde(skip_serializing_if = "Option::is_none")]
        old: Option<(u32, u32)>,
        /// The new fine as (min, max) in roubles; `None` when there is none.
        #[serde(skip_serializing_if = "Option::is_none")]
        new: Option<(u32, u32)>,
        /// The new fine's rule (or the deadline's rule when the fine is gone).
        basis: Basis,
    },
    /// The answer became more or less certain (e.g. a rule's conflict was settled).
    CertaintyChanged {
        /// The obligation.
        kind: DeadlineKind,
        /// The old answer was uncertain.
        old_uncertain: bool,
        /// The new answer is uncertain.
        new_uncertain: bool,
        /// The new rule behind it.
        basis: Basis,
    },
    /// A risk that is new (matched by kind and rule).
    RiskAdded {
        /// The risk.
        kind: RiskKind,
        /// Its level.
        level: RiskLevel,
        /// The rule it rests on.
        basis: Basis,
    },
    /// A risk that no longer applies (matched by kind and rule).
    RiskGone {
        /// The risk.
        kind: RiskKind,
        /// Its level.
        level: RiskLevel,
        /// The rule it rested on.
        basis: Basis,
    },
}

impl UserChange {
    /// A change worth a message: dates, obligations, amounts, fines, and danger/warning risks. An info risk
    /// added or gone (a bill recorded, a note) is not.
    pub fn is_notable(&self) -> bool {
        match self {
            UserChange::RiskAdded { level, .. } | UserChange::RiskGone { level, .. } => {
                *level != RiskLevel::Info
            }
            _ => true,
        }
    }
}

fn open(d: &Deadline) -> bool {
    d.status != Status::Done
}

/// What changes for the person between `old` and `new`: two assessments of the same profile on the same day under
/// two versions of the law. Deadlines are matched by kind, risks by kind and rule. Done obligations do not count.
pub fn diff_assessments(old: &Assessment, new: &Assessment) -> Vec<UserChange> {
    let mut out = Vec::new();
    for n in &new.deadlines {
        match old.deadline(n.kind) {
            None if open(n) => out.push(UserChange::NewObligation {
                kind: n.kind,
                due: n.due,
                basis: Basis::of_deadline(n),
            }),
            None => {}
            Some(o) if open(o) || open(n) => {
                if o.due != n.due {
                    out.push(UserChange::DateMoved {
                        kind: n.kind,
                        old: o.due,
                        new: n.due,
                        basis: Basis::of_deadline(n),
                    });
                }
                let (oa, na) = (
                    o.amount.as_ref().map(|a| a.rub),
                    n.amount.as_ref().map(|a| a.rub),
                );
                if oa != na {
                    out.push(UserChange::AmountChanged {
                        kind: n.kind,
                        old: oa,
                        new: na,
                        basis: match &n.amount {
                            Some(a) => Basis {
                                rule: a.rule.clone(),
                                source: n.source.clone(),
                                source_url: n.source_url.clone(),
                            },
                            None => Basis::of_deadline(n),
                        },
                    });
                }
                let (of, nf) = (
                    o.fine.as_ref().map(|f| (f.min, f.max)),
                    n.fine.as_ref().map(|f| (f.min, f.max)),
                );
                if of != nf {
                    out.push(UserChange::FineChanged {
                        kind: n.kind,
                        old: of,
                        new: nf,
                        basis: match &n.fine {
                            Some(f) => Basis {
                                rule: f.rule.clone(),
                                source: f.source.clone(),
                                source_url: None,
                            },
                            None => Basis::of_deadline(n),
                        },
                    });
                }
                if o.uncertain != n.uncertain {
                    out.push(UserChange::CertaintyChanged {
                        kind: n.kind,
                        old_uncertain: o.uncertain,
                        new_uncertain: n.uncertain,
                        basis: Basis::of_deadline(n),
                    });
                }
            }
            Some(_) => {}
        }
    }
    for o in &old.deadlines {
        if new.deadline(o.kind).is_none() && open(o) {
            out.push(UserChange::ObligationGone {
                kind: o.kind,
                old_due: o.due,
                basis: Basis::of_deadline(o),
            });
        }
    }
    let same_risk = |a: &Risk, b: &Risk| a.kind == b.kind && a.rule == b.rule;
    for n in &new.risks {
        if !old.risks.iter().any(|o| same_risk(o, n)) {
            out.push(UserChange::RiskAdded {
                kind: n.kind,
                level: n.level,
                basis: Basis::of_risk(n),
            });
        }
    }
    for o in &old.risks {
        if !new.risks.iter().any(|n| same_risk(o, n)) {
            out.push(UserChange::RiskGone {
                kind: o.kind,
                level: o.level,
                basis: Basis::of_risk(o),
            });
        }
    }
    out
}
