//! `clerk.email_and_sms_templates()`: operations on email and sms templates.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on email and sms templates; get one with `clerk.email_and_sms_templates()` (cargo feature `email_and_sms_templates`).
///
/// The email and SMS templates come in three namespaces, as Clerk's spec groups their operations, and all three work on the same templates: this one creates or replaces one (`upsert`); `clerk.email_sms_templates()` lists, reads and reverts them and switches their delivery; `clerk.templates()` renders a preview. Use the one that has the method you need.
#[derive(Clone, Copy)]
pub struct EmailAndSmsTemplates<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> EmailAndSmsTemplates<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/UpsertTemplate.md"))]
    pub fn upsert(&self, template_type: impl Into<String>, slug: impl Into<String>) -> builder::UpsertTemplate<'a> {
        self.clerk.generated().upsert_template().template_type(template_type.into()).slug(slug)
    }
}
