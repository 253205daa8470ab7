#![allow(dead_code)]
//! A scratch PostgreSQL database per test, on the server of
//! `MUSOFIR_TEST_DATABASE_URL` (default: the local server with trust auth,
//! `postgres://postgres@127.0.0.1:5432/postgres`). Without a reachable
//! server, PostgreSQL tests say that they were skipped and how to run them.

use std::sync::atomic::{AtomicU32, Ordering};

const DEFAULT: &str = "postgres://postgres@127.0.0.1:5432/postgres";

fn admin_url() -> String {
    std::env::var("MUSOFIR_TEST_DATABASE_URL").unwrap_or_else(|_| DEFAULT.to_string())
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

/// Runs `sql` on its own connection to `url`: the first column of the
/// first row it returns, if any, as text.
async fn exec(url: &str, sql: &str) -> Result<Option<String>, tokio_postgres::Error> {
    let (client, conn) = tokio_postgres::connect(url, tokio_postgres::NoTls).await?;
    let task = tokio::spawn(conn);
    let res = client.simple_query(sql).await;
    drop(client);
    let _ = task.await;
    Ok(res?.into_iter().find_map(|m| match m {
        tokio_postgres::SimpleQueryMessage::Row(r) => r.get(0).map(str::to_string),
        _ => None,
    }))
}

/// A database made for one test and dropped after it.
pub struct TestDb {
    pub url: String,
    name: String,
}

impl TestDb {
    /// A fresh database, or `None` (with a line saying the test was skipped)
    /// when no PostgreSQL server answers.
    pub fn create(test: &str) -> Option<TestDb> {
        static N: AtomicU32 = AtomicU32::new(0);
        let admin = admin_url();
        let name = format!(
            "musofir_test_{}_{}_{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed),
            test.chars()
                .filter(|c| c.is_ascii_alphanumeric())
                .take(20)
                .collect::<String>()
                .to_lowercase()
        );
        let made = std::thread::scope(|s| {
            s.spawn(|| runtime().block_on(exec(&admin, &format!("CREATE DATABASE {name}"))))
                .join()
                .unwrap()
        });
        if let Err(e) = made {
            // Straight to the process's stderr: the test harness captures
            // `eprintln!` of passing tests, and this line must be seen.
            use std::io::Write as _;
            let _ = writeln!(
                std::io::stderr().lock(),
                "SKIPPED {test}: no PostgreSQL at {admin} ({e}). Start one (`pg_ctlcluster 15 main start`) \
                 or set MUSOFIR_TEST_DATABASE_URL, then run `cargo test --test it store_port:: instances::`."
            );
            return None;
        }
        let url = match admin.rsplit_once('/') {
            Some((base, _)) => format!("{base}/{name}"),
            None => admin.clone(),
        };
        Some(TestDb { url, name })
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let admin = admin_url();
        let sql = format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name);
        let _ = std::thread::scope(|s| s.spawn(|| runtime().block_on(exec(&admin, &sql))).join());
    }
}

/// Drops the store's tables in the database at `url` (a benchmark's own
/// database, filled again from nothing); the next open creates them anew.
pub fn empty(url: &str) {
    let url = url.to_string();
    std::thread::scope(|s| {
        s.spawn(|| {
            runtime().block_on(exec(
                &url,
                "DROP TABLE IF EXISTS musofir_kv, musofir_slots, musofir_schema;
                 DROP SEQUENCE IF EXISTS musofir_slot_seq;",
            ))
        })
        .join()
        .unwrap()
    })
    .unwrap();
}

/// The first column of the first row of `sql` on the admin database, as
/// text (`None`: no server, or no row).
pub fn admin_text(sql: &str) -> Option<String> {
    let (admin, sql) = (admin_url(), sql.to_string());
    std::thread::scope(|s| {
        s.spawn(|| runtime().block_on(exec(&admin, &sql)))
            .join()
            .unwrap()
    })
    .ok()
    .flatten()
}

impl TestDb {
    /// The database's name.
    pub fn name(&self) -> &str {
        &self.name
    }
}
