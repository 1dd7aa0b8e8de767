//! The instance an emulator plays: the settings a test may vary, each
//! defaulting to what a new Clerk development instance does (see
//! [`EmulatorBuilder`](super::EmulatorBuilder)).

use std::time::Duration;

/// The newest Backend API version, the one this SDK is generated from.
pub(crate) const NEWEST_API_VERSION: &str = crate::API_VERSION;

/// The roles every instance has.
pub(crate) const BUILT_IN_ROLES: [&str; 2] = ["org:admin", "org:member"];

/// An emulated instance's settings.
#[derive(Clone, Debug)]
pub(crate) struct Settings {
    /// How many members an organization may have, pending invitations
    /// counted; 0 for no limit. Clerk's default for a new instance is 5.
    pub(crate) membership_limit: u32,
    /// Whether a user must be created with a password (or a digest).
    pub(crate) password_required: bool,
    /// Whether only allow-listed identifiers may be added.
    pub(crate) allowlist_only: bool,
    /// How long a session token is valid. Clerk's default is 60 s.
    pub(crate) session_token_lifetime: Duration,
    /// The Frontend API host: the issuer of session tokens (under https)
    /// and what the publishable key encodes.
    pub(crate) frontend_api_host: String,
    /// The API version a request without a `Clerk-API-Version` header is
    /// answered as.
    pub(crate) api_version: String,
    /// Roles beyond `org:admin` and `org:member`.
    pub(crate) roles: Vec<String>,
    /// The `azp` claim of session tokens (none by default).
    pub(crate) authorized_party: Option<String>,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            membership_limit: 5,
            password_required: false,
            allowlist_only: false,
            session_token_lifetime: Duration::from_secs(60),
            frontend_api_host: default_frontend_api_host().to_string(),
            api_version: NEWEST_API_VERSION.to_string(),
            roles: Vec::new(),
            authorized_party: None,
        }
    }
}

impl Settings {
    /// Whether `role` is a role of the instance.
    pub(crate) fn has_role(&self, role: &str) -> bool {
        BUILT_IN_ROLES.contains(&role) || self.roles.iter().any(|r| r == role)
    }

    /// The issuer of the instance's session tokens: its Frontend API, under https.
    pub(crate) fn issuer(&self) -> String {
        format!("https://{}", self.frontend_api_host)
    }
}

/// The Frontend API host of [`TEST_ISSUER`](crate::testing::TEST_ISSUER),
/// the issuer every emulator used before the host could be set.
pub(crate) fn default_frontend_api_host() -> &'static str {
    let issuer = crate::testing::TEST_ISSUER;
    issuer.strip_prefix("https://").or_else(|| issuer.strip_prefix("http://")).unwrap_or(issuer)
}
