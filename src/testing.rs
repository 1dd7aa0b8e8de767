//! Tokens for your own tests (the `testing` feature): a throwaway RSA key
//! pair, and session, M2M and OAuth tokens signed with it, so protected
//! routes can be tested offline.
//!
//! [`TestKeys::generate`] makes a fresh 2048-bit key per call;
//! [`TestKeys::options`] gives [`AuthenticateOptions`] that trust it with no
//! network at all (the same as [`AuthenticateOptions::jwt_key`] with
//! [`TestKeys::public_pem`]). [`TestKeys::jwks`] is the matching key set, for
//! tests that serve `GET /jwks` from a mock.
//!
//! ```
//! use clerk_backend_api::testing::TestKeys;
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let keys = TestKeys::generate()?;
//! let token = keys.session("user_123").org("org_1", "acme", "admin").sign();
//! let clerk = clerk_backend_api::Clerk::builder().secret_key("sk_test_unused").build()?;
//! let state = clerk.verify_token(&token, &keys.options()).await?;
//! assert_eq!(state.subject(), Some("user_123"));
//! assert_eq!(state.claims().and_then(|c| c.organization()).map(|o| o.id), Some("org_1".to_string()));
//! # Ok(())
//! # }
//! ```
//!
//! Never use these keys outside tests: the private key is in memory and the
//! tokens are whatever the test says.

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use std::sync::Arc;

use ring::rand::SystemRandom;
use ring::signature::{RsaKeyPair, RSA_PKCS1_SHA256};
use rsa::pkcs1::{EncodeRsaPrivateKey, EncodeRsaPublicKey};
use rsa::pkcs8::{EncodePublicKey, LineEnding};
use rsa::traits::PublicKeyParts;
use serde_json::{json, Map, Value};

use crate::auth::{AuthenticateOptions, RsaKey};

/// The issuer put on minted session and OAuth tokens.
pub const TEST_ISSUER: &str = "https://clerk.test.example.com";

/// Why [`TestKeys::generate`] failed (the system's random source or the key
/// encoding failed; not expected to happen).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TestKeysError(String);

impl fmt::Display for TestKeysError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "could not make a test key pair: {}", self.0)
    }
}

impl std::error::Error for TestKeysError {}

/// A throwaway RSA key pair that signs test tokens.
#[derive(Clone)]
pub struct TestKeys {
    kid: String,
    signing: Arc<RsaKeyPair>,
    verifying: RsaKey,
    public_pem: String,
    n: String,
    e: String,
}

impl fmt::Debug for TestKeys {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TestKeys").field("kid", &self.kid).finish_non_exhaustive()
    }
}

impl TestKeys {
    /// Makes a fresh 2048-bit RSA key pair with a random key id
    /// (`ins_test_...`).
    pub fn generate() -> Result<TestKeys, TestKeysError> {
        let fail = |e: &dyn fmt::Display| TestKeysError(e.to_string());
        let private = rsa::RsaPrivateKey::new(&mut rsa::rand_core::OsRng, 2048).map_err(|e| fail(&e))?;
        let public = private.to_public_key();
        let private_der = private.to_pkcs1_der().map_err(|e| fail(&e))?;
        let public_der = public.to_pkcs1_der().map_err(|e| fail(&e))?;
        let public_pem = public.to_public_key_pem(LineEnding::LF).map_err(|e| fail(&e))?;
        Ok(TestKeys {
            kid: format!("ins_test_{:016x}", fastrand::u64(..)),
            signing: Arc::new(RsaKeyPair::from_der(private_der.as_bytes()).map_err(|e| fail(&e))?),
            verifying: RsaKey::from_pkcs1_der(public_der.as_bytes()).map_err(|e| fail(&e))?,
            public_pem,
            n: URL_SAFE_NO_PAD.encode(public.n().to_bytes_be()),
            e: URL_SAFE_NO_PAD.encode(public.e().to_bytes_be()),
        })
    }

    /// The key id put in minted tokens' headers and in [`jwks`](Self::jwks).
    pub fn kid(&self) -> &str {
        &self.kid
    }

    /// The public key as PEM (`-----BEGIN PUBLIC KEY-----`), as Clerk shows
    /// an instance's JWT public key.
    pub fn public_pem(&self) -> &str {
        &self.public_pem
    }

    /// The public key as one JWK (`kty`, `kid`, `n`, `e`, `alg`, `use`).
    pub fn jwk(&self) -> Value {
        json!({"kty": "RSA", "kid": self.kid, "n": self.n, "e": self.e, "alg": "RS256", "use": "sig"})
    }

    /// A key set holding only this key, shaped like `GET /jwks`.
    pub fn jwks(&self) -> Value {
        json!({ "keys": [self.jwk()] })
    }

    /// Default options that trust this key and never fetch a key set.
    pub fn options(&self) -> AuthenticateOptions {
        self.trust(AuthenticateOptions::new())
    }

    /// `options`, changed to trust this key (and fetch no key set).
    pub fn trust(&self, options: AuthenticateOptions) -> AuthenticateOptions {
        options.with_decoding_key(self.verifying.clone())
    }

    /// A session token (v2 claims) for `user_id`, active, valid for a
    /// minute, with a random session id and [`TEST_ISSUER`].
    pub fn session(&self, user_id: impl Into<String>) -> TestToken<'_> {
        let now = now();
        let mut token = TestToken::new(self, None);
        token.claims = object(json!({
            "sub": user_id.into(),
            "sid": format!("sess_test_{:016x}", fastrand::u64(..)),
            "iss": TEST_ISSUER,
            "iat": now - 1,
            "nbf": now - 1,
            "exp": now + 60,
            "v": 2,
            "sts": "active",
            "fva": [0, -1],
        }));
        token
    }

    /// An M2M token in JWT form for the machine `machine_id` (`mch_...`),
    /// with header `cat: cl_B7d4PD333AAA`, valid for a minute.
    pub fn m2m(&self, machine_id: impl Into<String>) -> TestToken<'_> {
        let now = now();
        let mut token = TestToken::new(self, None);
        token.header.insert("cat".into(), json!("cl_B7d4PD333AAA"));
        token.claims = object(json!({
            "sub": machine_id.into(),
            "jti": format!("mt_test_{:016x}", fastrand::u64(..)),
            "iat": now - 1,
            "nbf": now - 1,
            "exp": now + 60,
        }));
        token
    }

    /// An OAuth access token in JWT form (header `typ: at+jwt`) for
    /// `user_id`, issued to the client `test_client`, valid for a minute.
    pub fn oauth(&self, user_id: impl Into<String>) -> TestToken<'_> {
        let now = now();
        let mut token = TestToken::new(self, Some("at+jwt"));
        token.claims = object(json!({
            "sub": user_id.into(),
            "jti": format!("oat_test_{:016x}", fastrand::u64(..)),
            "client_id": "test_client",
            "iss": TEST_ISSUER,
            "iat": now - 1,
            "nbf": now - 1,
            "exp": now + 60,
        }));
        token
    }

    /// Signs any header and claims with this key (RS256). `alg` is set to
    /// `RS256` and `kid` to [`kid`](Self::kid) unless the header sets them.
    pub fn sign(&self, header: &Value, claims: &Value) -> String {
        let mut full = object(json!({"alg": "RS256", "kid": self.kid}));
        if let Value::Object(extra) = header {
            full.extend(extra.clone());
        }
        self.sign_parts(&Value::Object(full), claims)
    }

    fn sign_parts(&self, header: &Value, claims: &Value) -> String {
        let message = format!("{}.{}", encode_part(header), encode_part(claims));
        let mut signature = vec![0u8; self.signing.public().modulus_len()];
        match self.signing.sign(&RSA_PKCS1_SHA256, &SystemRandom::new(), message.as_bytes(), &mut signature) {
            Ok(()) => format!("{message}.{}", URL_SAFE_NO_PAD.encode(&signature)),
            // Not expected with an in-memory RSA key; a token without a
            // signature is refused, so a test sees the failure.
            Err(_) => format!("{message}."),
        }
    }
}

/// A token being minted; change its claims, then [`sign`](Self::sign) it.
#[derive(Clone, Debug)]
pub struct TestToken<'k> {
    keys: &'k TestKeys,
    header: Map<String, Value>,
    claims: Map<String, Value>,
    org_permissions: Vec<(String, String)>,
}

impl<'k> TestToken<'k> {
    fn new(keys: &'k TestKeys, typ: Option<&str>) -> Self {
        let header = object(json!({"alg": "RS256", "kid": keys.kid, "typ": typ.unwrap_or("JWT")}));
        TestToken { keys, header, claims: Map::new(), org_permissions: Vec::new() }
    }

    /// Sets any claim.
    pub fn claim(mut self, name: impl Into<String>, value: impl Into<Value>) -> Self {
        self.claims.insert(name.into(), value.into());
        self
    }

    /// Removes a claim.
    pub fn without_claim(mut self, name: &str) -> Self {
        self.claims.remove(name);
        self
    }

    /// Sets a header member (`typ`, `cat`, `kid`, ...).
    pub fn header(mut self, name: impl Into<String>, value: impl Into<Value>) -> Self {
        self.header.insert(name.into(), value.into());
        self
    }

    /// Removes a header member.
    pub fn without_header(mut self, name: &str) -> Self {
        self.header.remove(name);
        self
    }

    /// Valid for `lifetime` from now (`exp`).
    pub fn expires_in(self, lifetime: Duration) -> Self {
        let exp = now().saturating_add(i64::try_from(lifetime.as_secs()).unwrap_or(i64::MAX));
        self.claim("exp", exp)
    }

    /// Expired a minute ago (and issued two minutes ago).
    pub fn expired(self) -> Self {
        let now = now();
        self.claim("exp", now - 60).claim("iat", now - 120).claim("nbf", now - 120)
    }

    /// The session id (`sid`).
    pub fn session_id(self, sid: impl Into<String>) -> Self {
        self.claim("sid", sid.into())
    }

    /// The authorized party (`azp`): the origin of the app the token is for.
    pub fn azp(self, origin: impl Into<String>) -> Self {
        self.claim("azp", origin.into())
    }

    /// The issuer (`iss`).
    pub fn issuer(self, iss: impl Into<String>) -> Self {
        self.claim("iss", iss.into())
    }

    /// Marks the session `pending` (`sts`): signed in, a required step left.
    pub fn pending(self) -> Self {
        self.claim("sts", "pending")
    }

    /// The active organization in the v2 form (`o`): id, slug and role
    /// (with or without its `org:` prefix).
    pub fn org(mut self, id: impl Into<String>, slug: impl Into<String>, role: &str) -> Self {
        let role = role.strip_prefix("org:").unwrap_or(role);
        self.claims.insert("o".into(), json!({"id": id.into(), "slg": slug.into(), "rol": role}));
        self
    }

    /// Grants an organization permission, given as `org:<feature>:<name>`,
    /// encoded the compact v2 way (`fea`, `o.per`, `o.fpm`). Call after
    /// [`org`](Self::org); other shapes are ignored.
    pub fn org_permission(mut self, permission: &str) -> Self {
        let mut parts = permission.splitn(3, ':');
        if let (Some("org"), Some(feature), Some(name)) = (parts.next(), parts.next(), parts.next()) {
            self.org_permissions.push((feature.to_string(), name.to_string()));
        }
        self
    }

    /// Scopes of a machine token (`scopes` on M2M, `scope` on OAuth tokens).
    pub fn scopes<I, S>(self, scopes: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let list: Vec<String> = scopes.into_iter().map(Into::into).collect();
        let is_oauth = self.header.get("typ").and_then(Value::as_str) == Some("at+jwt");
        if is_oauth {
            self.claim("scope", list.join(" "))
        } else {
            self.claim("scopes", list)
        }
    }

    /// The claims as they will be signed.
    pub fn claims(&self) -> Value {
        let mut claims = self.claims.clone();
        self.encode_permissions(&mut claims);
        Value::Object(claims)
    }

    /// Signs the token with the test key.
    pub fn sign(self) -> String {
        let claims = self.claims();
        self.keys.sign_parts(&Value::Object(self.header), &claims)
    }

    fn encode_permissions(&self, claims: &mut Map<String, Value>) {
        if self.org_permissions.is_empty() {
            return;
        }
        let mut features: Vec<&str> = Vec::new();
        let mut names: Vec<&str> = Vec::new();
        for (feature, name) in &self.org_permissions {
            if !features.contains(&feature.as_str()) {
                features.push(feature);
            }
            if !names.contains(&name.as_str()) {
                names.push(name);
            }
        }
        let masks: Vec<String> = features
            .iter()
            .map(|feature| {
                let mut mask: u64 = 0;
                for (bit, name) in names.iter().enumerate().take(64) {
                    if self.org_permissions.iter().any(|(f, n)| f == feature && n == name) {
                        mask |= 1 << bit;
                    }
                }
                mask.to_string()
            })
            .collect();
        let fea: Vec<String> = features.iter().map(|f| format!("o:{f}")).collect();
        claims.insert("fea".into(), json!(fea.join(",")));
        if let Some(Value::Object(o)) = claims.get_mut("o") {
            o.insert("per".into(), json!(names.join(",")));
            o.insert("fpm".into(), json!(masks.join(",")));
        }
    }
}

fn object(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        _ => Map::new(),
    }
}

fn encode_part(value: &Value) -> String {
    URL_SAFE_NO_PAD.encode(value.to_string())
}

fn now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX)).unwrap_or(0)
}
