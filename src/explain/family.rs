//! Children in Russia: each registered with their own notice (not through
//! Amina), the medical check from age 6 for a long stay, the school's Russian
//! test, and the pending bill on adult children.

use musofir_law::ids;

use super::common::{need, Ctx, Paragraphs};
use crate::text::Msg;

pub(crate) fn paragraphs(ctx: Ctx) -> Paragraphs {
    let law = ctx.law;
    let other = ctx.rule(ids::MEDICAL_TERM_OTHER)?;
    let stay = need(
        other.value.threshold_days,
        ids::MEDICAL_TERM_OTHER,
        "threshold_days",
    )?;
    let mut out = vec![
        Msg::new("explain-fam-reg").msg("src", ctx.src(ids::FAMILY_CHILDREN_REGISTRATION)?),
        Msg::new("explain-fam-medical")
            .num("years", law.years(ids::MEDICAL_EXEMPT_UNDER_6)?.into())
            .num("days", stay.into())
            .msg(
                "src",
                ctx.srcs(&[ids::MEDICAL_EXEMPT_UNDER_6, ids::MEDICAL_TERM_OTHER])?,
            ),
        Msg::new("explain-fam-school").msg("src", ctx.src(ids::LANGUAGE_SCHOOL_TEST)?),
    ];
    let bill = ctx.rule(ids::PATENT_INCOME_TEST_BILL)?;
    if let (true, Some(on)) = (ctx.pending(ids::PATENT_INCOME_TEST_BILL)?, bill.stage_on) {
        out.push(
            Msg::new("explain-fam-bill")
                .num("days", law.days(ids::PATENT_INCOME_TEST_BILL)?.into())
                .date("date", on)
                .msg("src", ctx.src_plain(ids::PATENT_INCOME_TEST_BILL)?),
        );
    }
    Ok(out)
}
