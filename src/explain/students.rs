//! Students: full-time students of accredited programmes may work without a
//! patent in their free time, also in another region; the contract ends with
//! the studies; the stay and the medical check.

use musofir_law::{ids, LawError};

use super::common::{append, need, Ctx, Paragraphs};
use crate::text::Msg;

pub(crate) fn paragraphs(ctx: Ctx) -> Paragraphs {
    let law = ctx.law;
    let other = ctx.rule(ids::MEDICAL_TERM_OTHER)?;
    Ok(vec![
        Msg::new("explain-study-work").msg("src", ctx.src(ids::STUDENTS_WORK)?),
        Msg::new("explain-study-end").msg("src", ctx.src(ids::STUDENTS_WORK)?),
        Msg::new("explain-study-stay")
            .num("limit", law.days(ids::STAY_LIMIT_90_PER_YEAR)?.into())
            .msg("src", ctx.src(ids::STAY_EXCEPTIONS)?),
        medical_bill(
            ctx,
            Msg::new("explain-study-medical")
                .num("days", law.days(ids::MEDICAL_TERM_OTHER)?.into())
                .num(
                    "stay",
                    need(
                        other.value.threshold_days,
                        ids::MEDICAL_TERM_OTHER,
                        "threshold_days",
                    )?
                    .into(),
                )
                .msg("src", ctx.src(ids::MEDICAL_TERM_OTHER)?),
        )?,
    ])
}

/// While the medical bill is pending, its shorter term is the safe one to aim for (as the deadlines advise).
fn medical_bill(ctx: Ctx, msg: Msg) -> Result<Msg, LawError> {
    if !ctx.pending(ids::MEDICAL_BILL_2026)? {
        return Ok(msg);
    }
    Ok(append(
        msg,
        Msg::new("explain-study-medical-bill")
            .num("days", ctx.law.days(ids::MEDICAL_BILL_2026)?.into())
            // The bill's last known stage (issue 15: bills only with their stage and date).
            .date(
                "date",
                need(
                    ctx.rule(ids::MEDICAL_BILL_2026)?.stage_on,
                    ids::MEDICAL_BILL_2026,
                    "stage_on",
                )?,
            )
            .msg("src", ctx.src_plain(ids::MEDICAL_BILL_2026)?),
    ))
}
