//! An EAEU worker whose contract ended: the stay follows the contract; after
//! the first 90 days, 15 days to sign a new one; within them, the ordinary
//! limit; the employer's notice; the medical check after a contract signed
//! later (unverified); Amina may apply.

use musofir_law::ids;

use super::common::{Ctx, Paragraphs};
use crate::text::Msg;

pub(crate) fn paragraphs(ctx: Ctx) -> Paragraphs {
    let law = ctx.law;
    let limit = law.days(ids::STAY_LIMIT_90_PER_YEAR)?;
    Ok(vec![
        Msg::new("explain-eaeu-stay").msg("src", ctx.src(ids::STAY_EXCEPTIONS)?),
        Msg::new("explain-eaeu-after")
            .num("limit", limit.into())
            .num("days", law.days(ids::STAY_EAEU_NEW_CONTRACT)?.into())
            .msg("src", ctx.src(ids::STAY_EAEU_NEW_CONTRACT)?),
        Msg::new("explain-eaeu-within")
            .num("limit", limit.into())
            .msg("src", ctx.src(ids::STAY_LIMIT_90_PER_YEAR)?),
        Msg::new("explain-eaeu-notice")
            .num("wd", law.working_days(ids::PATENT_EMPLOYER_NOTICE)?.into())
            .msg("src", ctx.src(ids::PATENT_EMPLOYER_NOTICE)?),
        Msg::new("explain-eaeu-medical")
            .num("days", law.days(ids::EAEU_CONTRACT_MEDICAL)?.into())
            .msg("src", ctx.src(ids::EAEU_CONTRACT_MEDICAL)?),
        Msg::new("explain-eaeu-amina").msg(
            "src",
            ctx.srcs(&[ids::REGISTRATION_AMINA, ids::REGISTRATION_AMINA_WORKERS])?,
        ),
    ])
}
