//! One assessment of a busy profile (work purpose, patent, Moscow region, every obligation present).

// A test or benchmark fails by unwrapping, expecting or panicking.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
// `criterion_group!` generates a public `fn benches` that cannot carry a doc comment.
#![allow(missing_docs)]

use chrono::NaiveDate;
use criterion::{black_box, criterion_group, criterion_main, Criterion};
use musofir_law::{assess, Law, Profile};

fn bench(c: &mut Criterion) {
    let law = Law::embedded().expect("embedded law data is valid");
    let profile = Profile::from_json(
        r#"{"citizenship":"UZ","entry_date":"2026-03-05","purpose":"work","region":"moscow",
            "housing":"private","registered_on":"2026-03-10","registered_until":"2026-12-01",
            "patent_issued_on":"2026-03-20","patent_paid_until":"2026-12-04",
            "medical_done_on":"2026-03-18","days_in_russia_this_year":10}"#,
    )
    .expect("valid profile");
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
    c.bench_function("assess_one_profile", |b| {
        b.iter(|| assess(black_box(&profile), black_box(today), black_box(&law)))
    });
    c.bench_function("law_embedded_load", |b| b.iter(Law::embedded));
}

criterion_group!(benches, bench);
criterion_main!(benches);
