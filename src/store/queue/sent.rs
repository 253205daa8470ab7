//! Sent marks (`reminders_sent`): what was last sent to a user about a kind
//! of deadline, so that a rebuilt plan does not repeat it and the "overdue"
//! message goes out once.

use chrono::NaiveDate;
use musofir_law::DeadlineKind;
use serde::{Deserialize, Serialize};

use crate::store::crypto::{Tag, TAG_LEN};
use crate::store::kv::TreeId as T;
use crate::store::{Store, StoreError, Subject, UserId};

/// What was last sent for a user's kind of deadline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentMark {
    #[serde(rename = "d", with = "crate::store::codec::day")]
    pub due: NaiveDate,
    /// The smallest lead sent for this due date (negative: days overdue).
    #[serde(rename = "l")]
    pub lead_days: i64,
    /// The "overdue" message went out for this due date.
    #[serde(rename = "o", default)]
    pub overdue: bool,
    #[serde(rename = "t")]
    pub at_ms: i64,
}

/// Up to one a kind for every user: compact.
impl crate::store::codec::Sealed for SentMark {
    const COMPACT: bool = true;
}

/// The key of a sent mark: `tag ++ kind byte`.
pub(super) fn sent_key(tag: &Tag, kind: u8) -> [u8; TAG_LEN + 1] {
    let mut k = [0u8; TAG_LEN + 1];
    k[..TAG_LEN].copy_from_slice(tag);
    k[TAG_LEN] = kind;
    k
}

/// Sets a sent mark outside a transaction (the upgrade).
pub(crate) fn put_sent_mark(
    store: &Store,
    s: &Subject,
    kind: u8,
    mark: &SentMark,
) -> Result<(), StoreError> {
    let sk = sent_key(&s.tag, kind);
    store
        .kv()
        .insert(T::Sent, &sk, &s.seal(T::Sent, &sk, mark))?;
    Ok(())
}

impl Store {
    /// What was last sent to the user about a kind of deadline.
    pub fn sent_mark(
        &self,
        user: UserId,
        kind: DeadlineKind,
    ) -> Result<Option<SentMark>, StoreError> {
        let Some(s) = self.subject(user)? else {
            return Ok(None);
        };
        let sk = sent_key(&s.tag, kind.byte());
        Ok(match self.kv().get(T::Sent, &sk)? {
            None => None,
            Some(b) => match s.open(T::Sent, &sk, &b) {
                Ok(m) => Some(m),
                Err(e) => {
                    // Without the mark a reminder may go out once more; the
                    // queue itself is intact.
                    tracing::warn!(error = %e, "a sent mark does not decode; removed");
                    self.kv().remove(T::Sent, &sk)?;
                    None
                }
            },
        })
    }
}
