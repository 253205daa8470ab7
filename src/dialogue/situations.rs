//! "Something changed": the situations the standard interview does not ask
//! about — a move, a new contract or a lost job, work outside the patent's
//! region or profession, a lost document, a decision, children, a trip. Each
//! is a few questions by buttons (dates through the interview's own date
//! questions: shown back, with the calendar) that set exactly the profile
//! fields the law engine reads, then the status again. A situation that no
//! longer holds can be cleared ("the document was found").

use super::interview;
use super::questions::Question;
use super::state::{Answers, DecisionKind, JobChange};
use super::views::button;
use super::{Action, MenuItem, Reply};
use crate::explain::Topic;
use musofir_law::Housing;

/// One situation of the "Something changed" screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Situation {
    /// Moved to a new address.
    Moved,
    /// A new contract (employer), or the job lost.
    Job,
    /// Work in another region or profession than the patent's.
    WorkPlace,
    /// A passport, migration card or patent lost.
    Lost,
    /// A court's expulsion, an MVD decision, the RKL.
    Decision,
    Children,
    Trip,
    /// Works though the card's purpose is not work.
    Works,
}

/// When a question of a flow is asked, given the answers so far.
type AskedIf = fn(&Answers) -> bool;

fn always(_: &Answers) -> bool {
    true
}

impl Situation {
    pub const ALL: [Situation; 8] = [
        Situation::Moved,
        Situation::Job,
        Situation::WorkPlace,
        Situation::Lost,
        Situation::Decision,
        Situation::Children,
        Situation::Trip,
        Situation::Works,
    ];

    /// Short ASCII code for callback data.
    pub fn code(self) -> &'static str {
        match self {
            Situation::Moved => "moved",
            Situation::Job => "job",
            Situation::WorkPlace => "work",
            Situation::Lost => "lost",
            Situation::Decision => "dec",
            Situation::Children => "kids",
            Situation::Trip => "trip",
            Situation::Works => "works",
        }
    }

    pub fn from_code(code: &str) -> Option<Situation> {
        Situation::ALL.into_iter().find(|s| s.code() == code)
    }

    /// The questions, in order, each with when it is asked.
    fn flow(self) -> &'static [(Question, AskedIf)] {
        use Question as Q;
        match self {
            Situation::Moved => &[
                (Q::MovedHousing, |a| a.housing == Some(Housing::Hotel)),
                (Q::MovedOn, always),
                (Q::MovedRegistered, always),
                (Q::MovedRegisteredOn, |a| a.moved_registered == Some(true)),
            ],
            Situation::Job => &[
                (Q::JobChange, always),
                (Q::ContractSignedOn, |a| {
                    a.job_change == Some(JobChange::New)
                }),
                (Q::EmployerNotified, |a| {
                    a.job_change == Some(JobChange::New)
                }),
                (Q::ContractEndedOn, |a| {
                    a.job_change == Some(JobChange::Lost)
                }),
            ],
            Situation::WorkPlace => &[
                (Q::WorkRegion, always),
                // The patent is taken as issued where the person lives: asked
                // only when they work somewhere else.
                (Q::PatentRegion, |a| {
                    a.work_region.is_some() && a.work_region != a.region
                }),
                (Q::PatentProfession, always),
            ],
            Situation::Lost => &[
                (Q::LostDocument, always),
                (Q::LostOn, always),
                (Q::LostReported, always),
            ],
            Situation::Decision => &[
                (Q::Decision, always),
                (Q::ExpulsionOn, |a| {
                    a.decision == Some(DecisionKind::Expulsion)
                }),
                (Q::MvdDecisionOn, |a| a.decision == Some(DecisionKind::Mvd)),
            ],
            Situation::Children => &[(Q::Children, always)],
            Situation::Trip => &[(Q::Trip, always)],
            Situation::Works => &[(Q::Works, always)],
        }
    }

    /// Whether the situation is offered: the employer questions are for
    /// patent holders and EAEU citizens, the work place for patent holders.
    /// (A hotel guest who moves is first asked where they live now.)
    pub fn offered(self, a: &Answers) -> bool {
        match self {
            Situation::Job => interview::works_legally(a),
            Situation::WorkPlace => interview::patent_holder(a),
            Situation::Works => interview::purpose_not_work(a),
            Situation::Moved
            | Situation::Lost
            | Situation::Decision
            | Situation::Children
            | Situation::Trip => true,
        }
    }

    /// The label of the button that clears it, when something is told (a
    /// yes/no situation is changed by answering it again).
    fn clear_label(self, a: &Answers) -> Option<&'static str> {
        let told = match self {
            Situation::Moved => a.moved_on.is_some(),
            Situation::Job => a.contract_signed_on.is_some() || a.contract_ended_on.is_some(),
            Situation::WorkPlace => {
                a.work_region.is_some()
                    || a.patent_region.is_some()
                    || a.works_in_patent_profession.is_some()
            }
            Situation::Lost => a.lost_document.is_some(),
            Situation::Decision => {
                a.expulsion_decision_on.is_some()
                    || a.mvd_decision_on.is_some()
                    || a.in_rkl.is_some()
            }
            Situation::Children | Situation::Trip | Situation::Works => false,
        };
        if !told || !self.offered(a) {
            return None;
        }
        Some(match self {
            Situation::Moved => "sit-clear-moved",
            Situation::Job => "sit-clear-job",
            Situation::WorkPlace => "sit-clear-work",
            Situation::Lost => "sit-clear-lost",
            Situation::Decision => "sit-clear-decision",
            Situation::Children | Situation::Trip | Situation::Works => return None,
        })
    }

    /// Its explainer: what to do and where.
    pub fn topic(self, a: &Answers) -> Topic {
        match self {
            Situation::Moved => Topic::Moving,
            Situation::Job if a.citizenship.is_some_and(|c| c.group().is_eaeu()) => {
                Topic::EaeuContract
            }
            Situation::Job | Situation::WorkPlace => Topic::PatentYear,
            Situation::Lost => Topic::Lost,
            Situation::Decision => Topic::Regime,
            Situation::Children => Topic::Family,
            Situation::Trip => Topic::Travel,
            Situation::Works => Topic::Purpose,
        }
    }

    /// Forgets what was told about it.
    pub fn clear(self, a: &mut Answers) {
        match self {
            Situation::Moved => {
                a.moved_on = None;
                a.moved_registered = None;
                a.registered_after_move_on = None;
            }
            Situation::Job => {
                a.job_change = None;
                a.contract_signed_on = None;
                a.employer_notified = None;
                a.contract_ended_on = None;
            }
            Situation::WorkPlace => {
                a.work_region = None;
                a.patent_region = None;
                a.works_in_patent_profession = None;
            }
            Situation::Lost => {
                a.lost_document = None;
                a.lost_on = None;
                a.lost_reported = None;
            }
            Situation::Decision => {
                a.decision = None;
                a.expulsion_decision_on = None;
                a.mvd_decision_on = None;
                a.in_rkl = None;
            }
            Situation::Children => a.children_in_russia = None,
            Situation::Trip => a.plans_trip = None,
            Situation::Works => a.works = None,
        }
        let flow = self.flow();
        a.unknown.retain(|q| !flow.iter().any(|(x, _)| x == q));
    }

    /// Whether a clear button is offered now.
    pub fn clearable(self, a: &Answers) -> bool {
        self.clear_label(a).is_some()
    }

    /// The first question asked.
    pub fn first(self, a: &Answers) -> Option<Question> {
        asked(self.flow().iter(), a)
    }

    /// The question after `q` in this situation, if any is asked.
    pub fn next_after(self, q: Question, a: &Answers) -> Option<Question> {
        asked(self.flow().iter().skip_while(|(x, _)| *x != q).skip(1), a)
    }

    /// Whether `q`, a question of this situation, is asked now.
    pub fn asks(self, q: Question, a: &Answers) -> bool {
        self.flow()
            .iter()
            .any(|(x, asked_if)| *x == q && asked_if(a) && interview::applies(q, a))
    }

    /// After `/edit` changed `edited`: the later questions of its flow to
    /// ask now, in order — those it newly opened (no answer yet) and those
    /// whose answer depended on it ([`depends`]).
    pub fn follow_ups(self, edited: Question, a: &Answers) -> Vec<Question> {
        self.flow()
            .iter()
            .skip_while(|(x, _)| *x != edited)
            .skip(1)
            .filter(|(n, asked_if)| asked_if(a) && interview::applies(*n, a))
            .filter(|(n, _)| !interview::answered(*n, a) || depends(*n, edited, a))
            .map(|(n, _)| *n)
            .collect()
    }
}

/// Whether the answer to `later` may no longer hold after `edited` changed:
/// another place of work may be another profession; a registration at the
/// new address dated before the (new) day of the move was not at that
/// address.
fn depends(later: Question, edited: Question, a: &Answers) -> bool {
    match (edited, later) {
        (Question::WorkRegion, Question::PatentProfession) => true,
        (Question::MovedOn, Question::MovedRegistered)
        | (Question::MovedRegistered, Question::MovedRegisteredOn) => registration_before_move(a),
        _ => false,
    }
}

/// Registered at the new address on a day before the move.
fn registration_before_move(a: &Answers) -> bool {
    a.moved_registered == Some(true)
        && a.registered_after_move_on
            .zip(a.moved_on)
            .is_some_and(|(registered, moved)| registered < moved)
}

/// Why a follow-up of an edit is asked again, when it is not plain: the
/// registration at the new address is now before the move.
pub fn why_again(q: Question, a: &Answers) -> Option<crate::text::Msg> {
    match q {
        Question::MovedRegistered if registration_before_move(a) => {
            super::conflicts::all_of(Question::MovedRegisteredOn, a)
                .into_iter()
                .find(|c| c.earlier == Question::MovedOn)
                .map(|c| c.recheck())
        }
        _ => None,
    }
}

/// The first of these questions that is asked and applies.
fn asked<'a>(
    mut flow: impl Iterator<Item = &'a (Question, AskedIf)>,
    a: &Answers,
) -> Option<Question> {
    flow.find(|(q, asked_if)| asked_if(a) && interview::applies(*q, a))
        .map(|(q, _)| *q)
}

/// The situation a question belongs to (`None`: the standard interview's).
pub fn of(q: Question) -> Option<Situation> {
    Situation::ALL
        .into_iter()
        .find(|s| s.flow().iter().any(|(x, _)| *x == q))
}

/// "What changed?": a button per situation that applies, one to clear each
/// that was told, and back to the status.
pub fn screen(a: &Answers) -> Reply {
    let mut r = Reply::new("sit-intro");
    for s in Situation::ALL.into_iter().filter(|s| s.offered(a)) {
        r = r.row(vec![button(label(s), Action::Situation(s))]);
    }
    for s in Situation::ALL {
        if let Some(l) = s.clear_label(a) {
            r = r.row(vec![button(l, Action::SituationClear(s))]);
        }
    }
    r.row(vec![button("nav-back", Action::Menu(MenuItem::Status))])
}

fn label(s: Situation) -> &'static str {
    match s {
        Situation::Moved => "sit-moved",
        Situation::Job => "sit-job",
        Situation::WorkPlace => "sit-work",
        Situation::Lost => "sit-lost",
        Situation::Decision => "sit-decision",
        Situation::Children => "sit-children",
        Situation::Trip => "sit-trip",
        Situation::Works => "sit-works",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_situation_question_belongs_to_one_flow() {
        for q in Question::ALL {
            let n = Situation::ALL
                .iter()
                .filter(|s| s.flow().iter().any(|(x, _)| *x == q))
                .count();
            assert!(n <= 1, "{q:?}");
        }
        for s in Situation::ALL {
            assert_eq!(Situation::from_code(s.code()), Some(s));
        }
    }
}
