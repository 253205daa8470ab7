//! The visa-free stay limit: 90 days per calendar year since 2025, no reset
//! by leaving, the exceptions, what an overstay leads to.

use musofir_law::ids;

use super::common::{need, Ctx, Paragraphs};
use crate::text::Msg;

pub(crate) fn paragraphs(ctx: Ctx) -> Paragraphs {
    let law = ctx.law;
    let days = law.days(ids::STAY_LIMIT_90_PER_YEAR)?;
    let old = ctx.rule(ids::STAY_LIMIT_90_IN_180)?;
    Ok(vec![
        Msg::new("explain-stay-rule")
            .num("days", days.into())
            .date("since", ctx.since(ids::STAY_LIMIT_90_PER_YEAR)?)
            .num("old", law.days(ids::STAY_LIMIT_90_IN_180)?.into())
            .num(
                "window",
                need(
                    old.value.window_days,
                    ids::STAY_LIMIT_90_IN_180,
                    "window_days",
                )?
                .into(),
            )
            .msg("src", ctx.src(ids::STAY_LIMIT_90_PER_YEAR)?),
        Msg::new("explain-stay-reset").msg("src", ctx.src(ids::STAY_LIMIT_90_PER_YEAR)?),
        Msg::new("explain-stay-exceptions")
            .num("days", days.into())
            .num("eaeu", law.days(ids::STAY_EAEU_NEW_CONTRACT)?.into())
            .msg(
                "src",
                ctx.srcs(&[ids::STAY_EXCEPTIONS, ids::STAY_EAEU_NEW_CONTRACT])?,
            ),
        bans(ctx, Msg::new("explain-stay-over"))?.msg(
            "src",
            ctx.srcs(&[
                ids::RKL_INCLUSION,
                ids::BAN_OVERSTAY_3Y,
                ids::BAN_OVERSTAY_5Y,
                ids::BAN_OVERSTAY_10Y,
            ])?,
        ),
    ])
}

/// Adds the overstay ban thresholds and lengths (`t1`/`y1` … `t3`/`y3`,
/// mildest first) to `msg`.
pub(crate) fn bans(ctx: Ctx, msg: Msg) -> Result<Msg, musofir_law::LawError> {
    let law = ctx.law;
    let [a, b, c] = ids::BAN_OVERSTAY;
    Ok(msg
        .num("t1", law.threshold_days(a)?.into())
        .num("y1", law.years(a)?.into())
        .num("t2", law.threshold_days(b)?.into())
        .num("y2", law.years(b)?.into())
        .num("t3", law.threshold_days(c)?.into())
        .num("y3", law.years(c)?.into()))
}
