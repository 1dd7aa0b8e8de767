//! Statuses and codes as Clerk's Backend API error reference gives them
//! (clerk.com/docs/guides/development/errors/backend-api), through the SDK.

use super::{api_error, user};
use clerk_backend_api::emulator::Emulator;
use clerk_backend_api::Error;

/// The error's `meta` as JSON (null when absent).
fn meta(e: &Error) -> serde_json::Value {
    match e {
        Error::Api(api) => api.errors.first().and_then(|e| e.meta.clone()).unwrap_or_default(),
        other => panic!("expected an API error, got {other}"),
    }
}

#[tokio::test]
async fn duplicates_are_400_duplicate_record() {
    let emulator = Emulator::start().await.expect("emulator starts");
    let clerk = emulator.client();
    clerk.invitations().create().body_map(|b| b.email_address("ada@example.com")).send().await.expect("invite");
    let err =
        clerk.invitations().create().body_map(|b| b.email_address("ada@example.com")).send().await.expect_err("dup");
    assert_eq!(meta(&err)["email_addresses"], serde_json::json!(["ada@example.com"]));
    assert_eq!(api_error(err), (400, "duplicate_record".to_string()));
    // `ignore_existing` sends another.
    clerk
        .invitations()
        .create()
        .body_map(|b| b.email_address("ada@example.com").ignore_existing(true))
        .send()
        .await
        .expect("ignore_existing");

    clerk.allowlist_identifiers().create().body_map(|b| b.identifier("ok@example.com")).send().await.expect("allow");
    let err = clerk.allowlist_identifiers().create().body_map(|b| b.identifier("ok@example.com")).send().await;
    assert_eq!(api_error(err.expect_err("dup")), (400, "duplicate_record".to_string()));
    clerk.blocklist_identifiers().create().body_map(|b| b.identifier("no@example.com")).send().await.expect("block");
    let err = clerk.blocklist_identifiers().create().body_map(|b| b.identifier("no@example.com")).send().await;
    assert_eq!(api_error(err.expect_err("dup")), (400, "duplicate_record".to_string()));
}

#[tokio::test]
async fn revoking_twice_is_400_invitation_already_revoked() {
    let emulator = Emulator::start().await.expect("emulator starts");
    let clerk = emulator.client();
    let inv =
        clerk.invitations().create().body_map(|b| b.email_address("ada@example.com")).send().await.expect("invite");
    clerk.invitations().revoke(&inv.id).send().await.expect("revoke");
    let err = clerk.invitations().revoke(&inv.id).send().await.expect_err("again");
    assert_eq!(api_error(err), (400, "invitation_already_revoked".to_string()));

    let org = clerk.organizations().create().body_map(|b| b.name("Acme")).send().await.expect("org");
    let inv = clerk
        .organization_invitations()
        .create(&org.id)
        .body_map(|b| b.email_address("grace@example.com").role("org:member"))
        .send()
        .await
        .expect("org invite");
    clerk.organization_invitations().revoke(&org.id, &inv.id).send().await.expect("revoke");
    let err = clerk.organization_invitations().revoke(&org.id, &inv.id).send().await.expect_err("again");
    assert_eq!(api_error(err), (400, "invitation_already_revoked".to_string()));
}

#[tokio::test]
async fn organization_rules_answer_with_clerks_codes() {
    let emulator = Emulator::start().await.expect("emulator starts");
    let clerk = emulator.client();
    let ada = user(&clerk, "ada@example.com").await;
    let grace = user(&clerk, "grace@example.com").await;

    let err = clerk.organizations().create().body_map(|b| b.name("Ghost").created_by("user_nobody")).send().await;
    assert_eq!(api_error(err.expect_err("creator")), (400, "organization_creator_not_found".to_string()));

    let org = clerk
        .organizations()
        .create()
        .body_map(|b| b.name("Acme").created_by(ada.id.clone()))
        .send()
        .await
        .expect("org");
    let err = clerk
        .organization_memberships()
        .create(&org.id)
        .body_map(|b| b.user_id(ada.id.clone()).role("org:member"))
        .send()
        .await
        .expect_err("already a member");
    assert_eq!(api_error(err), (400, "already_a_member_in_organization".to_string()));

    // A role the instance does not define (Clerk's reference: 404 naming the parameter).
    let err = clerk
        .organization_memberships()
        .create(&org.id)
        .body_map(|b| b.user_id(grace.id.clone()).role("org:owner"))
        .send()
        .await
        .expect_err("role");
    assert_eq!(meta(&err)["param_name"], "role");
    assert_eq!(api_error(err), (404, "resource_not_found".to_string()));

    let invite = |email: &'static str| {
        clerk.organization_invitations().create(&org.id).body_map(move |b| b.email_address(email).role("org:member"))
    };
    invite("x@example.com").send().await.expect("invite");
    let err = invite("x@example.com").send().await.expect_err("dup");
    assert_eq!(api_error(err), (400, "organization_invitation_not_unique".to_string()));

    // The last admin can be neither removed nor demoted.
    let err = clerk.organization_memberships().delete(&org.id, &ada.id).send().await.expect_err("last admin");
    assert_eq!(api_error(err), (400, "organization_minimum_permissions_needed".to_string()));
    let err = clerk
        .organization_memberships()
        .update(&org.id, &ada.id)
        .body_map(|b| b.role("org:member"))
        .send()
        .await
        .expect_err("demote");
    assert_eq!(api_error(err), (400, "organization_minimum_permissions_needed".to_string()));
    clerk
        .organization_memberships()
        .create(&org.id)
        .body_map(|b| b.user_id(grace.id.clone()).role("org:admin"))
        .send()
        .await
        .expect("second admin");
    clerk.organization_memberships().delete(&org.id, &ada.id).send().await.expect("no longer the last admin");
}

#[tokio::test]
async fn the_membership_limit_counts_pending_invitations() {
    let emulator = Emulator::start().await.expect("emulator starts");
    let clerk = emulator.client();
    let ada = user(&clerk, "ada@example.com").await;
    let org = clerk
        .organizations()
        .create()
        .body_map(|b| b.name("Acme").created_by(ada.id.clone()))
        .send()
        .await
        .expect("org");
    assert_eq!(org.max_allowed_memberships, 5, "Clerk's default for a new instance");
    for i in 0..3 {
        let u = user(&clerk, &format!("m{i}@example.com")).await;
        clerk
            .organization_memberships()
            .create(&org.id)
            .body_map(|b| b.user_id(u.id.clone()).role("org:member"))
            .send()
            .await
            .expect("member");
    }
    clerk
        .organization_invitations()
        .create(&org.id)
        .body_map(|b| b.email_address("pending@example.com").role("org:member"))
        .send()
        .await
        .expect("fifth seat, by invitation");
    let sixth = user(&clerk, "sixth@example.com").await;
    let err = clerk
        .organization_memberships()
        .create(&org.id)
        .body_map(|b| b.user_id(sixth.id.clone()).role("org:member"))
        .send()
        .await
        .expect_err("full");
    assert_eq!(api_error(err), (403, "organization_membership_quota_exceeded".to_string()));
    let err = clerk
        .organization_invitations()
        .create(&org.id)
        .body_map(|b| b.email_address("more@example.com").role("org:member"))
        .send()
        .await
        .expect_err("full");
    assert_eq!(api_error(err), (403, "organization_membership_quota_exceeded".to_string()));
    // 0 lifts the limit.
    clerk.organizations().update(&org.id).body_map(|b| b.max_allowed_memberships(0)).send().await.expect("unlimited");
    clerk
        .organization_memberships()
        .create(&org.id)
        .body_map(|b| b.user_id(sixth.id.clone()).role("org:member"))
        .send()
        .await
        .expect("room again");
}

#[tokio::test]
async fn users_are_checked_as_clerk_checks_them() {
    let emulator = Emulator::start().await.expect("emulator starts");
    let clerk = emulator.client();
    let err = clerk.users().create().body_map(|b| b.first_name("Nobody")).send().await.expect_err("no identifier");
    assert_eq!(api_error(err), (422, "form_data_missing".to_string()));

    let with_username = |name: &'static str| clerk.users().create().body_map(move |b| b.username(name));
    let err = with_username("abc").send().await.expect_err("3 characters");
    assert_eq!(api_error(err), (422, "form_username_invalid_length".to_string()));
    let long: &'static str = Box::leak("a".repeat(65).into_boxed_str());
    let err = with_username(long).send().await.expect_err("65 characters");
    assert_eq!(api_error(err), (422, "form_username_invalid_length".to_string()));
    let err = with_username("ada lovelace").send().await.expect_err("a space");
    assert_eq!(api_error(err), (422, "form_username_invalid_character".to_string()));
    let ada = with_username("ada_lovelace").send().await.expect("a username alone is an identifier");

    let with_password = |email: &'static str, password: &'static str| {
        clerk.users().create().body_map(move |b| b.email_address(vec![email.to_string()]).password(password))
    };
    let err = with_password("a@example.com", "short").send().await.expect_err("short");
    assert_eq!(api_error(err), (422, "form_password_length_too_short".to_string()));
    let err = with_password("a@example.com", "password1").send().await.expect_err("breached");
    assert_eq!(api_error(err), (422, "form_password_pwned".to_string()));
    clerk
        .users()
        .create()
        .body_map(|b| b.email_address(vec!["a@example.com".to_string()]).password("short").skip_password_checks(true))
        .send()
        .await
        .expect("skip_password_checks");
    let err = clerk.users().update(&ada.id).body_map(|b| b.password("1234567")).send().await.expect_err("update");
    assert_eq!(api_error(err), (422, "form_password_length_too_short".to_string()));
}
