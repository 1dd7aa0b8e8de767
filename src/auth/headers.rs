//! Finding the candidate tokens of a request, from any header representation.

use super::SESSION_COOKIE;

/// At most this many candidate tokens (cookies) are tried per request.
const MAX_CANDIDATES: usize = 8;

/// The tokens a request carries: the bearer token when there is one,
/// otherwise the session cookies in the order they are tried.
#[derive(Default)]
pub(crate) struct Credentials {
    bearer: Option<String>,
    cookies: Vec<String>,
}

impl Credentials {
    /// From `(name, value)` pairs; names are compared without regard to case.
    pub(crate) fn from_pairs<'h, I>(headers: I, cookie_suffix: Option<&str>) -> Self
    where
        I: IntoIterator<Item = (&'h str, &'h [u8])>,
    {
        let mut bearer = None;
        let mut cookie_values: Vec<&'h [u8]> = Vec::new();
        for (name, value) in headers {
            if name.eq_ignore_ascii_case("authorization") {
                if bearer.is_none() {
                    bearer = bearer_token(value);
                }
            } else if name.eq_ignore_ascii_case("cookie") {
                cookie_values.push(value);
            }
        }
        if bearer.is_some() {
            return Credentials { bearer, cookies: Vec::new() };
        }
        Credentials { bearer: None, cookies: session_cookies(&cookie_values, cookie_suffix) }
    }

    /// `(token, from_cookie)` in the order they are tried.
    pub(crate) fn candidates(self) -> Vec<(String, bool)> {
        match self.bearer {
            Some(token) => vec![(token, false)],
            None => self.cookies.into_iter().map(|token| (token, true)).collect(),
        }
    }
}

/// The token of an `Authorization: Bearer <token>` value (scheme in any case).
pub(crate) fn bearer_token(value: &[u8]) -> Option<String> {
    let value = std::str::from_utf8(value).ok()?.trim();
    let (scheme, rest) = (value.get(..7)?, value.get(7..)?);
    if !scheme.eq_ignore_ascii_case("bearer ") {
        return None;
    }
    let token = rest.trim();
    (!token.is_empty()).then(|| token.to_string())
}

/// The session cookies: the suffixed one asked for first, then `__session`,
/// then the other `__session_<suffix>` cookies; duplicates removed.
fn session_cookies(values: &[&[u8]], cookie_suffix: Option<&str>) -> Vec<String> {
    let mut plain = None;
    let mut suffixed: Vec<(String, String)> = Vec::new();
    for value in values {
        let Ok(value) = std::str::from_utf8(value) else { continue };
        for pair in value.split(';') {
            let Some((name, raw)) = pair.split_once('=') else { continue };
            let name = name.trim();
            let raw = raw.trim();
            let token = raw.strip_prefix('"').and_then(|r| r.strip_suffix('"')).unwrap_or(raw);
            if token.is_empty() {
                continue;
            }
            if name == SESSION_COOKIE {
                plain.get_or_insert_with(|| token.to_string());
            } else if let Some(suffix) = name.strip_prefix("__session_") {
                if !suffix.is_empty() {
                    suffixed.push((suffix.to_string(), token.to_string()));
                }
            }
        }
    }

    let mut ordered = Vec::new();
    if let Some(wanted) = cookie_suffix {
        if let Some((_, token)) = suffixed.iter().find(|(s, _)| s == wanted) {
            ordered.push(token.clone());
        }
    }
    ordered.extend(plain);
    ordered.extend(suffixed.into_iter().map(|(_, token)| token));
    let mut unique: Vec<String> = Vec::new();
    for token in ordered {
        if !unique.contains(&token) {
            unique.push(token);
        }
        if unique.len() == MAX_CANDIDATES {
            break;
        }
    }
    unique
}
