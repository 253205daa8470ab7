//! Where to go, by region: only the sourced offices of `law/offices.toml`
//! (`Law::offices()`), each with its source link and the data's date, and
//! "check before you go"; any other region gets how to find its office (the
//! regional MVD, Gosuslugi), never a made-up address and never Sakharovo for
//! everyone.

use musofir_law::{Region, Service};

use super::common::{join, lines, Ctx, Paragraphs};
use crate::text::Msg;

fn service(s: Service) -> Msg {
    Msg::new(format!("explain-service-{}", s.as_str()))
}

pub(crate) fn paragraphs(ctx: Ctx) -> Paragraphs {
    let offices = ctx.law.offices();
    let mut out = vec![Msg::new("explain-offices-intro").date("date", offices.as_of)];
    for region in Region::ALL {
        let here: Vec<_> = offices
            .all()
            .iter()
            .filter(|o| o.region == *region)
            .collect();
        if here.is_empty() {
            continue;
        }
        let mut l = vec![Msg::new("explain-offices-region").msg(
            "region",
            Msg::new(format!("explain-region-{}", region.as_str())),
        )];
        for o in here {
            let services = join(
                "explain-join-comma",
                o.services.iter().map(|s| service(*s)).collect(),
            );
            let m = match &o.address {
                Some(address) => Msg::new("explain-office-address").str("address", address),
                None => Msg::new("explain-office"),
            };
            let m = m.str("name", &o.name_ru).msg("services", services);
            l.push(match o.source_url() {
                Some(url) => Msg::new("explain-office-src")
                    .msg("office", m)
                    .str("url", url),
                None => m,
            });
        }
        out.push(lines(l));
    }
    let how = offices.how_to_find();
    let mvd = crate::guidance::mvd_site(ctx.law);
    let gosuslugi = how
        .urls
        .get(1)
        .map(String::as_str)
        .unwrap_or("https://www.gosuslugi.ru");
    out.push(
        Msg::new("explain-offices-find")
            .msg("mvd", Msg::new("explain-link").str("url", mvd))
            .msg("gosuslugi", Msg::new("explain-link").str("url", gosuslugi)),
    );
    Ok(out)
}
