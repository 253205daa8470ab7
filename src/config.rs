//! Configuration from the environment, parsed once into typed values.

use std::path::PathBuf;

use reqwest::Url;

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("TELOXIDE_TOKEN is not set: get a token from @BotFather and run `TELOXIDE_TOKEN=... musofir`")]
    MissingToken,
    #[error("TELOXIDE_API_URL is not a valid URL: {0}")]
    BadApiUrl(String),
}

#[derive(Clone, Debug)]
pub struct BotConfig {
    pub token: String,
    /// A Bot API server other than Telegram's (a local server or a test fake).
    pub api_url: Option<Url>,
    pub data_dir: PathBuf,
}

pub const DEFAULT_DATA_DIR: &str = "./musofir-data";

/// Where the sled store lives: `MUSOFIR_DATA_DIR`, else `./musofir-data`.
pub fn data_dir_from(var: Option<String>) -> PathBuf {
    var.filter(|v| !v.trim().is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(DEFAULT_DATA_DIR))
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
        Ok(BotConfig {
            token,
            api_url,
            data_dir: data_dir_from(get("MUSOFIR_DATA_DIR")),
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
        assert!(c.api_url.is_none());
    }
}
