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
    fn dot_segments_and_empty_ids_are_rejected() {
        for bad in ["", ".", ".."] {
            assert!(checked("user_id", bad.to_string()).is_err(), "{bad:?} should be rejected");
        }
        assert_eq!(checked("user_id", "user_123".to_string()).unwrap(), "user_123");
    }
}
