//! The work patent: the application term and the late fine, documents, the
//! monthly payment (and that a late payment ends the patent), the term and
//! re-issue, the contract copy, regional job bans. (The pending patent bill is
//! listed with the other bills in the penalties explainer.)

use chrono::Datelike;
use musofir_law::ids;

use super::common::{append, Ctx, Paragraphs};
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

    // The monthly payment: the amounts of the year the data has.
    let moscow = ctx.rule(ids::PATENT_PAYMENT_MOSCOW_2026)?;
    let year = ctx.since(ids::PATENT_PAYMENT_MOSCOW_2026)?.year();
    let mut pay = Msg::new("explain-pat-pay")
        .str("year", year.to_string())
        .rub("msk", law.rub(ids::PATENT_PAYMENT_MOSCOW_2026)?.into())
        .rub("spb", law.rub(ids::PATENT_PAYMENT_SPB_2026)?.into())
        .rub(
            "lo",
            law.rub(ids::PATENT_PAYMENT_LENINGRAD_OBLAST_2026)?.into(),
        )
        .msg(
            "src",
            ctx.srcs(&[
                ids::PATENT_PAYMENT_MOSCOW_2026,
                ids::PATENT_PAYMENT_SPB_2026,
                ids::PATENT_PAYMENT_LENINGRAD_OBLAST_2026,
            ])?,
        );
    if moscow.in_force_until.is_some_and(|until| ctx.today > until) {
        pay = append(
            pay,
            Msg::new("explain-pat-pay-old")
                .str("year", ctx.today.year().to_string())
                .msg("where", ctx.place(musofir_law::Check::MvdOffice)),
        );
    }
    out.push(pay);

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
