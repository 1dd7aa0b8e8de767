//! The instance a server belongs to, as cookie-carried sessions need it:
//! the publishable key (development or production, the Frontend API host,
//! the cookie suffix), a proxy in front of the Frontend API, and the
//! satellite settings.

use std::fmt;

use base64::alphabet::STANDARD;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use base64::Engine as _;

use super::AuthError;

/// Whether an instance is for development (`pk_test_`) or production
/// (`pk_live_`). Development instances carry the dev browser token and
/// resolve handshakes through the URL; production ones through cookies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InstanceType {
    /// A `pk_test_` key.
    Development,
    /// A `pk_live_` key.
    Production,
}

/// A parsed publishable key (`pk_test_...` or `pk_live_...`): which kind of
/// instance it names and where that instance's Frontend API lives.
///
/// The part after the prefix is the Frontend API host in base64, ended by
/// `$`; a key that does not read that way is refused with
/// [`AuthError::InvalidPublishableKey`].
#[derive(Clone, PartialEq, Eq)]
pub struct PublishableKey {
    key: String,
    instance_type: InstanceType,
    frontend_api: String,
    cookie_suffix: String,
}

/// Decodes with or without `=` padding, as browsers' `atob` does.
const LENIENT: GeneralPurpose = GeneralPurpose::new(
    &STANDARD,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

impl PublishableKey {
    /// Reads a publishable key.
    pub fn parse(key: impl AsRef<str>) -> Result<PublishableKey, AuthError> {
        let key = key.as_ref().trim();
        let invalid = |why: &str| AuthError::InvalidPublishableKey(why.to_string());
        let (instance_type, encoded) = if let Some(rest) = key.strip_prefix("pk_test_") {
            (InstanceType::Development, rest)
        } else if let Some(rest) = key.strip_prefix("pk_live_") {
            (InstanceType::Production, rest)
        } else {
            return Err(invalid("a publishable key starts with pk_test_ or pk_live_"));
        };
        let decoded = LENIENT.decode(encoded).map_err(|_| invalid("the part after the prefix is not base64"))?;
        let decoded = String::from_utf8(decoded).map_err(|_| invalid("the decoded host is not UTF-8"))?;
        let Some(host) = decoded.strip_suffix('$') else {
            return Err(invalid("the decoded host does not end with `$`"));
        };
        let host_ok = !host.is_empty()
            && host.len() <= 255
            && host.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':'));
        if !host_ok {
            return Err(invalid("the decoded Frontend API host is empty or holds characters a host cannot"));
        }
        Ok(PublishableKey {
            cookie_suffix: cookie_suffix(key),
            key: key.to_string(),
            instance_type,
            frontend_api: host.to_string(),
        })
    }

    /// The key as given (publishable keys are public; they appear in pages).
    pub fn as_str(&self) -> &str {
        &self.key
    }

    /// Development or production.
    pub fn instance_type(&self) -> InstanceType {
        self.instance_type
    }

    /// The Frontend API host the key names, such as
    /// `clerk.example.com` or `happy-cat-12.clerk.accounts.dev`.
    pub fn frontend_api(&self) -> &str {
        &self.frontend_api
    }

    /// The eight characters Clerk appends to this instance's cookie names
    /// (`__session_<suffix>`, `__client_uat_<suffix>`, ...), so that apps of
    /// several instances on one domain keep their cookies apart: the first
    /// eight characters of the URL-safe base64 of the key's SHA-1.
    pub fn cookie_suffix(&self) -> &str {
        &self.cookie_suffix
    }
}

impl fmt::Debug for PublishableKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PublishableKey")
            .field("instance_type", &self.instance_type)
            .field("frontend_api", &self.frontend_api)
            .finish()
    }
}

/// SHA-1 (the suffix is a name, not a secret), URL-safe base64, 8 characters.
fn cookie_suffix(key: &str) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA1_FOR_LEGACY_USE_ONLY, key.as_bytes());
    let mut encoded = base64::engine::general_purpose::URL_SAFE.encode(digest.as_ref());
    encoded.truncate(8);
    encoded
}

/// Everything the cookie rules know about the instance, put together from
/// the options once per request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Instance {
    pub(crate) key: PublishableKey,
    /// Where handshakes go: the proxy, `clerk.<domain>` for a production
    /// satellite, or the key's host.
    pub(crate) frontend_api: String,
    pub(crate) satellite: Option<String>,
    pub(crate) sign_in_url: Option<String>,
}

impl Instance {
    pub(crate) fn new(
        key: &PublishableKey,
        proxy_url: Option<&str>,
        satellite: Option<&str>,
        sign_in_url: Option<&str>,
    ) -> Instance {
        let frontend_api = match (proxy_url, satellite) {
            (Some(proxy), _) => proxy.trim_end_matches('/').to_string(),
            (None, Some(domain)) if key.instance_type == InstanceType::Production => {
                format!("clerk.{}", strip_scheme(domain))
            }
            _ => key.frontend_api.clone(),
        };
        Instance {
            key: key.clone(),
            frontend_api,
            satellite: satellite.map(str::to_string),
            sign_in_url: sign_in_url.map(str::to_string),
        }
    }

    pub(crate) fn is_development(&self) -> bool {
        self.key.instance_type == InstanceType::Development
    }

    /// The base every Frontend API URL is made from, with a trailing `/`
    /// (`https://` added to a bare host). A proxy given as a path (`/__clerk`)
    /// is resolved against the request's origin.
    pub(crate) fn frontend_api_base(&self, request_origin: &str) -> String {
        let api = &self.frontend_api;
        let base = if api.starts_with("http://") || api.starts_with("https://") {
            api.clone()
        } else if api.starts_with('/') {
            format!("{request_origin}{api}")
        } else {
            format!("https://{api}")
        };
        format!("{}/", base.trim_end_matches('/'))
    }

    /// The Frontend API's host name, for the referrer rules.
    pub(crate) fn frontend_api_host(&self) -> &str {
        let rest = strip_scheme(&self.frontend_api);
        let authority = rest.split('/').next().unwrap_or(rest);
        authority.split(':').next().unwrap_or(authority)
    }

    /// True when a token's `iss` names this instance's Frontend API (the
    /// key's host; scheme ignored).
    pub(crate) fn issued_here(&self, iss: &str) -> bool {
        strip_scheme(iss).trim_end_matches('/') == self.key.frontend_api
    }
}

/// `https://x` and `http://x` as `x`.
pub(crate) fn strip_scheme(url: &str) -> &str {
    url.strip_prefix("https://").or_else(|| url.strip_prefix("http://")).unwrap_or(url)
}

/// Checks a proxy URL: absolute `http(s)` or a path starting with `/`.
pub(crate) fn check_proxy_url(url: &str) -> Result<String, AuthError> {
    let url = url.trim();
    let absolute = (url.starts_with("https://") || url.starts_with("http://")) && !strip_scheme(url).is_empty();
    if !(absolute || url.starts_with('/')) || url.bytes().any(|b| b.is_ascii_whitespace() || b.is_ascii_control()) {
        return Err(AuthError::InvalidInstanceSettings(format!(
            "the proxy URL {url:?} is neither an http(s) URL nor a path starting with /"
        )));
    }
    Ok(url.trim_end_matches('/').to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_both_kinds_and_refuses_the_rest() {
        // "clerk.example.com$" in base64.
        let live = PublishableKey::parse("pk_live_Y2xlcmsuZXhhbXBsZS5jb20k").expect("live key");
        assert_eq!(live.instance_type(), InstanceType::Production);
        assert_eq!(live.frontend_api(), "clerk.example.com");
        // "foo-bar-13.clerk.accounts.dev$", padded.
        let test = PublishableKey::parse("pk_test_Zm9vLWJhci0xMy5jbGVyay5hY2NvdW50cy5kZXYk").expect("test key");
        assert_eq!(test.instance_type(), InstanceType::Development);
        assert_eq!(test.frontend_api(), "foo-bar-13.clerk.accounts.dev");
        for bad in ["", "sk_test_abc", "pk_test_", "pk_live_!!!!", "pk_live_Y2xlcmsuZXhhbXBsZS5jb20", "pk_test_JA"] {
            assert!(matches!(PublishableKey::parse(bad), Err(AuthError::InvalidPublishableKey(_))), "{bad:?}");
        }
    }

    #[test]
    fn the_suffix_is_eight_url_safe_characters_of_the_sha1() {
        // Computed apart, with Python's hashlib and base64.urlsafe_b64encode.
        let key = PublishableKey::parse("pk_live_Y2xlcmsuZXhhbXBsZS5jb20k").expect("key");
        assert_eq!(key.cookie_suffix(), "naoXFJnI");
        let key = PublishableKey::parse("pk_test_Y2xlcmsudGVzdC5leGFtcGxlLmNvbSQ").expect("key");
        assert_eq!(key.cookie_suffix(), "S0IgH_36");
    }

    #[test]
    fn proxy_and_production_satellite_move_the_frontend_api() {
        let live = PublishableKey::parse("pk_live_Y2xlcmsuZXhhbXBsZS5jb20k").expect("key");
        let plain = Instance::new(&live, None, None, None);
        assert_eq!(plain.frontend_api_base("https://app.example.com"), "https://clerk.example.com/");
        let proxied = Instance::new(&live, Some("https://app.example.com/__clerk/"), None, None);
        assert_eq!(proxied.frontend_api_base("https://x.example"), "https://app.example.com/__clerk/");
        let relative = Instance::new(&live, Some("/__clerk"), None, None);
        assert_eq!(relative.frontend_api_base("https://app.example.com"), "https://app.example.com/__clerk/");
        let satellite = Instance::new(&live, None, Some("satellite.dev"), Some("https://primary.dev/sign-in"));
        assert_eq!(satellite.frontend_api, "clerk.satellite.dev");
        assert!(satellite.issued_here("https://clerk.example.com"));
        assert!(!satellite.issued_here("https://clerk.other.com"));
    }
}
