//! Migration registration: who files, the terms by citizenship (the entry day
//! counted as day 1), hotels, the maximum term, the state duty, where to file,
//! a real address (a bought registration is fictitious), moving; in Moscow
//! and its oblast, workers through "Amina" (the same as the status says).

use musofir_law::{ids, Check};

use super::common::{countries, lines, need, Ctx, Paragraphs};
use crate::text::Msg;

pub(crate) fn paragraphs(ctx: Ctx) -> Paragraphs {
    let law = ctx.law;
    let uz = ctx.rule(ids::REGISTRATION_TERM_UZ)?;
    let tj = ctx.rule(ids::REGISTRATION_TERM_TJ)?;
    let eaeu = ctx.rule(ids::REGISTRATION_TERM_EAEU)?;
    let by = ctx.rule(ids::REGISTRATION_TERM_BY)?;
    let ua = ctx.rule(ids::REGISTRATION_TERM_UA)?;
    let general = ctx.rule(ids::REGISTRATION_TERM_GENERAL)?;
    // One line per citizenship, each with its citation; uncertain ones are
    // marked and explained in a footnote.
    let mut terms = vec![
        Msg::new("explain-reg-terms"),
        ctx.marked(
            uz,
            Msg::new("explain-reg-term-uz")
                .num("days", law.days(ids::REGISTRATION_TERM_UZ)?.into())
                .msg("cite", ctx.cite(uz)),
        ),
        ctx.marked(
            tj,
            Msg::new("explain-reg-term-tj")
                .num("days", law.days(ids::REGISTRATION_TERM_TJ)?.into())
                .msg("cite", ctx.cite(tj)),
        ),
        ctx.marked(
            eaeu,
            Msg::new("explain-reg-term-eaeu")
                .msg("countries", countries(eaeu))
                .num("days", law.days(ids::REGISTRATION_TERM_EAEU)?.into())
                .msg("cite", ctx.cite(eaeu)),
        ),
        ctx.marked(
            by,
            Msg::new("explain-reg-term-by")
                .num("days", law.days(ids::REGISTRATION_TERM_BY)?.into())
                .num(
                    "alt",
                    need(by.value.alt_days, ids::REGISTRATION_TERM_BY, "alt_days")?.into(),
                )
                .msg("cite", ctx.cite(by)),
        ),
        ctx.marked(
            ua,
            Msg::new("explain-reg-term-ua")
                .num("wd", law.working_days(ids::REGISTRATION_TERM_UA)?.into())
                .num(
                    "alt",
                    need(ua.value.alt_days, ids::REGISTRATION_TERM_UA, "alt_days")?.into(),
                )
                .msg("cite", ctx.cite(ua)),
        ),
        ctx.marked(
            general,
            Msg::new("explain-reg-term-general")
                .num(
                    "wd",
                    law.working_days(ids::REGISTRATION_TERM_GENERAL)?.into(),
                )
                .msg("cite", ctx.cite(general)),
        ),
    ];
    // "N days from entry": an office may count the entry day as day 1.
    terms.push(Msg::new("explain-reg-count"));
    if let Some(weak) = [uz, tj, eaeu, by, ua, general]
        .into_iter()
        .find(|r| r.is_uncertain())
    {
        terms.push(ctx.footnote(weak.check.unwrap_or(Check::MvdOffice)));
    }
    let mut out =
        vec![Msg::new("explain-reg-who").msg("src", ctx.src(ids::REGISTRATION_TERM_GENERAL)?)];
    // Moscow and its oblast: workers register through "Amina" (as the status says), while the scheme runs.
    if law.in_force(ids::REGISTRATION_AMINA, ctx.today).is_some() {
        out.push(Msg::new("explain-reg-amina").msg("src", ctx.src(ids::REGISTRATION_AMINA)?));
    }
    out.extend([
        lines(terms),
        Msg::new("explain-reg-hotel")
            .num("wd", law.working_days(ids::REGISTRATION_HOTEL)?.into())
            .msg("src", ctx.src(ids::REGISTRATION_HOTEL)?),
        Msg::new("explain-reg-max")
            .num("years", law.years(ids::REGISTRATION_MAX_TERM)?.into())
            .msg("src", ctx.src(ids::REGISTRATION_MAX_TERM)?),
        Msg::new("explain-reg-duty")
            .rub("rub", law.rub(ids::DUTY_REGISTRATION_PLACE_OF_STAY)?.into())
            .date("since", ctx.since(ids::DUTY_REGISTRATION_PLACE_OF_STAY)?)
            .msg("src", ctx.src(ids::DUTY_REGISTRATION_PLACE_OF_STAY)?),
        Msg::new("explain-reg-real").msg(
            "src",
            ctx.srcs(&[
                ids::REGISTRATION_EMPLOYER_HOST,
                ids::REGISTRATION_FICTITIOUS,
            ])?,
        ),
        // After a move: the new address's own term; the terms from entry do not start again.
        Msg::new("explain-reg-move")
            .num("wd", law.working_days(ids::REGISTRATION_MOVE)?.into())
            .msg("src", ctx.src(ids::REGISTRATION_MOVE)?),
    ]);
    Ok(out)
}
