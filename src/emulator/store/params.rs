//! Every parameter of every emulated operation, sorted into what the
//! emulator honours and what it does not: a parameter it does not honour is
//! answered `501 not_emulated` naming it (`meta.param_name`), never dropped.
//! A body parameter the operation does not have at all is answered as Clerk
//! answers it, 422 `form_param_unknown`. Query parameters the operation
//! does not have are ignored, as Clerk ignores them.
//!
//! Some parameters are honoured for one value and not another (`notify:
//! true` on an allow-list identifier would send an invitation): their
//! handlers answer the 501 themselves through [`not_emulated`].

use super::{fail, Answer, Req};
use axum::http::StatusCode;
use serde_json::Value;

/// An operation's parameters.
pub(crate) struct Params {
    /// The operation id, as the spec names it.
    pub(crate) operation: &'static str,
    /// Query parameters the emulator honours.
    pub(crate) query: &'static [&'static str],
    /// Body parameters the emulator honours.
    pub(crate) body: &'static [&'static str],
    /// Parameters (query or body) answered 501, each with why.
    pub(crate) not_emulated: &'static [(&'static str, &'static str)],
}

/// The filters of user lists and counts, all honoured.
const USER_FILTERS: [&str; 20] = [
    "email_address",
    "phone_number",
    "external_id",
    "username",
    "web3_wallet",
    "user_id",
    "organization_id",
    "query",
    "email_address_query",
    "phone_number_query",
    "username_query",
    "name_query",
    "banned",
    "last_active_at_before",
    "last_active_at_after",
    "last_active_at_since",
    "created_at_before",
    "created_at_after",
    "last_sign_in_at_before",
    "last_sign_in_at_after",
];

/// The user filters, and paging and order.
const USER_LIST: [&str; 24] = {
    let paging = ["limit", "offset", "starting_after", "order_by"];
    let mut all = [""; 24];
    let mut i = 0;
    while i < USER_FILTERS.len() {
        all[i] = USER_FILTERS[i];
        i += 1;
    }
    let mut j = 0;
    while j < paging.len() {
        all[i + j] = paging[j];
        j += 1;
    }
    all
};

// Why each parameter below is not emulated.
const NO_EXTERNAL_ACCOUNTS: &str = "users have no external (OAuth) accounts in the emulator";
const NO_WEB3: &str = "users have no web3 wallets in the emulator";
const NO_MFA: &str = "the emulator has no multi-factor authentication";
/// Why a notification email is not emulated.
pub(crate) const NO_EMAILS: &str = "the emulator sends no notification emails of this kind";
const NO_IMAGES: &str = "the emulator stores no images";
const NO_ROLE_SETS: &str = "the emulator has no role sets";
const NO_RESERVED: &str = "identifiers are created verified; `reserved` is not emulated";
const NO_ELEVATED: &str = "the emulator has no custom permissions";
const NO_ACTING_USER: &str = "the emulator does not check who acts on an organization's behalf";

/// Body parameters of `UpdateUser` in every version (metadata too before
/// 2026-05-12: see `body_allowed`).
const UPDATE_USER: [&str; 20] = [
    "notify_primary_email_address_changed",
    "create_organizations_limit",
    "created_at",
    "bypass_client_trust",
    "external_id",
    "first_name",
    "last_name",
    "locale",
    "primary_email_address_id",
    "primary_phone_number_id",
    "username",
    "password",
    "password_digest",
    "password_hasher",
    "skip_password_checks",
    "sign_out_of_other_sessions",
    "delete_self_enabled",
    "create_organization_enabled",
    "legal_accepted_at",
    "skip_legal_checks",
];

/// The table: every emulated operation of the spec with parameters.
pub(crate) const PARAMS: &[Params] = &[
    Params {
        operation: "GetUserList",
        query: &USER_LIST,
        body: &[],
        not_emulated: &[("provider", NO_EXTERNAL_ACCOUNTS), ("provider_user_id", NO_EXTERNAL_ACCOUNTS)],
    },
    Params {
        operation: "GetUsersCount",
        query: &USER_FILTERS,
        body: &[],
        not_emulated: &[("provider", NO_EXTERNAL_ACCOUNTS), ("provider_user_id", NO_EXTERNAL_ACCOUNTS)],
    },
    Params {
        operation: "CreateUser",
        query: &[],
        body: &[
            "external_id",
            "first_name",
            "last_name",
            "locale",
            "email_address",
            "phone_number",
            "username",
            "password",
            "password_digest",
            "password_hasher",
            "skip_password_checks",
            "skip_password_requirement",
            "public_metadata",
            "private_metadata",
            "unsafe_metadata",
            "delete_self_enabled",
            "legal_accepted_at",
            "skip_legal_checks",
            "skip_user_requirement",
            "create_organization_enabled",
            "create_organizations_limit",
            "created_at",
            "bypass_client_trust",
            "banned",
            "locked",
        ],
        not_emulated: &[
            ("email_address_identification_status", NO_RESERVED),
            ("phone_number_identification_status", NO_RESERVED),
            ("web3_wallet", NO_WEB3),
            ("totp_secret", NO_MFA),
            ("backup_codes", NO_MFA),
        ],
    },
    Params {
        operation: "UpdateUser",
        query: &[],
        body: &UPDATE_USER,
        not_emulated: &[
            ("primary_web3_wallet_id", NO_WEB3),
            ("profile_image_id", NO_IMAGES),
            ("totp_secret", NO_MFA),
            ("backup_codes", NO_MFA),
        ],
    },
    Params {
        operation: "UpdateUserMetadata",
        query: &[],
        body: &["public_metadata", "private_metadata", "unsafe_metadata"],
        not_emulated: &[],
    },
    Params {
        operation: "ReplaceUserMetadata",
        query: &[],
        body: &["public_metadata", "private_metadata", "unsafe_metadata"],
        not_emulated: &[],
    },
    Params {
        operation: "CreateEmailAddress",
        query: &[],
        body: &["user_id", "email_address", "verified", "primary", "notify_primary_email_address_changed"],
        not_emulated: &[],
    },
    Params {
        operation: "UpdateEmailAddress",
        query: &[],
        body: &["verified", "primary", "notify_primary_email_address_changed"],
        not_emulated: &[],
    },
    Params {
        operation: "CreatePhoneNumber",
        query: &[],
        body: &["user_id", "phone_number", "verified", "primary", "reserved_for_second_factor"],
        not_emulated: &[],
    },
    Params {
        operation: "UpdatePhoneNumber",
        query: &[],
        body: &["verified", "primary", "reserved_for_second_factor"],
        not_emulated: &[],
    },
    Params {
        operation: "ListOrganizations",
        query: &["include_members_count", "query", "user_id", "organization_id", "order_by", "limit", "offset"],
        body: &[],
        not_emulated: &[("include_missing_member_with_elevated_permissions", NO_ELEVATED)],
    },
    Params {
        operation: "CreateOrganization",
        query: &[],
        body: &[
            "name",
            "created_by",
            "private_metadata",
            "public_metadata",
            "slug",
            "max_allowed_memberships",
            "created_at",
        ],
        not_emulated: &[("role_set_key", NO_ROLE_SETS)],
    },
    Params {
        operation: "GetOrganization",
        query: &["include_members_count"],
        body: &[],
        not_emulated: &[("include_missing_member_with_elevated_permissions", NO_ELEVATED)],
    },
    Params {
        operation: "UpdateOrganization",
        query: &[],
        // Metadata too before 2026-05-12: see `body_allowed`.
        body: &["name", "slug", "max_allowed_memberships", "admin_delete_enabled", "created_at"],
        not_emulated: &[("role_set_key", NO_ROLE_SETS)],
    },
    Params {
        operation: "MergeOrganizationMetadata",
        query: &[],
        body: &["public_metadata", "private_metadata"],
        not_emulated: &[],
    },
    Params {
        operation: "ReplaceOrganizationMetadata",
        query: &[],
        body: &["public_metadata", "private_metadata"],
        not_emulated: &[],
    },
    Params {
        operation: "ListOrganizationMemberships",
        query: &[
            "order_by",
            "user_id",
            "email_address",
            "phone_number",
            "username",
            "web3_wallet",
            "role",
            "query",
            "email_address_query",
            "phone_number_query",
            "username_query",
            "name_query",
            "last_active_at_before",
            "last_active_at_after",
            "created_at_before",
            "created_at_after",
            "limit",
            "offset",
        ],
        body: &[],
        not_emulated: &[],
    },
    Params {
        operation: "CreateOrganizationMembership",
        query: &[],
        body: &["user_id", "role", "public_metadata", "private_metadata"],
        not_emulated: &[],
    },
    Params { operation: "UpdateOrganizationMembership", query: &[], body: &["role"], not_emulated: &[] },
    Params {
        operation: "UpdateOrganizationMembershipMetadata",
        query: &[],
        body: &["public_metadata", "private_metadata"],
        not_emulated: &[],
    },
    Params {
        operation: "ListOrganizationInvitations",
        query: &["status", "email_address", "order_by", "limit", "offset"],
        body: &[],
        not_emulated: &[],
    },
    Params {
        operation: "ListPendingOrganizationInvitations",
        query: &["limit", "offset"],
        body: &[],
        not_emulated: &[],
    },
    Params {
        operation: "CreateOrganizationInvitation",
        query: &[],
        body: &["email_address", "role", "public_metadata", "private_metadata", "expires_in_days", "notify"],
        not_emulated: &[
            ("inviter_user_id", NO_ACTING_USER),
            ("redirect_url", "organization invitations carry no URL in the emulator"),
        ],
    },
    Params {
        operation: "RevokeOrganizationInvitation",
        query: &[],
        body: &[],
        not_emulated: &[("requesting_user_id", NO_ACTING_USER)],
    },
    Params {
        operation: "ListInvitations",
        query: &["status", "query", "order_by", "paginated", "limit", "offset"],
        body: &[],
        not_emulated: &[],
    },
    Params {
        operation: "CreateInvitation",
        query: &[],
        body: &[
            "email_address",
            "public_metadata",
            "redirect_url",
            "notify",
            "ignore_existing",
            "expires_in_days",
            "template_slug",
        ],
        not_emulated: &[],
    },
    Params {
        operation: "CreateBulkInvitations",
        query: &[],
        body: &[
            "email_address",
            "public_metadata",
            "redirect_url",
            "notify",
            "ignore_existing",
            "expires_in_days",
            "template_slug",
        ],
        not_emulated: &[],
    },
    Params {
        operation: "ListWaitlistEntries",
        query: &["limit", "offset", "query", "status", "order_by"],
        body: &[],
        not_emulated: &[],
    },
    Params { operation: "CreateWaitlistEntry", query: &[], body: &["email_address", "notify"], not_emulated: &[] },
    Params {
        operation: "CreateBulkWaitlistEntries",
        query: &[],
        body: &["email_address", "notify"],
        not_emulated: &[],
    },
    Params { operation: "InviteWaitlistEntry", query: &[], body: &["ignore_existing"], not_emulated: &[] },
    Params {
        operation: "ListAllowlistIdentifiers",
        query: &["paginated", "limit", "offset"],
        body: &[],
        not_emulated: &[],
    },
    // `notify: true` is answered 501 by the handler (it would send an invitation).
    Params { operation: "CreateAllowlistIdentifier", query: &[], body: &["identifier", "notify"], not_emulated: &[] },
    Params { operation: "CreateBlocklistIdentifier", query: &[], body: &["identifier"], not_emulated: &[] },
    Params {
        operation: "GetSessionList",
        query: &["client_id", "user_id", "status", "paginated", "limit", "offset"],
        body: &[],
        not_emulated: &[],
    },
    Params { operation: "createSession", query: &[], body: &["user_id", "active_organization_id"], not_emulated: &[] },
    Params { operation: "CreateSessionToken", query: &[], body: &["expires_in_seconds"], not_emulated: &[] },
    // `request_headers` and `request_originating_ip` feed Clerk's device
    // tracking, which the emulator does not have; they change no answer.
    Params {
        operation: "RefreshSession",
        query: &["suffixed_cookies"],
        body: &[
            "expired_token",
            "refresh_token",
            "request_origin",
            "request_headers",
            "format",
            "request_originating_ip",
        ],
        not_emulated: &[],
    },
    Params {
        operation: "getApiKeys",
        query: &["type", "subject", "include_invalid", "limit", "offset", "query"],
        body: &[],
        not_emulated: &[],
    },
    Params {
        operation: "createApiKey",
        query: &[],
        body: &["type", "name", "description", "subject", "claims", "scopes", "created_by", "seconds_until_expiration"],
        not_emulated: &[],
    },
    Params { operation: "verifyApiKey", query: &[], body: &["secret"], not_emulated: &[] },
    Params { operation: "revokeApiKey", query: &[], body: &["revocation_reason"], not_emulated: &[] },
    Params {
        operation: "getM2MTokens",
        query: &["subject", "revoked", "expired", "limit", "offset"],
        body: &[],
        not_emulated: &[],
    },
    // `token_format: "jwt"` is answered 501 by the handler.
    Params {
        operation: "createM2MToken",
        query: &[],
        body: &["token_format", "seconds_until_expiration", "claims", "min_remaining_ttl_seconds"],
        not_emulated: &[],
    },
    Params { operation: "verifyM2MToken", query: &[], body: &["token"], not_emulated: &[] },
    Params { operation: "revokeM2MToken", query: &[], body: &["revocation_reason"], not_emulated: &[] },
];

/// Body parameters an operation takes beyond its table entry, by API
/// version: `UpdateUser` and `UpdateOrganization` took metadata (replacing
/// it) before 2026-05-12.
fn body_allowed(params: &Params, name: &str, version: &str) -> bool {
    let old = version < super::super::settings::NEWEST_API_VERSION;
    params.body.contains(&name)
        || match params.operation {
            "UpdateUser" => old && ["public_metadata", "private_metadata", "unsafe_metadata"].contains(&name),
            "UpdateOrganization" => old && ["public_metadata", "private_metadata"].contains(&name),
            _ => false,
        }
}

/// 501 when the boolean body parameter `name` is `true` (its `false`, the
/// default, is what the emulator does).
pub(crate) fn refuse_true(req: &Req, name: &str, why: &str) -> Result<(), Answer> {
    match req.body.get(name).and_then(Value::as_bool) {
        Some(true) => Err(not_emulated(name, why)),
        _ => Ok(()),
    }
}

/// `501 not_emulated` naming a parameter.
pub(crate) fn not_emulated(param: &str, why: &str) -> Answer {
    fail(
        StatusCode::NOT_IMPLEMENTED,
        "not_emulated",
        &format!("{param} is not emulated"),
        &format!("The Clerk emulator does not honour `{param}`: {why}."),
        Some(param),
    )
}

/// 422 `form_param_unknown`, as Clerk answers a body parameter an
/// operation does not take.
fn unknown(param: &str) -> Answer {
    fail(
        StatusCode::UNPROCESSABLE_ENTITY,
        "form_param_unknown",
        "is unknown",
        &format!("{param} is not a valid parameter for this request."),
        Some(param),
    )
}

/// Checks a request's parameters against its operation's entry: the first
/// not-emulated parameter present (and not `null`) is answered 501, the
/// first body parameter the operation does not take 422. Operations with no
/// entry are not checked.
pub(crate) fn check(operation: &str, req: &Req, version: &str) -> Result<(), Answer> {
    let Some(params) = PARAMS.iter().find(|p| p.operation == operation) else { return Ok(()) };
    let lookup = |name: &str| params.not_emulated.iter().find(|(n, _)| *n == name).map(|(_, why)| *why);
    for (key, _) in &req.query {
        let name = key.strip_suffix("[]").unwrap_or(key);
        if params.query.contains(&name) {
            continue;
        }
        if let Some(why) = lookup(name) {
            return Err(not_emulated(name, why));
        }
    }
    let objects: Vec<&serde_json::Map<String, Value>> = match req.body.get("items").and_then(Value::as_array) {
        Some(items) if operation.starts_with("CreateBulk") => items.iter().filter_map(Value::as_object).collect(),
        _ => vec![&req.body],
    };
    for object in objects {
        for (name, value) in object {
            if let Some(why) = lookup(name) {
                if value.is_null() {
                    continue;
                }
                return Err(not_emulated(name, why));
            }
            if !body_allowed(params, name, version) {
                return Err(unknown(name));
            }
        }
    }
    Ok(())
}
