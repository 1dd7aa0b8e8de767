//! `clerk.actor_tokens()`: operations on actor tokens.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on actor tokens; get one with `clerk.actor_tokens()` (cargo feature `actor_tokens`).
#[derive(Clone, Copy)]
pub struct ActorTokens<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> ActorTokens<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/CreateActorToken.md"))]
    pub fn create(&self) -> builder::CreateActorToken<'a> {
        self.clerk.generated().create_actor_token()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/RevokeActorToken.md"))]
    pub fn revoke(&self, actor_token_id: impl Into<String>) -> builder::RevokeActorToken<'a> {
        self.clerk.generated().revoke_actor_token().actor_token_id(actor_token_id)
    }
}
