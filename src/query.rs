//! Query-string helpers the generated operations use.

use serde::ser::{Serialize, SerializeMap, Serializer};

/// A query parameter whose spec says `explode: false`: an array goes on the
/// wire once, as `name=a,b`, instead of `name=a&name=b`.
#[doc(hidden)]
pub struct Joined<'a, T> {
    name: &'a str,
    value: &'a Option<Vec<T>>,
}

impl<'a, T> Joined<'a, T> {
    /// Wraps one optional array parameter.
    pub fn new(name: &'a str, value: &'a Option<Vec<T>>) -> Self {
        Joined { name, value }
    }
}

impl<T: std::fmt::Display> Serialize for Joined<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        if let Some(values) = self.value {
            let joined = values.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(",");
            map.serialize_entry(self.name, &joined)?;
        }
        map.end()
    }
}

/// A value an array query setter accepts for an element of type `T`:
/// `T` itself, `&T`, and for strings `&str`, `&&str` and `&String`.
pub trait QueryValue<T> {
    /// The element to send.
    fn into_value(self) -> T;
}

impl<T> QueryValue<T> for T {
    fn into_value(self) -> T {
        self
    }
}

impl<T: Clone> QueryValue<T> for &T {
    fn into_value(self) -> T {
        self.clone()
    }
}

impl QueryValue<String> for &str {
    fn into_value(self) -> String {
        self.to_string()
    }
}

impl QueryValue<String> for &&str {
    fn into_value(self) -> String {
        (*self).to_string()
    }
}

impl QueryValue<String> for std::borrow::Cow<'_, str> {
    fn into_value(self) -> String {
        self.into_owned()
    }
}
