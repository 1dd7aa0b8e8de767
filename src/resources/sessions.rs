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

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetSessionList.md"))]
    pub fn list(&self) -> builder::GetSessionList<'a> {
        self.clerk.generated().get_session_list()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/createSession.md"))]
    pub fn create(&self) -> builder::CreateSession<'a> {
        self.clerk.generated().create_session()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetSession.md"))]
    pub fn get(&self, session_id: impl Into<String>) -> builder::GetSession<'a> {
        self.clerk.generated().get_session().session_id(session_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/RefreshSession.md"))]
    pub fn refresh(&self, session_id: impl Into<String>) -> builder::RefreshSession<'a> {
        self.clerk.generated().refresh_session().session_id(session_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/RevokeSession.md"))]
    pub fn revoke(&self, session_id: impl Into<String>) -> builder::RevokeSession<'a> {
        self.clerk.generated().revoke_session().session_id(session_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/CreateSessionToken.md"))]
    pub fn create_token(&self, session_id: impl Into<String>) -> builder::CreateSessionToken<'a> {
        self.clerk.generated().create_session_token().session_id(session_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/CreateSessionTokenFromTemplate.md"))]
    pub fn create_token_from_template(
        &self,
        session_id: impl Into<String>,
        template_name: impl Into<String>,
    ) -> builder::CreateSessionTokenFromTemplate<'a> {
        self.clerk.generated().create_session_token_from_template().session_id(session_id).template_name(template_name)
    }
}
