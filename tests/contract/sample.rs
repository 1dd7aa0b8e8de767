//! Builds an answer for an operation from a spec: every property the schema
//! defines (optional ones included), nullable ones as `null` on request, and
//! Clerk's own `example` values where the spec gives them and asked to.

use serde_json::{json, Map, Value};

pub struct Sampler<'a> {
    pub spec: &'a Value,
    /// Nullable properties become `null`.
    pub nulls: bool,
    /// Use the spec's `example` values where present.
    pub examples: bool,
    /// How the answer departs from the spec, as live answers do.
    pub drift: Drift,
}

/// Ways a live answer differs from what the spec promises.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Drift {
    /// As the spec says.
    None,
    /// Every array and map below the top level is `null`.
    NullCollections,
    /// Every array and map below the top level is left out.
    NoCollections,
    /// Every nullable property is left out, required or not.
    NoNullables,
    /// Union members (`oneOf`/`anyOf`) come without their `object` tag.
    UntaggedUnions,
    /// Union members come with their `object` tag and nothing else.
    HalfFilledUnions,
    /// The fields Clerk's own JS Backend SDK types as optional or nullable
    /// although the spec requires them: `null` at even depths, left out at odd ones.
    OptionalInPractice,
}

/// Fields the spec requires that Clerk's JS Backend SDK types as optional
/// or nullable (`schema`, `field`): a record kept here, by hand, apart from
/// the code under test. Inline answers are named `operationId#status`.
pub const OPTIONAL_IN_PRACTICE: &[(&str, &str)] = &[
    ("verification_oauth", "expire_at"),
    ("SignUp", "abandon_at"),
    ("MachineScope", "created_at"),
    ("OrganizationWithLogo", "image_url"),
    ("CommerceSubscriptionItem", "payer_id"),
    ("CommerceSubscriptionItem", "is_free_trial"),
    ("CommerceSubscriptionItem-2", "plan_id"),
    ("CommerceSubscriptionItem-2", "payer_id"),
    ("CommerceSubscriptionItem-2", "is_free_trial"),
    ("CommercePlan-2", "description"),
    ("CommercePayerResponse-2", "first_name"),
    ("CommercePayerResponse-2", "last_name"),
    ("FeatureResponse-2", "description"),
    ("FeatureResponse-2", "avatar_url"),
    ("createApiKey#200", "secret"),
    ("createM2MToken#201", "token"),
    ("deleteApiKey#200", "id"),
    // Collections and metadata maps the JS SDK types as nullable.
    ("Organization", "public_metadata"),
    ("OrganizationWithLogo", "public_metadata"),
    ("Invitation", "public_metadata"),
    ("ExternalAccountWithVerification", "public_metadata"),
    ("ActorToken", "actor"),
    ("CommercePlan-2", "features"),
    // Optional in the spec, but `null` in the JS SDK's types.
    ("User", "organization_memberships"),
    ("ActorToken", "token"),
    ("ActorToken", "url"),
    ("SignUp", "public_metadata"),
    ("SignUp", "unsafe_metadata"),
    ("SignUp", "external_account"),
    ("CommerceSubscriptionItem", "lifetime_paid"),
    ("OrganizationInvitationWithPublicOrganizationData", "public_organization_data"),
    ("verification_passkey", "nonce"),
    ("verification_oauth", "external_verification_redirect_url"),
];

const MAX_DEPTH: usize = 16;

impl Sampler<'_> {
    fn deref<'v>(&'v self, mut v: &'v Value) -> &'v Value {
        for _ in 0..16 {
            let Some(r) = v.get("$ref").and_then(Value::as_str) else { break };
            let Some(t) = r.strip_prefix('#').and_then(|p| self.spec.pointer(p)) else { break };
            v = t;
        }
        v
    }

    /// The JSON schema of an operation's success answer, if it has a JSON body.
    pub fn success_schema(&self, operation_id: &str) -> Option<(&Value, u16)> {
        for item in self.spec.get("paths")?.as_object()?.values() {
            for op in item.as_object()?.values() {
                if op.get("operationId").and_then(Value::as_str) != Some(operation_id) {
                    continue;
                }
                let (code, resp) = op.get("responses")?.as_object()?.iter().find(|(k, _)| k.starts_with('2'))?;
                let schema = self.deref(resp).pointer("/content/application~1json/schema")?;
                return Some((schema, code.parse().ok()?));
            }
        }
        None
    }

    pub fn sample(&self, schema: &Value, depth: usize) -> Value {
        self.sample_named(schema, depth, None)
    }

    /// Samples the answer of an operation, naming an inline schema
    /// `operationId#status` for [`Drift::OptionalInPractice`].
    pub fn answer(&self, operation_id: &str) -> Option<Value> {
        let (schema, status) = self.success_schema(operation_id)?;
        Some(self.sample_named(schema, 0, Some(&format!("{operation_id}#{status}"))))
    }

    fn is_collection(&self, schema: &Value) -> bool {
        let s = self.deref(schema);
        match s.get("type").and_then(Value::as_str) {
            Some("array") => true,
            Some("object") | None => {
                s.get("properties").is_none()
                    && ["allOf", "oneOf", "anyOf"].iter().all(|k| s.get(*k).is_none())
                    && s.get("enum").is_none()
            }
            _ => false,
        }
    }

    fn sample_named(&self, schema: &Value, depth: usize, inline_name: Option<&str>) -> Value {
        let name = schema
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.rsplit('/').next())
            .map(str::to_owned)
            .or_else(|| inline_name.map(str::to_owned));
        let s = self.deref(schema);
        if depth > 0 && self.drift == Drift::NullCollections && self.is_collection(s) {
            return Value::Null;
        }
        if self.examples {
            if let Some(e) = s.get("example") {
                return e.clone();
            }
        }
        let nullable = s.get("nullable") == Some(&Value::Bool(true));
        if self.nulls && nullable && depth > 0 {
            return Value::Null;
        }
        if depth > MAX_DEPTH {
            return if nullable { Value::Null } else { self.shallow(s) };
        }
        if let Some(all) = s.get("allOf").and_then(Value::as_array) {
            let mut merged = Map::new();
            for part in all {
                let part_name = if part.get("$ref").is_some() { None } else { name.as_deref() };
                if let Value::Object(m) = self.sample_named(part, depth, part_name) {
                    merged.extend(m);
                }
            }
            return Value::Object(merged);
        }
        for key in ["oneOf", "anyOf"] {
            let Some(branches) = s.get(key).and_then(Value::as_array) else { continue };
            // Branches listing only `required` names are checks, not shapes.
            let checks_only = branches.iter().all(|b| b.as_object().is_some_and(|o| o.keys().all(|k| k == "required")));
            if let (false, Some(first)) = (checks_only, branches.first()) {
                let mut member = self.sample(first, depth);
                // A single branch only wraps a schema (to make it nullable): not a union.
                if let (Value::Object(m), true) = (&mut member, branches.len() > 1) {
                    match self.drift {
                        Drift::UntaggedUnions => {
                            m.remove("object");
                        }
                        Drift::HalfFilledUnions => m.retain(|k, _| k == "object"),
                        _ => {}
                    }
                }
                return member;
            }
        }
        if let Some(e) = s.get("enum").and_then(Value::as_array).and_then(|e| e.first()) {
            return e.clone();
        }
        match s.get("type").and_then(Value::as_str) {
            Some("string") => match s.get("format").and_then(Value::as_str) {
                Some("date-time") => json!("2024-05-28T08:00:00Z"),
                Some("date") => json!("2024-05-28"),
                Some("email") => json!("ada@example.com"),
                _ => json!("sample"),
            },
            Some("integer") => json!(1_716_883_200),
            Some("number") => json!(1.5),
            Some("boolean") => json!(true),
            Some("array") => match s.get("items") {
                Some(items) => json!([self.sample(items, depth + 1)]),
                None => json!([]),
            },
            _ => {
                let mut out = Map::new();
                for (k, p) in s.get("properties").and_then(Value::as_object).into_iter().flatten() {
                    let drop = match self.drift {
                        Drift::NoCollections => self.is_collection(p),
                        Drift::NoNullables => self.deref(p).get("nullable") == Some(&Value::Bool(true)),
                        Drift::OptionalInPractice => {
                            let listed =
                                name.as_deref().is_some_and(|n| OPTIONAL_IN_PRACTICE.contains(&(n, k.as_str())));
                            if listed && depth.is_multiple_of(2) {
                                out.insert(k.clone(), Value::Null);
                            }
                            listed
                        }
                        _ => false,
                    };
                    if !drop {
                        out.insert(k.clone(), self.sample(p, depth + 1));
                    }
                }
                Value::Object(out)
            }
        }
    }

    /// Past the depth limit: the least that still decodes.
    fn shallow(&self, s: &Value) -> Value {
        match s.get("type").and_then(Value::as_str) {
            Some("array") => json!([]),
            Some("string") => json!("sample"),
            Some("integer") => json!(1),
            Some("number") => json!(1.5),
            Some("boolean") => json!(true),
            _ => json!({}),
        }
    }
}
