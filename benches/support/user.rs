//! The user both benchmarks serve and decode: Clerk's shape, one email
//! address with its verification, a little public metadata; and the
//! floor's five-field idea of it.

use serde::Deserialize;
use serde_json::{json, Value};

/// The floor's idea of a user: the fields an app typically reads.
#[derive(Deserialize)]
#[allow(dead_code)]
pub struct MiniUser {
    id: String,
    first_name: Option<String>,
    last_name: Option<String>,
    primary_email_address_id: Option<String>,
    created_at: i64,
}

/// User number `i`.
pub fn user(i: usize) -> Value {
    json!({
        "id": format!("user_{i:08}"), "object": "user", "username": format!("ada{i}"),
        "first_name": "Ada", "last_name": "Lovelace", "image_url": "https://img.clerk.com/x.png",
        "has_image": true, "primary_email_address_id": format!("idn_{i}"),
        "primary_phone_number_id": null, "primary_web3_wallet_id": null,
        "password_enabled": true, "two_factor_enabled": false, "totp_enabled": false,
        "backup_code_enabled": false,
        "email_addresses": [{
            "id": format!("idn_{i}"), "object": "email_address",
            "email_address": format!("ada{i}@example.com"), "reserved": false,
            "verification": {"object": "verification_otp", "status": "verified", "strategy": "email_code", "attempts": 1, "expire_at": 1716883200000i64},
            "linked_to": [], "created_at": 1716883200000i64, "updated_at": 1716883200000i64
        }],
        "phone_numbers": [], "web3_wallets": [], "passkeys": [], "external_accounts": [],
        "saml_accounts": [], "enterprise_accounts": [],
        "public_metadata": {"plan": "pro", "seats": 5}, "private_metadata": {}, "unsafe_metadata": {},
        "external_id": null, "last_sign_in_at": 1716883200000i64, "banned": false, "locked": false,
        "lockout_expires_in_seconds": null, "verification_attempts_remaining": 100,
        "created_at": 1716883200000i64, "updated_at": 1716883200000i64,
        "delete_self_enabled": true, "create_organization_enabled": true,
        "last_active_at": 1716883200000i64, "mfa_enabled_at": null, "mfa_disabled_at": null,
        "legal_accepted_at": null
    })
}
