//! Reading answers liberally, and saying where one that cannot be read
//! went wrong.
//!
//! - [`null_as_default`] and [`array_or_null`]: the generated models'
//!   arrays and maps read a `null` as empty (a missing one is empty through
//!   `#[serde(default)]`); arrays are sized to the items that came.
//! - [`json_path`]: the JSON path (`data[3].organization.public_metadata`)
//!   of the place a decode error points at. It reads the text once more, and
//!   only after decoding has failed: a successful decode pays nothing for
//!   it, and no model's decoder is compiled a second time to track paths.

use serde::{Deserialize, Deserializer};
use std::fmt::Write as _;

/// Reads `null` as `T::default()` (an empty array or map).
pub(crate) fn null_as_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}

/// Reads an array field: `null` as empty, and the items into a `Vec` sized
/// to them. serde's own `Vec` starts at room for four items, and most arrays
/// in Clerk's answers hold none or one (a user's email addresses, an
/// address's links): with one item in each, that is three quarters of the
/// memory of a page of users' addresses held for nothing.
pub(crate) fn array_or_null<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct Items<T>(std::marker::PhantomData<T>);
    impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for Items<T> {
        type Value = Vec<T>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("an array or null")
        }
        fn visit_none<E: serde::de::Error>(self) -> Result<Vec<T>, E> {
            Ok(Vec::new())
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Vec<T>, E> {
            Ok(Vec::new())
        }
        fn visit_some<D2: Deserializer<'de>>(self, deserializer: D2) -> Result<Vec<T>, D2::Error> {
            deserializer.deserialize_seq(self)
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
            let Some(first) = seq.next_element()? else { return Ok(Vec::new()) };
            // Room for exactly one; a second item grows it as usual.
            let mut items = Vec::with_capacity(1);
            items.push(first);
            while let Some(item) = seq.next_element()? {
                items.push(item);
            }
            Ok(items)
        }
    }
    deserializer.deserialize_option(Items(std::marker::PhantomData))
}

/// Room to set aside for the items of a JSON array `text_len` bytes long
/// whose items decode to `T`: as many items as would take, decoded, as many
/// bytes as the text has. A decoded item is rarely larger than its text (a
/// user: 792 bytes in memory for about 1,700 of JSON), so this is about one
/// allocation where growing by doubling from empty takes ten and copies the
/// items made so far each time; and it never sets aside more memory than the
/// body already takes. What is left over is given back once the array ends.
pub(crate) fn room_for<T>(text_len: usize) -> usize {
    text_len / std::mem::size_of::<T>().max(1)
}

/// Reads a JSON array into a `Vec` with room for `room` items set aside
/// first (see [`room_for`]).
pub(crate) struct Items<T> {
    room: usize,
    item: std::marker::PhantomData<T>,
}

impl<T> Items<T> {
    pub(crate) fn with_room(room: usize) -> Self {
        Items { room, item: std::marker::PhantomData }
    }
}

impl<'de, T: Deserialize<'de>> serde::de::DeserializeSeed<'de> for Items<T> {
    type Value = Vec<T>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Vec<T>, D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for Items<T> {
    type Value = Vec<T>;
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("an array")
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
        let mut items = Vec::with_capacity(self.room);
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        if items.len() < self.room {
            items.shrink_to_fit();
        }
        Ok(items)
    }
}

/// The byte offset of a serde_json error's line and column in `text`.
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start = if line <= 1 {
        0
    } else {
        // The byte after the (line - 1)th newline.
        text.bytes()
            .enumerate()
            .filter(|(_, b)| *b == b'\n')
            .nth(line - 2)
            .map_or(text.len(), |(i, _)| i.saturating_add(1))
    };
    line_start.saturating_add(column).min(text.len())
}

/// One level of nesting while scanning.
enum Frame {
    /// Inside an object: the key whose value is being read, if any yet.
    Object { key: Option<String>, in_value: bool },
    /// Inside an array: the index of the element being read.
    Array { index: usize },
}

/// The JSON path of the value that a serde_json error at `line`/`column`
/// points into: keys joined by `.`, array indexes as `[i]`, keys that are
/// not plain identifiers quoted (`["odd key"]`). Empty when the error is
/// about the document as a whole.
pub(crate) fn json_path(text: &str, line: usize, column: usize) -> String {
    let end = offset_of(text, line, column);
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'{' => stack.push(Frame::Object { key: None, in_value: false }),
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            b':' => {
                if let Some(Frame::Object { in_value, .. }) = stack.last_mut() {
                    *in_value = true;
                }
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object { key, in_value }) => {
                    *key = None;
                    *in_value = false;
                }
                Some(Frame::Array { index }) => *index = index.saturating_add(1),
                None => {}
            },
            b'"' => {
                let start = i;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                // The error points inside this string: it is the value at the path.
                if i >= end {
                    break;
                }
                if let Some(Frame::Object { key, in_value: false }) = stack.last_mut() {
                    let raw = text.get(start..=i).unwrap_or_default();
                    *key =
                        Some(serde_json::from_str::<String>(raw).unwrap_or_else(|_| raw.trim_matches('"').to_owned()));
                }
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object { key: Some(key), .. } => {
                let plain = !key.is_empty()
                    && !key.starts_with(|c: char| c.is_ascii_digit())
                    && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
                if plain {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(key);
                } else {
                    let _ = write!(path, "[{}]", serde_json::Value::String(key.clone()));
                }
            }
            Frame::Object { key: None, .. } => {}
            Frame::Array { index } => {
                let _ = write!(path, "[{index}]");
            }
        }
    }
    path
}

/// The error's message without serde_json's " at line L column C" suffix.
pub(crate) fn message(error: &serde_json::Error) -> String {
    let full = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    full.strip_suffix(&suffix).map(str::to_owned).unwrap_or(full)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    fn path_of<T: serde::de::DeserializeOwned + std::fmt::Debug>(text: &str) -> String {
        let e = serde_json::from_str::<T>(text).expect_err("must fail");
        json_path(text, e.line(), e.column())
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Org {
        id: String,
        public_metadata: serde_json::Map<String, serde_json::Value>,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Membership {
        organization: Org,
        role: String,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Page {
        data: Vec<Membership>,
        total_count: i64,
    }

    #[derive(Debug, Deserialize)]
    struct Lists {
        #[serde(default, deserialize_with = "array_or_null")]
        ids: Vec<String>,
    }

    #[test]
    fn arrays_are_sized_to_their_items_and_null_or_missing_reads_as_empty() {
        let one: Lists = serde_json::from_str(r#"{"ids":["a"]}"#).unwrap();
        assert_eq!(one.ids, ["a"]);
        assert_eq!(one.ids.capacity(), 1, "one item, room for one");
        let three: Lists = serde_json::from_str(r#"{"ids":["a","b","c"]}"#).unwrap();
        assert_eq!(three.ids, ["a", "b", "c"]);
        for text in [r#"{"ids":[]}"#, r#"{"ids":null}"#, "{}"] {
            let empty: Lists = serde_json::from_str(text).unwrap();
            assert!(empty.ids.is_empty(), "{text}");
            assert_eq!(empty.ids.capacity(), 0, "{text}: nothing allocated");
        }
        // From a `Value` too (unions that fall back to their first fitting variant read one).
        let v: Lists = serde_json::from_value(serde_json::json!({"ids": ["x"]})).unwrap();
        assert_eq!(v.ids, ["x"]);
        let v: Lists = serde_json::from_value(serde_json::json!({"ids": null})).unwrap();
        assert!(v.ids.is_empty());
        // Anything else is an error that names the field.
        let e = serde_json::from_str::<Lists>(r#"{"ids":"a"}"#).unwrap_err();
        assert!(e.to_string().contains("expected an array or null"), "{e}");
        assert_eq!(path_of::<Lists>(r#"{"ids":[1]}"#), "ids[0]");
    }

    #[test]
    fn generated_models_hold_one_item_arrays_in_room_for_one() {
        let user: crate::types::User = serde_json::from_str(
            r#"{"id":"user_1","object":"user","has_image":false,"password_enabled":true,
                "two_factor_enabled":false,"totp_enabled":false,"backup_code_enabled":false,
                "banned":false,"locked":false,"created_at":1,"updated_at":2,
                "delete_self_enabled":true,"create_organization_enabled":true,
                "external_id":null,"primary_email_address_id":"idn_1","primary_phone_number_id":null,
                "primary_web3_wallet_id":null,"username":null,"first_name":null,"last_name":null,
                "public_metadata":{},"private_metadata":{},"last_sign_in_at":null,
                "mfa_enabled_at":null,"mfa_disabled_at":null,"last_active_at":null,"legal_accepted_at":null,
                "lockout_expires_in_seconds":null,"verification_attempts_remaining":null,
                "email_addresses":[{"id":"idn_1","object":"email_address","email_address":"a@example.com",
                    "reserved":false,"verification":null,"linked_to":[],"created_at":1,"updated_at":2}],
                "phone_numbers":null}"#,
        )
        .unwrap();
        assert_eq!(user.email_addresses.len(), 1);
        assert_eq!(user.email_addresses.capacity(), 1);
        assert_eq!(user.email_addresses[0].email_address, "a@example.com");
        assert!(user.phone_numbers.is_empty() && user.web3_wallets.is_empty());
    }

    #[test]
    fn a_bare_list_gets_room_from_its_text_and_keeps_none_spare() {
        assert_eq!(room_for::<[u8; 100]>(1_000), 10);
        assert_eq!(room_for::<[u8; 100]>(99), 0);
        assert_eq!(room_for::<()>(7), 7);

        #[derive(Debug, PartialEq, Deserialize)]
        struct Tag {
            id: String,
            n: u32,
        }
        // About 17 bytes of text per tag against 32 in memory: room for one, then growth.
        let text = r#"[{"id":"a","n":1},{"id":"b","n":2},{"id":"c","n":3}]"#;
        let tags = crate::call::json_items::<Tag>(text.as_bytes()).unwrap();
        assert_eq!(tags, [Tag { id: "a".into(), n: 1 }, Tag { id: "b".into(), n: 2 }, Tag { id: "c".into(), n: 3 }]);
        // Room for 50 (400 bytes / 8), three items: the rest is given back.
        let padded = format!("[1, 2, 3]{}", " ".repeat(391));
        let numbers = crate::call::json_items::<u64>(padded.as_bytes()).unwrap();
        assert_eq!(numbers, [1, 2, 3]);
        assert_eq!(numbers.capacity(), 3);
        assert!(crate::call::json_items::<u64>(b"[]").unwrap().is_empty());

        // What a Vec refuses, this refuses too.
        for bad in ["null", "{}", "[1] [2]", "[1,", "\"[1]\""] {
            let e = crate::call::json_items::<u64>(bad.as_bytes()).expect_err(bad);
            assert!(serde_json::from_str::<Vec<u64>>(bad).is_err(), "{bad}: {e}");
        }
        let e = crate::call::json_items::<Tag>(br#"[{"id":"a","n":1},{"id":"b"}]"#).unwrap_err();
        assert!(e.to_string().starts_with("missing field `n`"), "{e}");
    }

    #[test]
    fn paths_of_type_and_missing_field_errors() {
        let ok = r#"{"organization":{"id":"org_1","public_metadata":{}},"role":"admin"}"#;
        let bad_meta = r#"{"organization":{"id":"org_2","public_metadata":null},"role":"admin"}"#;
        let text = format!(r#"{{"data":[{ok},{ok},{ok},{bad_meta}],"total_count":4}}"#);
        assert_eq!(path_of::<Page>(&text), "data[3].organization.public_metadata");

        let no_id = r#"{"organization":{"public_metadata":{"a":[1,{"b":2}]}},"role":"admin"}"#;
        let text = format!(r#"{{"total_count":2,"data":[{ok},{no_id}]}}"#);
        assert_eq!(path_of::<Page>(&text), "data[1].organization");

        let text = format!("{{\n  \"data\": [\n    {ok},\n    {{\"organization\": {{\"id\": 7, \"public_metadata\": {{}}}}, \"role\": \"x\"}}\n  ],\n  \"total_count\": 2\n}}");
        assert_eq!(path_of::<Page>(&text), "data[1].organization.id");

        assert_eq!(path_of::<Page>(r#"{"data":[]}"#), "");
        assert_eq!(path_of::<Page>(r#"{"data":[],"total_count":"many"}"#), "total_count");
    }

    #[test]
    fn odd_keys_are_quoted_and_escapes_are_read() {
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Odd {
            #[serde(rename = "a \"b\".c")]
            odd: i64,
        }
        assert_eq!(path_of::<Odd>(r#"{"x\"y":"}{][","a \"b\".c":"nope"}"#), r#"["a \"b\".c"]"#);
    }

    #[test]
    fn offsets_past_the_end_and_lines_past_the_last_are_clamped() {
        assert_eq!(json_path("{\"a\":[1,2", 9, 99), "a[1]");
        assert_eq!(offset_of("ab\ncd", 2, 1), 4);
        assert_eq!(offset_of("ab", 0, 0), 0);
    }

    #[test]
    fn the_message_drops_the_position() {
        let e = serde_json::from_str::<Page>(r#"{"data":[],"total_count":"many"}"#).unwrap_err();
        assert_eq!(message(&e), "invalid type: string \"many\", expected i64");
    }
}
