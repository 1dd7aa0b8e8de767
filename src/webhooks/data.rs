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

// ---------------------------------------------------------------- users

lenient_struct! {
    /// A user (`user.created`, `user.updated`, and inside session events).
    pub struct User {
        /// Always `user`.
        pub object: Option<String>,
        /// User id (`user_...`).
        pub id: Option<String>,
        /// Your own id for this user, when set.
        pub external_id: Option<String>,
        /// Id of the primary email address among `email_addresses`.
        pub primary_email_address_id: Option<String>,
        /// Id of the primary phone number among `phone_numbers`.
        pub primary_phone_number_id: Option<String>,
        /// Id of the primary wallet among `web3_wallets`.
        pub primary_web3_wallet_id: Option<String>,
        /// Username, when the instance uses usernames.
        pub username: Option<String>,
        /// Given name.
        pub first_name: Option<String>,
        /// Family name.
        pub last_name: Option<String>,
        /// Preferred locale, e.g. `en-US`.
        pub locale: Option<String>,
        /// Older name of `image_url`; prefer that one.
        pub profile_image_url: Option<String>,
        /// URL of the avatar (uploaded or generated).
        pub image_url: Option<String>,
        /// Whether the user uploaded an avatar.
        pub has_image: Option<bool>,
        /// Metadata readable from the frontend, writable from the backend.
        pub public_metadata: Option<Metadata>,
        /// Metadata only the backend can read and write.
        pub private_metadata: Option<Metadata>,
        /// Metadata the frontend can write.
        pub unsafe_metadata: Option<Metadata>,
        /// Email addresses of the user.
        pub email_addresses: Vec<EmailAddress>,
        /// Phone numbers of the user.
        pub phone_numbers: Vec<PhoneNumber>,
        /// Web3 wallets of the user.
        pub web3_wallets: Vec<Web3Wallet>,
        /// Passkeys of the user.
        pub passkeys: Vec<Passkey>,
        /// Whether the user has a password.
        pub password_enabled: Option<bool>,
        /// Whether a second factor is required at sign-in.
        pub two_factor_enabled: Option<bool>,
        /// Whether an authenticator app (TOTP) is set up.
        pub totp_enabled: Option<bool>,
        /// Whether backup codes are set up.
        pub backup_code_enabled: Option<bool>,
        /// When multi-factor authentication was last turned on.
        pub mfa_enabled_at: Option<i64>,
        /// When multi-factor authentication was last turned off.
        pub mfa_disabled_at: Option<i64>,
        /// When the password last changed.
        pub password_last_updated_at: Option<i64>,
        /// Accounts linked through OAuth providers.
        pub external_accounts: Vec<ExternalAccount>,
        /// Accounts linked through SAML connections.
        pub saml_accounts: Vec<SamlAccount>,
        /// Accounts linked through enterprise connections.
        pub enterprise_accounts: Vec<EnterpriseAccount>,
        /// Organization memberships, when Clerk includes them.
        pub organization_memberships: Vec<OrganizationMembership>,
        /// Time of the last sign-in.
        pub last_sign_in_at: Option<i64>,
        /// Whether the user is banned.
        pub banned: Option<bool>,
        /// Whether sign-in is currently blocked by lockout.
        pub locked: Option<bool>,
        /// Whether the user was deprovisioned (e.g. by a directory) and cannot sign in.
        pub deprovisioned: Option<bool>,
        /// Seconds until a lockout ends; empty for a lockout without end.
        pub lockout_expires_in_seconds: Option<i64>,
        /// Failed verifications still allowed before lockout; empty when lockout is off.
        pub verification_attempts_remaining: Option<i64>,
        /// Time of the last change.
        pub updated_at: Option<i64>,
        /// Time of creation.
        pub created_at: Option<i64>,
        /// Whether users may delete their own account.
        pub delete_self_enabled: Option<bool>,
        /// Whether the user may create organizations.
        pub create_organization_enabled: Option<bool>,
        /// How many organizations the user may create (0: no limit).
        pub create_organizations_limit: Option<i64>,
        /// Last day with session activity.
        pub last_active_at: Option<i64>,
        /// Time the legal terms were accepted.
        pub legal_accepted_at: Option<i64>,
        /// Whether client trust checks are skipped for this user.
        pub bypass_client_trust: Option<bool>,
        /// Directory (SCIM) provisioning details, for directory-managed users.
        pub scim: Option<ScimUserMetadata>,
    }
}

lenient_struct! {
    /// How a user is linked to a directory (SCIM).
    pub struct ScimUserMetadata {
        /// Directory id.
        pub directory_id: Option<String>,
        /// Whether that directory is enabled.
        pub directory_enabled: Option<bool>,
        /// The user's id in the directory.
        pub external_id: Option<String>,
    }
}

lenient_struct! {
    /// The state of a verification (email, phone, OAuth, SAML, wallet, passkey, ...).
    ///
    /// One struct covers every kind; `object` tells which one it is.
    pub struct Verification {
        /// Kind of verification, e.g. `verification_otp` or `verification_oauth`.
        pub object: Option<String>,
        /// e.g. `unverified`, `verified`, `failed`, `expired`, `transferable`.
        pub status: Option<String>,
        /// How it is or was verified, e.g. `email_code` or `oauth_google`.
        pub strategy: Option<String>,
        /// Attempts made so far.
        pub attempts: Option<i64>,
        /// When the pending verification lapses.
        pub expire_at: Option<i64>,
        /// Delivery channel of a one-time code, e.g. `sms`.
        pub channel: Option<String>,
        /// The client that completed the verification, when recorded.
        pub verified_at_client: Option<String>,
        /// Nonce of a wallet or passkey challenge.
        pub nonce: Option<String>,
        /// Message of a wallet challenge.
        pub message: Option<String>,
        /// Where to send the user to finish an external (OAuth, SAML) flow.
        pub external_verification_redirect_url: Option<String>,
        /// What went wrong, for failed external verifications.
        pub error: Option<ClerkError>,
    }
}

lenient_struct! {
    /// An error as Clerk reports it.
    pub struct ClerkError {
        /// Short message.
        pub message: Option<String>,
        /// Longer explanation.
        pub long_message: Option<String>,
        /// Machine-readable code.
        pub code: Option<String>,
        /// Extra details.
        pub meta: Option<Metadata>,
    }
}

lenient_struct! {
    /// A link from an identifier to the account it came from.
    pub struct IdentificationLink {
        /// Kind of link, e.g. `oauth_google`.
        #[serde(rename = "type")]
        pub kind: Option<String>,
        /// Id of the linked identification.
        pub id: Option<String>,
    }
}

lenient_struct! {
    /// An email address of a user.
    pub struct EmailAddress {
        /// Always `email_address`.
        pub object: Option<String>,
        /// Id (`idn_...`).
        pub id: Option<String>,
        /// The address.
        pub email_address: Option<String>,
        /// Whether the address is held back for another use.
        pub reserved: Option<bool>,
        /// Verification state.
        pub verification: Option<Verification>,
        /// Accounts this address came from.
        pub linked_to: Vec<IdentificationLink>,
        /// True when an enabled enterprise connection covers the address's domain.
        pub matches_sso_connection: Option<bool>,
        /// Time of creation.
        pub created_at: Option<i64>,
        /// Time of the last change.
        pub updated_at: Option<i64>,
    }
}

lenient_struct! {
    /// A phone number of a user.
    pub struct PhoneNumber {
        /// Always `phone_number`.
        pub object: Option<String>,
        /// Id (`idn_...`).
        pub id: Option<String>,
        /// The number, in E.164 form.
        pub phone_number: Option<String>,
        /// Whether the number is kept for second-factor use only.
        pub reserved_for_second_factor: Option<bool>,
        /// Whether this is the default second factor.
        pub default_second_factor: Option<bool>,
        /// Whether the number is held back for another use.
        pub reserved: Option<bool>,
        /// Verification state.
        pub verification: Option<Verification>,
        /// Accounts this number came from.
        pub linked_to: Vec<IdentificationLink>,
        /// Backup codes, when Clerk includes them.
        pub backup_codes: Option<Vec<String>>,
        /// Time of creation.
        pub created_at: Option<i64>,
        /// Time of the last change.
        pub updated_at: Option<i64>,
    }
}

lenient_struct! {
    /// A Web3 wallet of a user.
    pub struct Web3Wallet {
        /// Always `web3_wallet`.
        pub object: Option<String>,
        /// Id (`idn_...`).
        pub id: Option<String>,
        /// The wallet address.
        pub web3_wallet: Option<String>,
        /// Verification state.
        pub verification: Option<Verification>,
        /// Time of creation.
        pub created_at: Option<i64>,
        /// Time of the last change.
        pub updated_at: Option<i64>,
    }
}

lenient_struct! {
    /// A passkey of a user.
    pub struct Passkey {
        /// Always `passkey`.
        pub object: Option<String>,
        /// Id.
        pub id: Option<String>,
        /// Name given to the passkey.
        pub name: Option<String>,
        /// Time it was last used.
        pub last_used_at: Option<i64>,
        /// Verification state.
        pub verification: Option<Verification>,
    }
}

lenient_struct! {
    /// An account linked through an OAuth provider.
    pub struct ExternalAccount {
        /// e.g. `external_account` or `google_account`.
        pub object: Option<String>,
        /// Id.
        pub id: Option<String>,
        /// Provider, e.g. `oauth_google`.
        pub provider: Option<String>,
        /// Id of the matching identification.
        pub identification_id: Option<String>,
        /// The user's id at the provider.
        pub provider_user_id: Option<String>,
        /// Scopes granted, space-separated.
        pub approved_scopes: Option<String>,
        /// Email address reported by the provider.
        pub email_address: Option<String>,
        /// Whether the provider vouched for the email address; empty when unknown.
        pub email_address_verified: Option<bool>,
        /// Given name at the provider.
        pub first_name: Option<String>,
        /// Family name at the provider.
        pub last_name: Option<String>,
        /// Older name of `image_url`.
        pub avatar_url: Option<String>,
        /// Picture at the provider.
        pub image_url: Option<String>,
        /// Username at the provider.
        pub username: Option<String>,
        /// Phone number reported by the provider.
        pub phone_number: Option<String>,
        /// Public metadata of the account.
        pub public_metadata: Option<Metadata>,
        /// Label of the account, when set.
        pub label: Option<String>,
        /// Time of creation.
        pub created_at: Option<i64>,
        /// Time of the last change.
        pub updated_at: Option<i64>,
        /// Verification state.
        pub verification: Option<Verification>,
    }
}

lenient_struct! {
    /// An account linked through a SAML connection.
    pub struct SamlAccount {
        /// Always `saml_account`.
        pub object: Option<String>,
        /// Id.
        pub id: Option<String>,
        /// Identity provider.
        pub provider: Option<String>,
        /// Whether the account is active.
        pub active: Option<bool>,
        /// Email address at the identity provider.
        pub email_address: Option<String>,
        /// Given name.
        pub first_name: Option<String>,
        /// Family name.
        pub last_name: Option<String>,
        /// The user's id at the identity provider.
        pub provider_user_id: Option<String>,
        /// Time of the last authentication through this account.
        pub last_authenticated_at: Option<i64>,
        /// Public metadata of the account.
        pub public_metadata: Option<Metadata>,
        /// Verification state.
        pub verification: Option<Verification>,
        /// The connection the account belongs to, as sent.
        pub saml_connection: Option<Value>,
    }
}

lenient_struct! {
    /// An account linked through an enterprise connection (SAML or OAuth).
    pub struct EnterpriseAccount {
        /// Always `enterprise_account`.
        pub object: Option<String>,
        /// Id.
        pub id: Option<String>,
        /// `saml` or `oauth`.
        pub protocol: Option<String>,
        /// Identity provider.
        pub provider: Option<String>,
        /// Whether the account is active.
        pub active: Option<bool>,
        /// Email address at the identity provider.
        pub email_address: Option<String>,
        /// Given name.
        pub first_name: Option<String>,
        /// Family name.
        pub last_name: Option<String>,
        /// The user's id at the identity provider.
        pub provider_user_id: Option<String>,
        /// Id of the enterprise connection.
        pub enterprise_connection_id: Option<String>,
        /// Public metadata of the account.
        pub public_metadata: Option<Metadata>,
        /// Verification state.
        pub verification: Option<Verification>,
        /// The connection the account belongs to, as sent.
        pub enterprise_connection: Option<Value>,
        /// Time of the last authentication through this account.
        pub last_authenticated_at: Option<i64>,
    }
}

// ------------------------------------------------------------- sessions

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

// -------------------------------------------------------- organizations

lenient_struct! {
    /// An organization (`organization.*` events, and inside memberships).
    pub struct Organization {
        /// Always `organization`.
        pub object: Option<String>,
        /// Organization id (`org_...`).
        pub id: Option<String>,
        /// Display name.
        pub name: Option<String>,
        /// URL-friendly unique name.
        pub slug: Option<String>,
        /// Logo URL.
        pub image_url: Option<String>,
        /// Whether a logo was uploaded.
        pub has_image: Option<bool>,
        /// Number of members.
        pub members_count: Option<i64>,
        /// Whether no member holds the elevated permissions an organization needs.
        pub missing_member_with_elevated_permissions: Option<bool>,
        /// Number of invitations not answered yet.
        pub pending_invitations_count: Option<i64>,
        /// Membership limit (0: no limit).
        pub max_allowed_memberships: Option<i64>,
        /// Whether admins may delete the organization.
        pub admin_delete_enabled: Option<bool>,
        /// Metadata readable from the frontend.
        pub public_metadata: Option<Metadata>,
        /// Metadata only the backend can read.
        pub private_metadata: Option<Metadata>,
        /// Id of the user who created it.
        pub created_by: Option<String>,
        /// Time of creation.
        pub created_at: Option<i64>,
        /// Time of the last change.
        pub updated_at: Option<i64>,
        /// Time of the last activity.
        pub last_active_at: Option<i64>,
        /// Key of the role set in use.
        pub role_set_key: Option<String>,
    }
}

lenient_struct! {
    /// The public part of an organization, as shown to invitees.
    pub struct PublicOrganizationData {
        /// Organization id.
        pub id: Option<String>,
        /// Display name.
        pub name: Option<String>,
        /// Slug.
        pub slug: Option<String>,
        /// Logo URL.
        pub image_url: Option<String>,
        /// Whether a logo was uploaded.
        pub has_image: Option<bool>,
    }
}

lenient_struct! {
    /// A verified or pending domain of an organization (`organizationDomain.*` events).
    pub struct OrganizationDomain {
        /// Always `organization_domain`.
        pub object: Option<String>,
        /// Domain id.
        pub id: Option<String>,
        /// Id of the organization.
        pub organization_id: Option<String>,
        /// The domain name, e.g. `example.com`.
        pub name: Option<String>,
        /// e.g. `manual_invitation`, `automatic_invitation`, `automatic_suggestion`, `enterprise_sso`.
        pub enrollment_mode: Option<String>,
        /// Address used to prove affiliation with the domain.
        pub affiliation_email_address: Option<String>,
        /// State of the affiliation check.
        pub affiliation_verification: Option<DomainVerification>,
        /// State of the DNS ownership check.
        pub ownership_verification: Option<DomainVerification>,
        /// Older name of `affiliation_verification`.
        pub verification: Option<DomainVerification>,
        /// Invitations waiting because of this domain.
        pub total_pending_invitations: Option<i64>,
        /// Suggestions waiting because of this domain.
        pub total_pending_suggestions: Option<i64>,
        /// The organization's public data.
        pub public_organization_data: Option<PublicOrganizationData>,
        /// Time of creation.
        pub created_at: Option<i64>,
        /// Time of the last change.
        pub updated_at: Option<i64>,
    }
}

lenient_struct! {
    /// A check of an organization domain.
    pub struct DomainVerification {
        /// e.g. `unverified`, `verified`, `failed`, `expired`.
        pub status: Option<String>,
        /// How the domain is checked.
        pub strategy: Option<String>,
        /// Attempts made so far.
        pub attempts: Option<i64>,
        /// When the pending check lapses.
        pub expire_at: Option<i64>,
        /// When ownership was proven.
        pub verified_at: Option<i64>,
    }
}

lenient_struct! {
    /// Public profile data of a user, as shown to other members.
    pub struct PublicUserData {
        /// User id.
        pub user_id: Option<String>,
        /// Given name.
        pub first_name: Option<String>,
        /// Family name.
        pub last_name: Option<String>,
        /// Older name of `image_url`.
        pub profile_image_url: Option<String>,
        /// Avatar URL.
        pub image_url: Option<String>,
        /// Whether an avatar was uploaded.
        pub has_image: Option<bool>,
        /// The user's main identifier, e.g. an email address.
        pub identifier: Option<String>,
        /// Username.
        pub username: Option<String>,
        /// Whether the user is banned.
        pub banned: Option<bool>,
        /// Whether the user was deprovisioned.
        pub deprovisioned: Option<bool>,
    }
}

lenient_struct! {
    /// An invitation to join an organization (`organizationInvitation.*` events).
    pub struct OrganizationInvitation {
        /// Always `organization_invitation`.
        pub object: Option<String>,
        /// Invitation id (`orginv_...`).
        pub id: Option<String>,
        /// Invited address.
        pub email_address: Option<String>,
        /// Role key given on acceptance, e.g. `org:member`.
        pub role: Option<String>,
        /// Display name of that role.
        pub role_name: Option<String>,
        /// Id of the organization.
        pub organization_id: Option<String>,
        /// Id of the user who sent the invitation.
        pub inviter_id: Option<String>,
        /// Public data of the user who sent the invitation.
        pub public_inviter_data: Option<PublicUserData>,
        /// e.g. `pending`, `accepted`, `revoked`, `expired`.
        pub status: Option<String>,
        /// Metadata readable from the frontend.
        pub public_metadata: Option<Metadata>,
        /// Metadata only the backend can read.
        pub private_metadata: Option<Metadata>,
        /// Link the invitee follows.
        pub url: Option<String>,
        /// Id of the user who accepted it (`organizationInvitation.accepted`).
        pub user_id: Option<String>,
        /// The organization's public data, when sent at the top level.
        pub public_organization_data: Option<PublicOrganizationData>,
        /// Extra data; holds `public_organization_data` in some payloads.
        pub data: Option<OrganizationInvitationExtra>,
        /// When the invitation lapses.
        pub expires_at: Option<i64>,
        /// Time of creation.
        pub created_at: Option<i64>,
        /// Time of the last change.
        pub updated_at: Option<i64>,
    }
}

impl OrganizationInvitation {
    /// The organization's public data, wherever the payload put it.
    pub fn organization_data(&self) -> Option<&PublicOrganizationData> {
        self.public_organization_data.as_ref().or_else(|| self.data.as_ref()?.public_organization_data.as_ref())
    }
}

lenient_struct! {
    /// The nested `data` member of organization invitation payloads.
    pub struct OrganizationInvitationExtra {
        /// The organization's public data.
        pub public_organization_data: Option<PublicOrganizationData>,
    }
}

lenient_struct! {
    /// Membership of a user in an organization (`organizationMembership.*` events).
    pub struct OrganizationMembership {
        /// Always `organization_membership`.
        pub object: Option<String>,
        /// Membership id (`orgmem_...`).
        pub id: Option<String>,
        /// Role key, e.g. `org:admin`.
        pub role: Option<String>,
        /// Display name of the role.
        pub role_name: Option<String>,
        /// Permission keys the role grants.
        pub permissions: Vec<String>,
        /// Metadata readable from the frontend.
        pub public_metadata: Option<Metadata>,
        /// Metadata only the backend can read.
        pub private_metadata: Option<Metadata>,
        /// The organization.
        pub organization: Option<Organization>,
        /// Public data of the member.
        pub public_user_data: Option<PublicUserData>,
        /// Time of creation.
        pub created_at: Option<i64>,
        /// Time of the last change.
        pub updated_at: Option<i64>,
    }
}

// ---------------------------------------------------- roles, permissions

lenient_struct! {
    /// A permission (`permission.*` events, and inside roles).
    pub struct Permission {
        /// Always `permission`.
        pub object: Option<String>,
        /// Permission id (`perm_...`).
        pub id: Option<String>,
        /// Display name.
        pub name: Option<String>,
        /// Key, e.g. `org:invoices:read`.
        pub key: Option<String>,
        /// Free text about the permission.
        pub description: Option<String>,
        /// `system` or `custom`.
        #[serde(rename = "type")]
        pub kind: Option<String>,
        /// Time of creation.
        pub created_at: Option<i64>,
        /// Time of the last change.
        pub updated_at: Option<i64>,
    }
}

lenient_struct! {
    /// An organization role (`role.*` events).
    pub struct Role {
        /// Always `role`.
        pub object: Option<String>,
        /// Role id (`role_...`).
        pub id: Option<String>,
        /// Display name.
        pub name: Option<String>,
        /// Key, e.g. `org:admin`.
        pub key: Option<String>,
        /// Free text about the role.
        pub description: Option<String>,
        /// Whether an organization's creator may get this role.
        pub is_creator_eligible: Option<bool>,
        /// Permissions the role grants.
        pub permissions: Vec<Permission>,
        /// Time of creation.
        pub created_at: Option<i64>,
        /// Time of the last change.
        pub updated_at: Option<i64>,
    }
}

// ------------------------------------------------------- email and SMS

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

// ------------------------------------------------------------ waitlist

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

// ------------------------------------------------------------- billing

lenient_struct! {
    /// A payment attempt (`paymentAttempt.*` events).
    pub struct PaymentAttempt {
        /// Attempt id.
        pub id: Option<String>,
        /// Id of the Clerk instance.
        pub instance_id: Option<String>,
        /// Id of the payment.
        pub payment_id: Option<String>,
        /// Older name of `statement_id`.
        pub invoice_id: Option<String>,
        /// Id of the statement.
        pub statement_id: Option<String>,
        /// Id at the payment gateway.
        pub gateway_external_id: Option<String>,
        /// Attempt state: `pending`, `paid` or `failed`.
        pub status: Option<String>,
        /// Time of creation.
        pub created_at: Option<i64>,
        /// Time of the last change.
        pub updated_at: Option<i64>,
        /// When it was paid.
        pub paid_at: Option<i64>,
        /// When it failed.
        pub failed_at: Option<i64>,
        /// Why it failed.
        pub failed_reason: Option<PaymentFailedReason>,
        /// Billing date.
        pub billing_date: Option<i64>,
        /// e.g. `checkout` or `recurring`.
        pub charge_type: Option<String>,
        /// Who is paid.
        pub payee: Option<BillingPayee>,
        /// Who pays.
        pub payer: Option<BillingPayer>,
        /// Amounts.
        pub totals: Option<BillingTotals>,
        /// The card or other means of payment.
        pub payment_source: Option<BillingPaymentSource>,
        /// Subscription items paid for.
        pub subscription_items: Vec<SubscriptionItem>,
    }
}

lenient_struct! {
    /// Why a payment failed.
    pub struct PaymentFailedReason {
        /// Broad code, e.g. `card_declined`.
        pub code: Option<String>,
        /// Detailed code from the processor.
        pub decline_code: Option<String>,
    }
}

lenient_struct! {
    /// The receiving side of a payment.
    pub struct BillingPayee {
        /// Payee id.
        pub id: Option<String>,
        /// Gateway, e.g. `stripe`.
        pub gateway_type: Option<String>,
        /// Id at the gateway.
        pub gateway_external_id: Option<String>,
        /// Status at the gateway.
        pub gateway_status: Option<String>,
    }
}

lenient_struct! {
    /// The paying user or organization.
    pub struct BillingPayer {
        /// Kind of object, e.g. `commerce_payer`.
        pub object: Option<String>,
        /// Payer id.
        pub id: Option<String>,
        /// User id, for a user payer.
        pub user_id: Option<String>,
        /// Given name, for a user payer.
        pub first_name: Option<String>,
        /// Family name, for a user payer.
        pub last_name: Option<String>,
        /// Billing email address.
        pub email: Option<String>,
        /// Organization id, for an organization payer.
        pub organization_id: Option<String>,
        /// Organization name, for an organization payer.
        pub organization_name: Option<String>,
        /// Avatar or logo URL.
        pub image_url: Option<String>,
        /// Time of creation.
        pub created_at: Option<i64>,
        /// Time of the last change.
        pub updated_at: Option<i64>,
    }
}

lenient_struct! {
    /// An amount of money.
    pub struct BillingAmount {
        /// Value in minor units, such as cents.
        pub amount: Option<i64>,
        /// Formatted for display, e.g. `$10.00`.
        pub amount_formatted: Option<String>,
        /// ISO 4217 code, e.g. `USD`.
        pub currency: Option<String>,
        /// Symbol, e.g. `$`.
        pub currency_symbol: Option<String>,
    }
}

lenient_struct! {
    /// The amounts of a payment.
    pub struct BillingTotals {
        /// Before taxes.
        pub subtotal: Option<BillingAmount>,
        /// Taxes.
        pub tax_total: Option<BillingAmount>,
        /// Amount charged.
        pub grand_total: Option<BillingAmount>,
        /// Per-unit charges (e.g. seats).
        pub per_unit_totals: Vec<BillingUnitTotal>,
    }
}

lenient_struct! {
    /// A per-unit charge.
    pub struct BillingUnitTotal {
        /// Unit, e.g. `seats`.
        pub name: Option<String>,
        /// Cost of one unit, in minor units (e.g. cents).
        pub amount: Option<i64>,
        /// Number of units; empty for unlimited.
        pub quantity: Option<i64>,
        /// Charge for all units.
        pub total: Option<i64>,
        /// ISO 4217 code.
        pub currency: Option<String>,
    }
}

lenient_struct! {
    /// A payment method.
    pub struct BillingPaymentSource {
        /// Payment source id.
        pub id: Option<String>,
        /// Gateway, e.g. `stripe`.
        pub gateway: Option<String>,
        /// Id at the gateway.
        pub gateway_external_id: Option<String>,
        /// Account id at the gateway.
        pub gateway_external_account_id: Option<String>,
        /// e.g. `card` or `link`.
        pub payment_method: Option<String>,
        /// e.g. `active` or `disconnected`.
        pub status: Option<String>,
        /// Card brand, e.g. `visa`.
        pub card_type: Option<String>,
        /// Last four card digits.
        pub last4: Option<String>,
    }
}

lenient_struct! {
    /// A subscription (`subscription.*` events).
    pub struct Subscription {
        /// Kind of object, e.g. `commerce_subscription`.
        pub object: Option<String>,
        /// Subscription id.
        pub id: Option<String>,
        /// e.g. `active`, `past_due`, `canceled`, `ended`, `abandoned`, `incomplete`.
        pub status: Option<String>,
        /// When it became active.
        pub active_at: Option<i64>,
        /// When it was canceled.
        pub canceled_at: Option<i64>,
        /// Time of creation.
        pub created_at: Option<i64>,
        /// When it ended.
        pub ended_at: Option<i64>,
        /// When it became past due.
        pub past_due_at: Option<i64>,
        /// Time of the last change.
        pub updated_at: Option<i64>,
        /// Id of the latest payment.
        pub latest_payment_id: Option<String>,
        /// Id of the payer.
        pub payer_id: Option<String>,
        /// The payer.
        pub payer: Option<BillingPayer>,
        /// Id of the payment method.
        pub payment_source_id: Option<String>,
        /// Items of the subscription.
        pub items: Vec<SubscriptionItem>,
    }
}

lenient_struct! {
    /// One plan within a subscription (`subscriptionItem.*` events, and inside
    /// subscriptions and payment attempts).
    pub struct SubscriptionItem {
        /// Kind of object, e.g. `commerce_subscription_item`.
        pub object: Option<String>,
        /// Item id.
        pub id: Option<String>,
        /// e.g. `active`, `canceled`, `ended`, `past_due`, `upcoming`, `incomplete`, `abandoned`.
        pub status: Option<String>,
        /// Whether it is in a free trial.
        pub is_free_trial: Option<bool>,
        /// Time of creation.
        pub created_at: Option<i64>,
        /// Time of the last change.
        pub updated_at: Option<i64>,
        /// Start of the current period.
        pub period_start: Option<i64>,
        /// End of the current period.
        pub period_end: Option<i64>,
        /// When it was canceled.
        pub canceled_at: Option<i64>,
        /// When it became past due.
        pub past_due_at: Option<i64>,
        /// Billing interval, e.g. `month` or `annual`.
        pub interval: Option<String>,
        /// Id of the plan.
        pub plan_id: Option<String>,
        /// The plan.
        pub plan: Option<BillingPlan>,
        /// The payer.
        pub payer: Option<BillingPayer>,
        /// Id of the subscription.
        pub subscription_id: Option<String>,
        /// Seats included.
        pub seats: Option<BillingSeats>,
        /// Amount of the item.
        pub amount: Option<BillingAmount>,
        /// Older form of `credits` (proration only).
        pub credit: Option<BillingProrationCredit>,
        /// Credits applied.
        pub credits: Option<BillingCredits>,
    }
}

lenient_struct! {
    /// A plan.
    pub struct BillingPlan {
        /// Plan id.
        pub id: Option<String>,
        /// Slug.
        pub slug: Option<String>,
        /// Display name.
        pub name: Option<String>,
        /// Whether it bills every period.
        pub is_recurring: Option<bool>,
        /// Cost per period, in minor units.
        pub amount: Option<i64>,
        /// ISO 4217 code.
        pub currency: Option<String>,
        /// Per-unit prices (e.g. seats).
        pub unit_prices: Vec<BillingUnitPrice>,
    }
}

lenient_struct! {
    /// A per-unit price of a plan.
    pub struct BillingUnitPrice {
        /// Unit, e.g. `seats`.
        pub name: Option<String>,
        /// Units per block.
        pub block_size: Option<i64>,
        /// Price tiers.
        pub tiers: Vec<BillingUnitPriceTier>,
    }
}

lenient_struct! {
    /// A price tier.
    pub struct BillingUnitPriceTier {
        /// First block of the tier.
        pub starts_at_block: Option<i64>,
        /// Last block of the tier; empty for no upper bound.
        pub ends_after_block: Option<i64>,
        /// Cost of each block, in minor units.
        pub amount_per_block: Option<i64>,
        /// ISO 4217 code.
        pub currency: Option<String>,
    }
}

lenient_struct! {
    /// Seat count.
    pub struct BillingSeats {
        /// Number of seats; empty for unlimited.
        pub quantity: Option<i64>,
    }
}

lenient_struct! {
    /// Credits applied to a charge.
    pub struct BillingCredits {
        /// Credit from switching plans mid-period.
        pub proration: Option<BillingProrationCredit>,
        /// Credit from the payer's balance.
        pub payer: Option<BillingPayerCredit>,
        /// All credits together.
        pub total: Option<BillingAmount>,
    }
}

lenient_struct! {
    /// Credit from switching plans mid-period.
    pub struct BillingProrationCredit {
        /// Credited amount.
        pub amount: Option<BillingAmount>,
        /// Days left in the period.
        pub cycle_days_remaining: Option<i64>,
        /// Days in the period.
        pub cycle_days_total: Option<i64>,
        /// Share of the period left, from 0.0 to 1.0.
        pub cycle_remaining_percent: Option<f64>,
    }
}

lenient_struct! {
    /// Credit from the payer's balance.
    pub struct BillingPayerCredit {
        /// Amount used for this charge.
        pub applied_amount: Option<BillingAmount>,
        /// Balance left afterwards.
        pub remaining_balance: Option<BillingAmount>,
    }
}
