//! Verifying Clerk webhooks and decoding their events.
//!
//! Clerk delivers webhooks through Svix. Each delivery carries three headers:
//! `svix-id`, `svix-timestamp` (Unix seconds) and `svix-signature`, a
//! space-separated list of `v1,<base64>` entries. An entry is the base64 of
//! HMAC-SHA256, keyed with the base64-decoded part of the endpoint secret
//! after `whsec_`, over `{svix-id}.{svix-timestamp}.{body}`. A delivery passes
//! when any entry matches and the timestamp is within the tolerance (five
//! minutes by default) of the current time. The `webhook-id`,
//! `webhook-timestamp` and `webhook-signature` header names are accepted too.
//!
//! Payloads decode leniently into the structs of this module: their fields
//! are optional, a value of an unexpected type leaves its field empty instead
//! of failing the event, fields with a fixed set of values (statuses,
//! strategies) are plain strings so new values never break decoding, and
//! members without a field are kept in each struct's `extra` map. Event types
//! this crate does not know arrive as [`WebhookEvent::Unknown`].
//!
//! ```no_run
//! use clerk_backend_api::webhooks::{Webhook, WebhookEvent};
//!
//! # fn run(headers: http::HeaderMap, body: &[u8]) -> Result<(), clerk_backend_api::webhooks::WebhookError> {
//! let wh = Webhook::new("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")?;
//! match wh.verify(&headers, body)? {
//!     WebhookEvent::UserCreated(event) => println!("new user {:?}", event.data.id),
//!     WebhookEvent::SessionEnded(event) => println!("session {:?} ended", event.data.id),
//!     other => println!("ignoring {}", other.event_type()),
//! }
//! # Ok(())
//! # }
//! ```

mod data;

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::Engine as _;
use http::HeaderMap;
use ring::hmac;
use serde::{Deserialize, Serialize};
use serde_json::Value;

pub use data::*;

/// Standard base64 that accepts input with or without padding.
const BASE64: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::STANDARD,
    GeneralPurposeConfig::new().with_encode_padding(true).with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// Prefix of Clerk (Svix) webhook signing secrets.
pub const SECRET_PREFIX: &str = "whsec_";

/// Verifies webhook deliveries for one endpoint secret.
#[derive(Clone)]
pub struct Webhook {
    key: hmac::Key,
    tolerance: Duration,
}

impl Webhook {
    /// The default allowed distance between the delivery's timestamp and now: five minutes.
    pub const DEFAULT_TOLERANCE: Duration = Duration::from_secs(5 * 60);

    /// A verifier for the endpoint's signing secret (`whsec_...`, as shown in
    /// the Clerk Dashboard). The part after `whsec_` must be base64; a secret
    /// without the prefix is read as base64 as a whole.
    pub fn new(secret: &str) -> Result<Self, WebhookError> {
        let encoded = secret.trim();
        let encoded = encoded.strip_prefix(SECRET_PREFIX).unwrap_or(encoded);
        let key = BASE64.decode(encoded).map_err(|_| WebhookError::BadSecret)?;
        if key.is_empty() {
            return Err(WebhookError::BadSecret);
        }
        Ok(Webhook { key: hmac::Key::new(hmac::HMAC_SHA256, &key), tolerance: Self::DEFAULT_TOLERANCE })
    }

    /// Sets how far the delivery's timestamp may be from now, in either direction.
    pub fn with_tolerance(mut self, tolerance: Duration) -> Self {
        self.tolerance = tolerance;
        self
    }

    /// The timestamp tolerance in use.
    pub fn tolerance(&self) -> Duration {
        self.tolerance
    }

    /// Verifies a delivery against the system clock and decodes its event.
    pub fn verify(&self, headers: &HeaderMap, body: &[u8]) -> Result<WebhookEvent, WebhookError> {
        self.verify_at(headers, body, SystemTime::now())
    }

    /// Verifies a delivery as if the current time were `now`, and decodes its event.
    pub fn verify_at(&self, headers: &HeaderMap, body: &[u8], now: SystemTime) -> Result<WebhookEvent, WebhookError> {
        self.verify_signature_at(headers, body, now)?;
        let value: Value = serde_json::from_slice(body).map_err(WebhookError::BodyNotJson)?;
        WebhookEvent::from_value(value)
    }

    /// Checks only the headers and signature of a delivery, against the system clock.
    pub fn verify_signature(&self, headers: &HeaderMap, body: &[u8]) -> Result<(), WebhookError> {
        self.verify_signature_at(headers, body, SystemTime::now())
    }

    /// Checks only the headers and signature of a delivery, as if the current time were `now`.
    pub fn verify_signature_at(&self, headers: &HeaderMap, body: &[u8], now: SystemTime) -> Result<(), WebhookError> {
        let id = header(headers, "svix-id", "webhook-id")?;
        let timestamp_text = header(headers, "svix-timestamp", "webhook-timestamp")?;
        let signatures = header(headers, "svix-signature", "webhook-signature")?;

        let timestamp: i64 = timestamp_text.parse().map_err(|_| WebhookError::InvalidHeader("svix-timestamp"))?;
        let now = unix_seconds(now);
        let tolerance = i64::try_from(self.tolerance.as_secs()).unwrap_or(i64::MAX);
        if timestamp < now.saturating_sub(tolerance) {
            return Err(WebhookError::StaleTimestamp { timestamp, now });
        }
        if timestamp > now.saturating_add(tolerance) {
            return Err(WebhookError::FutureTimestamp { timestamp, now });
        }

        let signed = signed_content(id, timestamp_text, body);
        let mut saw_entry = false;
        for entry in signatures.split_whitespace() {
            let Some((version, signature)) = entry.split_once(',') else {
                continue;
            };
            saw_entry = true;
            if version != "v1" {
                continue;
            }
            let Ok(signature) = BASE64.decode(signature) else {
                continue;
            };
            // Compared in constant time.
            if hmac::verify(&self.key, &signed, &signature).is_ok() {
                return Ok(());
            }
        }
        if saw_entry {
            Err(WebhookError::NoMatchingSignature)
        } else {
            Err(WebhookError::MalformedSignatureHeader)
        }
    }

    /// The `svix-signature` value (`v1,<base64>`) this secret gives for a
    /// delivery; handy for testing your own endpoint.
    pub fn sign(&self, id: &str, timestamp: i64, body: &[u8]) -> Result<String, WebhookError> {
        let tag = hmac::sign(&self.key, &signed_content(id, &timestamp.to_string(), body));
        Ok(format!("v1,{}", BASE64.encode(tag.as_ref())))
    }
}

/// What a delivery's signature covers: `<id>.<timestamp>.<body>`.
fn signed_content(id: &str, timestamp: &str, body: &[u8]) -> Vec<u8> {
    let mut signed =
        Vec::with_capacity(id.len().saturating_add(timestamp.len()).saturating_add(body.len()).saturating_add(2));
    signed.extend_from_slice(id.as_bytes());
    signed.push(b'.');
    signed.extend_from_slice(timestamp.as_bytes());
    signed.push(b'.');
    signed.extend_from_slice(body);
    signed
}

impl fmt::Debug for Webhook {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Webhook").field("key", &"<redacted>").field("tolerance", &self.tolerance).finish()
    }
}

fn header<'a>(headers: &'a HeaderMap, name: &'static str, alternative: &'static str) -> Result<&'a str, WebhookError> {
    let value = headers.get(name).or_else(|| headers.get(alternative)).ok_or(WebhookError::MissingHeader(name))?;
    let text = value.to_str().map_err(|_| WebhookError::InvalidHeader(name))?.trim();
    if text.is_empty() {
        return Err(WebhookError::InvalidHeader(name));
    }
    Ok(text)
}

fn unix_seconds(t: SystemTime) -> i64 {
    match t.duration_since(UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
        Err(before) => -i64::try_from(before.duration().as_secs()).unwrap_or(i64::MAX),
    }
}

/// Why a webhook delivery was refused. The signing secret never appears in it.
#[derive(Debug)]
#[non_exhaustive]
pub enum WebhookError {
    /// The signing secret is not base64 (after `whsec_`) or is empty.
    BadSecret,
    /// A required header is absent; names the header.
    MissingHeader(&'static str),
    /// A header is empty, not text, or (for the timestamp) not an integer; names the header.
    InvalidHeader(&'static str),
    /// The delivery's timestamp is older than the tolerance allows.
    StaleTimestamp {
        /// The delivery's timestamp, Unix seconds.
        timestamp: i64,
        /// The current time used, Unix seconds.
        now: i64,
    },
    /// The delivery's timestamp is further in the future than the tolerance allows.
    FutureTimestamp {
        /// The delivery's timestamp, Unix seconds.
        timestamp: i64,
        /// The current time used, Unix seconds.
        now: i64,
    },
    /// The signature header holds no `version,signature` entry.
    MalformedSignatureHeader,
    /// No `v1` signature in the header matches the body.
    NoMatchingSignature,
    /// The (correctly signed) body is not JSON.
    BodyNotJson(serde_json::Error),
    /// The body has no string `type` member.
    MissingEventType,
    /// The body of a known event type does not have that event's shape.
    InvalidPayload {
        /// Name of the event.
        event_type: String,
        /// What did not fit.
        source: serde_json::Error,
    },
}

impl fmt::Display for WebhookError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WebhookError::BadSecret => f.write_str("the webhook signing secret is not valid base64"),
            WebhookError::MissingHeader(name) => write!(f, "missing `{name}` header"),
            WebhookError::InvalidHeader(name) => write!(f, "unreadable `{name}` header"),
            WebhookError::StaleTimestamp { timestamp, now } => write!(
                f,
                "webhook timestamp {timestamp} is too old (now {now}, {}s ago)",
                now.saturating_sub(*timestamp)
            ),
            WebhookError::FutureTimestamp { timestamp, now } => write!(
                f,
                "webhook timestamp {timestamp} is too far in the future (now {now}, {}s ahead)",
                timestamp.saturating_sub(*now)
            ),
            WebhookError::MalformedSignatureHeader => {
                f.write_str("the signature header holds no `v1,<signature>` entry")
            }
            WebhookError::NoMatchingSignature => f.write_str("no webhook signature matches"),
            WebhookError::BodyNotJson(e) => write!(f, "webhook body is not JSON: {e}"),
            WebhookError::MissingEventType => f.write_str("webhook body has no `type`"),
            WebhookError::InvalidPayload { event_type, source } => {
                write!(f, "`{event_type}` webhook body has an unexpected shape: {source}")
            }
        }
    }
}

impl std::error::Error for WebhookError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            WebhookError::BodyNotJson(e) => Some(e),
            WebhookError::InvalidPayload { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Lenient decoding used by every payload field.
mod lenient {
    use serde::de::{DeserializeOwned, Deserializer};
    use serde::Deserialize;
    use serde_json::{Map, Value};

    /// A field type that can be built from any JSON value without failing.
    pub trait Lenient: Sized {
        /// Converts, giving the empty value for anything that does not fit.
        fn from_json(value: Value) -> Self;
        /// True for the empty value (left out when serializing).
        fn is_absent(&self) -> bool;
    }

    impl<T: DeserializeOwned> Lenient for Option<T> {
        fn from_json(value: Value) -> Self {
            if value.is_null() {
                None
            } else {
                serde_json::from_value(value).ok()
            }
        }
        fn is_absent(&self) -> bool {
            self.is_none()
        }
    }

    impl<T: DeserializeOwned> Lenient for Vec<T> {
        fn from_json(value: Value) -> Self {
            match value {
                Value::Array(items) => items.into_iter().filter_map(|item| serde_json::from_value(item).ok()).collect(),
                _ => Vec::new(),
            }
        }
        fn is_absent(&self) -> bool {
            self.is_empty()
        }
    }

    /// The members of a JSON object (anything else is an error).
    pub fn members<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Map<String, Value>, D::Error> {
        Map::deserialize(deserializer)
    }

    /// Takes member `key` out of `members` as a lenient field: absent and
    /// unreadable both give the empty value.
    pub fn take<T: Lenient>(members: &mut Map<String, Value>, key: &str) -> T {
        T::from_json(members.remove(key).unwrap_or(Value::Null))
    }
}

/// A webhook event: the common envelope and the typed `data`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Event<T> {
    /// Name of the event, e.g. `user.created`.
    #[serde(rename = "type")]
    pub event_type: String,
    /// Kind of object; `event` for events.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// When the event happened, as the Unix timestamp Clerk sent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<i64>,
    /// Id of the Clerk instance (`ins_...`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    /// Details of the request that caused the event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_attributes: Option<EventAttributes>,
    /// The payload.
    pub data: T,
}

/// Written out, not derived (see `lenient_struct!` in `data`): the envelope
/// is read into a map once; `type` must be a string and `data` must be
/// there and fit `T`, the other members are lenient.
impl<'de, T: serde::de::DeserializeOwned> Deserialize<'de> for Event<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error as _;
        let mut members = lenient::members(deserializer)?;
        let event_type = match members.remove("type") {
            Some(Value::String(name)) => name,
            Some(_) => return Err(D::Error::custom("the event's `type` is not a string")),
            None => return Err(D::Error::missing_field("type")),
        };
        let data = members.remove("data").ok_or_else(|| D::Error::missing_field("data"))?;
        Ok(Event {
            event_type,
            object: lenient::take(&mut members, "object"),
            timestamp: lenient::take(&mut members, "timestamp"),
            instance_id: lenient::take(&mut members, "instance_id"),
            event_attributes: lenient::take(&mut members, "event_attributes"),
            data: serde_json::from_value(data).map_err(D::Error::custom)?,
        })
    }
}

macro_rules! webhook_events {
    ($( $(#[$doc:meta])* $variant:ident($data:ty) = $name:literal, )*) => {
        /// A verified webhook event, by type.
        ///
        /// Every event type Clerk documents has a variant; any other type
        /// decodes to [`WebhookEvent::Unknown`], never to an error. Serializing
        /// gives back the event body (without `null` members and empty lists).
        #[derive(Clone, Debug, PartialEq)]
        #[non_exhaustive]
        pub enum WebhookEvent {
            $( $(#[$doc])* $variant(Event<$data>), )*
            /// An event type this crate does not know, kept as sent.
            Unknown {
                /// Name of the event, as sent.
                event_type: String,
                /// The whole event body.
                raw: Value,
            },
        }

        impl Serialize for WebhookEvent {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match self {
                    $( WebhookEvent::$variant(event) => event.serialize(serializer), )*
                    WebhookEvent::Unknown { raw, .. } => raw.serialize(serializer),
                }
            }
        }

        impl WebhookEvent {
            /// Every event type with a variant of its own.
            pub const KNOWN_TYPES: &'static [&'static str] = &[$($name),*];

            /// Name of the event, e.g. `user.created`.
            pub fn event_type(&self) -> &str {
                match self {
                    $( WebhookEvent::$variant(event) => &event.event_type, )*
                    WebhookEvent::Unknown { event_type, .. } => event_type,
                }
            }

            /// Decodes an event body whose signature was already checked.
            pub fn from_value(value: Value) -> Result<Self, WebhookError> {
                let event_type = value
                    .get("type")
                    .and_then(Value::as_str)
                    .ok_or(WebhookError::MissingEventType)?
                    .to_string();
                Ok(match event_type.as_str() {
                    $( $name => WebhookEvent::$variant(decode(event_type, value)?), )*
                    _ => WebhookEvent::Unknown { event_type, raw: value },
                })
            }
        }
    };
}

fn decode<T: serde::de::DeserializeOwned>(event_type: String, value: Value) -> Result<Event<T>, WebhookError> {
    serde_json::from_value(value).map_err(|source| WebhookError::InvalidPayload { event_type, source })
}

impl WebhookEvent {
    /// True for an event type this crate does not know.
    pub fn is_unknown(&self) -> bool {
        matches!(self, WebhookEvent::Unknown { .. })
    }
}

webhook_events! {
    /// Clerk prepared an email (useful when you deliver emails yourself).
    EmailCreated(Email) = "email.created",
    /// An organization was created.
    OrganizationCreated(Organization) = "organization.created",
    /// An organization changed.
    OrganizationUpdated(Organization) = "organization.updated",
    /// An organization was deleted.
    OrganizationDeleted(DeletedObject) = "organization.deleted",
    /// A domain was added to an organization.
    OrganizationDomainCreated(OrganizationDomain) = "organizationDomain.created",
    /// An organization domain changed (e.g. got verified).
    OrganizationDomainUpdated(OrganizationDomain) = "organizationDomain.updated",
    /// A domain was removed from an organization.
    OrganizationDomainDeleted(DeletedObject) = "organizationDomain.deleted",
    /// Someone was invited to an organization.
    OrganizationInvitationCreated(OrganizationInvitation) = "organizationInvitation.created",
    /// An organization invitation was accepted.
    OrganizationInvitationAccepted(OrganizationInvitation) = "organizationInvitation.accepted",
    /// An organization invitation was withdrawn.
    OrganizationInvitationRevoked(OrganizationInvitation) = "organizationInvitation.revoked",
    /// A user joined an organization.
    OrganizationMembershipCreated(OrganizationMembership) = "organizationMembership.created",
    /// A membership changed (e.g. a new role).
    OrganizationMembershipUpdated(OrganizationMembership) = "organizationMembership.updated",
    /// A user left or was removed from an organization.
    OrganizationMembershipDeleted(OrganizationMembership) = "organizationMembership.deleted",
    /// A payment attempt started.
    PaymentAttemptCreated(PaymentAttempt) = "paymentAttempt.created",
    /// A payment attempt changed (e.g. was paid or failed).
    PaymentAttemptUpdated(PaymentAttempt) = "paymentAttempt.updated",
    /// A permission was created.
    PermissionCreated(Permission) = "permission.created",
    /// A permission changed.
    PermissionUpdated(Permission) = "permission.updated",
    /// A permission was deleted.
    PermissionDeleted(DeletedObject) = "permission.deleted",
    /// A role was created.
    RoleCreated(Role) = "role.created",
    /// A role changed.
    RoleUpdated(Role) = "role.updated",
    /// A role was deleted.
    RoleDeleted(DeletedObject) = "role.deleted",
    /// A session started.
    SessionCreated(Session) = "session.created",
    /// A session is waiting for a step to be completed before it becomes active.
    SessionPending(Session) = "session.pending",
    /// A session ended (sign-out).
    SessionEnded(Session) = "session.ended",
    /// A session was removed from its client.
    SessionRemoved(Session) = "session.removed",
    /// A session was revoked.
    SessionRevoked(Session) = "session.revoked",
    /// Clerk prepared a text message (useful when you deliver SMS yourself).
    SmsCreated(Sms) = "sms.created",
    /// A subscription was created.
    SubscriptionCreated(Subscription) = "subscription.created",
    /// A subscription changed.
    SubscriptionUpdated(Subscription) = "subscription.updated",
    /// A subscription became active.
    SubscriptionActive(Subscription) = "subscription.active",
    /// A subscription has an overdue payment.
    SubscriptionPastDue(Subscription) = "subscription.pastDue",
    /// A subscription item was replaced before it took effect.
    SubscriptionItemAbandoned(SubscriptionItem) = "subscriptionItem.abandoned",
    /// A subscription item became active.
    SubscriptionItemActive(SubscriptionItem) = "subscriptionItem.active",
    /// A subscription item was canceled (it runs until the period ends).
    SubscriptionItemCanceled(SubscriptionItem) = "subscriptionItem.canceled",
    /// A subscription item ended.
    SubscriptionItemEnded(SubscriptionItem) = "subscriptionItem.ended",
    /// The free trial of a subscription item ends soon.
    SubscriptionItemFreeTrialEnding(SubscriptionItem) = "subscriptionItem.freeTrialEnding",
    /// A subscription item is waiting on the payer before it can start.
    SubscriptionItemIncomplete(SubscriptionItem) = "subscriptionItem.incomplete",
    /// A subscription item has an overdue payment.
    SubscriptionItemPastDue(SubscriptionItem) = "subscriptionItem.pastDue",
    /// A subscription item will begin at a later date.
    SubscriptionItemUpcoming(SubscriptionItem) = "subscriptionItem.upcoming",
    /// A subscription item changed.
    SubscriptionItemUpdated(SubscriptionItem) = "subscriptionItem.updated",
    /// A user was created (sign-up, import or Backend API).
    UserCreated(User) = "user.created",
    /// A user changed.
    UserUpdated(User) = "user.updated",
    /// A user was deleted.
    UserDeleted(DeletedObject) = "user.deleted",
    /// Someone joined the waitlist.
    WaitlistEntryCreated(WaitlistEntry) = "waitlistEntry.created",
    /// A waitlist entry changed (e.g. was invited or rejected).
    WaitlistEntryUpdated(WaitlistEntry) = "waitlistEntry.updated",
}
