//! With the `schemars` feature, every model describes itself as JSON Schema.
//! Run with `cargo test --features schemars --test json_schema`.
#![cfg(feature = "schemars")]

use clerk_backend_api::types;

#[test]
fn models_describe_themselves() {
    let user = serde_json::to_value(schemars::schema_for!(types::User)).expect("a schema");
    let props = user["properties"].as_object().expect("User has properties");
    for field in ["id", "email_addresses", "public_metadata", "last_sign_in_at"] {
        assert!(props.contains_key(field), "User schema lacks {field}");
    }
    assert!(user["required"].as_array().expect("required").iter().any(|r| r == "id"));

    // A three-state PATCH field is described as an optional, nullable value.
    let patch = serde_json::to_value(schemars::schema_for!(types::UpdateUserBody)).expect("a schema");
    assert!(patch["properties"]["first_name"].is_object(), "{patch}");
    assert!(!patch["required"].as_array().is_some_and(|r| r.iter().any(|f| f == "first_name")));
}
