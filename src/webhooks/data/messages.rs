//! Payloads of the emails and SMS messages Clerk prepares (`email.created`, `sms.created`).

use super::*;

lenient_struct! {
    /// An email Clerk prepared (`email.created`), e.g. to deliver it yourself.
    pub struct Email {
        /// Kind of object, e.g. `email`.
        pub object: Option<String>,
        /// Email id.
        pub id: Option<String>,
        /// Template slug, e.g. `verification_code`.
        pub slug: Option<String>,
        /// Sender display name.
        pub from_email_name: Option<String>,
        /// Reply-to display name.
        pub reply_to_email_name: Option<String>,
        /// Recipient address.
        pub to_email_address: Option<String>,
        /// Id of the recipient's email address object.
        pub email_address_id: Option<String>,
        /// Id of the recipient user.
        pub user_id: Option<String>,
        /// Subject line.
        pub subject: Option<String>,
        /// HTML body.
        pub body: Option<String>,
        /// Plain-text body.
        pub body_plain: Option<String>,
        /// Delivery status, e.g. `queued`.
        pub status: Option<String>,
        /// Template variables, as sent.
        pub data: Option<Value>,
        /// Whether Clerk delivers it (false when you deliver it).
        pub delivered_by_clerk: Option<bool>,
    }
}

lenient_struct! {
    /// A text message Clerk prepared (`sms.created`).
    pub struct Sms {
        /// Kind of object, e.g. `sms_message`.
        pub object: Option<String>,
        /// Message id.
        pub id: Option<String>,
        /// Template slug.
        pub slug: Option<String>,
        /// Sender number.
        pub from_phone_number: Option<String>,
        /// Recipient number.
        pub to_phone_number: Option<String>,
        /// Id of the recipient's phone number object.
        pub phone_number_id: Option<String>,
        /// Id of the recipient user.
        pub user_id: Option<String>,
        /// Text of the message.
        pub message: Option<String>,
        /// Delivery status, e.g. `queued`.
        pub status: Option<String>,
        /// Template variables, as sent.
        pub data: Option<Value>,
        /// Whether Clerk delivers it (false when you deliver it).
        pub delivered_by_clerk: Option<bool>,
        /// Time of creation, in milliseconds.
        pub created_at_ms: Option<i64>,
        /// Time of creation (sent by some payloads instead of `created_at_ms`).
        pub created_at: Option<i64>,
    }
}
