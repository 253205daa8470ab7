//! Risks and uncertainty notes: overstay and its entry bans, the RKL, a lapsed patent, the Amina scheme, terms
//! law.md is unsure of, the closed amnesty, bills that are not law.

use chrono::NaiveDate;

use super::{
    koap_18_8_fine, medical, ok_date, situations, work, Consequence, Ctx, Deadline, DeadlineKind,
    Fine, Risk, RiskKind, RiskLevel, Status,
};
use crate::counting;
use crate::error::AssessError;
use crate::ids;
use crate::profile::CitizenshipGroup;
use crate::rules::{Check, Rule};

impl Risk {
    pub(crate) fn new(ctx: &Ctx<'_>, kind: RiskKind, level: RiskLevel, rule: &Rule) -> Risk {
        Risk {
            kind,
            level,
            rule: rule.id.clone(),
            source: rule.source.clone(),
            source_url: rule.source_url().map(str::to_string),
            confidence: rule.confidence,
            uncertain: rule.is_uncertain(),
            check: rule.check,
            check_url: ctx.check_url(rule.check),
            fine: None,
            consequence: None,
            related: None,
            date: None,
            days_left: None,
            days: None,
            ban_years: None,
            next_ban_years: None,
            amount_rub: None,
        }
    }

    pub(crate) fn on(mut self, ctx: &Ctx<'_>, date: NaiveDate) -> Risk {
        self.date = Some(date);
        self.days_left = Some(counting::days_between(ctx.today, date));
        self
    }

    pub(crate) fn check(mut self, ctx: &Ctx<'_>, check: Check) -> Risk {
        self.check = Some(check);
        self.check_url = ctx.check_url(Some(check));
        self
    }

    pub(crate) fn consequence(mut self, c: Consequence) -> Risk {
        self.consequence = Some(c);
        self
    }

    pub(crate) fn related(mut self, kind: DeadlineKind) -> Risk {
        self.related = Some(kind);
        self
    }
}

/// The last day the person is legally in Russia, when the engine knows it: the patent's last valid day for a
/// patent holder (paid, and never past the 12-month cap), an EAEU worker's 15 days after a contract ended, else
/// the stay limit.
fn legal_stay_end<'a>(
    ctx: &Ctx<'a>,
    deadlines: &[Deadline],
) -> Result<Option<(NaiveDate, &'a Rule, DeadlineKind)>, AssessError> {
    if ctx.has_patent() {
        let Some(last) = ctx.patent_valid_until() else {
            return Ok(None);
        };
        // The contract copy is overdue: the patent is annulled by law (`patent_annulled`), and an annulled patent
        // extends no stay. Whether MVD has annulled it is not known here, so the safe end is the one without it:
        // the visa-free days from entry, never before the copy fell due (till then the patent stood).
        if let Some(notice) = deadlines
            .iter()
            .find(|d| d.kind == DeadlineKind::ContractNotice && d.status == Status::Overdue)
        {
            let (without, rule) = super::stay::last_day_without_patent(ctx)?;
            let end = without.max(notice.due);
            if end < last {
                return Ok(Some((end, rule, DeadlineKind::ContractNotice)));
            }
        }
        let capped = ctx.p.patent_paid_until.is_some_and(|paid| paid > last);
        return Ok(Some(if capped {
            (
                last,
                ctx.law.require(ids::PATENT_TERM)?,
                DeadlineKind::PatentCapEnd,
            )
        } else {
            (
                last,
                ctx.law.require(ids::PATENT_PAYMENT_END_RULE)?,
                DeadlineKind::PatentPayment,
            )
        }));
    }
    if let Some(d) = deadlines
        .iter()
        .find(|d| d.kind == DeadlineKind::EaeuNewContract && d.status != Status::Done)
    {
        return Ok(Some((
            d.due,
            ctx.law.require(&d.rule)?,
            DeadlineKind::EaeuNewContract,
        )));
    }
    match deadlines.iter().find(|d| d.kind == DeadlineKind::StayLimit) {
        Some(d) => Ok(Some((
            d.due,
            ctx.law.require(&d.rule)?,
            DeadlineKind::StayLimit,
        ))),
        None => Ok(None),
    }
}

pub(crate) fn risks(ctx: &Ctx<'_>, deadlines: &[Deadline]) -> Result<Vec<Risk>, AssessError> {
    let law = ctx.law;
    let mut out = Vec::new();

    if let Some(ended) = ctx.patent_ended_on() {
        // Ended by the 12-month cap, or by a missed payment.
        let by_cap = ctx
            .patent_cap_last()
            .is_some_and(|cap| ctx.p.patent_paid_until.is_some_and(|paid| paid >= cap));
        let (rule, related) = if by_cap {
            (law.require(ids::PATENT_TERM)?, DeadlineKind::PatentCapEnd)
        } else {
            (
                law.require(ids::PATENT_PAYMENT_END_RULE)?,
                DeadlineKind::PatentPayment,
            )
        };
        let (office, _) = ctx.office();
        out.push(
            Risk::new(ctx, RiskKind::PatentEnded, RiskLevel::Danger, rule)
                .on(ctx, ended)
                .check(ctx, office)
                .consequence(Consequence::PatentEnds)
                .related(related),
        );
    }

    let mut lost_status = ctx.patent_ended_on().is_some();
    // The stay is over only if the patent was annulled: what follows is as uncertain as that.
    let mut if_annulled = false;
    if let Some((end, rule, related)) = legal_stay_end(ctx, deadlines)? {
        if end < ctx.today {
            lost_status = true;
            if_annulled = related == DeadlineKind::ContractNotice;
            overstay(ctx, end, rule, related, &mut out)?;
        }
    }
    if lost_status {
        amnesty(ctx, &mut out)?;
    }

    registration_notes(ctx, &mut out)?;
    if let Some(rule) = ctx.amina() {
        let mut r = Risk::new(ctx, RiskKind::AminaGeolocation, RiskLevel::Warning, rule)
            .check(ctx, Check::Mmc)
            .consequence(Consequence::Deregistered)
            .related(DeadlineKind::Registration);
        r.days = Some(i64::from(ctx.amina_working_days()?));
        out.push(r);
    }
    medical_repeat(ctx, deadlines, &mut out)?;
    registration_cap(ctx, &mut out)?;
    patent_annulled(ctx, deadlines, &mut out)?;
    work::risks(ctx, deadlines, &mut out)?;
    situations::risks(ctx, lost_status, &mut out)?;
    pending(ctx, deadlines, lost_status, &mut out)?;
    if !ctx.purpose_known {
        let rule = law.require(ids::PATENT_APPLICATION_TERM)?;
        out.push(
            Risk::new(ctx, RiskKind::PurposeUnknown, RiskLevel::Info, rule)
                .related(DeadlineKind::PatentApplication),
        );
    }

    // An EAEU worker who did not say whether there is a contract: the limit is shown on the safe side, so what
    // follows from passing it is as uncertain as the limit itself ("if you have a contract, this does not apply").
    let contract_unknown = deadlines.iter().any(|d| {
        d.kind == DeadlineKind::StayLimit
            && d.notes.contains(&super::Note::ContractUnknownLimitShown)
    });
    if contract_unknown || if_annulled {
        for r in out.iter_mut().filter(|r| {
            matches!(
                r.kind,
                RiskKind::Overstay
                    | RiskKind::EntryBan
                    | RiskKind::RklPossible
                    | RiskKind::ExpulsionRegime
            )
        }) {
            r.uncertain = true;
        }
    }

    // Most serious first; within a level, the earliest date first.
    out.sort_by_key(|r| (r.level, r.date.is_none(), r.date));
    Ok(out)
}

/// Overstay: fine and expulsion, entry bans by length, expulsion ban, RKL.
fn overstay(
    ctx: &Ctx<'_>,
    end: NaiveDate,
    rule: &Rule,
    related: DeadlineKind,
    out: &mut Vec<Risk>,
) -> Result<(), AssessError> {
    let law = ctx.law;
    let over = counting::days_between(end, ctx.today);
    let (fine, consequence) = koap_18_8_fine(ctx, true)?;
    let mut r = Risk::new(ctx, RiskKind::Overstay, RiskLevel::Danger, rule)
        .on(ctx, end)
        .check(ctx, Check::MvdRklPage)
        .consequence(consequence)
        .related(related);
    r.fine = Some(fine);
    r.days = Some(over);
    if related == DeadlineKind::ContractNotice {
        // Over only if the patent was annulled: ask where patents are handled whether it still stands.
        let (office, _) = ctx.office();
        r = r.check(ctx, office);
        r.uncertain = true;
    }
    if matches!(
        related,
        DeadlineKind::PatentPayment | DeadlineKind::PatentCapEnd
    ) {
        // A lapsed patent within the first 90 days of the stay: whether the visa-free days still cover the
        // person is not settled in law.md; the earlier date is reported, marked uncertain.
        let ninety = law.days(ids::STAY_LIMIT_90_PER_YEAR)?;
        if counting::stay_last_day(ctx.p.entry_date, ninety).is_some_and(|d| d >= ctx.today) {
            r.uncertain = true;
        }
    }
    out.push(r);

    // Entry bans by length of overstay: the heaviest threshold passed, and the next one ahead.
    let mut current: Option<&Rule> = None;
    let mut next: Option<(&Rule, u32)> = None;
    for id in ids::BAN_OVERSTAY {
        let ban = law.require(id)?;
        let threshold = law.threshold_days(id)?;
        if over > i64::from(threshold) {
            current = Some(ban);
        } else if next.is_none() {
            next = Some((ban, threshold));
        }
    }
    if let Some(shown) = current.or(next.map(|(b, _)| b)) {
        let level = if current.is_some() {
            RiskLevel::Danger
        } else {
            RiskLevel::Warning
        };
        let mut r = Risk::new(ctx, RiskKind::EntryBan, level, shown)
            .consequence(Consequence::EntryBan)
            .related(related);
        r.days = Some(over);
        r.ban_years = current.and_then(Rule::years);
        if let Some((ban, threshold)) = next {
            // "More than N days": the ban applies from the (N+1)th day after the last legal day.
            let from = ok_date(counting::days_after(end, threshold + 1), "entry_date")?;
            r = r.on(ctx, from);
            r.next_ban_years = ban.years();
        }
        out.push(r);
    }

    let ban = law.require(ids::BAN_AFTER_EXPULSION)?;
    let mut r = Risk::new(ctx, RiskKind::ExpulsionBan, RiskLevel::Warning, ban)
        .consequence(Consequence::EntryBan)
        .related(related);
    r.ban_years = ban.years();
    out.push(r);

    if let Some(rule) = law.in_force(ids::EXPULSION_REPLACEMENT, ctx.today) {
        let mut r = Risk::new(ctx, RiskKind::ExpulsionReplacement, RiskLevel::Info, rule);
        r.fine = Fine::from_rule(rule);
        out.push(r);
    }
    if let Some(rule) = law.in_force(ids::EXPULSION_WITHOUT_COURT, ctx.today) {
        out.push(Risk::new(
            ctx,
            RiskKind::ExpulsionWithoutCourt,
            RiskLevel::Warning,
            rule,
        ));
    }
    // Inclusion is not discretionary (rule rkl.inclusion): the risk's name stays for compatibility.
    if let Some(rule) = law.in_force(ids::RKL_INCLUSION, ctx.today) {
        let mut r = Risk::new(ctx, RiskKind::RklPossible, RiskLevel::Danger, rule)
            .check(ctx, Check::MvdRklPage)
            .consequence(Consequence::RklInclusion)
            .related(related);
        r.amount_rub = law
            .in_force(ids::RKL_CASH_LIMIT, ctx.today)
            .and_then(Rule::rub);
        out.push(r);
    }
    Ok(())
}

/// Decree 1126: open until 30.04.2025 as first decreed, until 10.09.2025 once the extension (28.04.2025) was in
/// force; closed after that.
fn amnesty(ctx: &Ctx<'_>, out: &mut Vec<Risk>) -> Result<(), AssessError> {
    let law = ctx.law;
    let first = law.require(ids::AMNESTY_WINDOW)?;
    let extension = law.require(ids::AMNESTY_EXTENSION)?;
    let rule = if extension.is_in_force_on(ctx.today) {
        extension
    } else {
        first
    };
    let (from, until) = law.window(&rule.id)?;
    let (_, final_until) = law.window(ids::AMNESTY_EXTENSION)?;
    if (from..=until).contains(&ctx.today) {
        out.push(
            Risk::new(ctx, RiskKind::AmnestyOpen, RiskLevel::Warning, rule)
                .on(ctx, until)
                .check(ctx, Check::MvdOffice),
        );
    } else if ctx.today > final_until {
        out.push(
            Risk::new(ctx, RiskKind::AmnestyClosed, RiskLevel::Info, extension)
                .on(ctx, final_until),
        );
    }
    Ok(())
}

/// Hotel guests; Belarus and Ukraine registration terms.
fn registration_notes(ctx: &Ctx<'_>, out: &mut Vec<Risk>) -> Result<(), AssessError> {
    let law = ctx.law;
    if ctx.hotel {
        let rule = law.require(ids::REGISTRATION_HOTEL)?;
        out.push(
            Risk::new(ctx, RiskKind::HotelRegistersGuest, RiskLevel::Info, rule)
                .check(ctx, Check::Hotel)
                .related(DeadlineKind::Registration),
        );
        return Ok(());
    }
    let id = match ctx.group {
        CitizenshipGroup::Belarus => ids::REGISTRATION_TERM_BY,
        CitizenshipGroup::Ukraine => ids::REGISTRATION_TERM_UA,
        _ => return Ok(()),
    };
    let rule = law.require(id)?;
    let mut r = Risk::new(
        ctx,
        RiskKind::RegistrationTermUncertain,
        RiskLevel::Warning,
        rule,
    )
    .check(ctx, Check::MvdOffice)
    .related(DeadlineKind::Registration);
    r.days = rule.value.alt_days.map(i64::from);
    out.push(r);
    Ok(())
}

/// The yearly repeat of the medical check, once it is within 30 days or late.
fn medical_repeat(
    ctx: &Ctx<'_>,
    deadlines: &[Deadline],
    out: &mut Vec<Risk>,
) -> Result<(), AssessError> {
    let Some(done_on) = deadlines
        .iter()
        .find(|d| d.kind == DeadlineKind::MedicalExam && d.status == Status::Done)
        .and_then(|d| d.done_on)
    else {
        return Ok(());
    };
    let due = medical::repeat_due(ctx, done_on)?;
    let left = counting::days_between(ctx.today, due);
    let window = i64::from(ctx.law.days(ids::MEDICAL_REPEAT)?);
    if left <= window {
        let rule = ctx.law.require(ids::MEDICAL_REPEAT)?;
        let level = if left < 0 {
            RiskLevel::Danger
        } else {
            RiskLevel::Warning
        };
        let (office, _) = ctx.medical_place();
        out.push(
            Risk::new(ctx, RiskKind::MedicalRepeatDue, level, rule)
                .on(ctx, due)
                .check(ctx, office)
                .related(DeadlineKind::MedicalExam),
        );
    }
    Ok(())
}

/// The copy of the contract is overdue: MVD annuls the patent for that (115-FZ art. 13.3, rule
/// `patent.contract_notice`). Whether it already has is not known here: the person asks MVD at once; meanwhile the
/// monthly payment is no longer advised on its own (it does not keep an annulled patent).
fn patent_annulled(
    ctx: &Ctx<'_>,
    deadlines: &[Deadline],
    out: &mut Vec<Risk>,
) -> Result<(), AssessError> {
    let Some(d) = deadlines
        .iter()
        .find(|d| d.kind == DeadlineKind::ContractNotice && d.status == Status::Overdue)
    else {
        return Ok(());
    };
    let rule = ctx.law.require(&d.rule)?;
    let (office, _) = ctx.office();
    out.push(
        Risk::new(ctx, RiskKind::PatentAnnulled, RiskLevel::Danger, rule)
            .on(ctx, d.due)
            .check(ctx, office)
            .consequence(Consequence::PatentAnnulled)
            .related(DeadlineKind::ContractNotice),
    );
    Ok(())
}

/// A registration longer than the 1-year cap (in force on the registration date).
fn registration_cap(ctx: &Ctx<'_>, out: &mut Vec<Risk>) -> Result<(), AssessError> {
    let (Some(on), Some(until)) = (ctx.p.registered_on, ctx.p.registered_until) else {
        return Ok(());
    };
    let Some(rule) = ctx.law.in_force(ids::REGISTRATION_MAX_TERM, on) else {
        return Ok(());
    };
    let years = ctx.law.years(ids::REGISTRATION_MAX_TERM)?;
    // The last day of one year from the registration (the earlier reading, as in `registration_end`).
    let cap = ok_date(
        counting::months_after(on, years * 12).and_then(|d| d.pred_opt()),
        "registered_on",
    )?;
    if until > cap {
        out.push(
            Risk::new(ctx, RiskKind::RegistrationOverCap, RiskLevel::Warning, rule)
                .on(ctx, cap)
                .check(ctx, Check::MvdOffice)
                .related(DeadlineKind::RegistrationEnd),
        );
    }
    Ok(())
}

/// Bills and drafts that would change this person's obligations. Status pending: never applied, only mentioned.
fn pending(
    ctx: &Ctx<'_>,
    deadlines: &[Deadline],
    lost_status: bool,
    out: &mut Vec<Risk>,
) -> Result<(), AssessError> {
    let has = |kind| deadlines.iter().any(|d| d.kind == kind);
    let patent_worker = ctx.needs_patent() || ctx.has_patent();
    let relevant = [
        (ids::MEDICAL_BILL_2026, has(DeadlineKind::MedicalExam)),
        (ids::PATENT_INCOME_TEST_BILL, patent_worker),
        (ids::PATENT_ONE_EMPLOYER_BILL, patent_worker),
        (
            ids::RECRUITMENT_EXPERIMENT_2027,
            patent_worker && !ctx.region.is_moscow_region(),
        ),
        (
            ids::RUID_MANDATORY_DRAFT,
            matches!(
                ctx.purpose,
                crate::profile::Purpose::Work | crate::profile::Purpose::Study
            ),
        ),
        (ids::FINE_KOAP_18_8_RAISE_BILL, lost_status),
    ];
    for (id, applies) in relevant {
        let rule = ctx.law.require(id)?;
        if applies && rule.status == crate::rules::RuleStatus::Pending {
            let mut r = Risk::new(ctx, RiskKind::PendingChange, RiskLevel::Info, rule);
            r.uncertain = true;
            out.push(r);
        }
    }
    Ok(())
}
