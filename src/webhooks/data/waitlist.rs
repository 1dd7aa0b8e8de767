//! Payloads of waitlist and application invitation events (`waitlistEntry.*`, `invitation.*`).

use super::*;

lenient_struct! {
    /// A waitlist entry (`waitlistEntry.*` events).
    pub struct WaitlistEntry {
        /// Kind of object, e.g. `waitlist_entry`.
        pub object: Option<String>,
        /// Entry id (`wle_...`).
        pub id: Option<String>,
        /// Address on the waitlist.
        pub email_address: Option<String>,
        /// e.g. `pending`, `invited`, `rejected`, `completed`.
        pub status: Option<String>,
        /// Whether a batch operation currently holds the entry.
        pub is_locked: Option<bool>,
        /// Time of creation.
        pub created_at: Option<i64>,
        /// Time of the last change.
        pub updated_at: Option<i64>,
        /// The invitation sent for this entry, once there is one.
        pub invitation: Option<Invitation>,
    }
}

lenient_struct! {
    /// An invitation to the application.
    pub struct Invitation {
        /// Always `invitation`.
        pub object: Option<String>,
        /// Invitation id (`inv_...`).
        pub id: Option<String>,
        /// Invited address.
        pub email_address: Option<String>,
        /// Metadata copied to the user on sign-up.
        pub public_metadata: Option<Metadata>,
        /// Whether it was revoked.
        pub revoked: Option<bool>,
        /// e.g. `pending`, `accepted`, `revoked`, `expired`.
        pub status: Option<String>,
        /// Link the invitee follows.
        pub url: Option<String>,
        /// When the invitation lapses.
        pub expires_at: Option<i64>,
        /// Time of creation.
        pub created_at: Option<i64>,
        /// Time of the last change.
        pub updated_at: Option<i64>,
    }
}
