//! The wrong purpose on the migration card: a patent only with the purpose
//! "work", the fine for working without one, the way out (leave and enter
//! again for work), and who this is not about (EAEU citizens, students).

use musofir_law::ids;

use super::common::{Ctx, Paragraphs};
use crate::text::Msg;

pub(crate) fn paragraphs(ctx: Ctx) -> Paragraphs {
    let law = ctx.law;
    Ok(vec![
        Msg::new("explain-purp-what").msg("src", ctx.src(ids::PATENT_PURPOSE_WORK)?),
        ctx.range(Msg::new("explain-purp-fine"), ids::FINE_KOAP_18_10_1)?
            .rub("min2", law.rub_range(ids::FINE_KOAP_18_10_2)?.min.into())
            .rub("max2", law.rub_range(ids::FINE_KOAP_18_10_2)?.max.into())
            .msg(
                "src",
                ctx.srcs(&[ids::FINE_KOAP_18_10_1, ids::FINE_KOAP_18_10_2])?,
            ),
        Msg::new("explain-purp-way")
            .num("days", law.days(ids::PATENT_APPLICATION_TERM)?.into())
            .num("limit", law.days(ids::STAY_LIMIT_90_PER_YEAR)?.into())
            .msg(
                "src",
                ctx.srcs(&[ids::PATENT_APPLICATION_TERM, ids::STAY_LIMIT_90_PER_YEAR])?,
            ),
        Msg::new("explain-purp-others").msg(
            "src",
            ctx.srcs(&[ids::STAY_EXCEPTIONS, ids::STUDENTS_WORK])?,
        ),
    ])
}
