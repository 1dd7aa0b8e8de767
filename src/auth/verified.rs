//! A bounded cache of JWTs whose signature has been checked, so that a
//! token seen again (a browser sends the same session token with every
//! request for up to a minute) skips the RSA work.
//!
//! What is cached is what depends on the token alone: its kind, the key that
//! checked its signature and its decoded claims. Everything else runs again
//! on every hit: the key lookup (a key gone from the key set means no key,
//! so the entry is never used), and every check that depends on the options
//! or the clock (expiry and `nbf` with the skew,
//! authorized parties, the accepted kinds, pending sessions). An entry is
//! used only when the key found now is the very key that checked it.
//! Entries are keyed by the SHA-256 of the whole token, so the cache holds
//! no credential, and are added only once a verification has succeeded.

use super::{Claims, RsaKey, TokenType};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::fmt;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::sync::RwLock;

/// How many verified tokens a cache holds by default.
pub const DEFAULT_TOKEN_CACHE_CAPACITY: usize = 10_000;

/// The SHA-256 of a token: the cache's key.
pub(crate) type TokenDigest = [u8; 32];

/// What is remembered of a token that verified in full.
pub(crate) struct Entry {
    /// Its kind, as detected when it was verified (a function of the token).
    pub(crate) kind: TokenType,
    /// The header's `kid`, to look the key up again.
    pub(crate) kid: Option<String>,
    /// The key that checked the signature.
    pub(crate) key: RsaKey,
    /// The claims, before the checks that depend on options or the clock.
    pub(crate) verdict: Verdict,
    /// The token's `exp` (Unix seconds): after it the entry is only room.
    pub(crate) exp: i64,
}

/// The decoded claims of a cached token.
// Each entry sits in its own `Arc`, one per token: the size is paid once.
#[allow(clippy::large_enum_variant)]
pub(crate) enum Verdict {
    /// A session token's claims.
    Session(Claims),
    /// A machine JWT's payload.
    Machine(Map<String, Value>),
}

/// Verified tokens, shared by every clone of the [`Authenticator`](super::Authenticator)
/// (and so of the [`Clerk`](crate::Clerk)) that made it. See
/// [`Authenticator::token_cache`](super::Authenticator::token_cache).
pub struct TokenCache {
    entries: RwLock<HashMap<TokenDigest, Arc<Entry>>>,
    capacity: AtomicUsize,
}

impl Default for TokenCache {
    fn default() -> Self {
        TokenCache::with_capacity(DEFAULT_TOKEN_CACHE_CAPACITY)
    }
}

impl fmt::Debug for TokenCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenCache").field("len", &self.len()).field("capacity", &self.capacity()).finish()
    }
}

impl TokenCache {
    /// A cache holding at most `capacity` tokens (0 turns it off).
    pub fn with_capacity(capacity: usize) -> Self {
        TokenCache { entries: RwLock::new(HashMap::new()), capacity: AtomicUsize::new(capacity) }
    }

    /// How many tokens it holds at most.
    pub fn capacity(&self) -> usize {
        self.capacity.load(Ordering::Relaxed)
    }

    /// Changes the bound; 0 turns the cache off. Shrinking drops entries.
    pub fn set_capacity(&self, capacity: usize) {
        self.capacity.store(capacity, Ordering::Relaxed);
        let mut entries = self.write();
        if entries.len() > capacity {
            entries.clear();
        }
    }

    /// How many tokens it holds now.
    pub fn len(&self) -> usize {
        self.read().len()
    }

    /// Whether it holds no token.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Forgets every token: the next verification of each does the RSA work.
    pub fn clear(&self) {
        self.write().clear();
    }

    pub(crate) fn digest(token: &str) -> TokenDigest {
        Sha256::digest(token.as_bytes()).into()
    }

    /// What is remembered of the token with this digest. The caller still
    /// checks that the key it finds now is `entry.key`.
    pub(crate) fn get(&self, digest: &TokenDigest) -> Option<Arc<Entry>> {
        self.read().get(digest).cloned()
    }

    /// Remembers a token that has just been verified in full.
    pub(crate) fn insert(&self, digest: TokenDigest, entry: Entry, now: i64) {
        let capacity = self.capacity();
        if capacity == 0 || entry.exp <= now {
            return;
        }
        let mut entries = self.write();
        if entries.len() >= capacity && !entries.contains_key(&digest) {
            entries.retain(|_, e| e.exp > now);
            if entries.len() >= capacity {
                // Still full of live tokens: make room by dropping any one.
                if let Some(victim) = entries.keys().next().copied() {
                    entries.remove(&victim);
                }
            }
        }
        entries.insert(digest, Arc::new(entry));
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, HashMap<TokenDigest, Arc<Entry>>> {
        self.entries.read().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn write(&self) -> std::sync::RwLockWriteGuard<'_, HashMap<TokenDigest, Arc<Entry>>> {
        self.entries.write().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
