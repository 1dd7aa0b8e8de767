//! Shared by the examples: an embedded mock of Clerk on loopback, and a few
//! realistic objects to answer with. Not part of the SDK.
#![allow(dead_code)]

use clerk_backend_api::types;
use serde_json::json;

pub const NOW: i64 = 1_716_883_200_000;

pub fn invitation(id: &str, email: &str, status: &str) -> types::Invitation {
    serde_json::from_value(json!({
        "object": "invitation", "id": id, "email_address": email, "public_metadata": {},
        "revoked": status == "revoked", "status": status,
        "url": "https://accounts.example.com/sign-up?__clerk_ticket=demo",
        "expires_at": NOW + 7 * 86_400_000, "created_at": NOW, "updated_at": NOW
    }))
    .expect("a valid invitation")
}

pub fn waitlist_entry(id: &str, email: &str, status: &str) -> types::WaitlistEntry {
    serde_json::from_value(json!({
        "object": "waitlist_entry", "id": id, "email_address": email, "status": status,
        "is_locked": false, "created_at": NOW, "updated_at": NOW, "invitation": null
    }))
    .expect("a valid waitlist entry")
}

pub fn allowlist_identifier(id: &str, identifier: &str) -> types::AllowlistIdentifier {
    serde_json::from_value(json!({
        "object": "allowlist_identifier", "id": id, "identifier": identifier,
        "identifier_type": "email_address", "instance_id": "ins_demo", "created_at": NOW, "updated_at": NOW
    }))
    .expect("a valid allow-list identifier")
}

pub fn email_address(id: &str, email: &str, verified: bool) -> types::EmailAddress {
    let verification = if verified {
        json!({"object": "verification_admin", "status": "verified", "strategy": "admin", "attempts": null, "expire_at": null})
    } else {
        json!(null)
    };
    serde_json::from_value(json!({
        "id": id, "object": "email_address", "email_address": email, "reserved": false,
        "verification": verification, "linked_to": [], "created_at": NOW, "updated_at": NOW
    }))
    .expect("a valid email address")
}

pub fn user(id: &str, email: &str) -> serde_json::Value {
    json!({
        "id": id, "object": "user", "username": null, "first_name": "Ada", "last_name": "Lovelace",
        "has_image": false, "primary_email_address_id": null, "primary_phone_number_id": null,
        "primary_web3_wallet_id": null, "password_enabled": false, "two_factor_enabled": false,
        "totp_enabled": false, "backup_code_enabled": false, "email_addresses": [],
        "phone_numbers": [], "web3_wallets": [], "passkeys": [], "external_accounts": [],
        "saml_accounts": [], "enterprise_accounts": [], "public_metadata": {"email": email},
        "external_id": null, "last_sign_in_at": null, "banned": false, "locked": false,
        "lockout_expires_in_seconds": null, "verification_attempts_remaining": null,
        "created_at": NOW, "updated_at": NOW, "delete_self_enabled": true,
        "create_organization_enabled": true, "last_active_at": null, "mfa_enabled_at": null,
        "mfa_disabled_at": null, "legal_accepted_at": null
    })
}

pub fn clerk_error(code: &str, message: &str, long_message: &str) -> types::ClerkErrors {
    serde_json::from_value(json!({
        "errors": [{"code": code, "message": message, "long_message": long_message, "meta": {"param_name": "email_address"}}],
        "clerk_trace_id": "trace_demo_0001"
    }))
    .expect("a valid error body")
}
