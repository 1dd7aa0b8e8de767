//! Verifying one token: reading a JWT once, the rules of its kind, the
//! key and the signature, the claim and time checks, and the cache of
//! tokens verified before.

use std::time::{SystemTime, UNIX_EPOCH};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use serde::Deserialize;
use serde_json::{Map, Value};

use super::{claims, machine, verified};
use super::{
    AuthError, AuthenticateOptions, Authenticator, Claims, Identity, JwksSource, MachineTokenVerifier, RsaKey,
};
use super::{SignedOutReason, TokenType, CAT_JWT_TEMPLATE, CAT_M2M, MAX_TOKEN_LEN};

/// The kind of a token Clerk verifies, by its prefix; `None` for a JWT.
pub(crate) fn opaque_kind(token: &str) -> Option<TokenType> {
    if token.starts_with("ak_") {
        Some(TokenType::ApiKey)
    } else if token.starts_with("mt_") {
        Some(TokenType::M2mToken)
    } else if token.starts_with("oat_") {
        Some(TokenType::OAuthToken)
    } else {
        None
    }
}

/// A JWT read once, before anything in it is trusted: the header and the
/// payload decoded, the parts as sent, and the kind they suggest.
pub(crate) struct Jwt<'t> {
    /// `Err(Malformed)` also when the token is too long or not three parts.
    header: Result<JoseHeader, SignedOutReason>,
    payload: Result<Payload, SignedOutReason>,
    /// The header and payload as sent, dot included: the signed bytes.
    signed: &'t str,
    signature: &'t str,
    /// An OAuth access token by its header `typ`, an M2M token by its `mch_`
    /// subject, a session token otherwise (also when nothing decodes).
    kind: TokenType,
}

/// A JWT's payload, read in the form its kind is checked in.
// Not boxed: one lives per verification, and a box would add an allocation
// to the path every request takes.
#[allow(clippy::large_enum_variant)]
pub(crate) enum Payload {
    /// A session token's claims, read in one pass straight into their
    /// fields; or the claim that is missing or unusable.
    Session(Result<Claims, &'static str>),
    /// An M2M or OAuth token's claims, as sent.
    Machine(Map<String, Value>),
}

pub(crate) fn read_jwt(token: &str) -> Jwt<'_> {
    let malformed = || Jwt {
        header: Err(SignedOutReason::Malformed),
        payload: Err(SignedOutReason::Malformed),
        signed: "",
        signature: "",
        kind: TokenType::SessionToken,
    };
    if token.len() > MAX_TOKEN_LEN {
        return malformed();
    }
    let mut parts = token.split('.');
    let (Some(header_part), Some(payload_part)) = (parts.next(), parts.next()) else {
        return malformed();
    };
    let (signature, extra) = (parts.next(), parts.next());
    let header = decode_json::<JoseHeader>(header_part);
    let access = header.as_ref().is_ok_and(|h| h.typ.as_deref().is_some_and(is_access_token_typ));
    let payload = URL_SAFE_NO_PAD.decode(payload_part).map_err(|_| SignedOutReason::Malformed).and_then(|json| {
        // Read once into the session claims' fields; this also refuses a
        // payload that is not one JSON object or names a claim twice.
        let slots = claims::ClaimSlots::read(&json).map_err(|_| SignedOutReason::Malformed)?;
        if access || slots.is_machine() {
            // An access token, or an `mch_` subject (an M2M token): its
            // rules read the claims as sent.
            serde_json::from_slice(&json).map(Payload::Machine).map_err(|_| SignedOutReason::Malformed)
        } else {
            Ok(Payload::Session(slots.into_claims()))
        }
    });
    let kind = match &payload {
        _ if access => TokenType::OAuthToken,
        Ok(Payload::Machine(_)) => TokenType::M2mToken,
        _ => TokenType::SessionToken,
    };
    let (header, signature) = match (signature, extra) {
        (Some(signature), None) => (header, signature),
        _ => (Err(SignedOutReason::Malformed), ""),
    };
    let signed = &token[..header_part.len() + 1 + payload_part.len()];
    Jwt { header, payload, signed, signature, kind }
}

pub(crate) fn is_access_token_typ(typ: &str) -> bool {
    typ.eq_ignore_ascii_case("at+jwt") || typ.eq_ignore_ascii_case("application/at+jwt")
}

impl Authenticator {
    /// What the cookie rules read of a session token this cache verified
    /// before (no decoding, no copy of the whole claims), or `None`.
    pub(crate) fn remembered_claims(
        &self,
        key: &verified::TokenKey<'_>,
        instance: &super::instance::Instance,
    ) -> Option<super::cookies::Unverified> {
        match &self.verified.get(key)?.verdict {
            verified::Verdict::Session(c) => {
                Some(super::cookies::Unverified::new(Some(&c.iss), c.iat, Some(c.exp), Some(&c.sub), instance))
            }
            verified::Verdict::Machine(_) => None,
        }
    }

    pub(crate) async fn verify(
        &self,
        token: &str,
        from_cookie: bool,
        opts: &AuthenticateOptions,
        jwks: &dyn JwksSource,
        machine: Option<&dyn MachineTokenVerifier>,
    ) -> Result<Result<Identity, SignedOutReason>, AuthError> {
        self.verify_digested(token, from_cookie, cache_key(token, opts), opts, jwks, machine).await
    }

    /// [`verify`](Self::verify) with the token's cache key already made
    /// ([`cache_key`]), so that a caller that looked the token up does
    /// not hash it twice.
    pub(crate) async fn verify_digested(
        &self,
        token: &str,
        from_cookie: bool,
        digest: Option<verified::TokenKey<'_>>,
        opts: &AuthenticateOptions,
        jwks: &dyn JwksSource,
        machine: Option<&dyn MachineTokenVerifier>,
    ) -> Result<Result<Identity, SignedOutReason>, AuthError> {
        // A JWT verified before skips detection, the header and the RSA
        // check; the checks that depend on the key set, the options or the
        // clock run again in `cached_outcome`.
        let opaque = opaque_kind(token);
        if let Some(entry) = digest.as_ref().and_then(|d| self.verified.get(d)) {
            if let Some(outcome) = self.cached_outcome(&entry, from_cookie, opts, jwks).await? {
                return Ok(outcome);
            }
        }
        // The kind is decided before the token is verified; a JWT is read
        // once, and handed over without a name here, so that this future
        // does not keep a second copy of it while the check waits.
        let Some(kind) = opaque else {
            let jwt = read_jwt(token);
            // With the key at hand (given, or in a fresh key set) the JWT is
            // verified without a wait; only a key set fetch goes through the
            // boxed path, so this future has no room for the token as read.
            if let Some(key) = self.key_at_hand(&jwt, opts) {
                return Ok(match pre_key_rules(&jwt, from_cookie, opts) {
                    Err(reason) => Err(reason),
                    Ok(header) => match check_signature(header, jwt.signed, jwt.signature, key) {
                        Ok(key) => self.finish_jwt(jwt, key, digest, opts),
                        Err(reason) => Err(reason),
                    },
                });
            }
            return Box::pin(self.verify_jwt(jwt, from_cookie, digest, opts, jwks)).await;
        };
        if let Err(reason) = kind_rules(kind, from_cookie, opts) {
            return Ok(Err(reason));
        }
        let Some(verifier) = machine else {
            return Err(AuthError::MachineVerify {
                token_type: kind,
                status: None,
                message: "no verifier for opaque machine tokens was given".into(),
            });
        };
        // Boxed: a network call's future, kept out of the JWT path's.
        Box::pin(machine::verify_opaque(verifier, kind, token, opts)).await.map(|r| r.map(Identity::Machine))
    }

    /// A JWT: the header rules of its kind, the key and the signature (the
    /// one step that may wait), then its kind's claim rules. Only the token
    /// as read is held across the wait, which keeps every verification's
    /// future small.
    pub(crate) async fn verify_jwt(
        &self,
        jwt: Jwt<'_>,
        from_cookie: bool,
        digest: Option<verified::TokenKey<'_>>,
        opts: &AuthenticateOptions,
        jwks: &dyn JwksSource,
    ) -> Result<Result<Identity, SignedOutReason>, AuthError> {
        let header = match pre_key_rules(&jwt, from_cookie, opts) {
            Ok(header) => header,
            Err(reason) => return Ok(Err(reason)),
        };
        let key = match self.verified_key(header, jwt.signed, jwt.signature, opts, jwks).await? {
            Ok(key) => key,
            Err(reason) => return Ok(Err(reason)),
        };
        Ok(self.finish_jwt(jwt, key, digest, opts))
    }

    /// The key a JWT names when it needs no wait: the key given in the
    /// options, or the header's `kid` in a fresh key set. Only for a token
    /// that passes [`pre_key_rules`]; `None` sends it down [`verify_jwt`](Self::verify_jwt).
    fn key_at_hand(&self, jwt: &Jwt<'_>, opts: &AuthenticateOptions) -> Option<RsaKey> {
        if let Some(key) = &opts.jwt_key {
            return Some(key.clone());
        }
        let kid = jwt.header.as_ref().ok()?.kid.as_deref()?;
        self.cache.key_now(kid)
    }

    /// After the signature checked out with `key`: the payload's rules for
    /// its kind, and the cache entry of a token that passes.
    fn finish_jwt(
        &self,
        jwt: Jwt<'_>,
        key: RsaKey,
        digest: Option<verified::TokenKey<'_>>,
        opts: &AuthenticateOptions,
    ) -> Result<Identity, SignedOutReason> {
        let Jwt { header, payload, kind, .. } = jwt;
        let (payload, kid) = match (payload, header) {
            (Ok(payload), Ok(header)) => (payload, header.kid),
            (Err(reason), _) | (_, Err(reason)) => return Err(reason),
        };
        // What a token that passes is remembered as (when the cache is on).
        let remember = |token: verified::TokenKey<'_>, exp, verdict| {
            let entry = verified::Entry { signed: token.signed.into(), kind, kid, key, verdict };
            self.verified.insert(&token, entry, exp, opts.now_seconds());
        };
        match (kind, payload) {
            (TokenType::SessionToken, Payload::Session(claims)) => {
                let checked = check_session(claims, opts);
                if let (Ok(claims), Some(digest)) = (&checked, digest) {
                    remember(digest, claims.exp, verified::Verdict::Session(claims.clone()));
                }
                checked.map(Identity::Session)
            }
            (TokenType::SessionToken, Payload::Machine(_)) | (_, Payload::Session(_)) => {
                // Not reached: the payload's form is what decided the kind.
                Err(SignedOutReason::Malformed)
            }
            (kind, Payload::Machine(payload)) => {
                let kept = digest.map(|d| (d, payload.clone()));
                let checked = machine::from_jwt(kind, payload, opts);
                if let (Ok(auth), Some((digest, payload))) = (&checked, kept) {
                    if let Some(exp) = auth.expires_at() {
                        remember(digest, exp, verified::Verdict::Machine(payload));
                    }
                }
                checked.map(Identity::Machine)
            }
        }
    }

    /// A token found in the [`TokenCache`]: the accepted kinds, the key
    /// lookup and the claim checks, without the RSA work. `None` when the
    /// key found now is not the one that checked the token: verify afresh.
    pub(crate) async fn cached_outcome(
        &self,
        entry: &verified::Entry,
        from_cookie: bool,
        opts: &AuthenticateOptions,
        jwks: &dyn JwksSource,
    ) -> Result<Option<Result<Identity, SignedOutReason>>, AuthError> {
        let kind = entry.kind;
        if let Err(reason) = kind_rules(kind, from_cookie, opts) {
            return Ok(Some(Err(reason)));
        }
        let key = match (&opts.jwt_key, &entry.kid) {
            (Some(key), _) => key.clone(),
            (None, Some(kid)) => match self.cache.key(kid, jwks).await? {
                Some(key) => key,
                None => return Ok(Some(Err(SignedOutReason::UnknownKid))),
            },
            (None, None) => return Ok(None),
        };
        if key != entry.key {
            return Ok(None);
        }
        Ok(Some(match &entry.verdict {
            verified::Verdict::Session(claims) => {
                check_session_claims(claims, opts).map(|()| Identity::Session(claims.clone()))
            }
            verified::Verdict::Machine(payload) => {
                machine::from_jwt(kind, payload.clone(), opts).map(Identity::Machine)
            }
        }))
    }

    /// Finds the key and checks the signature with it: what every JWT
    /// verification has in common.
    pub(crate) async fn verified_key(
        &self,
        header: &JoseHeader,
        signed: &str,
        signature: &str,
        opts: &AuthenticateOptions,
        jwks: &dyn JwksSource,
    ) -> Result<Result<RsaKey, SignedOutReason>, AuthError> {
        // Checked before any key is looked at: `none` and HMAC tokens are
        // refused outright, whatever key material is around.
        if header.alg != "RS256" {
            return Ok(Err(SignedOutReason::UnsupportedAlgorithm));
        }
        let key = match &opts.jwt_key {
            Some(key) => key.clone(),
            None => {
                let Some(kid) = header.kid.as_deref() else {
                    return Ok(Err(SignedOutReason::MissingKid));
                };
                match self.cache.key(kid, jwks).await? {
                    Some(key) => key,
                    None => return Ok(Err(SignedOutReason::UnknownKid)),
                }
            }
        };
        Ok(check_signature(header, signed, signature, key))
    }
}

/// The rules a JWT meets before any key is looked at: where its kind may
/// come from and whether it is accepted, a readable header, and the
/// header rules of its kind. The header, when they pass.
fn pre_key_rules<'j>(
    jwt: &'j Jwt<'_>,
    from_cookie: bool,
    opts: &AuthenticateOptions,
) -> Result<&'j JoseHeader, SignedOutReason> {
    kind_rules(jwt.kind, from_cookie, opts)?;
    let header = jwt.header.as_ref().map_err(|reason| *reason)?;
    header_rules(jwt.kind, header)?;
    Ok(header)
}

/// The RS256 check of `signature` over `signed` with `key` (the algorithm
/// was checked to be RS256 first); the key when it holds.
fn check_signature(header: &JoseHeader, signed: &str, signature: &str, key: RsaKey) -> Result<RsaKey, SignedOutReason> {
    // Checked before any key is used: `none` and HMAC tokens are refused
    // outright, whatever key material is around.
    if header.alg != "RS256" {
        return Err(SignedOutReason::UnsupportedAlgorithm);
    }
    // On the stack: no signature of an accepted key (2048 to 8192 bits)
    // is longer, and a longer one is not a signature of ours.
    let mut buffer = [0u8; 1024];
    let Ok(len) = URL_SAFE_NO_PAD.decode_slice(signature, &mut buffer) else {
        return Err(SignedOutReason::Malformed);
    };
    if !key.verify(signed.as_bytes(), &buffer[..len]) {
        return Err(SignedOutReason::BadSignature);
    }
    Ok(key)
}

/// The key a JWT is remembered under, when the cache is on.
pub(crate) fn cache_key<'t>(token: &'t str, opts: &AuthenticateOptions) -> Option<verified::TokenKey<'t>> {
    (opts.use_token_cache && opaque_kind(token).is_none()).then(|| verified::TokenKey::of(token))
}

/// Where a token of this kind may come from, and whether it is accepted.
pub(crate) fn kind_rules(
    kind: TokenType,
    from_cookie: bool,
    opts: &AuthenticateOptions,
) -> Result<(), SignedOutReason> {
    if from_cookie && kind.is_machine() {
        return Err(SignedOutReason::MachineTokenInCookie);
    }
    if !opts.accepts(kind) {
        return Err(SignedOutReason::TokenTypeNotAccepted);
    }
    Ok(())
}

/// The header rules of each kind of JWT, checked before any key is looked up.
pub(crate) fn header_rules(kind: TokenType, header: &JoseHeader) -> Result<(), SignedOutReason> {
    let typ_is_jwt = header.typ.as_deref().is_none_or(|typ| typ.eq_ignore_ascii_case("JWT"));
    let cat = header.cat.as_deref();
    if kind == TokenType::SessionToken {
        if !typ_is_jwt {
            return Err(SignedOutReason::UnexpectedHeaderType);
        }
        // An unknown `cat` is let through: the marker is optional, and a new
        // session marker must not sign every user out. The signature and the
        // claim checks still apply.
        if cat.is_some_and(|cat| cat == CAT_JWT_TEMPLATE || cat == CAT_M2M) {
            return Err(SignedOutReason::TokenCategoryMismatch);
        }
        return Ok(());
    }
    let category_ok = match (kind, cat) {
        (_, None) => true,
        (TokenType::M2mToken, Some(cat)) => cat == CAT_M2M,
        (_, Some(cat)) => cat != CAT_M2M && cat != CAT_JWT_TEMPLATE,
    };
    if !category_ok {
        return Err(SignedOutReason::TokenCategoryMismatch);
    }
    if kind == TokenType::M2mToken && !typ_is_jwt {
        return Err(SignedOutReason::UnexpectedHeaderType);
    }
    Ok(())
}

/// The session rules, on a payload whose signature has been checked.
pub(crate) fn check_session(
    claims: Result<Claims, &'static str>,
    opts: &AuthenticateOptions,
) -> Result<Claims, SignedOutReason> {
    let claims = claims.map_err(SignedOutReason::InvalidClaim)?;
    check_session_claims(&claims, opts)?;
    Ok(claims)
}

/// The session rules on decoded claims (also run on every cache hit).
pub(crate) fn check_session_claims(claims: &Claims, opts: &AuthenticateOptions) -> Result<(), SignedOutReason> {
    check_times(claims.exp, claims.nbf, claims.iat, opts)?;
    if !is_valid_issuer(&claims.iss) {
        return Err(SignedOutReason::InvalidIssuer);
    }
    if let Some(azp) = &claims.azp {
        if !opts.authorized_parties.is_empty() && !opts.authorized_parties.iter().any(|p| p == azp) {
            return Err(SignedOutReason::UnauthorizedParty);
        }
    }
    // Kind detection sends `mch_` subjects down the M2M path; this is the
    // second line of defence.
    if claims.sub.starts_with("mch_") {
        return Err(SignedOutReason::TokenTypeNotAccepted);
    }
    if claims.sts.as_deref() == Some("pending") && !opts.accept_pending_sessions {
        return Err(SignedOutReason::SessionPending);
    }
    Ok(())
}

/// `exp`, `nbf` and `iat` against the clock, with the allowed skew.
pub(crate) fn check_times(
    exp: i64,
    nbf: Option<i64>,
    iat: Option<i64>,
    opts: &AuthenticateOptions,
) -> Result<(), SignedOutReason> {
    let now = opts.now_seconds();
    let skew = opts.skew_seconds();
    if now >= exp.saturating_add(skew) {
        return Err(SignedOutReason::Expired);
    }
    if nbf.is_some_and(|nbf| nbf > now.saturating_add(skew)) {
        return Err(SignedOutReason::NotYetValid);
    }
    if iat.is_some_and(|iat| iat > now.saturating_add(skew)) {
        return Err(SignedOutReason::IssuedInFuture);
    }
    Ok(())
}

pub(crate) fn unix_seconds(t: SystemTime) -> i64 {
    match t.duration_since(UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
        Err(before) => -i64::try_from(before.duration().as_secs()).unwrap_or(i64::MAX),
    }
}

#[derive(Deserialize)]
pub(crate) struct JoseHeader {
    pub(crate) alg: String,
    #[serde(default)]
    pub(crate) kid: Option<String>,
    #[serde(default)]
    pub(crate) typ: Option<String>,
    #[serde(default)]
    pub(crate) cat: Option<String>,
}

pub(crate) fn decode_json<T: serde::de::DeserializeOwned>(part: &str) -> Result<T, SignedOutReason> {
    let bytes = URL_SAFE_NO_PAD.decode(part).map_err(|_| SignedOutReason::Malformed)?;
    serde_json::from_slice(&bytes).map_err(|_| SignedOutReason::Malformed)
}

/// `https://` followed by a DNS host name (at least two labels), an optional
/// port and an optional trailing slash; nothing else.
pub(crate) fn is_valid_issuer(iss: &str) -> bool {
    let Some(rest) = iss.strip_prefix("https://") else {
        return false;
    };
    let authority = rest.strip_suffix('/').unwrap_or(rest);
    let host = match authority.rsplit_once(':') {
        Some((host, port)) => {
            if port.is_empty() || port.len() > 5 || !port.bytes().all(|b| b.is_ascii_digit()) {
                return false;
            }
            host
        }
        None => authority,
    };
    if host.is_empty() || host.len() > 253 {
        return false;
    }
    let mut labels = 0;
    for label in host.split('.') {
        labels += 1;
        let ok = !label.is_empty()
            && label.len() <= 63
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
        if !ok {
            return false;
        }
    }
    labels >= 2
}
