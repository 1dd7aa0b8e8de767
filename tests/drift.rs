//! Answers that drift from the spec the ways Clerk's live API has been seen
//! to: `null` or missing arrays and maps, fields the spec requires left out
//! or `null`, union members without their tag or half filled, at several
//! depths and inside pages. They decode through the namespaces; an answer
//! that cannot decode says where (the JSON path) and why.

mod common;

use clerk_backend_api::types::{self, EmailAddressVerification};
use clerk_backend_api::Error;
use common::clerk;
use futures::TryStreamExt;
use httpmock::prelude::*;
use serde_json::{json, Value};

async fn answering(method: httpmock::Method, path: &str, body: Value) -> MockServer {
    answering_text(method, path, &body.to_string()).await
}

async fn answering_text(method: httpmock::Method, path: &str, body: &str) -> MockServer {
    let server = MockServer::start_async().await;
    let body = body.to_owned();
    server
        .mock_async(|when, then| {
            when.method(method).path(path);
            then.status(200).header("content-type", "application/json").body(body);
        })
        .await;
    server
}

fn verification_otp() -> Value {
    json!({"object": "verification_otp", "status": "verified", "strategy": "email_code", "attempts": 1, "expire_at": 1716883200000i64})
}

fn email(id: &str, verification: Value) -> Value {
    let mut email = common::email_address(id, &format!("{id}@example.com"));
    email["verification"] = verification;
    email
}

fn external_account() -> Value {
    json!({
        "object": "external_account", "id": "eac_1", "provider": "oauth_google", "identification_id": "idn_g",
        "provider_user_id": "g-1", "approved_scopes": "email", "email_address": "ada@example.com",
        "first_name": "Ada", "last_name": "Lovelace", "public_metadata": {"tier": 1},
        "created_at": 1716883200000i64, "updated_at": 1716883200000i64,
        "verification": {"object": "verification_oauth", "status": "verified", "strategy": "oauth_google", "attempts": null, "expire_at": 1716883200000i64}
    })
}

/// A user whose email has an OTP verification and who has an external account.
fn user(id: &str) -> Value {
    let mut user = common::user(id, "idn_1@example.com");
    user["email_addresses"][0]["verification"] = verification_otp();
    user["external_accounts"] = json!([external_account()]);
    user["organization_memberships"] = json!([]);
    user
}

fn organization(id: &str) -> Value {
    json!({
        "object": "organization", "id": id, "name": "Acme", "slug": format!("acme-{id}"), "has_image": false,
        "max_allowed_memberships": 5, "admin_delete_enabled": true, "public_metadata": {"region": "eu"},
        "private_metadata": {}, "created_at": 1716883200000i64, "updated_at": 1716883200000i64
    })
}

/// Three users drifting at depth 1 (the user), 2 (an email address or an
/// external account) and 3 (a verification inside an email address).
fn drifted_users() -> Value {
    let mut top = user("user_top");
    top["email_addresses"] = Value::Null;
    top["organization_memberships"] = Value::Null;
    top["public_metadata"] = Value::Null;
    top["private_metadata"] = Value::Null;
    let m = top.as_object_mut().expect("object");
    m.remove("phone_numbers");
    m.remove("unsafe_metadata");
    m.remove("external_id"); // required and nullable in the spec: may be left out too
    m.remove("last_sign_in_at");

    let mut nested = user("user_nested");
    nested["email_addresses"][0]["linked_to"] = Value::Null;
    nested["external_accounts"][0]["public_metadata"] = Value::Null;
    nested["external_accounts"][0]["verification"]["expire_at"] = Value::Null;

    let mut deep = user("user_deep");
    let mut tagless = verification_otp();
    tagless.as_object_mut().expect("object").remove("object");
    let half = json!({"object": "verification_otp"});
    let odd = json!({"object": "verification_otp", "status": "verified", "strategy": "email_code", "attempts": "three", "expire_at": null});
    deep["email_addresses"] = json!([email("idn_a", tagless), email("idn_b", half), email("idn_c", odd)]);
    json!([top, nested, deep])
}

fn unknown(v: &Option<EmailAddressVerification>) -> Value {
    match v {
        Some(EmailAddressVerification::Unknown(raw)) => raw.clone(),
        other => panic!("expected Unknown, got {other:?}"),
    }
}

fn check_drifted_users(users: &[types::User]) {
    assert_eq!(users.len(), 3);
    let (top, nested, deep) = (&users[0], &users[1], &users[2]);
    assert_eq!(top.id, "user_top");
    assert!(top.email_addresses.is_empty() && top.phone_numbers.is_empty());
    assert!(top.organization_memberships.is_empty());
    assert!(top.public_metadata.is_empty() && top.unsafe_metadata.is_empty());
    assert_eq!(top.private_metadata, None);
    assert_eq!((top.external_id.as_deref(), top.last_sign_in_at), (None, None));
    assert_eq!(top.external_accounts[0].public_metadata["tier"], json!(1));

    assert!(nested.email_addresses[0].linked_to.is_empty());
    assert!(matches!(nested.email_addresses[0].verification, Some(EmailAddressVerification::Otp(_))));
    assert!(nested.external_accounts[0].public_metadata.is_empty());
    assert_eq!(nested.external_accounts[0].first_name, "Ada");

    // The tagless member takes the first kind its fields fit; the half-filled
    // and the odd one, which fit the kind their tag names no more, are kept whole.
    let got = &deep.email_addresses;
    assert_eq!(got.len(), 3);
    match &got[0].verification {
        Some(EmailAddressVerification::Otp(otp)) => {
            assert_eq!((otp.object.as_ref(), otp.attempts, otp.expire_at), (None, Some(1), Some(1716883200000)));
        }
        other => panic!("expected Otp, got {other:?}"),
    }
    assert_eq!(unknown(&got[1].verification), json!({"object": "verification_otp"}));
    assert_eq!(unknown(&got[2].verification)["attempts"], json!("three"));
    assert_eq!(got[2].email_address, "idn_c@example.com");
}

#[tokio::test]
async fn a_page_of_drifted_users_decodes_whole() {
    let server = answering(GET, "/v1/users", drifted_users()).await;
    let users = clerk(&server).users().list().limit(3).send().await.expect("the page decodes");
    check_drifted_users(&users);
}

#[tokio::test]
async fn streamed_pages_of_drifted_users_decode_whole() {
    let server = MockServer::start_async().await;
    let first = server
        .mock_async(|when, then| {
            when.method(GET).path("/v1/users").query_param_missing("starting_after");
            then.status(200).json_body(drifted_users());
        })
        .await;
    let second = server
        .mock_async(|when, then| {
            when.method(GET).path("/v1/users").query_param("starting_after", "user_deep");
            then.status(200).json_body(json!([]));
        })
        .await;
    let users: Vec<types::User> =
        clerk(&server).users().list().limit(3).stream().try_collect().await.expect("the stream decodes");
    check_drifted_users(&users);
    first.assert_calls_async(1).await;
    second.assert_calls_async(1).await;
}

#[tokio::test]
async fn unban_user_with_null_memberships() {
    let mut u = user("user_1");
    u["organization_memberships"] = Value::Null;
    u["saml_accounts"] = Value::Null;
    let server = answering(POST, "/v1/users/user_1/unban", u).await;
    let user = clerk(&server).users().unban("user_1").send().await.expect("decodes");
    assert!(user.organization_memberships.is_empty() && user.saml_accounts.is_empty());
    assert_eq!(user.email_addresses.len(), 1);
}

#[tokio::test]
async fn organizations_with_null_metadata_list_whole() {
    let mut a = organization("org_a");
    a["public_metadata"] = Value::Null;
    a["private_metadata"] = Value::Null;
    let mut b = organization("org_b");
    b.as_object_mut().expect("object").remove("public_metadata");
    let server =
        answering(GET, "/v1/organizations", json!({"data": [a, b, organization("org_c")], "total_count": 3})).await;
    let page = clerk(&server).organizations().list().send_page().await.expect("the page decodes");
    assert_eq!(page.total_count, Some(3));
    let ids: Vec<&str> = page.items.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids, ["org_a", "org_b", "org_c"]);
    assert!(page.items[0].public_metadata.is_empty() && page.items[0].private_metadata.is_empty());
    assert!(page.items[1].public_metadata.is_empty());
    assert_eq!(page.items[2].public_metadata["region"], json!("eu"));
}

fn invitation(status: &str) -> Value {
    let mut invitation = common::invitation("inv_1", "ada@example.com", status);
    invitation["public_metadata"] = Value::Null;
    invitation
}

#[tokio::test]
async fn invitations_with_null_metadata_create_and_revoke() {
    let server = answering(POST, "/v1/invitations", invitation("pending")).await;
    let created = clerk(&server)
        .invitations()
        .create()
        .body_map(|b| b.email_address("ada@example.com"))
        .send()
        .await
        .expect("create decodes");
    assert!(created.public_metadata.is_empty());
    assert_eq!(created.status, types::InvitationStatus::Pending);

    let server = answering(POST, "/v1/invitations/inv_1/revoke", invitation("revoked")).await;
    let revoked = clerk(&server).invitations().revoke("inv_1").send().await.expect("revoke decodes");
    assert_eq!(revoked.id, "inv_1");
    assert_eq!(revoked.status, types::RevokeInvitationResponseStatus::Revoked);
}

#[tokio::test]
async fn an_actor_token_with_nulls_decodes() {
    let body = json!({
        "object": "actor_token", "id": "act_1", "user_id": "user_1", "actor": null, "status": "pending",
        "token": null, "url": null, "created_at": 1716883200000i64, "updated_at": 1716883200000i64
    });
    let server = answering(POST, "/v1/actor_tokens", body).await;
    let token = clerk(&server)
        .actor_tokens()
        .create()
        .body_map(|b| b.user_id("user_1").actor(types::CreateActorTokenBodyActor { sub: "user_2".into() }))
        .send()
        .await
        .expect("decodes");
    assert!(token.actor.is_empty());
    assert_eq!((token.token, token.url), (None, None));
}

#[tokio::test]
async fn a_machine_scope_without_created_at_decodes() {
    let body = json!({"object": "machine_scope", "from_machine_id": "mch_1", "to_machine_id": "mch_2"});
    let server = answering(POST, "/v1/machines/mch_1/scopes", body).await;
    let scope = clerk(&server)
        .machines()
        .create_scope("mch_1")
        .body_map(|b| b.to_machine_id("mch_2"))
        .send()
        .await
        .expect("decodes");
    assert_eq!((scope.to_machine_id.as_str(), scope.created_at), ("mch_2", None));
}

#[tokio::test]
async fn creates_whose_answer_lacks_the_secret_still_give_the_id() {
    let key = json!({
        "object": "api_key", "id": "ak_1", "type": "api_key", "subject": "user_1", "name": "ci",
        "claims": null, "scopes": [], "revoked": false, "revocation_reason": null, "expired": false,
        "expiration": null, "created_by": null, "last_used_at": null,
        "created_at": 1716883200000i64, "updated_at": 1716883200000i64
    });
    let server = answering(POST, "/v1/api_keys", key).await;
    let created =
        clerk(&server).api_keys().create().body_map(|b| b.name("ci").subject("user_1")).send().await.expect("decodes");
    assert_eq!((created.id.as_str(), created.secret), ("ak_1", None));

    let server = answering(DELETE, "/v1/api_keys/ak_1", json!({"object": "api_key", "deleted": true})).await;
    let deleted = clerk(&server).api_keys().delete("ak_1").send().await.expect("decodes");
    assert_eq!((deleted.id, deleted.deleted), (None, true));

    let token = json!({
        "object": "machine_to_machine_token", "id": "mt_1", "subject": "mch_1", "claims": null, "scopes": null,
        "revoked": false, "revocation_reason": null, "expired": false, "expiration": null, "last_used_at": null,
        "created_at": 1716883200000i64, "updated_at": 1716883200000i64
    });
    let server = answering(POST, "/v1/m2m_tokens", token).await;
    let created = clerk(&server).m2m().create_token().body_map(|b| b).send().await.expect("decodes");
    assert_eq!((created.id.as_str(), created.token), ("mt_1", None));
    assert!(created.scopes.is_empty());
}

// ---------------------------------------------------------------- paths

async fn decode_error(call: impl std::future::Future<Output = Result<(), Error>>) -> Error {
    let err = call.await.expect_err("must not decode");
    let Error::Decode { .. } = &err else { panic!("expected Decode, got {err:?}") };
    let shown = err.to_string();
    assert!(!shown.contains('\n'), "one line: {shown}");
    assert!(!shown.contains(common::KEY), "{shown}");
    err
}

#[tokio::test]
async fn a_null_identity_field_in_a_page_names_its_path() {
    let mut bad = organization("org_b");
    bad["name"] = Value::Null;
    let body = json!({"data": [organization("org_a"), bad], "total_count": 2});
    let server = answering(GET, "/v1/organizations", body).await;
    let err = decode_error(async { clerk(&server).organizations().list().send().await.map(drop) }).await;
    assert_eq!(err.decode_path(), Some("data[1].name"));
    let shown = err.to_string();
    assert!(
        shown.starts_with("ListOrganizations: answer (200 OK) does not decode at `data[1].name`: invalid type: null, expected a string"),
        "{shown}"
    );
}

#[tokio::test]
async fn a_missing_identity_field_names_the_object() {
    let mut u = user("user_1");
    u["email_addresses"][0].as_object_mut().expect("object").remove("email_address");
    let server = answering(GET, "/v1/users", json!([user("user_0"), u])).await;
    let err = decode_error(async { clerk(&server).users().list().send().await.map(drop) }).await;
    assert_eq!(err.decode_path(), Some("[1].email_addresses[0]"));
    assert!(err.to_string().contains("missing field `email_address`"), "{err}");
}

#[tokio::test]
async fn a_value_of_another_type_deep_down_names_its_path() {
    let mut u = user("user_1");
    u["external_accounts"][0]["created_at"] = json!("yesterday");
    let server = answering(GET, "/v1/users/user_1", u).await;
    let err = decode_error(async { clerk(&server).users().get("user_1").send().await.map(drop) }).await;
    assert_eq!(err.decode_path(), Some("external_accounts[0].created_at"));
    assert!(err.to_string().contains("invalid type: string \"yesterday\", expected i64"), "{err}");
}

#[tokio::test]
async fn broken_json_names_where_it_breaks() {
    let text = "{\n  \"data\": [\n    {\"object\": \"organization\", \"id\": \"org_1\", \"name\": \"A\" \"slug\": \"a\"}\n  ]\n}";
    let server = answering_text(GET, "/v1/organizations", text).await;
    let err = decode_error(async { clerk(&server).organizations().list().send().await.map(drop) }).await;
    assert_eq!(err.decode_path(), Some("data[0].name"));
    let shown = err.to_string();
    assert!(shown.contains("expected `,` or `}`") && shown.contains("(line 3, column"), "{shown}");
}

#[tokio::test]
async fn the_wrong_kind_of_answer_is_at_the_top_level() {
    let server = answering_text(GET, "/v1/users/user_1", "\"maintenance\"").await;
    let err = decode_error(async { clerk(&server).users().get("user_1").send().await.map(drop) }).await;
    assert_eq!(err.decode_path(), Some(""));
    assert!(err.to_string().contains("does not decode at the top level: invalid type: string"), "{err}");
    let Error::Decode { path, body, .. } = &err else { unreachable!() };
    assert_eq!((path.as_str(), &body[..]), ("", &b"\"maintenance\""[..]));
}

#[tokio::test]
async fn a_fraction_where_clerk_counts_in_integers_names_the_field() {
    let mut u = user("user_1");
    u["created_at"] = json!(1.5);
    let server = answering(GET, "/v1/users/user_1", u).await;
    let err = decode_error(async { clerk(&server).users().get("user_1").send().await.map(drop) }).await;
    assert_eq!(err.decode_path(), Some("created_at"));
    assert!(err.to_string().contains("invalid type: floating point `1.5`, expected i64"), "{err}");
}

/// A price transition's `previous_plan` with `avatar_url: null`, as Clerk's
/// JS SDK types it (`string | null`): the plan still decodes, the field as
/// `None`.
#[test]
fn a_previous_plan_without_an_avatar_decodes() {
    let plan = json!({
        "object": "commerce_plan", "id": "cplan_1", "name": "Pro", "slug": "pro",
        "fee": null, "annual_monthly_fee": null, "annual_fee": null,
        "amount": 1000, "amount_formatted": "10.00", "annual_monthly_amount": 800,
        "annual_monthly_amount_formatted": "8.00", "annual_amount": 9600, "annual_amount_formatted": "96.00",
        "currency_symbol": "$", "currency": "USD", "product_id": "cprod_1", "is_default": false,
        "is_recurring": true, "publicly_visible": true, "has_base_fee": true, "payer_type": ["user"],
        "for_payer_type": "user", "avatar_url": null, "features": []
    });
    let decoded: types::CommercePlan2 = serde_json::from_value(plan).expect("a null avatar_url decodes");
    assert_eq!(decoded.avatar_url, None);
    assert_eq!(decoded.id, "cplan_1");
}
