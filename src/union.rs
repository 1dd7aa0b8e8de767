//! Decoding one-of unions by their tag field (`object`), so that one odd
//! object never fails the answer around it.
//!
//! A union's text is taken as it stands in the answer (a copy of its bytes,
//! no `Value` tree), then decoded from that text: the visitor reads the
//! object's entries in order, keeping those before the tag (as small
//! `Value`s); once the tag is read, the variant it names is decoded straight
//! from a map that replays the kept entries, then the tag, then streams the
//! rest. When that fails (an unknown tag, a field missing or of another
//! type, no tag at all and no variant that fits, not an object), the union
//! is `Unknown`, holding the object as raw JSON.
//!
//! Unions read from JSON: text, bytes or a `serde_json::Value`.

use serde::de::value::{MapAccessDeserializer, StrDeserializer};
use serde::de::{DeserializeSeed, Deserializer, Error as _, MapAccess, Visitor};
use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::Value;
use std::fmt;
use std::marker::PhantomData;

/// A generated union that picks its variant by a fixed-string field.
#[doc(hidden)]
pub trait Tagged: Sized {
    /// The union's name, for error messages.
    const NAME: &'static str;
    /// The JSON field whose value names the variant.
    const TAG: &'static str;
    /// Decodes the variant `tag` names (or keeps an unknown one as raw JSON).
    fn from_tagged<'de, M: MapAccess<'de>>(tag: &str, map: Replay<'de, M>) -> Result<Self, M::Error>;
    /// An object without the tag field: the first variant that fits.
    fn untagged(value: Value) -> Self;
    /// What does not decode as any variant, kept as it came.
    fn unknown(value: Value) -> Self;
}

/// Decodes a [`Tagged`] union from any JSON deserializer; never fails on
/// well-formed JSON (see the module docs).
#[doc(hidden)]
pub fn decode<'de, T: Tagged, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
    let raw = <Box<RawValue>>::deserialize(deserializer)?;
    Ok(from_text(raw.get()))
}

/// Decodes a union from its own text. Not generic over the outer
/// deserializer: each union's variants are compiled for one reader only.
fn from_text<T: Tagged>(text: &str) -> T {
    let mut de = serde_json::Deserializer::from_str(text);
    let decoded = de.deserialize_map(TaggedVisitor::<T>::new()).and_then(|v| de.end().map(|()| v));
    match decoded {
        Ok(v) => v,
        // `text` came through `RawValue`, so it is well-formed JSON.
        Err(_) => T::unknown(serde_json::from_str(text).unwrap_or_else(|_| Value::String(text.to_owned()))),
    }
}

/// The visitor for a [`Tagged`] union.
#[doc(hidden)]
pub struct TaggedVisitor<T>(PhantomData<T>);

impl<T> TaggedVisitor<T> {
    /// A new visitor.
    pub fn new() -> Self {
        TaggedVisitor(PhantomData)
    }
}

impl<T> Default for TaggedVisitor<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<'de, T: Tagged> Visitor<'de> for TaggedVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a JSON object for {}", T::NAME)
    }

    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<T, M::Error> {
        let mut before: Vec<(String, Value)> = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            if key == T::TAG {
                let value: Value = map.next_value()?;
                return match value {
                    Value::String(tag) => T::from_tagged(
                        &tag,
                        Replay { before: before.into_iter(), tag: Some(tag.clone()), rest: map, _de: PhantomData },
                    ),
                    // A tag that is not a string: keep the object as it came.
                    other => {
                        before.push((key, other));
                        while let Some((k, v)) = map.next_entry::<String, Value>()? {
                            before.push((k, v));
                        }
                        Ok(T::untagged(Value::Object(before.into_iter().collect())))
                    }
                };
            }
            let value: Value = map.next_value()?;
            before.push((key, value));
        }
        Ok(T::untagged(Value::Object(before.into_iter().collect())))
    }
}

/// A map that replays the entries read before the tag, then the tag, then
/// the rest of the original map.
#[doc(hidden)]
pub struct Replay<'de, M> {
    before: std::vec::IntoIter<(String, Value)>,
    tag: Option<String>,
    rest: M,
    _de: PhantomData<&'de ()>,
}

enum Pending {
    Before(Value),
    Tag(String),
    Rest,
}

/// The [`MapAccess`] the variant is decoded from.
#[doc(hidden)]
pub struct ReplayAccess<'de, M, T> {
    inner: Replay<'de, M>,
    pending: Option<Pending>,
    _t: PhantomData<T>,
}

impl<'de, M: MapAccess<'de>> Replay<'de, M> {
    /// Decodes `V` from the replayed map.
    pub fn decode<V: serde::Deserialize<'de>, T: Tagged>(self) -> Result<V, M::Error> {
        V::deserialize(MapAccessDeserializer::new(ReplayAccess::<M, T> { inner: self, pending: None, _t: PhantomData }))
    }
}

impl<'de, M: MapAccess<'de>, T: Tagged> MapAccess<'de> for ReplayAccess<'de, M, T> {
    type Error = M::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, M::Error> {
        if let Some((k, v)) = self.inner.before.next() {
            self.pending = Some(Pending::Before(v));
            return seed.deserialize(StrDeserializer::<M::Error>::new(&k)).map(Some);
        }
        if let Some(tag) = self.inner.tag.take() {
            self.pending = Some(Pending::Tag(tag));
            return seed.deserialize(StrDeserializer::<M::Error>::new(T::TAG)).map(Some);
        }
        self.pending = Some(Pending::Rest);
        self.inner.rest.next_key_seed(seed)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, M::Error> {
        match self.pending.take() {
            Some(Pending::Before(v)) => seed.deserialize(v).map_err(M::Error::custom),
            // Through `Value`, which (unlike serde's plain string deserializer)
            // also answers a field typed `Option<..>`.
            Some(Pending::Tag(tag)) => seed.deserialize(Value::String(tag)).map_err(M::Error::custom),
            Some(Pending::Rest) => self.inner.rest.next_value_seed(seed),
            None => Err(M::Error::custom("a map value was asked for before its key")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, PartialEq, Deserialize)]
    struct A {
        object: String,
        a: i64,
    }

    #[derive(Debug, PartialEq, Deserialize)]
    struct B {
        object: Option<String>,
        b: Vec<String>,
    }

    #[derive(Debug, PartialEq)]
    enum U {
        A(A),
        B(B),
        Unknown(Value),
    }

    impl Tagged for U {
        const NAME: &'static str = "U";
        const TAG: &'static str = "object";
        fn from_tagged<'de, M: MapAccess<'de>>(tag: &str, map: Replay<'de, M>) -> Result<Self, M::Error> {
            match tag {
                "a" => map.decode::<A, Self>().map(U::A),
                "b" => map.decode::<B, Self>().map(U::B),
                _ => map.decode::<Value, Self>().map(U::Unknown),
            }
        }
        fn untagged(value: Value) -> Self {
            U::Unknown(value)
        }
        fn unknown(value: Value) -> Self {
            U::Unknown(value)
        }
    }

    impl<'de> Deserialize<'de> for U {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            decode::<U, D>(d)
        }
    }

    #[derive(Debug, PartialEq, Deserialize)]
    struct Outer {
        before: Vec<U>,
        after: i64,
    }

    #[test]
    fn the_tag_picks_the_variant_wherever_it_stands() {
        let first: U = serde_json::from_str(r#"{"object":"a","a":1}"#).unwrap();
        assert_eq!(first, U::A(A { object: "a".into(), a: 1 }));
        let later: U = serde_json::from_str(r#"{"b":["x"],"object":"b"}"#).unwrap();
        assert_eq!(later, U::B(B { object: Some("b".into()), b: vec!["x".into()] }));
        let unknown: U = serde_json::from_str(r#"{"z":1,"object":"new_kind","y":[2]}"#).unwrap();
        assert_eq!(unknown, U::Unknown(serde_json::json!({"z": 1, "object": "new_kind", "y": [2]})));
        let untagged: U = serde_json::from_str(r#"{"a":1}"#).unwrap();
        assert_eq!(untagged, U::Unknown(serde_json::json!({"a": 1})));
        // Also from a Value and from bytes (not only from text).
        let from_value: U = serde_json::from_value(serde_json::json!({"a": 3, "object": "a"})).unwrap();
        assert_eq!(from_value, U::A(A { object: "a".into(), a: 3 }));
        let from_slice: U = serde_json::from_slice(br#"{"object":"b","b":[]}"#).unwrap();
        assert_eq!(from_slice, U::B(B { object: Some("b".into()), b: vec![] }));
    }

    #[test]
    fn a_variant_that_does_not_fit_is_unknown_and_the_rest_still_decodes() {
        // A known tag with a field of another type, a missing field, and not an object at all.
        let text = r#"{"before":[{"object":"a","a":"no"},{"object":"a"},7,{"object":"b","b":["ok"]}],"after":5}"#;
        let outer: Outer = serde_json::from_str(text).unwrap();
        assert_eq!(
            outer,
            Outer {
                before: vec![
                    U::Unknown(serde_json::json!({"object": "a", "a": "no"})),
                    U::Unknown(serde_json::json!({"object": "a"})),
                    U::Unknown(serde_json::json!(7)),
                    U::B(B { object: Some("b".into()), b: vec!["ok".into()] }),
                ],
                after: 5,
            }
        );
        // Malformed JSON is still an error, with its position.
        let err = serde_json::from_str::<Outer>(r#"{"before":[{"object":"a","a":1,}],"after":5}"#).unwrap_err();
        assert!(err.to_string().contains("column"), "{err}");
    }
}
