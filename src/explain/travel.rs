//! Before travelling: check the register and entry bans (the online check is
//! informational), the bans, a patent holder's trip, the border fine, RuID.

use chrono::Days;
use musofir_law::{ids, RuleStatus};

use super::common::{append, need, Ctx, Paragraphs};
use crate::text::Msg;

pub(crate) fn paragraphs(ctx: Ctx) -> Paragraphs {
    let law = ctx.law;
    let mut out = vec![
        Msg::new("explain-trip-check")
            .msg("link", ctx.rkl_link())
            .msg("src", ctx.src(ids::BAN_CHECK_BEFORE_TRAVEL)?),
        Msg::new("explain-trip-bans")
            .num("years", law.years(ids::BAN_AFTER_EXPULSION)?.into())
            .msg(
                "src",
                ctx.srcs(&[ids::BAN_OVERSTAY_3Y, ids::BAN_AFTER_EXPULSION])?,
            ),
        Msg::new("explain-trip-patent").msg(
            "src",
            ctx.srcs(&[
                ids::PATENT_PAYMENT_END_RULE,
                ids::REGISTRATION_AFTER_REENTRY,
            ])?,
        ),
        ctx.range(Msg::new("explain-trip-border"), ids::FINE_KOAP_18_1_2)?
            .msg("src", ctx.src(ids::FINE_KOAP_18_1_2)?),
    ];
    // RuID: the voluntary stage's end is data; what applies after it is not.
    let voluntary = ctx.rule(ids::RUID_VOLUNTARY)?;
    let until = need(
        voluntary.in_force_until,
        ids::RUID_VOLUNTARY,
        "in_force_until",
    )?;
    if ctx.today > until {
        let draft = ctx.rule(ids::RUID_MANDATORY_DRAFT)?;
        let m = Msg::new("explain-trip-ruid").date("until", until).date(
            "after",
            until.checked_add_days(Days::new(1)).unwrap_or(until),
        );
        out.push(match (draft.status, draft.stage_on) {
            (RuleStatus::Pending, Some(on)) => append(
                m,
                Msg::new("explain-trip-ruid-draft")
                    .date("date", on)
                    .msg("src", ctx.src_plain(ids::RUID_MANDATORY_DRAFT)?),
            ),
            _ => m,
        });
    } else {
        out.push(
            Msg::new("explain-trip-ruid-voluntary")
                .date("until", until)
                .msg("src", ctx.src(ids::RUID_VOLUNTARY)?),
        );
    }
    Ok(out)
}
