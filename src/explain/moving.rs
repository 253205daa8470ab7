//! Moving to a new address: the new arrival notice within 7 working days of
//! arriving there, the terms from entry do not start again, the Amina scheme,
//! the fine, and that the address must be where the person really lives.

use musofir_law::ids;

use super::common::{Ctx, Paragraphs};
use crate::text::Msg;

pub(crate) fn paragraphs(ctx: Ctx) -> Paragraphs {
    let law = ctx.law;
    Ok(vec![
        Msg::new("explain-move-what")
            .num("wd", law.working_days(ids::REGISTRATION_MOVE)?.into())
            .msg("src", ctx.src(ids::REGISTRATION_MOVE)?),
        Msg::new("explain-move-before").msg("src", ctx.src(ids::REGISTRATION_MOVE)?),
        Msg::new("explain-move-amina")
            .num("wd", law.working_days(ids::REGISTRATION_AMINA)?.into())
            .msg("src", ctx.src(ids::REGISTRATION_AMINA)?),
        ctx.range(Msg::new("explain-move-fine"), ids::FINE_KOAP_18_8_1)?
            .rub("min3", law.rub_range(ids::FINE_KOAP_18_8_3)?.min.into())
            .rub("max3", law.rub_range(ids::FINE_KOAP_18_8_3)?.max.into())
            .msg(
                "src",
                ctx.srcs(&[ids::FINE_KOAP_18_8_1, ids::FINE_KOAP_18_8_3])?,
            ),
        Msg::new("explain-move-real").msg("src", ctx.src(ids::REGISTRATION_FICTITIOUS)?),
    ])
}
