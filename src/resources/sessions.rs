//! `clerk.sessions()`: operations on sessions.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on sessions; get one with `clerk.sessions()` (cargo feature `sessions`).
#[derive(Clone, Copy)]
pub struct Sessions<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> Sessions<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    /// List.
    ///
    /// `GET /sessions` (operation `GetSessionList`).
    pub fn list(&self) -> builder::GetSessionList<'a> {
        self.clerk.generated().get_session_list()
    }

    /// Create.
    ///
    /// `POST /sessions` (operation `createSession`).
    pub fn create(&self) -> builder::CreateSession<'a> {
        self.clerk.generated().create_session()
    }

    /// Get.
    ///
    /// `GET /sessions/{session_id}` (operation `GetSession`).
    pub fn get(&self, session_id: impl Into<String>) -> builder::GetSession<'a> {
        self.clerk.generated().get_session().session_id(session_id)
    }

    /// Refresh.
    ///
    /// `POST /sessions/{session_id}/refresh` (operation `RefreshSession`).
    pub fn refresh(&self, session_id: impl Into<String>) -> builder::RefreshSession<'a> {
        self.clerk.generated().refresh_session().session_id(session_id)
    }

    /// Revoke.
    ///
    /// `POST /sessions/{session_id}/revoke` (operation `RevokeSession`).
    pub fn revoke(&self, session_id: impl Into<String>) -> builder::RevokeSession<'a> {
        self.clerk.generated().revoke_session().session_id(session_id)
    }

    /// Create token.
    ///
    /// `POST /sessions/{session_id}/tokens` (operation `CreateSessionToken`).
    pub fn create_token(&self, session_id: impl Into<String>) -> builder::CreateSessionToken<'a> {
        self.clerk.generated().create_session_token().session_id(session_id)
    }

    /// Create token from template.
    ///
    /// `POST /sessions/{session_id}/tokens/{template_name}` (operation `CreateSessionTokenFromTemplate`).
    pub fn create_token_from_template(
        &self,
        session_id: impl Into<String>,
        template_name: impl Into<String>,
    ) -> builder::CreateSessionTokenFromTemplate<'a> {
        self.clerk.generated().create_session_token_from_template().session_id(session_id).template_name(template_name)
    }
}
