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
//!
//! Taking the copy costs about a twentieth of the time of a page of users,
//! so the SDK first decodes an answer streaming every union (see
//! [`streaming`]), and only if that fails decodes it again this way.

use serde::de::value::{MapAccessDeserializer, StrDeserializer};
use serde::de::{DeserializeSeed, Deserializer, Error as _, MapAccess, Visitor};
use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::Value;
use std::borrow::Cow;
use std::cell::Cell;
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

thread_local! {
    /// Set while the SDK decodes an answer the fast way (see [`streaming`]).
    static STREAMING: Cell<bool> = const { Cell::new(false) };
}

/// Runs `decode` with unions read straight from the stream, without taking
/// a copy of their text first. Faster, but a member that does not fit its
/// tag then fails the whole decode, so the SDK decodes an answer this way
/// first and, only when that fails, once more the ordinary way, where such
/// a member becomes `Unknown`.
pub(crate) fn streaming<R>(decode: impl FnOnce() -> R) -> R {
    struct Restore(bool);
    impl Drop for Restore {
        fn drop(&mut self) {
            STREAMING.with(|s| s.set(self.0));
        }
    }
    let _restore = Restore(STREAMING.with(|s| s.replace(true)));
    decode()
}

/// Decodes a [`Tagged`] union from any JSON deserializer; never fails on
/// well-formed JSON (see the module docs), except inside [`streaming`].
#[doc(hidden)]
pub fn decode<'de, T: Tagged, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
    if STREAMING.with(Cell::get) {
        return deserializer.deserialize_map(TaggedVisitor::<T>::new());
    }
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
        Err(_) => match serde_json::from_str::<Value>(text) {
            // A tag that is not a string names no kind: the first that fits.
            Ok(value) if value.get(T::TAG).is_some_and(|t| !t.is_string()) => T::untagged(value),
            Ok(value) => T::unknown(value),
            Err(_) => T::unknown(Value::String(text.to_owned())),
        },
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
        let mut before: Vec<(Cow<'de, str>, Value)> = Vec::new();
        while let Some(Text(key)) = map.next_key::<Text<'de>>()? {
            if key == T::TAG {
                // A tag that is not a string fails here; `from_text` then
                // keeps the object as it came.
                let Text(tag) = map.next_value::<Text<'de>>()?;
                return T::from_tagged(
                    &tag,
                    Replay { before: before.into_iter(), tag: Some(tag.clone()), rest: map, _de: PhantomData },
                );
            }
            let value: Value = map.next_value()?;
            before.push((key, value));
        }
        let object = before.into_iter().map(|(k, v)| (k.into_owned(), v)).collect();
        Ok(T::untagged(Value::Object(object)))
    }
}

/// A string borrowed from the text being read where it has no escapes
/// (also used for the claim names of a token's payload).
pub(crate) struct Text<'de>(pub(crate) Cow<'de, str>);

impl<'de> Deserialize<'de> for Text<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Text<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: serde::de::Error>(self, v: &'de str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Borrowed(v)))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(v)))
            }
        }
        deserializer.deserialize_str(V)
    }
}

/// A map that replays the entries read before the tag, then the tag, then
/// the rest of the original map.
#[doc(hidden)]
pub struct Replay<'de, M> {
    before: std::vec::IntoIter<(Cow<'de, str>, Value)>,
    tag: Option<Cow<'de, str>>,
    rest: M,
    _de: PhantomData<&'de ()>,
}

enum Pending<'de> {
    Before(Value),
    Tag(Cow<'de, str>),
    Rest,
}

/// The [`MapAccess`] the variant is decoded from.
#[doc(hidden)]
pub struct ReplayAccess<'de, M, T> {
    inner: Replay<'de, M>,
    pending: Option<Pending<'de>>,
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
            Some(Pending::Tag(tag)) => seed.deserialize(Value::String(tag.into_owned())).map_err(M::Error::custom),
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
        // Streaming, the same answer fails as a whole (the SDK then decodes it again).
        assert!(streaming(|| serde_json::from_str::<Outer>(text)).is_err());
        let fits = r#"{"before":[{"object":"a","a":2}],"after":1}"#;
        let streamed = streaming(|| serde_json::from_str::<Outer>(fits)).unwrap();
        assert_eq!(streamed, Outer { before: vec![U::A(A { object: "a".into(), a: 2 })], after: 1 });
        // Malformed JSON is still an error, with its position.
        let err = serde_json::from_str::<Outer>(r#"{"before":[{"object":"a","a":1,}],"after":5}"#).unwrap_err();
        assert!(err.to_string().contains("column"), "{err}");
    }
}
