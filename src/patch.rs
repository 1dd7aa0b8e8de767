//! Serde support for three-state PATCH fields (`Option<Option<T>>`).
//!
//! The generated PATCH/PUT bodies store a nullable field as
//! `Option<Option<T>>`: `None` leaves the key out of the JSON (the field stays
//! as it is), `Some(Some(v))` sends the value, `Some(None)` sends `null`.

/// `#[serde(with = "crate::patch::double_option")]` for `Option<Option<T>>`.
// Unused in a namespace slice without nullable PATCH/PUT fields.
#[allow(dead_code)]
pub(crate) mod double_option {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<T: Serialize, S: Serializer>(value: &Option<Option<T>>, s: S) -> Result<S::Ok, S::Error> {
        match value {
            Some(Some(v)) => v.serialize(s),
            _ => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, T: Deserialize<'de>, D: Deserializer<'de>>(d: D) -> Result<Option<Option<T>>, D::Error> {
        Option::<T>::deserialize(d).map(Some)
    }
}
