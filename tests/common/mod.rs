//! Shared helpers for the tests: a client pointed at a mock server, the
//! headers every request must carry, and realistic Clerk objects.
#![allow(dead_code)]

pub mod fault;

use clerk_backend_api::{Clerk, RetryPolicy};
use httpmock::prelude::*;
use serde_json::{json, Value};

pub const KEY: &str = "sk_test_123";

/// A client for `server`, with retries off so every test counts requests exactly.
pub fn clerk(server: &MockServer) -> Clerk {
    Clerk::builder()
        .secret_key(KEY)
        .base_url(server.base_url())
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("client builds")
}

/// Requires the three headers every request carries.
pub fn with_clerk_headers(when: httpmock::When) -> httpmock::When {
    when.header("authorization", "Bearer sk_test_123")
        .header("clerk-api-version", "2026-05-12")
        .header_prefix("user-agent", "clerk-backend-api-rust/0.1.0")
        .header_missing("api-version")
}

pub fn invitation(id: &str, email: &str, status: &str) -> Value {
    json!({
        "object": "invitation",
        "id": id,
        "email_address": email,
        "public_metadata": {"plan": "pro"},
        "revoked": status == "revoked",
        "status": status,
        "url": "https://accounts.example.com/sign-up?__clerk_ticket=abc",
        "expires_at": 1_716_883_200_000i64,
        "created_at": 1_716_883_200_000i64,
        "updated_at": 1_716_883_200_000i64
    })
}

pub fn waitlist_entry(id: &str, email: &str, status: &str) -> Value {
    json!({
        "object": "waitlist_entry",
        "id": id,
        "email_address": email,
        "status": status,
        "is_locked": false,
        "created_at": 1_716_883_200_000i64,
        "updated_at": 1_716_883_200_000i64,
        "invitation": null
    })
}

pub fn allowlist_identifier(id: &str, identifier: &str) -> Value {
    json!({
        "object": "allowlist_identifier",
        "id": id,
        "identifier": identifier,
        "identifier_type": "email_address",
        "instance_id": "ins_123",
        "created_at": 1_716_883_200_000i64,
        "updated_at": 1_716_883_200_000i64
    })
}

pub fn email_address(id: &str, email: &str) -> Value {
    json!({
        "id": id,
        "object": "email_address",
        "email_address": email,
        "reserved": false,
        "verification": {
            "object": "verification_admin",
            "status": "verified",
            "strategy": "admin",
            "attempts": null,
            "expire_at": null
        },
        "linked_to": [{"type": "oauth_google", "id": "idn_456"}],
        "matches_sso_connection": false,
        "created_at": 1_716_883_200_000i64,
        "updated_at": 1_716_883_200_000i64
    })
}

pub fn deleted(id: &str, object: &str) -> Value {
    json!({"object": object, "id": id, "deleted": true})
}

pub fn clerk_error(code: &str, message: &str) -> Value {
    json!({
        "errors": [{
            "code": code,
            "message": message,
            "long_message": format!("{message} (long form)"),
            "meta": {"param_name": "email_address"}
        }],
        "clerk_trace_id": "trace_abc123"
    })
}

pub fn user(id: &str, email: &str) -> Value {
    json!({
        "id": id,
        "object": "user",
        "username": null,
        "first_name": "Ada",
        "last_name": "Lovelace",
        "has_image": false,
        "primary_email_address_id": "idn_1",
        "primary_phone_number_id": null,
        "primary_web3_wallet_id": null,
        "password_enabled": true,
        "two_factor_enabled": false,
        "totp_enabled": false,
        "backup_code_enabled": false,
        "email_addresses": [email_address("idn_1", email)],
        "phone_numbers": [],
        "web3_wallets": [],
        "passkeys": [],
        "external_accounts": [],
        "saml_accounts": [],
        "enterprise_accounts": [],
        "public_metadata": {},
        "private_metadata": {"tier": 2},
        "unsafe_metadata": {},
        "external_id": null,
        "last_sign_in_at": 1_716_883_200_000i64,
        "banned": false,
        "locked": false,
        "lockout_expires_in_seconds": null,
        "verification_attempts_remaining": 100,
        "created_at": 1_716_883_200_000i64,
        "updated_at": 1_716_883_200_000i64,
        "delete_self_enabled": true,
        "create_organization_enabled": true,
        "last_active_at": 1_716_883_200_000i64,
        "mfa_enabled_at": null,
        "mfa_disabled_at": null,
        "legal_accepted_at": null
    })
}
