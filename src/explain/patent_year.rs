//! A patent holder's year: a new employer, a lost job, the region and the
//! profession (one patent for two regions), the registration after each
//! payment, a trip home, the 12-month cap and re-issue.

use musofir_law::{ids, LawError};

use super::common::{append, Ctx, Paragraphs};
use crate::text::Msg;

pub(crate) fn paragraphs(ctx: Ctx) -> Paragraphs {
    let law = ctx.law;
    let out = vec![
        Msg::new("explain-pyear-job")
            .num("wd", law.working_days(ids::PATENT_EMPLOYER_NOTICE)?.into())
            .msg(
                "src",
                ctx.srcs(&[ids::PATENT_JOB_CHANGE, ids::PATENT_EMPLOYER_NOTICE])?,
            ),
        job_loss(ctx)?,
        ctx.range(Msg::new("explain-pyear-region"), ids::FINE_KOAP_18_10_1)?
            .rub("min2", law.rub_range(ids::FINE_KOAP_18_10_2)?.min.into())
            .rub("max2", law.rub_range(ids::FINE_KOAP_18_10_2)?.max.into())
            .date("msk", ctx.since(ids::PATENT_TWO_REGIONS_MOSCOW)?)
            .date("spb", ctx.since(ids::PATENT_TWO_REGIONS_SPB)?)
            .msg(
                "src",
                ctx.srcs(&[
                    ids::FINE_KOAP_18_10_1,
                    ids::FINE_KOAP_18_10_2,
                    ids::PATENT_TWO_REGIONS_MOSCOW,
                    ids::PATENT_TWO_REGIONS_SPB,
                ])?,
            ),
        Msg::new("explain-pyear-reg")
            .num(
                "years",
                law.years(ids::REGISTRATION_PATENT_HOLDER_TERM)?.into(),
            )
            .msg("src", ctx.src(ids::REGISTRATION_PATENT_HOLDER_TERM)?),
        Msg::new("explain-pyear-trip").msg(
            "src",
            ctx.srcs(&[
                ids::PATENT_PAYMENT_END_RULE,
                ids::REGISTRATION_AFTER_REENTRY,
            ])?,
        ),
        Msg::new("explain-pyear-cap")
            .num("months", law.months(ids::PATENT_TERM)?.into())
            .num("wd", law.working_days(ids::PATENT_REISSUE)?.into())
            .msg("src", ctx.srcs(&[ids::PATENT_TERM, ids::PATENT_REISSUE])?),
    ];
    Ok(out)
}

/// A lost job: the patent stays while paid; no federal term to find a new
/// job in the sources (with their date); the one-employer bill while pending.
fn job_loss(ctx: Ctx) -> Result<Msg, LawError> {
    let law = ctx.law;
    let loss = Msg::new("explain-pyear-loss")
        .date("until", law.sources_until())
        .msg("src", ctx.src(ids::PATENT_JOB_LOSS)?);
    let bill = ctx.rule(ids::PATENT_ONE_EMPLOYER_BILL)?;
    Ok(
        match (ctx.pending(ids::PATENT_ONE_EMPLOYER_BILL)?, bill.stage_on) {
            (true, Some(on)) => append(
                loss,
                Msg::new("explain-pyear-loss-bill")
                    .num("months", law.months(ids::PATENT_ONE_EMPLOYER_BILL)?.into())
                    .num("days", law.days(ids::PATENT_ONE_EMPLOYER_BILL)?.into())
                    .date("date", on)
                    .msg("src", ctx.src_plain(ids::PATENT_ONE_EMPLOYER_BILL)?),
            ),
            _ => loss,
        },
    )
}
