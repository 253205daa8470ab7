//! Configuration from the environment, parsed once into typed values.

use std::path::PathBuf;

use reqwest::Url;

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("TELOXIDE_TOKEN is not set: get a token from @BotFather and run `TELOXIDE_TOKEN=... musofir`")]
    MissingToken,
    #[error("TELOXIDE_API_URL is not a valid URL: {0}")]
    BadApiUrl(String),
    #[error("MUSOFIR_RETENTION_DAYS must be a whole number of days, at least 30: {0}")]
    BadRetention(String),
    #[error("{0} is not valid: {1}")]
    Bad(&'static str, String),
}

#[derive(Clone, Debug)]
pub struct BotConfig {
    pub token: String,
    /// A Bot API server other than Telegram's (a local server or a test fake).
    pub api_url: Option<Url>,
    pub data_dir: PathBuf,
    /// The master key of the store (`MUSOFIR_KEY_FILE`, default beside the
    /// data directory).
    pub key_file: PathBuf,
    /// Users silent this many days with no deadline ahead are erased
    /// (`MUSOFIR_RETENTION_DAYS`).
    pub retention_days: u32,
    /// `MUSOFIR_SEND_LIMITS=off`: send without keeping Telegram's limits
    /// (benchmarks against a local fake only).
    pub unlimited_sends: bool,
    /// `MUSOFIR_DATABASE_URL`: PostgreSQL instead of the embedded store.
    pub database_url: Option<String>,
    /// `MUSOFIR_SEND_SHARE`: this instance's share of Telegram's overall
    /// send rate, when several instances share one bot (1 = all of it).
    pub send_share: f64,
    /// `MUSOFIR_WEBHOOK_URL`: take updates by webhook at this public URL
    /// (long polling when unset).
    pub webhook_url: Option<Url>,
    /// `MUSOFIR_LISTEN`: where the webhook listens.
    pub listen: std::net::SocketAddr,
    /// `MUSOFIR_WEBHOOK_SECRET`: the secret Telegram sends with every update.
    pub webhook_secret: Option<String>,
    /// `MUSOFIR_OPS_LISTEN`: where `/healthz` and `/metrics` answer (off when unset).
    pub ops_listen: Option<std::net::SocketAddr>,
}

/// How long data of a silent user with nothing ahead is kept by default.
pub const DEFAULT_RETENTION_DAYS: u32 = 365;

impl BotConfig {
    pub fn store_paths(&self) -> crate::store::StorePaths {
        crate::store::StorePaths::new(self.data_dir.clone(), Some(self.key_file.clone()))
    }

    /// Opens the configured store: PostgreSQL when `MUSOFIR_DATABASE_URL`
    /// is set, else the embedded one.
    pub fn open_store(&self) -> Result<crate::store::Store, crate::store::StoreError> {
        match &self.database_url {
            Some(url) => crate::store::Store::open_pg(url, &self.key_file),
            None => crate::store::Store::open(&self.store_paths()),
        }
    }
}

pub const DEFAULT_DATA_DIR: &str = "./musofir-data";

/// Where the sled store lives: `MUSOFIR_DATA_DIR`, else `./musofir-data`.
pub fn data_dir_from(var: Option<String>) -> PathBuf {
    var.filter(|v| !v.trim().is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(DEFAULT_DATA_DIR))
}

/// The master key file: `var`, else beside the data directory (`DIR.key`).
pub fn key_file_from(var: Option<String>, data_dir: &std::path::Path) -> PathBuf {
    var.filter(|v| !v.trim().is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(|| crate::store::default_key_file(data_dir))
}

impl BotConfig {
    pub fn from_env() -> Result<BotConfig, ConfigError> {
        Self::from_vars(|k| std::env::var(k).ok())
    }

    pub fn from_vars(get: impl Fn(&str) -> Option<String>) -> Result<BotConfig, ConfigError> {
        let token = get("TELOXIDE_TOKEN")
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty())
            .ok_or(ConfigError::MissingToken)?;
        let api_url = match get("TELOXIDE_API_URL").filter(|u| !u.trim().is_empty()) {
            None => None,
            Some(u) => Some(Url::parse(u.trim()).map_err(|_| ConfigError::BadApiUrl(u))?),
        };
        let data_dir = data_dir_from(get("MUSOFIR_DATA_DIR"));
        let key_file = key_file_from(get("MUSOFIR_KEY_FILE"), &data_dir);
        let retention_days = match get("MUSOFIR_RETENTION_DAYS").filter(|v| !v.trim().is_empty()) {
            None => DEFAULT_RETENTION_DAYS,
            Some(v) => v
                .trim()
                .parse::<u32>()
                .ok()
                .filter(|d| *d >= 30)
                .ok_or(ConfigError::BadRetention(v))?,
        };
        let set = |k: &str| {
            get(k)
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        let send_share = match set("MUSOFIR_SEND_SHARE") {
            None => 1.0,
            Some(v) => v
                .parse::<f64>()
                .ok()
                .filter(|s| *s > 0.0 && *s <= 1.0)
                .ok_or(ConfigError::Bad(
                    "MUSOFIR_SEND_SHARE (a fraction in (0, 1])",
                    v,
                ))?,
        };
        let webhook_url = match set("MUSOFIR_WEBHOOK_URL") {
            None => None,
            Some(u) => Some(
                Url::parse(&u)
                    .ok()
                    .filter(|u| u.scheme() == "https" || u.scheme() == "http")
                    .ok_or(ConfigError::Bad("MUSOFIR_WEBHOOK_URL", u))?,
            ),
        };
        let addr = |k: &'static str, v: String| {
            v.parse::<std::net::SocketAddr>()
                .map_err(|_| ConfigError::Bad(k, v))
        };
        let listen = addr(
            "MUSOFIR_LISTEN (host:port)",
            set("MUSOFIR_LISTEN").unwrap_or_else(|| "0.0.0.0:8443".into()),
        )?;
        let ops_listen = match set("MUSOFIR_OPS_LISTEN") {
            None => None,
            Some(v) => Some(addr("MUSOFIR_OPS_LISTEN (host:port)", v)?),
        };
        let webhook_secret = match set("MUSOFIR_WEBHOOK_SECRET") {
            Some(s)
                if s.len() <= 256
                    && s.bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-') =>
            {
                Some(s)
            }
            Some(s) => {
                return Err(ConfigError::Bad(
                    "MUSOFIR_WEBHOOK_SECRET (1-256 of A-Z a-z 0-9 _ -)",
                    s,
                ))
            }
            None => None,
        };
        Ok(BotConfig {
            token,
            api_url,
            data_dir,
            key_file,
            retention_days,
            unlimited_sends: get("MUSOFIR_SEND_LIMITS").is_some_and(|v| v.trim() == "off"),
            database_url: set("MUSOFIR_DATABASE_URL"),
            send_share,
            webhook_url,
            listen,
            webhook_secret,
            ops_listen,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_environment() {
        let vars = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert!(matches!(
            BotConfig::from_vars(vars(&[])),
            Err(ConfigError::MissingToken)
        ));
        assert!(matches!(
            BotConfig::from_vars(vars(&[
                ("TELOXIDE_TOKEN", "1:a"),
                ("TELOXIDE_API_URL", "::")
            ])),
            Err(ConfigError::BadApiUrl(_))
        ));
        let c = BotConfig::from_vars(vars(&[
            ("TELOXIDE_TOKEN", " 1:a "),
            ("MUSOFIR_DATA_DIR", "/tmp/x"),
        ]))
        .unwrap();
        assert_eq!(c.token, "1:a");
        assert_eq!(c.data_dir, PathBuf::from("/tmp/x"));
        assert_eq!(c.key_file, PathBuf::from("/tmp/x.key"));
        assert_eq!(c.retention_days, 365);
        assert!(c.api_url.is_none());
        assert!(matches!(
            BotConfig::from_vars(vars(&[
                ("TELOXIDE_TOKEN", "1:a"),
                ("MUSOFIR_RETENTION_DAYS", "7")
            ])),
            Err(ConfigError::BadRetention(_))
        ));
        let c = BotConfig::from_vars(vars(&[
            ("TELOXIDE_TOKEN", "1:a"),
            ("MUSOFIR_KEY_FILE", "/secrets/k"),
            ("MUSOFIR_RETENTION_DAYS", "90"),
        ]))
        .unwrap();
        assert_eq!(c.key_file, PathBuf::from("/secrets/k"));
        assert_eq!(c.retention_days, 90);
    }
}
