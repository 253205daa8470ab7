//! The regime of expulsion (режим высылки): who is under it, its
//! restrictions and duties, how to leave it, and the (unverified) appeal
//! terms.

use musofir_law::{ids, LawError};

use super::common::{need, Ctx, Paragraphs};
use crate::text::Msg;

pub(crate) fn paragraphs(ctx: Ctx) -> Paragraphs {
    let law = ctx.law;
    let regime = ctx.rule(ids::EXPULSION_REGIME)?;
    let times = need(regime.value.offences, ids::EXPULSION_REGIME, "offences")?;
    Ok(vec![
        Msg::new("explain-regime-what")
            .date("since", ctx.since(ids::EXPULSION_REGIME)?)
            .msg(
                "src",
                ctx.srcs(&[ids::EXPULSION_REGIME, ids::RKL_INCLUSION])?,
            ),
        Msg::new("explain-regime-limits")
            .rub("cash", law.rub(ids::RKL_CASH_LIMIT)?.into())
            .msg("src", ctx.src(ids::RKL_CASH_LIMIT)?),
        Msg::new("explain-regime-duties")
            .num("times", times.into())
            .msg("src", ctx.src(ids::EXPULSION_REGIME)?),
        Msg::new("explain-regime-exit")
            .msg("link", ctx.rkl_link())
            .msg("src", ctx.src(ids::RKL_EXCLUSION)?),
        appeal(ctx)?,
    ])
}

/// The appeal terms: both low confidence, so the text says to act at once.
fn appeal(ctx: Ctx) -> Result<Msg, LawError> {
    let law = ctx.law;
    Ok(Msg::new("explain-regime-appeal")
        .num("days", law.days(ids::APPEAL_COURT_EXPULSION)?.into())
        .num("months", law.months(ids::APPEAL_MVD_DECISION)?.into())
        .msg(
            "src",
            ctx.srcs(&[ids::APPEAL_COURT_EXPULSION, ids::APPEAL_MVD_DECISION])?,
        ))
}
