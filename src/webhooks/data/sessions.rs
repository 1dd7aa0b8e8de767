//! Payloads of session events (`session.*`).

use super::*;

lenient_struct! {
    /// A session, with its user (`session.*` events).
    pub struct Session {
        /// Always `session`.
        pub object: Option<String>,
        /// Session id (`sess_...`).
        pub id: Option<String>,
        /// Id of the session's user.
        pub user_id: Option<String>,
        /// The session's user.
        pub user: Option<User>,
        /// Id of the client (browser or device) holding the session.
        pub client_id: Option<String>,
        /// Who is impersonating the user, when someone is.
        pub actor: Option<Value>,
        /// e.g. `active`, `pending`, `ended`, `removed`, `revoked`, `expired`.
        pub status: Option<String>,
        /// Organization that was active last.
        pub last_active_organization_id: Option<String>,
        /// Time of the last activity.
        pub last_active_at: Option<i64>,
        /// Device and place of the latest activity.
        pub latest_activity: Option<SessionActivity>,
        /// When the session expires.
        pub expire_at: Option<i64>,
        /// When an inactive session is dropped.
        pub abandon_at: Option<i64>,
        /// Time of the last change.
        pub updated_at: Option<i64>,
        /// Time of creation.
        pub created_at: Option<i64>,
    }
}

lenient_struct! {
    /// Device and location of a session's latest activity.
    pub struct SessionActivity {
        /// Always `session_activity`.
        pub object: Option<String>,
        /// Id.
        pub id: Option<String>,
        /// e.g. `desktop`.
        pub device_type: Option<String>,
        /// Whether the device is a mobile one.
        pub is_mobile: Option<bool>,
        /// Browser name.
        pub browser_name: Option<String>,
        /// Browser version.
        pub browser_version: Option<String>,
        /// IP address.
        pub ip_address: Option<String>,
        /// City, from the IP address.
        pub city: Option<String>,
        /// Country code, from the IP address.
        pub country: Option<String>,
    }
}
