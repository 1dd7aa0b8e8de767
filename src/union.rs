//! Decoding one-of unions by their tag field (`object`) without building a
//! `serde_json::Value` of the whole object.
//!
//! The visitor reads the object's entries in order. Entries before the tag
//! are kept (as small `Value`s); once the tag is read, the variant it names is
//! decoded straight from a map that replays the kept entries, then the tag,
//! then streams the rest. An unknown tag keeps the whole object as raw JSON;
//! an object without the tag falls back to trying each variant in turn.

use serde::de::value::{MapAccessDeserializer, StrDeserializer};
use serde::de::{DeserializeSeed, Error as _, MapAccess, Visitor};
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
}

/// The visitor for a [`Tagged`] union; use as `d.deserialize_map(TaggedVisitor::<T>::new())`.
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
    }

    impl<'de> Deserialize<'de> for U {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            d.deserialize_map(TaggedVisitor::<U>::new())
        }
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
        // Also from a Value (not only from text).
        let from_value: U = serde_json::from_value(serde_json::json!({"a": 3, "object": "a"})).unwrap();
        assert_eq!(from_value, U::A(A { object: "a".into(), a: 3 }));
        // A known tag with a body that doesn't fit is an error, as before.
        assert!(serde_json::from_str::<U>(r#"{"object":"a","a":"no"}"#).is_err());
    }
}
