//! The work patent: the application term and the late fine, documents, the
//! monthly payment by region (`Law::patent_payment`; and that a late payment
//! ends the patent), the term and re-issue, the contract copy, regional job
//! bans. (The pending patent bill is
//! listed with the other bills in the penalties explainer.)

use chrono::{Datelike, NaiveDate};
use musofir_law::{ids, Check, LawError, Region, Rule};

use super::common::{join, need, Ctx, Paragraphs};
use crate::text::Msg;

pub(crate) fn paragraphs(ctx: Ctx) -> Paragraphs {
    let law = ctx.law;
    let mut out = vec![
        Msg::new("explain-pat-intro")
            .num("days", law.days(ids::PATENT_APPLICATION_TERM)?.into())
            .msg("src", ctx.src(ids::PATENT_APPLICATION_TERM)?),
        ctx.range(Msg::new("explain-pat-late"), ids::FINE_KOAP_18_20)?
            .msg("src", ctx.src(ids::FINE_KOAP_18_20)?),
        Msg::new("explain-pat-docs")
            .rub("duty", law.rub(ids::DUTY_PATENT)?.into())
            .msg("src", ctx.src(ids::DUTY_PATENT)?),
        Msg::new("explain-pat-medical")
            .num("days", law.days(ids::MEDICAL_TERM_WORK)?.into())
            .msg("src", ctx.src(ids::MEDICAL_TERM_WORK)?),
    ];

    out.push(payments(ctx)?);

    out.push(Msg::new("explain-pat-end").msg("src", ctx.src(ids::PATENT_PAYMENT_END_RULE)?));
    out.push(
        Msg::new("explain-pat-term")
            .num("months", law.months(ids::PATENT_TERM)?.into())
            .num("wd", law.working_days(ids::PATENT_REISSUE)?.into())
            .msg("src", ctx.srcs(&[ids::PATENT_TERM, ids::PATENT_REISSUE])?),
    );
    out.push(
        Msg::new("explain-pat-contract")
            .num("months", law.months(ids::PATENT_CONTRACT_NOTICE)?.into())
            .msg("src", ctx.src(ids::PATENT_CONTRACT_NOTICE)?),
    );
    out.push(Msg::new("explain-pat-region").msg("src", ctx.src(ids::PATENT_REGIONAL_JOB_BANS)?));
    Ok(out)
}

/// The monthly payment by region, looked up with `Law::patent_payment` for
/// the day the explainer is written for. When the data has no amounts for
/// that day (a new year not yet in the data), the last year it has is shown
/// with a warning to check. Amounts below high confidence are marked; a
/// region without an amount is not listed (the text says to ask).
fn payments(ctx: Ctx) -> Result<Msg, LawError> {
    let law = ctx.law;
    let on = |day: NaiveDate| -> Vec<(Region, &Rule)> {
        Region::ALL
            .iter()
            .filter_map(|r| law.patent_payment(*r, day).map(|rule| (*r, rule)))
            .collect()
    };
    let mut day = ctx.today;
    let mut found = on(day);
    let stale = found.is_empty();
    if stale {
        // The last day any payment of the data applied, before today.
        let last = law
            .rules()
            .filter(|r| r.family.as_deref() == Some(ids::FAMILY_PATENT_PAYMENT))
            .filter_map(|r| r.in_force_until)
            .filter(|until| *until < ctx.today)
            .max();
        match last {
            Some(last) => {
                day = last;
                found = on(day);
            }
            None => {
                return Err(LawError::MissingRule(
                    ids::FAMILY_PATENT_PAYMENT.to_string(),
                ))
            }
        }
    }
    let mut lines = vec![Msg::new("explain-pat-pay").str("year", day.year().to_string())];
    for (region, rule) in &found {
        let rub = need(rule.rub(), &rule.id, "rub")?;
        lines.push(
            ctx.marked(
                rule,
                Msg::new("explain-pat-pay-region")
                    .msg(
                        "region",
                        Msg::new(format!("explain-region-{}", region.as_str())),
                    )
                    .rub("rub", rub.into()),
            ),
        );
    }
    lines.push(Msg::new("explain-pat-pay-other"));
    let rules: Vec<&Rule> = found.iter().map(|(_, r)| *r).collect();
    lines.push(Msg::new("explain-src").msg("cite", ctx.cite_many(&rules)));
    // An amount below high confidence: check it before paying (an underpayment shortens the paid period).
    if found.iter().any(|(_, r)| r.is_uncertain()) {
        lines.push(Msg::new("explain-pat-pay-unsure"));
    }
    if stale {
        lines.push(
            Msg::new("explain-pat-pay-old")
                .str("year", ctx.today.year().to_string())
                .msg("where", ctx.place(Check::MvdOffice)),
        );
    }
    Ok(join("explain-join-lines", lines))
}
