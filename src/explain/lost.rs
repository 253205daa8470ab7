//! Lost documents: the migration card (report within 3 days, a free
//! duplicate), the patent (a duplicate for a state duty, keep paying), the
//! passport (the consulate; then the patent and the registration, no term in
//! the data).

use musofir_law::ids;

use super::common::{Ctx, Paragraphs};
use crate::text::Msg;

pub(crate) fn paragraphs(ctx: Ctx) -> Paragraphs {
    let law = ctx.law;
    let duty = law.rub(ids::DUTY_PATENT_DUPLICATE)?;
    Ok(vec![
        Msg::new("explain-lost-card")
            .num("days", law.days(ids::LOST_MIGRATION_CARD)?.into())
            .msg("src", ctx.src(ids::LOST_MIGRATION_CARD)?),
        Msg::new("explain-lost-patent").rub("rub", duty.into()).msg(
            "src",
            ctx.srcs(&[ids::DUTY_PATENT_DUPLICATE, ids::PATENT_PAYMENT_END_RULE])?,
        ),
        Msg::new("explain-lost-passport")
            .rub("rub", duty.into())
            .msg("src", ctx.src(ids::DUTY_PATENT_DUPLICATE)?),
    ])
}
