//! Load through the real binary and the fake Bot API with Telegram's limits.
//!
//! `cheap_load_…` runs in the suite (a few seconds) and fails when latency
//! under the limits regresses far. `load_benchmark` is the benchmark of
//! BENCHMARKS.md, beside a bare teloxide bot in the same run:
//!
//! ```sh
//! cargo test --release --test it -- --ignored --nocapture load::load_benchmark
//! ```
//!
//! With a PostgreSQL server (see `support::pg`) the same run also measures
//! the PostgreSQL backend, one instance and two (`LOAD_PG=0`: not).

use crate::support::load::{run, Bot, Outcome, Scenario};

fn row(sc: &Scenario, bot: &str, o: &Outcome) -> String {
    format!(
        "| {} | {bot} | {} | {} | {:.1} | {:.1?} | {:.1?} | {:.1?} | {:.1?} | {} | {} | {:.2} | {:.0} | {}/{} |",
        sc.name,
        sc.users,
        sc.rate.map_or("flat out".to_string(), |r| format!("{r}/s")),
        o.rate(),
        o.pct(0.5),
        o.pct(0.9),
        o.pct(0.99),
        o.latency.last().copied().unwrap_or_default(),
        match o.r429 {
            0 => "0".to_string(),
            n => format!("{n} ({} chat, {} overall)", o.r429_chat, n - o.r429_chat),
        },
        o.reminders,
        o.cpu_ms_per_update(),
        o.peak_rss_mib,
        sc.users - o.stalled,
        sc.users,
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cheap_load_keeps_replies_fast_under_telegram_limits() {
    let sc = Scenario {
        name: "ci",
        users: 40,
        rate: Some(10.0),
        secs: 6.0,
        limits: true,
    };
    let o = run(Bot::Musofir, &sc).await.expect("sled needs no server");
    eprintln!("{}", row(&sc, "musofir", &o));
    assert_eq!(o.stalled, 0, "every conversation progresses");
    assert_eq!(o.r429, 0, "Telegram's limits are kept");
    assert!(o.updates >= 25, "{} updates", o.updates);
    // Far from the targets (10 ms / 100 ms in release), but far below what
    // the old Throttle gave (250 ms p50): a regression trips it.
    assert!(o.pct(0.5).as_millis() < 150, "p50 {:?}", o.pct(0.5));
    assert!(o.pct(0.99).as_millis() < 750, "p99 {:?}", o.pct(0.99));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore]
async fn load_benchmark() {
    let secs: f64 = std::env::var("LOAD_SECS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20.0);
    let scenarios = [
        Scenario {
            name: "light",
            users: 100,
            rate: Some(10.0),
            secs,
            limits: true,
        },
        Scenario {
            name: "target",
            users: 100,
            rate: Some(25.0),
            secs,
            limits: true,
        },
        Scenario {
            name: "many",
            users: 1000,
            rate: Some(25.0),
            secs,
            limits: true,
        },
        Scenario {
            name: "2x overload",
            users: 1000,
            rate: Some(60.0),
            secs,
            limits: true,
        },
        Scenario {
            name: "flat out",
            users: 300,
            rate: None,
            secs,
            limits: true,
        },
        Scenario {
            name: "limits off",
            users: 300,
            rate: None,
            secs,
            limits: false,
        },
    ];
    println!("| scenario | bot | users | offered | updates/s | p50 | p90 | p99 | max | 429s | reminders | CPU ms/update | peak RSS MiB | users progressing |");
    println!(
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
    );
    // LOAD_ONLY=<scenario name> runs one scenario (for profiling).
    let only = std::env::var("LOAD_ONLY").ok();
    let mut ratios = Vec::new();
    for sc in scenarios
        .iter()
        .filter(|s| only.as_deref().is_none_or(|o| o == s.name))
    {
        let m = run(Bot::Musofir, sc).await.expect("sled needs no server");
        println!("{}", row(sc, "musofir", &m));
        let b = run(Bot::Bare, sc).await.expect("no server needed");
        println!("{}", row(sc, "bare teloxide", &b));
        // PostgreSQL (LOAD_PG=0 leaves it out): one instance long-polling,
        // and two behind the balancer sharing the send rate.
        if std::env::var("LOAD_PG").as_deref() != Ok("0") && sc.name != "light" && sc.name != "many"
        {
            for (instances, name) in [(1, "musofir, PostgreSQL"), (2, "musofir ×2, PostgreSQL")] {
                if let Some(p) = run(Bot::MusofirPg { instances }, sc).await {
                    println!("{}", row(sc, name, &p));
                }
            }
        }
        ratios.push((sc.name, m, b));
    }
    println!();
    println!("| scenario | p50 musofir/bare | p99 musofir/bare | CPU per update musofir/bare |");
    println!("| --- | --- | --- | --- |");
    for (name, m, b) in ratios {
        let r = |a: f64, b: f64| {
            if b > 0.0 {
                format!("{:.2}", a / b)
            } else {
                "—".into()
            }
        };
        println!(
            "| {name} | {} | {} | {} |",
            r(m.pct(0.5).as_secs_f64(), b.pct(0.5).as_secs_f64()),
            r(m.pct(0.99).as_secs_f64(), b.pct(0.99).as_secs_f64()),
            r(m.cpu_ms_per_update(), b.cpu_ms_per_update()),
        );
    }
}
