//! Path parameters: every one is escaped so that no id can change which
//! endpoint a request reaches.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// Everything except RFC 3986's unreserved characters is escaped: `/`, `?`,
/// `#`, `%`, spaces and the rest can't leave the path segment they belong to.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// Encodes one path segment (used by the generated builders).
pub fn encode_path(segment: &str) -> String {
    utf8_percent_encode(segment, SEGMENT).to_string()
}

/// An endpoint's URL: `base` (the client's base URL, parsed when the client
/// was built) with `rest` (the operation's path, its parameters already
/// escaped by [`encode_path`]) added to its path. Only the path is parsed
/// here: the scheme, host and port are taken from `base` as they are.
pub(crate) fn url(base: &reqwest::Url, rest: std::fmt::Arguments<'_>) -> reqwest::Url {
    use std::fmt::Write;
    let mut path = String::with_capacity(base.path().len() + 64);
    path.push_str(base.path().trim_end_matches('/'));
    // Writing to a `String` can't fail.
    let _ = path.write_fmt(rest);
    let mut url = base.clone();
    url.set_path(&path);
    url
}

/// Checks one path parameter (called by the generated setters).
///
/// URL parsers resolve `.` and `..` segments, escaped or not, so those, and
/// an empty id, would reach a different endpoint: they are refused, naming
/// the parameter, and the request is never sent.
pub fn checked(name: &str, value: String) -> Result<String, String> {
    if value.is_empty() || value == "." || value == ".." {
        Err(format!("path parameter `{name}` must be a non-empty id other than `.` or `..`; got {value:?}"))
    } else {
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reserved_characters_are_escaped() {
        assert_eq!(encode_path("../users"), "..%2Fusers");
        assert_eq!(encode_path("a/b?c#d"), "a%2Fb%3Fc%23d");
        assert_eq!(encode_path("100%"), "100%25");
        assert_eq!(encode_path("user_2x-Y.z~"), "user_2x-Y.z~");
    }

    #[test]
    fn an_endpoint_url_adds_the_path_to_the_base_path() {
        let base = reqwest::Url::parse("https://api.clerk.test/v1").unwrap();
        let id = encode_path("user_1/../x?y#z");
        let endpoint = url(&base, format_args!("/users/{}/mfa", id));
        assert_eq!(endpoint.as_str(), "https://api.clerk.test/v1/users/user_1%2F..%2Fx%3Fy%23z/mfa");
        // A base with a trailing slash and a port of its own.
        let base = reqwest::Url::parse("http://127.0.0.1:8080/proxy/v1/").unwrap();
        assert_eq!(url(&base, format_args!("/jwks")).as_str(), "http://127.0.0.1:8080/proxy/v1/jwks");
        // The same URL as parsing the whole string, escapes kept as sent.
        let whole = reqwest::Url::parse("http://127.0.0.1:8080/proxy/v1/users/a%20b%25").unwrap();
        assert_eq!(url(&base, format_args!("/users/{}", encode_path("a b%"))), whole);
    }

    #[test]
    fn dot_segments_and_empty_ids_are_rejected() {
        for bad in ["", ".", ".."] {
            assert!(checked("user_id", bad.to_string()).is_err(), "{bad:?} should be rejected");
        }
        assert_eq!(checked("user_id", "user_123".to_string()).unwrap(), "user_123");
    }
}
