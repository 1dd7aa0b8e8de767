//! Session token verification, against fixture RSA keys and a fake JWKS source.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use clerk_backend_api::auth::{
    AuthError, AuthenticateOptions, Authenticator, JwksCache, JwksFuture, JwksSource, OrgClaims, RequestState,
    SignedOutReason,
};
use hmac::{Hmac, Mac};
use http::header::{AUTHORIZATION, COOKIE};
use http::{HeaderMap, HeaderValue};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde_json::{json, Value};
use sha2::Sha256;

const PRIVATE_A: &str = include_str!("fixtures/rsa_a_private.pem");
const PUBLIC_A: &str = include_str!("fixtures/rsa_a_public.pem");
const JWK_A: &str = include_str!("fixtures/rsa_a_jwk.json");
const PRIVATE_B: &str = include_str!("fixtures/rsa_b_private.pem");
const JWK_B: &str = include_str!("fixtures/rsa_b_jwk.json");
const KID_A: &str = "ins_test_key_a";
const KID_B: &str = "ins_test_key_b";
const ISSUER: &str = "https://clerk.example.com";

/// A JWKS source that counts its calls and can change its answer.
struct FakeJwks {
    jwks: Mutex<Result<Value, String>>,
    calls: AtomicUsize,
}

impl FakeJwks {
    fn with_keys(keys: &[&str]) -> Arc<Self> {
        Arc::new(FakeJwks { jwks: Mutex::new(Ok(jwks(keys))), calls: AtomicUsize::new(0) })
    }

    fn failing(message: &str) -> Arc<Self> {
        Arc::new(FakeJwks { jwks: Mutex::new(Err(message.to_string())), calls: AtomicUsize::new(0) })
    }

    fn set_keys(&self, keys: &[&str]) {
        *self.jwks.lock().unwrap() = Ok(jwks(keys));
    }

    fn calls(&self) -> usize {
        self.calls.load(Ordering::SeqCst)
    }
}

impl JwksSource for FakeJwks {
    fn fetch_jwks(&self) -> JwksFuture<'_> {
        self.calls.fetch_add(1, Ordering::SeqCst);
        let answer = self.jwks.lock().unwrap().clone();
        Box::pin(async move { answer })
    }
}

fn jwks(keys: &[&str]) -> Value {
    let keys: Vec<Value> = keys.iter().map(|k| serde_json::from_str(k).unwrap()).collect();
    json!({ "keys": keys })
}

fn now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs() as i64
}

fn claims() -> Value {
    let now = now();
    json!({
        "sub": "user_2abc",
        "sid": "sess_2abc",
        "iss": ISSUER,
        "azp": "https://app.example.com",
        "iat": now - 10,
        "nbf": now - 10,
        "exp": now + 60,
    })
}

fn with(mut base: Value, changes: Value) -> Value {
    for (k, v) in changes.as_object().unwrap() {
        if v.is_null() {
            base.as_object_mut().unwrap().remove(k);
        } else {
            base[k] = v.clone();
        }
    }
    base
}

fn sign(claims: &Value, kid: Option<&str>, private_pem: &str) -> String {
    let mut header = Header::new(Algorithm::RS256);
    header.kid = kid.map(str::to_string);
    let key = EncodingKey::from_rsa_pem(private_pem.as_bytes()).unwrap();
    jsonwebtoken::encode(&header, claims, &key).unwrap()
}

fn token_a(claims: &Value) -> String {
    sign(claims, Some(KID_A), PRIVATE_A)
}

fn bearer(token: &str) -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert(AUTHORIZATION, HeaderValue::from_str(&format!("Bearer {token}")).unwrap());
    headers
}

fn cookies(cookie: &str) -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert(COOKIE, HeaderValue::from_str(cookie).unwrap());
    headers
}

async fn run(headers: &HeaderMap, opts: &AuthenticateOptions) -> RequestState {
    let source = FakeJwks::with_keys(&[JWK_A]);
    Authenticator::new().authenticate(headers, opts, source.as_ref()).await.unwrap()
}

async fn reason_for(claims: &Value, opts: &AuthenticateOptions) -> Option<SignedOutReason> {
    run(&bearer(&token_a(claims)), opts).await.reason()
}

fn b64(value: &Value) -> String {
    URL_SAFE_NO_PAD.encode(serde_json::to_vec(value).unwrap())
}

#[tokio::test]
async fn valid_token_signs_in_with_typed_claims() {
    let claims = with(
        claims(),
        json!({
            "org_id": "org_1",
            "org_slug": "acme",
            "org_role": "org:admin",
            "org_permissions": ["org:sys_memberships:manage"],
            "custom": {"plan": "pro"},
        }),
    );
    let opts = AuthenticateOptions::new().authorized_parties(["https://app.example.com"]);
    let state = run(&bearer(&token_a(&claims)), &opts).await;
    assert!(state.is_signed_in(), "{state:?}");
    assert_eq!(state.reason(), None);
    let c = state.claims().unwrap();
    assert_eq!(c.sub, "user_2abc");
    assert_eq!(c.sid.as_deref(), Some("sess_2abc"));
    assert_eq!(c.iss, ISSUER);
    assert_eq!(c.azp.as_deref(), Some("https://app.example.com"));
    assert_eq!(c.version(), 1);
    assert!(!c.is_impersonated());
    assert_eq!(c.get("custom"), Some(&json!({"plan": "pro"})));
    assert_eq!(
        c.organization(),
        Some(OrgClaims {
            id: "org_1".into(),
            slug: Some("acme".into()),
            role: Some("org:admin".into()),
            permissions: vec!["org:sys_memberships:manage".into()],
        })
    );
}

#[tokio::test]
async fn v2_compact_claims_are_normalized() {
    let claims = with(
        claims(),
        json!({
            "v": 2,
            "fea": "o:dashboard,o:billing,u:beta,uo:shared",
            "o": {"id": "org_2", "slg": "acme", "rol": "admin", "per": "read,manage", "fpm": "3,2,1", "new": true},
            "act": {"sub": "user_admin", "iss": "https://dashboard.clerk.com"},
            "sts": "active",
            "fva": [3, -1],
        }),
    );
    let state = run(&bearer(&token_a(&claims)), &AuthenticateOptions::new()).await;
    let c = state.claims().expect("signed in");
    assert_eq!(c.version(), 2);
    assert!(c.is_impersonated());
    assert_eq!(c.act.as_ref().unwrap().sub.as_deref(), Some("user_admin"));
    assert_eq!(c.sts.as_deref(), Some("active"));
    assert_eq!(c.fva, Some(vec![3, -1]));
    assert_eq!(c.o.as_ref().unwrap().other.get("new"), Some(&json!(true)));
    assert_eq!(c.user_features(), vec!["beta", "shared"]);
    let org = c.organization().unwrap();
    assert_eq!(org.id, "org_2");
    assert_eq!(org.slug.as_deref(), Some("acme"));
    assert_eq!(org.role.as_deref(), Some("org:admin"));
    assert_eq!(
        org.permissions,
        vec!["org:dashboard:read", "org:dashboard:manage", "org:billing:manage", "org:shared:read"]
    );
}

#[tokio::test]
async fn odd_claim_shapes_are_kept_not_fatal() {
    let claims = with(claims(), json!({"o": "weird", "org_permissions": "not-a-list", "v": "two"}));
    let state = run(&bearer(&token_a(&claims)), &AuthenticateOptions::new()).await;
    let c = state.claims().expect("signed in");
    assert!(c.o.is_none());
    assert_eq!(c.get("o"), Some(&json!("weird")));
    assert_eq!(c.get("org_permissions"), Some(&json!("not-a-list")));
    assert_eq!(c.version(), 1);
    assert_eq!(c.organization(), None);
}

#[tokio::test]
async fn expired_token() {
    let now = now();
    let claims = with(claims(), json!({"exp": now - 60, "iat": now - 120, "nbf": now - 120}));
    assert_eq!(reason_for(&claims, &AuthenticateOptions::new()).await, Some(SignedOutReason::Expired));
}

#[tokio::test]
async fn not_yet_valid_token() {
    let claims = with(claims(), json!({"nbf": now() + 60}));
    assert_eq!(reason_for(&claims, &AuthenticateOptions::new()).await, Some(SignedOutReason::NotYetValid));
}

#[tokio::test]
async fn token_issued_in_the_future() {
    let claims = with(claims(), json!({"iat": now() + 60, "nbf": null}));
    assert_eq!(reason_for(&claims, &AuthenticateOptions::new()).await, Some(SignedOutReason::IssuedInFuture));
}

#[tokio::test]
async fn times_within_the_skew_are_accepted() {
    let now = now();
    // Default skew is 5 s: just expired and almost valid both pass.
    let edge = with(claims(), json!({"exp": now - 2, "nbf": now + 2, "iat": now + 2}));
    assert_eq!(reason_for(&edge, &AuthenticateOptions::new()).await, None);

    let late = with(claims(), json!({"exp": now - 20}));
    let wide = AuthenticateOptions::new().clock_skew(Duration::from_secs(60));
    assert_eq!(reason_for(&late, &wide).await, None);
    let none = AuthenticateOptions::new().clock_skew(Duration::ZERO);
    assert_eq!(reason_for(&late, &none).await, Some(SignedOutReason::Expired));
}

#[tokio::test]
async fn injected_clock_is_used() {
    let claims = claims();
    let later = SystemTime::now() + Duration::from_secs(3600);
    let opts = AuthenticateOptions::new().now(later);
    assert_eq!(reason_for(&claims, &opts).await, Some(SignedOutReason::Expired));
}

#[tokio::test]
async fn token_signed_by_another_key_is_rejected() {
    // Claims the kid of key A but is signed with key B.
    let token = sign(&claims(), Some(KID_A), PRIVATE_B);
    let state = run(&bearer(&token), &AuthenticateOptions::new()).await;
    assert_eq!(state.reason(), Some(SignedOutReason::BadSignature));
}

#[tokio::test]
async fn tampered_payload_is_rejected() {
    let token = token_a(&claims());
    let mut parts: Vec<&str> = token.split('.').collect();
    let forged = b64(&with(claims(), json!({"sub": "user_admin"})));
    parts[1] = &forged;
    let state = run(&bearer(&parts.join(".")), &AuthenticateOptions::new()).await;
    assert_eq!(state.reason(), Some(SignedOutReason::BadSignature));
}

#[tokio::test]
async fn alg_none_is_rejected() {
    let header = b64(&json!({"alg": "none", "typ": "JWT", "kid": KID_A}));
    let token = format!("{header}.{}.", b64(&claims()));
    let state = run(&bearer(&token), &AuthenticateOptions::new()).await;
    assert_eq!(state.reason(), Some(SignedOutReason::UnsupportedAlgorithm));

    // Also with a networkless key configured.
    let opts = AuthenticateOptions::new().jwt_key(PUBLIC_A).unwrap();
    let state = run(&bearer(&token), &opts).await;
    assert_eq!(state.reason(), Some(SignedOutReason::UnsupportedAlgorithm));
}

#[tokio::test]
async fn hs256_signed_with_the_public_key_is_rejected() {
    // The classic key-confusion attack: HMAC keyed with the RSA public key.
    let header = b64(&json!({"alg": "HS256", "typ": "JWT", "kid": KID_A}));
    let payload = b64(&claims());
    let mut mac = Hmac::<Sha256>::new_from_slice(PUBLIC_A.as_bytes()).unwrap();
    mac.update(format!("{header}.{payload}").as_bytes());
    let signature = URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes());
    let token = format!("{header}.{payload}.{signature}");

    let state = run(&bearer(&token), &AuthenticateOptions::new()).await;
    assert_eq!(state.reason(), Some(SignedOutReason::UnsupportedAlgorithm));
    let opts = AuthenticateOptions::new().jwt_key(PUBLIC_A).unwrap();
    let state = run(&bearer(&token), &opts).await;
    assert_eq!(state.reason(), Some(SignedOutReason::UnsupportedAlgorithm));
}

#[tokio::test]
async fn authorized_parties() {
    let opts = AuthenticateOptions::new().authorized_parties(["https://app.example.com"]);
    let wrong = with(claims(), json!({"azp": "https://evil.example.net"}));
    assert_eq!(reason_for(&wrong, &opts).await, Some(SignedOutReason::UnauthorizedParty));
    assert_eq!(reason_for(&claims(), &opts).await, None);
    // No azp in the token: accepted; no list configured: any azp accepted.
    let no_azp = with(claims(), json!({"azp": null}));
    assert_eq!(reason_for(&no_azp, &opts).await, None);
    assert_eq!(reason_for(&wrong, &AuthenticateOptions::new()).await, None);
}

#[tokio::test]
async fn issuer_must_be_an_https_host() {
    let opts = AuthenticateOptions::new();
    for good in ["https://clerk.example.com", "https://happy-hippo-1.clerk.accounts.dev", "https://clerk.example.com/"]
    {
        let c = with(claims(), json!({ "iss": good }));
        assert_eq!(reason_for(&c, &opts).await, None, "{good}");
    }
    for bad in [
        "http://clerk.example.com",
        "clerk.example.com",
        "https://",
        "https://localhost",
        "https://clerk.example.com/path",
        "https://user@clerk.example.com",
        "https://clerk.example.com?x=1",
        "https://clerk..example.com",
        "",
    ] {
        let c = with(claims(), json!({ "iss": bad }));
        assert_eq!(reason_for(&c, &opts).await, Some(SignedOutReason::InvalidIssuer), "{bad}");
    }
}

#[tokio::test]
async fn required_claims() {
    let opts = AuthenticateOptions::new();
    for claim in ["sub", "iss", "exp"] {
        let c = with(claims(), json!({ claim: null }));
        assert_eq!(reason_for(&c, &opts).await, Some(SignedOutReason::InvalidClaim(claim)), "{claim}");
    }
    let c = with(claims(), json!({"exp": "tomorrow"}));
    assert_eq!(reason_for(&c, &opts).await, Some(SignedOutReason::InvalidClaim("exp")));
    let c = with(claims(), json!({"azp": ["https://app.example.com"]}));
    assert_eq!(reason_for(&c, &opts).await, Some(SignedOutReason::InvalidClaim("azp")));
}

/// Signs a payload given as JSON text, so that it can say what a JSON
/// value cannot (a claim named twice).
fn sign_text(payload: &str) -> String {
    let header = b64(&json!({"alg": "RS256", "typ": "JWT", "kid": KID_A}));
    let message = format!("{header}.{}", URL_SAFE_NO_PAD.encode(payload));
    let key = EncodingKey::from_rsa_pem(PRIVATE_A.as_bytes()).unwrap();
    let signature = jsonwebtoken::crypto::sign(message.as_bytes(), &key, Algorithm::RS256).unwrap();
    format!("{message}.{signature}")
}

#[tokio::test]
async fn a_claim_named_twice_is_refused_even_when_signed() {
    let opts = AuthenticateOptions::new();
    let (now, exp) = (now() - 10, now() + 60);
    let body =
        |subs: &str, extra: &str| format!(r#"{{{subs},"iss":"{ISSUER}","iat":{now},"nbf":{now},"exp":{exp}{extra}}}"#);
    // The same text with the subject once signs in: the signing is right.
    let once = sign_text(&body(r#""sub":"user_2abc""#, ""));
    let state = run(&bearer(&once), &opts).await;
    assert_eq!(state.claims().map(|c| c.sub.as_str()), Some("user_2abc"));
    // Two subjects, two expiries, or a custom claim twice: no one is signed in.
    for token in [
        sign_text(&body(r#""sub":"user_2abc","sub":"user_2evil""#, "")),
        sign_text(&body(r#""sub":"user_2abc""#, &format!(r#","exp":{exp}"#))),
        sign_text(&body(r#""sub":"user_2abc""#, r#","plan":"free","plan":"pro""#)),
        // An escaped name is the same name.
        sign_text(&body(r#""sub":"user_2abc","s\u0075b":"user_2evil""#, "")),
    ] {
        assert_eq!(run(&bearer(&token), &opts).await.reason(), Some(SignedOutReason::Malformed), "{token}");
    }
}

#[tokio::test]
async fn malformed_and_missing_tokens() {
    let opts = AuthenticateOptions::new();
    assert_eq!(run(&HeaderMap::new(), &opts).await.reason(), Some(SignedOutReason::NoToken));
    for bad in ["abc", "a.b", "a.b.c.d", "!!!.e30.sig", "e30.e30.sig", "bm90IGpzb24.e30.sig"] {
        assert_eq!(run(&bearer(bad), &opts).await.reason(), Some(SignedOutReason::Malformed), "{bad}");
    }
    // A valid header over a payload that is not JSON.
    let header = b64(&json!({"alg": "RS256", "kid": KID_A}));
    let token = format!("{header}.{}.c2ln", URL_SAFE_NO_PAD.encode(b"not json"));
    let reason = run(&bearer(&token), &opts).await.reason();
    assert!(matches!(reason, Some(SignedOutReason::Malformed | SignedOutReason::BadSignature)), "{reason:?}");
    // A signed token whose signature part is not base64url.
    let signed = token_a(&claims());
    let (message, _) = signed.rsplit_once('.').unwrap();
    let token = format!("{message}.%%%");
    assert_eq!(run(&bearer(&token), &opts).await.reason(), Some(SignedOutReason::Malformed));
    // The right signature over one payload byte changed.
    let (head, sig) = signed.rsplit_once('.').unwrap();
    let flipped = format!("{}{}", &head[..head.len() - 1], if head.ends_with('A') { 'B' } else { 'A' });
    let token = format!("{flipped}.{sig}");
    let reason = run(&bearer(&token), &opts).await.reason();
    assert!(matches!(reason, Some(SignedOutReason::BadSignature | SignedOutReason::Malformed)), "{reason:?}");
    // No kid.
    let token = sign(&claims(), None, PRIVATE_A);
    assert_eq!(run(&bearer(&token), &opts).await.reason(), Some(SignedOutReason::MissingKid));
}

#[tokio::test]
async fn cached_jwks_makes_no_request_on_the_second_call() {
    let source = FakeJwks::with_keys(&[JWK_A]);
    let auth = Authenticator::new();
    let opts = AuthenticateOptions::new();
    let headers = bearer(&token_a(&claims()));
    for _ in 0..3 {
        let state = auth.authenticate(&headers, &opts, source.as_ref()).await.unwrap();
        assert!(state.is_signed_in());
    }
    assert_eq!(source.calls(), 1);
    assert_eq!(auth.cache().key_ids(), vec![KID_A.to_string()]);

    // A clone shares the cache.
    let clone = auth.clone();
    clone.authenticate(&headers, &opts, source.as_ref()).await.unwrap();
    assert_eq!(source.calls(), 1);
}

#[tokio::test]
async fn unknown_kid_triggers_exactly_one_refetch() {
    let source = FakeJwks::with_keys(&[JWK_A]);
    let auth = Authenticator::new();
    let opts = AuthenticateOptions::new();

    let good = bearer(&token_a(&claims()));
    assert!(auth.authenticate(&good, &opts, source.as_ref()).await.unwrap().is_signed_in());
    assert_eq!(source.calls(), 1);

    let unknown = bearer(&sign(&claims(), Some("ins_unknown"), PRIVATE_B));
    let state = auth.authenticate(&unknown, &opts, source.as_ref()).await.unwrap();
    assert_eq!(state.reason(), Some(SignedOutReason::UnknownKid));
    assert_eq!(source.calls(), 2, "one refetch for the unknown kid");

    // A flood of unknown kids within the minimum interval fetches nothing more.
    for i in 0..5 {
        let other = bearer(&sign(&claims(), Some(&format!("ins_flood_{i}")), PRIVATE_B));
        let state = auth.authenticate(&other, &opts, source.as_ref()).await.unwrap();
        assert_eq!(state.reason(), Some(SignedOutReason::UnknownKid));
    }
    assert_eq!(source.calls(), 2);
    // Known keys keep working from the cache.
    assert!(auth.authenticate(&good, &opts, source.as_ref()).await.unwrap().is_signed_in());
    assert_eq!(source.calls(), 2);
}

#[tokio::test]
async fn rotated_key_is_found_by_the_refetch() {
    let source = FakeJwks::with_keys(&[JWK_A]);
    let auth = Authenticator::new();
    let opts = AuthenticateOptions::new();
    assert!(auth.authenticate(&bearer(&token_a(&claims())), &opts, source.as_ref()).await.unwrap().is_signed_in());

    source.set_keys(&[JWK_A, JWK_B]);
    let token_b = sign(&claims(), Some(KID_B), PRIVATE_B);
    let state = auth.authenticate(&bearer(&token_b), &opts, source.as_ref()).await.unwrap();
    assert!(state.is_signed_in(), "{state:?}");
    assert_eq!(source.calls(), 2);
}

#[tokio::test]
async fn refetch_interval_and_ttl_are_configurable() {
    let source = FakeJwks::with_keys(&[JWK_A]);
    let cache = JwksCache::new().with_min_refetch_interval(Duration::ZERO);
    let auth = Authenticator::with_cache(Arc::new(cache));
    let opts = AuthenticateOptions::new();
    let unknown = bearer(&sign(&claims(), Some("ins_unknown"), PRIVATE_B));
    for _ in 0..3 {
        auth.authenticate(&unknown, &opts, source.as_ref()).await.unwrap();
    }
    // One initial load, then one refetch per call.
    assert_eq!(source.calls(), 3);

    let source = FakeJwks::with_keys(&[JWK_A]);
    let auth = Authenticator::with_cache(Arc::new(JwksCache::new().with_ttl(Duration::ZERO)));
    let good = bearer(&token_a(&claims()));
    for _ in 0..3 {
        assert!(auth.authenticate(&good, &opts, source.as_ref()).await.unwrap().is_signed_in());
    }
    assert_eq!(source.calls(), 3);
    assert_eq!(JwksCache::new().ttl(), Duration::from_secs(3600));
    assert_eq!(JwksCache::new().min_refetch_interval(), Duration::from_secs(300));
}

#[tokio::test]
async fn jwks_failure_is_an_error() {
    let source = FakeJwks::failing("connection refused");
    let result = Authenticator::new()
        .authenticate(&bearer(&token_a(&claims())), &AuthenticateOptions::new(), source.as_ref())
        .await;
    assert_eq!(result, Err(AuthError::JwksFetch("connection refused".into())));

    let source = FakeJwks::with_keys(&[]);
    *source.jwks.lock().unwrap() = Ok(json!({"nope": []}));
    let result = Authenticator::new()
        .authenticate(&bearer(&token_a(&claims())), &AuthenticateOptions::new(), source.as_ref())
        .await;
    assert!(matches!(result, Err(AuthError::InvalidJwks(_))), "{result:?}");
}

#[tokio::test]
async fn networkless_key_never_fetches() {
    let source = FakeJwks::with_keys(&[]);
    let auth = Authenticator::new();
    let token = bearer(&token_a(&claims()));
    let single_line = PUBLIC_A.replace('\n', "");
    let escaped = PUBLIC_A.replace('\n', "\\n");
    for pem in [PUBLIC_A, single_line.as_str(), escaped.as_str()] {
        let opts = AuthenticateOptions::new().jwt_key(pem).unwrap();
        assert!(opts.has_jwt_key());
        let state = auth.authenticate(&token, &opts, source.as_ref()).await.unwrap();
        assert!(state.is_signed_in(), "{state:?}");
    }
    // A token signed with another key fails without fetching either.
    let opts = AuthenticateOptions::new().jwt_key(PUBLIC_A).unwrap();
    let other = bearer(&sign(&claims(), Some(KID_A), PRIVATE_B));
    let state = auth.authenticate(&other, &opts, source.as_ref()).await.unwrap();
    assert_eq!(state.reason(), Some(SignedOutReason::BadSignature));
    assert_eq!(source.calls(), 0);

    // The same key as PKCS#1 (`RSA PUBLIC KEY`), and as a bare base64 body.
    let pkcs1 = include_str!("fixtures/rsa_a_public_pkcs1.pem");
    let bare: String = PUBLIC_A.lines().filter(|l| !l.starts_with("-----")).collect();
    for pem in [pkcs1, bare.as_str()] {
        let opts = AuthenticateOptions::new().jwt_key(pem).unwrap();
        let state = auth.authenticate(&token, &opts, source.as_ref()).await.unwrap();
        assert!(state.is_signed_in(), "{state:?}");
    }
    // A public key that is not RSA is refused, and says why.
    match AuthenticateOptions::new().jwt_key(include_str!("fixtures/ec_p256_public.pem")) {
        Err(AuthError::InvalidJwtKey(why)) => assert!(why.contains("not an RSA key"), "{why}"),
        other => panic!("an EC key was taken: {other:?}"),
    }
    // A private key pasted by mistake is refused too.
    assert!(matches!(AuthenticateOptions::new().jwt_key(PRIVATE_A), Err(AuthError::InvalidJwtKey(_))));
    assert_eq!(source.calls(), 0);

    // A bad key is refused when the options are built, not per request.
    let result = AuthenticateOptions::new().jwt_key("not a key");
    assert!(matches!(result, Err(AuthError::InvalidJwtKey(_))), "{result:?}");
    assert!(matches!(AuthenticateOptions::new().jwt_key(""), Err(AuthError::InvalidJwtKey(_))));
}

#[tokio::test]
async fn session_cookie_is_read() {
    let token = token_a(&claims());
    let opts = AuthenticateOptions::new();
    let state = run(&cookies(&format!("theme=dark; __session={token}; other=1")), &opts).await;
    assert!(state.is_signed_in(), "{state:?}");

    // Several Cookie headers.
    let mut headers = HeaderMap::new();
    headers.append(COOKIE, HeaderValue::from_static("theme=dark"));
    headers.append(COOKIE, HeaderValue::from_str(&format!("__session={token}")).unwrap());
    assert!(run(&headers, &opts).await.is_signed_in());

    // Unrelated cookies only.
    let state = run(&cookies("theme=dark; __session_=x; session=y"), &opts).await;
    assert_eq!(state.reason(), Some(SignedOutReason::NoToken));
}

#[tokio::test]
async fn suffixed_session_cookie_is_read() {
    let token = token_a(&claims());
    let opts = AuthenticateOptions::new();
    let state = run(&cookies(&format!("__session_Xy12AbCd={token}")), &opts).await;
    assert!(state.is_signed_in(), "{state:?}");

    // Another app's token in the plain cookie does not hide ours.
    let foreign = sign(&claims(), Some("ins_other_app"), PRIVATE_B);
    let both = cookies(&format!("__session={foreign}; __session_Xy12AbCd={token}"));
    assert!(run(&both, &opts).await.is_signed_in());

    // With a suffix configured, that cookie is tried first.
    let expired = token_a(&with(claims(), json!({"exp": now() - 600})));
    let headers = cookies(&format!("__session_other={expired}; __session_mine={token}"));
    let state = run(&headers, &AuthenticateOptions::new().cookie_suffix("mine")).await;
    assert!(state.is_signed_in());

    // When nothing verifies, the reason is the first candidate's.
    let headers = cookies(&format!("__session={expired}; __session_x=garbage"));
    assert_eq!(run(&headers, &opts).await.reason(), Some(SignedOutReason::Expired));
}

#[tokio::test]
async fn bearer_header_wins_over_the_cookie() {
    let good = token_a(&claims());
    let expired = token_a(&with(claims(), json!({"exp": now() - 600})));
    let mut headers = bearer(&expired);
    headers.insert(COOKIE, HeaderValue::from_str(&format!("__session={good}")).unwrap());
    let state = run(&headers, &AuthenticateOptions::new()).await;
    assert_eq!(state.reason(), Some(SignedOutReason::Expired));

    // Lower-case scheme, and a non-bearer Authorization header falls back to cookies.
    let mut headers = HeaderMap::new();
    headers.insert(AUTHORIZATION, HeaderValue::from_str(&format!("bearer {good}")).unwrap());
    assert!(run(&headers, &AuthenticateOptions::new()).await.is_signed_in());
    let mut headers = cookies(&format!("__session={good}"));
    headers.insert(AUTHORIZATION, HeaderValue::from_static("Basic dXNlcjpwYXNz"));
    assert!(run(&headers, &AuthenticateOptions::new()).await.is_signed_in());
}

#[tokio::test]
async fn verify_token_directly() {
    let source = FakeJwks::with_keys(&[JWK_A]);
    let state = Authenticator::new()
        .verify_token(&token_a(&claims()), &AuthenticateOptions::new(), source.as_ref())
        .await
        .unwrap();
    assert_eq!(state.into_claims().unwrap().sub, "user_2abc");
}

#[test]
fn reasons_have_stable_codes() {
    assert_eq!(SignedOutReason::Expired.as_str(), "token-expired");
    assert_eq!(SignedOutReason::InvalidClaim("sub").to_string(), "invalid-claim (sub)");
    assert_eq!(SignedOutReason::UnknownKid.to_string(), "unknown-kid");
}

#[test]
fn futures_and_types_are_thread_safe() {
    fn assert_send<T: Send>(_: &T) {}
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Authenticator>();
    assert_send_sync::<JwksCache>();
    assert_send_sync::<AuthenticateOptions>();
    assert_send_sync::<AuthError>();
    let auth = Authenticator::new();
    let headers = HeaderMap::new();
    let opts = AuthenticateOptions::new();
    let source = FakeJwks::with_keys(&[]);
    let fut = auth.authenticate(&headers, &opts, source.as_ref());
    assert_send(&fut);
}

// ------------------------------------------------ the verified-token cache

async fn verify_with(auth: &Authenticator, token: &str, opts: &AuthenticateOptions, jwks: &FakeJwks) -> RequestState {
    auth.verify_token(token, opts, jwks).await.unwrap()
}

fn at(secs: i64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(secs as u64)
}

#[tokio::test]
async fn a_verified_token_is_cached_once_and_every_check_runs_again_on_a_hit() {
    let jwks = FakeJwks::with_keys(&[JWK_A]);
    let auth = Authenticator::new();
    let token = token_a(&with(claims(), json!({"sts": "pending"})));
    let pending_ok = AuthenticateOptions::new().accept_pending_sessions(true);
    assert!(verify_with(&auth, &token, &pending_ok, &jwks).await.is_signed_in());
    assert_eq!(auth.token_cache().len(), 1);
    assert!(verify_with(&auth, &token, &pending_ok, &jwks).await.is_signed_in());
    assert_eq!(auth.token_cache().len(), 1, "a hit adds nothing");

    // The same cached token, under options or a clock that refuse it.
    let cases = [
        (AuthenticateOptions::new(), SignedOutReason::SessionPending),
        (pending_ok.clone().authorized_parties(["https://other.example.com"]), SignedOutReason::UnauthorizedParty),
        (pending_ok.clone().now(at(now() + 3600)), SignedOutReason::Expired),
        (pending_ok.clone().now(at(now() - 3600)), SignedOutReason::NotYetValid),
    ];
    for (opts, reason) in cases {
        assert_eq!(verify_with(&auth, &token, &opts, &jwks).await.reason(), Some(reason));
    }
    let machines_only = pending_ok.clone().accepts_token([clerk_backend_api::auth::TokenType::M2mToken]);
    assert_eq!(
        verify_with(&auth, &token, &machines_only, &jwks).await.reason(),
        Some(SignedOutReason::TokenTypeNotAccepted)
    );
    assert_eq!(jwks.calls(), 1);
}

#[tokio::test]
async fn a_cached_tokens_signature_under_another_header_or_payload_is_verified_and_refused() {
    // The cache is keyed by the signature; a token that reuses a cached
    // token's signature with any other signed part must not be found there.
    let jwks = FakeJwks::with_keys(&[JWK_A]);
    let auth = Authenticator::new();
    let opts = AuthenticateOptions::new();
    let token = token_a(&claims());
    assert!(verify_with(&auth, &token, &opts, &jwks).await.is_signed_in());
    assert_eq!(auth.token_cache().len(), 1);
    let parts: Vec<&str> = token.split('.').collect();
    let payload = b64(&with(claims(), json!({"sub": "user_admin"})));
    let header = b64(&json!({"alg": "RS256", "typ": "JWT", "kid": KID_A, "x": 1}));
    for forged in [
        format!("{}.{payload}.{}", parts[0], parts[2]),
        format!("{header}.{}.{}", parts[1], parts[2]),
        // The signed part with one byte less, the signature unchanged.
        format!("{}.{}.{}", parts[0], &parts[1][..parts[1].len() - 1], parts[2]),
    ] {
        let state = verify_with(&auth, &forged, &opts, &jwks).await;
        assert!(
            matches!(state.reason(), Some(SignedOutReason::BadSignature | SignedOutReason::Malformed)),
            "{forged}: {:?}",
            state.reason()
        );
    }
    assert_eq!(auth.token_cache().len(), 1, "nothing forged was added");
    // The token itself is still found.
    let state = verify_with(&auth, &token, &opts, &jwks).await;
    assert_eq!(state.claims().map(|c| c.sub.as_str()), Some("user_2abc"));
}

#[tokio::test]
async fn failed_verifications_leave_no_entry() {
    let jwks = FakeJwks::with_keys(&[JWK_A]);
    let auth = Authenticator::new();
    let expired = token_a(&with(claims(), json!({"exp": now() - 60})));
    let pending = token_a(&with(claims(), json!({"sts": "pending"})));
    let foreign = sign(&claims(), Some(KID_A), PRIVATE_B);
    let opts = AuthenticateOptions::new();
    assert_eq!(verify_with(&auth, &expired, &opts, &jwks).await.reason(), Some(SignedOutReason::Expired));
    assert_eq!(verify_with(&auth, &pending, &opts, &jwks).await.reason(), Some(SignedOutReason::SessionPending));
    assert_eq!(verify_with(&auth, &foreign, &opts, &jwks).await.reason(), Some(SignedOutReason::BadSignature));
    assert!(auth.token_cache().is_empty());
}

#[tokio::test]
async fn a_key_gone_from_the_key_set_or_replaced_leaves_no_usable_entry() {
    let jwks = FakeJwks::with_keys(&[JWK_A]);
    let auth = Authenticator::new();
    let opts = AuthenticateOptions::new();
    let token = token_a(&claims());
    assert!(verify_with(&auth, &token, &opts, &jwks).await.is_signed_in());
    assert_eq!(auth.token_cache().len(), 1);

    // Key A leaves the set: the key id is unknown, whatever the cache holds.
    jwks.set_keys(&[JWK_B]);
    auth.cache().clear();
    assert_eq!(verify_with(&auth, &token, &opts, &jwks).await.reason(), Some(SignedOutReason::UnknownKid));

    // Key A's id now names key B: the entry checked by A is not used.
    let mut b_as_a: Value = serde_json::from_str(JWK_B).unwrap();
    b_as_a["kid"] = json!(KID_A);
    *jwks.jwks.lock().unwrap() = Ok(json!({ "keys": [b_as_a] }));
    auth.cache().clear();
    assert_eq!(verify_with(&auth, &token, &opts, &jwks).await.reason(), Some(SignedOutReason::BadSignature));

    // And back to key A: verified again.
    jwks.set_keys(&[JWK_A]);
    auth.cache().clear();
    assert!(verify_with(&auth, &token, &opts, &jwks).await.is_signed_in());
}

#[tokio::test]
async fn the_cache_is_bounded_shared_by_clones_and_can_be_turned_off() {
    let jwks = FakeJwks::with_keys(&[JWK_A]);
    let auth = Authenticator::new();
    auth.token_cache().set_capacity(3);
    let clone = auth.clone();
    let opts = AuthenticateOptions::new();
    for i in 0..5 {
        let token = token_a(&with(claims(), json!({"sid": format!("sess_{i}")})));
        assert!(verify_with(&clone, &token, &opts, &jwks).await.is_signed_in());
        assert!(auth.token_cache().len() <= 3, "{}", auth.token_cache().len());
    }
    assert_eq!(auth.token_cache().len(), 3, "the clone filled the original's cache");

    auth.token_cache().clear();
    let off = AuthenticateOptions::new().use_token_cache(false);
    assert!(verify_with(&auth, &token_a(&claims()), &off, &jwks).await.is_signed_in());
    assert!(auth.token_cache().is_empty());

    auth.token_cache().set_capacity(0);
    assert!(verify_with(&auth, &token_a(&claims()), &opts, &jwks).await.is_signed_in());
    assert!(auth.token_cache().is_empty());
}

#[tokio::test]
async fn a_networkless_key_caches_too_and_a_different_key_misses() {
    let auth = Authenticator::new();
    let jwks = FakeJwks::failing("no network");
    let token = token_a(&claims());
    let with_a = AuthenticateOptions::new().jwt_key(PUBLIC_A).unwrap();
    assert!(verify_with(&auth, &token, &with_a, &jwks).await.is_signed_in());
    assert_eq!(auth.token_cache().len(), 1);
    let with_b = AuthenticateOptions::new().jwt_key(include_str!("fixtures/rsa_b_public.pem")).unwrap();
    assert_eq!(verify_with(&auth, &token, &with_b, &jwks).await.reason(), Some(SignedOutReason::BadSignature));
    assert_eq!(jwks.calls(), 0);
}

#[tokio::test]
async fn a_cached_machine_jwt_is_still_refused_from_a_cookie_and_when_not_accepted() {
    use clerk_backend_api::auth::TokenType;
    let jwks = FakeJwks::with_keys(&[JWK_A]);
    let auth = Authenticator::new();
    let token = token_a(&json!({"sub": "mch_2abc", "iss": ISSUER, "iat": now() - 10, "exp": now() + 60}));
    let m2m = AuthenticateOptions::new().accepts_token([TokenType::M2mToken]);
    let state = verify_with(&auth, &token, &m2m, &jwks).await;
    assert_eq!((state.token_type(), state.subject()), (Some(TokenType::M2mToken), Some("mch_2abc")));
    assert_eq!(auth.token_cache().len(), 1);
    let again = verify_with(&auth, &token, &m2m, &jwks).await;
    assert_eq!((again.token_type(), again.subject()), (Some(TokenType::M2mToken), Some("mch_2abc")));
    let from_cookie = auth.authenticate(&cookies(&format!("__session={token}")), &m2m, jwks.as_ref()).await.unwrap();
    assert_eq!(from_cookie.reason(), Some(SignedOutReason::MachineTokenInCookie));
    let sessions_only = AuthenticateOptions::new();
    assert_eq!(
        verify_with(&auth, &token, &sessions_only, &jwks).await.reason(),
        Some(SignedOutReason::TokenTypeNotAccepted)
    );
}
