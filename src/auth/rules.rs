//! The cookie rules: how a request that carries its session in cookies is
//! decided, in Clerk's order, once the instance is known (a publishable key
//! was given).
//!
//! 1. A handshake on its way back is resolved first.
//! 2. Satellite apps sync with the primary domain; a development primary
//!    sends a syncing satellite back.
//! 3. Development instances need the dev browser token.
//! 4. The `__client_uat` / `__session` pair: both missing is signed out; one
//!    without the other, or a token issued before the client last changed
//!    (`iat` < `__client_uat`), needs a handshake.
//! 5. The token is verified; an expired one is refreshed when a refresh
//!    cookie allows it, and otherwise sent through the handshake, as are
//!    tokens outside their time window.
//! 6. A signed-in page load that came from another site syncs once.

use url::Url;

use super::cookies::{self, CookieState, PageRequest};
use super::handshake::{HandshakeBackend, Page, ResolveFailure};
use super::instance::{strip_scheme, Instance};
use super::jwt::cache_key;
use super::{
    opaque_kind, AuthError, AuthenticateOptions, Authentication, Authenticator, Identity, JwksSource,
    MachineTokenVerifier, SignedOutReason,
};

impl Authenticator {
    /// The cookie rules for a request without a bearer token.
    pub(crate) async fn authenticate_cookies(
        &self,
        request: &PageRequest,
        instance: &Instance,
        opts: &AuthenticateOptions,
        jwks: &dyn JwksSource,
        machine: Option<&dyn MachineTokenVerifier>,
        backend: Option<&dyn HandshakeBackend>,
    ) -> Result<Authentication, AuthError> {
        let now = opts.now_seconds();
        // The plain session token's signature is hashed once: its claims are looked up
        // in the cache of verified tokens (no decoding when it was seen
        // before), and the same digest serves its verification.
        let plain = request.cookie(cookies::SESSION).filter(|t| !t.is_empty());
        let plain_digest = plain.and_then(|token| cache_key(token, opts));
        let peek = |token: &str| {
            let remembered = match (plain, &plain_digest) {
                (Some(p), Some(digest)) if p == token => self.remembered_claims(digest, instance),
                _ => None,
            };
            remembered.or_else(|| cookies::peek(token, instance))
        };
        let page = Page { request, instance, cookies: CookieState::read(request, instance, now, peek), opts };
        let development = instance.is_development();
        let handshake =
            |reason: SignedOutReason| page.handshake_or_signed_out(reason, reason.as_str().into(), String::new(), None);

        // 1. Back from the Frontend API.
        if page.cookies.handshake_nonce.is_some() || page.cookies.handshake_token.is_some() {
            match self.resolve_handshake(&page, jwks, machine, backend).await {
                Ok(resolved) => return Ok(resolved),
                Err(ResolveFailure::Auth(error)) => return Err(error),
                Err(ResolveFailure::Token(why)) if development => return Err(AuthError::Handshake(why)),
                Err(ResolveFailure::Token(why) | ResolveFailure::Other(why)) => {
                    // Production: the cookie may be another app's on this
                    // site; the rules below decide (the loop counter stops
                    // a handshake that keeps failing).
                    tracing::warn!(error = %why, "clerk: the handshake could not be resolved");
                }
            }
        }

        // 2. Satellites and the development primary they sync with.
        if let Some(outcome) = self.satellite_rules(&page) {
            return Ok(outcome);
        }

        // 3. The dev browser.
        if development && request.has_query(cookies::DEV_BROWSER) {
            return Ok(handshake(SignedOutReason::DevBrowserSync));
        }
        if development && page.cookies.dev_browser.is_none() {
            return Ok(handshake(SignedOutReason::DevBrowserMissing));
        }

        // 4. The cookie pair.
        let has_client = page.cookies.client_uat > 0;
        let Some(token) = page.cookies.session else {
            if has_client {
                return Ok(handshake(SignedOutReason::ClientUatWithoutSessionToken));
            }
            let reason = SignedOutReason::SessionTokenAndUatMissing;
            return Ok(Authentication::signed_out(reason, reason.as_str().into(), String::new(), Default::default()));
        };
        if !has_client {
            return Ok(handshake(SignedOutReason::SessionTokenWithoutClientUat));
        }
        if opaque_kind(token).is_some() {
            let reason = SignedOutReason::MachineTokenInCookie;
            return Ok(signed_out_as(reason, "token-type-mismatch"));
        }
        let Some(unverified) = page.cookies.session_claims.as_ref() else {
            return Ok(signed_out_as(SignedOutReason::Malformed, SignedOutReason::Malformed.as_str()));
        };
        if unverified.machine {
            return Ok(signed_out_as(SignedOutReason::MachineTokenInCookie, "token-type-mismatch"));
        }
        if unverified.iat.is_some_and(|iat| iat < page.cookies.client_uat) {
            return Ok(handshake(SignedOutReason::SessionTokenIatBeforeClientUat));
        }

        // 5. The token.
        let digest = match plain_digest {
            Some(digest) if plain == Some(token) => Some(digest),
            _ => cache_key(token, opts),
        };
        match self.verify_digested(token, true, digest, opts, jwks, machine).await? {
            Ok(identity @ Identity::Session(_)) => {
                // 6. A page load from another site.
                if self.cross_origin_sync_needed(&page) {
                    let reason = SignedOutReason::PrimaryDomainCrossOriginSync;
                    let message = "a page load from another site is synced with the Frontend API first".to_string();
                    return Ok(page.handshake_or_signed_out(reason, reason.as_str().into(), message, None));
                }
                Ok(Authentication::signed_in(identity, Default::default()))
            }
            Ok(Identity::Machine(_)) => Ok(signed_out_as(SignedOutReason::MachineTokenInCookie, "token-type-mismatch")),
            Err(reason) => self.token_refused(&page, reason, jwks, machine, backend).await,
        }
    }

    /// An expired session cookie is refreshed when Clerk's refresh cookie
    /// allows it; tokens outside their time window go through the
    /// handshake; every other refusal signs out.
    async fn token_refused(
        &self,
        page: &Page<'_>,
        reason: SignedOutReason,
        jwks: &dyn JwksSource,
        machine: Option<&dyn MachineTokenVerifier>,
        backend: Option<&dyn HandshakeBackend>,
    ) -> Result<Authentication, AuthError> {
        let refresh_error =
            if reason == SignedOutReason::Expired && page.cookies.refresh.is_some() && page.request.is_get() {
                match self.refresh_session(page, jwks, machine, backend).await {
                    Ok(refreshed) => return Ok(refreshed),
                    Err(why) => why,
                }
            } else if !page.request.is_get() {
                "non-eligible-non-get".to_string()
            } else {
                "non-eligible-no-refresh-cookie".to_string()
            };
        let message = format!("the session token in the cookie was refused ({reason})");
        Ok(match reason {
            SignedOutReason::Expired => page.handshake_or_signed_out(
                reason,
                format!("session-token-expired-refresh-{refresh_error}"),
                message,
                None,
            ),
            SignedOutReason::NotYetValid => {
                page.handshake_or_signed_out(reason, "session-token-nbf".into(), message, None)
            }
            SignedOutReason::IssuedInFuture => {
                page.handshake_or_signed_out(reason, "session-token-iat-in-the-future".into(), message, None)
            }
            SignedOutReason::MachineTokenInCookie | SignedOutReason::TokenCategoryMismatch => {
                signed_out_as(reason, "token-type-mismatch")
            }
            other => Authentication::signed_out(other, other.as_str().into(), message, Default::default()),
        })
    }

    /// Satellite syncing (production and development) and the development
    /// primary answering a satellite; `None` when none applies.
    fn satellite_rules(&self, page: &Page<'_>) -> Option<Authentication> {
        let request = page.request;
        let instance = page.instance;
        let development = instance.is_development();
        if instance.satellite.is_some() {
            let synced = request.query(cookies::SYNCED);
            let navigating = request.is_get() && request.sec_fetch_dest.as_deref() == Some("document");
            if !navigating || synced.as_deref() == Some("true") {
                return None;
            }
            let has_cookies = page.cookies.session.is_some() || page.cookies.client_uat > 0;
            let asked = synced.as_deref() == Some("false");
            let reason = SignedOutReason::SatelliteNeedsSyncing;
            if !page.opts.satellite_auto_sync && !has_cookies && !asked {
                let missing = SignedOutReason::SessionTokenAndUatMissing;
                return Some(Authentication::signed_out(
                    missing,
                    missing.as_str().into(),
                    String::new(),
                    Default::default(),
                ));
            }
            if has_cookies && !asked {
                return None;
            }
            if !development {
                return Some(page.handshake_or_signed_out(reason, reason.as_str().into(), String::new(), None));
            }
            // Development satellites sync through the primary's sign-in page.
            let sign_in = instance.sign_in_url.as_deref().and_then(|u| Url::parse(u).ok());
            let (Some(mut sign_in), Some(here)) = (sign_in, request.url()) else {
                tracing::warn!("clerk: a development satellite needs `sign_in_url` (an absolute URL) to sync");
                return Some(Authentication::signed_out(
                    reason,
                    reason.as_str().into(),
                    String::new(),
                    Default::default(),
                ));
            };
            sign_in.query_pairs_mut().append_pair(cookies::REDIRECT_URL, here.as_str());
            return Some(page.handshake_or_signed_out(reason, reason.as_str().into(), String::new(), Some(sign_in)));
        }
        if development {
            let back = request.query(cookies::REDIRECT_URL)?;
            let reason = SignedOutReason::PrimaryRespondsToSyncing;
            let Some(mut back) = Url::parse(&back).ok().filter(|u| matches!(u.scheme(), "http" | "https")) else {
                return Some(Authentication::signed_out(
                    reason,
                    reason.as_str().into(),
                    "the satellite's return URL is not an http(s) URL".into(),
                    Default::default(),
                ));
            };
            back = super::handshake::without_params(&back, &[cookies::SYNCED]);
            {
                let mut query = back.query_pairs_mut();
                if let Some(dev_browser) = &page.cookies.dev_browser {
                    query.append_pair(cookies::DEV_BROWSER, dev_browser);
                }
                query.append_pair(cookies::SYNCED, "true");
            }
            return Some(page.handshake_or_signed_out(reason, reason.as_str().into(), String::new(), Some(back)));
        }
        None
    }

    /// A signed-in page load on the primary domain whose referrer is another
    /// site (not Clerk's own pages), outside a handshake already under way.
    fn cross_origin_sync_needed(&self, page: &Page<'_>) -> bool {
        page.instance.satellite.is_none()
            && page.request.is_get()
            && page.request.sec_fetch_dest.as_deref() == Some("document")
            && page.cookies.redirect_count == 0
            && page.request.referrer_is_cross_origin()
            && !is_clerk_referrer(page.request.referrer.as_deref().unwrap_or(""), page.instance)
    }
}

/// Signed out, with a reason text of Clerk's that differs from ours.
fn signed_out_as(reason: SignedOutReason, text: &str) -> Authentication {
    Authentication::signed_out(reason, text.into(), String::new(), Default::default())
}

/// Clerk's own pages: the Frontend API, the Account Portal (`accounts.` of
/// the instance's domain), and the development Account Portal hosts.
fn is_clerk_referrer(referrer: &str, instance: &Instance) -> bool {
    let Ok(referrer) = Url::parse(referrer) else { return false };
    let Some(host) = referrer.host_str() else { return false };
    if host == instance.frontend_api_host() {
        return true;
    }
    if instance.is_development() {
        let legacy = host.starts_with("accounts.")
            && [".lcl.dev", ".lclstage.dev", ".lclclerk.com"].iter().any(|s| host.ends_with(s));
        let current = [".accounts.dev", ".accountsstage.dev", ".accounts.lclclerk.com"]
            .iter()
            .any(|s| host.ends_with(s) && !host.ends_with(&format!(".clerk{s}")));
        if legacy || current {
            return true;
        }
    }
    let api = strip_scheme(&instance.frontend_api);
    let accounts = if let Some(rest) = api.strip_prefix("clerk.accountsstage.") {
        format!("accountsstage.{rest}")
    } else if let Some(rest) = api.strip_prefix("clerk.accounts.") {
        format!("accounts.{rest}")
    } else if let Some(rest) = api.strip_prefix("clerk.") {
        format!("accounts.{rest}")
    } else {
        String::new()
    };
    if !accounts.is_empty() && referrer.origin().ascii_serialization() == format!("https://{accounts}") {
        return true;
    }
    host.starts_with("accounts.")
}
