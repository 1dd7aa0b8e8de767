//! Where verification keys come from, and how long they are kept.

use std::collections::HashMap;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use serde_json::Value;

use super::{AuthError, RsaKey};

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

/// A thread-safe cache of verification keys by key id (`kid`), built to keep
/// a server up while Clerk is slow or unreachable.
///
/// - **One fetch at a time.** However many requests find the cache empty or
///   expired at once, one of them fetches; the others wait for that fetch
///   (empty cache) or keep using the keys already held (expired cache).
/// - **Stale keys through a failed refresh.** When a refresh fails, the held
///   keys stay in use for up to [`max_staleness`](Self::with_max_staleness)
///   past their [`ttl`](Self::with_ttl); the failure is logged with
///   `tracing::warn!` and the refresh is tried again after
///   [`retry_after_failure`](Self::with_retry_after_failure).
/// - **A short fetch.** Each fetch gets [`fetch_timeout`](Self::with_fetch_timeout)
///   (five seconds by default), so a request never waits on a long retry loop.
/// - **Unknown key ids.** A token whose `kid` is not in a fresh cache causes
///   one refetch (keys may have been rotated), but at most one per
///   [`min_refetch_interval`](Self::with_min_refetch_interval), so a stream
///   of tokens with made-up key ids cannot turn into a stream of API calls.
///
/// Share one cache (for example inside an `Arc`) between all requests. The
/// settings can be changed on a shared cache with the `set_*` methods.
pub struct JwksCache {
    state: Mutex<CacheState>,
    /// Held by the one task that is fetching.
    fetching: futures::lock::Mutex<()>,
}

#[derive(Clone, Copy, Debug)]
struct Settings {
    ttl: Duration,
    min_refetch_interval: Duration,
    max_staleness: Duration,
    fetch_timeout: Duration,
    retry_after_failure: Duration,
}

struct CacheState {
    settings: Settings,
    keys: HashMap<String, RsaKey>,
    loaded_at: Option<Instant>,
    last_refetch: Option<Instant>,
    failed_at: Option<Instant>,
    last_error: Option<AuthError>,
    /// Counts finished fetches (successful or not), so a task that waited
    /// for the fetch lock can tell that someone else fetched meanwhile.
    generation: u64,
}

impl CacheState {
    fn age(&self, now: Instant) -> Option<Duration> {
        self.loaded_at.map(|at| now.saturating_duration_since(at))
    }

    fn is_fresh(&self, now: Instant) -> bool {
        self.age(now).is_some_and(|age| age < self.settings.ttl)
    }

    /// Fresh, or stale by no more than the allowed staleness.
    fn is_usable(&self, now: Instant) -> bool {
        let limit = self.settings.ttl.saturating_add(self.settings.max_staleness);
        self.age(now).is_some_and(|age| age < limit)
    }
}

enum Plan {
    Answer(Option<RsaKey>),
    /// Fetch; `wait` says whether to wait for a fetch already under way
    /// (no usable keys, or an unknown key id) or to use the held keys.
    Fetch {
        generation: u64,
        wait: bool,
        refetch: bool,
    },
}

impl JwksCache {
    /// How long a fetched key set is used before it is fetched again: one hour.
    pub const DEFAULT_TTL: Duration = Duration::from_secs(60 * 60);
    /// The shortest time between two refetches caused by unknown key ids: five minutes.
    pub const DEFAULT_MIN_REFETCH_INTERVAL: Duration = Duration::from_secs(5 * 60);
    /// How long past its TTL a key set is still used when refreshing it fails: six hours.
    pub const DEFAULT_MAX_STALENESS: Duration = Duration::from_secs(6 * 60 * 60);
    /// The most one fetch of the key set may take: five seconds.
    pub const DEFAULT_FETCH_TIMEOUT: Duration = Duration::from_secs(5);
    /// How long after a failed refresh the held keys are used without trying
    /// again: thirty seconds.
    pub const DEFAULT_RETRY_AFTER_FAILURE: Duration = Duration::from_secs(30);

    /// An empty cache with the default settings.
    pub fn new() -> Self {
        JwksCache {
            state: Mutex::new(CacheState {
                settings: Settings {
                    ttl: Self::DEFAULT_TTL,
                    min_refetch_interval: Self::DEFAULT_MIN_REFETCH_INTERVAL,
                    max_staleness: Self::DEFAULT_MAX_STALENESS,
                    fetch_timeout: Self::DEFAULT_FETCH_TIMEOUT,
                    retry_after_failure: Self::DEFAULT_RETRY_AFTER_FAILURE,
                },
                keys: HashMap::new(),
                loaded_at: None,
                last_refetch: None,
                failed_at: None,
                last_error: None,
                generation: 0,
            }),
            fetching: futures::lock::Mutex::new(()),
        }
    }

    /// Sets how long a fetched key set stays fresh.
    pub fn with_ttl(self, ttl: Duration) -> Self {
        self.set_ttl(ttl);
        self
    }

    /// Sets the shortest time between two refetches caused by unknown key ids.
    pub fn with_min_refetch_interval(self, interval: Duration) -> Self {
        self.set_min_refetch_interval(interval);
        self
    }

    /// Sets how long past its TTL a key set is still used while refreshing
    /// it fails. Zero turns stale keys off: a failed refresh is an error.
    pub fn with_max_staleness(self, staleness: Duration) -> Self {
        self.set_max_staleness(staleness);
        self
    }

    /// Sets the most one fetch of the key set may take.
    pub fn with_fetch_timeout(self, timeout: Duration) -> Self {
        self.set_fetch_timeout(timeout);
        self
    }

    /// Sets how long after a failed refresh the held (stale) keys are used
    /// without trying to fetch again.
    pub fn with_retry_after_failure(self, delay: Duration) -> Self {
        self.set_retry_after_failure(delay);
        self
    }

    /// Changes the TTL of a cache already in use.
    pub fn set_ttl(&self, ttl: Duration) {
        self.lock().settings.ttl = ttl;
    }

    /// Changes the minimum refetch interval of a cache already in use.
    pub fn set_min_refetch_interval(&self, interval: Duration) {
        self.lock().settings.min_refetch_interval = interval;
    }

    /// Changes the allowed staleness of a cache already in use.
    pub fn set_max_staleness(&self, staleness: Duration) {
        self.lock().settings.max_staleness = staleness;
    }

    /// Changes the fetch timeout of a cache already in use.
    pub fn set_fetch_timeout(&self, timeout: Duration) {
        self.lock().settings.fetch_timeout = timeout;
    }

    /// Changes the delay after a failed refresh of a cache already in use.
    pub fn set_retry_after_failure(&self, delay: Duration) {
        self.lock().settings.retry_after_failure = delay;
    }

    /// How long a fetched key set stays fresh.
    pub fn ttl(&self) -> Duration {
        self.lock().settings.ttl
    }

    /// The shortest time between two refetches caused by unknown key ids.
    pub fn min_refetch_interval(&self) -> Duration {
        self.lock().settings.min_refetch_interval
    }

    /// How long past its TTL a key set is still used while refreshing fails.
    pub fn max_staleness(&self) -> Duration {
        self.lock().settings.max_staleness
    }

    /// The most one fetch of the key set may take.
    pub fn fetch_timeout(&self) -> Duration {
        self.lock().settings.fetch_timeout
    }

    /// How long after a failed refresh the held keys are used without retrying.
    pub fn retry_after_failure(&self) -> Duration {
        self.lock().settings.retry_after_failure
    }

    /// The key ids currently cached, sorted.
    pub fn key_ids(&self) -> Vec<String> {
        let mut kids: Vec<String> = self.lock().keys.keys().cloned().collect();
        kids.sort();
        kids
    }

    /// Forgets every cached key; the next verification fetches the key set
    /// again. The settings are kept.
    pub fn clear(&self) {
        let mut state = self.lock();
        state.keys.clear();
        state.loaded_at = None;
        state.last_refetch = None;
        state.failed_at = None;
        state.last_error = None;
        state.generation = state.generation.wrapping_add(1);
    }

    /// Fills the cache from a key set document obtained some other way, as if
    /// it had just been fetched. Returns how many usable keys it held.
    pub fn load(&self, jwks: &Value) -> Result<usize, AuthError> {
        let keys = parse_jwks(jwks)?;
        let count = keys.len();
        let mut state = self.lock();
        state.keys = keys;
        state.loaded_at = Some(Instant::now());
        state.failed_at = None;
        state.last_error = None;
        state.generation = state.generation.wrapping_add(1);
        Ok(count)
    }

    /// The key for `kid`, fetching the key set when needed (see the type's
    /// documentation). `Ok(None)` means the key id is unknown.
    pub(crate) async fn key(&self, kid: &str, source: &dyn JwksSource) -> Result<Option<RsaKey>, AuthError> {
        match self.plan(kid) {
            Plan::Answer(key) => Ok(key),
            // Boxed: a fetch's future (the lock, the timer, the source's
            // call) is large, and every verification's future would
            // otherwise carry room for it and copy it around.
            Plan::Fetch { generation, wait, refetch } => {
                Box::pin(self.fetch(kid, source, generation, wait, refetch)).await
            }
        }
    }

    /// Fetches the key set (or waits for a fetch under way), then answers
    /// for `kid`.
    async fn fetch(
        &self,
        kid: &str,
        source: &dyn JwksSource,
        generation: u64,
        wait: bool,
        refetch: bool,
    ) -> Result<Option<RsaKey>, AuthError> {
        let _guard = if wait {
            self.fetching.lock().await
        } else {
            match self.fetching.try_lock() {
                Some(guard) => guard,
                // Someone is refreshing; the held keys are good enough meanwhile.
                None => return Ok(self.lock().keys.get(kid).cloned()),
            }
        };
        let timeout = {
            let state = self.lock();
            if state.generation != generation {
                // A fetch finished while this task waited: use its outcome.
                let now = Instant::now();
                if state.is_usable(now) {
                    return Ok(state.keys.get(kid).cloned());
                }
                return Err(state
                    .last_error
                    .clone()
                    .unwrap_or_else(|| AuthError::JwksFetch("the key set could not be fetched".into())));
            }
            state.settings.fetch_timeout
        };

        let fetched = match tokio::time::timeout(timeout, source.fetch_jwks()).await {
            Ok(Ok(document)) => parse_jwks(&document),
            Ok(Err(message)) => Err(AuthError::JwksFetch(message)),
            Err(_) => Err(AuthError::JwksFetch(format!("no answer within {} ms", timeout.as_millis()))),
        };
        let mut state = self.lock();
        let now = Instant::now();
        state.generation = state.generation.wrapping_add(1);
        if refetch {
            state.last_refetch = Some(now);
        }
        match fetched {
            Ok(keys) => {
                state.keys = keys;
                state.loaded_at = Some(now);
                state.failed_at = None;
                state.last_error = None;
                Ok(state.keys.get(kid).cloned())
            }
            Err(error) => {
                state.failed_at = Some(now);
                state.last_error = Some(error.clone());
                if state.is_usable(now) {
                    tracing::warn!(
                        error = %error,
                        keys = state.keys.len(),
                        "refreshing the JWKS failed; verifying with the keys already held"
                    );
                    Ok(state.keys.get(kid).cloned())
                } else {
                    tracing::warn!(error = %error, "fetching the JWKS failed and no usable keys are held");
                    Err(error)
                }
            }
        }
    }

    /// The key for `kid` when the held key set is fresh and has it: what
    /// needs no wait and changes nothing. `None` means ask [`key`](Self::key).
    pub(crate) fn key_now(&self, kid: &str) -> Option<RsaKey> {
        let state = self.lock();
        if state.is_fresh(Instant::now()) {
            state.keys.get(kid).cloned()
        } else {
            None
        }
    }

    fn plan(&self, kid: &str) -> Plan {
        let mut state = self.lock();
        let now = Instant::now();
        let generation = state.generation;
        if state.is_fresh(now) {
            if let Some(key) = state.keys.get(kid) {
                return Plan::Answer(Some(key.clone()));
            }
            let interval = state.settings.min_refetch_interval;
            if state.last_refetch.is_none_or(|at| now.saturating_duration_since(at) >= interval) {
                // Claim the refetch slot before fetching, so concurrent
                // requests with unknown key ids do not all refetch.
                state.last_refetch = Some(now);
                return Plan::Fetch { generation, wait: true, refetch: true };
            }
            return Plan::Answer(None);
        }
        if state.is_usable(now) {
            let backing_off = state
                .failed_at
                .is_some_and(|at| now.saturating_duration_since(at) < state.settings.retry_after_failure);
            if backing_off {
                return Plan::Answer(state.keys.get(kid).cloned());
            }
            return Plan::Fetch { generation, wait: false, refetch: false };
        }
        Plan::Fetch { generation, wait: true, refetch: false }
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
        let state = self.lock();
        let mut kids: Vec<&String> = state.keys.keys().collect();
        kids.sort();
        f.debug_struct("JwksCache").field("settings", &state.settings).field("key_ids", &kids).finish()
    }
}

/// Reads the RS256 signing keys of a key set document, by key id. Entries
/// that are not RSA signing keys, or that cannot be decoded, are skipped.
fn parse_jwks(jwks: &Value) -> Result<HashMap<String, RsaKey>, AuthError> {
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
        if let Ok(key) = RsaKey::from_jwk_components(n, e) {
            keys.insert(kid.to_string(), key);
        }
    }
    Ok(keys)
}
