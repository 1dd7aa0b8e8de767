//! `clerk.waitlist_entries()`: operations on waitlist entries.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on waitlist entries; get one with `clerk.waitlist_entries()` (cargo feature `waitlist_entries`).
#[derive(Clone, Copy)]
pub struct WaitlistEntries<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> WaitlistEntries<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/ListWaitlistEntries.md"))]
    pub fn list(&self) -> builder::ListWaitlistEntries<'a> {
        self.clerk.generated().list_waitlist_entries()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/CreateWaitlistEntry.md"))]
    pub fn create(&self) -> builder::CreateWaitlistEntry<'a> {
        self.clerk.generated().create_waitlist_entry()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/CreateBulkWaitlistEntries.md"))]
    pub fn bulk_create(&self) -> builder::CreateBulkWaitlistEntries<'a> {
        self.clerk.generated().create_bulk_waitlist_entries()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/DeleteWaitlistEntry.md"))]
    pub fn delete(&self, waitlist_entry_id: impl Into<String>) -> builder::DeleteWaitlistEntry<'a> {
        self.clerk.generated().delete_waitlist_entry().waitlist_entry_id(waitlist_entry_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/InviteWaitlistEntry.md"))]
    pub fn invite(&self, waitlist_entry_id: impl Into<String>) -> builder::InviteWaitlistEntry<'a> {
        self.clerk.generated().invite_waitlist_entry().waitlist_entry_id(waitlist_entry_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/RejectWaitlistEntry.md"))]
    pub fn reject(&self, waitlist_entry_id: impl Into<String>) -> builder::RejectWaitlistEntry<'a> {
        self.clerk.generated().reject_waitlist_entry().waitlist_entry_id(waitlist_entry_id)
    }
}
