//! `clerk.templates()`: operations on templates.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on templates; get one with `clerk.templates()` (cargo feature `templates`).
#[derive(Clone, Copy)]
pub struct Templates<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> Templates<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/PreviewTemplate.md"))]
    pub fn preview(&self, template_type: impl Into<String>, slug: impl Into<String>) -> builder::PreviewTemplate<'a> {
        self.clerk.generated().preview_template().template_type(template_type).slug(slug)
    }
}
