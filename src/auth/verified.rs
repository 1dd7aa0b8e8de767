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
//!
//! Entries are keyed by the SHA-256 of the token's signature, the one part
//! that makes a token a credential, and keep the signed part (header and
//! payload, which no one can use without the signature) to compare on a
//! lookup: a token is found only when both parts are the very ones verified,
//! and the cache holds no credential. Hashing the signature alone (a third of
//! a session token) keeps the work a first sighting adds next to nothing.
//! Entries are added only once a verification has succeeded.

use super::{Claims, RsaKey, TokenType};
use serde_json::{Map, Value};
use std::collections::HashMap;
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::sync::RwLock;

/// How many verified tokens a cache holds by default.
pub const DEFAULT_TOKEN_CACHE_CAPACITY: usize = 10_000;

/// The SHA-256 of a token's signature: the cache's key.
pub(crate) type TokenDigest = [u8; 32];

/// What a JWT is looked up and remembered by: the digest of its signature
/// and its signed part, borrowed from the token.
#[derive(Clone, Copy)]
pub(crate) struct TokenKey<'t> {
    pub(crate) digest: TokenDigest,
    pub(crate) signed: &'t str,
}

impl<'t> TokenKey<'t> {
    /// The key of a compact JWT (`header.payload.signature`). Text without a
    /// dot is all signature; such a token never verifies, so is never found.
    pub(crate) fn of(token: &'t str) -> TokenKey<'t> {
        let (signed, signature) = token.rsplit_once('.').unwrap_or(("", token));
        let digest = ring::digest::digest(&ring::digest::SHA256, signature.as_bytes());
        let mut bytes = [0u8; 32];
        bytes.copy_from_slice(digest.as_ref());
        TokenKey { digest: bytes, signed }
    }
}

/// The map's hasher: a key is already a SHA-256, so its first eight bytes
/// are as good a bucket index as any hash of them (and only tokens that
/// verified are ever inserted, so no one can choose keys to crowd a bucket).
#[derive(Default)]
struct DigestHasher(u64);

impl Hasher for DigestHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // The digest's bytes; the length written before them is ignored.
        for (i, b) in bytes.iter().take(8).enumerate() {
            self.0 ^= u64::from(*b) << (8 * i);
        }
    }

    fn write_usize(&mut self, _: usize) {}
}

type Entries = HashMap<TokenDigest, Slot, BuildHasherDefault<DigestHasher>>;

/// One cached token in the table: its expiry (the token's `exp`, Unix
/// seconds; after it the entry is only room) sits beside the entry, so a
/// pass over a full cache reads the table alone and follows no pointer.
struct Slot {
    exp: i64,
    entry: Arc<Entry>,
}

/// What is remembered of a token that verified in full.
pub(crate) struct Entry {
    /// The token's header and payload as sent, compared on every lookup.
    pub(crate) signed: Box<str>,
    /// Its kind, as detected when it was verified (a function of the token).
    pub(crate) kind: TokenType,
    /// The header's `kid`, to look the key up again.
    pub(crate) kid: Option<String>,
    /// The key that checked the signature.
    pub(crate) key: RsaKey,
    /// The claims, before the checks that depend on options or the clock.
    pub(crate) verdict: Verdict,
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
    entries: RwLock<Entries>,
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
        TokenCache { entries: RwLock::new(Entries::default()), capacity: AtomicUsize::new(capacity) }
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

    /// What is remembered of the token with this key: same signature, same
    /// signed part. The caller still checks that the key it finds now is
    /// `entry.key`.
    pub(crate) fn get(&self, key: &TokenKey<'_>) -> Option<Arc<Entry>> {
        self.read().get(&key.digest).filter(|s| *s.entry.signed == *key.signed).map(|s| s.entry.clone())
    }

    /// Remembers a token that has just been verified in full, until its
    /// `exp` (Unix seconds).
    ///
    /// A full cache first drops what has expired; when that frees less than
    /// an eighth of it, the live entries nearest their expiry go too, down to
    /// seven eighths. So a cache full of live tokens pays one pass over its
    /// entries per eighth of its capacity inserted, not one per insert.
    pub(crate) fn insert(&self, key: &TokenKey<'_>, entry: Entry, exp: i64, now: i64) {
        let digest = key.digest;
        let capacity = self.capacity();
        if capacity == 0 || exp <= now {
            return;
        }
        let slot = Slot { exp, entry: Arc::new(entry) };
        // What leaves the table is freed once the lock is let go: a
        // verification waiting to read waits for the table's work only.
        let mut dropped: Vec<Slot> = Vec::new();
        {
            let mut entries = self.write();
            if entries.len() >= capacity && !entries.contains_key(&digest) {
                dropped.extend(entries.extract_if(|_, s| s.exp <= now).map(|(_, s)| s));
                // Room for this token, and for an eighth more after it.
                let keep = (capacity - capacity / 8).min(capacity - 1);
                if entries.len() > keep {
                    let excess = entries.len() - keep;
                    let mut by_expiry: Vec<(i64, TokenDigest)> = entries.iter().map(|(d, s)| (s.exp, *d)).collect();
                    by_expiry.select_nth_unstable(excess - 1);
                    dropped.extend(by_expiry[..excess].iter().filter_map(|(_, victim)| entries.remove(victim)));
                }
            }
            dropped.extend(entries.insert(digest, slot));
        }
        drop(dropped);
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, Entries> {
        self.entries.read().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn write(&self) -> std::sync::RwLockWriteGuard<'_, Entries> {
        self.entries.write().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry() -> Entry {
        Entry {
            signed: "h.p".into(),
            kind: TokenType::M2mToken,
            kid: None,
            key: RsaKey::from_be_bytes(&[0xc5; 256], &[0x01, 0x00, 0x01]).expect("key"),
            verdict: Verdict::Machine(Map::new()),
        }
    }

    fn digest(n: u8) -> TokenKey<'static> {
        TokenKey { digest: [n; 32], signed: "h.p" }
    }

    #[test]
    fn a_full_cache_drops_the_expired_then_those_nearest_expiry_down_to_seven_eighths() {
        let cache = TokenCache::with_capacity(16);
        // Entries 1..=16 expire at 100 + n; the clock reads 100.
        for n in 1..=16u8 {
            cache.insert(&digest(n), entry(), 100 + i64::from(n), 100);
        }
        assert_eq!(cache.len(), 16);
        // Full of live tokens: the two nearest expiry go, then the new one comes in.
        cache.insert(&digest(17), entry(), 500, 100);
        assert_eq!(cache.len(), 15);
        assert!(cache.get(&digest(1)).is_none() && cache.get(&digest(2)).is_none());
        assert!((3..=17).all(|n| cache.get(&digest(n)).is_some()));
        // Room is left: the next insert makes no pass.
        cache.insert(&digest(18), entry(), 500, 100);
        assert_eq!(cache.len(), 16);
        // Later, with 3..=10 expired, a pass drops only those.
        cache.insert(&digest(19), entry(), 500, 110);
        assert_eq!(cache.len(), 9);
        assert!((11..=19).all(|n| cache.get(&digest(n)).is_some()));
    }

    #[test]
    fn expired_or_capacity_zero_is_not_kept() {
        let cache = TokenCache::with_capacity(4);
        cache.insert(&digest(1), entry(), 100, 100);
        assert!(cache.is_empty(), "expires now");
        cache.set_capacity(0);
        cache.insert(&digest(2), entry(), 500, 100);
        assert!(cache.is_empty(), "off");
    }
}
