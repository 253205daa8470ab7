//! The 2025 amnesty (Decree 1126): what it offered, its window and extension,
//! that it closed, what a person who missed it can do now.

use musofir_law::ids;

use super::common::{Ctx, Paragraphs};
use super::stay::bans;
use crate::text::Msg;

pub(crate) fn paragraphs(ctx: Ctx) -> Paragraphs {
    let law = ctx.law;
    let (from, first_until) = law.window(ids::AMNESTY_WINDOW)?;
    let (_, until) = law.window(ids::AMNESTY_EXTENSION)?;
    let mut out = vec![Msg::new("explain-amn-what").msg("src", ctx.src(ids::AMNESTY_WINDOW)?)];
    if ctx.today > until {
        out.push(
            Msg::new("explain-amn-closed")
                .date("from", from)
                .date("first", first_until)
                .date("until", until)
                .date("after", until.succ_opt().unwrap_or(until))
                .date("sources", law.sources_until())
                .msg("src", ctx.src(ids::AMNESTY_EXTENSION)?),
        );
        out.push(
            bans(ctx, Msg::new("explain-amn-now"))?
                .msg("link", ctx.rkl_link())
                .msg("src", ctx.srcs(&ids::BAN_OVERSTAY)?),
        );
    } else {
        out.push(
            Msg::new("explain-amn-open")
                .date("from", from)
                .date("first", first_until)
                .date("until", until)
                .msg("src", ctx.src(ids::AMNESTY_EXTENSION)?),
        );
    }
    Ok(out)
}
