// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.
//! One contract test per operation: literal request facts, answers built from the spec.

use super::{check, decode, Case, Decoder};
use clerk_backend_api::builder;
use clerk_backend_api::types;
use clerk_backend_api::Operation;

#[tokio::test]
async fn get_public_interstitial() {
    let case = Case {
        id: "GetPublicInterstitial",
        method: "GET",
        path: "/public/interstitial",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.miscellaneous().get_public_interstitial().send().await }).await;
}

#[tokio::test]
async fn get_jwks() {
    let case =
        Case { id: "GetJWKS", method: "GET", path: "/jwks", query: &[], body: None, status: 200, error_status: 400 };
    check(case, |clerk| async move { clerk.jwks().get_jwks().send().await }).await;
}

#[tokio::test]
async fn get_client_list() {
    let case = Case {
        id: "GetClientList",
        method: "GET",
        path: "/clients",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.clients().list().send().await }).await;
}

#[tokio::test]
async fn verify_client() {
    let case = Case {
        id: "VerifyClient",
        method: "POST",
        path: "/clients/verify",
        query: &[],
        body: Some(r#"{"token":"x"}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.clients().verify().body_map(|b| b.token("x")).send().await }).await;
}

#[tokio::test]
async fn get_client() {
    let case = Case {
        id: "GetClient",
        method: "GET",
        path: "/clients/p_client_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.clients().get("p_client_id").send().await }).await;
}

#[tokio::test]
async fn create_email_address() {
    let case = Case {
        id: "CreateEmailAddress",
        method: "POST",
        path: "/email_addresses",
        query: &[],
        body: Some(r#"{"user_id":"x","email_address":"x"}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk.email_addresses().create().body_map(|b| b.user_id("x").email_address("x")).send().await
    })
    .await;
}

#[tokio::test]
async fn get_email_address() {
    let case = Case {
        id: "GetEmailAddress",
        method: "GET",
        path: "/email_addresses/p_email_address_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.email_addresses().get("p_email_address_id").send().await }).await;
}

#[tokio::test]
async fn delete_email_address() {
    let case = Case {
        id: "DeleteEmailAddress",
        method: "DELETE",
        path: "/email_addresses/p_email_address_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.email_addresses().delete("p_email_address_id").send().await }).await;
}

#[tokio::test]
async fn update_email_address() {
    let case = Case {
        id: "UpdateEmailAddress",
        method: "PATCH",
        path: "/email_addresses/p_email_address_id",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 400,
    };
    check(
        case,
        |clerk| async move { clerk.email_addresses().update("p_email_address_id").body_map(|b| b).send().await },
    )
    .await;
}

#[tokio::test]
async fn prepare_email_address_verification() {
    let case = Case {
        id: "PrepareEmailAddressVerification",
        method: "POST",
        path: "/email_addresses/p_email_address_id/prepare_verification",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.email_addresses().prepare_verification("p_email_address_id").send().await })
        .await;
}

#[tokio::test]
async fn attempt_email_address_verification() {
    let case = Case {
        id: "AttemptEmailAddressVerification",
        method: "POST",
        path: "/email_addresses/p_email_address_id/attempt_verification",
        query: &[],
        body: Some(r#"{"verification_id":"x","code":"x"}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk
            .email_addresses()
            .attempt_verification("p_email_address_id")
            .body_map(|b| b.verification_id("x").code("x"))
            .send()
            .await
    })
    .await;
}

#[tokio::test]
async fn replace_user_email_address() {
    let case = Case {
        id: "ReplaceUserEmailAddress",
        method: "PUT",
        path: "/users/p_user_id/email_address",
        query: &[],
        body: Some(r#"{"email_address":"x"}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk.email_addresses().replace_for_user("p_user_id").body_map(|b| b.email_address("x")).send().await
    })
    .await;
}

#[tokio::test]
async fn create_phone_number() {
    let case = Case {
        id: "CreatePhoneNumber",
        method: "POST",
        path: "/phone_numbers",
        query: &[],
        body: Some(r#"{"user_id":"x","phone_number":"x"}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk.phone_numbers().create().body_map(|b| b.user_id("x").phone_number("x")).send().await
    })
    .await;
}

#[tokio::test]
async fn get_phone_number() {
    let case = Case {
        id: "GetPhoneNumber",
        method: "GET",
        path: "/phone_numbers/p_phone_number_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.phone_numbers().get("p_phone_number_id").send().await }).await;
}

#[tokio::test]
async fn delete_phone_number() {
    let case = Case {
        id: "DeletePhoneNumber",
        method: "DELETE",
        path: "/phone_numbers/p_phone_number_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.phone_numbers().delete("p_phone_number_id").send().await }).await;
}

#[tokio::test]
async fn update_phone_number() {
    let case = Case {
        id: "UpdatePhoneNumber",
        method: "PATCH",
        path: "/phone_numbers/p_phone_number_id",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.phone_numbers().update("p_phone_number_id").body_map(|b| b).send().await })
        .await;
}

#[tokio::test]
async fn prepare_phone_number_verification() {
    let case = Case {
        id: "PreparePhoneNumberVerification",
        method: "POST",
        path: "/phone_numbers/p_phone_number_id/prepare_verification",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.phone_numbers().prepare_verification("p_phone_number_id").send().await })
        .await;
}

#[tokio::test]
async fn attempt_phone_number_verification() {
    let case = Case {
        id: "AttemptPhoneNumberVerification",
        method: "POST",
        path: "/phone_numbers/p_phone_number_id/attempt_verification",
        query: &[],
        body: Some(r#"{"verification_id":"x","code":"x"}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk
            .phone_numbers()
            .attempt_verification("p_phone_number_id")
            .body_map(|b| b.verification_id("x").code("x"))
            .send()
            .await
    })
    .await;
}

#[tokio::test]
async fn replace_user_phone_number() {
    let case = Case {
        id: "ReplaceUserPhoneNumber",
        method: "PUT",
        path: "/users/p_user_id/phone_number",
        query: &[],
        body: Some(r#"{"phone_number":"x"}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk.phone_numbers().replace_for_user("p_user_id").body_map(|b| b.phone_number("x")).send().await
    })
    .await;
}

#[tokio::test]
async fn get_session_list() {
    let case = Case {
        id: "GetSessionList",
        method: "GET",
        path: "/sessions",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.sessions().list().send().await }).await;
}

#[tokio::test]
async fn create_session() {
    let case = Case {
        id: "createSession",
        method: "POST",
        path: "/sessions",
        query: &[],
        body: Some(r#"{"user_id":"x"}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.sessions().create().body_map(|b| b.user_id("x")).send().await }).await;
}

#[tokio::test]
async fn get_session() {
    let case = Case {
        id: "GetSession",
        method: "GET",
        path: "/sessions/p_session_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.sessions().get("p_session_id").send().await }).await;
}

#[tokio::test]
async fn refresh_session() {
    let case = Case {
        id: "RefreshSession",
        method: "POST",
        path: "/sessions/p_session_id/refresh",
        query: &[],
        body: Some(r#"{"expired_token":"x","refresh_token":"x","request_origin":"x"}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk
            .sessions()
            .refresh("p_session_id")
            .body_map(|b| b.expired_token("x").refresh_token("x").request_origin("x"))
            .send()
            .await
    })
    .await;
}

#[tokio::test]
async fn revoke_session() {
    let case = Case {
        id: "RevokeSession",
        method: "POST",
        path: "/sessions/p_session_id/revoke",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.sessions().revoke("p_session_id").send().await }).await;
}

#[tokio::test]
async fn create_session_token() {
    let case = Case {
        id: "CreateSessionToken",
        method: "POST",
        path: "/sessions/p_session_id/tokens",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 401,
    };
    check(case, |clerk| async move { clerk.sessions().create_token("p_session_id").body_map(|b| b).send().await })
        .await;
}

#[tokio::test]
async fn create_session_token_from_template() {
    let case = Case {
        id: "CreateSessionTokenFromTemplate",
        method: "POST",
        path: "/sessions/p_session_id/tokens/p_template_name",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 401,
    };
    check(case, |clerk| async move {
        clerk.sessions().create_token_from_template("p_session_id", "p_template_name").body_map(|b| b).send().await
    })
    .await;
}

#[tokio::test]
async fn get_template_list() {
    let case = Case {
        id: "GetTemplateList",
        method: "GET",
        path: "/templates/email",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.email_sms_templates().list("email").send().await }).await;
}

#[tokio::test]
async fn get_template() {
    let case = Case {
        id: "GetTemplate",
        method: "GET",
        path: "/templates/email/p_slug",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.email_sms_templates().get("email", "p_slug").send().await }).await;
}

#[tokio::test]
async fn upsert_template() {
    let case = Case {
        id: "UpsertTemplate",
        method: "PUT",
        path: "/templates/email/p_slug",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk.email_and_sms_templates().upsert("email", "p_slug").body_map(|b| b).send().await
    })
    .await;
}

#[tokio::test]
async fn revert_template() {
    let case = Case {
        id: "RevertTemplate",
        method: "POST",
        path: "/templates/email/p_slug/revert",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.email_sms_templates().revert("email", "p_slug").send().await }).await;
}

#[tokio::test]
async fn preview_template() {
    let case = Case {
        id: "PreviewTemplate",
        method: "POST",
        path: "/templates/p_template_type/p_slug/preview",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 400,
    };
    check(
        case,
        |clerk| async move { clerk.templates().preview("p_template_type", "p_slug").body_map(|b| b).send().await },
    )
    .await;
}

#[tokio::test]
async fn toggle_template_delivery() {
    let case = Case {
        id: "ToggleTemplateDelivery",
        method: "POST",
        path: "/templates/email/p_slug/toggle_delivery",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk.email_sms_templates().toggle_template_delivery("email", "p_slug").body_map(|b| b).send().await
    })
    .await;
}

#[tokio::test]
async fn get_user_list() {
    let case = Case {
        id: "GetUserList",
        method: "GET",
        path: "/users",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.users().list().send().await }).await;
}

#[tokio::test]
async fn create_user() {
    let case = Case {
        id: "CreateUser",
        method: "POST",
        path: "/users",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.users().create().body_map(|b| b).send().await }).await;
}

#[tokio::test]
async fn get_users_count() {
    let case = Case {
        id: "GetUsersCount",
        method: "GET",
        path: "/users/count",
        query: &[],
        body: None,
        status: 200,
        error_status: 422,
    };
    check(case, |clerk| async move { clerk.users().count().send().await }).await;
}

#[tokio::test]
async fn get_user() {
    let case = Case {
        id: "GetUser",
        method: "GET",
        path: "/users/p_user_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.users().get("p_user_id").send().await }).await;
}

#[tokio::test]
async fn update_user() {
    let case = Case {
        id: "UpdateUser",
        method: "PATCH",
        path: "/users/p_user_id",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.users().update("p_user_id").body_map(|b| b).send().await }).await;
}

#[tokio::test]
async fn delete_user() {
    let case = Case {
        id: "DeleteUser",
        method: "DELETE",
        path: "/users/p_user_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.users().delete("p_user_id").send().await }).await;
}

#[tokio::test]
async fn ban_user() {
    let case = Case {
        id: "BanUser",
        method: "POST",
        path: "/users/p_user_id/ban",
        query: &[],
        body: None,
        status: 200,
        error_status: 402,
    };
    check(case, |clerk| async move { clerk.users().ban("p_user_id").send().await }).await;
}

#[tokio::test]
async fn unban_user() {
    let case = Case {
        id: "UnbanUser",
        method: "POST",
        path: "/users/p_user_id/unban",
        query: &[],
        body: None,
        status: 200,
        error_status: 402,
    };
    check(case, |clerk| async move { clerk.users().unban("p_user_id").send().await }).await;
}

#[tokio::test]
async fn users_ban() {
    let case = Case {
        id: "UsersBan",
        method: "POST",
        path: "/users/ban",
        query: &[],
        body: Some(r#"{"user_ids":["x"]}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk.users().bulk_ban().body_map(|b| b.user_ids(vec!["x".to_string()])).send().await
    })
    .await;
}

#[tokio::test]
async fn users_unban() {
    let case = Case {
        id: "UsersUnban",
        method: "POST",
        path: "/users/unban",
        query: &[],
        body: Some(r#"{"user_ids":["x"]}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk.users().bulk_unban().body_map(|b| b.user_ids(vec!["x".to_string()])).send().await
    })
    .await;
}

#[tokio::test]
async fn lock_user() {
    let case = Case {
        id: "LockUser",
        method: "POST",
        path: "/users/p_user_id/lock",
        query: &[],
        body: None,
        status: 200,
        error_status: 403,
    };
    check(case, |clerk| async move { clerk.users().lock("p_user_id").send().await }).await;
}

#[tokio::test]
async fn unlock_user() {
    let case = Case {
        id: "UnlockUser",
        method: "POST",
        path: "/users/p_user_id/unlock",
        query: &[],
        body: None,
        status: 200,
        error_status: 403,
    };
    check(case, |clerk| async move { clerk.users().unlock("p_user_id").send().await }).await;
}

#[tokio::test]
async fn delete_user_profile_image() {
    let case = Case {
        id: "DeleteUserProfileImage",
        method: "DELETE",
        path: "/users/p_user_id/profile_image",
        query: &[],
        body: None,
        status: 200,
        error_status: 404,
    };
    check(case, |clerk| async move { clerk.users().delete_profile_image("p_user_id").send().await }).await;
}

#[tokio::test]
async fn update_user_metadata() {
    let case = Case {
        id: "UpdateUserMetadata",
        method: "PATCH",
        path: "/users/p_user_id/metadata",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.users().update_metadata("p_user_id").body_map(|b| b).send().await }).await;
}

#[tokio::test]
async fn replace_user_metadata() {
    let case = Case {
        id: "ReplaceUserMetadata",
        method: "PUT",
        path: "/users/p_user_id/metadata",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.users().replace_metadata("p_user_id").body_map(|b| b).send().await }).await;
}

#[tokio::test]
async fn get_user_billing_subscription() {
    let case = Case {
        id: "GetUserBillingSubscription",
        method: "GET",
        path: "/users/p_user_id/billing/subscription",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.users().get_billing_subscription("p_user_id").send().await }).await;
}

#[tokio::test]
async fn get_user_billing_credit_balance() {
    let case = Case {
        id: "GetUserBillingCreditBalance",
        method: "GET",
        path: "/users/p_user_id/billing/credits",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.users().get_billing_credit_balance("p_user_id").send().await }).await;
}

#[tokio::test]
async fn adjust_user_billing_credit_balance() {
    let case = Case {
        id: "AdjustUserBillingCreditBalance",
        method: "POST",
        path: "/users/p_user_id/billing/credits",
        query: &[],
        body: Some(r#"{"amount":1,"action":"increase","idempotency_key":"x"}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk
            .users()
            .adjust_billing_credit_balance("p_user_id")
            .body_map(|b| b.amount(1).action("increase").idempotency_key("x"))
            .send()
            .await
    })
    .await;
}

#[tokio::test]
async fn get_o_auth_access_token() {
    let case = Case {
        id: "GetOAuthAccessToken",
        method: "GET",
        path: "/users/p_user_id/oauth_access_tokens/p_provider",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.users().get_oauth_access_token("p_user_id", "p_provider").send().await })
        .await;
}

#[tokio::test]
async fn users_get_organization_memberships() {
    let case = Case {
        id: "UsersGetOrganizationMemberships",
        method: "GET",
        path: "/users/p_user_id/organization_memberships",
        query: &[],
        body: None,
        status: 200,
        error_status: 403,
    };
    check(case, |clerk| async move { clerk.users().get_organization_memberships("p_user_id").send().await }).await;
}

#[tokio::test]
async fn users_get_organization_invitations() {
    let case = Case {
        id: "UsersGetOrganizationInvitations",
        method: "GET",
        path: "/users/p_user_id/organization_invitations",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.users().get_organization_invitations("p_user_id").send().await }).await;
}

#[tokio::test]
async fn remove_user_password() {
    let case = Case {
        id: "RemoveUserPassword",
        method: "POST",
        path: "/users/p_user_id/remove_password",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.users().remove_password("p_user_id").body_map(|b| b).send().await }).await;
}

#[tokio::test]
async fn verify_password() {
    let case = Case {
        id: "VerifyPassword",
        method: "POST",
        path: "/users/p_user_id/verify_password",
        query: &[],
        body: Some(r#"{"password":"x"}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk.users().verify_password("p_user_id").body_map(|b| b.password("x")).send().await
    })
    .await;
}

#[tokio::test]
async fn verify_totp() {
    let case = Case {
        id: "VerifyTOTP",
        method: "POST",
        path: "/users/p_user_id/verify_totp",
        query: &[],
        body: Some(r#"{"code":"x"}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.users().verify_totp("p_user_id").body_map(|b| b.code("x")).send().await })
        .await;
}

#[tokio::test]
async fn disable_mfa() {
    let case = Case {
        id: "DisableMFA",
        method: "DELETE",
        path: "/users/p_user_id/mfa",
        query: &[],
        body: None,
        status: 200,
        error_status: 404,
    };
    check(case, |clerk| async move { clerk.users().disable_mfa("p_user_id").send().await }).await;
}

#[tokio::test]
async fn delete_backup_code() {
    let case = Case {
        id: "DeleteBackupCode",
        method: "DELETE",
        path: "/users/p_user_id/backup_code",
        query: &[],
        body: None,
        status: 200,
        error_status: 404,
    };
    check(case, |clerk| async move { clerk.users().delete_backup_codes("p_user_id").send().await }).await;
}

#[tokio::test]
async fn user_passkey_delete() {
    let case = Case {
        id: "UserPasskeyDelete",
        method: "DELETE",
        path: "/users/p_user_id/passkeys/p_passkey_identification_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 403,
    };
    check(case, |clerk| async move {
        clerk.users().delete_passkey("p_user_id", "p_passkey_identification_id").send().await
    })
    .await;
}

#[tokio::test]
async fn list_user_trusted_devices() {
    let case = Case {
        id: "ListUserTrustedDevices",
        method: "GET",
        path: "/users/p_user_id/trusted_devices",
        query: &[],
        body: None,
        status: 200,
        error_status: 403,
    };
    check(case, |clerk| async move { clerk.users().list_trusted_devices("p_user_id").send().await }).await;
}

#[tokio::test]
async fn revoke_user_trusted_device() {
    let case = Case {
        id: "RevokeUserTrustedDevice",
        method: "DELETE",
        path: "/users/p_user_id/trusted_devices/p_trusted_device_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 403,
    };
    check(
        case,
        |clerk| async move { clerk.users().revoke_trusted_device("p_user_id", "p_trusted_device_id").send().await },
    )
    .await;
}

#[tokio::test]
async fn user_web3_wallet_delete() {
    let case = Case {
        id: "UserWeb3WalletDelete",
        method: "DELETE",
        path: "/users/p_user_id/web3_wallets/p_web3_wallet_identification_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk.users().delete_web3_wallet("p_user_id", "p_web3_wallet_identification_id").send().await
    })
    .await;
}

#[tokio::test]
async fn delete_totp() {
    let case = Case {
        id: "DeleteTOTP",
        method: "DELETE",
        path: "/users/p_user_id/totp",
        query: &[],
        body: None,
        status: 200,
        error_status: 404,
    };
    check(case, |clerk| async move { clerk.users().delete_totp("p_user_id").send().await }).await;
}

#[tokio::test]
async fn delete_external_account() {
    let case = Case {
        id: "DeleteExternalAccount",
        method: "DELETE",
        path: "/users/p_user_id/external_accounts/p_external_account_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk.users().delete_external_account("p_user_id", "p_external_account_id").send().await
    })
    .await;
}

#[tokio::test]
async fn set_user_password_compromised() {
    let case = Case {
        id: "SetUserPasswordCompromised",
        method: "POST",
        path: "/users/p_user_id/password/set_compromised",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 400,
    };
    check(
        case,
        |clerk| async move { clerk.users().set_password_compromised("p_user_id").body_map(|b| b).send().await },
    )
    .await;
}

#[tokio::test]
async fn unset_user_password_compromised() {
    let case = Case {
        id: "UnsetUserPasswordCompromised",
        method: "POST",
        path: "/users/p_user_id/password/unset_compromised",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.users().unset_password_compromised("p_user_id").send().await }).await;
}

#[tokio::test]
async fn create_invitation() {
    let case = Case {
        id: "CreateInvitation",
        method: "POST",
        path: "/invitations",
        query: &[],
        body: Some(r#"{"email_address":"x"}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.invitations().create().body_map(|b| b.email_address("x")).send().await })
        .await;
}

#[tokio::test]
async fn list_invitations() {
    let case = Case {
        id: "ListInvitations",
        method: "GET",
        path: "/invitations",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.invitations().list().send().await }).await;
}

#[tokio::test]
async fn create_bulk_invitations() {
    let case = Case {
        id: "CreateBulkInvitations",
        method: "POST",
        path: "/invitations/bulk",
        query: &[],
        body: Some(r#"[{"email_address":"x"}]"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk
            .invitations()
            .bulk_create()
            .body(
                serde_json::from_str::<Vec<types::CreateBulkInvitationsBodyItem>>(r#"[{"email_address":"x"}]"#)
                    .expect("sample"),
            )
            .send()
            .await
    })
    .await;
}

#[tokio::test]
async fn revoke_invitation() {
    let case = Case {
        id: "RevokeInvitation",
        method: "POST",
        path: "/invitations/p_invitation_id/revoke",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.invitations().revoke("p_invitation_id").send().await }).await;
}

#[tokio::test]
async fn list_instance_organization_invitations() {
    let case = Case {
        id: "ListInstanceOrganizationInvitations",
        method: "GET",
        path: "/organization_invitations",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.organization_invitations().get_all().send().await }).await;
}

#[tokio::test]
async fn list_allowlist_identifiers() {
    let case = Case {
        id: "ListAllowlistIdentifiers",
        method: "GET",
        path: "/allowlist_identifiers",
        query: &[],
        body: None,
        status: 200,
        error_status: 401,
    };
    check(case, |clerk| async move { clerk.allowlist_identifiers().list().send().await }).await;
}

#[tokio::test]
async fn create_allowlist_identifier() {
    let case = Case {
        id: "CreateAllowlistIdentifier",
        method: "POST",
        path: "/allowlist_identifiers",
        query: &[],
        body: Some(r#"{"identifier":"x"}"#),
        status: 200,
        error_status: 400,
    };
    check(
        case,
        |clerk| async move { clerk.allowlist_identifiers().create().body_map(|b| b.identifier("x")).send().await },
    )
    .await;
}

#[tokio::test]
async fn delete_allowlist_identifier() {
    let case = Case {
        id: "DeleteAllowlistIdentifier",
        method: "DELETE",
        path: "/allowlist_identifiers/p_identifier_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 402,
    };
    check(case, |clerk| async move { clerk.allowlist_identifiers().delete("p_identifier_id").send().await }).await;
}

#[tokio::test]
async fn list_blocklist_identifiers() {
    let case = Case {
        id: "ListBlocklistIdentifiers",
        method: "GET",
        path: "/blocklist_identifiers",
        query: &[],
        body: None,
        status: 200,
        error_status: 401,
    };
    check(case, |clerk| async move { clerk.blocklist_identifiers().list().send().await }).await;
}

#[tokio::test]
async fn create_blocklist_identifier() {
    let case = Case {
        id: "CreateBlocklistIdentifier",
        method: "POST",
        path: "/blocklist_identifiers",
        query: &[],
        body: Some(r#"{"identifier":"x"}"#),
        status: 200,
        error_status: 400,
    };
    check(
        case,
        |clerk| async move { clerk.blocklist_identifiers().create().body_map(|b| b.identifier("x")).send().await },
    )
    .await;
}

#[tokio::test]
async fn delete_blocklist_identifier() {
    let case = Case {
        id: "DeleteBlocklistIdentifier",
        method: "DELETE",
        path: "/blocklist_identifiers/p_identifier_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 402,
    };
    check(case, |clerk| async move { clerk.blocklist_identifiers().delete("p_identifier_id").send().await }).await;
}

#[tokio::test]
async fn update_instance_auth_config() {
    let case = Case {
        id: "UpdateInstanceAuthConfig",
        method: "PATCH",
        path: "/beta_features/instance_settings",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 402,
    };
    check(case, |clerk| async move { clerk.beta_features().update_instance_settings().body_map(|b| b).send().await })
        .await;
}

#[tokio::test]
async fn update_production_instance_domain() {
    let case = Case {
        id: "UpdateProductionInstanceDomain",
        method: "PUT",
        path: "/beta_features/domain",
        query: &[],
        body: Some(r#"{}"#),
        status: 202,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk.beta_features().update_production_instance_domain().body_map(|b| b).send().await
    })
    .await;
}

#[tokio::test]
async fn create_actor_token() {
    let case = Case {
        id: "CreateActorToken",
        method: "POST",
        path: "/actor_tokens",
        query: &[],
        body: Some(r#"{"user_id":"x","actor":{"sub":"x"}}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk
            .actor_tokens()
            .create()
            .body_map(|b| {
                b.user_id("x")
                    .actor(serde_json::from_str::<types::CreateActorTokenBodyActor>(r#"{"sub":"x"}"#).expect("sample"))
            })
            .send()
            .await
    })
    .await;
}

#[tokio::test]
async fn revoke_actor_token() {
    let case = Case {
        id: "RevokeActorToken",
        method: "POST",
        path: "/actor_tokens/p_actor_token_id/revoke",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.actor_tokens().revoke("p_actor_token_id").send().await }).await;
}

#[tokio::test]
async fn list_domains() {
    let case = Case {
        id: "ListDomains",
        method: "GET",
        path: "/domains",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.domains().list().send().await }).await;
}

#[tokio::test]
async fn add_domain() {
    let case = Case {
        id: "AddDomain",
        method: "POST",
        path: "/domains",
        query: &[],
        body: Some(r#"{"name":"x","is_satellite":true}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.domains().add().body_map(|b| b.name("x").is_satellite(true)).send().await })
        .await;
}

#[tokio::test]
async fn delete_domain() {
    let case = Case {
        id: "DeleteDomain",
        method: "DELETE",
        path: "/domains/p_domain_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 403,
    };
    check(case, |clerk| async move { clerk.domains().delete("p_domain_id").send().await }).await;
}

#[tokio::test]
async fn update_domain() {
    let case = Case {
        id: "UpdateDomain",
        method: "PATCH",
        path: "/domains/p_domain_id",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.domains().update("p_domain_id").body_map(|b| b).send().await }).await;
}

#[tokio::test]
async fn get_instance() {
    let case = Case {
        id: "GetInstance",
        method: "GET",
        path: "/instance",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.instance_settings().get().send().await }).await;
}

#[tokio::test]
async fn update_instance() {
    let case = Case {
        id: "UpdateInstance",
        method: "PATCH",
        path: "/instance",
        query: &[],
        body: Some(r#"{}"#),
        status: 204,
        error_status: 422,
    };
    check(case, |clerk| async move { clerk.instance_settings().update().body_map(|b| b).send().await }).await;
}

#[tokio::test]
async fn update_instance_restrictions() {
    let case = Case {
        id: "UpdateInstanceRestrictions",
        method: "PATCH",
        path: "/instance/restrictions",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 402,
    };
    check(case, |clerk| async move { clerk.instance_settings().update_restrictions().body_map(|b| b).send().await })
        .await;
}

#[tokio::test]
async fn get_instance_protect() {
    let case = Case {
        id: "GetInstanceProtect",
        method: "GET",
        path: "/instance/protect",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.instance_settings().get_protect().send().await }).await;
}

#[tokio::test]
async fn update_instance_protect() {
    let case = Case {
        id: "UpdateInstanceProtect",
        method: "PATCH",
        path: "/instance/protect",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 422,
    };
    check(case, |clerk| async move { clerk.instance_settings().update_protect().body_map(|b| b).send().await }).await;
}

#[tokio::test]
async fn get_instance_communication() {
    let case = Case {
        id: "GetInstanceCommunication",
        method: "GET",
        path: "/instance/communication",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.instance_settings().get_communication().send().await }).await;
}

#[tokio::test]
async fn update_instance_communication() {
    let case = Case {
        id: "UpdateInstanceCommunication",
        method: "PATCH",
        path: "/instance/communication",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 422,
    };
    check(case, |clerk| async move { clerk.instance_settings().update_communication().body_map(|b| b).send().await })
        .await;
}

#[tokio::test]
async fn get_instance_o_auth_application_settings() {
    let case = Case {
        id: "GetInstanceOAuthApplicationSettings",
        method: "GET",
        path: "/instance/oauth_application_settings",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.instance_settings().get_oauth_application_settings().send().await }).await;
}

#[tokio::test]
async fn update_instance_o_auth_application_settings() {
    let case = Case {
        id: "UpdateInstanceOAuthApplicationSettings",
        method: "PATCH",
        path: "/instance/oauth_application_settings",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 422,
    };
    check(case, |clerk| async move {
        clerk.instance_settings().update_oauth_application_settings().body_map(|b| b).send().await
    })
    .await;
}

#[tokio::test]
async fn change_production_instance_domain() {
    let case = Case {
        id: "ChangeProductionInstanceDomain",
        method: "POST",
        path: "/instance/change_domain",
        query: &[],
        body: Some(r#"{}"#),
        status: 202,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.instance_settings().change_domain().body_map(|b| b).send().await }).await;
}

#[tokio::test]
async fn get_instance_organization_settings() {
    let case = Case {
        id: "GetInstanceOrganizationSettings",
        method: "GET",
        path: "/instance/organization_settings",
        query: &[],
        body: None,
        status: 200,
        error_status: 402,
    };
    check(case, |clerk| async move { clerk.instance_settings().get_organization_settings().send().await }).await;
}

#[tokio::test]
async fn update_instance_organization_settings() {
    let case = Case {
        id: "UpdateInstanceOrganizationSettings",
        method: "PATCH",
        path: "/instance/organization_settings",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk.instance_settings().update_organization_settings().body_map(|b| b).send().await
    })
    .await;
}

#[tokio::test]
async fn create_svix_app() {
    let case = Case {
        id: "CreateSvixApp",
        method: "POST",
        path: "/webhooks/svix",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.webhooks().create_svix_app().send().await }).await;
}

#[tokio::test]
async fn delete_svix_app() {
    let case = Case {
        id: "DeleteSvixApp",
        method: "DELETE",
        path: "/webhooks/svix",
        query: &[],
        body: None,
        status: 204,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.webhooks().delete_svix_app().send().await }).await;
}

#[tokio::test]
async fn generate_svix_auth_url() {
    let case = Case {
        id: "GenerateSvixAuthURL",
        method: "POST",
        path: "/webhooks/svix_url",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.webhooks().generate_svix_auth_url().send().await }).await;
}

#[tokio::test]
async fn list_jwt_templates() {
    let case = Case {
        id: "ListJWTTemplates",
        method: "GET",
        path: "/jwt_templates",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.jwt_templates().list().send().await }).await;
}

#[tokio::test]
async fn create_jwt_template() {
    let case = Case {
        id: "CreateJWTTemplate",
        method: "POST",
        path: "/jwt_templates",
        query: &[],
        body: Some(r#"{"name":"x","claims":{}}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk.jwt_templates().create().body_map(|b| b.name("x").claims(serde_json::Map::new())).send().await
    })
    .await;
}

#[tokio::test]
async fn get_jwt_template() {
    let case = Case {
        id: "GetJWTTemplate",
        method: "GET",
        path: "/jwt_templates/p_template_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 404,
    };
    check(case, |clerk| async move { clerk.jwt_templates().get("p_template_id").send().await }).await;
}

#[tokio::test]
async fn update_jwt_template() {
    let case = Case {
        id: "UpdateJWTTemplate",
        method: "PATCH",
        path: "/jwt_templates/p_template_id",
        query: &[],
        body: Some(r#"{"name":"x","claims":{}}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk
            .jwt_templates()
            .update("p_template_id")
            .body_map(|b| b.name("x").claims(serde_json::Map::new()))
            .send()
            .await
    })
    .await;
}

#[tokio::test]
async fn delete_jwt_template() {
    let case = Case {
        id: "DeleteJWTTemplate",
        method: "DELETE",
        path: "/jwt_templates/p_template_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 403,
    };
    check(case, |clerk| async move { clerk.jwt_templates().delete("p_template_id").send().await }).await;
}

#[tokio::test]
async fn list_machines() {
    let case = Case {
        id: "ListMachines",
        method: "GET",
        path: "/machines",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.machines().list().send().await }).await;
}

#[tokio::test]
async fn create_machine() {
    let case = Case {
        id: "CreateMachine",
        method: "POST",
        path: "/machines",
        query: &[],
        body: Some(r#"{"name":"x"}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.machines().create().body_map(|b| b.name("x")).send().await }).await;
}

#[tokio::test]
async fn get_machine() {
    let case = Case {
        id: "GetMachine",
        method: "GET",
        path: "/machines/p_machine_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.machines().get("p_machine_id").send().await }).await;
}

#[tokio::test]
async fn update_machine() {
    let case = Case {
        id: "UpdateMachine",
        method: "PATCH",
        path: "/machines/p_machine_id",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.machines().update("p_machine_id").body_map(|b| b).send().await }).await;
}

#[tokio::test]
async fn delete_machine() {
    let case = Case {
        id: "DeleteMachine",
        method: "DELETE",
        path: "/machines/p_machine_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.machines().delete("p_machine_id").send().await }).await;
}

#[tokio::test]
async fn get_machine_secret_key() {
    let case = Case {
        id: "GetMachineSecretKey",
        method: "GET",
        path: "/machines/p_machine_id/secret_key",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.machines().get_secret_key("p_machine_id").send().await }).await;
}

#[tokio::test]
async fn rotate_machine_secret_key() {
    let case = Case {
        id: "RotateMachineSecretKey",
        method: "POST",
        path: "/machines/p_machine_id/secret_key/rotate",
        query: &[],
        body: Some(r#"{"previous_token_ttl":1}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk.machines().rotate_secret_key("p_machine_id").body_map(|b| b.previous_token_ttl(1)).send().await
    })
    .await;
}

#[tokio::test]
async fn create_machine_scope() {
    let case = Case {
        id: "CreateMachineScope",
        method: "POST",
        path: "/machines/p_machine_id/scopes",
        query: &[],
        body: Some(r#"{"to_machine_id":"x"}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk.machines().create_scope("p_machine_id").body_map(|b| b.to_machine_id("x")).send().await
    })
    .await;
}

#[tokio::test]
async fn delete_machine_scope() {
    let case = Case {
        id: "DeleteMachineScope",
        method: "DELETE",
        path: "/machines/p_machine_id/scopes/p_other_machine_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(
        case,
        |clerk| async move { clerk.machines().delete_scope("p_machine_id", "p_other_machine_id").send().await },
    )
    .await;
}

#[tokio::test]
async fn list_organizations() {
    let case = Case {
        id: "ListOrganizations",
        method: "GET",
        path: "/organizations",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.organizations().list().send().await }).await;
}

#[tokio::test]
async fn create_organization() {
    let case = Case {
        id: "CreateOrganization",
        method: "POST",
        path: "/organizations",
        query: &[],
        body: Some(r#"{"name":"x"}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.organizations().create().body_map(|b| b.name("x")).send().await }).await;
}

#[tokio::test]
async fn get_organization() {
    let case = Case {
        id: "GetOrganization",
        method: "GET",
        path: "/organizations/p_organization_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 403,
    };
    check(case, |clerk| async move { clerk.organizations().get("p_organization_id").send().await }).await;
}

#[tokio::test]
async fn update_organization() {
    let case = Case {
        id: "UpdateOrganization",
        method: "PATCH",
        path: "/organizations/p_organization_id",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.organizations().update("p_organization_id").body_map(|b| b).send().await })
        .await;
}

#[tokio::test]
async fn delete_organization() {
    let case = Case {
        id: "DeleteOrganization",
        method: "DELETE",
        path: "/organizations/p_organization_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 404,
    };
    check(case, |clerk| async move { clerk.organizations().delete("p_organization_id").send().await }).await;
}

#[tokio::test]
async fn merge_organization_metadata() {
    let case = Case {
        id: "MergeOrganizationMetadata",
        method: "PATCH",
        path: "/organizations/p_organization_id/metadata",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk.organizations().merge_metadata("p_organization_id").body_map(|b| b).send().await
    })
    .await;
}

#[tokio::test]
async fn replace_organization_metadata() {
    let case = Case {
        id: "ReplaceOrganizationMetadata",
        method: "PUT",
        path: "/organizations/p_organization_id/metadata",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk.organizations().replace_metadata("p_organization_id").body_map(|b| b).send().await
    })
    .await;
}

#[tokio::test]
async fn delete_organization_logo() {
    let case = Case {
        id: "DeleteOrganizationLogo",
        method: "DELETE",
        path: "/organizations/p_organization_id/logo",
        query: &[],
        body: None,
        status: 200,
        error_status: 404,
    };
    check(case, |clerk| async move { clerk.organizations().delete_logo("p_organization_id").send().await }).await;
}

#[tokio::test]
async fn get_organization_billing_subscription() {
    let case = Case {
        id: "GetOrganizationBillingSubscription",
        method: "GET",
        path: "/organizations/p_organization_id/billing/subscription",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(
        case,
        |clerk| async move { clerk.organizations().get_billing_subscription("p_organization_id").send().await },
    )
    .await;
}

#[tokio::test]
async fn get_organization_billing_credit_balance() {
    let case = Case {
        id: "GetOrganizationBillingCreditBalance",
        method: "GET",
        path: "/organizations/p_organization_id/billing/credits",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(
        case,
        |clerk| async move { clerk.organizations().get_billing_credit_balance("p_organization_id").send().await },
    )
    .await;
}

#[tokio::test]
async fn adjust_organization_billing_credit_balance() {
    let case = Case {
        id: "AdjustOrganizationBillingCreditBalance",
        method: "POST",
        path: "/organizations/p_organization_id/billing/credits",
        query: &[],
        body: Some(r#"{"amount":1,"action":"increase","idempotency_key":"x"}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk
            .organizations()
            .adjust_billing_credit_balance("p_organization_id")
            .body_map(|b| b.amount(1).action("increase").idempotency_key("x"))
            .send()
            .await
    })
    .await;
}

#[tokio::test]
async fn create_organization_invitation() {
    let case = Case {
        id: "CreateOrganizationInvitation",
        method: "POST",
        path: "/organizations/p_organization_id/invitations",
        query: &[],
        body: Some(r#"{"email_address":"x","role":"x"}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk
            .organization_invitations()
            .create("p_organization_id")
            .body_map(|b| b.email_address("x").role("x"))
            .send()
            .await
    })
    .await;
}

#[tokio::test]
async fn list_organization_invitations() {
    let case = Case {
        id: "ListOrganizationInvitations",
        method: "GET",
        path: "/organizations/p_organization_id/invitations",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.organization_invitations().list("p_organization_id").send().await }).await;
}

#[tokio::test]
async fn create_organization_invitation_bulk() {
    let case = Case {
        id: "CreateOrganizationInvitationBulk",
        method: "POST",
        path: "/organizations/p_organization_id/invitations/bulk",
        query: &[],
        body: Some(r#"[{"email_address":"x","role":"x"}]"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk
            .organization_invitations()
            .bulk_create("p_organization_id")
            .body(
                serde_json::from_str::<Vec<types::CreateOrganizationInvitationBulkBodyItem>>(
                    r#"[{"email_address":"x","role":"x"}]"#,
                )
                .expect("sample"),
            )
            .send()
            .await
    })
    .await;
}

#[tokio::test]
async fn list_pending_organization_invitations() {
    let case = Case {
        id: "ListPendingOrganizationInvitations",
        method: "GET",
        path: "/organizations/p_organization_id/invitations/pending",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.organization_invitations().list_pending("p_organization_id").send().await })
        .await;
}

#[tokio::test]
async fn get_organization_invitation() {
    let case = Case {
        id: "GetOrganizationInvitation",
        method: "GET",
        path: "/organizations/p_organization_id/invitations/p_invitation_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk.organization_invitations().get("p_organization_id", "p_invitation_id").send().await
    })
    .await;
}

#[tokio::test]
async fn revoke_organization_invitation() {
    let case = Case {
        id: "RevokeOrganizationInvitation",
        method: "POST",
        path: "/organizations/p_organization_id/invitations/p_invitation_id/revoke",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk.organization_invitations().revoke("p_organization_id", "p_invitation_id").body_map(|b| b).send().await
    })
    .await;
}

#[tokio::test]
async fn list_organization_roles() {
    let case = Case {
        id: "ListOrganizationRoles",
        method: "GET",
        path: "/organization_roles",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.organization_roles().list().send().await }).await;
}

#[tokio::test]
async fn create_organization_role() {
    let case = Case {
        id: "CreateOrganizationRole",
        method: "POST",
        path: "/organization_roles",
        query: &[],
        body: Some(r#"{"name":"x","key":"x"}"#),
        status: 200,
        error_status: 400,
    };
    check(
        case,
        |clerk| async move { clerk.organization_roles().create().body_map(|b| b.name("x").key("x")).send().await },
    )
    .await;
}

#[tokio::test]
async fn get_organization_role() {
    let case = Case {
        id: "GetOrganizationRole",
        method: "GET",
        path: "/organization_roles/p_organization_role_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 401,
    };
    check(case, |clerk| async move { clerk.organization_roles().get("p_organization_role_id").send().await }).await;
}

#[tokio::test]
async fn update_organization_role() {
    let case = Case {
        id: "UpdateOrganizationRole",
        method: "PATCH",
        path: "/organization_roles/p_organization_role_id",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk.organization_roles().update("p_organization_role_id").body_map(|b| b).send().await
    })
    .await;
}

#[tokio::test]
async fn delete_organization_role() {
    let case = Case {
        id: "DeleteOrganizationRole",
        method: "DELETE",
        path: "/organization_roles/p_organization_role_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 401,
    };
    check(case, |clerk| async move { clerk.organization_roles().delete("p_organization_role_id").send().await }).await;
}

#[tokio::test]
async fn assign_permission_to_organization_role() {
    let case = Case {
        id: "AssignPermissionToOrganizationRole",
        method: "POST",
        path: "/organization_roles/p_organization_role_id/permissions/p_permission_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 401,
    };
    check(case, |clerk| async move {
        clerk.organization_roles().assign_permission("p_organization_role_id", "p_permission_id").send().await
    })
    .await;
}

#[tokio::test]
async fn remove_permission_from_organization_role() {
    let case = Case {
        id: "RemovePermissionFromOrganizationRole",
        method: "DELETE",
        path: "/organization_roles/p_organization_role_id/permissions/p_permission_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 401,
    };
    check(case, |clerk| async move {
        clerk.organization_roles().remove_permission("p_organization_role_id", "p_permission_id").send().await
    })
    .await;
}

#[tokio::test]
async fn create_organization_membership() {
    let case = Case {
        id: "CreateOrganizationMembership",
        method: "POST",
        path: "/organizations/p_organization_id/memberships",
        query: &[],
        body: Some(r#"{"user_id":"x","role":"x"}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk.organization_memberships().create("p_organization_id").body_map(|b| b.user_id("x").role("x")).send().await
    })
    .await;
}

#[tokio::test]
async fn list_organization_memberships() {
    let case = Case {
        id: "ListOrganizationMemberships",
        method: "GET",
        path: "/organizations/p_organization_id/memberships",
        query: &[],
        body: None,
        status: 200,
        error_status: 401,
    };
    check(case, |clerk| async move { clerk.organization_memberships().list("p_organization_id").send().await }).await;
}

#[tokio::test]
async fn update_organization_membership() {
    let case = Case {
        id: "UpdateOrganizationMembership",
        method: "PATCH",
        path: "/organizations/p_organization_id/memberships/p_user_id",
        query: &[],
        body: Some(r#"{"role":"x"}"#),
        status: 200,
        error_status: 404,
    };
    check(case, |clerk| async move {
        clerk.organization_memberships().update("p_organization_id", "p_user_id").body_map(|b| b.role("x")).send().await
    })
    .await;
}

#[tokio::test]
async fn delete_organization_membership() {
    let case = Case {
        id: "DeleteOrganizationMembership",
        method: "DELETE",
        path: "/organizations/p_organization_id/memberships/p_user_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 401,
    };
    check(case, |clerk| async move {
        clerk.organization_memberships().delete("p_organization_id", "p_user_id").send().await
    })
    .await;
}

#[tokio::test]
async fn update_organization_membership_metadata() {
    let case = Case {
        id: "UpdateOrganizationMembershipMetadata",
        method: "PATCH",
        path: "/organizations/p_organization_id/memberships/p_user_id/metadata",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk.organization_memberships().update_metadata("p_organization_id", "p_user_id").body_map(|b| b).send().await
    })
    .await;
}

#[tokio::test]
async fn create_organization_domain() {
    let case = Case {
        id: "CreateOrganizationDomain",
        method: "POST",
        path: "/organizations/p_organization_id/domains",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk.organization_domains().create("p_organization_id").body_map(|b| b).send().await
    })
    .await;
}

#[tokio::test]
async fn list_organization_domains() {
    let case = Case {
        id: "ListOrganizationDomains",
        method: "GET",
        path: "/organizations/p_organization_id/domains",
        query: &[],
        body: None,
        status: 200,
        error_status: 401,
    };
    check(case, |clerk| async move { clerk.organization_domains().list("p_organization_id").send().await }).await;
}

#[tokio::test]
async fn update_organization_domain() {
    let case = Case {
        id: "UpdateOrganizationDomain",
        method: "PATCH",
        path: "/organizations/p_organization_id/domains/p_domain_id",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk.organization_domains().update("p_organization_id", "p_domain_id").body_map(|b| b).send().await
    })
    .await;
}

#[tokio::test]
async fn delete_organization_domain() {
    let case = Case {
        id: "DeleteOrganizationDomain",
        method: "DELETE",
        path: "/organizations/p_organization_id/domains/p_domain_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(
        case,
        |clerk| async move { clerk.organization_domains().delete("p_organization_id", "p_domain_id").send().await },
    )
    .await;
}

#[tokio::test]
async fn verify_organization_domain_ownership() {
    let case = Case {
        id: "VerifyOrganizationDomainOwnership",
        method: "POST",
        path: "/organizations/p_organization_id/domains/p_domain_id/verify_ownership",
        query: &[],
        body: None,
        status: 200,
        error_status: 401,
    };
    check(case, |clerk| async move {
        clerk.organization_domains().verify_ownership("p_organization_id", "p_domain_id").send().await
    })
    .await;
}

#[tokio::test]
async fn list_all_organization_domains() {
    let case = Case {
        id: "ListAllOrganizationDomains",
        method: "GET",
        path: "/organization_domains",
        query: &[],
        body: None,
        status: 200,
        error_status: 401,
    };
    check(case, |clerk| async move { clerk.organization_domains().list_all().send().await }).await;
}

#[tokio::test]
async fn verify_domain_proxy() {
    let case = Case {
        id: "VerifyDomainProxy",
        method: "POST",
        path: "/proxy_checks",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.proxy_checks().verify().body_map(|b| b).send().await }).await;
}

#[tokio::test]
async fn list_redirect_ur_ls() {
    let case = Case {
        id: "ListRedirectURLs",
        method: "GET",
        path: "/redirect_urls",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.redirect_urls().list().send().await }).await;
}

#[tokio::test]
async fn create_redirect_url() {
    let case = Case {
        id: "CreateRedirectURL",
        method: "POST",
        path: "/redirect_urls",
        query: &[],
        body: Some(r#"{"url":"x"}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.redirect_urls().create().body_map(|b| b.url("x")).send().await }).await;
}

#[tokio::test]
async fn get_redirect_url() {
    let case = Case {
        id: "GetRedirectURL",
        method: "GET",
        path: "/redirect_urls/p_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 404,
    };
    check(case, |clerk| async move { clerk.redirect_urls().get("p_id").send().await }).await;
}

#[tokio::test]
async fn delete_redirect_url() {
    let case = Case {
        id: "DeleteRedirectURL",
        method: "DELETE",
        path: "/redirect_urls/p_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 404,
    };
    check(case, |clerk| async move { clerk.redirect_urls().delete("p_id").send().await }).await;
}

#[tokio::test]
async fn create_sign_in_token() {
    let case = Case {
        id: "CreateSignInToken",
        method: "POST",
        path: "/sign_in_tokens",
        query: &[],
        body: Some(r#"{"user_id":"x"}"#),
        status: 200,
        error_status: 403,
    };
    check(case, |clerk| async move { clerk.sign_in_tokens().create().body_map(|b| b.user_id("x")).send().await }).await;
}

#[tokio::test]
async fn revoke_sign_in_token() {
    let case = Case {
        id: "RevokeSignInToken",
        method: "POST",
        path: "/sign_in_tokens/p_sign_in_token_id/revoke",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.sign_in_tokens().revoke("p_sign_in_token_id").send().await }).await;
}

#[tokio::test]
async fn get_sign_up() {
    let case = Case {
        id: "GetSignUp",
        method: "GET",
        path: "/sign_ups/p_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 403,
    };
    check(case, |clerk| async move { clerk.sign_ups().get("p_id").send().await }).await;
}

#[tokio::test]
async fn update_sign_up() {
    let case = Case {
        id: "UpdateSignUp",
        method: "PATCH",
        path: "/sign_ups/p_id",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 403,
    };
    check(case, |clerk| async move { clerk.sign_ups().update("p_id").body_map(|b| b).send().await }).await;
}

#[tokio::test]
async fn list_o_auth_applications() {
    let case = Case {
        id: "ListOAuthApplications",
        method: "GET",
        path: "/oauth_applications",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.oauth_applications().list().send().await }).await;
}

#[tokio::test]
async fn create_o_auth_application() {
    let case = Case {
        id: "CreateOAuthApplication",
        method: "POST",
        path: "/oauth_applications",
        query: &[],
        body: Some(r#"{"name":"x"}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.oauth_applications().create().body_map(|b| b.name("x")).send().await })
        .await;
}

#[tokio::test]
async fn get_o_auth_application() {
    let case = Case {
        id: "GetOAuthApplication",
        method: "GET",
        path: "/oauth_applications/p_oauth_application_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 403,
    };
    check(case, |clerk| async move { clerk.oauth_applications().get("p_oauth_application_id").send().await }).await;
}

#[tokio::test]
async fn update_o_auth_application() {
    let case = Case {
        id: "UpdateOAuthApplication",
        method: "PATCH",
        path: "/oauth_applications/p_oauth_application_id",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk.oauth_applications().update("p_oauth_application_id").body_map(|b| b).send().await
    })
    .await;
}

#[tokio::test]
async fn delete_o_auth_application() {
    let case = Case {
        id: "DeleteOAuthApplication",
        method: "DELETE",
        path: "/oauth_applications/p_oauth_application_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 403,
    };
    check(case, |clerk| async move { clerk.oauth_applications().delete("p_oauth_application_id").send().await }).await;
}

#[tokio::test]
async fn rotate_o_auth_application_secret() {
    let case = Case {
        id: "RotateOAuthApplicationSecret",
        method: "POST",
        path: "/oauth_applications/p_oauth_application_id/rotate_secret",
        query: &[],
        body: None,
        status: 200,
        error_status: 403,
    };
    check(case, |clerk| async move { clerk.oauth_applications().rotate_secret("p_oauth_application_id").send().await })
        .await;
}

#[tokio::test]
async fn revoke_o_auth_application_token() {
    let case = Case {
        id: "RevokeOAuthApplicationToken",
        method: "POST",
        path: "/oauth_applications/p_oauth_application_id/revoke_token",
        query: &[],
        body: Some(r#"{"token":"x"}"#),
        status: 204,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk.oauth_applications().revoke_token("p_oauth_application_id").body_map(|b| b.token("x")).send().await
    })
    .await;
}

#[tokio::test]
async fn list_saml_connections() {
    let case = Case {
        id: "ListSAMLConnections",
        method: "GET",
        path: "/saml_connections",
        query: &[],
        body: None,
        status: 200,
        error_status: 402,
    };
    check(case, |clerk| async move { clerk.saml_connections().list().send().await }).await;
}

#[tokio::test]
async fn create_saml_connection() {
    let case = Case {
        id: "CreateSAMLConnection",
        method: "POST",
        path: "/saml_connections",
        query: &[],
        body: Some(r#"{"name":"x","provider":"saml_custom"}"#),
        status: 200,
        error_status: 402,
    };
    check(case, |clerk| async move {
        clerk.saml_connections().create().body_map(|b| b.name("x").provider("saml_custom")).send().await
    })
    .await;
}

#[tokio::test]
async fn get_saml_connection() {
    let case = Case {
        id: "GetSAMLConnection",
        method: "GET",
        path: "/saml_connections/p_saml_connection_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 402,
    };
    check(case, |clerk| async move { clerk.saml_connections().get("p_saml_connection_id").send().await }).await;
}

#[tokio::test]
async fn update_saml_connection() {
    let case = Case {
        id: "UpdateSAMLConnection",
        method: "PATCH",
        path: "/saml_connections/p_saml_connection_id",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 402,
    };
    check(
        case,
        |clerk| async move { clerk.saml_connections().update("p_saml_connection_id").body_map(|b| b).send().await },
    )
    .await;
}

#[tokio::test]
async fn delete_saml_connection() {
    let case = Case {
        id: "DeleteSAMLConnection",
        method: "DELETE",
        path: "/saml_connections/p_saml_connection_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 402,
    };
    check(case, |clerk| async move { clerk.saml_connections().delete("p_saml_connection_id").send().await }).await;
}

#[tokio::test]
async fn list_enterprise_connections() {
    let case = Case {
        id: "ListEnterpriseConnections",
        method: "GET",
        path: "/enterprise_connections",
        query: &[],
        body: None,
        status: 200,
        error_status: 402,
    };
    check(case, |clerk| async move { clerk.enterprise_connections().list().send().await }).await;
}

#[tokio::test]
async fn create_enterprise_connection() {
    let case = Case {
        id: "CreateEnterpriseConnection",
        method: "POST",
        path: "/enterprise_connections",
        query: &[],
        body: Some(r#"{"name":"x","provider":"saml_custom","domains":["x"]}"#),
        status: 201,
        error_status: 402,
    };
    check(case, |clerk| async move {
        clerk
            .enterprise_connections()
            .create()
            .body_map(|b| b.name("x").provider("saml_custom").domains(vec!["x".to_string()]))
            .send()
            .await
    })
    .await;
}

#[tokio::test]
async fn get_enterprise_connection() {
    let case = Case {
        id: "GetEnterpriseConnection",
        method: "GET",
        path: "/enterprise_connections/p_enterprise_connection_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 402,
    };
    check(case, |clerk| async move { clerk.enterprise_connections().get("p_enterprise_connection_id").send().await })
        .await;
}

#[tokio::test]
async fn update_enterprise_connection() {
    let case = Case {
        id: "UpdateEnterpriseConnection",
        method: "PATCH",
        path: "/enterprise_connections/p_enterprise_connection_id",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk.enterprise_connections().update("p_enterprise_connection_id").body_map(|b| b).send().await
    })
    .await;
}

#[tokio::test]
async fn delete_enterprise_connection() {
    let case = Case {
        id: "DeleteEnterpriseConnection",
        method: "DELETE",
        path: "/enterprise_connections/p_enterprise_connection_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 402,
    };
    check(
        case,
        |clerk| async move { clerk.enterprise_connections().delete("p_enterprise_connection_id").send().await },
    )
    .await;
}

#[tokio::test]
async fn list_enterprise_connection_test_runs() {
    let case = Case {
        id: "ListEnterpriseConnectionTestRuns",
        method: "GET",
        path: "/enterprise_connections/p_enterprise_connection_id/test_runs",
        query: &[],
        body: None,
        status: 200,
        error_status: 402,
    };
    check(case, |clerk| async move {
        clerk.enterprise_connections().list_test_runs("p_enterprise_connection_id").send().await
    })
    .await;
}

#[tokio::test]
async fn create_enterprise_connection_test_run() {
    let case = Case {
        id: "CreateEnterpriseConnectionTestRun",
        method: "POST",
        path: "/enterprise_connections/p_enterprise_connection_id/test_runs",
        query: &[],
        body: None,
        status: 200,
        error_status: 402,
    };
    check(case, |clerk| async move {
        clerk.enterprise_connections().create_test_run("p_enterprise_connection_id").send().await
    })
    .await;
}

#[tokio::test]
async fn create_testing_token() {
    let case = Case {
        id: "CreateTestingToken",
        method: "POST",
        path: "/testing_tokens",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.testing_tokens().create().send().await }).await;
}

#[tokio::test]
async fn create_agent_task() {
    let case = Case {
        id: "CreateAgentTask",
        method: "POST",
        path: "/agents/tasks",
        query: &[],
        body: Some(
            r#"{"on_behalf_of":{},"permissions":"*","agent_name":"x","task_description":"x","redirect_url":"https://example.com/x"}"#,
        ),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk
            .agent_tasks()
            .create()
            .body_map(|b| {
                b.on_behalf_of(serde_json::from_str::<types::CreateAgentTaskBodyOnBehalfOf>(r#"{}"#).expect("sample"))
                    .permissions("*")
                    .agent_name("x")
                    .task_description("x")
                    .redirect_url("https://example.com/x")
            })
            .send()
            .await
    })
    .await;
}

#[tokio::test]
async fn revoke_agent_task() {
    let case = Case {
        id: "RevokeAgentTask",
        method: "POST",
        path: "/agents/tasks/p_agent_task_id/revoke",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.agent_tasks().revoke("p_agent_task_id").send().await }).await;
}

#[tokio::test]
async fn instance_get_organization_memberships() {
    let case = Case {
        id: "InstanceGetOrganizationMemberships",
        method: "GET",
        path: "/organization_memberships",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.users().get_instance_organization_memberships().send().await }).await;
}

#[tokio::test]
async fn list_waitlist_entries() {
    let case = Case {
        id: "ListWaitlistEntries",
        method: "GET",
        path: "/waitlist_entries",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.waitlist_entries().list().send().await }).await;
}

#[tokio::test]
async fn create_waitlist_entry() {
    let case = Case {
        id: "CreateWaitlistEntry",
        method: "POST",
        path: "/waitlist_entries",
        query: &[],
        body: Some(r#"{"email_address":"x"}"#),
        status: 200,
        error_status: 400,
    };
    check(
        case,
        |clerk| async move { clerk.waitlist_entries().create().body_map(|b| b.email_address("x")).send().await },
    )
    .await;
}

#[tokio::test]
async fn create_bulk_waitlist_entries() {
    let case = Case {
        id: "CreateBulkWaitlistEntries",
        method: "POST",
        path: "/waitlist_entries/bulk",
        query: &[],
        body: Some(r#"[{"email_address":"x"}]"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk
            .waitlist_entries()
            .bulk_create()
            .body(
                serde_json::from_str::<Vec<types::CreateBulkWaitlistEntriesBodyItem>>(r#"[{"email_address":"x"}]"#)
                    .expect("sample"),
            )
            .send()
            .await
    })
    .await;
}

#[tokio::test]
async fn delete_waitlist_entry() {
    let case = Case {
        id: "DeleteWaitlistEntry",
        method: "DELETE",
        path: "/waitlist_entries/p_waitlist_entry_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.waitlist_entries().delete("p_waitlist_entry_id").send().await }).await;
}

#[tokio::test]
async fn invite_waitlist_entry() {
    let case = Case {
        id: "InviteWaitlistEntry",
        method: "POST",
        path: "/waitlist_entries/p_waitlist_entry_id/invite",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 400,
    };
    check(
        case,
        |clerk| async move { clerk.waitlist_entries().invite("p_waitlist_entry_id").body_map(|b| b).send().await },
    )
    .await;
}

#[tokio::test]
async fn reject_waitlist_entry() {
    let case = Case {
        id: "RejectWaitlistEntry",
        method: "POST",
        path: "/waitlist_entries/p_waitlist_entry_id/reject",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.waitlist_entries().reject("p_waitlist_entry_id").send().await }).await;
}

#[tokio::test]
async fn get_commerce_plan_list() {
    let case = Case {
        id: "GetCommercePlanList",
        method: "GET",
        path: "/billing/plans",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.billing().list_plans().send().await }).await;
}

#[tokio::test]
async fn get_billing_price_list() {
    let case = Case {
        id: "GetBillingPriceList",
        method: "GET",
        path: "/billing/prices",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.billing().list_prices().send().await }).await;
}

#[tokio::test]
async fn create_billing_price() {
    let case = Case {
        id: "CreateBillingPrice",
        method: "POST",
        path: "/billing/prices",
        query: &[],
        body: Some(r#"{"plan_id":"x","amount":1}"#),
        status: 200,
        error_status: 400,
    };
    check(
        case,
        |clerk| async move { clerk.billing().create_price().body_map(|b| b.plan_id("x").amount(1)).send().await },
    )
    .await;
}

#[tokio::test]
async fn get_commerce_subscription_item_list() {
    let case = Case {
        id: "GetCommerceSubscriptionItemList",
        method: "GET",
        path: "/billing/subscription_items",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.billing().list_subscription_items().send().await }).await;
}

#[tokio::test]
async fn cancel_commerce_subscription_item() {
    let case = Case {
        id: "CancelCommerceSubscriptionItem",
        method: "DELETE",
        path: "/billing/subscription_items/p_subscription_item_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.billing().cancel_subscription_item("p_subscription_item_id").send().await })
        .await;
}

#[tokio::test]
async fn extend_billing_subscription_item_free_trial() {
    let case = Case {
        id: "ExtendBillingSubscriptionItemFreeTrial",
        method: "POST",
        path: "/billing/subscription_items/p_subscription_item_id/extend_free_trial",
        query: &[],
        body: Some(r#"{"extend_to":"2024-05-28T08:00:00Z"}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk
            .billing()
            .extend_subscription_item_free_trial("p_subscription_item_id")
            .body_map(|b| b.extend_to("2024-05-28T08:00:00Z".parse::<chrono::DateTime<chrono::Utc>>().expect("a date")))
            .send()
            .await
    })
    .await;
}

#[tokio::test]
async fn create_billing_price_transition() {
    let case = Case {
        id: "CreateBillingPriceTransition",
        method: "POST",
        path: "/billing/subscription_items/p_subscription_item_id/price_transition",
        query: &[],
        body: Some(r#"{"from_price_id":"x","to_price_id":"x"}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk
            .billing()
            .create_price_transition("p_subscription_item_id")
            .body_map(|b| b.from_price_id("x").to_price_id("x"))
            .send()
            .await
    })
    .await;
}

#[tokio::test]
async fn apply_billing_subscription_item_discount() {
    let case = Case {
        id: "ApplyBillingSubscriptionItemDiscount",
        method: "POST",
        path: "/billing/subscription_items/p_subscription_item_id/discounts",
        query: &[],
        body: Some(r#"{"discount_id":"x"}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk
            .billing()
            .apply_subscription_item_discount("p_subscription_item_id")
            .body_map(|b| b.discount_id("x"))
            .send()
            .await
    })
    .await;
}

#[tokio::test]
async fn remove_billing_subscription_item_discount() {
    let case = Case {
        id: "RemoveBillingSubscriptionItemDiscount",
        method: "DELETE",
        path: "/billing/subscription_items/p_subscription_item_id/discounts/p_discount_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk.billing().remove_subscription_item_discount("p_subscription_item_id", "p_discount_id").send().await
    })
    .await;
}

#[tokio::test]
async fn get_billing_statement_list() {
    let case = Case {
        id: "GetBillingStatementList",
        method: "GET",
        path: "/billing/statements",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.billing().list_statements().send().await }).await;
}

#[tokio::test]
async fn get_billing_statement() {
    let case = Case {
        id: "GetBillingStatement",
        method: "GET",
        path: "/billing/statements/p_statement_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.billing().get_statement("p_statement_id").send().await }).await;
}

#[tokio::test]
async fn get_billing_statement_payment_attempts() {
    let case = Case {
        id: "GetBillingStatementPaymentAttempts",
        method: "GET",
        path: "/billing/statements/p_statement_id/payment_attempts",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.billing().get_statement_payment_attempts("p_statement_id").send().await })
        .await;
}

#[tokio::test]
async fn list_organization_permissions() {
    let case = Case {
        id: "ListOrganizationPermissions",
        method: "GET",
        path: "/organization_permissions",
        query: &[],
        body: None,
        status: 200,
        error_status: 401,
    };
    check(case, |clerk| async move { clerk.organization_permissions().list().send().await }).await;
}

#[tokio::test]
async fn create_organization_permission() {
    let case = Case {
        id: "CreateOrganizationPermission",
        method: "POST",
        path: "/organization_permissions",
        query: &[],
        body: Some(r#"{"name":"x","key":"x"}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk.organization_permissions().create().body_map(|b| b.name("x").key("x")).send().await
    })
    .await;
}

#[tokio::test]
async fn get_organization_permission() {
    let case = Case {
        id: "GetOrganizationPermission",
        method: "GET",
        path: "/organization_permissions/p_permission_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 401,
    };
    check(case, |clerk| async move { clerk.organization_permissions().get("p_permission_id").send().await }).await;
}

#[tokio::test]
async fn update_organization_permission() {
    let case = Case {
        id: "UpdateOrganizationPermission",
        method: "PATCH",
        path: "/organization_permissions/p_permission_id",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk.organization_permissions().update("p_permission_id").body_map(|b| b).send().await
    })
    .await;
}

#[tokio::test]
async fn delete_organization_permission() {
    let case = Case {
        id: "DeleteOrganizationPermission",
        method: "DELETE",
        path: "/organization_permissions/p_permission_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 401,
    };
    check(case, |clerk| async move { clerk.organization_permissions().delete("p_permission_id").send().await }).await;
}

#[tokio::test]
async fn list_role_sets() {
    let case = Case {
        id: "ListRoleSets",
        method: "GET",
        path: "/role_sets",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.role_sets().list().send().await }).await;
}

#[tokio::test]
async fn create_role_set() {
    let case = Case {
        id: "CreateRoleSet",
        method: "POST",
        path: "/role_sets",
        query: &[],
        body: Some(r#"{"name":"x","default_role_key":"x","creator_role_key":"x","roles":["x"]}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk
            .role_sets()
            .create()
            .body_map(|b| b.name("x").default_role_key("x").creator_role_key("x").roles(vec!["x".to_string()]))
            .send()
            .await
    })
    .await;
}

#[tokio::test]
async fn get_role_set() {
    let case = Case {
        id: "GetRoleSet",
        method: "GET",
        path: "/role_sets/p_role_set_key_or_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 401,
    };
    check(case, |clerk| async move { clerk.role_sets().get("p_role_set_key_or_id").send().await }).await;
}

#[tokio::test]
async fn update_role_set() {
    let case = Case {
        id: "UpdateRoleSet",
        method: "PATCH",
        path: "/role_sets/p_role_set_key_or_id",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.role_sets().update("p_role_set_key_or_id").body_map(|b| b).send().await })
        .await;
}

#[tokio::test]
async fn replace_role_set() {
    let case = Case {
        id: "ReplaceRoleSet",
        method: "POST",
        path: "/role_sets/p_role_set_key_or_id/replace",
        query: &[],
        body: Some(r#"{"dest_role_set_key":"x"}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk.role_sets().replace("p_role_set_key_or_id").body_map(|b| b.dest_role_set_key("x")).send().await
    })
    .await;
}

#[tokio::test]
async fn add_roles_to_role_set() {
    let case = Case {
        id: "AddRolesToRoleSet",
        method: "POST",
        path: "/role_sets/p_role_set_key_or_id/roles",
        query: &[],
        body: Some(r#"{"role_keys":["x"]}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk
            .role_sets()
            .add_roles("p_role_set_key_or_id")
            .body_map(|b| b.role_keys(vec!["x".to_string()]))
            .send()
            .await
    })
    .await;
}

#[tokio::test]
async fn replace_role_in_role_set() {
    let case = Case {
        id: "ReplaceRoleInRoleSet",
        method: "POST",
        path: "/role_sets/p_role_set_key_or_id/roles/replace",
        query: &[],
        body: Some(r#"{"role_key":"x","to_role_key":"x"}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk
            .role_sets()
            .replace_role("p_role_set_key_or_id")
            .body_map(|b| b.role_key("x").to_role_key("x"))
            .send()
            .await
    })
    .await;
}

#[tokio::test]
async fn list_scim_directories() {
    let case = Case {
        id: "ListSCIMDirectories",
        method: "GET",
        path: "/scim_directories",
        query: &[],
        body: None,
        status: 200,
        error_status: 401,
    };
    check(case, |clerk| async move { clerk.scim_directories().list().send().await }).await;
}

#[tokio::test]
async fn create_scim_directory() {
    let case = Case {
        id: "CreateSCIMDirectory",
        method: "POST",
        path: "/scim_directories",
        query: &[],
        body: Some(r#"{"enterprise_connection_id":"x","provider":"x"}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk.scim_directories().create().body_map(|b| b.enterprise_connection_id("x").provider("x")).send().await
    })
    .await;
}

#[tokio::test]
async fn get_scim_directory() {
    let case = Case {
        id: "GetSCIMDirectory",
        method: "GET",
        path: "/scim_directories/p_scim_directory_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 401,
    };
    check(case, |clerk| async move { clerk.scim_directories().get("p_scim_directory_id").send().await }).await;
}

#[tokio::test]
async fn update_scim_directory() {
    let case = Case {
        id: "UpdateSCIMDirectory",
        method: "PATCH",
        path: "/scim_directories/p_scim_directory_id",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 400,
    };
    check(
        case,
        |clerk| async move { clerk.scim_directories().update("p_scim_directory_id").body_map(|b| b).send().await },
    )
    .await;
}

#[tokio::test]
async fn delete_scim_directory() {
    let case = Case {
        id: "DeleteSCIMDirectory",
        method: "DELETE",
        path: "/scim_directories/p_scim_directory_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 401,
    };
    check(case, |clerk| async move { clerk.scim_directories().delete("p_scim_directory_id").send().await }).await;
}

#[tokio::test]
async fn rotate_scim_directory_api_key() {
    let case = Case {
        id: "RotateSCIMDirectoryAPIKey",
        method: "POST",
        path: "/scim_directories/p_scim_directory_id/rotate_api_key",
        query: &[],
        body: None,
        status: 200,
        error_status: 401,
    };
    check(case, |clerk| async move { clerk.scim_directories().rotate_api_key("p_scim_directory_id").send().await })
        .await;
}

#[tokio::test]
async fn list_scim_group_role_mappings() {
    let case = Case {
        id: "ListSCIMGroupRoleMappings",
        method: "GET",
        path: "/scim_directories/p_scim_directory_id/group_role_mappings",
        query: &[],
        body: None,
        status: 200,
        error_status: 401,
    };
    check(case, |clerk| async move {
        clerk.scim_directories().list_group_role_mappings("p_scim_directory_id").send().await
    })
    .await;
}

#[tokio::test]
async fn create_scim_group_role_mapping() {
    let case = Case {
        id: "CreateSCIMGroupRoleMapping",
        method: "POST",
        path: "/scim_directories/p_scim_directory_id/group_role_mappings",
        query: &[],
        body: Some(r#"{"scim_group_id":"x","role_id":"x"}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk
            .scim_directories()
            .create_group_role_mapping("p_scim_directory_id")
            .body_map(|b| b.scim_group_id("x").role_id("x"))
            .send()
            .await
    })
    .await;
}

#[tokio::test]
async fn replace_scim_group_role_mappings() {
    let case = Case {
        id: "ReplaceSCIMGroupRoleMappings",
        method: "PUT",
        path: "/scim_directories/p_scim_directory_id/group_role_mappings",
        query: &[],
        body: Some(r#"{"mappings":[{"scim_group_id":"x","role_id":"x"}]}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk
            .scim_directories()
            .replace_group_role_mappings("p_scim_directory_id")
            .body_map(|b| {
                b.mappings(
                    serde_json::from_str::<Vec<types::ReplaceScimGroupRoleMappingsBodyMappingsItem>>(
                        r#"[{"scim_group_id":"x","role_id":"x"}]"#,
                    )
                    .expect("sample"),
                )
            })
            .send()
            .await
    })
    .await;
}

#[tokio::test]
async fn delete_scim_group_role_mapping() {
    let case = Case {
        id: "DeleteSCIMGroupRoleMapping",
        method: "DELETE",
        path: "/scim_directories/p_scim_directory_id/group_role_mappings/p_mapping_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk.scim_directories().delete_group_role_mapping("p_scim_directory_id", "p_mapping_id").send().await
    })
    .await;
}

#[tokio::test]
async fn list_directories() {
    let case = Case {
        id: "ListDirectories",
        method: "GET",
        path: "/directories",
        query: &[],
        body: None,
        status: 200,
        error_status: 401,
    };
    check(case, |clerk| async move { clerk.directories().list().send().await }).await;
}

#[tokio::test]
async fn create_directory() {
    let case = Case {
        id: "CreateDirectory",
        method: "POST",
        path: "/directories",
        query: &[],
        body: Some(r#"{"enterprise_connection_id":"x","provider":"x"}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk.directories().create().body_map(|b| b.enterprise_connection_id("x").provider("x")).send().await
    })
    .await;
}

#[tokio::test]
async fn get_directory() {
    let case = Case {
        id: "GetDirectory",
        method: "GET",
        path: "/directories/p_directory_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 401,
    };
    check(case, |clerk| async move { clerk.directories().get("p_directory_id").send().await }).await;
}

#[tokio::test]
async fn update_directory() {
    let case = Case {
        id: "UpdateDirectory",
        method: "PATCH",
        path: "/directories/p_directory_id",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.directories().update("p_directory_id").body_map(|b| b).send().await }).await;
}

#[tokio::test]
async fn delete_directory() {
    let case = Case {
        id: "DeleteDirectory",
        method: "DELETE",
        path: "/directories/p_directory_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 401,
    };
    check(case, |clerk| async move { clerk.directories().delete("p_directory_id").send().await }).await;
}

#[tokio::test]
async fn rotate_directory_api_key() {
    let case = Case {
        id: "RotateDirectoryAPIKey",
        method: "POST",
        path: "/directories/p_directory_id/rotate_api_key",
        query: &[],
        body: None,
        status: 200,
        error_status: 401,
    };
    check(case, |clerk| async move { clerk.directories().rotate_api_key("p_directory_id").send().await }).await;
}

#[tokio::test]
async fn list_directory_group_role_mappings() {
    let case = Case {
        id: "ListDirectoryGroupRoleMappings",
        method: "GET",
        path: "/directories/p_directory_id/group_role_mappings",
        query: &[],
        body: None,
        status: 200,
        error_status: 401,
    };
    check(case, |clerk| async move { clerk.directories().list_group_role_mappings("p_directory_id").send().await })
        .await;
}

#[tokio::test]
async fn create_directory_group_role_mapping() {
    let case = Case {
        id: "CreateDirectoryGroupRoleMapping",
        method: "POST",
        path: "/directories/p_directory_id/group_role_mappings",
        query: &[],
        body: Some(r#"{"role_id":"x"}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk.directories().create_group_role_mapping("p_directory_id").body_map(|b| b.role_id("x")).send().await
    })
    .await;
}

#[tokio::test]
async fn replace_directory_group_role_mappings() {
    let case = Case {
        id: "ReplaceDirectoryGroupRoleMappings",
        method: "PUT",
        path: "/directories/p_directory_id/group_role_mappings",
        query: &[],
        body: Some(r#"{"mappings":[{"role_id":"x"}]}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk
            .directories()
            .replace_group_role_mappings("p_directory_id")
            .body_map(|b| {
                b.mappings(
                    serde_json::from_str::<Vec<types::ReplaceDirectoryGroupRoleMappingsBodyMappingsItem>>(
                        r#"[{"role_id":"x"}]"#,
                    )
                    .expect("sample"),
                )
            })
            .send()
            .await
    })
    .await;
}

#[tokio::test]
async fn delete_directory_group_role_mapping() {
    let case = Case {
        id: "DeleteDirectoryGroupRoleMapping",
        method: "DELETE",
        path: "/directories/p_directory_id/group_role_mappings/p_mapping_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk.directories().delete_group_role_mapping("p_directory_id", "p_mapping_id").send().await
    })
    .await;
}

#[tokio::test]
async fn create_admin_portal_link_token() {
    let case = Case {
        id: "createAdminPortalLinkToken",
        method: "POST",
        path: "/admin_portal_link_tokens",
        query: &[],
        body: Some(r#"{}"#),
        status: 201,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.admin_portal_link_tokens().create().body_map(|b| b).send().await }).await;
}

#[tokio::test]
async fn revoke_admin_portal_link_token() {
    let case = Case {
        id: "revokeAdminPortalLinkToken",
        method: "POST",
        path: "/admin_portal_link_tokens/p_admin_portal_link_token_id/revoke",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move {
        clerk.admin_portal_link_tokens().revoke("p_admin_portal_link_token_id").body_map(|b| b).send().await
    })
    .await;
}

#[tokio::test]
async fn create_api_key() {
    let case = Case {
        id: "createApiKey",
        method: "POST",
        path: "/api_keys",
        query: &[],
        body: Some(r#"{"name":"x","subject":"x"}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.api_keys().create().body_map(|b| b.name("x").subject("x")).send().await })
        .await;
}

#[tokio::test]
async fn get_api_keys() {
    let case = Case {
        id: "getApiKeys",
        method: "GET",
        path: "/api_keys",
        query: &[("subject", "q_subject")],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.api_keys().list().subject("q_subject").send().await }).await;
}

#[tokio::test]
async fn get_api_key() {
    let case = Case {
        id: "getApiKey",
        method: "GET",
        path: "/api_keys/p_api_key_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.api_keys().get("p_api_key_id").send().await }).await;
}

#[tokio::test]
async fn update_api_key() {
    let case = Case {
        id: "updateApiKey",
        method: "PATCH",
        path: "/api_keys/p_api_key_id",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.api_keys().update("p_api_key_id").body_map(|b| b).send().await }).await;
}

#[tokio::test]
async fn delete_api_key() {
    let case = Case {
        id: "deleteApiKey",
        method: "DELETE",
        path: "/api_keys/p_api_key_id",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.api_keys().delete("p_api_key_id").send().await }).await;
}

#[tokio::test]
async fn get_api_key_secret() {
    let case = Case {
        id: "getApiKeySecret",
        method: "GET",
        path: "/api_keys/p_api_key_id/secret",
        query: &[],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.api_keys().get_secret("p_api_key_id").send().await }).await;
}

#[tokio::test]
async fn revoke_api_key() {
    let case = Case {
        id: "revokeApiKey",
        method: "POST",
        path: "/api_keys/p_api_key_id/revoke",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.api_keys().revoke("p_api_key_id").body_map(|b| b).send().await }).await;
}

#[tokio::test]
async fn verify_api_key() {
    let case = Case {
        id: "verifyApiKey",
        method: "POST",
        path: "/api_keys/verify",
        query: &[],
        body: Some(r#"{"secret":"x"}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.api_keys().verify().body_map(|b| b.secret("x")).send().await }).await;
}

#[tokio::test]
async fn create_m2m_token() {
    let case = Case {
        id: "createM2MToken",
        method: "POST",
        path: "/m2m_tokens",
        query: &[],
        body: Some(r#"{}"#),
        status: 201,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.m2m().create_token().body_map(|b| b).send().await }).await;
}

#[tokio::test]
async fn get_m2m_tokens() {
    let case = Case {
        id: "getM2MTokens",
        method: "GET",
        path: "/m2m_tokens",
        query: &[("subject", "q_subject")],
        body: None,
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.m2m().list_tokens().subject("q_subject").send().await }).await;
}

#[tokio::test]
async fn revoke_m2m_token() {
    let case = Case {
        id: "revokeM2MToken",
        method: "POST",
        path: "/m2m_tokens/p_m2m_token_id/revoke",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.m2m().revoke_token("p_m2m_token_id").body_map(|b| b).send().await }).await;
}

#[tokio::test]
async fn verify_m2m_token() {
    let case = Case {
        id: "verifyM2MToken",
        method: "POST",
        path: "/m2m_tokens/verify",
        query: &[],
        body: Some(r#"{"token":"x"}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.m2m().verify_token().body_map(|b| b.token("x")).send().await }).await;
}

#[tokio::test]
async fn verify_o_auth_access_token() {
    let case = Case {
        id: "verifyOAuthAccessToken",
        method: "POST",
        path: "/oauth_applications/access_tokens/verify",
        query: &[],
        body: Some(r#"{}"#),
        status: 200,
        error_status: 400,
    };
    check(case, |clerk| async move { clerk.oauth_access_tokens().verify().body_map(|b| b).send().await }).await;
}

/// A decoder per operation, for answers built from Clerk's own examples.
pub const DECODERS: &[(&str, Decoder)] = &[
    ("GetPublicInterstitial", decode::<<builder::GetPublicInterstitial<'static> as Operation>::Output>),
    ("GetJWKS", decode::<<builder::GetJwks<'static> as Operation>::Output>),
    ("GetClientList", decode::<<builder::GetClientList<'static> as Operation>::Output>),
    ("VerifyClient", decode::<<builder::VerifyClient<'static> as Operation>::Output>),
    ("GetClient", decode::<<builder::GetClient<'static> as Operation>::Output>),
    ("CreateEmailAddress", decode::<<builder::CreateEmailAddress<'static> as Operation>::Output>),
    ("GetEmailAddress", decode::<<builder::GetEmailAddress<'static> as Operation>::Output>),
    ("DeleteEmailAddress", decode::<<builder::DeleteEmailAddress<'static> as Operation>::Output>),
    ("UpdateEmailAddress", decode::<<builder::UpdateEmailAddress<'static> as Operation>::Output>),
    (
        "PrepareEmailAddressVerification",
        decode::<<builder::PrepareEmailAddressVerification<'static> as Operation>::Output>,
    ),
    (
        "AttemptEmailAddressVerification",
        decode::<<builder::AttemptEmailAddressVerification<'static> as Operation>::Output>,
    ),
    ("ReplaceUserEmailAddress", decode::<<builder::ReplaceUserEmailAddress<'static> as Operation>::Output>),
    ("CreatePhoneNumber", decode::<<builder::CreatePhoneNumber<'static> as Operation>::Output>),
    ("GetPhoneNumber", decode::<<builder::GetPhoneNumber<'static> as Operation>::Output>),
    ("DeletePhoneNumber", decode::<<builder::DeletePhoneNumber<'static> as Operation>::Output>),
    ("UpdatePhoneNumber", decode::<<builder::UpdatePhoneNumber<'static> as Operation>::Output>),
    (
        "PreparePhoneNumberVerification",
        decode::<<builder::PreparePhoneNumberVerification<'static> as Operation>::Output>,
    ),
    (
        "AttemptPhoneNumberVerification",
        decode::<<builder::AttemptPhoneNumberVerification<'static> as Operation>::Output>,
    ),
    ("ReplaceUserPhoneNumber", decode::<<builder::ReplaceUserPhoneNumber<'static> as Operation>::Output>),
    ("GetSessionList", decode::<<builder::GetSessionList<'static> as Operation>::Output>),
    ("createSession", decode::<<builder::CreateSession<'static> as Operation>::Output>),
    ("GetSession", decode::<<builder::GetSession<'static> as Operation>::Output>),
    ("RefreshSession", decode::<<builder::RefreshSession<'static> as Operation>::Output>),
    ("RevokeSession", decode::<<builder::RevokeSession<'static> as Operation>::Output>),
    ("CreateSessionToken", decode::<<builder::CreateSessionToken<'static> as Operation>::Output>),
    (
        "CreateSessionTokenFromTemplate",
        decode::<<builder::CreateSessionTokenFromTemplate<'static> as Operation>::Output>,
    ),
    ("GetTemplateList", decode::<<builder::GetTemplateList<'static> as Operation>::Output>),
    ("GetTemplate", decode::<<builder::GetTemplate<'static> as Operation>::Output>),
    ("UpsertTemplate", decode::<<builder::UpsertTemplate<'static> as Operation>::Output>),
    ("RevertTemplate", decode::<<builder::RevertTemplate<'static> as Operation>::Output>),
    ("PreviewTemplate", decode::<<builder::PreviewTemplate<'static> as Operation>::Output>),
    ("ToggleTemplateDelivery", decode::<<builder::ToggleTemplateDelivery<'static> as Operation>::Output>),
    ("GetUserList", decode::<<builder::GetUserList<'static> as Operation>::Output>),
    ("CreateUser", decode::<<builder::CreateUser<'static> as Operation>::Output>),
    ("GetUsersCount", decode::<<builder::GetUsersCount<'static> as Operation>::Output>),
    ("GetUser", decode::<<builder::GetUser<'static> as Operation>::Output>),
    ("UpdateUser", decode::<<builder::UpdateUser<'static> as Operation>::Output>),
    ("DeleteUser", decode::<<builder::DeleteUser<'static> as Operation>::Output>),
    ("BanUser", decode::<<builder::BanUser<'static> as Operation>::Output>),
    ("UnbanUser", decode::<<builder::UnbanUser<'static> as Operation>::Output>),
    ("UsersBan", decode::<<builder::UsersBan<'static> as Operation>::Output>),
    ("UsersUnban", decode::<<builder::UsersUnban<'static> as Operation>::Output>),
    ("LockUser", decode::<<builder::LockUser<'static> as Operation>::Output>),
    ("UnlockUser", decode::<<builder::UnlockUser<'static> as Operation>::Output>),
    ("DeleteUserProfileImage", decode::<<builder::DeleteUserProfileImage<'static> as Operation>::Output>),
    ("UpdateUserMetadata", decode::<<builder::UpdateUserMetadata<'static> as Operation>::Output>),
    ("ReplaceUserMetadata", decode::<<builder::ReplaceUserMetadata<'static> as Operation>::Output>),
    ("GetUserBillingSubscription", decode::<<builder::GetUserBillingSubscription<'static> as Operation>::Output>),
    ("GetUserBillingCreditBalance", decode::<<builder::GetUserBillingCreditBalance<'static> as Operation>::Output>),
    (
        "AdjustUserBillingCreditBalance",
        decode::<<builder::AdjustUserBillingCreditBalance<'static> as Operation>::Output>,
    ),
    ("GetOAuthAccessToken", decode::<<builder::GetOAuthAccessToken<'static> as Operation>::Output>),
    (
        "UsersGetOrganizationMemberships",
        decode::<<builder::UsersGetOrganizationMemberships<'static> as Operation>::Output>,
    ),
    (
        "UsersGetOrganizationInvitations",
        decode::<<builder::UsersGetOrganizationInvitations<'static> as Operation>::Output>,
    ),
    ("RemoveUserPassword", decode::<<builder::RemoveUserPassword<'static> as Operation>::Output>),
    ("VerifyPassword", decode::<<builder::VerifyPassword<'static> as Operation>::Output>),
    ("VerifyTOTP", decode::<<builder::VerifyTotp<'static> as Operation>::Output>),
    ("DisableMFA", decode::<<builder::DisableMfa<'static> as Operation>::Output>),
    ("DeleteBackupCode", decode::<<builder::DeleteBackupCode<'static> as Operation>::Output>),
    ("UserPasskeyDelete", decode::<<builder::UserPasskeyDelete<'static> as Operation>::Output>),
    ("ListUserTrustedDevices", decode::<<builder::ListUserTrustedDevices<'static> as Operation>::Output>),
    ("RevokeUserTrustedDevice", decode::<<builder::RevokeUserTrustedDevice<'static> as Operation>::Output>),
    ("UserWeb3WalletDelete", decode::<<builder::UserWeb3WalletDelete<'static> as Operation>::Output>),
    ("DeleteTOTP", decode::<<builder::DeleteTotp<'static> as Operation>::Output>),
    ("DeleteExternalAccount", decode::<<builder::DeleteExternalAccount<'static> as Operation>::Output>),
    ("SetUserPasswordCompromised", decode::<<builder::SetUserPasswordCompromised<'static> as Operation>::Output>),
    ("UnsetUserPasswordCompromised", decode::<<builder::UnsetUserPasswordCompromised<'static> as Operation>::Output>),
    ("CreateInvitation", decode::<<builder::CreateInvitation<'static> as Operation>::Output>),
    ("ListInvitations", decode::<<builder::ListInvitations<'static> as Operation>::Output>),
    ("CreateBulkInvitations", decode::<<builder::CreateBulkInvitations<'static> as Operation>::Output>),
    ("RevokeInvitation", decode::<<builder::RevokeInvitation<'static> as Operation>::Output>),
    (
        "ListInstanceOrganizationInvitations",
        decode::<<builder::ListInstanceOrganizationInvitations<'static> as Operation>::Output>,
    ),
    ("ListAllowlistIdentifiers", decode::<<builder::ListAllowlistIdentifiers<'static> as Operation>::Output>),
    ("CreateAllowlistIdentifier", decode::<<builder::CreateAllowlistIdentifier<'static> as Operation>::Output>),
    ("DeleteAllowlistIdentifier", decode::<<builder::DeleteAllowlistIdentifier<'static> as Operation>::Output>),
    ("ListBlocklistIdentifiers", decode::<<builder::ListBlocklistIdentifiers<'static> as Operation>::Output>),
    ("CreateBlocklistIdentifier", decode::<<builder::CreateBlocklistIdentifier<'static> as Operation>::Output>),
    ("DeleteBlocklistIdentifier", decode::<<builder::DeleteBlocklistIdentifier<'static> as Operation>::Output>),
    ("UpdateInstanceAuthConfig", decode::<<builder::UpdateInstanceAuthConfig<'static> as Operation>::Output>),
    (
        "UpdateProductionInstanceDomain",
        decode::<<builder::UpdateProductionInstanceDomain<'static> as Operation>::Output>,
    ),
    ("CreateActorToken", decode::<<builder::CreateActorToken<'static> as Operation>::Output>),
    ("RevokeActorToken", decode::<<builder::RevokeActorToken<'static> as Operation>::Output>),
    ("ListDomains", decode::<<builder::ListDomains<'static> as Operation>::Output>),
    ("AddDomain", decode::<<builder::AddDomain<'static> as Operation>::Output>),
    ("DeleteDomain", decode::<<builder::DeleteDomain<'static> as Operation>::Output>),
    ("UpdateDomain", decode::<<builder::UpdateDomain<'static> as Operation>::Output>),
    ("GetInstance", decode::<<builder::GetInstance<'static> as Operation>::Output>),
    ("UpdateInstance", decode::<<builder::UpdateInstance<'static> as Operation>::Output>),
    ("UpdateInstanceRestrictions", decode::<<builder::UpdateInstanceRestrictions<'static> as Operation>::Output>),
    ("GetInstanceProtect", decode::<<builder::GetInstanceProtect<'static> as Operation>::Output>),
    ("UpdateInstanceProtect", decode::<<builder::UpdateInstanceProtect<'static> as Operation>::Output>),
    ("GetInstanceCommunication", decode::<<builder::GetInstanceCommunication<'static> as Operation>::Output>),
    ("UpdateInstanceCommunication", decode::<<builder::UpdateInstanceCommunication<'static> as Operation>::Output>),
    (
        "GetInstanceOAuthApplicationSettings",
        decode::<<builder::GetInstanceOAuthApplicationSettings<'static> as Operation>::Output>,
    ),
    (
        "UpdateInstanceOAuthApplicationSettings",
        decode::<<builder::UpdateInstanceOAuthApplicationSettings<'static> as Operation>::Output>,
    ),
    (
        "ChangeProductionInstanceDomain",
        decode::<<builder::ChangeProductionInstanceDomain<'static> as Operation>::Output>,
    ),
    (
        "GetInstanceOrganizationSettings",
        decode::<<builder::GetInstanceOrganizationSettings<'static> as Operation>::Output>,
    ),
    (
        "UpdateInstanceOrganizationSettings",
        decode::<<builder::UpdateInstanceOrganizationSettings<'static> as Operation>::Output>,
    ),
    ("CreateSvixApp", decode::<<builder::CreateSvixApp<'static> as Operation>::Output>),
    ("DeleteSvixApp", decode::<<builder::DeleteSvixApp<'static> as Operation>::Output>),
    ("GenerateSvixAuthURL", decode::<<builder::GenerateSvixAuthUrl<'static> as Operation>::Output>),
    ("ListJWTTemplates", decode::<<builder::ListJwtTemplates<'static> as Operation>::Output>),
    ("CreateJWTTemplate", decode::<<builder::CreateJwtTemplate<'static> as Operation>::Output>),
    ("GetJWTTemplate", decode::<<builder::GetJwtTemplate<'static> as Operation>::Output>),
    ("UpdateJWTTemplate", decode::<<builder::UpdateJwtTemplate<'static> as Operation>::Output>),
    ("DeleteJWTTemplate", decode::<<builder::DeleteJwtTemplate<'static> as Operation>::Output>),
    ("ListMachines", decode::<<builder::ListMachines<'static> as Operation>::Output>),
    ("CreateMachine", decode::<<builder::CreateMachine<'static> as Operation>::Output>),
    ("GetMachine", decode::<<builder::GetMachine<'static> as Operation>::Output>),
    ("UpdateMachine", decode::<<builder::UpdateMachine<'static> as Operation>::Output>),
    ("DeleteMachine", decode::<<builder::DeleteMachine<'static> as Operation>::Output>),
    ("GetMachineSecretKey", decode::<<builder::GetMachineSecretKey<'static> as Operation>::Output>),
    ("RotateMachineSecretKey", decode::<<builder::RotateMachineSecretKey<'static> as Operation>::Output>),
    ("CreateMachineScope", decode::<<builder::CreateMachineScope<'static> as Operation>::Output>),
    ("DeleteMachineScope", decode::<<builder::DeleteMachineScope<'static> as Operation>::Output>),
    ("ListOrganizations", decode::<<builder::ListOrganizations<'static> as Operation>::Output>),
    ("CreateOrganization", decode::<<builder::CreateOrganization<'static> as Operation>::Output>),
    ("GetOrganization", decode::<<builder::GetOrganization<'static> as Operation>::Output>),
    ("UpdateOrganization", decode::<<builder::UpdateOrganization<'static> as Operation>::Output>),
    ("DeleteOrganization", decode::<<builder::DeleteOrganization<'static> as Operation>::Output>),
    ("MergeOrganizationMetadata", decode::<<builder::MergeOrganizationMetadata<'static> as Operation>::Output>),
    ("ReplaceOrganizationMetadata", decode::<<builder::ReplaceOrganizationMetadata<'static> as Operation>::Output>),
    ("DeleteOrganizationLogo", decode::<<builder::DeleteOrganizationLogo<'static> as Operation>::Output>),
    (
        "GetOrganizationBillingSubscription",
        decode::<<builder::GetOrganizationBillingSubscription<'static> as Operation>::Output>,
    ),
    (
        "GetOrganizationBillingCreditBalance",
        decode::<<builder::GetOrganizationBillingCreditBalance<'static> as Operation>::Output>,
    ),
    (
        "AdjustOrganizationBillingCreditBalance",
        decode::<<builder::AdjustOrganizationBillingCreditBalance<'static> as Operation>::Output>,
    ),
    ("CreateOrganizationInvitation", decode::<<builder::CreateOrganizationInvitation<'static> as Operation>::Output>),
    ("ListOrganizationInvitations", decode::<<builder::ListOrganizationInvitations<'static> as Operation>::Output>),
    (
        "CreateOrganizationInvitationBulk",
        decode::<<builder::CreateOrganizationInvitationBulk<'static> as Operation>::Output>,
    ),
    (
        "ListPendingOrganizationInvitations",
        decode::<<builder::ListPendingOrganizationInvitations<'static> as Operation>::Output>,
    ),
    ("GetOrganizationInvitation", decode::<<builder::GetOrganizationInvitation<'static> as Operation>::Output>),
    ("RevokeOrganizationInvitation", decode::<<builder::RevokeOrganizationInvitation<'static> as Operation>::Output>),
    ("ListOrganizationRoles", decode::<<builder::ListOrganizationRoles<'static> as Operation>::Output>),
    ("CreateOrganizationRole", decode::<<builder::CreateOrganizationRole<'static> as Operation>::Output>),
    ("GetOrganizationRole", decode::<<builder::GetOrganizationRole<'static> as Operation>::Output>),
    ("UpdateOrganizationRole", decode::<<builder::UpdateOrganizationRole<'static> as Operation>::Output>),
    ("DeleteOrganizationRole", decode::<<builder::DeleteOrganizationRole<'static> as Operation>::Output>),
    (
        "AssignPermissionToOrganizationRole",
        decode::<<builder::AssignPermissionToOrganizationRole<'static> as Operation>::Output>,
    ),
    (
        "RemovePermissionFromOrganizationRole",
        decode::<<builder::RemovePermissionFromOrganizationRole<'static> as Operation>::Output>,
    ),
    ("CreateOrganizationMembership", decode::<<builder::CreateOrganizationMembership<'static> as Operation>::Output>),
    ("ListOrganizationMemberships", decode::<<builder::ListOrganizationMemberships<'static> as Operation>::Output>),
    ("UpdateOrganizationMembership", decode::<<builder::UpdateOrganizationMembership<'static> as Operation>::Output>),
    ("DeleteOrganizationMembership", decode::<<builder::DeleteOrganizationMembership<'static> as Operation>::Output>),
    (
        "UpdateOrganizationMembershipMetadata",
        decode::<<builder::UpdateOrganizationMembershipMetadata<'static> as Operation>::Output>,
    ),
    ("CreateOrganizationDomain", decode::<<builder::CreateOrganizationDomain<'static> as Operation>::Output>),
    ("ListOrganizationDomains", decode::<<builder::ListOrganizationDomains<'static> as Operation>::Output>),
    ("UpdateOrganizationDomain", decode::<<builder::UpdateOrganizationDomain<'static> as Operation>::Output>),
    ("DeleteOrganizationDomain", decode::<<builder::DeleteOrganizationDomain<'static> as Operation>::Output>),
    (
        "VerifyOrganizationDomainOwnership",
        decode::<<builder::VerifyOrganizationDomainOwnership<'static> as Operation>::Output>,
    ),
    ("ListAllOrganizationDomains", decode::<<builder::ListAllOrganizationDomains<'static> as Operation>::Output>),
    ("VerifyDomainProxy", decode::<<builder::VerifyDomainProxy<'static> as Operation>::Output>),
    ("ListRedirectURLs", decode::<<builder::ListRedirectUrLs<'static> as Operation>::Output>),
    ("CreateRedirectURL", decode::<<builder::CreateRedirectUrl<'static> as Operation>::Output>),
    ("GetRedirectURL", decode::<<builder::GetRedirectUrl<'static> as Operation>::Output>),
    ("DeleteRedirectURL", decode::<<builder::DeleteRedirectUrl<'static> as Operation>::Output>),
    ("CreateSignInToken", decode::<<builder::CreateSignInToken<'static> as Operation>::Output>),
    ("RevokeSignInToken", decode::<<builder::RevokeSignInToken<'static> as Operation>::Output>),
    ("GetSignUp", decode::<<builder::GetSignUp<'static> as Operation>::Output>),
    ("UpdateSignUp", decode::<<builder::UpdateSignUp<'static> as Operation>::Output>),
    ("ListOAuthApplications", decode::<<builder::ListOAuthApplications<'static> as Operation>::Output>),
    ("CreateOAuthApplication", decode::<<builder::CreateOAuthApplication<'static> as Operation>::Output>),
    ("GetOAuthApplication", decode::<<builder::GetOAuthApplication<'static> as Operation>::Output>),
    ("UpdateOAuthApplication", decode::<<builder::UpdateOAuthApplication<'static> as Operation>::Output>),
    ("DeleteOAuthApplication", decode::<<builder::DeleteOAuthApplication<'static> as Operation>::Output>),
    ("RotateOAuthApplicationSecret", decode::<<builder::RotateOAuthApplicationSecret<'static> as Operation>::Output>),
    ("RevokeOAuthApplicationToken", decode::<<builder::RevokeOAuthApplicationToken<'static> as Operation>::Output>),
    ("ListSAMLConnections", decode::<<builder::ListSamlConnections<'static> as Operation>::Output>),
    ("CreateSAMLConnection", decode::<<builder::CreateSamlConnection<'static> as Operation>::Output>),
    ("GetSAMLConnection", decode::<<builder::GetSamlConnection<'static> as Operation>::Output>),
    ("UpdateSAMLConnection", decode::<<builder::UpdateSamlConnection<'static> as Operation>::Output>),
    ("DeleteSAMLConnection", decode::<<builder::DeleteSamlConnection<'static> as Operation>::Output>),
    ("ListEnterpriseConnections", decode::<<builder::ListEnterpriseConnections<'static> as Operation>::Output>),
    ("CreateEnterpriseConnection", decode::<<builder::CreateEnterpriseConnection<'static> as Operation>::Output>),
    ("GetEnterpriseConnection", decode::<<builder::GetEnterpriseConnection<'static> as Operation>::Output>),
    ("UpdateEnterpriseConnection", decode::<<builder::UpdateEnterpriseConnection<'static> as Operation>::Output>),
    ("DeleteEnterpriseConnection", decode::<<builder::DeleteEnterpriseConnection<'static> as Operation>::Output>),
    (
        "ListEnterpriseConnectionTestRuns",
        decode::<<builder::ListEnterpriseConnectionTestRuns<'static> as Operation>::Output>,
    ),
    (
        "CreateEnterpriseConnectionTestRun",
        decode::<<builder::CreateEnterpriseConnectionTestRun<'static> as Operation>::Output>,
    ),
    ("CreateTestingToken", decode::<<builder::CreateTestingToken<'static> as Operation>::Output>),
    ("CreateAgentTask", decode::<<builder::CreateAgentTask<'static> as Operation>::Output>),
    ("RevokeAgentTask", decode::<<builder::RevokeAgentTask<'static> as Operation>::Output>),
    (
        "InstanceGetOrganizationMemberships",
        decode::<<builder::InstanceGetOrganizationMemberships<'static> as Operation>::Output>,
    ),
    ("ListWaitlistEntries", decode::<<builder::ListWaitlistEntries<'static> as Operation>::Output>),
    ("CreateWaitlistEntry", decode::<<builder::CreateWaitlistEntry<'static> as Operation>::Output>),
    ("CreateBulkWaitlistEntries", decode::<<builder::CreateBulkWaitlistEntries<'static> as Operation>::Output>),
    ("DeleteWaitlistEntry", decode::<<builder::DeleteWaitlistEntry<'static> as Operation>::Output>),
    ("InviteWaitlistEntry", decode::<<builder::InviteWaitlistEntry<'static> as Operation>::Output>),
    ("RejectWaitlistEntry", decode::<<builder::RejectWaitlistEntry<'static> as Operation>::Output>),
    ("GetCommercePlanList", decode::<<builder::GetCommercePlanList<'static> as Operation>::Output>),
    ("GetBillingPriceList", decode::<<builder::GetBillingPriceList<'static> as Operation>::Output>),
    ("CreateBillingPrice", decode::<<builder::CreateBillingPrice<'static> as Operation>::Output>),
    (
        "GetCommerceSubscriptionItemList",
        decode::<<builder::GetCommerceSubscriptionItemList<'static> as Operation>::Output>,
    ),
    (
        "CancelCommerceSubscriptionItem",
        decode::<<builder::CancelCommerceSubscriptionItem<'static> as Operation>::Output>,
    ),
    (
        "ExtendBillingSubscriptionItemFreeTrial",
        decode::<<builder::ExtendBillingSubscriptionItemFreeTrial<'static> as Operation>::Output>,
    ),
    ("CreateBillingPriceTransition", decode::<<builder::CreateBillingPriceTransition<'static> as Operation>::Output>),
    (
        "ApplyBillingSubscriptionItemDiscount",
        decode::<<builder::ApplyBillingSubscriptionItemDiscount<'static> as Operation>::Output>,
    ),
    (
        "RemoveBillingSubscriptionItemDiscount",
        decode::<<builder::RemoveBillingSubscriptionItemDiscount<'static> as Operation>::Output>,
    ),
    ("GetBillingStatementList", decode::<<builder::GetBillingStatementList<'static> as Operation>::Output>),
    ("GetBillingStatement", decode::<<builder::GetBillingStatement<'static> as Operation>::Output>),
    (
        "GetBillingStatementPaymentAttempts",
        decode::<<builder::GetBillingStatementPaymentAttempts<'static> as Operation>::Output>,
    ),
    ("ListOrganizationPermissions", decode::<<builder::ListOrganizationPermissions<'static> as Operation>::Output>),
    ("CreateOrganizationPermission", decode::<<builder::CreateOrganizationPermission<'static> as Operation>::Output>),
    ("GetOrganizationPermission", decode::<<builder::GetOrganizationPermission<'static> as Operation>::Output>),
    ("UpdateOrganizationPermission", decode::<<builder::UpdateOrganizationPermission<'static> as Operation>::Output>),
    ("DeleteOrganizationPermission", decode::<<builder::DeleteOrganizationPermission<'static> as Operation>::Output>),
    ("ListRoleSets", decode::<<builder::ListRoleSets<'static> as Operation>::Output>),
    ("CreateRoleSet", decode::<<builder::CreateRoleSet<'static> as Operation>::Output>),
    ("GetRoleSet", decode::<<builder::GetRoleSet<'static> as Operation>::Output>),
    ("UpdateRoleSet", decode::<<builder::UpdateRoleSet<'static> as Operation>::Output>),
    ("ReplaceRoleSet", decode::<<builder::ReplaceRoleSet<'static> as Operation>::Output>),
    ("AddRolesToRoleSet", decode::<<builder::AddRolesToRoleSet<'static> as Operation>::Output>),
    ("ReplaceRoleInRoleSet", decode::<<builder::ReplaceRoleInRoleSet<'static> as Operation>::Output>),
    ("ListSCIMDirectories", decode::<<builder::ListScimDirectories<'static> as Operation>::Output>),
    ("CreateSCIMDirectory", decode::<<builder::CreateScimDirectory<'static> as Operation>::Output>),
    ("GetSCIMDirectory", decode::<<builder::GetScimDirectory<'static> as Operation>::Output>),
    ("UpdateSCIMDirectory", decode::<<builder::UpdateScimDirectory<'static> as Operation>::Output>),
    ("DeleteSCIMDirectory", decode::<<builder::DeleteScimDirectory<'static> as Operation>::Output>),
    ("RotateSCIMDirectoryAPIKey", decode::<<builder::RotateScimDirectoryApiKey<'static> as Operation>::Output>),
    ("ListSCIMGroupRoleMappings", decode::<<builder::ListScimGroupRoleMappings<'static> as Operation>::Output>),
    ("CreateSCIMGroupRoleMapping", decode::<<builder::CreateScimGroupRoleMapping<'static> as Operation>::Output>),
    ("ReplaceSCIMGroupRoleMappings", decode::<<builder::ReplaceScimGroupRoleMappings<'static> as Operation>::Output>),
    ("DeleteSCIMGroupRoleMapping", decode::<<builder::DeleteScimGroupRoleMapping<'static> as Operation>::Output>),
    ("ListDirectories", decode::<<builder::ListDirectories<'static> as Operation>::Output>),
    ("CreateDirectory", decode::<<builder::CreateDirectory<'static> as Operation>::Output>),
    ("GetDirectory", decode::<<builder::GetDirectory<'static> as Operation>::Output>),
    ("UpdateDirectory", decode::<<builder::UpdateDirectory<'static> as Operation>::Output>),
    ("DeleteDirectory", decode::<<builder::DeleteDirectory<'static> as Operation>::Output>),
    ("RotateDirectoryAPIKey", decode::<<builder::RotateDirectoryApiKey<'static> as Operation>::Output>),
    (
        "ListDirectoryGroupRoleMappings",
        decode::<<builder::ListDirectoryGroupRoleMappings<'static> as Operation>::Output>,
    ),
    (
        "CreateDirectoryGroupRoleMapping",
        decode::<<builder::CreateDirectoryGroupRoleMapping<'static> as Operation>::Output>,
    ),
    (
        "ReplaceDirectoryGroupRoleMappings",
        decode::<<builder::ReplaceDirectoryGroupRoleMappings<'static> as Operation>::Output>,
    ),
    (
        "DeleteDirectoryGroupRoleMapping",
        decode::<<builder::DeleteDirectoryGroupRoleMapping<'static> as Operation>::Output>,
    ),
    ("createAdminPortalLinkToken", decode::<<builder::CreateAdminPortalLinkToken<'static> as Operation>::Output>),
    ("revokeAdminPortalLinkToken", decode::<<builder::RevokeAdminPortalLinkToken<'static> as Operation>::Output>),
    ("createApiKey", decode::<<builder::CreateApiKey<'static> as Operation>::Output>),
    ("getApiKeys", decode::<<builder::GetApiKeys<'static> as Operation>::Output>),
    ("getApiKey", decode::<<builder::GetApiKey<'static> as Operation>::Output>),
    ("updateApiKey", decode::<<builder::UpdateApiKey<'static> as Operation>::Output>),
    ("deleteApiKey", decode::<<builder::DeleteApiKey<'static> as Operation>::Output>),
    ("getApiKeySecret", decode::<<builder::GetApiKeySecret<'static> as Operation>::Output>),
    ("revokeApiKey", decode::<<builder::RevokeApiKey<'static> as Operation>::Output>),
    ("verifyApiKey", decode::<<builder::VerifyApiKey<'static> as Operation>::Output>),
    ("createM2MToken", decode::<<builder::CreateM2mToken<'static> as Operation>::Output>),
    ("getM2MTokens", decode::<<builder::GetM2mTokens<'static> as Operation>::Output>),
    ("revokeM2MToken", decode::<<builder::RevokeM2mToken<'static> as Operation>::Output>),
    ("verifyM2MToken", decode::<<builder::VerifyM2mToken<'static> as Operation>::Output>),
    ("verifyOAuthAccessToken", decode::<<builder::VerifyOAuthAccessToken<'static> as Operation>::Output>),
];
