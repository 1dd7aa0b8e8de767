//! The emulator's answer shapes, written from the response schemas of Clerk's
//! Backend API spec (2026-05-12): every required field present, nullable ones
//! `null` until set, lists empty and metadata `{}`. Times are Unix milliseconds.

use serde_json::{json, Value};

/// The image every object without an uploaded one points at.
const DEFAULT_IMAGE: &str = "https://img.clerk.com/emulator-default.png";

/// The instance every allow-list and block-list entry belongs to.
const INSTANCE_ID: &str = "ins_emulator";

/// One day in milliseconds.
const DAY_MS: i64 = 86_400_000;

/// One object with the fields of all `parts`.
fn merged(parts: Vec<Value>) -> Value {
    let mut object = serde_json::Map::new();
    for part in parts {
        if let Value::Object(fields) = part {
            object.extend(fields);
        }
    }
    Value::Object(object)
}

/// A user with no identifiers yet (in two parts: one `json!` of all its fields exceeds the macro recursion limit).
pub(crate) fn user(id: &str, now: i64) -> Value {
    let profile = json!({
        "object": "user",
        "id": id,
        "external_id": null,
        "primary_email_address_id": null,
        "primary_phone_number_id": null,
        "primary_web3_wallet_id": null,
        "username": null,
        "first_name": null,
        "last_name": null,
        "locale": null,
        "profile_image_url": DEFAULT_IMAGE,
        "image_url": DEFAULT_IMAGE,
        "has_image": false,
        "public_metadata": {},
        "private_metadata": {},
        "unsafe_metadata": {},
        "email_addresses": [],
        "phone_numbers": [],
        "web3_wallets": [],
        "passkeys": [],
        "external_accounts": [],
        "saml_accounts": [],
        "enterprise_accounts": [],
        "created_at": now,
        "updated_at": now,
    });
    let account = json!({
        "password_enabled": false,
        "password_last_updated_at": null,
        "two_factor_enabled": false,
        "totp_enabled": false,
        "backup_code_enabled": false,
        "mfa_enabled_at": null,
        "mfa_disabled_at": null,
        "last_sign_in_at": null,
        "banned": false,
        "locked": false,
        "deprovisioned": false,
        "lockout_expires_in_seconds": null,
        "verification_attempts_remaining": 100,
        "delete_self_enabled": true,
        "create_organization_enabled": true,
        "create_organizations_limit": null,
        "last_active_at": null,
        "legal_accepted_at": null,
        "bypass_client_trust": false,
    });
    merged(vec![profile, account])
}

/// The verification of an identifier added through the Backend API: an admin one, or `null` while unverified.
fn verification(verified: bool) -> Value {
    if verified {
        json!({
            "object": "verification_admin",
            "status": "verified",
            "strategy": "admin",
            "attempts": null,
            "expire_at": null,
        })
    } else {
        Value::Null
    }
}

/// An email address of a user.
pub(crate) fn email_address(id: &str, email: &str, verified: bool, now: i64) -> Value {
    json!({
        "object": "email_address",
        "id": id,
        "email_address": email,
        "reserved": false,
        "verification": verification(verified),
        "linked_to": [],
        "created_at": now,
        "updated_at": now,
    })
}

/// A phone number of a user.
pub(crate) fn phone_number(id: &str, phone: &str, verified: bool, now: i64) -> Value {
    json!({
        "object": "phone_number",
        "id": id,
        "phone_number": phone,
        "reserved_for_second_factor": false,
        "default_second_factor": false,
        "reserved": false,
        "verification": verification(verified),
        "linked_to": [],
        "backup_codes": null,
        "created_at": now,
        "updated_at": now,
    })
}

/// An organization (`created_by` is left out when no user created it: the schema does not let it be null).
pub(crate) fn organization(id: &str, name: &str, slug: &str, created_by: Option<&str>, now: i64) -> Value {
    let mut org = json!({
        "object": "organization",
        "id": id,
        "name": name,
        "slug": slug,
        "image_url": DEFAULT_IMAGE,
        "has_image": false,
        "max_allowed_memberships": 0,
        "admin_delete_enabled": true,
        "public_metadata": {},
        "private_metadata": {},
        "created_at": now,
        "updated_at": now,
    });
    if let Some(user_id) = created_by {
        org["created_by"] = json!(user_id);
    }
    org
}

/// The display name of a role key: `org:billing_manager` reads `Billing manager`.
fn role_name(role: &str) -> String {
    let words = role.strip_prefix("org:").unwrap_or(role).replace('_', " ");
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The user's primary email address, or `""` when it has none.
fn primary_email(user: &Value) -> &str {
    let Some(primary) = user.get("primary_email_address_id").and_then(Value::as_str) else {
        return "";
    };
    user.get("email_addresses")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .find(|e| e.get("id").and_then(Value::as_str) == Some(primary))
        .and_then(|e| e.get("email_address"))
        .and_then(Value::as_str)
        .unwrap_or("")
}

/// A boolean field of an object, `false` when absent.
fn flag(object: &Value, key: &str) -> bool {
    object.get(key).and_then(Value::as_bool).unwrap_or(false)
}

/// A user's membership in an organization: the organization as given, the user's public data built from its JSON.
pub(crate) fn membership(id: &str, organization: &Value, user: &Value, role: &str, now: i64) -> Value {
    let field = |key: &str| user.get(key).cloned().unwrap_or(Value::Null);
    let image = user.get("image_url").and_then(Value::as_str).unwrap_or(DEFAULT_IMAGE);
    json!({
        "object": "organization_membership",
        "id": id,
        "role": role,
        "role_name": role_name(role),
        "permissions": [],
        "public_metadata": {},
        "private_metadata": {},
        "organization": organization,
        "public_user_data": {
            "user_id": user.get("id").and_then(Value::as_str).unwrap_or(""),
            "first_name": field("first_name"),
            "last_name": field("last_name"),
            "profile_image_url": image,
            "image_url": image,
            "has_image": flag(user, "has_image"),
            "identifier": primary_email(user),
            "username": field("username"),
            "banned": flag(user, "banned"),
            "deprovisioned": flag(user, "deprovisioned"),
        },
        "created_at": now,
        "updated_at": now,
    })
}

/// An invitation to join an organization, sent by no user (so `public_inviter_data` is `null`); it expires in 30 days.
pub(crate) fn organization_invitation(
    id: &str,
    organization_id: &str,
    email: &str,
    role: &str,
    status: &str,
    now: i64,
) -> Value {
    json!({
        "object": "organization_invitation",
        "id": id,
        "email_address": email,
        "role": role,
        "role_name": role_name(role),
        "organization_id": organization_id,
        "inviter_id": null,
        "public_inviter_data": null,
        "status": status,
        "public_metadata": {},
        "private_metadata": {},
        "url": null,
        "expires_at": now.saturating_add(30 * DAY_MS),
        "created_at": now,
        "updated_at": now,
    })
}

/// An invitation to sign up (`url` is left out when absent: the schema does not let it be null).
pub(crate) fn invitation(
    id: &str,
    email: &str,
    status: &str,
    url: Option<&str>,
    expires_at: Option<i64>,
    now: i64,
) -> Value {
    let mut invite = json!({
        "object": "invitation",
        "id": id,
        "email_address": email,
        "public_metadata": {},
        "revoked": status == "revoked",
        "status": status,
        "expires_at": expires_at,
        "created_at": now,
        "updated_at": now,
    });
    if let Some(url) = url {
        invite["url"] = json!(url);
    }
    invite
}

/// A waitlist entry, not yet invited.
pub(crate) fn waitlist_entry(id: &str, email: &str, status: &str, now: i64) -> Value {
    json!({
        "object": "waitlist_entry",
        "id": id,
        "email_address": email,
        "status": status,
        "is_locked": false,
        "invitation": null,
        "created_at": now,
        "updated_at": now,
    })
}

/// The kind of an allow-list or block-list identifier, read from its form (email address when unsure).
fn identifier_type(identifier: &str) -> &'static str {
    if identifier.contains('@') {
        "email_address"
    } else if identifier.starts_with('+') {
        "phone_number"
    } else if identifier.starts_with("0x") {
        "web3_wallet"
    } else {
        "email_address"
    }
}

/// An allow-list or block-list entry, tagged `object`.
fn listed_identifier(object: &str, id: &str, identifier: &str, now: i64) -> Value {
    json!({
        "object": object,
        "id": id,
        "identifier": identifier,
        "identifier_type": identifier_type(identifier),
        "instance_id": INSTANCE_ID,
        "created_at": now,
        "updated_at": now,
    })
}

/// An allow-list entry.
pub(crate) fn allowlist_identifier(id: &str, identifier: &str, now: i64) -> Value {
    listed_identifier("allowlist_identifier", id, identifier, now)
}

/// A block-list entry.
pub(crate) fn blocklist_identifier(id: &str, identifier: &str, now: i64) -> Value {
    listed_identifier("blocklist_identifier", id, identifier, now)
}

/// A session of a user on a client, abandoned 30 days after it starts (or when it expires, if later).
pub(crate) fn session(id: &str, user_id: &str, client_id: &str, status: &str, expire_at: i64, now: i64) -> Value {
    json!({
        "object": "session",
        "id": id,
        "user_id": user_id,
        "client_id": client_id,
        "actor": null,
        "status": status,
        "last_active_organization_id": null,
        "last_active_at": now,
        "expire_at": expire_at,
        "abandon_at": expire_at.max(now.saturating_add(30 * DAY_MS)),
        "created_at": now,
        "updated_at": now,
    })
}

/// An API key; `secret` only in the answer that creates it (the other answers' schemas forbid it).
pub(crate) fn api_key(id: &str, subject: &str, name: &str, secret: Option<&str>, scopes: &[String], now: i64) -> Value {
    let mut key = json!({
        "object": "api_key",
        "id": id,
        "type": "api_key",
        "subject": subject,
        "name": name,
        "description": null,
        "claims": null,
        "scopes": scopes,
        "revoked": false,
        "revocation_reason": null,
        "expired": false,
        "expiration": null,
        "created_by": null,
        "last_used_at": null,
        "created_at": now,
        "updated_at": now,
    });
    if let Some(secret) = secret {
        key["secret"] = json!(secret);
    }
    key
}

/// A machine-to-machine token; `token` only in the answer that creates it (the other answers' schemas forbid it).
pub(crate) fn m2m_token(
    id: &str,
    subject: &str,
    token: Option<&str>,
    scopes: &[String],
    expiration: Option<i64>,
    now: i64,
) -> Value {
    let mut m2m = json!({
        "object": "machine_to_machine_token",
        "id": id,
        "subject": subject,
        "claims": null,
        "scopes": scopes,
        "revoked": false,
        "revocation_reason": null,
        "expired": false,
        "expiration": expiration,
        "last_used_at": null,
        "created_at": now,
        "updated_at": now,
    });
    if let Some(token) = token {
        m2m["token"] = json!(token);
    }
    m2m
}

/// What a deletion answers.
pub(crate) fn deleted(id: &str, object: &str) -> Value {
    json!({"object": object, "id": id, "deleted": true})
}

/// Clerk's error body: one error, naming the parameter at fault when there is one, and a trace id.
pub(crate) fn errors(code: &str, message: &str, long_message: &str, param: Option<&str>) -> Value {
    let mut error = json!({"code": code, "message": message, "long_message": long_message});
    if let Some(param) = param {
        error["meta"] = json!({"param_name": param});
    }
    let trace_id = format!("{:016x}{:016x}", fastrand::u64(..), fastrand::u64(..));
    json!({"errors": [error], "clerk_trace_id": trace_id})
}
