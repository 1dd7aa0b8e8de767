//! Payload types carried in the `data` member of webhook events.
//!
//! Every field is optional and decoded leniently: a missing field, a `null`,
//! or a value of an unexpected type leaves the field empty instead of failing
//! the whole event, and list entries that cannot be read are skipped. Members
//! without a field of their own are kept in each struct's `extra` map. Fields
//! whose values come from a fixed set (statuses, strategies, ...) are plain
//! strings, so values added by Clerk later never break decoding.
//!
//! Times named `*_at` are Unix timestamps in milliseconds, as Clerk sends them.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::lenient;

/// Free-form metadata, as a JSON object.
pub type Metadata = Map<String, Value>;

/// A payload struct: every field lenient, the other members in `extra`.
///
/// Decoding is written out rather than derived: the object is read into a
/// map once, each field takes its member (a field's JSON name is its own,
/// or the `#[serde(rename = "...")]` it carries), and what is left is
/// `extra`. A derive with `flatten` and a `deserialize_with` per field
/// compiled several times the code for the same result.
macro_rules! lenient_struct {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $(
                $(#[$($field_attr:tt)*])*
                pub $field:ident : $ty:ty,
            )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
        pub struct $name {
            $(
                $(#[$($field_attr)*])*
                #[serde(skip_serializing_if = "lenient::Lenient::is_absent")]
                pub $field: $ty,
            )*
            /// Members without a field of their own, kept as sent.
            #[serde(flatten)]
            pub extra: BTreeMap<String, Value>,
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let mut members = lenient::members(deserializer)?;
                Ok($name {
                    $( $field: lenient::take(&mut members, lenient_struct!(@key $field $(#[$($field_attr)*])*)), )*
                    extra: members.into_iter().collect(),
                })
            }
        }
    };
    (@key $field:ident) => { stringify!($field) };
    (@key $field:ident #[serde(rename = $key:literal)] $($rest:tt)*) => { $key };
    (@key $field:ident #[$($other:tt)*] $($rest:tt)*) => { lenient_struct!(@key $field $($rest)*) };
}

lenient_struct! {
    /// Request details attached to an event (`event_attributes`).
    pub struct EventAttributes {
        /// The HTTP request that caused the event, when there was one.
        pub http_request: Option<HttpRequestAttributes>,
    }
}

lenient_struct! {
    /// The HTTP request that caused an event.
    pub struct HttpRequestAttributes {
        /// IP address of the caller.
        pub client_ip: Option<String>,
        /// Client user agent.
        pub user_agent: Option<String>,
    }
}

lenient_struct! {
    /// What is left of an object after deletion (`*.deleted` events).
    pub struct DeletedObject {
        /// Kind of the deleted object, e.g. `user` or `organization`.
        pub object: Option<String>,
        /// Id of the deleted object.
        pub id: Option<String>,
        /// Slug of the deleted object, for kinds that have one.
        pub slug: Option<String>,
        /// Whether the object is gone (normally `true`).
        pub deleted: Option<bool>,
        /// Your own id for the object, when one was set.
        pub external_id: Option<String>,
    }
}

// One file per resource; declared after the macro, which they use.
mod billing;
mod messages;
mod organizations;
mod sessions;
mod users;
mod waitlist;

pub use billing::*;
pub use messages::*;
pub use organizations::*;
pub use sessions::*;
pub use users::*;
pub use waitlist::*;
