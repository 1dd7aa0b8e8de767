//! Where verification keys come from, and how long they are kept.

use std::collections::HashMap;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use jsonwebtoken::DecodingKey;
use serde_json::Value;

use super::AuthError;

/// The future a [`JwksSource`] returns: the JWKS document, or a description
/// of why it could not be fetched.
pub type JwksFuture<'a> = Pin<Box<dyn Future<Output = Result<Value, String>> + Send + 'a>>;

/// Something that can fetch the instance's JSON Web Key Set.
///
/// The document has the shape `{"keys": [{"kid", "kty", "n", "e", "alg",
/// "use"}, ...]}`, as served by the Backend API's `GET /jwks`. The trait is
/// object safe, so an [`Authenticator`](super::Authenticator) takes it as
/// `&dyn JwksSource`.
pub trait JwksSource: Send + Sync {
    /// Fetches the current key set.
    fn fetch_jwks(&self) -> JwksFuture<'_>;
}

/// A thread-safe cache of verification keys by key id (`kid`).
///
/// Share one cache (for example inside an `Arc`) between all requests, so the
/// key set is fetched once per [`ttl`](Self::with_ttl) rather than once per
/// request. A token whose `kid` is not in a fresh cache causes one refetch
/// (keys may have been rotated), but at most one per
/// [`min_refetch_interval`](Self::with_min_refetch_interval), so a stream of
/// tokens with made-up key ids cannot turn into a stream of API calls.
///
/// No lock is held while fetching.
pub struct JwksCache {
    ttl: Duration,
    min_refetch_interval: Duration,
    state: Mutex<CacheState>,
}

#[derive(Default)]
struct CacheState {
    keys: HashMap<String, DecodingKey>,
    loaded_at: Option<Instant>,
    last_refetch: Option<Instant>,
}

enum Plan {
    Hit(DecodingKey),
    Miss,
    Load { refetch: bool },
}

impl JwksCache {
    /// How long a fetched key set is used before it is fetched again: one hour.
    pub const DEFAULT_TTL: Duration = Duration::from_secs(60 * 60);
    /// The shortest time between two refetches caused by unknown key ids: five minutes.
    pub const DEFAULT_MIN_REFETCH_INTERVAL: Duration = Duration::from_secs(5 * 60);

    /// An empty cache with the default TTL and refetch interval.
    pub fn new() -> Self {
        JwksCache {
            ttl: Self::DEFAULT_TTL,
            min_refetch_interval: Self::DEFAULT_MIN_REFETCH_INTERVAL,
            state: Mutex::new(CacheState::default()),
        }
    }

    /// Sets how long a fetched key set stays fresh.
    pub fn with_ttl(mut self, ttl: Duration) -> Self {
        self.ttl = ttl;
        self
    }

    /// Sets the shortest time between two refetches caused by unknown key ids.
    pub fn with_min_refetch_interval(mut self, interval: Duration) -> Self {
        self.min_refetch_interval = interval;
        self
    }

    /// How long a fetched key set stays fresh.
    pub fn ttl(&self) -> Duration {
        self.ttl
    }

    /// The shortest time between two refetches caused by unknown key ids.
    pub fn min_refetch_interval(&self) -> Duration {
        self.min_refetch_interval
    }

    /// The key ids currently cached, sorted.
    pub fn key_ids(&self) -> Vec<String> {
        let mut kids: Vec<String> = self.lock().keys.keys().cloned().collect();
        kids.sort();
        kids
    }

    /// Forgets every cached key; the next verification fetches the key set again.
    pub fn clear(&self) {
        *self.lock() = CacheState::default();
    }

    /// Fills the cache from a key set document obtained some other way, as if
    /// it had just been fetched. Returns how many usable keys it held.
    pub fn load(&self, jwks: &Value) -> Result<usize, AuthError> {
        let keys = parse_jwks(jwks)?;
        let count = keys.len();
        let mut state = self.lock();
        state.keys = keys;
        state.loaded_at = Some(Instant::now());
        Ok(count)
    }

    /// The key for `kid`, fetching the key set when the cache is empty or
    /// stale, or (rate-limited) when `kid` is unknown. `Ok(None)` means the
    /// key id is unknown.
    pub(crate) async fn key(&self, kid: &str, source: &dyn JwksSource) -> Result<Option<DecodingKey>, AuthError> {
        let plan = {
            let mut state = self.lock();
            let now = Instant::now();
            let fresh = state.loaded_at.is_some_and(|at| now.saturating_duration_since(at) < self.ttl);
            if !fresh {
                Plan::Load { refetch: false }
            } else if let Some(key) = state.keys.get(kid) {
                Plan::Hit(key.clone())
            } else if state.last_refetch.is_none_or(|at| now.saturating_duration_since(at) >= self.min_refetch_interval)
            {
                // Claim the refetch slot before fetching, so concurrent
                // requests with unknown key ids do not all refetch.
                state.last_refetch = Some(now);
                Plan::Load { refetch: true }
            } else {
                Plan::Miss
            }
        };
        match plan {
            Plan::Hit(key) => Ok(Some(key)),
            Plan::Miss => Ok(None),
            Plan::Load { refetch } => {
                let jwks = source.fetch_jwks().await.map_err(AuthError::JwksFetch)?;
                let keys = parse_jwks(&jwks)?;
                let found = keys.get(kid).cloned();
                let mut state = self.lock();
                state.keys = keys;
                state.loaded_at = Some(Instant::now());
                if refetch {
                    state.last_refetch = Some(Instant::now());
                }
                Ok(found)
            }
        }
    }

    fn lock(&self) -> MutexGuard<'_, CacheState> {
        // The state is always left consistent, so a poisoned lock is still usable.
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl Default for JwksCache {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Debug for JwksCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("JwksCache")
            .field("ttl", &self.ttl)
            .field("min_refetch_interval", &self.min_refetch_interval)
            .field("key_ids", &self.key_ids())
            .finish()
    }
}

/// Reads the RS256 signing keys of a key set document, by key id. Entries
/// that are not RSA signing keys, or that cannot be decoded, are skipped.
fn parse_jwks(jwks: &Value) -> Result<HashMap<String, DecodingKey>, AuthError> {
    let entries = jwks
        .get("keys")
        .and_then(Value::as_array)
        .ok_or_else(|| AuthError::InvalidJwks("no `keys` array in the key set".into()))?;
    let mut keys = HashMap::new();
    for entry in entries {
        let field = |name: &str| entry.get(name).and_then(Value::as_str);
        if field("kty") != Some("RSA") {
            continue;
        }
        if field("use").is_some_and(|u| u != "sig") || field("alg").is_some_and(|a| a != "RS256") {
            continue;
        }
        let (Some(kid), Some(n), Some(e)) = (field("kid"), field("n"), field("e")) else {
            continue;
        };
        if let Ok(key) = DecodingKey::from_rsa_components(n, e) {
            keys.insert(kid.to_string(), key);
        }
    }
    Ok(keys)
}
