//! TLS to PostgreSQL: `sslmode=verify-full` (or `require`) connects only to a
//! server whose certificate verifies, name included; `sslrootcert` names a
//! CA of one's own. Runs against the local server's own certificate (Debian
//! makes one for `localhost`); says SKIPPED where the server has no TLS or
//! its certificate cannot be read.

use musofir::store::{Store, StorePaths};

use crate::support::pg::{admin_text, TestDb};

fn skipped(why: &str) {
    use std::io::Write as _;
    let _ = writeln!(
        std::io::stderr().lock(),
        "SKIPPED pg_tls: {why}; run `cargo test --test it pg_tls::` where the local PostgreSQL serves TLS for localhost"
    );
}

#[test]
fn a_database_url_asking_for_tls_gets_a_verified_encrypted_connection() {
    let Some(db) = TestDb::create("tls") else {
        return;
    };
    if admin_text("SHOW ssl").as_deref() != Some("on") {
        return skipped("the server does not serve TLS");
    }
    let Some(cert) = admin_text("SHOW ssl_cert_file").filter(|c| std::fs::read(c).is_ok()) else {
        return skipped("the server's certificate cannot be read");
    };
    let dir = tempfile::tempdir().unwrap();
    let key = StorePaths::within(dir.path()).key;
    let url = |query: &str| {
        let rest = db.url.split_once("@").unwrap().1;
        let (_, path) = rest.split_once('/').unwrap();
        format!("postgres://postgres@localhost:5432/{path}?{query}")
    };

    // Not trusted: the server's certificate is its own, not a public CA's.
    let refused = Store::open_pg(&url("sslmode=verify-full"), &key)
        .err()
        .expect("an unverified server is refused");
    let said = refused.to_string();
    assert!(said.contains("TLS"), "{said}");

    // Trusted through sslrootcert: connected, and the server sees TLS.
    let store = Store::open_pg(
        &url(&format!("sslmode=verify-full&sslrootcert={cert}")),
        &key,
    )
    .unwrap();
    store.check().unwrap();
    let encrypted = admin_text(&format!(
        "SELECT count(*) FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid) \
         WHERE a.datname = '{}' AND s.ssl",
        db.name()
    ))
    .unwrap();
    assert_ne!(encrypted, "0", "the store's connections use TLS");
    let plain = admin_text(&format!(
        "SELECT count(*) FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid) \
         WHERE a.datname = '{}' AND NOT s.ssl",
        db.name()
    ))
    .unwrap();
    assert_eq!(plain, "0", "no connection of the store is in clear");
    drop(store);

    // A CA file without asking for verification is a mistake, said at start.
    let said = Store::open_pg(&url(&format!("sslrootcert={cert}")), &key)
        .err()
        .expect("refused")
        .to_string();
    assert!(said.contains("sslrootcert"), "{said}");
}
