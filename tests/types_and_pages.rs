//! Types that keep decoding when Clerk changes, three-state PATCH bodies,
//! and pagination over every list shape.

mod common;

use clerk_backend_api::types;
use common::fault::{FaultServer, Step};
use common::*;
use futures::{StreamExt, TryStreamExt};
use httpmock::prelude::*;
use serde_json::{json, Value};
use std::collections::BTreeSet;

/// Adds a field no version of the spec has, and swaps in enum values Clerk
/// might add tomorrow.
fn from_the_future(mut v: Value, enum_fields: &[(&str, &str)]) -> Value {
    let obj = v.as_object_mut().expect("an object");
    obj.insert("field_added_next_year".into(), json!({"nested": [1, 2, 3]}));
    for (k, new_value) in enum_fields {
        obj.insert((*k).into(), json!(new_value));
    }
    v
}

fn organization(id: &str) -> Value {
    json!({
        "object": "organization",
        "id": id,
        "name": "Analytical Engines",
        "slug": "analytical-engines",
        "has_image": false,
        "max_allowed_memberships": 5,
        "admin_delete_enabled": true,
        "public_metadata": {},
        "created_at": 1_716_883_200_000i64,
        "updated_at": 1_716_883_200_000i64
    })
}

#[test]
fn unknown_enum_values_and_new_fields_decode_and_stay_readable() {
    let inv: types::Invitation =
        serde_json::from_value(from_the_future(invitation("inv_1", "a@b.co", "pending"), &[("status", "snoozed")]))
            .expect("invitation decodes");
    assert_eq!(inv.status, types::InvitationStatus::Unknown("snoozed".into()));
    assert_eq!(inv.status.to_string(), "snoozed");

    let known: types::Invitation = serde_json::from_value(invitation("inv_1", "a@b.co", "accepted")).expect("known");
    assert_eq!(known.status, types::InvitationStatus::Accepted);

    let entry: types::WaitlistEntry =
        serde_json::from_value(from_the_future(waitlist_entry("wle_1", "a@b.co", "pending"), &[("status", "vip")]))
            .expect("waitlist entry decodes");
    assert_eq!(entry.status.to_string(), "vip");

    let mut email = from_the_future(email_address("idn_1", "a@b.co"), &[("object", "email_address_v2")]);
    // A verification strategy and status Clerk has not shipped yet, and a
    // `linked_to` type that misses the spec's `^oauth_[a-z]+$` pattern.
    email["verification"] = json!({"object": "verification_otp", "status": "quantum", "strategy": "passkey_v9", "attempts": 1, "expire_at": 2});
    email["linked_to"] = json!([{"type": "saml_okta", "id": "idn_9"}]);
    let email: types::EmailAddress = serde_json::from_value(email).expect("email address decodes");
    assert_eq!(email.object.to_string(), "email_address_v2");
    assert_eq!(email.linked_to[0].type_.to_string(), "saml_okta");

    let mut brand_new = email_address("idn_2", "a@b.co");
    brand_new["verification"] = json!({"object": "verification_telepathy", "confidence": 0.99});
    let brand_new: types::EmailAddress =
        serde_json::from_value(brand_new).expect("an unknown verification kind decodes");
    assert!(brand_new.verification.is_some());

    let user: types::User =
        serde_json::from_value(from_the_future(user("user_1", "a@b.co"), &[("object", "user")])).expect("user decodes");
    assert_eq!(user.id, "user_1");

    let org: types::Organization =
        serde_json::from_value(from_the_future(organization("org_1"), &[("object", "organization_v2")]))
            .expect("organization decodes");
    assert_eq!(org.object.to_string(), "organization_v2");
}

#[test]
fn one_of_unions_pick_their_variant_by_the_object_field() {
    use types::EmailAddressVerification as V;
    let base = |object: &str| json!({"object": object, "status": "verified", "strategy": "admin", "attempts": null, "expire_at": null});
    let admin: V = serde_json::from_value(base("verification_admin")).expect("admin");
    assert!(matches!(admin, V::Admin(_)), "{admin:?}");
    let otp: V = serde_json::from_value(base("verification_otp")).expect("otp");
    assert!(matches!(otp, V::Otp(_)), "{otp:?}");
    let unknown: V = serde_json::from_value(base("verification_telepathy")).expect("unknown kind");
    match unknown {
        V::Unknown(raw) => assert_eq!(raw["object"], "verification_telepathy"),
        other => panic!("expected Unknown, got {other:?}"),
    }
    let untagged: V =
        serde_json::from_value(json!({"status": "verified", "strategy": "admin", "attempts": 1, "expire_at": 2}))
            .expect("no tag: first variant that fits");
    assert!(!matches!(untagged, V::Unknown(_)), "{untagged:?}");
}

#[test]
fn request_enums_still_refuse_typos_when_parsed_from_text() {
    assert!("completed".parse::<types::ListWaitlistEntriesStatus>().is_ok());
    assert!("complted".parse::<types::ListWaitlistEntriesStatus>().is_err());
}

#[test]
fn the_generated_code_never_denies_unknown_fields() {
    let source = clerk_backend_api::GENERATED_SOURCE;
    assert!(source.len() > 1_000_000, "the generated source is there");
    assert_eq!(source.matches("deny_unknown_fields").count(), 0);
}

/// A required body field says so, from the spec's `required` list; an
/// optional one does not.
#[test]
fn required_body_fields_say_required() {
    let source = clerk_backend_api::GENERATED_SOURCE;
    let required = "/**Where the invitation goes; the person must sign up with this address to use the invitation.\n\n\
                    Required.*/\n        pub email_address: ::std::string::String,";
    assert_eq!(source.matches(required).count(), 1);
    // The field and its builder setter: neither says "Required.".
    let optional = "/**How many days the invitation link stays valid; when unset it lasts 30 days.\n\nFrom 1 to 365.*/";
    assert_eq!(source.matches(optional).count(), 2);
}

#[test]
fn patch_bodies_say_leave_set_or_clear() {
    let leave = types::UpdateUserBody::builder().first_name("Ada");
    let body = types::UpdateUserBody::try_from(leave).expect("valid");
    assert_eq!(serde_json::to_value(&body).unwrap(), json!({"first_name": "Ada"}));

    let clear = types::UpdateUserBody::builder().external_id(None).last_name("Lovelace").first_name(None);
    let body = types::UpdateUserBody::try_from(clear).expect("valid");
    assert_eq!(
        serde_json::to_value(&body).unwrap(),
        json!({"external_id": null, "first_name": null, "last_name": "Lovelace"})
    );

    let nothing = types::UpdateUserBody::try_from(types::UpdateUserBody::builder()).expect("valid");
    assert_eq!(serde_json::to_value(&nothing).unwrap(), json!({}));

    let email =
        types::UpdateEmailAddressBody::try_from(types::UpdateEmailAddressBody::builder().primary(true).verified(None))
            .expect("valid");
    assert_eq!(serde_json::to_value(&email).unwrap(), json!({"primary": true, "verified": null}));
}

#[tokio::test]
async fn patch_nulls_reach_the_wire() {
    let server = MockServer::start_async().await;
    let m = server
        .mock_async(|when, then| {
            when.method(PATCH)
                .path("/v1/users/user_1")
                .json_body(json!({"external_id": null, "first_name": "Ada", "create_organizations_limit": 3}));
            then.status(200).json_body(user("user_1", "a@b.co"));
        })
        .await;
    let updated = clerk(&server)
        .users()
        .update("user_1")
        .body_map(|b| b.external_id(None).first_name("Ada").create_organizations_limit(3))
        .send()
        .await
        .expect("update");
    assert_eq!(updated.id, "user_1");
    m.assert_async().await;
}

/// Serves `total` users in pages by `limit` and `offset`, as a bare array.
fn user_pages(total: usize, fail_at_offset: Option<usize>) -> FaultServerFn {
    Box::new(move |offset: usize, limit: usize| {
        if Some(offset) == fail_at_offset {
            return Step::Reply(500, vec![], clerk_error("internal", "boom").to_string());
        }
        let end = (offset + limit).min(total);
        let items: Vec<Value> = (offset..end).map(|i| user(&format!("user_{i}"), "a@b.co")).collect();
        Step::Reply(200, vec![], Value::Array(items).to_string())
    })
}

type FaultServerFn = Box<dyn Fn(usize, usize) -> Step + Send + Sync>;

/// The user list streams by cursor: the first request carries no cursor,
/// each later one the id of the previous page's last user, and none an offset.
#[tokio::test]
async fn streaming_1050_users_by_500_makes_three_requests() {
    let server = MockServer::start_async().await;
    let mut mocks = Vec::new();
    let pages = user_pages(1050, None);
    for (offset, cursor) in [(0usize, None), (500, Some("user_499")), (1000, Some("user_999"))] {
        let Step::Reply(_, _, body) = pages(offset, 500) else { unreachable!() };
        mocks.push(
            server
                .mock_async(|when, then| {
                    let when =
                        when.method(GET).path("/v1/users").query_param("limit", "500").query_param_missing("offset");
                    match cursor {
                        Some(c) => when.query_param("starting_after", c),
                        None => when.query_param_missing("starting_after"),
                    };
                    then.status(200).header("content-type", "application/json").body(body);
                })
                .await,
        );
    }
    let clerk = clerk(&server);
    let ids: Vec<String> =
        clerk.users().list().limit(500).stream().map_ok(|u| u.id).try_collect().await.expect("stream");
    assert_eq!(ids.len(), 1050);
    assert_eq!(ids[0], "user_0");
    assert_eq!(ids[1049], "user_1049");
    for m in &mocks {
        m.assert_calls_async(1).await;
    }
}

/// With an ordering a cursor can't follow, the user list streams by offset.
#[tokio::test]
async fn streaming_users_by_name_pages_by_offset() {
    let server = MockServer::start_async().await;
    let mut mocks = Vec::new();
    let pages = user_pages(700, None);
    for offset in [0usize, 500] {
        let Step::Reply(_, _, body) = pages(offset, 500) else { unreachable!() };
        mocks.push(
            server
                .mock_async(|when, then| {
                    when.method(GET)
                        .path("/v1/users")
                        .query_param("limit", "500")
                        .query_param("order_by", "+first_name")
                        .query_param("offset", offset.to_string())
                        .query_param_missing("starting_after");
                    then.status(200).header("content-type", "application/json").body(body);
                })
                .await,
        );
    }
    let clerk = clerk(&server);
    let stream = clerk.users().list().order_by("+first_name").limit(500).stream();
    assert_eq!(stream.paging(), clerk_backend_api::Paging::Offset);
    let ids: Vec<String> = stream.map_ok(|u| u.id).try_collect().await.expect("stream");
    assert_eq!(ids.len(), 700);
    assert_eq!(ids[699], "user_699");
    for m in &mocks {
        m.assert_calls_async(1).await;
    }
}

#[tokio::test]
async fn an_error_on_page_two_comes_once_after_page_one() {
    let server = MockServer::start_async().await;
    let pages = user_pages(300, Some(100));
    let Step::Reply(_, _, first) = pages(0, 100) else { unreachable!() };
    server
        .mock_async(|when, then| {
            when.method(GET).path("/v1/users").query_param_missing("starting_after").query_param("limit", "100");
            then.status(200).header("content-type", "application/json").body(first);
        })
        .await;
    let second = server
        .mock_async(|when, then| {
            when.method(GET).path("/v1/users").query_param("starting_after", "user_99");
            then.status(500).json_body(clerk_error("internal", "boom"));
        })
        .await;
    let clerk = clerk(&server);
    let mut stream = clerk.users().list().stream();
    let results: Vec<_> = stream.by_ref().collect().await;
    assert_eq!(results.len(), 101, "100 items, then the error, then the end");
    assert!(results[..100].iter().all(Result::is_ok));
    let err = results[100].as_ref().expect_err("page two fails");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(500));
    assert_eq!(stream.cursor(), Some("user_99"), "where to resume");
    second.assert_calls_async(1).await;
}

#[tokio::test]
async fn paged_shapes_give_items_and_totals() {
    let server = MockServer::start_async().await;
    // A bare-array endpoint asked with paginated=true answers {data, total_count}.
    let invitations = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/v1/invitations")
                .query_param("paginated", "true")
                .query_param("limit", "2")
                .query_param_count(".*", ".*", 2);
            then.status(200).json_body(json!({
                "data": [invitation("inv_1", "a@b.co", "pending"), invitation("inv_2", "c@d.co", "pending")],
                "total_count": 7
            }));
        })
        .await;
    let waitlist = server
        .mock_async(|when, then| {
            when.method(GET).path("/v1/waitlist_entries").query_param("offset", "5");
            then.status(200)
                .json_body(json!({"data": [waitlist_entry("wle_9", "e@f.co", "pending")], "total_count": 6}));
        })
        .await;
    let m2m = server
        .mock_async(|when, then| {
            when.method(GET).path("/v1/m2m_tokens").query_param("subject", "mch_1");
            then.status(200).json_body(json!({"m2m_tokens": [], "total_count": 0}));
        })
        .await;
    let clerk = clerk(&server);
    let page = clerk.invitations().list().limit(2).send_page().await.expect("page");
    assert_eq!(page.items.len(), 2);
    assert_eq!(page.total_count, Some(7));
    let page = clerk.waitlist_entries().list().offset(5).send_page().await.expect("page");
    assert_eq!((page.items.len(), page.total_count), (1, Some(6)));
    // The stream stops when the total is reached, without another request.
    let all: Vec<_> = clerk.waitlist_entries().list().offset(5).stream().try_collect().await.expect("stream");
    assert_eq!(all.len(), 1);
    waitlist.assert_calls_async(2).await;
    let tokens = clerk.m2m().list_tokens().subject("mch_1").send_page().await.expect("m2m page");
    assert_eq!(tokens.total_count, Some(0));
    invitations.assert_calls_async(1).await;
    m2m.assert_calls_async(1).await;
}

#[tokio::test]
async fn a_stream_keeps_one_request_in_flight_and_stops_on_a_short_page() {
    let server = FaultServer::start(vec![
        Step::Reply(200, vec![], Value::Array((0..3).map(|i| user(&format!("u{i}"), "a@b.co")).collect()).to_string()),
        Step::Reply(200, vec![], "[]".into()),
    ])
    .await;
    let clerk = clerk_backend_api::Clerk::builder().secret_key(KEY).base_url(&server.url).build().expect("builds");
    let mut stream = clerk.users().list().limit(3).stream();
    assert_eq!(server.count(), 0, "nothing is fetched before the stream is polled");
    let first = stream.next().await.expect("an item").expect("ok");
    assert_eq!(first.id, "u0");
    assert_eq!(server.count(), 1);
    let rest: Vec<_> = stream.try_collect().await.expect("rest");
    assert_eq!(rest.len(), 2);
    // The first page was full (3 of 3), so one more request proves the end.
    assert_eq!(server.count(), 2);
}

/// Every GET operation of the vendored spec that takes `limit` and `offset`
/// and answers with a list has page and stream support.
#[test]
fn every_list_operation_is_paginated() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/openapi/clerk-backend-api.yaml"))
        .expect("the vendored spec");
    let spec: Value = serde_yaml_ng::from_str(&text).expect("YAML");
    let deref = |v: &Value| -> Value {
        let mut v = v.clone();
        while let Some(r) = v.get("$ref").and_then(Value::as_str) {
            v = spec.pointer(r.trim_start_matches('#')).cloned().unwrap_or(Value::Null);
        }
        v
    };
    let mut expected = BTreeSet::new();
    let mut by_shape = std::collections::BTreeMap::<&str, usize>::new();
    for item in spec["paths"].as_object().expect("paths").values() {
        let Some(op) = item.get("get") else { continue };
        let params: BTreeSet<String> = op["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|p| deref(p)["name"].as_str().map(str::to_string))
            .collect();
        if !params.contains("limit") || !params.contains("offset") {
            continue;
        }
        let schema = deref(&deref(&op["responses"]["200"])["content"]["application/json"]["schema"]);
        let shape = if schema["type"] == "array" {
            "bare array"
        } else if schema["properties"].get("data").is_some() {
            "{data, total_count}"
        } else if schema["properties"].get("m2m_tokens").is_some() {
            "{m2m_tokens, total_count}"
        } else {
            continue;
        };
        *by_shape.entry(shape).or_default() += 1;
        expected.insert(op["operationId"].as_str().expect("id").to_string());
    }
    let have: BTreeSet<String> =
        clerk_backend_api::builder::PAGINATED_OPERATIONS.iter().map(|s| s.to_string()).collect();
    println!("paginated list operations by shape: {by_shape:?}");
    assert_eq!(have, expected);
    assert!(expected.len() >= 36, "{}", expected.len());
}
