//! Fines (KoAP 18.8, 18.10, 18.20), replacing expulsion, expulsion without a
//! court, entry bans; bills only as "proposed, not law".

use musofir_law::{ids, Check, LawError};

use super::common::{lines, need, Ctx, Paragraphs};
use super::stay::bans;
use crate::text::Msg;

/// One fine line: `art` is the article (its citation, linked), `min`/`max`
/// the range, with the "not fully confirmed" note when the rule is uncertain.
fn fine(ctx: Ctx, id: &'static str, msg: &'static str) -> Result<Msg, LawError> {
    let rule = ctx.rule(id)?;
    let line = ctx.range(Msg::new(msg), id)?.msg("art", ctx.cite(rule));
    Ok(ctx.marked(rule, line))
}

pub(crate) fn paragraphs(ctx: Ctx) -> Paragraphs {
    let law = ctx.law;
    let mut fines = vec![
        Msg::new("explain-fine-head"),
        fine(ctx, ids::FINE_KOAP_18_8_1, "explain-fine-18-8-1")?,
        fine(ctx, ids::FINE_KOAP_18_8_1_1, "explain-fine-18-8-1-1")?,
    ];
    // Parts 3 and 3.1 (the four capital regions) have one line when their
    // amounts agree.
    let part3 = ctx.rule(ids::FINE_KOAP_18_8_3)?;
    let part3_1 = ctx.rule(ids::FINE_KOAP_18_8_3_1)?;
    if part3.rub_range() == part3_1.rub_range() {
        let line = ctx
            .range(Msg::new("explain-fine-18-8-3"), ids::FINE_KOAP_18_8_3)?
            .msg("art", ctx.cite_many(&[part3, part3_1]));
        let weakest = if part3.confidence <= part3_1.confidence {
            part3
        } else {
            part3_1
        };
        fines.push(ctx.marked(weakest, line));
    } else {
        fines.push(fine(
            ctx,
            ids::FINE_KOAP_18_8_3,
            "explain-fine-18-8-3-only",
        )?);
        fines.push(fine(ctx, ids::FINE_KOAP_18_8_3_1, "explain-fine-18-8-3-1")?);
    }
    fines.push(fine(ctx, ids::FINE_KOAP_18_10_1, "explain-fine-18-10-1")?);
    fines.push(fine(ctx, ids::FINE_KOAP_18_10_2, "explain-fine-18-10-2")?);
    fines.push(fine(ctx, ids::FINE_KOAP_18_20, "explain-fine-18-20")?);
    if ctx.law.in_force(ids::FINE_KOAP_18_1_2, ctx.today).is_some() {
        fines.push(fine(ctx, ids::FINE_KOAP_18_1_2, "explain-fine-18-1-2")?);
    }
    let fine_ids = [
        ids::FINE_KOAP_18_8_1,
        ids::FINE_KOAP_18_8_1_1,
        ids::FINE_KOAP_18_8_3,
        ids::FINE_KOAP_18_8_3_1,
        ids::FINE_KOAP_18_10_1,
        ids::FINE_KOAP_18_10_2,
        ids::FINE_KOAP_18_20,
        ids::FINE_KOAP_18_1_2,
    ];
    let mut uncertain = fine_ids
        .iter()
        .map(|id| ctx.rule(id))
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .filter(|r| r.is_uncertain());
    if let Some(rule) = uncertain.next() {
        fines.push(ctx.footnote(rule.check.unwrap_or(Check::MvdOffice)));
    }

    let replacement = ctx.rule(ids::EXPULSION_REPLACEMENT)?;
    let no_court = ctx.rule(ids::EXPULSION_WITHOUT_COURT)?;
    let mut out = vec![
        Msg::new("explain-fine-intro"),
        lines(fines),
        ctx.range(Msg::new("explain-fine-replace"), ids::EXPULSION_REPLACEMENT)?
            .date("since", ctx.since(ids::EXPULSION_REPLACEMENT)?)
            .num(
                "hmin",
                need(
                    replacement.value.hours_min,
                    ids::EXPULSION_REPLACEMENT,
                    "hours_min",
                )?
                .into(),
            )
            .num(
                "hmax",
                need(
                    replacement.value.hours_max,
                    ids::EXPULSION_REPLACEMENT,
                    "hours_max",
                )?
                .into(),
            )
            .msg("src", ctx.src(ids::EXPULSION_REPLACEMENT)?),
        Msg::new("explain-fine-nocourt")
            .date("since", ctx.since(ids::EXPULSION_WITHOUT_COURT)?)
            .num(
                "hours",
                need(no_court.value.hours, ids::EXPULSION_WITHOUT_COURT, "hours")?.into(),
            )
            .msg("src", ctx.src(ids::EXPULSION_WITHOUT_COURT)?),
        bans(ctx, Msg::new("explain-fine-bans"))?.msg("src", ctx.srcs(&ids::BAN_OVERSTAY)?),
        Msg::new("explain-fine-ban-expulsion")
            .num("years", law.years(ids::BAN_AFTER_EXPULSION)?.into())
            .num("repeat", law.years(ids::BAN_AFTER_EXPULSION_REPEAT)?.into())
            .msg(
                "src",
                ctx.srcs(&[ids::BAN_AFTER_EXPULSION, ids::BAN_AFTER_EXPULSION_REPEAT])?,
            ),
    ];

    // Bills: shown only while they are pending, and only as proposals, each with the date of its last known
    // stage; the heading says how far the sources were followed and when the bills were re-checked (never
    // "not law as of today").
    let mut bills = Vec::new();
    let mut checked = Vec::new();
    if ctx.pending(ids::FINE_KOAP_18_8_RAISE_BILL)? {
        bills.push(stage(
            ctx,
            ctx.range(
                Msg::new("explain-fine-bill-18-8"),
                ids::FINE_KOAP_18_8_RAISE_BILL,
            )?,
            ids::FINE_KOAP_18_8_RAISE_BILL,
            &mut checked,
        )?);
    }
    if ctx.pending(ids::MEDICAL_BILL_2026)? {
        let line = ctx
            .range(
                Msg::new("explain-fine-bill-medical"),
                ids::MEDICAL_BILL_2026,
            )?
            .num("days", law.days(ids::MEDICAL_BILL_2026)?.into());
        bills.push(stage(ctx, line, ids::MEDICAL_BILL_2026, &mut checked)?);
    }
    if ctx.pending(ids::PATENT_INCOME_TEST_BILL)? {
        bills.push(stage(
            ctx,
            Msg::new("explain-fine-bill-patent"),
            ids::PATENT_INCOME_TEST_BILL,
            &mut checked,
        )?);
    }
    if !bills.is_empty() {
        let checked = checked.into_iter().min().unwrap_or_else(|| law.as_of());
        bills.insert(
            0,
            Msg::new("explain-fine-bills")
                .date("until", law.sources_until())
                .date("checked", checked),
        );
        out.push(lines(bills));
    }
    Ok(out)
}

/// A bill's line with the date of its last known stage and its citation;
/// records the day it was last re-checked.
fn stage(
    ctx: Ctx,
    line: Msg,
    id: &'static str,
    checked: &mut Vec<chrono::NaiveDate>,
) -> Result<Msg, LawError> {
    let rule = ctx.rule(id)?;
    checked.push(rule.verified_on.unwrap_or_else(|| ctx.law.as_of()));
    Ok(line
        .date("date", need(rule.stage_on, id, "stage_on")?)
        .msg("src", ctx.src_plain(id)?))
}
