//! Payloads of user events (`user.*`).

use super::*;

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
