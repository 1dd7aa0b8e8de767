//! `clerk.jwt_templates()`: operations on jwt templates.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on jwt templates; get one with `clerk.jwt_templates()` (cargo feature `jwt_templates`).
#[derive(Clone, Copy)]
pub struct JwtTemplates<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> JwtTemplates<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/ListJWTTemplates.md"))]
    pub fn list(&self) -> builder::ListJwtTemplates<'a> {
        self.clerk.generated().list_jwt_templates()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/CreateJWTTemplate.md"))]
    pub fn create(&self) -> builder::CreateJwtTemplate<'a> {
        self.clerk.generated().create_jwt_template()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetJWTTemplate.md"))]
    pub fn get(&self, template_id: impl Into<String>) -> builder::GetJwtTemplate<'a> {
        self.clerk.generated().get_jwt_template().template_id(template_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/UpdateJWTTemplate.md"))]
    pub fn update(&self, template_id: impl Into<String>) -> builder::UpdateJwtTemplate<'a> {
        self.clerk.generated().update_jwt_template().template_id(template_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/DeleteJWTTemplate.md"))]
    pub fn delete(&self, template_id: impl Into<String>) -> builder::DeleteJwtTemplate<'a> {
        self.clerk.generated().delete_jwt_template().template_id(template_id)
    }
}
