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

/// A path parameter checked before it reaches the generated builder.
///
/// URL parsers resolve `.` and `..` segments (escaped or not), so those, and an
/// empty id, would reach a different endpoint. They become a "never sent" error
/// naming the parameter instead.
pub struct PathParam(Result<String, String>);

impl PathParam {
    /// Checks `value` as the parameter `name`.
    pub fn new(name: &str, value: impl Into<String>) -> Self {
        let value = value.into();
        if value.is_empty() || value == "." || value == ".." {
            Self(Err(format!("path parameter `{name}` must be a non-empty id other than `.` or `..`; got {value:?}")))
        } else {
            Self(Ok(value))
        }
    }
}

/// The error a rejected path parameter carries into the builder.
#[derive(Debug)]
pub struct InvalidPathParam(pub String);

impl std::fmt::Display for InvalidPathParam {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<PathParam> for String {
    type Error = InvalidPathParam;
    fn try_from(p: PathParam) -> Result<Self, Self::Error> {
        p.0.map_err(InvalidPathParam)
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
    fn dot_segments_and_empty_ids_are_rejected() {
        for bad in ["", ".", ".."] {
            let r: Result<String, _> = PathParam::new("user_id", bad).try_into();
            assert!(r.is_err(), "{bad:?} should be rejected");
        }
        let ok: Result<String, _> = PathParam::new("user_id", "user_123").try_into();
        assert_eq!(ok.unwrap(), "user_123");
    }
}
