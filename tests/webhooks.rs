//! Webhook signature verification and event decoding.

use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use clerk_backend_api::webhooks::{Webhook, WebhookError, WebhookEvent};
use hmac::{Hmac, Mac};
use http::{HeaderMap, HeaderValue};
use serde_json::{json, Value};
use sha2::Sha256;

const SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const OTHER_SECRET: &str = "whsec_dGhpcyBpcyBhbm90aGVyIHNlY3JldCBrZXk=";
const MSG_ID: &str = "msg_2g7np7Hrk0SN6kj5EDMLDaKNL0S";
const NOW: i64 = 1_716_883_200;

/// The signature, computed straight from the documented formula.
fn signature(secret: &str, id: &str, timestamp: &str, body: &[u8]) -> String {
    let key = STANDARD.decode(secret.strip_prefix("whsec_").unwrap()).unwrap();
    let mut mac = Hmac::<Sha256>::new_from_slice(&key).unwrap();
    mac.update(format!("{id}.{timestamp}.").as_bytes());
    mac.update(body);
    format!("v1,{}", STANDARD.encode(mac.finalize().into_bytes()))
}

fn headers(id: &str, timestamp: &str, signature: &str) -> HeaderMap {
    let mut h = HeaderMap::new();
    h.insert("svix-id", HeaderValue::from_str(id).unwrap());
    h.insert("svix-timestamp", HeaderValue::from_str(timestamp).unwrap());
    h.insert("svix-signature", HeaderValue::from_str(signature).unwrap());
    h
}

fn signed(body: &[u8], timestamp: i64) -> HeaderMap {
    let ts = timestamp.to_string();
    headers(MSG_ID, &ts, &signature(SECRET, MSG_ID, &ts, body))
}

fn at(secs: i64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(secs as u64)
}

fn user_created_body() -> Vec<u8> {
    serde_json::to_vec(&json!({
        "object": "event",
        "type": "user.created",
        "timestamp": NOW,
        "instance_id": "ins_123",
        "event_attributes": {"http_request": {"client_ip": "10.0.0.1", "user_agent": "test"}},
        "data": {
            "object": "user",
            "id": "user_123",
            "first_name": "Ada",
            "email_addresses": [{"id": "idn_1", "email_address": "ada@example.com",
                                 "verification": {"status": "verified", "strategy": "email_code"},
                                 "linked_to": []}],
            "primary_email_address_id": "idn_1",
            "public_metadata": {"plan": "pro"},
            "created_at": 1716883200000i64,
        }
    }))
    .unwrap()
}

fn wh() -> Webhook {
    Webhook::new(SECRET).unwrap()
}

#[test]
fn independently_computed_signature_verifies() {
    let body = user_created_body();
    let event = wh().verify_at(&signed(&body, NOW), &body, at(NOW)).unwrap();
    let WebhookEvent::UserCreated(event) = event else {
        panic!("unexpected variant: {event:?}");
    };
    assert_eq!(event.event_type, "user.created");
    assert_eq!(event.object.as_deref(), Some("event"));
    assert_eq!(event.timestamp, Some(NOW));
    assert_eq!(event.instance_id.as_deref(), Some("ins_123"));
    let request = event.event_attributes.unwrap().http_request.unwrap();
    assert_eq!(request.client_ip.as_deref(), Some("10.0.0.1"));
    let user = event.data;
    assert_eq!(user.id.as_deref(), Some("user_123"));
    assert_eq!(user.first_name.as_deref(), Some("Ada"));
    assert_eq!(user.email_addresses.len(), 1);
    assert_eq!(user.email_addresses[0].verification.as_ref().unwrap().status.as_deref(), Some("verified"));
    assert_eq!(user.public_metadata.unwrap()["plan"], json!("pro"));
    assert_eq!(user.created_at, Some(1_716_883_200_000));
}

#[test]
fn sign_matches_the_formula() {
    let body = br#"{"type":"user.created","data":{}}"#;
    assert_eq!(wh().sign(MSG_ID, NOW, body).unwrap(), signature(SECRET, MSG_ID, &NOW.to_string(), body));
}

#[test]
fn system_clock_is_used_by_verify() {
    let body = user_created_body();
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs() as i64;
    assert!(wh().verify(&signed(&body, now), &body).is_ok());
    assert!(matches!(wh().verify(&signed(&body, now - 3600), &body), Err(WebhookError::StaleTimestamp { .. })));
}

#[test]
fn tampered_body_is_rejected() {
    let body = user_created_body();
    let headers = signed(&body, NOW);
    let mut tampered = body.clone();
    let pos = tampered.iter().position(|&b| b == b'1').unwrap();
    tampered[pos] = b'2';
    assert!(matches!(wh().verify_at(&headers, &tampered, at(NOW)), Err(WebhookError::NoMatchingSignature)));
}

#[test]
fn tampered_id_or_timestamp_is_rejected() {
    let body = user_created_body();
    let ts = NOW.to_string();
    let sig = signature(SECRET, MSG_ID, &ts, &body);
    let other_id = headers("msg_other", &ts, &sig);
    assert!(matches!(wh().verify_at(&other_id, &body, at(NOW)), Err(WebhookError::NoMatchingSignature)));
    let other_ts = headers(MSG_ID, &(NOW + 1).to_string(), &sig);
    assert!(matches!(wh().verify_at(&other_ts, &body, at(NOW)), Err(WebhookError::NoMatchingSignature)));
}

#[test]
fn wrong_secret_is_rejected() {
    let body = user_created_body();
    let other = Webhook::new(OTHER_SECRET).unwrap();
    assert!(matches!(other.verify_at(&signed(&body, NOW), &body, at(NOW)), Err(WebhookError::NoMatchingSignature)));
}

#[test]
fn stale_and_future_timestamps_are_rejected() {
    let body = user_created_body();
    // Five minutes of tolerance by default, both ways.
    assert!(wh().verify_at(&signed(&body, NOW - 299), &body, at(NOW)).is_ok());
    assert!(wh().verify_at(&signed(&body, NOW + 299), &body, at(NOW)).is_ok());
    match wh().verify_at(&signed(&body, NOW - 301), &body, at(NOW)) {
        Err(WebhookError::StaleTimestamp { timestamp, now }) => {
            assert_eq!((timestamp, now), (NOW - 301, NOW));
        }
        other => panic!("expected a stale timestamp, got {other:?}"),
    }
    match wh().verify_at(&signed(&body, NOW + 301), &body, at(NOW)) {
        Err(WebhookError::FutureTimestamp { timestamp, now }) => {
            assert_eq!((timestamp, now), (NOW + 301, NOW));
        }
        other => panic!("expected a future timestamp, got {other:?}"),
    }
    // Configurable.
    let strict = wh().with_tolerance(Duration::from_secs(10));
    assert_eq!(strict.tolerance(), Duration::from_secs(10));
    assert!(matches!(
        strict.verify_at(&signed(&body, NOW - 11), &body, at(NOW)),
        Err(WebhookError::StaleTimestamp { .. })
    ));
    assert_eq!(Webhook::DEFAULT_TOLERANCE, Duration::from_secs(300));
}

#[test]
fn one_valid_signature_among_several_passes() {
    let body = user_created_body();
    let ts = NOW.to_string();
    let good = signature(SECRET, MSG_ID, &ts, &body);
    let bad = signature(OTHER_SECRET, MSG_ID, &ts, &body);
    let list = format!("v1,AAAA {bad} v1a,c29tZXRoaW5n {good} v1,not-base64!");
    assert!(wh().verify_at(&headers(MSG_ID, &ts, &list), &body, at(NOW)).is_ok());

    let none_good = format!("{bad} v1,AAAA v2,{}", &good[3..]);
    assert!(matches!(
        wh().verify_at(&headers(MSG_ID, &ts, &none_good), &body, at(NOW)),
        Err(WebhookError::NoMatchingSignature)
    ));
    assert!(matches!(
        wh().verify_at(&headers(MSG_ID, &ts, "garbage"), &body, at(NOW)),
        Err(WebhookError::MalformedSignatureHeader)
    ));
}

#[test]
fn missing_headers_are_named() {
    let body = user_created_body();
    for name in ["svix-id", "svix-timestamp", "svix-signature"] {
        let mut h = signed(&body, NOW);
        h.remove(name);
        match wh().verify_at(&h, &body, at(NOW)) {
            Err(WebhookError::MissingHeader(missing)) => assert_eq!(missing, name),
            other => panic!("expected MissingHeader({name}), got {other:?}"),
        }
    }
    let mut h = signed(&body, NOW);
    h.insert("svix-timestamp", HeaderValue::from_static("yesterday"));
    assert!(matches!(wh().verify_at(&h, &body, at(NOW)), Err(WebhookError::InvalidHeader("svix-timestamp"))));
    let mut h = signed(&body, NOW);
    h.insert("svix-id", HeaderValue::from_static(""));
    assert!(matches!(wh().verify_at(&h, &body, at(NOW)), Err(WebhookError::InvalidHeader("svix-id"))));
}

#[test]
fn standard_webhook_header_names_are_accepted() {
    let body = user_created_body();
    let ts = NOW.to_string();
    let mut h = HeaderMap::new();
    h.insert("webhook-id", HeaderValue::from_static(MSG_ID));
    h.insert("webhook-timestamp", HeaderValue::from_str(&ts).unwrap());
    h.insert("webhook-signature", HeaderValue::from_str(&signature(SECRET, MSG_ID, &ts, &body)).unwrap());
    assert!(wh().verify_at(&h, &body, at(NOW)).is_ok());
}

#[test]
fn bad_secrets_are_refused_without_echoing_them() {
    for secret in ["whsec_", "whsec_!!not base64!!", "", "whsec_%%%"] {
        let err = Webhook::new(secret).unwrap_err();
        assert!(matches!(err, WebhookError::BadSecret), "{secret:?}");
    }
    let err = Webhook::new("whsec_!!not base64!!").unwrap_err();
    assert!(!err.to_string().contains("not base64!!"));
    assert!(!format!("{err:?}").contains("not base64!!"));
    // Nothing about a webhook or its errors shows the secret.
    let secret_part = &SECRET["whsec_".len()..];
    assert!(!format!("{:?}", wh()).contains(secret_part));
    let body = user_created_body();
    let err = wh().verify_at(&signed(&body, NOW - 3600), &body, at(NOW)).unwrap_err();
    assert!(!format!("{err} {err:?}").contains(secret_part));
    // A secret without the prefix is read as base64 as a whole.
    let bare = Webhook::new(secret_part).unwrap();
    assert!(bare.verify_at(&signed(&body, NOW), &body, at(NOW)).is_ok());
}

#[test]
fn body_errors_are_typed() {
    let not_json = b"this is not json";
    assert!(matches!(wh().verify_at(&signed(not_json, NOW), not_json, at(NOW)), Err(WebhookError::BodyNotJson(_))));
    let no_type = br#"{"data": {}}"#;
    assert!(matches!(wh().verify_at(&signed(no_type, NOW), no_type, at(NOW)), Err(WebhookError::MissingEventType)));
    let wrong_shape = br#"{"type": "user.created", "data": "nope"}"#;
    match wh().verify_at(&signed(wrong_shape, NOW), wrong_shape, at(NOW)) {
        Err(WebhookError::InvalidPayload { event_type, .. }) => assert_eq!(event_type, "user.created"),
        other => panic!("expected InvalidPayload, got {other:?}"),
    }
    let no_data = br#"{"type": "user.created"}"#;
    assert!(matches!(
        wh().verify_at(&signed(no_data, NOW), no_data, at(NOW)),
        Err(WebhookError::InvalidPayload { .. })
    ));
}

#[test]
fn unknown_event_types_are_not_errors() {
    let body = br#"{"type": "brandNew.thing", "object": "event", "data": {"x": 1}}"#;
    let event = wh().verify_at(&signed(body, NOW), body, at(NOW)).unwrap();
    assert!(event.is_unknown());
    assert_eq!(event.event_type(), "brandNew.thing");
    let WebhookEvent::Unknown { raw, .. } = event else { unreachable!() };
    assert_eq!(raw["data"]["x"], json!(1));
}

#[test]
fn payload_decoding_is_lenient() {
    let body = serde_json::to_vec(&json!({
        "type": "session.ended",
        "timestamp": "not a number",
        "data": {
            "id": "sess_1",
            "status": "some_future_status",
            "expire_at": "soon",
            "brand_new_field": {"a": 1},
            "user": {"id": "user_1", "email_addresses": [42, {"email_address": "a@b.c"}]},
        }
    }))
    .unwrap();
    let WebhookEvent::SessionEnded(event) = wh().verify_at(&signed(&body, NOW), &body, at(NOW)).unwrap() else {
        panic!("expected session.ended");
    };
    assert_eq!(event.timestamp, None);
    assert_eq!(event.data.status.as_deref(), Some("some_future_status"));
    assert_eq!(event.data.expire_at, None);
    assert_eq!(event.data.extra["brand_new_field"], json!({"a": 1}));
    let user = event.data.user.unwrap();
    assert_eq!(user.email_addresses.len(), 1);
    assert_eq!(user.email_addresses[0].email_address.as_deref(), Some("a@b.c"));
}

#[test]
fn a_renamed_member_lands_in_its_field_and_serializes_back_under_its_json_name() {
    let body = serde_json::to_vec(&json!({
        "type": "user.created",
        "data": {
            "id": "user_1",
            "email_addresses": [{"email_address": "a@b.c", "linked_to": [{"type": "oauth_google", "id": "idn_9"}]}],
        }
    }))
    .unwrap();
    let WebhookEvent::UserCreated(event) = wh().verify_at(&signed(&body, NOW), &body, at(NOW)).unwrap() else {
        panic!("expected user.created");
    };
    let link = &event.data.email_addresses[0].linked_to[0];
    assert_eq!(link.kind.as_deref(), Some("oauth_google"));
    assert_eq!(link.id.as_deref(), Some("idn_9"));
    assert!(link.extra.is_empty(), "{:?}", link.extra);
    assert_eq!(serde_json::to_value(link).unwrap(), json!({"type": "oauth_google", "id": "idn_9"}));
    // `data` that is not an object is refused, naming the event type.
    let body = br#"{"type": "user.created", "data": [1, 2]}"#;
    match wh().verify_at(&signed(body, NOW), body, at(NOW)) {
        Err(WebhookError::InvalidPayload { event_type, source }) => {
            assert_eq!(event_type, "user.created");
            assert!(source.to_string().contains("invalid type: sequence"), "{source}");
        }
        other => panic!("expected InvalidPayload, got {other:?}"),
    }
}

#[test]
fn error_type_is_thread_safe() {
    fn check<E: std::error::Error + Send + Sync + 'static>() {}
    check::<WebhookError>();
    fn send_sync<T: Send + Sync>() {}
    send_sync::<Webhook>();
    send_sync::<WebhookEvent>();
}

/// Drops `null` members and empty lists, which typed fields leave out.
fn prune(value: Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .filter(|(_, v)| !v.is_null() && v.as_array().is_none_or(|a| !a.is_empty()))
                .map(|(k, v)| (k, prune(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(prune).collect()),
        other => other,
    }
}

/// Resolves a local `$ref` like `#/components/examples/Name`.
fn resolve<'a>(spec: &'a Value, node: &'a Value) -> &'a Value {
    match node.get("$ref").and_then(Value::as_str) {
        Some(reference) => {
            let pointer = reference.trim_start_matches('#');
            spec.pointer(pointer).unwrap_or_else(|| panic!("dangling reference {reference}"))
        }
        None => node,
    }
}

#[test]
fn every_example_in_the_webhooks_spec_decodes() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/clerk-openapi/webhooks/2025-04-15.yml");
    let Ok(text) = std::fs::read_to_string(&path) else {
        println!("skipped: webhooks spec not found at {} (it lives beside the crate, in shared/)", path.display());
        return;
    };
    let spec: Value = serde_yaml_ng::from_str(&text).expect("the webhooks spec is valid YAML");
    let events = spec["x-webhooks"].as_object().expect("x-webhooks section");

    // Every event type in the spec has its own variant, and no variant is stale.
    let mut spec_types: Vec<&str> = events.keys().map(String::as_str).collect();
    spec_types.sort();
    let mut known: Vec<&str> = WebhookEvent::KNOWN_TYPES.to_vec();
    known.sort();
    assert_eq!(spec_types, known, "event types in the spec vs. WebhookEvent variants");

    let mut examples: Vec<(String, Value)> = Vec::new();
    let mut referenced = Vec::new();
    for (name, operation) in events {
        let content = &operation["post"]["requestBody"]["content"]["application/json"];
        if let Some(example) = content.get("example") {
            examples.push((name.clone(), example.clone()));
        }
        if let Some(named) = content.get("examples").and_then(Value::as_object) {
            for example in named.values() {
                if let Some(r) = example.get("$ref").and_then(Value::as_str) {
                    referenced.push(r.to_string());
                }
                let example = resolve(&spec, example);
                examples.push((name.clone(), example["value"].clone()));
            }
        }
    }
    // Examples under components/examples that no event refers to.
    if let Some(shared) = spec.pointer("/components/examples").and_then(Value::as_object) {
        for (key, example) in shared {
            if referenced.contains(&format!("#/components/examples/{key}")) {
                continue;
            }
            let value = example["value"].clone();
            let name = value["type"].as_str().unwrap_or_default().to_string();
            examples.push((name, value));
        }
    }

    let wh = wh();
    let mut typed = 0;
    let mut failures = Vec::new();
    for (name, example) in &examples {
        // Through the whole path: sign the example, verify, decode.
        let body = serde_json::to_vec(example).unwrap();
        match wh.verify_at(&signed(&body, NOW), &body, at(NOW)) {
            Ok(event) if !event.is_unknown() && event.event_type() == name => {
                // Nothing was lost on the way into the typed structs.
                let back = serde_json::to_value(&event).unwrap();
                if prune(back) == prune(example.clone()) {
                    typed += 1;
                } else {
                    failures.push(format!("{name}: typed form differs from the example"));
                }
            }
            Ok(event) => failures.push(format!("{name}: decoded as {}", event.event_type())),
            Err(e) => failures.push(format!("{name}: {e}")),
        }
    }
    println!(
        "{typed} of {} webhook spec examples decoded into typed variants ({} event types)",
        examples.len(),
        events.len()
    );
    assert!(failures.is_empty(), "examples that failed: {failures:#?}");
    assert!(typed > 0);
    assert_eq!(typed, examples.len());
}

/// The drift that API answers survive (null or missing collections and
/// metadata, tagless and half-filled verifications, at several depths)
/// leaves webhook payloads readable too, and keeps what was sent.
#[test]
fn payloads_drifting_like_api_answers_decode() {
    let body = serde_json::to_vec(&json!({
        "object": "event",
        "type": "user.created",
        "timestamp": NOW,
        "data": {
            "object": "user",
            "id": "user_drift",
            "email_addresses": [
                {"id": "idn_1", "email_address": "a@example.com", "linked_to": null,
                 "verification": {"status": "verified", "strategy": "email_code"}},
                {"id": "idn_2", "email_address": "b@example.com",
                 "verification": {"object": "verification_otp"}}
            ],
            "phone_numbers": null,
            "organization_memberships": [
                {"id": "orgmem_1", "role": "org:admin", "permissions": null, "public_metadata": null,
                 "organization": {"id": "org_1", "name": "Acme", "public_metadata": null}}
            ],
            "public_metadata": null,
            "external_id": null,
        }
    }))
    .unwrap();
    let WebhookEvent::UserCreated(event) = wh().verify_at(&signed(&body, NOW), &body, at(NOW)).unwrap() else {
        panic!("expected user.created");
    };
    let user = event.data;
    assert_eq!(user.id.as_deref(), Some("user_drift"));
    assert_eq!(user.email_addresses.len(), 2);
    assert!(user.email_addresses[0].linked_to.is_empty());
    let tagless = user.email_addresses[0].verification.as_ref().expect("kept");
    assert_eq!((tagless.object.as_deref(), tagless.status.as_deref()), (None, Some("verified")));
    let half = user.email_addresses[1].verification.as_ref().expect("kept");
    assert_eq!((half.object.as_deref(), half.status.as_deref()), (Some("verification_otp"), None));
    assert!(user.phone_numbers.is_empty());
    assert_eq!(user.public_metadata, None);
    let membership = &user.organization_memberships[0];
    assert!(membership.permissions.is_empty());
    assert_eq!(membership.role.as_deref(), Some("org:admin"));
    let org = membership.organization.as_ref().expect("kept");
    assert_eq!((org.name.as_deref(), org.public_metadata.as_ref()), (Some("Acme"), None));
}
