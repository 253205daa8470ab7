//! The register of controlled persons (RKL): what it is, why people are put
//! in it, how to check, what it means, how to leave it.

use musofir_law::ids;

use super::common::{Ctx, Paragraphs};
use crate::text::Msg;

pub(crate) fn paragraphs(ctx: Ctx) -> Paragraphs {
    let law = ctx.law;
    Ok(vec![
        Msg::new("explain-rkl-what")
            .date("since", ctx.since(ids::RKL_REGISTER)?)
            .msg("src", ctx.src(ids::RKL_REGISTER)?),
        Msg::new("explain-rkl-why")
            .num("days", law.days(ids::STAY_LIMIT_90_PER_YEAR)?.into())
            .msg(
                "src",
                ctx.srcs(&[ids::RKL_INCLUSION, ids::STAY_LIMIT_90_PER_YEAR])?,
            ),
        Msg::new("explain-rkl-check").msg("link", ctx.rkl_link()),
        Msg::new("explain-rkl-limits")
            .rub("cash", law.rub(ids::RKL_CASH_LIMIT)?.into())
            .msg("src", ctx.src(ids::RKL_CASH_LIMIT)?),
        Msg::new("explain-rkl-exit").msg("src", ctx.src(ids::RKL_REGISTER)?),
    ])
}
