//! The deadline assessment: profile + today + law -> obligations, risks and next steps. Pure: no I/O, no clock.

mod medical;
mod patent;
mod registration;
mod risks;
mod situations;
mod stay;
mod steps;
mod types;
mod work;

pub use types::{
    Action, Amount, Assessment, Consequence, Deadline, DeadlineKind, Fine, NextStep, Note, Place,
    Risk, RiskKind, RiskLevel, Status, StepId,
};

use chrono::{Datelike, NaiveDate};

use crate::counting::{self, Counted};
use crate::error::AssessError;
use crate::ids;
use crate::law::Law;
use crate::profile::{CitizenshipGroup, Housing, Profile, Purpose, Region, MAX_YEAR, MIN_YEAR};
use crate::rules::{Check, Rule};

/// Assess `profile` on `today` under `law`.
///
/// Errors: impossible combinations in the profile, an entry date after today, a "done" date after today, or
/// `today` outside the supported years. Never panics.
pub fn assess(profile: &Profile, today: NaiveDate, law: &Law) -> Result<Assessment, AssessError> {
    let ctx = Ctx::new(profile, today, law)?;

    let mut deadlines: Vec<Deadline> = [
        registration::registration(&ctx)?,
        registration::after_move(&ctx)?,
        registration::registration_end(&ctx)?,
        patent::application(&ctx)?,
        medical::exam(&ctx)?,
        patent::payment(&ctx)?,
        patent::cap_end(&ctx)?,
        patent::contract_notice(&ctx)?,
        work::employer_notice(&ctx)?,
        stay::limit(&ctx)?,
        work::eaeu_new_contract(&ctx)?,
        patent::reissue(&ctx)?,
        situations::migration_card(&ctx)?,
        situations::appeal_court(&ctx)?,
        situations::appeal_mvd(&ctx)?,
    ]
    .into_iter()
    .flatten()
    .collect();
    for d in &mut deadlines {
        // `check` may have been set after construction.
        d.check_url = ctx.check_url(d.check);
    }
    // Most urgent first: open obligations by due date, then the done ones.
    deadlines.sort_by_key(|d| (d.status == Status::Done, d.due, d.kind));

    let risks = risks::risks(&ctx, &deadlines)?;
    let next_steps = steps::next_steps(&deadlines, &risks);
    Ok(Assessment {
        today,
        law_as_of: law.as_of(),
        citizenship_group: ctx.group,
        deadlines,
        risks,
        next_steps,
    })
}

/// The facts every obligation module reads, with defaults for unknown answers.
pub(crate) struct Ctx<'a> {
    pub p: &'a Profile,
    pub today: NaiveDate,
    pub law: &'a Law,
    pub group: CitizenshipGroup,
    /// Unknown purpose is treated as `Other` (and reported as a risk).
    pub purpose: Purpose,
    pub purpose_known: bool,
    /// Unknown region is treated as `Other`: the general (lower) fines, no Amina scheme.
    pub region: Region,
    /// Unknown housing is treated as private: the person must see to registration (safer).
    pub hotel: bool,
}

impl<'a> Ctx<'a> {
    fn new(p: &'a Profile, today: NaiveDate, law: &'a Law) -> Result<Ctx<'a>, AssessError> {
        if !(MIN_YEAR..=MAX_YEAR).contains(&today.year()) {
            return Err(AssessError::TodayOutOfRange(today));
        }
        p.check()?;
        if p.entry_date > today {
            return Err(AssessError::EntryAfterToday {
                entry: p.entry_date,
                today,
            });
        }
        // Things the person says are done must have happened by today.
        for (field, date) in [
            ("registered_on", p.registered_on),
            ("patent_issued_on", p.patent_issued_on),
            ("patent_applied_on", p.patent_applied_on),
            ("medical_done_on", p.medical_done_on),
            ("moved_on", p.moved_on),
            ("registered_after_move_on", p.registered_after_move_on),
            ("contract_signed_on", p.contract_signed_on),
            ("contract_ended_on", p.contract_ended_on),
            ("lost_on", p.lost_on),
            ("expulsion_decision_on", p.expulsion_decision_on),
            ("mvd_decision_on", p.mvd_decision_on),
        ] {
            if let Some(date) = date.filter(|d| *d > today) {
                return Err(AssessError::DateAfterToday { field, date, today });
            }
        }
        Ok(Ctx {
            p,
            today,
            law,
            group: p.citizenship.group(),
            purpose: p.purpose.unwrap_or(Purpose::Other),
            purpose_known: p.purpose.is_some(),
            region: p.region.unwrap_or(Region::Other),
            hotel: p.housing == Some(Housing::Hotel),
        })
    }

    /// The purpose of entry on the migration card is work.
    pub fn works(&self) -> bool {
        self.purpose == Purpose::Work
    }

    /// The person works, whatever the card says: work purpose, said so, or an EAEU citizen with a contract.
    pub fn working(&self) -> bool {
        self.works()
            || self.p.works == Some(true)
            || (self.group.is_eaeu() && self.contract_current() == Some(true))
    }

    /// Is there a current labour or civil contract? A contract signed after the last one ended is a new one;
    /// otherwise the answer to `labour_contract`. `None`: not known.
    pub fn contract_current(&self) -> Option<bool> {
        match (self.p.contract_signed_on, self.p.contract_ended_on) {
            (Some(signed), Some(ended)) => Some(signed > ended),
            (None, Some(_)) => Some(false),
            (Some(_), None) => Some(true),
            (None, None) => self.p.labour_contract,
        }
    }

    /// Work purpose and not an EAEU citizen: a patent is needed (115-FZ art. 13.3).
    pub fn needs_patent(&self) -> bool {
        self.works() && !self.group.is_eaeu()
    }

    /// The person has (or had) a patent.
    pub fn has_patent(&self) -> bool {
        self.p.patent_issued_on.is_some() || self.p.patent_paid_until.is_some()
    }

    /// The patent's last valid day at the 12-month cap: the day before the anniversary of issue (rule
    /// `patent.term`, its conflict: Civil Code art. 192 would give the anniversary; the earlier day is used).
    pub fn patent_cap_last(&self) -> Option<NaiveDate> {
        let issued = self.p.patent_issued_on?;
        let months = self.law.months(ids::PATENT_TERM).ok()?;
        counting::months_after(issued, months)?.pred_opt()
    }

    /// The last day the patent is valid: the last paid day, never past the 12-month cap.
    pub fn patent_valid_until(&self) -> Option<NaiveDate> {
        match (self.p.patent_paid_until, self.patent_cap_last()) {
            (Some(paid), Some(cap)) => Some(paid.min(cap)),
            (Some(paid), None) => Some(paid),
            (None, _) => None,
        }
    }

    /// The day the patent ended, if its valid period is over (it ends the day after the last valid day).
    pub fn patent_ended_on(&self) -> Option<NaiveDate> {
        self.patent_valid_until()
            .filter(|last| *last < self.today)
            .and_then(|last| last.succ_opt())
    }

    /// The "Amina" scheme: Moscow region, a listed citizenship, not a hotel guest, the experiment in force today.
    ///
    /// `Some((rule, true))`: the app is the registration channel. Either the purpose of entry is work (the core of
    /// the scheme, certain: rule `registration.amina`), or an EAEU citizen works on a contract after entering for
    /// another purpose (news reports of the law's text: rule `registration.amina.workers`, medium, so the answer is
    /// uncertain).
    ///
    /// `Some((rule, false))`: the scheme may apply and the usual channels stay, with "check at the MMC": someone
    /// else who works without the purpose "work" (`registration.amina.workers`: a patent holder's purpose cannot be
    /// changed without leaving), or, from the reported extension's start, a non-worker whose stay may exceed 90
    /// days, i.e. a student (`registration.amina.over_90_days`, low; see `medical::exam` for why only students).
    pub fn amina_scope(&self) -> Option<(&'a Rule, bool)> {
        let rule = self.law.in_force(ids::REGISTRATION_AMINA, self.today)?;
        let place = self.region.is_moscow_region()
            && !self.hotel
            && rule.names_country(self.p.citizenship.as_str());
        if !place {
            return None;
        }
        if self.works() {
            return Some((rule, true));
        }
        if self.working() {
            let eaeu_contract = self.group.is_eaeu() && self.contract_current() == Some(true);
            let workers = self
                .law
                .in_force(ids::REGISTRATION_AMINA_WORKERS, self.today)?;
            return Some((workers, eaeu_contract));
        }
        if self.purpose == Purpose::Study {
            let long_stay = self
                .law
                .in_force(ids::REGISTRATION_AMINA_OVER_90_DAYS, self.today)?;
            return Some((long_stay, false));
        }
        None
    }

    /// The rule under which the "Amina" app is the registration channel (see [`Ctx::amina_scope`]).
    pub fn amina(&self) -> Option<&'a Rule> {
        self.amina_scope()
            .and_then(|(rule, channel)| channel.then_some(rule))
    }

    /// The scheme's own term in working days (address change, days without geolocation): rule
    /// `registration.amina`, whichever rule brought the person into the scheme.
    pub fn amina_working_days(&self) -> Result<u32, AssessError> {
        Ok(self.law.working_days(ids::REGISTRATION_AMINA)?)
    }

    /// Where patent and medical matters are handled: the MMC in the Moscow region, else the MVD office.
    pub fn office(&self) -> (Check, Place) {
        if self.region.is_moscow_region() {
            (Check::Mmc, Place::Mmc)
        } else {
            (Check::MvdOffice, Place::MvdOffice)
        }
    }

    /// Where the medical check is done: the MMC in Moscow (it has its own medical centre); anywhere else a clinic
    /// the region licenses for foreigners (Moscow oblast: its own regional hospitals since 24.02.2025, not
    /// Sakharovo; `law/offices.toml`). Uncertain answers are checked at the MMC in Moscow, else at the MVD
    /// migration unit, which keeps the region's list of clinics.
    pub fn medical_place(&self) -> (Check, Place) {
        if self.region == Region::Moscow {
            (Check::Mmc, Place::Mmc)
        } else {
            (Check::MvdOffice, Place::LicensedClinic)
        }
    }

    /// A patent issued before this entry can carry obligations that fell due before it. Nothing can be done
    /// before the person is in Russia, so the earliest due date reported is the entry day (still late: the
    /// status shows it).
    pub fn not_before_entry(&self, due: NaiveDate) -> NaiveDate {
        due.max(self.p.entry_date)
    }

    /// The RKL check page, from the data.
    pub fn rkl_url(&self) -> Option<String> {
        self.law
            .rule(ids::RKL_REGISTER)
            .and_then(Rule::source_url)
            .map(str::to_string)
    }

    pub fn check_url(&self, check: Option<Check>) -> Option<String> {
        match check {
            Some(Check::MvdRklPage) => self.rkl_url(),
            _ => None,
        }
    }
}

/// Overflow guard: every date the profile accepts is far from chrono's limits, so this only turns an
/// impossible `None` into an error instead of a panic.
pub(crate) fn ok_date(d: Option<NaiveDate>, field: &'static str) -> Result<NaiveDate, AssessError> {
    d.ok_or(AssessError::DateOverflow { field })
}

impl Deadline {
    /// A deadline from `rule`, not done, with the rule's source, confidence and check.
    pub(crate) fn new(
        ctx: &Ctx<'_>,
        kind: DeadlineKind,
        due: NaiveDate,
        rule: &Rule,
        action: Action,
        consequence: Consequence,
    ) -> Deadline {
        let uncertain = rule.is_uncertain();
        let check = if uncertain { rule.check } else { None };
        Deadline {
            kind,
            due,
            alt_due: None,
            status: Status::of(false, due, ctx.today),
            days_left: counting::days_between(ctx.today, due),
            rule: rule.id.clone(),
            source: rule.source.clone(),
            source_url: rule.source_url().map(str::to_string),
            confidence: rule.confidence,
            uncertain,
            check,
            check_url: ctx.check_url(check),
            action,
            places: Vec::new(),
            fine: None,
            consequence,
            calendar_certain: true,
            moved_by_non_working_day: false,
            next_working_day: None,
            done_on: None,
            next_due: None,
            amount: None,
            notes: Vec::new(),
        }
    }

    /// Mark done (the profile says so); `on` is the date it was done, if known.
    pub(crate) fn done(mut self, done: bool, on: Option<NaiveDate>, today: NaiveDate) -> Deadline {
        self.status = Status::of(done, self.due, today);
        self.done_on = on.filter(|_| done);
        self
    }

    /// Two readings of the same term: `safe` (earlier) and `later`. The date to act by is the safe one until it
    /// passes; between the two it is the later one (note `EarlierReadingPassed`: act now); once both have passed
    /// it is the safe one again, so lateness (and any ban counted from it) is never understated. The other
    /// reading goes in `alt_due`; the answer is marked uncertain, at most medium confidence. Call after `done`.
    pub(crate) fn readings(
        mut self,
        ctx: &Ctx<'_>,
        safe: NaiveDate,
        later: NaiveDate,
        note: Option<Note>,
    ) -> Deadline {
        if later <= safe {
            return self;
        }
        let done = self.status == Status::Done;
        // The date that decides: when it was done (if known), else today.
        let reference = if done {
            self.done_on.unwrap_or(safe)
        } else {
            ctx.today
        };
        let between = safe < reference && reference <= later;
        (self.due, self.alt_due) = if between {
            (later, Some(safe))
        } else {
            (safe, Some(later))
        };
        if let Some(note) = note {
            self = self.note(note);
        }
        if between {
            self = self.note(Note::EarlierReadingPassed);
        }
        if self.confidence > crate::rules::Confidence::Medium {
            self.confidence = crate::rules::Confidence::Medium;
        }
        self.mark_uncertain(Check::MvdOffice);
        self.status = Status::of(done, self.due, ctx.today);
        self.days_left = counting::days_between(ctx.today, self.due);
        self
    }

    /// A term of `n` calendar days from `event`: the safe reading counts the event day (event + n - 1), the Civil
    /// Code reading starts the next day (event + n).
    pub(crate) fn days_from_event(
        self,
        ctx: &Ctx<'_>,
        event: NaiveDate,
        n: u32,
        field: &'static str,
    ) -> Result<Deadline, AssessError> {
        let safe = ok_date(counting::days_after_counting_event_day(event, n), field)?;
        let later = ok_date(counting::days_after(event, n), field)?;
        Ok(self.readings(ctx, safe, later, Some(Note::EventDayMayCount)))
    }

    /// The due date came from working-day arithmetic: carry the calendar's certainty.
    pub(crate) fn counted(mut self, c: Counted) -> Deadline {
        self.calendar_certain = c.calendar_certain;
        if c.confidence < self.confidence {
            self.confidence = c.confidence;
        }
        if !c.calendar_certain || c.confidence < crate::rules::Confidence::High {
            self.mark_uncertain(Check::MvdOffice);
        }
        self
    }

    /// An office filing with a calendar-day term: if the due date is a day off, keep it (safer) and flag that
    /// offices may accept the next working day.
    pub(crate) fn office_filing(mut self, ctx: &Ctx<'_>) -> Deadline {
        self.next_working_day = counting::next_working_day_if_off(ctx.law.calendar(), self.due);
        self.moved_by_non_working_day = self.next_working_day.is_some();
        self
    }

    pub(crate) fn uncertain_with(mut self, check: Check) -> Deadline {
        self.mark_uncertain(check);
        self
    }

    pub(crate) fn mark_uncertain(&mut self, check: Check) {
        self.uncertain = true;
        if self.check.is_none() {
            self.check = Some(check);
        }
    }

    pub(crate) fn places(mut self, places: &[Place]) -> Deadline {
        self.places = places.to_vec();
        self
    }

    pub(crate) fn fine(mut self, fine: Option<Fine>) -> Deadline {
        self.fine = fine;
        self
    }

    pub(crate) fn note(mut self, note: Note) -> Deadline {
        if !self.notes.contains(&note) {
            self.notes.push(note);
        }
        self
    }
}

/// The fine for breaking stay/registration rules in the person's region: KoAP 18.8 part 1 (or part 3 in the
/// four capital regions); for overstay part 1.1 (or 3.1).
pub(crate) fn koap_18_8_fine(
    ctx: &Ctx<'_>,
    overstay: bool,
) -> Result<(Fine, Consequence), AssessError> {
    let capital = ctx.region.is_capital_region();
    let (id, consequence) = match (overstay, capital) {
        (false, false) => (ids::FINE_KOAP_18_8_1, Consequence::FineAndExpulsionPossible),
        (false, true) => (ids::FINE_KOAP_18_8_3, Consequence::FineAndExpulsion),
        (true, false) => (ids::FINE_KOAP_18_8_1_1, Consequence::FineAndExpulsion),
        (true, true) => (ids::FINE_KOAP_18_8_3_1, Consequence::FineAndExpulsion),
    };
    let rule = ctx.law.require(id)?;
    let fine = Fine::from_rule(rule).ok_or_else(|| crate::error::LawError::MissingValue {
        rule: id.to_string(),
        field: "rub_min/rub_max",
    })?;
    Ok((fine, consequence))
}
