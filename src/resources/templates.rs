//! `clerk.templates()`: operations on templates.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on templates; get one with `clerk.templates()` (cargo feature `templates`).
///
/// The email and SMS templates come in three namespaces, as Clerk's spec groups their operations, and all three work on the same templates: this one renders a preview; `clerk.email_sms_templates()` lists, reads and reverts them and switches their delivery; `clerk.email_and_sms_templates()` creates or replaces one (`upsert`). Use the one that has the method you need.
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
