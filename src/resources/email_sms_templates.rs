//! `clerk.email_sms_templates()`: operations on email sms templates.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on email sms templates; get one with `clerk.email_sms_templates()` (cargo feature `email_sms_templates`).
///
/// The email and SMS templates come in three namespaces, as Clerk's spec groups their operations, and all three work on the same templates (named by `template_type`, `email` or `sms`, and `slug`): this one lists, reads and reverts them and switches their delivery; `clerk.email_and_sms_templates()` creates or replaces one (`upsert`); `clerk.templates()` renders a preview. Use the one that has the method you need.
#[derive(Clone, Copy)]
pub struct EmailSmsTemplates<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> EmailSmsTemplates<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetTemplateList.md"))]
    pub fn list(&self, template_type: impl Into<String>) -> builder::GetTemplateList<'a> {
        self.clerk.generated().get_template_list().template_type(template_type.into())
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetTemplate.md"))]
    pub fn get(&self, template_type: impl Into<String>, slug: impl Into<String>) -> builder::GetTemplate<'a> {
        self.clerk.generated().get_template().template_type(template_type.into()).slug(slug)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/RevertTemplate.md"))]
    pub fn revert(&self, template_type: impl Into<String>, slug: impl Into<String>) -> builder::RevertTemplate<'a> {
        self.clerk.generated().revert_template().template_type(template_type.into()).slug(slug)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/ToggleTemplateDelivery.md"))]
    pub fn toggle_template_delivery(
        &self,
        template_type: impl Into<String>,
        slug: impl Into<String>,
    ) -> builder::ToggleTemplateDelivery<'a> {
        self.clerk.generated().toggle_template_delivery().template_type(template_type.into()).slug(slug)
    }
}
