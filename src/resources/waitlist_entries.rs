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

    /// Lists waitlist entries, newest first; filter with `query` and `status`, sort with `order_by`, page with `limit` and `offset`.
    ///
    /// `GET /waitlist_entries` (operation `ListWaitlistEntries`).
    pub fn list(&self) -> builder::ListWaitlistEntries<'a> {
        self.clerk.generated().list_waitlist_entries()
    }

    /// Adds an email address to the waitlist; `notify` decides whether Clerk emails the person.
    ///
    /// `POST /waitlist_entries` (operation `CreateWaitlistEntry`).
    pub fn create(&self) -> builder::CreateWaitlistEntry<'a> {
        self.clerk.generated().create_waitlist_entry()
    }

    /// Adds many email addresses to the waitlist in one request.
    ///
    /// `POST /waitlist_entries/bulk` (operation `CreateBulkWaitlistEntries`).
    pub fn bulk_create(&self) -> builder::CreateBulkWaitlistEntries<'a> {
        self.clerk.generated().create_bulk_waitlist_entries()
    }

    /// Removes an entry from the waitlist.
    ///
    /// `DELETE /waitlist_entries/{waitlist_entry_id}` (operation `DeleteWaitlistEntry`).
    pub fn delete(&self, waitlist_entry_id: impl Into<String>) -> builder::DeleteWaitlistEntry<'a> {
        self.clerk.generated().delete_waitlist_entry().waitlist_entry_id(waitlist_entry_id)
    }

    /// Sends an invitation to the person behind a waitlist entry.
    ///
    /// `POST /waitlist_entries/{waitlist_entry_id}/invite` (operation `InviteWaitlistEntry`).
    pub fn invite(&self, waitlist_entry_id: impl Into<String>) -> builder::InviteWaitlistEntry<'a> {
        self.clerk.generated().invite_waitlist_entry().waitlist_entry_id(waitlist_entry_id)
    }

    /// Turns down a waitlist entry.
    ///
    /// `POST /waitlist_entries/{waitlist_entry_id}/reject` (operation `RejectWaitlistEntry`).
    pub fn reject(&self, waitlist_entry_id: impl Into<String>) -> builder::RejectWaitlistEntry<'a> {
        self.clerk.generated().reject_waitlist_entry().waitlist_entry_id(waitlist_entry_id)
    }
}
