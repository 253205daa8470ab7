//! The Moscow + Moscow oblast experiment ("Amina"): who (and who else, by
//! news reports of the law's text), how, geolocation, moving, the hotel
//! exception, the transition window that ended.

use musofir_law::ids;

use super::common::{countries, need, Ctx, Paragraphs};
use crate::text::Msg;

pub(crate) fn paragraphs(ctx: Ctx) -> Paragraphs {
    let law = ctx.law;
    let amina = ctx.rule(ids::REGISTRATION_AMINA)?;
    let (from, until) = law.window(ids::REGISTRATION_AMINA)?;
    let wd = law.working_days(ids::REGISTRATION_AMINA)?;
    let mut out = vec![
        Msg::new("explain-amina-what")
            .date("from", from)
            .date("until", until)
            .msg("countries", countries(amina))
            .msg("src", ctx.src(ids::REGISTRATION_AMINA)?),
        Msg::new("explain-amina-scope")
            .date("date", ctx.since(ids::REGISTRATION_AMINA_OVER_90_DAYS)?)
            .num(
                "days",
                need(
                    ctx.rule(ids::REGISTRATION_AMINA_OVER_90_DAYS)?
                        .value
                        .threshold_days,
                    ids::REGISTRATION_AMINA_OVER_90_DAYS,
                    "threshold_days",
                )?
                .into(),
            )
            .msg(
                "src",
                ctx.srcs(&[
                    ids::REGISTRATION_AMINA_WORKERS,
                    ids::REGISTRATION_AMINA_OVER_90_DAYS,
                ])?,
            ),
        Msg::new("explain-amina-how").num("wd", wd.into()),
        Msg::new("explain-amina-geo")
            .num("wd", wd.into())
            .msg("src", ctx.src(ids::REGISTRATION_AMINA)?),
        Msg::new("explain-amina-hotel").msg("src", ctx.src(ids::REGISTRATION_HOTEL)?),
    ];
    let transition = ctx.rule(ids::REGISTRATION_AMINA_TRANSITION)?;
    let transition_end = need(
        transition.value.until,
        ids::REGISTRATION_AMINA_TRANSITION,
        "until",
    )?;
    if ctx.today > transition_end {
        out.push(
            Msg::new("explain-amina-transition")
                .date("from", from)
                .num("days", law.days(ids::REGISTRATION_AMINA_TRANSITION)?.into())
                .date("until", transition_end)
                .msg("src", ctx.src(ids::REGISTRATION_AMINA_TRANSITION)?),
        );
    }
    Ok(out)
}
