//! Machine tokens: API keys, M2M tokens and OAuth access tokens.

use std::future::Future;
use std::pin::Pin;

use serde_json::{Map, Value};

use super::jwt::{check_times, is_valid_issuer};
use super::{AuthError, AuthenticateOptions, SignedOutReason, TokenType};

/// A signed-in program: what Clerk (or the token's own claims) says about
/// an API key, an M2M token or an OAuth access token.
#[derive(Clone, Debug, PartialEq)]
pub struct MachineAuth {
    token_type: TokenType,
    id: Option<String>,
    subject: String,
    name: Option<String>,
    client_id: Option<String>,
    scopes: Vec<String>,
    claims: Map<String, Value>,
    expires_at: Option<i64>,
}

impl MachineAuth {
    /// The kind of token ([`ApiKey`](TokenType::ApiKey),
    /// [`M2mToken`](TokenType::M2mToken) or [`OAuthToken`](TokenType::OAuthToken)).
    pub fn token_type(&self) -> TokenType {
        self.token_type
    }

    /// The token's id at Clerk (`ak_...`, `mt_...`, `oat_...`); for JWT
    /// tokens the `jti` claim, when present.
    pub fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }

    /// Who the token acts for: a user (`user_...`) or organization
    /// (`org_...`) for API keys, a machine (`mch_...`) for M2M tokens, the
    /// user for OAuth tokens.
    pub fn subject(&self) -> &str {
        &self.subject
    }

    /// The API key's name, when it has one.
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The OAuth application's client id (OAuth tokens only).
    pub fn client_id(&self) -> Option<&str> {
        self.client_id.as_deref()
    }

    /// The scopes granted to the token.
    pub fn scopes(&self) -> &[String] {
        &self.scopes
    }

    /// True when `scope` is one of the token's scopes.
    pub fn has_scope(&self, scope: &str) -> bool {
        self.scopes.iter().any(|s| s == scope)
    }

    /// Custom claims: the `claims` object Clerk keeps for API keys and M2M
    /// tokens, or every claim of a JWT-form token. Empty when there are none.
    pub fn claims(&self) -> &Map<String, Value> {
        &self.claims
    }

    /// When the token expires, in seconds since the Unix epoch; `None` for
    /// tokens that do not expire.
    pub fn expires_at(&self) -> Option<i64> {
        self.expires_at
    }
}

/// Why a [`MachineTokenVerifier`] got no answer about the token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MachineVerifyFailure {
    /// The HTTP status, when the verification service answered.
    pub status: Option<u16>,
    /// What went wrong, without the token or any secret.
    pub message: String,
}

/// The future a [`MachineTokenVerifier`] returns: the verification
/// service's JSON answer, or why there was none.
pub type MachineVerifyFuture<'a> = Pin<Box<dyn Future<Output = Result<Value, MachineVerifyFailure>> + Send + 'a>>;

/// Something that can ask Clerk about an opaque machine token.
///
/// The answer is the JSON body of the Backend API's verify operation for the
/// kind (`POST /api_keys/verify`, `/m2m_tokens/verify` or
/// `/oauth_applications/access_tokens/verify`). [`Clerk`](crate::Clerk)
/// implements this through its own generated operations; implement it to
/// plug another transport into an [`Authenticator`](super::Authenticator).
pub trait MachineTokenVerifier: Send + Sync {
    /// Asks about `token`, of kind `token_type`.
    fn verify_machine_token<'a>(&'a self, token_type: TokenType, token: &'a str) -> MachineVerifyFuture<'a>;
}

/// Verifies an opaque token through `verifier`, within the options' timeout,
/// and maps the answer to an identity or a reason.
pub(super) async fn verify_opaque(
    verifier: &dyn MachineTokenVerifier,
    kind: TokenType,
    token: &str,
    opts: &AuthenticateOptions,
) -> Result<Result<MachineAuth, SignedOutReason>, AuthError> {
    let answer = match tokio::time::timeout(opts.verify_timeout, verifier.verify_machine_token(kind, token)).await {
        Ok(answer) => answer,
        Err(_) => {
            return Err(AuthError::MachineVerify {
                token_type: kind,
                status: None,
                message: format!("no answer within {} ms", opts.verify_timeout.as_millis()),
            })
        }
    };
    match answer {
        Ok(body) => Ok(from_verify_answer(kind, &body, opts)),
        Err(failure) => match failure.status {
            // Clerk looked at the token and does not know it.
            Some(404) => Ok(Err(SignedOutReason::TokenNotFound)),
            // Clerk looked at the token and refused it. These answers can
            // only be about the token: the request is otherwise fixed.
            Some(400 | 410 | 422) => Ok(Err(SignedOutReason::TokenInvalid)),
            // 401/403 mean this server's secret key is wrong, 429 and 5xx
            // that Clerk is busy or down: nothing is known about the token.
            status => Err(AuthError::MachineVerify { token_type: kind, status, message: failure.message }),
        },
    }
}

/// Maps a successful verify answer. Refuses revoked, expired, inactive and
/// subject-less tokens.
fn from_verify_answer(
    kind: TokenType,
    body: &Value,
    opts: &AuthenticateOptions,
) -> Result<MachineAuth, SignedOutReason> {
    let Some(obj) = body.as_object() else {
        return Err(SignedOutReason::TokenInvalid);
    };
    let flag = |name: &str| obj.get(name).and_then(Value::as_bool);
    if flag("active") == Some(false) {
        return Err(SignedOutReason::TokenInvalid);
    }
    if flag("revoked") == Some(true) {
        return Err(SignedOutReason::TokenRevoked);
    }
    if flag("expired") == Some(true) {
        return Err(SignedOutReason::Expired);
    }
    let text = |name: &str| obj.get(name).and_then(Value::as_str).filter(|s| !s.is_empty()).map(str::to_string);
    let Some(subject) = text("subject") else {
        return Err(SignedOutReason::InvalidClaim("subject"));
    };
    // Clerk's timestamps are milliseconds since the epoch.
    let expires_at = match obj.get("expiration") {
        None | Some(Value::Null) => None,
        Some(value) => match value.as_f64() {
            Some(ms) => Some((ms / 1000.0).floor() as i64),
            None => return Err(SignedOutReason::InvalidClaim("expiration")),
        },
    };
    if let Some(exp) = expires_at {
        if opts.now_seconds() >= exp.saturating_add(opts.skew_seconds()) {
            return Err(SignedOutReason::Expired);
        }
    }
    let claims = match obj.get("claims") {
        Some(Value::Object(map)) => map.clone(),
        _ => Map::new(),
    };
    Ok(MachineAuth {
        token_type: kind,
        id: text("id"),
        subject,
        name: text("name"),
        client_id: text("client_id"),
        scopes: obj.get("scopes").map(scope_list).unwrap_or_default(),
        claims,
        expires_at,
    })
}

/// The rules for JWT-form M2M and OAuth tokens, on a payload whose signature
/// has been checked.
pub(super) fn from_jwt(
    kind: TokenType,
    payload: Map<String, Value>,
    opts: &AuthenticateOptions,
) -> Result<MachineAuth, SignedOutReason> {
    let time = |name: &'static str| -> Result<Option<i64>, SignedOutReason> {
        match payload.get(name) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Number(n)) => n
                .as_i64()
                .or_else(|| n.as_f64().map(|f| f.floor() as i64))
                .map(Some)
                .ok_or(SignedOutReason::InvalidClaim(name)),
            Some(_) => Err(SignedOutReason::InvalidClaim(name)),
        }
    };
    let exp = time("exp")?.ok_or(SignedOutReason::InvalidClaim("exp"))?;
    let nbf = time("nbf")?;
    let iat = time("iat")?;
    check_times(exp, nbf, iat, opts)?;
    let text = |name: &str| payload.get(name).and_then(Value::as_str).filter(|s| !s.is_empty()).map(str::to_string);
    let subject = text("sub").ok_or(SignedOutReason::InvalidClaim("sub"))?;
    match kind {
        TokenType::M2mToken if !subject.starts_with("mch_") => return Err(SignedOutReason::InvalidClaim("sub")),
        TokenType::OAuthToken if subject.starts_with("mch_") => return Err(SignedOutReason::InvalidClaim("sub")),
        _ => {}
    }
    // Not every machine JWT names its issuer; when one does, it must look
    // like a Clerk instance, as for sessions.
    match payload.get("iss") {
        None | Some(Value::Null) => {}
        Some(Value::String(iss)) if is_valid_issuer(iss) => {}
        Some(_) => return Err(SignedOutReason::InvalidIssuer),
    }
    let scopes =
        ["scopes", "scope", "scp"].iter().find_map(|name| payload.get(*name)).map(scope_list).unwrap_or_default();
    Ok(MachineAuth {
        token_type: kind,
        id: text("jti"),
        subject,
        name: None,
        client_id: text("client_id").or_else(|| text("azp")),
        scopes,
        expires_at: Some(exp),
        claims: payload,
    })
}

/// Scopes given as an array of strings, or as one string separated by
/// spaces or commas.
fn scope_list(value: &Value) -> Vec<String> {
    match value {
        Value::String(s) => s.split([' ', ',']).filter(|p| !p.is_empty()).map(str::to_string).collect(),
        Value::Array(items) => items.iter().filter_map(Value::as_str).map(str::to_string).collect(),
        _ => Vec::new(),
    }
}
