//! A bounded cache of JWTs whose signature has been checked, so that a
//! token seen again (a browser sends the same session token with every
//! request for up to a minute) skips the RSA work.
//!
//! What is cached is only the signature's verdict: the entry holds the key
//! that checked it and the decoded payload. Everything else runs again on
//! every hit: the header checks, the key lookup (a key gone from the key set
//! means no key, so the entry is never reached), and every claim check that
//! depends on the options or the clock (expiry and `nbf` with the skew,
//! authorized parties, the accepted kinds, pending sessions). An entry is
//! used only when the key found now is the very key that checked it.
//! Entries are keyed by the SHA-256 of the whole token, so the cache holds
//! no credential, and are added only once a verification has succeeded.

use super::RsaKey;
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::fmt;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::RwLock;

/// How many verified tokens a cache holds by default.
pub const DEFAULT_TOKEN_CACHE_CAPACITY: usize = 10_000;

/// The SHA-256 of a token: the cache's key.
pub(crate) type TokenDigest = [u8; 32];

struct Entry {
    key: RsaKey,
    payload: Map<String, Value>,
    /// The token's `exp` (Unix seconds): after it the entry is only room.
    exp: i64,
}

/// Verified tokens, shared by every clone of the [`Authenticator`](super::Authenticator)
/// (and so of the [`Clerk`](crate::Clerk)) that made it. See
/// [`Authenticator::token_cache`](super::Authenticator::token_cache).
pub struct TokenCache {
    entries: RwLock<HashMap<TokenDigest, Entry>>,
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

    /// The payload of a token this cache has seen checked by `key`.
    pub(crate) fn get(&self, digest: &TokenDigest, key: &RsaKey) -> Option<Map<String, Value>> {
        let entries = self.read();
        let entry = entries.get(digest)?;
        (entry.key == *key).then(|| entry.payload.clone())
    }

    /// Remembers a token that has just been verified in full.
    pub(crate) fn insert(&self, digest: TokenDigest, key: RsaKey, payload: Map<String, Value>, exp: i64, now: i64) {
        let capacity = self.capacity();
        if capacity == 0 || exp <= now {
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
        entries.insert(digest, Entry { key, payload, exp });
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, HashMap<TokenDigest, Entry>> {
        self.entries.read().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn write(&self) -> std::sync::RwLockWriteGuard<'_, HashMap<TokenDigest, Entry>> {
        self.entries.write().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
