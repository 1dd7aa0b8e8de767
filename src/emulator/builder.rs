//! [`EmulatorBuilder`]: an emulator playing an instance with the settings a
//! test varies.

use super::settings::{default_frontend_api_host, Settings};
use super::{Emulator, EmulatorError};
use std::net::SocketAddr;
use std::time::Duration;

/// Starts an [`Emulator`] with instance settings other than a new Clerk
/// development instance's defaults. [`Emulator::start`] is
/// `Emulator::builder().start()`.
///
/// ```no_run
/// use clerk_backend_api::emulator::Emulator;
/// use std::time::Duration;
///
/// # async fn run() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
/// let emulator = Emulator::builder()
///     .membership_limit(2)
///     .password_required(true)
///     .session_token_lifetime(Duration::from_secs(5))
///     .authorized_party("http://localhost:3000")
///     .start()
///     .await?;
/// # let _ = emulator;
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Debug)]
#[must_use = "an EmulatorBuilder does nothing until `.start()` is awaited"]
pub struct EmulatorBuilder {
    settings: Settings,
    addr: SocketAddr,
}

impl Default for EmulatorBuilder {
    fn default() -> EmulatorBuilder {
        EmulatorBuilder { settings: Settings::default(), addr: SocketAddr::from(([127, 0, 0, 1], 0)) }
    }
}

impl EmulatorBuilder {
    /// How many members a new organization may have, pending invitations
    /// counted (Clerk's default for a new instance: 5); 0 for no limit. An
    /// organization created with `max_allowed_memberships` keeps its own.
    pub fn membership_limit(mut self, limit: u32) -> Self {
        self.settings.membership_limit = limit;
        self
    }

    /// Whether users must be created with a password (or a password digest)
    /// unless `skip_password_requirement` is set; a user created without one
    /// is refused with 422 `form_data_missing`. Off by default.
    pub fn password_required(mut self, required: bool) -> Self {
        self.settings.password_required = required;
        self
    }

    /// Whether only allow-listed identifiers may be added to users (Clerk's
    /// "allowlist" restriction; see also [`Emulator::restrict_to_allowlist`]).
    /// Off by default.
    pub fn allowlist_only(mut self, on: bool) -> Self {
        self.settings.allowlist_only = on;
        self
    }

    /// How long the session tokens it mints are valid: those of
    /// [`Emulator::session_token`], `POST /sessions/{id}/tokens` without
    /// `expires_in_seconds`, the handshake, the refresh and the sign-in
    /// page (Clerk's default: 60 seconds).
    pub fn session_token_lifetime(mut self, lifetime: Duration) -> Self {
        self.settings.session_token_lifetime = lifetime;
        self
    }

    /// The instance's Frontend API host (`clerk.test.example.com` by
    /// default): session tokens name `https://<host>` as their issuer, and
    /// [`Emulator::publishable_key`] encodes it, so cookie names take their
    /// suffix from it.
    pub fn frontend_api_host(mut self, host: impl Into<String>) -> Self {
        let host = host.into();
        self.settings.frontend_api_host = if host.is_empty() { default_frontend_api_host().to_string() } else { host };
        self
    }

    /// The Backend API version a request without a `Clerk-API-Version`
    /// header is answered as (this SDK's, `2026-05-12`, by default; the SDK
    /// always sends the header). Versions before 2026-05-12 take metadata
    /// in `UpdateUser` and `UpdateOrganization` (replacing it).
    pub fn api_version(mut self, version: impl Into<String>) -> Self {
        self.settings.api_version = version.into();
        self
    }

    /// An organization role the instance defines beyond `org:admin` and
    /// `org:member` (`org:billing`, ...); memberships and invitations with
    /// any other role are refused.
    pub fn organization_role(mut self, key: impl Into<String>) -> Self {
        self.settings.roles.push(key.into());
        self
    }

    /// The `azp` claim (authorized party) of the session tokens it mints:
    /// the origin of the app the token is for. None by default, as Clerk
    /// leaves it out of tokens minted through the Backend API; set it to
    /// see an app's `authorized_parties` check at work.
    pub fn authorized_party(mut self, origin: impl Into<String>) -> Self {
        self.settings.authorized_party = Some(origin.into());
        self
    }

    /// Where to listen (`127.0.0.1:0`, a free port, by default).
    pub fn addr(mut self, addr: SocketAddr) -> Self {
        self.addr = addr;
        self
    }

    /// Starts the emulator. Must be called inside a tokio runtime.
    pub async fn start(self) -> Result<Emulator, EmulatorError> {
        Emulator::start_with(self.addr, self.settings).await
    }
}
