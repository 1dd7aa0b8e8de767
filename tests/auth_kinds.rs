//! Token kinds and the session rules: every token is built here, signed with
//! the fixture keys, and checked against a fake JWKS source. Also the JWKS
//! cache under load: one fetch at a time, stale keys through a failed
//! refresh, a short fetch timeout.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use clerk_backend_api::auth::{
    AuthError, AuthenticateOptions, Authenticator, Identity, JwksCache, JwksFuture, JwksSource, RequestState,
    SignedOutReason, TokenType,
};
use http::header::{AUTHORIZATION, COOKIE};
use http::{HeaderMap, HeaderValue};
use jsonwebtoken::{Algorithm, EncodingKey};
use serde_json::{json, Value};

const PRIVATE_A: &str = include_str!("fixtures/rsa_a_private.pem");
const JWK_A: &str = include_str!("fixtures/rsa_a_jwk.json");
const KID_A: &str = "ins_test_key_a";
const ISSUER: &str = "https://clerk.example.com";

/// A JWKS source that counts its calls, can wait before answering, and can
/// be switched to failing.
struct FakeJwks {
    answer: Mutex<Result<Value, String>>,
    delay: Duration,
    calls: AtomicUsize,
}

impl FakeJwks {
    fn new(delay: Duration) -> Arc<Self> {
        let jwk: Value = serde_json::from_str(JWK_A).unwrap();
        Arc::new(FakeJwks { answer: Mutex::new(Ok(json!({ "keys": [jwk] }))), delay, calls: AtomicUsize::new(0) })
    }

    fn fail(&self, message: &str) {
        *self.answer.lock().unwrap() = Err(message.to_string());
    }

    fn calls(&self) -> usize {
        self.calls.load(Ordering::SeqCst)
    }
}

impl JwksSource for FakeJwks {
    fn fetch_jwks(&self) -> JwksFuture<'_> {
        self.calls.fetch_add(1, Ordering::SeqCst);
        Box::pin(async move {
            tokio::time::sleep(self.delay).await;
            self.answer.lock().unwrap().clone()
        })
    }
}

fn now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs() as i64
}

fn b64(value: &Value) -> String {
    URL_SAFE_NO_PAD.encode(serde_json::to_vec(value).unwrap())
}

/// Signs `header` (RS256 with kid A unless it says otherwise) and `claims`
/// with fixture key A.
fn sign(header: Value, claims: Value) -> String {
    let mut full = json!({"alg": "RS256", "kid": KID_A});
    for (k, v) in header.as_object().unwrap() {
        if v.is_null() {
            full.as_object_mut().unwrap().remove(k);
        } else {
            full[k] = v.clone();
        }
    }
    let message = format!("{}.{}", b64(&full), b64(&claims));
    let key = EncodingKey::from_rsa_pem(PRIVATE_A.as_bytes()).unwrap();
    let signature = jsonwebtoken::crypto::sign(message.as_bytes(), &key, Algorithm::RS256).unwrap();
    format!("{message}.{signature}")
}

fn session_claims() -> Value {
    let now = now();
    json!({"sub": "user_2abc", "sid": "sess_2abc", "iss": ISSUER, "iat": now - 5, "nbf": now - 5, "exp": now + 60, "v": 2, "sts": "active"})
}

fn m2m_claims() -> Value {
    let now = now();
    json!({"sub": "mch_2xyz", "jti": "mt_2jwt", "iat": now - 5, "nbf": now - 5, "exp": now + 60, "scopes": ["mch_2other", "mch_2third"]})
}

fn oauth_claims() -> Value {
    let now = now();
    json!({"sub": "user_2abc", "jti": "oat_2jwt", "client_id": "client_2app", "iss": ISSUER, "scope": "read:files write:files", "iat": now - 5, "exp": now + 60})
}

fn bearer(token: &str) -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert(AUTHORIZATION, HeaderValue::from_str(&format!("Bearer {token}")).unwrap());
    headers
}

async fn check(token: &str, opts: &AuthenticateOptions) -> RequestState {
    let source = FakeJwks::new(Duration::ZERO);
    let state = Authenticator::new().authenticate(&bearer(token), opts, source.as_ref()).await.unwrap();
    state
}

#[tokio::test]
async fn session_token_signs_in_with_kind_and_subject() {
    let token = sign(json!({"typ": "JWT"}), session_claims());
    let state = check(&token, &AuthenticateOptions::new()).await;
    assert_eq!(state.token_type(), Some(TokenType::SessionToken));
    assert_eq!(state.subject(), Some("user_2abc"));
    assert_eq!(state.claims().map(|c| c.sid.as_deref()), Some(Some("sess_2abc")));
    assert_eq!(state.machine(), None);
    // No typ at all is a session token too.
    let token = sign(json!({}), session_claims());
    assert!(check(&token, &AuthenticateOptions::new()).await.is_signed_in());
}

#[tokio::test]
async fn oauth_jwt_is_not_a_session() {
    // The confused-deputy case: a valid OAuth access token with a user subject.
    let token = sign(json!({"typ": "at+jwt"}), oauth_claims());
    let state = check(&token, &AuthenticateOptions::new()).await;
    assert_eq!(state, RequestState::SignedOut(SignedOutReason::TokenTypeNotAccepted));

    let token = sign(json!({"typ": "application/at+jwt"}), oauth_claims());
    assert_eq!(check(&token, &AuthenticateOptions::new()).await.reason(), Some(SignedOutReason::TokenTypeNotAccepted));

    // Accepted when the options say so, as an OAuth token.
    let opts = AuthenticateOptions::new().accepts_token([TokenType::OAuthToken]);
    let state = check(&token, &opts).await;
    assert_eq!(state.token_type(), Some(TokenType::OAuthToken));
    assert_eq!(state.subject(), Some("user_2abc"));
    assert_eq!(state.claims(), None);
    let machine = state.machine().unwrap();
    assert_eq!(machine.id(), Some("oat_2jwt"));
    assert_eq!(machine.client_id(), Some("client_2app"));
    assert_eq!(machine.scopes(), ["read:files", "write:files"]);
    assert!(machine.has_scope("write:files"));
    assert_eq!(machine.claims().get("client_id"), Some(&json!("client_2app")));
}

#[tokio::test]
async fn m2m_jwt_is_not_a_session() {
    let token = sign(json!({"typ": "JWT", "cat": "cl_B7d4PD333AAA"}), m2m_claims());
    assert_eq!(check(&token, &AuthenticateOptions::new()).await.reason(), Some(SignedOutReason::TokenTypeNotAccepted));
    // Without the cat marker too: the `mch_` subject decides.
    let token = sign(json!({"typ": "JWT"}), m2m_claims());
    assert_eq!(check(&token, &AuthenticateOptions::new()).await.reason(), Some(SignedOutReason::TokenTypeNotAccepted));

    let opts = AuthenticateOptions::new().accepts_token([TokenType::M2mToken]);
    let state = check(&token, &opts).await;
    assert_eq!(state.token_type(), Some(TokenType::M2mToken));
    assert_eq!(state.subject(), Some("mch_2xyz"));
    let machine = state.machine().unwrap();
    assert_eq!(machine.id(), Some("mt_2jwt"));
    assert_eq!(machine.scopes(), ["mch_2other", "mch_2third"]);
    assert_eq!(machine.name(), None);
    assert!(machine.expires_at().is_some());
    match state {
        RequestState::SignedIn(Identity::Machine(m)) => assert_eq!(m.subject(), "mch_2xyz"),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn machine_jwts_check_time_signature_and_category() {
    let opts = AuthenticateOptions::new().accepts_any_token();
    let now = now();
    let expired = sign(json!({}), json!({"sub": "mch_2xyz", "exp": now - 60}));
    assert_eq!(check(&expired, &opts).await.reason(), Some(SignedOutReason::Expired));
    let early = sign(json!({}), json!({"sub": "mch_2xyz", "exp": now + 60, "nbf": now + 60}));
    assert_eq!(check(&early, &opts).await.reason(), Some(SignedOutReason::NotYetValid));
    let future = sign(json!({"typ": "at+jwt"}), json!({"sub": "user_2abc", "exp": now + 600, "iat": now + 60}));
    assert_eq!(check(&future, &opts).await.reason(), Some(SignedOutReason::IssuedInFuture));
    let no_exp = sign(json!({"typ": "at+jwt"}), json!({"sub": "user_2abc"}));
    assert_eq!(check(&no_exp, &opts).await.reason(), Some(SignedOutReason::InvalidClaim("exp")));
    let bad_iss = sign(json!({"typ": "at+jwt"}), json!({"sub": "user_2abc", "exp": now + 60, "iss": "http://evil"}));
    assert_eq!(check(&bad_iss, &opts).await.reason(), Some(SignedOutReason::InvalidIssuer));
    // An M2M JWT marked as a JWT-template token.
    let wrong_cat = sign(json!({"cat": "cl_B7d4PD222AAA"}), m2m_claims());
    assert_eq!(check(&wrong_cat, &opts).await.reason(), Some(SignedOutReason::TokenCategoryMismatch));
    // An OAuth JWT marked as an M2M token.
    let wrong_cat = sign(json!({"typ": "at+jwt", "cat": "cl_B7d4PD333AAA"}), oauth_claims());
    assert_eq!(check(&wrong_cat, &opts).await.reason(), Some(SignedOutReason::TokenCategoryMismatch));
    // An M2M JWT with another typ.
    let odd_typ = sign(json!({"typ": "dpop+jwt"}), m2m_claims());
    assert_eq!(check(&odd_typ, &opts).await.reason(), Some(SignedOutReason::UnexpectedHeaderType));
    // A forged M2M JWT: payload swapped after signing.
    let token = sign(json!({}), m2m_claims());
    let parts: Vec<&str> = token.split('.').collect();
    let forged = format!("{}.{}.{}", parts[0], b64(&json!({"sub": "mch_admin", "exp": now + 60})), parts[2]);
    assert_eq!(check(&forged, &opts).await.reason(), Some(SignedOutReason::BadSignature));
    // HS256 is refused whatever the kind.
    let hs = format!("{}.{}.c2ln", b64(&json!({"alg": "HS256", "kid": KID_A})), b64(&m2m_claims()));
    assert_eq!(check(&hs, &opts).await.reason(), Some(SignedOutReason::UnsupportedAlgorithm));
}

#[tokio::test]
async fn session_with_another_typ_is_refused() {
    for typ in ["JWS", "dpop+jwt", "id_token"] {
        let token = sign(json!({ "typ": typ }), session_claims());
        let state = check(&token, &AuthenticateOptions::new().accepts_any_token()).await;
        assert_eq!(state.reason(), Some(SignedOutReason::UnexpectedHeaderType), "{typ}");
    }
    // Case does not matter for JWT.
    let token = sign(json!({"typ": "jwt"}), session_claims());
    assert!(check(&token, &AuthenticateOptions::new()).await.is_signed_in());
}

#[tokio::test]
async fn session_with_a_non_session_category_is_refused() {
    let template = sign(json!({"cat": "cl_B7d4PD222AAA"}), session_claims());
    assert_eq!(
        check(&template, &AuthenticateOptions::new()).await.reason(),
        Some(SignedOutReason::TokenCategoryMismatch)
    );
    let m2m = sign(json!({"cat": "cl_B7d4PD333AAA"}), session_claims());
    assert_eq!(check(&m2m, &AuthenticateOptions::new()).await.reason(), Some(SignedOutReason::TokenCategoryMismatch));
    // Absent (and unknown markers) are let through.
    let other = sign(json!({"cat": "cl_B7d4PD111AAA"}), session_claims());
    assert!(check(&other, &AuthenticateOptions::new()).await.is_signed_in());
}

#[tokio::test]
async fn pending_sessions_are_signed_out_unless_accepted() {
    let mut claims = session_claims();
    claims["sts"] = json!("pending");
    let token = sign(json!({"typ": "JWT"}), claims);
    assert_eq!(check(&token, &AuthenticateOptions::new()).await.reason(), Some(SignedOutReason::SessionPending));
    let opts = AuthenticateOptions::new().accept_pending_sessions(true);
    assert!(opts.accepts_pending_sessions());
    let state = check(&token, &opts).await;
    assert_eq!(state.claims().and_then(|c| c.sts.as_deref()), Some("pending"));
}

#[tokio::test]
async fn kinds_not_accepted_are_refused_before_any_fetch() {
    let source = FakeJwks::new(Duration::ZERO);
    let auth = Authenticator::new();
    let session_only = AuthenticateOptions::new();
    assert_eq!(session_only.accepted_tokens(), [TokenType::SessionToken]);
    for token in [
        "ak_2livekey".to_string(),
        "mt_2m2mtoken".to_string(),
        "oat_2oauthtoken".to_string(),
        sign(json!({}), m2m_claims()),
        sign(json!({"typ": "at+jwt"}), oauth_claims()),
    ] {
        let state = auth.authenticate(&bearer(&token), &session_only, source.as_ref()).await.unwrap();
        assert_eq!(state.reason(), Some(SignedOutReason::TokenTypeNotAccepted), "{token}");
    }
    // A machine-only route refuses sessions the same way.
    let keys_only = AuthenticateOptions::new().accepts_token([TokenType::ApiKey]);
    let session = sign(json!({}), session_claims());
    let state = auth.authenticate(&bearer(&session), &keys_only, source.as_ref()).await.unwrap();
    assert_eq!(state.reason(), Some(SignedOutReason::TokenTypeNotAccepted));
    let nothing = AuthenticateOptions::new().accepts_token([]);
    let state = auth.authenticate(&bearer(&session), &nothing, source.as_ref()).await.unwrap();
    assert_eq!(state.reason(), Some(SignedOutReason::TokenTypeNotAccepted));
    assert_eq!(source.calls(), 0, "nothing was fetched");
}

#[tokio::test]
async fn machine_tokens_in_cookies_are_refused() {
    let source = FakeJwks::new(Duration::ZERO);
    let opts = AuthenticateOptions::new().accepts_any_token();
    for token in ["ak_2livekey".to_string(), "mt_2m2mtoken".to_string(), sign(json!({}), m2m_claims())] {
        let mut headers = HeaderMap::new();
        headers.insert(COOKIE, HeaderValue::from_str(&format!("__session={token}")).unwrap());
        let state = Authenticator::new().authenticate(&headers, &opts, source.as_ref()).await.unwrap();
        assert_eq!(state.reason(), Some(SignedOutReason::MachineTokenInCookie), "{token}");
    }
    assert_eq!(source.calls(), 0);
}

#[tokio::test]
async fn opaque_tokens_without_a_verifier_are_an_error() {
    let source = FakeJwks::new(Duration::ZERO);
    let opts = AuthenticateOptions::new().accepts_token([TokenType::ApiKey]);
    let result = Authenticator::new().authenticate(&bearer("ak_2livekey"), &opts, source.as_ref()).await;
    assert_eq!(
        result,
        Err(AuthError::MachineVerify {
            token_type: TokenType::ApiKey,
            status: None,
            message: "no verifier for opaque machine tokens was given".into()
        })
    );
}

#[tokio::test]
async fn header_pairs_work_like_a_header_map() {
    let source = FakeJwks::new(Duration::ZERO);
    let token = sign(json!({}), session_claims());
    let cookie = format!("theme=dark; __session={token}");
    let pairs = [("Cookie", cookie.as_bytes()), ("X-Other", b"1".as_slice())];
    let auth = Authenticator::new();
    let opts = AuthenticateOptions::new();
    let state = auth.authenticate_header_pairs(pairs, &opts, source.as_ref(), None).await.unwrap();
    assert_eq!(state.subject(), Some("user_2abc"));
    let bearer_value = format!("bearer {token}");
    let pairs = [("AUTHORIZATION", bearer_value.as_bytes())];
    assert!(auth.authenticate_header_pairs(pairs, &opts, source.as_ref(), None).await.unwrap().is_signed_in());
}

#[tokio::test]
async fn reasons_for_new_rules_have_stable_codes() {
    let codes: Vec<&str> = [
        SignedOutReason::TokenTypeNotAccepted,
        SignedOutReason::UnexpectedHeaderType,
        SignedOutReason::TokenCategoryMismatch,
        SignedOutReason::SessionPending,
        SignedOutReason::MachineTokenInCookie,
        SignedOutReason::TokenNotFound,
        SignedOutReason::TokenRevoked,
        SignedOutReason::TokenInvalid,
    ]
    .iter()
    .map(|r| r.as_str())
    .collect();
    assert_eq!(
        codes,
        [
            "token-type-not-accepted",
            "unexpected-header-type",
            "token-category-mismatch",
            "session-pending",
            "machine-token-in-cookie",
            "token-not-found",
            "token-revoked",
            "token-invalid"
        ]
    );
    assert_eq!(TokenType::ApiKey.as_str(), "api_key");
    assert_eq!(format!("{:?}", Some(TokenType::ApiKey)), "Some(ApiKey)");
}

// ---- The JWKS cache under load. ----

#[tokio::test]
async fn hundred_cold_verifications_make_one_fetch() {
    let source = FakeJwks::new(Duration::from_millis(200));
    let auth = Authenticator::new();
    let opts = AuthenticateOptions::new();
    let token = sign(json!({}), session_claims());
    let headers = bearer(&token);
    let all = (0..100).map(|_| auth.authenticate(&headers, &opts, source.as_ref()));
    let states = futures::future::join_all(all).await;
    assert_eq!(states.iter().filter(|s| matches!(s, Ok(s) if s.is_signed_in())).count(), 100);
    assert_eq!(source.calls(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hundred_verifications_on_an_expired_cache_make_one_fetch() {
    let source = FakeJwks::new(Duration::from_millis(200));
    let cache = JwksCache::new().with_ttl(Duration::from_millis(300));
    let auth = Authenticator::with_cache(Arc::new(cache));
    let opts = AuthenticateOptions::new();
    let headers = bearer(&sign(json!({}), session_claims()));
    assert!(auth.authenticate(&headers, &opts, source.as_ref()).await.unwrap().is_signed_in());
    assert_eq!(source.calls(), 1);
    tokio::time::sleep(Duration::from_millis(400)).await;

    let tasks: Vec<_> = (0..100)
        .map(|_| {
            let (auth, source, opts, headers) = (auth.clone(), source.clone(), opts.clone(), headers.clone());
            tokio::spawn(async move { auth.authenticate(&headers, &opts, source.as_ref()).await })
        })
        .collect();
    for task in tasks {
        assert!(task.await.unwrap().unwrap().is_signed_in());
    }
    assert_eq!(source.calls(), 2, "one refresh for the whole burst");
}

#[tokio::test]
async fn failing_refresh_keeps_the_old_keys_working() {
    let source = FakeJwks::new(Duration::ZERO);
    let cache = JwksCache::new().with_ttl(Duration::from_millis(50)).with_retry_after_failure(Duration::from_secs(60));
    let auth = Authenticator::with_cache(Arc::new(cache));
    let opts = AuthenticateOptions::new();
    let headers = bearer(&sign(json!({}), session_claims()));
    assert!(auth.authenticate(&headers, &opts, source.as_ref()).await.unwrap().is_signed_in());

    source.fail("503 from the JWKS endpoint");
    tokio::time::sleep(Duration::from_millis(80)).await;
    for _ in 0..10 {
        let state = auth.authenticate(&headers, &opts, source.as_ref()).await.unwrap();
        assert!(state.is_signed_in(), "{state:?}");
    }
    // One failed refresh, then the held keys are used without retrying.
    assert_eq!(source.calls(), 2);
}

#[tokio::test]
async fn stale_keys_are_bounded() {
    let source = FakeJwks::new(Duration::ZERO);
    let cache = JwksCache::new().with_ttl(Duration::from_millis(50)).with_max_staleness(Duration::ZERO);
    assert_eq!(cache.max_staleness(), Duration::ZERO);
    let auth = Authenticator::with_cache(Arc::new(cache));
    let opts = AuthenticateOptions::new();
    let headers = bearer(&sign(json!({}), session_claims()));
    assert!(auth.authenticate(&headers, &opts, source.as_ref()).await.unwrap().is_signed_in());
    source.fail("connection refused");
    tokio::time::sleep(Duration::from_millis(80)).await;
    let result = auth.authenticate(&headers, &opts, source.as_ref()).await;
    assert_eq!(result, Err(AuthError::JwksFetch("connection refused".into())));
}

#[tokio::test]
async fn cold_failure_is_shared_by_waiters() {
    let source = FakeJwks::new(Duration::from_millis(100));
    source.fail("connection refused");
    let auth = Authenticator::new();
    let opts = AuthenticateOptions::new();
    let headers = bearer(&sign(json!({}), session_claims()));
    let all = (0..20).map(|_| auth.authenticate(&headers, &opts, source.as_ref()));
    for result in futures::future::join_all(all).await {
        assert_eq!(result, Err(AuthError::JwksFetch("connection refused".into())));
    }
    assert_eq!(source.calls(), 1);
}

#[tokio::test]
async fn slow_jwks_fetch_times_out() {
    let source = FakeJwks::new(Duration::from_secs(30));
    let cache = JwksCache::new().with_fetch_timeout(Duration::from_millis(100));
    assert_eq!(JwksCache::new().fetch_timeout(), Duration::from_secs(5));
    let auth = Authenticator::with_cache(Arc::new(cache));
    let headers = bearer(&sign(json!({}), session_claims()));
    let started = std::time::Instant::now();
    let result = auth.authenticate(&headers, &AuthenticateOptions::new(), source.as_ref()).await;
    assert_eq!(result, Err(AuthError::JwksFetch("no answer within 100 ms".into())));
    assert!(started.elapsed() < Duration::from_secs(5));
}
