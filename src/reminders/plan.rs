//! The plan: when to remind a user of each open deadline. Pure: no clock, no
//! store; `now` is an argument.
//!
//! For every deadline that is not done and not switched off: a reminder
//! `lead_days` before it (7, 3, 1 and 0 by default) at [`REMIND_AT`] local
//! time. Times already past are skipped; if every one of them has passed while
//! the deadline is still ahead, one reminder goes out as soon as possible
//! ([`asap`]). Overdue deadlines get nothing here: the scheduler sends the one
//! "overdue" message when a stale reminder finds its deadline passed.

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use musofir_law::{Assessment, DeadlineKind, Region, Status};
use serde::{Deserialize, Serialize};

use crate::clock::MOSCOW;

/// Local time of day of every planned reminder.
pub const REMIND_AT: NaiveTime = match NaiveTime::from_hms_opt(10, 0, 0) {
    Some(t) => t,
    None => NaiveTime::MIN,
};

/// Lead times beyond this are ignored (a longer one reminds of nothing useful).
pub const MAX_LEAD_DAYS: u8 = 60;

/// An "as soon as possible" reminder is not sent at night: local hours
/// `[WAKING.0, WAKING.1)` are the day.
pub const WAKING: (u32, u32) = (8, 22);

/// A reminder waiting in the user's queue, as `/reminders` shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pending {
    pub planned: Planned,
    /// "Remind me tomorrow".
    pub snoozed: bool,
}

/// One reminder to send.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Planned {
    pub kind: DeadlineKind,
    /// The deadline's last day.
    pub due: NaiveDate,
    /// When to send.
    pub at: DateTime<Utc>,
    /// Days before `due` (0 = on the day). For an "as soon as possible"
    /// reminder, the days that were left when it was planned.
    pub lead_days: i64,
}

/// The zone a user's reminders are timed in. Every region the interview asks
/// about (Moscow, Moscow oblast, St Petersburg, Leningrad oblast) is on Moscow
/// time (UTC+3, no daylight saving since 2014), and "other" falls back to
/// Moscow too: the bot does not ask for the city, and the law engine counts
/// every deadline by the date in Moscow, so a reminder timed in Moscow is
/// never a day off from the deadline it announces. A new region must be
/// placed here (the match has no catch-all).
pub fn zone(region: Option<Region>) -> Tz {
    match region {
        None
        | Some(Region::Moscow)
        | Some(Region::MoscowOblast)
        | Some(Region::Spb)
        | Some(Region::LeningradOblast)
        | Some(Region::Other)
        // Added to the law crate with the review of 2026-12-06; timed in Moscow as "other" was before (local
        // zones are for the reminders' owner to decide).
        | Some(Region::Sverdlovsk)
        | Some(Region::Novosibirsk)
        | Some(Region::Tatarstan)
        | Some(Region::Krasnodar)
        | Some(Region::Tyumen)
        | Some(Region::Khmao) => MOSCOW,
    }
}

/// The plan with reminders timed in `tz`, sorted by send time: `leads` days
/// before each deadline (largest first), none for the kinds in `off`.
pub fn plan_in(
    a: &Assessment,
    leads: &[u8],
    off: &[DeadlineKind],
    tz: Tz,
    now: DateTime<Utc>,
) -> Vec<Planned> {
    let today = now.with_timezone(&tz).date_naive();
    let mut out = Vec::new();
    if leads.is_empty() {
        return out;
    }
    for d in &a.deadlines {
        if d.status == Status::Done || off.contains(&d.kind) || d.due < today {
            continue;
        }
        let before = out.len();
        for &lead in leads {
            let Some(day) = d.due.checked_sub_signed(Duration::days(i64::from(lead))) else {
                continue;
            };
            let at = local(tz, day, REMIND_AT);
            if at > now {
                out.push(Planned {
                    kind: d.kind,
                    due: d.due,
                    at,
                    lead_days: i64::from(lead),
                });
            }
        }
        if out.len() == before {
            out.push(Planned {
                kind: d.kind,
                due: d.due,
                at: asap(tz, now, d.due),
                lead_days: (d.due - today).num_days(),
            });
        }
    }
    out.sort_by_key(|p| (p.at, p.kind));
    out
}

/// "As soon as possible" for a deadline still ahead: now during the day;
/// at night, the next [`REMIND_AT`] unless that is after the last day.
pub fn asap(tz: Tz, now: DateTime<Utc>, due: NaiveDate) -> DateTime<Utc> {
    use chrono::Timelike;
    let local_now = now.with_timezone(&tz);
    let hour = local_now.hour();
    if (WAKING.0..WAKING.1).contains(&hour) {
        return now;
    }
    let today = local_now.date_naive();
    let day = if hour < WAKING.0 {
        today
    } else {
        match today.succ_opt() {
            Some(d) => d,
            None => return now,
        }
    };
    let at = local(tz, day, REMIND_AT);
    if day <= due && at > now {
        at
    } else {
        now
    }
}

/// `time` on `day` in `tz`, as UTC. A time skipped by a clock change moves
/// to the next hour; an ambiguous one takes the earlier instant.
pub fn local(tz: Tz, day: NaiveDate, time: NaiveTime) -> DateTime<Utc> {
    let naive = day.and_time(time);
    tz.from_local_datetime(&naive)
        .earliest()
        .or_else(|| {
            tz.from_local_datetime(&(naive + Duration::hours(1)))
                .earliest()
        })
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| Utc.from_utc_datetime(&naive))
}

/// The next [`REMIND_AT`] strictly after `now` in `tz` ("remind me tomorrow"
/// pressed in the morning still means tomorrow, not in an hour).
pub fn tomorrow_at(tz: Tz, now: DateTime<Utc>) -> DateTime<Utc> {
    let today = now.with_timezone(&tz).date_naive();
    let day = today.succ_opt().unwrap_or(today);
    local(tz, day, REMIND_AT)
}

#[cfg(test)]
mod tests {
    use super::*;
    use musofir_law::{assess, Citizenship, Law, Profile};

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        local(
            MOSCOW,
            NaiveDate::from_ymd_opt(y, m, d).unwrap(),
            NaiveTime::from_hms_opt(h, min, 0).unwrap(),
        )
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// The plan with the default lead days, nothing switched off, in Moscow.
    fn plan(a: &Assessment, now: DateTime<Utc>) -> Vec<Planned> {
        plan_in(a, &[7, 3, 1, 0], &[], MOSCOW, now)
    }

    fn assessment(entry: NaiveDate, today: NaiveDate) -> Assessment {
        let law = Law::embedded().unwrap();
        let mut p = Profile::new("UZ".parse::<Citizenship>().unwrap(), entry);
        p.purpose = Some(musofir_law::Purpose::Work);
        assess(&p, today, &law).unwrap()
    }

    #[test]
    fn ten_o_clock_moscow_is_seven_utc() {
        assert_eq!(
            local(MOSCOW, date(2026, 11, 23), REMIND_AT),
            Utc.with_ymd_and_hms(2026, 11, 23, 7, 0, 0).unwrap()
        );
        for r in [
            None,
            Some(Region::Moscow),
            Some(Region::Spb),
            Some(Region::Other),
        ] {
            assert_eq!(zone(r), MOSCOW);
        }
    }

    #[test]
    fn reminds_seven_three_one_and_zero_days_before_at_ten() {
        let now = at(2026, 11, 23, 12, 0);
        let a = assessment(date(2026, 11, 23), date(2026, 11, 23));
        let reg = a.deadline(DeadlineKind::Registration).unwrap().clone();
        let p = plan(&a, now);
        let regs: Vec<_> = p
            .iter()
            .filter(|p| p.kind == DeadlineKind::Registration)
            .collect();
        let leads: Vec<i64> = regs.iter().map(|p| p.lead_days).collect();
        assert_eq!(leads, vec![7, 3, 1, 0]);
        for r in regs {
            assert_eq!(r.due, reg.due);
            assert_eq!(
                r.at,
                local(MOSCOW, reg.due - Duration::days(r.lead_days), REMIND_AT)
            );
        }
        assert!(p.windows(2).all(|w| w[0].at <= w[1].at));
    }

    #[test]
    fn skips_past_lead_times_and_sends_one_soon_when_all_passed() {
        let a = assessment(date(2026, 11, 10), date(2026, 11, 23));
        let reg = a.deadline(DeadlineKind::Registration).unwrap().clone();
        // Two days before the deadline at noon: only the 1-day and same-day ones remain.
        let now = local(MOSCOW, reg.due - Duration::days(2), REMIND_AT) + Duration::hours(2);
        let leads: Vec<i64> = plan(&a, now)
            .iter()
            .filter(|p| p.kind == DeadlineKind::Registration)
            .map(|p| p.lead_days)
            .collect();
        assert_eq!(leads, vec![1, 0]);
        // On the last day after 10:00: one reminder now.
        let now = local(MOSCOW, reg.due, REMIND_AT) + Duration::hours(3);
        let regs: Vec<_> = plan(&a, now)
            .into_iter()
            .filter(|p| p.kind == DeadlineKind::Registration)
            .collect();
        assert_eq!(regs.len(), 1);
        assert_eq!((regs[0].at, regs[0].lead_days), (now, 0));
        // The day after the safe date the other reading's last day has come (law review of 2026-12-06:
        // the safe date shown first, then the later one, "act now"): one more reminder, at once.
        let next_day = reg.due.succ_opt().unwrap();
        assert_eq!(reg.alt_due, Some(next_day));
        let a2 = assessment(date(2026, 11, 10), next_day);
        let reg2 = a2.deadline(DeadlineKind::Registration).unwrap();
        assert_eq!((reg2.due, reg2.alt_due), (next_day, Some(reg.due)));
        assert!(reg2
            .notes
            .contains(&musofir_law::Note::EarlierReadingPassed));
        let now = now + Duration::days(1);
        let regs: Vec<_> = plan(&a2, now)
            .into_iter()
            .filter(|p| p.kind == DeadlineKind::Registration)
            .collect();
        assert_eq!(regs.len(), 1);
        assert_eq!((regs[0].at, regs[0].lead_days), (now, 0));
        // Once both readings have passed: overdue, nothing planned.
        let a3 = assessment(date(2026, 11, 10), next_day.succ_opt().unwrap());
        let now = now + Duration::days(1);
        assert!(plan(&a3, now)
            .iter()
            .all(|p| p.kind != DeadlineKind::Registration));
    }

    #[test]
    fn asap_waits_for_the_morning_unless_the_day_is_the_last() {
        let due = date(2026, 11, 30);
        let night = at(2026, 11, 25, 23, 30);
        assert_eq!(asap(MOSCOW, night, due), at(2026, 11, 26, 10, 0));
        let early = at(2026, 11, 25, 5, 0);
        assert_eq!(asap(MOSCOW, early, due), at(2026, 11, 25, 10, 0));
        let day = at(2026, 11, 25, 15, 0);
        assert_eq!(asap(MOSCOW, day, due), day);
        let last_night = at(2026, 11, 30, 23, 0);
        assert_eq!(asap(MOSCOW, last_night, due), last_night);
    }

    #[test]
    fn switched_off_kinds_and_custom_leads() {
        let now = at(2026, 11, 23, 12, 0);
        let a = assessment(date(2026, 11, 23), date(2026, 11, 23));
        assert!(plan_in(
            &a,
            &[7, 3, 1, 0],
            &[DeadlineKind::Registration],
            MOSCOW,
            now
        )
        .iter()
        .all(|p| p.kind != DeadlineKind::Registration));
        let leads: Vec<i64> = plan_in(&a, &[5, 2], &[], MOSCOW, now)
            .iter()
            .filter(|p| p.kind == DeadlineKind::Registration)
            .map(|p| p.lead_days)
            .collect();
        assert_eq!(leads, vec![5, 2]);
        assert!(plan_in(&a, &[], &[], MOSCOW, now).is_empty());
    }

    #[test]
    fn tomorrow_is_tomorrow_even_in_the_morning() {
        assert_eq!(
            tomorrow_at(MOSCOW, at(2026, 11, 23, 6, 0)),
            at(2026, 11, 24, 10, 0)
        );
        assert_eq!(
            tomorrow_at(MOSCOW, at(2026, 11, 23, 23, 59)),
            at(2026, 11, 24, 10, 0)
        );
    }
}
