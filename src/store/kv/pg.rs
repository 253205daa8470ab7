//! The PostgreSQL backend, for more than one instance: the trees as rows of
//! one table (`musofir_kv`), each user's secret in `musofir_slots`; the
//! schema in `migrations/`, applied at start. The database sees the same
//! sealed values and keyed hashes as the embedded store, nothing else.
//!
//! The store above is synchronous (a step is a few point reads and one
//! transaction); this backend runs its own small tokio runtime with a
//! connection pool and blocks the caller on a channel for each request, so
//! it can be called from any thread, async or not, without nesting runtimes.
//!
//! Transactions are SERIALIZABLE and run again on a serialization failure,
//! like sled's optimistic ones. Among instances sharing the database, the one
//! holding a session-level advisory lock is the leader: it alone sends
//! reminders ([`Kv::is_leader`]); when it stops or dies its connection goes and
//! another instance takes the lock within seconds.

use std::collections::{BTreeMap, HashMap};
use std::ops::Bound;
use std::sync::Arc;
use std::time::Duration;

use deadpool_postgres::{Manager, ManagerConfig, Object, Pool, RecyclingMethod};
use tokio_postgres::error::SqlState;
use tokio_postgres::NoTls;
use tokio_postgres_rustls::MakeRustlsConnect;
use zeroize::Zeroizing;

use super::{Body, KeySlots, Kv, KvError, KvTx, Rows, Slot, SlotEntry, TreeId, TxError};
use crate::store::crypto::{random_secret, Tag};

/// The schema, in order; each applied once (table `musofir_schema`).
const MIGRATIONS: &[(i32, &str)] = &[(
    1,
    include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/migrations/0001_init.sql"
    )),
)];

/// The advisory lock the reminder sender holds ("musofir1" in ASCII).
const LEADER_LOCK: i64 = 0x6d75_736f_6669_7231;
/// The advisory lock held while migrating.
const MIGRATE_LOCK: i64 = 0x6d75_736f_6669_7232;

/// How many times a conflicting transaction runs before it gives up.
const TX_ATTEMPTS: usize = 50;

/// The wait before the `attempt`th try of a transaction that conflicted:
/// random ("full jitter"), with a ceiling that doubles from 1 ms to 64 ms.
fn backoff(attempt: usize) -> Duration {
    let ceiling_us = 1000u64 << attempt.min(6);
    let mut r = [0u8; 8];
    // Without randomness the ceiling itself is a usable wait.
    let r = match getrandom::getrandom(&mut r) {
        Ok(()) => u64::from_le_bytes(r),
        Err(_) => ceiling_us,
    };
    Duration::from_micros(r % ceiling_us + 1)
}

fn err(e: impl std::fmt::Display) -> KvError {
    KvError(e.to_string())
}

fn is_conflict(e: &tokio_postgres::Error) -> bool {
    matches!(
        e.code(),
        Some(c) if *c == SqlState::T_R_SERIALIZATION_FAILURE || *c == SqlState::T_R_DEADLOCK_DETECTED
    )
}

/// A PostgreSQL database as a store backend.
pub struct PgKv {
    rt: Option<tokio::runtime::Runtime>,
    pool: Pool,
    location: String,
    leader: tokio::sync::watch::Sender<bool>,
    slots: PgSlots,
}

/// The secrets table, through the same pool.
pub struct PgSlots {
    rt: tokio::runtime::Handle,
    pool: Pool,
}

/// Runs `fut` on the backend's runtime and waits for it on this thread.
fn block<T: Send + 'static>(
    rt: &tokio::runtime::Handle,
    fut: impl std::future::Future<Output = T> + Send + 'static,
) -> Result<T, KvError> {
    let (tx, rx) = std::sync::mpsc::sync_channel(1);
    rt.spawn(async move {
        let _ = tx.send(fut.await);
    });
    rx.recv()
        .map_err(|_| KvError("the database task stopped".into()))
}

/// The URL for the driver and the TLS its connections use. Without
/// `sslmode` (or with `disable`/`prefer`) there is none: a server on the
/// same machine or a private network. `sslmode=require`, `verify-ca` or
/// `verify-full` (libpq's names) mean TLS with the server's certificate
/// verified, name included, against the public roots or the CA file in
/// `sslrootcert=PATH` — a managed database across a network. Stricter than
/// libpq's `require`, which does not verify: a database of these users'
/// data is not reached without knowing it is the right one.
fn tls_of(url: &str) -> Result<(String, Option<MakeRustlsConnect>), String> {
    let Some((base, query)) = url.split_once('?') else {
        return Ok((url.to_string(), None));
    };
    let (mut verify, mut ca) = (false, None);
    let mut kept: Vec<String> = Vec::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        match pair.split_once('=') {
            Some(("sslmode", "require" | "verify-ca" | "verify-full")) => verify = true,
            Some(("sslrootcert", path)) => ca = Some(path.to_string()),
            _ => kept.push(pair.to_string()),
        }
    }
    if !verify {
        if ca.is_some() {
            return Err("sslrootcert needs sslmode=verify-full (or require)".into());
        }
        return Ok((url.to_string(), None));
    }
    kept.push("sslmode=require".into());
    let mut roots = rustls::RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    if let Some(path) = &ca {
        use rustls::pki_types::pem::PemObject;
        let certs = rustls::pki_types::CertificateDer::pem_file_iter(path)
            .map_err(|e| format!("sslrootcert {path}: {e}"))?;
        for cert in certs {
            let cert = cert.map_err(|e| format!("sslrootcert {path}: {e}"))?;
            roots
                .add(cert)
                .map_err(|e| format!("sslrootcert {path}: {e}"))?;
        }
    }
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .map_err(|e| e.to_string())?
    .with_root_certificates(roots)
    .with_no_client_auth();
    Ok((
        format!("{base}?{}", kept.join("&")),
        Some(MakeRustlsConnect::new(config)),
    ))
}

impl PgKv {
    /// Connects, applies the migrations, and starts competing for the
    /// reminder sender's lock.
    pub fn connect(url: &str) -> Result<PgKv, crate::store::StoreError> {
        let location = shown(url);
        let fail = |e: &dyn std::fmt::Display| {
            crate::store::StoreError::Database(location.clone(), e.to_string())
        };
        let (url, tls) = tls_of(url).map_err(|e| fail(&e))?;
        let config: tokio_postgres::Config = url.parse().map_err(|e| fail(&e))?;
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("musofir-pg")
            .enable_all()
            .build()
            .map_err(|e| fail(&e))?;
        let manager_config = ManagerConfig {
            recycling_method: RecyclingMethod::Fast,
        };
        let manager = match &tls {
            Some(tls) => Manager::from_config(config.clone(), tls.clone(), manager_config),
            None => Manager::from_config(config.clone(), NoTls, manager_config),
        };
        let pool = Pool::builder(manager)
            .max_size(16)
            .runtime(deadpool_postgres::Runtime::Tokio1)
            .build()
            .map_err(|e| fail(&e))?;
        let handle = rt.handle().clone();
        let migrating = pool.clone();
        block(&handle, async move { migrate(&migrating).await })
            .and_then(|r| r)
            .map_err(|e| fail(&e))?;
        let (leader, _) = tokio::sync::watch::channel(false);
        rt.spawn(lead(config, tls, leader.clone()));
        Ok(PgKv {
            slots: PgSlots {
                rt: handle,
                pool: pool.clone(),
            },
            rt: Some(rt),
            pool,
            location,
            leader,
        })
    }

    /// Removes every tree entry and key slot (a migration that did not
    /// finish, started again). The tables stay.
    pub fn clear(&self) -> Result<(), KvError> {
        let pool = self.pool.clone();
        self.run(async move {
            let c = PgKv::client(&pool).await?;
            c.batch_execute(
                "BEGIN; TRUNCATE musofir_kv, musofir_slots;
                 ALTER SEQUENCE musofir_slot_seq RESTART; COMMIT;",
            )
            .await
            .map_err(err)
        })
    }

    /// Updates the planner's statistics (after a bulk copy, so that scans
    /// by key use the index from the first query on).
    pub fn analyze(&self) -> Result<(), KvError> {
        let pool = self.pool.clone();
        self.run(async move {
            let c = PgKv::client(&pool).await?;
            c.batch_execute("ANALYZE musofir_kv; ANALYZE musofir_slots;")
                .await
                .map_err(err)
        })
    }

    /// The database, without its password.
    pub fn location(&self) -> &str {
        &self.location
    }

    fn handle(&self) -> &tokio::runtime::Handle {
        self.slots.rt_handle()
    }

    fn run<T: Send + 'static>(
        &self,
        fut: impl std::future::Future<Output = Result<T, KvError>> + Send + 'static,
    ) -> Result<T, KvError> {
        block(self.handle(), fut)?
    }

    async fn client(pool: &Pool) -> Result<Object, KvError> {
        pool.get().await.map_err(err)
    }
}

impl Drop for PgKv {
    fn drop(&mut self) {
        // The store may be dropped inside an async context, where a runtime
        // may not be shut down by waiting.
        if let Some(rt) = self.rt.take() {
            rt.shutdown_background();
        }
    }
}

impl PgSlots {
    fn rt_handle(&self) -> &tokio::runtime::Handle {
        &self.rt
    }
}

/// `postgres://user:secret@host/db` -> `postgres://user@host/db`.
fn shown(url: &str) -> String {
    match reqwest::Url::parse(url) {
        Ok(mut u) => {
            let _ = u.set_password(None);
            u.to_string()
        }
        Err(_) => "the database".to_string(),
    }
}

async fn migrate(pool: &Pool) -> Result<(), KvError> {
    let client = pool.get().await.map_err(err)?;
    // One instance at a time.
    client
        .execute("SELECT pg_advisory_lock($1)", &[&MIGRATE_LOCK])
        .await
        .map_err(err)?;
    let result = async {
        client
            .batch_execute(
                "CREATE TABLE IF NOT EXISTS musofir_schema (
                    version integer PRIMARY KEY,
                    applied_at timestamptz NOT NULL DEFAULT now()
                )",
            )
            .await
            .map_err(err)?;
        for (version, sql) in MIGRATIONS {
            let done = client
                .query_opt(
                    "SELECT 1 FROM musofir_schema WHERE version = $1",
                    &[version],
                )
                .await
                .map_err(err)?;
            if done.is_some() {
                continue;
            }
            tracing::info!(version, "applying a database migration");
            client
                .batch_execute(&format!(
                    "BEGIN; {sql}; INSERT INTO musofir_schema (version) VALUES ({version}); COMMIT;"
                ))
                .await
                .map_err(err)?;
        }
        Ok::<(), KvError>(())
    }
    .await;
    let _ = client
        .execute("SELECT pg_advisory_unlock($1)", &[&MIGRATE_LOCK])
        .await;
    result
}

/// How often the sender checks its lock's connection, and how long a check
/// may take.
const PING: Duration = Duration::from_secs(5);
/// How long the server keeps a silent sender's session (and lock).
/// At least twice PING: a live sender is never silent that long, and a
/// sender cut off stops (after at most 2 × PING) before its lock lapses.
const LOCK_LAPSE: Duration = Duration::from_secs(20);

/// Holds the sender's lock on a connection of its own while it can; tries
/// again every few seconds when another instance has it or the connection
/// fails.
async fn lead(
    config: tokio_postgres::Config,
    tls: Option<MakeRustlsConnect>,
    leader: tokio::sync::watch::Sender<bool>,
) {
    loop {
        let connected = match &tls {
            Some(tls) => config
                .connect(tls.clone())
                .await
                .map(|(c, conn)| (c, tokio::spawn(conn))),
            None => config
                .connect(NoTls)
                .await
                .map(|(c, conn)| (c, tokio::spawn(conn))),
        };
        if let Ok((client, conn)) = connected {
            loop {
                let got = client
                    .query_one("SELECT pg_try_advisory_lock($1)", &[&LEADER_LOCK])
                    .await
                    .map(|r| r.get::<_, bool>(0));
                match got {
                    Ok(true) => {
                        // The server ends this session, and so frees the lock
                        // for another instance, once it has heard nothing for
                        // LOCK_LAPSE (a vanished machine's TCP connection can
                        // otherwise linger for hours). Older servers lack the
                        // setting: keepalives are the fallback.
                        for set in [
                            format!("SET idle_session_timeout = '{}s'", LOCK_LAPSE.as_secs()),
                            "SET tcp_keepalives_idle = 10".to_string(),
                            "SET tcp_keepalives_interval = 5".to_string(),
                            "SET tcp_keepalives_count = 3".to_string(),
                        ] {
                            if let Err(e) = client.simple_query(&set).await {
                                tracing::debug!(error = %e, "{set}: not applied");
                            }
                        }
                        leader.send_replace(true);
                        tracing::info!("this instance sends the reminders");
                        // Held while the connection lives: check it every
                        // PING, and stop sending at the first check that
                        // fails or does not answer within PING — long before
                        // the server could give the lock to another instance.
                        loop {
                            tokio::time::sleep(PING).await;
                            let alive = tokio::time::timeout(PING, client.simple_query("SELECT 1"));
                            if !matches!(alive.await, Ok(Ok(_))) {
                                break;
                            }
                        }
                        leader.send_replace(false);
                        tracing::warn!("this instance stopped sending the reminders");
                        break;
                    }
                    Ok(false) => tokio::time::sleep(Duration::from_secs(3)).await,
                    Err(_) => break,
                }
            }
            conn.abort();
        }
        leader.send_replace(false);
        tokio::time::sleep(Duration::from_secs(3)).await;
    }
}

fn bound_sql(col: &str, b: &Bound<Vec<u8>>, low: bool, n: usize) -> Option<String> {
    match b {
        Bound::Included(_) => Some(format!("{col} {} ${n}", if low { ">=" } else { "<=" })),
        Bound::Excluded(_) => Some(format!("{col} {} ${n}", if low { ">" } else { "<" })),
        Bound::Unbounded => None,
    }
}

fn own(b: Bound<&[u8]>) -> Bound<Vec<u8>> {
    match b {
        Bound::Included(k) => Bound::Included(k.to_vec()),
        Bound::Excluded(k) => Bound::Excluded(k.to_vec()),
        Bound::Unbounded => Bound::Unbounded,
    }
}

impl Kv for PgKv {
    fn get(&self, tree: TreeId, key: &[u8]) -> Result<Option<Vec<u8>>, KvError> {
        let pool = self.pool.clone();
        let key = key.to_vec();
        self.run(async move {
            let c = PgKv::client(&pool).await?;
            let row = c
                .query_opt(
                    "SELECT value FROM musofir_kv WHERE tree = $1 AND key = $2",
                    &[&tree.code(), &key],
                )
                .await
                .map_err(err)?;
            Ok(row.map(|r| r.get::<_, Vec<u8>>(0)))
        })
    }

    fn insert(&self, tree: TreeId, key: &[u8], value: &[u8]) -> Result<(), KvError> {
        let pool = self.pool.clone();
        let (key, value) = (key.to_vec(), value.to_vec());
        self.run(async move {
            let c = PgKv::client(&pool).await?;
            c.execute(
                "INSERT INTO musofir_kv (tree, key, value) VALUES ($1, $2, $3)
                 ON CONFLICT (tree, key) DO UPDATE SET value = EXCLUDED.value",
                &[&tree.code(), &key, &value],
            )
            .await
            .map_err(err)?;
            Ok(())
        })
    }

    fn remove(&self, tree: TreeId, key: &[u8]) -> Result<(), KvError> {
        let pool = self.pool.clone();
        let key = key.to_vec();
        self.run(async move {
            let c = PgKv::client(&pool).await?;
            c.execute(
                "DELETE FROM musofir_kv WHERE tree = $1 AND key = $2",
                &[&tree.code(), &key],
            )
            .await
            .map_err(err)?;
            Ok(())
        })
    }

    fn scan(
        &self,
        tree: TreeId,
        from: Bound<&[u8]>,
        to: Bound<&[u8]>,
        limit: usize,
    ) -> Result<Rows, KvError> {
        let pool = self.pool.clone();
        let (from, to) = (own(from), own(to));
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        self.run(async move {
            let c = PgKv::client(&pool).await?;
            let mut sql = String::from("SELECT key, value FROM musofir_kv WHERE tree = $1");
            let mut params: Vec<Vec<u8>> = Vec::new();
            for (b, low) in [(&from, true), (&to, false)] {
                if let Some(cond) = bound_sql("key", b, low, params.len() + 2) {
                    sql.push_str(" AND ");
                    sql.push_str(&cond);
                    if let Bound::Included(k) | Bound::Excluded(k) = b {
                        params.push(k.clone());
                    }
                }
            }
            sql.push_str(&format!(" ORDER BY key LIMIT ${}", params.len() + 2));
            let code = tree.code();
            let mut args: Vec<&(dyn tokio_postgres::types::ToSql + Sync)> = vec![&code];
            for p in &params {
                args.push(p);
            }
            args.push(&limit);
            let rows = c.query(sql.as_str(), &args).await.map_err(err)?;
            Ok(rows
                .into_iter()
                .map(|r| (r.get::<_, Vec<u8>>(0), r.get::<_, Vec<u8>>(1)))
                .collect())
        })
    }

    fn count(&self, tree: TreeId) -> Result<usize, KvError> {
        let pool = self.pool.clone();
        self.run(async move {
            let c = PgKv::client(&pool).await?;
            let n: i64 = c
                .query_one(
                    "SELECT count(*) FROM musofir_kv WHERE tree = $1",
                    &[&tree.code()],
                )
                .await
                .map_err(err)?
                .get(0);
            Ok(usize::try_from(n).unwrap_or(0))
        })
    }

    fn insert_batch(&self, tree: TreeId, rows: &[(Vec<u8>, Vec<u8>)]) -> Result<(), KvError> {
        let (keys, values): (Vec<Vec<u8>>, Vec<Vec<u8>>) = rows.iter().cloned().unzip();
        let pool = self.pool.clone();
        self.run(async move {
            let c = PgKv::client(&pool).await?;
            // One statement: the batch is in, or none of it.
            c.execute(
                "INSERT INTO musofir_kv (tree, key, value)
                 SELECT $1, k, v FROM unnest($2::bytea[], $3::bytea[]) AS t(k, v)
                 ON CONFLICT (tree, key) DO UPDATE SET value = EXCLUDED.value",
                &[&tree.code(), &keys, &values],
            )
            .await
            .map_err(err)?;
            Ok(())
        })
    }

    fn transaction(&self, body: &mut Body<'_>) -> Result<(), TxError<()>> {
        for attempt in 0..TX_ATTEMPTS {
            if attempt > 0 {
                // Transactions that conflicted would meet again if they all
                // ran at once: each waits a random while, longer each time.
                std::thread::sleep(backoff(attempt));
            }
            let pool = self.pool.clone();
            let client = Arc::new(self.run(async move { PgKv::client(&pool).await })?);
            let begin = client.clone();
            self.run(async move {
                begin
                    .batch_execute("BEGIN ISOLATION LEVEL SERIALIZABLE")
                    .await
                    .map_err(err)
            })?;
            let mut tx = PgTx {
                kv: self,
                client: client.clone(),
                pending: BTreeMap::new(),
                read: HashMap::new(),
                open: true,
            };
            let outcome = body(&mut tx);
            tx.open = false;
            let pending = std::mem::take(&mut tx.pending);
            let end = client.clone();
            match outcome {
                Ok(()) => {
                    let committed = block(self.handle(), async move {
                        if let Err(e) = write_pending(&end, pending).await {
                            // The connection goes back to the pool: never
                            // inside a failed transaction.
                            let _ = end.batch_execute("ROLLBACK").await;
                            return Err(e);
                        }
                        end.batch_execute("COMMIT").await
                    })?;
                    match committed {
                        Ok(()) => return Ok(()),
                        Err(e) if is_conflict(&e) => continue,
                        Err(e) => return Err(TxError::Backend(err(e))),
                    }
                }
                Err(e) => {
                    let _ = block(
                        self.handle(),
                        async move { end.batch_execute("ROLLBACK").await },
                    );
                    match e {
                        TxError::Conflict => continue,
                        other => return Err(other),
                    }
                }
            }
        }
        Err(TxError::Conflict)
    }

    fn flush(&self) -> Result<(), KvError> {
        // A commit is durable when it returns (synchronous_commit).
        Ok(())
    }

    fn size_on_disk(&self) -> Result<u64, KvError> {
        let pool = self.pool.clone();
        self.run(async move {
            let c = PgKv::client(&pool).await?;
            let n: i64 = c
                .query_one(
                    "SELECT pg_total_relation_size('musofir_kv') + pg_total_relation_size('musofir_slots')",
                    &[],
                )
                .await
                .map_err(err)?
                .get(0);
            Ok(u64::try_from(n).unwrap_or(0))
        })
    }

    fn slots(&self) -> &dyn KeySlots {
        &self.slots
    }

    fn is_leader(&self) -> bool {
        *self.leader.borrow()
    }

    fn leader_changes(&self) -> Option<tokio::sync::watch::Receiver<bool>> {
        Some(self.leader.subscribe())
    }

    fn waits_on_network(&self) -> bool {
        true
    }
}

struct PgTx<'a> {
    kv: &'a PgKv,
    client: Arc<Object>,
    /// Writes not yet sent (`None`: removed): they go to the server in one
    /// round trip just before COMMIT ([`write_pending`]), and reads in the
    /// transaction see them first. A step or a plan writes a dozen keys;
    /// one round trip each made a plan cost ~30 ms. Nothing is lost by
    /// waiting: what is not committed does not exist either way, and a
    /// serializable transaction's conflicts are checked at COMMIT.
    pending: BTreeMap<(i16, Vec<u8>), Option<Vec<u8>>>,
    /// What this transaction read: a serializable transaction reads the same
    /// value again, so it is asked once (a plan asks for the same sent
    /// mark once per lead day).
    read: HashMap<(i16, Vec<u8>), Option<Vec<u8>>>,
    /// Still to be ended by COMMIT or ROLLBACK. A body that panics drops it
    /// open: see the Drop below.
    open: bool,
}

impl Drop for PgTx<'_> {
    /// A transaction left open (its body panicked) is rolled back before its
    /// connection goes back to the pool; otherwise the next user of that
    /// connection — a plain write, say — would run inside it and vanish.
    fn drop(&mut self) {
        if self.open {
            let c = self.client.clone();
            self.kv.handle().spawn(async move {
                let _ = c.batch_execute("ROLLBACK").await;
            });
        }
    }
}

/// Sends a transaction's buffered writes in one statement.
async fn write_pending(
    client: &Object,
    pending: BTreeMap<(i16, Vec<u8>), Option<Vec<u8>>>,
) -> Result<(), tokio_postgres::Error> {
    let (mut up_trees, mut up_keys, mut up_values) = (Vec::new(), Vec::new(), Vec::new());
    let (mut del_trees, mut del_keys) = (Vec::new(), Vec::new());
    for ((tree, key), value) in pending {
        match value {
            Some(v) => {
                up_trees.push(tree);
                up_keys.push(key);
                up_values.push(v);
            }
            None => {
                del_trees.push(tree);
                del_keys.push(key);
            }
        }
    }
    if up_keys.is_empty() && del_keys.is_empty() {
        return Ok(());
    }
    // One statement (the keys are disjoint): two sent together would each
    // fail when the first meets a conflict, and the second's "transaction
    // aborted" error must not hide the first's, which is retried.
    client
        .execute(
            "WITH removed AS (
                 DELETE FROM musofir_kv WHERE (tree, key) IN
                 (SELECT * FROM unnest($4::smallint[], $5::bytea[]))
             )
             INSERT INTO musofir_kv (tree, key, value)
             SELECT * FROM unnest($1::smallint[], $2::bytea[], $3::bytea[])
             ON CONFLICT (tree, key) DO UPDATE SET value = EXCLUDED.value",
            &[&up_trees, &up_keys, &up_values, &del_trees, &del_keys],
        )
        .await
        .map(|_| ())
}

fn tx_err(e: tokio_postgres::Error) -> TxError<()> {
    if is_conflict(&e) {
        TxError::Conflict
    } else {
        TxError::Backend(err(e))
    }
}

impl KvTx for PgTx<'_> {
    fn get(&mut self, tree: TreeId, key: &[u8]) -> Result<Option<Vec<u8>>, TxError<()>> {
        let at = (tree.code(), key.to_vec());
        if let Some(known) = self.pending.get(&at).or_else(|| self.read.get(&at)) {
            return Ok(known.clone());
        }
        let c = self.client.clone();
        let key = key.to_vec();
        let value = block(self.kv.handle(), async move {
            c.query_opt(
                "SELECT value FROM musofir_kv WHERE tree = $1 AND key = $2",
                &[&tree.code(), &key],
            )
            .await
            .map(|row| row.map(|r| r.get::<_, Vec<u8>>(0)))
        })?
        .map_err(tx_err)?;
        self.read.insert(at, value.clone());
        Ok(value)
    }

    fn prefetch(&mut self, keys: &[(TreeId, &[u8])]) -> Result<(), TxError<()>> {
        let (mut trees, mut wanted) = (Vec::new(), Vec::new());
        for (tree, key) in keys {
            let at = (tree.code(), key.to_vec());
            if !self.pending.contains_key(&at) && !self.read.contains_key(&at) {
                trees.push(at.0);
                wanted.push(at.1);
            }
        }
        if wanted.len() < 2 {
            // One key: `get` asks for it in the same one round trip.
            return Ok(());
        }
        let c = self.client.clone();
        let asked = (trees.clone(), wanted.clone());
        let rows = block(self.kv.handle(), async move {
            c.query(
                "SELECT tree, key, value FROM musofir_kv WHERE (tree, key) IN
                 (SELECT * FROM unnest($1::smallint[], $2::bytea[]))",
                &[&asked.0, &asked.1],
            )
            .await
        })?
        .map_err(tx_err)?;
        for (tree, key) in trees.into_iter().zip(wanted) {
            self.read.insert((tree, key), None);
        }
        for row in rows {
            let at = (row.get::<_, i16>(0), row.get::<_, Vec<u8>>(1));
            self.read.insert(at, Some(row.get::<_, Vec<u8>>(2)));
        }
        Ok(())
    }

    fn insert(&mut self, tree: TreeId, key: &[u8], value: &[u8]) -> Result<(), TxError<()>> {
        self.pending
            .insert((tree.code(), key.to_vec()), Some(value.to_vec()));
        Ok(())
    }

    fn remove(&mut self, tree: TreeId, key: &[u8]) -> Result<(), TxError<()>> {
        self.pending.insert((tree.code(), key.to_vec()), None);
        Ok(())
    }
}

impl KeySlots for PgSlots {
    fn allocate(&self, owner: &Tag) -> Result<(Slot, Zeroizing<[u8; 32]>), KvError> {
        let secret = random_secret();
        let pool = self.pool.clone();
        let (owner, bytes) = (owner.to_vec(), secret.to_vec());
        let slot = block(&self.rt, async move {
            let c = PgKv::client(&pool).await?;
            let row = c
                .query_one(
                    "INSERT INTO musofir_slots (slot, owner, secret)
                     VALUES (nextval('musofir_slot_seq'), $1, $2) RETURNING slot",
                    &[&owner, &bytes],
                )
                .await
                .map_err(err)?;
            Ok::<i64, KvError>(row.get(0))
        })??;
        Ok((u64::try_from(slot).unwrap_or(0), secret))
    }

    fn secret(&self, slot: Slot, owner: &Tag) -> Result<Option<Zeroizing<[u8; 32]>>, KvError> {
        let Ok(slot) = i64::try_from(slot) else {
            return Ok(None);
        };
        let pool = self.pool.clone();
        let owner = owner.to_vec();
        let row = block(&self.rt, async move {
            let c = PgKv::client(&pool).await?;
            c.query_opt(
                "SELECT secret FROM musofir_slots WHERE slot = $1 AND owner = $2",
                &[&slot, &owner],
            )
            .await
            .map_err(err)
        })??;
        Ok(row.and_then(|r| {
            let v: Vec<u8> = r.get(0);
            let mut s = Zeroizing::new([0u8; 32]);
            (v.len() == 32).then(|| {
                s.copy_from_slice(&v);
                s
            })
        }))
    }

    fn wipe(&self, slot: Slot, owner: &Tag) -> Result<(), KvError> {
        let Ok(slot) = i64::try_from(slot) else {
            return Ok(());
        };
        let pool = self.pool.clone();
        let owner = owner.to_vec();
        block(&self.rt, async move {
            let c = PgKv::client(&pool).await?;
            // Overwritten, then deleted: the live row goes at once; the old
            // versions go when VACUUM reclaims them (deploy/README.md, "Erasure on PostgreSQL").
            c.execute(
                "UPDATE musofir_slots SET secret = '\\x00'::bytea WHERE slot = $1 AND owner = $2",
                &[&slot, &owner],
            )
            .await
            .map_err(err)?;
            c.execute(
                "DELETE FROM musofir_slots WHERE slot = $1 AND owner = $2",
                &[&slot, &owner],
            )
            .await
            .map_err(err)?;
            Ok(())
        })?
    }

    fn sync(&self) -> Result<(), KvError> {
        Ok(())
    }

    fn in_use(&self) -> Result<usize, KvError> {
        let pool = self.pool.clone();
        block(&self.rt, async move {
            let c = PgKv::client(&pool).await?;
            let n: i64 = c
                .query_one("SELECT count(*) FROM musofir_slots", &[])
                .await
                .map_err(err)?
                .get(0);
            Ok(usize::try_from(n).unwrap_or(0))
        })?
    }

    fn export_after(&self, after: Option<Slot>, limit: usize) -> Result<Vec<SlotEntry>, KvError> {
        let after = match after {
            Some(a) => i64::try_from(a).map_err(|_| KvError("slot out of range".into()))?,
            None => -1,
        };
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let pool = self.pool.clone();
        let rows = block(&self.rt, async move {
            let c = PgKv::client(&pool).await?;
            c.query(
                "SELECT slot, owner, secret FROM musofir_slots WHERE slot > $1
                 ORDER BY slot LIMIT $2",
                &[&after, &limit],
            )
            .await
            .map_err(err)
        })??;
        let mut out = Vec::new();
        for r in rows {
            let slot: i64 = r.get(0);
            let owner: Vec<u8> = r.get(1);
            let secret: Zeroizing<Vec<u8>> = Zeroizing::new(r.get(2));
            let (Ok(owner), true) = (<Tag>::try_from(owner.as_slice()), secret.len() == 32) else {
                continue;
            };
            let mut s = Zeroizing::new([0u8; 32]);
            s.copy_from_slice(&secret);
            out.push((u64::try_from(slot).unwrap_or(0), owner, s));
        }
        Ok(out)
    }

    fn import_batch(&self, entries: &[SlotEntry]) -> Result<(), KvError> {
        let mut slots = Vec::with_capacity(entries.len());
        let mut owners = Vec::with_capacity(entries.len());
        let mut secrets = Zeroizing::new(Vec::with_capacity(entries.len()));
        for (slot, owner, secret) in entries {
            slots.push(i64::try_from(*slot).map_err(|_| KvError("slot out of range".into()))?);
            owners.push(owner.to_vec());
            secrets.push(secret.to_vec());
        }
        let pool = self.pool.clone();
        block(&self.rt, async move {
            let c = PgKv::client(&pool).await?;
            c.execute(
                "INSERT INTO musofir_slots (slot, owner, secret)
                 SELECT * FROM unnest($1::int8[], $2::bytea[], $3::bytea[])
                 ON CONFLICT (slot) DO UPDATE SET owner = EXCLUDED.owner, secret = EXCLUDED.secret",
                &[&slots, &owners, &*secrets],
            )
            .await
            .map_err(err)?;
            // New slots are numbered after every imported one.
            c.execute(
                "SELECT setval('musofir_slot_seq', GREATEST((SELECT max(slot) FROM musofir_slots), 1))",
                &[],
            )
            .await
            .map_err(err)?;
            Ok(())
        })?
    }

    fn import(&self, slot: Slot, owner: &Tag, secret: &[u8; 32]) -> Result<(), KvError> {
        self.import_batch(&[(slot, *owner, Zeroizing::new(*secret))])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs `sql` on its own connection to `url`: the first column of the
    /// first row it returns, if any.
    fn sql(url: &str, sql: &str) -> Result<Option<String>, tokio_postgres::Error> {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async {
            let (c, conn) = tokio_postgres::connect(url, NoTls).await?;
            let task = tokio::spawn(conn);
            let rows = c.simple_query(sql).await;
            drop(c);
            let _ = task.await;
            Ok(rows?.into_iter().find_map(|m| match m {
                tokio_postgres::SimpleQueryMessage::Row(r) => r.get(0).map(str::to_string),
                _ => None,
            }))
        })
    }

    #[test]
    fn a_transaction_whose_body_panics_leaves_no_open_transaction_behind() {
        let admin = std::env::var("MUSOFIR_TEST_DATABASE_URL")
            .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
        let db = format!("musofir_unit_panic_{}", std::process::id());
        if let Err(e) = sql(&admin, &format!("CREATE DATABASE {db}")) {
            // Past the harness's capture: a skip must be seen.
            use std::io::Write as _;
            let _ = writeln!(
                std::io::stderr().lock(),
                "SKIPPED store::kv::pg::tests: no PostgreSQL at {admin} ({e})"
            );
            return;
        }
        let url = format!("{}/{db}", admin.rsplit_once('/').unwrap().0);
        let kv = PgKv::connect(&url).unwrap();
        let panicked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let _ = kv.transaction(&mut |tx: &mut dyn KvTx| {
                tx.get(TreeId::Meta, b"before")?;
                panic!("a bug in a transaction's body");
            });
        }));
        assert!(panicked.is_err());
        // A plain write after it, on the pool's (one) connection: committed,
        // so another session sees it.
        kv.insert(TreeId::Meta, b"after", b"1").unwrap();
        drop(kv);
        let seen = sql(
            &url,
            &format!(
                "SELECT count(*) FROM musofir_kv WHERE tree = {} AND key = 'after'::bytea",
                TreeId::Meta.code()
            ),
        )
        .unwrap();
        let _ = sql(
            &admin,
            &format!("DROP DATABASE IF EXISTS {db} WITH (FORCE)"),
        );
        assert_eq!(
            seen.as_deref(),
            Some("1"),
            "the write after the panic is committed"
        );
    }
}
