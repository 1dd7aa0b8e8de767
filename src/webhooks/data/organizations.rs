//! Payloads of organization events: organizations, memberships, invitations, domains, roles and permissions.

use super::*;

lenient_struct! {
    /// An organization (`organization.*` events, and inside memberships).
    pub struct Organization {
        /// Always `organization`.
        pub object: Option<String>,
        /// Organization id (`org_...`).
        pub id: Option<String>,
        /// Display name.
        pub name: Option<String>,
        /// URL-friendly unique name.
        pub slug: Option<String>,
        /// Logo URL.
        pub image_url: Option<String>,
        /// Whether a logo was uploaded.
        pub has_image: Option<bool>,
        /// Number of members.
        pub members_count: Option<i64>,
        /// Whether no member holds the elevated permissions an organization needs.
        pub missing_member_with_elevated_permissions: Option<bool>,
        /// Number of invitations not answered yet.
        pub pending_invitations_count: Option<i64>,
        /// Membership limit (0: no limit).
        pub max_allowed_memberships: Option<i64>,
        /// Whether admins may delete the organization.
        pub admin_delete_enabled: Option<bool>,
        /// Metadata readable from the frontend.
        pub public_metadata: Option<Metadata>,
        /// Metadata only the backend can read.
        pub private_metadata: Option<Metadata>,
        /// Id of the user who created it.
        pub created_by: Option<String>,
        /// Time of creation.
        pub created_at: Option<i64>,
        /// Time of the last change.
        pub updated_at: Option<i64>,
        /// Time of the last activity.
        pub last_active_at: Option<i64>,
        /// Key of the role set in use.
        pub role_set_key: Option<String>,
    }
}

lenient_struct! {
    /// The public part of an organization, as shown to invitees.
    pub struct PublicOrganizationData {
        /// Organization id.
        pub id: Option<String>,
        /// Display name.
        pub name: Option<String>,
        /// Slug.
        pub slug: Option<String>,
        /// Logo URL.
        pub image_url: Option<String>,
        /// Whether a logo was uploaded.
        pub has_image: Option<bool>,
    }
}

lenient_struct! {
    /// A verified or pending domain of an organization (`organizationDomain.*` events).
    pub struct OrganizationDomain {
        /// Always `organization_domain`.
        pub object: Option<String>,
        /// Domain id.
        pub id: Option<String>,
        /// Id of the organization.
        pub organization_id: Option<String>,
        /// The domain name, e.g. `example.com`.
        pub name: Option<String>,
        /// e.g. `manual_invitation`, `automatic_invitation`, `automatic_suggestion`, `enterprise_sso`.
        pub enrollment_mode: Option<String>,
        /// Address used to prove affiliation with the domain.
        pub affiliation_email_address: Option<String>,
        /// State of the affiliation check.
        pub affiliation_verification: Option<DomainVerification>,
        /// State of the DNS ownership check.
        pub ownership_verification: Option<DomainVerification>,
        /// Older name of `affiliation_verification`.
        pub verification: Option<DomainVerification>,
        /// Invitations waiting because of this domain.
        pub total_pending_invitations: Option<i64>,
        /// Suggestions waiting because of this domain.
        pub total_pending_suggestions: Option<i64>,
        /// The organization's public data.
        pub public_organization_data: Option<PublicOrganizationData>,
        /// Time of creation.
        pub created_at: Option<i64>,
        /// Time of the last change.
        pub updated_at: Option<i64>,
    }
}

lenient_struct! {
    /// A check of an organization domain.
    pub struct DomainVerification {
        /// e.g. `unverified`, `verified`, `failed`, `expired`.
        pub status: Option<String>,
        /// How the domain is checked.
        pub strategy: Option<String>,
        /// Attempts made so far.
        pub attempts: Option<i64>,
        /// When the pending check lapses.
        pub expire_at: Option<i64>,
        /// When ownership was proven.
        pub verified_at: Option<i64>,
    }
}

lenient_struct! {
    /// Public profile data of a user, as shown to other members.
    pub struct PublicUserData {
        /// User id.
        pub user_id: Option<String>,
        /// Given name.
        pub first_name: Option<String>,
        /// Family name.
        pub last_name: Option<String>,
        /// Older name of `image_url`.
        pub profile_image_url: Option<String>,
        /// Avatar URL.
        pub image_url: Option<String>,
        /// Whether an avatar was uploaded.
        pub has_image: Option<bool>,
        /// The user's main identifier, e.g. an email address.
        pub identifier: Option<String>,
        /// Username.
        pub username: Option<String>,
        /// Whether the user is banned.
        pub banned: Option<bool>,
        /// Whether the user was deprovisioned.
        pub deprovisioned: Option<bool>,
    }
}

lenient_struct! {
    /// An invitation to join an organization (`organizationInvitation.*` events).
    pub struct OrganizationInvitation {
        /// Always `organization_invitation`.
        pub object: Option<String>,
        /// Invitation id (`orginv_...`).
        pub id: Option<String>,
        /// Invited address.
        pub email_address: Option<String>,
        /// Role key given on acceptance, e.g. `org:member`.
        pub role: Option<String>,
        /// Display name of that role.
        pub role_name: Option<String>,
        /// Id of the organization.
        pub organization_id: Option<String>,
        /// Id of the user who sent the invitation.
        pub inviter_id: Option<String>,
        /// Public data of the user who sent the invitation.
        pub public_inviter_data: Option<PublicUserData>,
        /// e.g. `pending`, `accepted`, `revoked`, `expired`.
        pub status: Option<String>,
        /// Metadata readable from the frontend.
        pub public_metadata: Option<Metadata>,
        /// Metadata only the backend can read.
        pub private_metadata: Option<Metadata>,
        /// Link the invitee follows.
        pub url: Option<String>,
        /// Id of the user who accepted it (`organizationInvitation.accepted`).
        pub user_id: Option<String>,
        /// The organization's public data, when sent at the top level.
        pub public_organization_data: Option<PublicOrganizationData>,
        /// Extra data; holds `public_organization_data` in some payloads.
        pub data: Option<OrganizationInvitationExtra>,
        /// When the invitation lapses.
        pub expires_at: Option<i64>,
        /// Time of creation.
        pub created_at: Option<i64>,
        /// Time of the last change.
        pub updated_at: Option<i64>,
    }
}

impl OrganizationInvitation {
    /// The organization's public data, wherever the payload put it.
    pub fn organization_data(&self) -> Option<&PublicOrganizationData> {
        self.public_organization_data.as_ref().or_else(|| self.data.as_ref()?.public_organization_data.as_ref())
    }
}

lenient_struct! {
    /// The nested `data` member of organization invitation payloads.
    pub struct OrganizationInvitationExtra {
        /// The organization's public data.
        pub public_organization_data: Option<PublicOrganizationData>,
    }
}

lenient_struct! {
    /// Membership of a user in an organization (`organizationMembership.*` events).
    pub struct OrganizationMembership {
        /// Always `organization_membership`.
        pub object: Option<String>,
        /// Membership id (`orgmem_...`).
        pub id: Option<String>,
        /// Role key, e.g. `org:admin`.
        pub role: Option<String>,
        /// Display name of the role.
        pub role_name: Option<String>,
        /// Permission keys the role grants.
        pub permissions: Vec<String>,
        /// Metadata readable from the frontend.
        pub public_metadata: Option<Metadata>,
        /// Metadata only the backend can read.
        pub private_metadata: Option<Metadata>,
        /// The organization.
        pub organization: Option<Organization>,
        /// Public data of the member.
        pub public_user_data: Option<PublicUserData>,
        /// Time of creation.
        pub created_at: Option<i64>,
        /// Time of the last change.
        pub updated_at: Option<i64>,
    }
}

// Roles and permissions, which organization members hold.

lenient_struct! {
    /// A permission (`permission.*` events, and inside roles).
    pub struct Permission {
        /// Always `permission`.
        pub object: Option<String>,
        /// Permission id (`perm_...`).
        pub id: Option<String>,
        /// Display name.
        pub name: Option<String>,
        /// Key, e.g. `org:invoices:read`.
        pub key: Option<String>,
        /// Free text about the permission.
        pub description: Option<String>,
        /// `system` or `custom`.
        #[serde(rename = "type")]
        pub kind: Option<String>,
        /// Time of creation.
        pub created_at: Option<i64>,
        /// Time of the last change.
        pub updated_at: Option<i64>,
    }
}

lenient_struct! {
    /// An organization role (`role.*` events).
    pub struct Role {
        /// Always `role`.
        pub object: Option<String>,
        /// Role id (`role_...`).
        pub id: Option<String>,
        /// Display name.
        pub name: Option<String>,
        /// Key, e.g. `org:admin`.
        pub key: Option<String>,
        /// Free text about the role.
        pub description: Option<String>,
        /// Whether an organization's creator may get this role.
        pub is_creator_eligible: Option<bool>,
        /// Permissions the role grants.
        pub permissions: Vec<Permission>,
        /// Time of creation.
        pub created_at: Option<i64>,
        /// Time of the last change.
        pub updated_at: Option<i64>,
    }
}
