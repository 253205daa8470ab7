//! The operator's side: `/healthz` for a load balancer or an orchestrator,
//! `/metrics` for Prometheus. A shell of its own, off unless
//! `MUSOFIR_OPS_LISTEN` is set; it shows no user data.

pub mod metrics;

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;

use crate::app::App;
pub use metrics::METRICS;

/// Binds `addr` (so that a taken port fails the start, not later), then
/// serves until `stop`.
pub async fn serve(
    addr: SocketAddr,
    app: Arc<App>,
    stop: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<tokio::task::JoinHandle<()>> {
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| anyhow::anyhow!("MUSOFIR_OPS_LISTEN {addr} cannot be bound: {e}"))?;
    tracing::info!(%addr, "health and metrics at /healthz and /metrics");
    let router = Router::new()
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics))
        .with_state(app);
    Ok(tokio::spawn(async move {
        if let Err(e) = axum::serve(listener, router)
            .with_graceful_shutdown(stop)
            .await
        {
            tracing::warn!(error = %e, "the ops endpoint failed");
        }
    }))
}

/// 200 while the store answers, else 503. Says whether this instance sends
/// the reminders.
async fn healthz(State(app): State<Arc<App>>) -> impl IntoResponse {
    let store = app.store.clone();
    let check = tokio::task::spawn_blocking(move || store.check()).await;
    let leader = app.store.is_leader();
    match check {
        Ok(Ok(())) => (
            StatusCode::OK,
            format!(
                "ok\nstore: {}\nsends reminders: {leader}\n",
                app.store.location()
            ),
        ),
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "health check: the store does not answer");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                "the store does not answer\n".to_string(),
            )
        }
        Err(_) => (
            StatusCode::SERVICE_UNAVAILABLE,
            "the health check failed\n".to_string(),
        ),
    }
}

async fn metrics(State(app): State<Arc<App>>) -> impl IntoResponse {
    METRICS.leader.set(i64::from(app.store.is_leader()));
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        METRICS.render(),
    )
}
