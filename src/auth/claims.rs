//! Typed claims of a Clerk session token, for both token formats (v1 and v2).

use std::collections::BTreeMap;

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};

/// The claims of a verified session token.
///
/// The registered claims Clerk always sets are typed fields; organization data
/// is available in both formats (`org_*` in v1, the compact `o` object in v2)
/// and is best read through [`Claims::organization`], which hides the
/// difference. Every claim without a field of its own (custom claims from the
/// session token template, newer claims this crate does not know yet, or a
/// known claim whose value has an unexpected shape) is kept in
/// [`Claims::other`].
///
/// Decoding is lenient: only `sub`, `iss` and `exp` are required, and the time
/// claims (`exp`, `nbf`, `iat`) and `azp` must have the right type when
/// present, because verification depends on them. A payload that names a
/// claim twice is refused: there is no telling which value the issuer meant.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Claims {
    /// The user the session belongs to (`sub`, a `user_...` id).
    pub sub: String,
    /// The session id (`sid`, a `sess_...` id).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sid: Option<String>,
    /// The origin of the app that requested the token (`azp`), when Clerk set one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub azp: Option<String>,
    /// The Frontend API URL of the Clerk instance that issued the token (`iss`).
    pub iss: String,
    /// Expiry, in seconds since the Unix epoch (`exp`).
    pub exp: i64,
    /// Start of validity, in seconds since the Unix epoch (`nbf`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nbf: Option<i64>,
    /// Issue time, in seconds since the Unix epoch (`iat`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iat: Option<i64>,
    /// The token's unique id (`jti`), when present.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub jti: Option<String>,
    /// Who is acting on behalf of `sub` (`act`); present during impersonation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub act: Option<Actor>,
    /// The token format version (`v`); absent in v1 tokens.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub v: Option<u32>,
    /// Active organization id, v1 format (`org_id`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub org_id: Option<String>,
    /// Active organization slug, v1 format (`org_slug`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub org_slug: Option<String>,
    /// Role in the active organization, v1 format (`org_role`, e.g. `org:admin`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub org_role: Option<String>,
    /// Permissions in the active organization, v1 format (`org_permissions`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub org_permissions: Option<Vec<String>>,
    /// Active organization in the compact v2 format (`o`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub o: Option<CompactOrgClaims>,
    /// Enabled features, v2 format (`fea`): a comma-separated list of
    /// `scope:feature` entries, where the scope is `o` (organization), `u`
    /// (user) or both.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fea: Option<String>,
    /// Minutes since the first and second factor were last verified (`fva`);
    /// `-1` means never.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fva: Option<Vec<i64>>,
    /// Session status (`sts`), e.g. `active` or `pending`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sts: Option<String>,
    /// Every other claim, by name.
    #[serde(flatten)]
    pub other: BTreeMap<String, Value>,
}

/// The actor claim (`act`): the identity that is really behind the session
/// when one user impersonates another.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Actor {
    /// The impersonating identity (usually a `user_...` id).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sub: Option<String>,
    /// Where the actor comes from, when set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iss: Option<String>,
    /// The actor's own session id, when set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sid: Option<String>,
    /// Every other member of the `act` object.
    #[serde(flatten)]
    pub other: BTreeMap<String, Value>,
}

/// The compact organization claim of v2 tokens (`o`), kept as sent.
///
/// Use [`Claims::organization`] for the decoded form with full role and
/// permission names.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CompactOrgClaims {
    /// Organization id (`id`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Organization slug (`slg`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slg: Option<String>,
    /// Role key without the `org:` prefix (`rol`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rol: Option<String>,
    /// Comma-separated permission names without prefixes (`per`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per: Option<String>,
    /// Comma-separated bit masks, one per organization feature in `fea`, whose
    /// bit `i` grants the `i`-th entry of `per` for that feature (`fpm`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fpm: Option<String>,
    /// Every other member of the `o` object.
    #[serde(flatten)]
    pub other: BTreeMap<String, Value>,
}

/// The active organization of a session, the same for v1 and v2 tokens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrgClaims {
    /// Organization id (`org_...`).
    pub id: String,
    /// Organization slug, when present.
    pub slug: Option<String>,
    /// Full role key, e.g. `org:admin`.
    pub role: Option<String>,
    /// Full permission keys, e.g. `org:invoices:read`.
    pub permissions: Vec<String>,
}

impl Claims {
    /// The token format version: `v` when present, otherwise 1.
    pub fn version(&self) -> u32 {
        self.v.unwrap_or(1)
    }

    /// The user id (`sub`).
    pub fn user_id(&self) -> &str {
        &self.sub
    }

    /// The session id (`sid`), when present.
    pub fn session_id(&self) -> Option<&str> {
        self.sid.as_deref()
    }

    /// True when someone is acting on behalf of the user (an `act` claim is present).
    pub fn is_impersonated(&self) -> bool {
        self.act.is_some()
    }

    /// A claim without a typed field, by name.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.other.get(name)
    }

    /// The active organization, decoded from the v2 `o` claim when present and
    /// from the v1 `org_*` claims otherwise; `None` without an active
    /// organization.
    ///
    /// For v2 tokens the role gets its `org:` prefix back and the permissions
    /// are rebuilt as `org:<feature>:<permission>` from `fea`, `o.per` and
    /// `o.fpm`. Entries that cannot be decoded are skipped.
    pub fn organization(&self) -> Option<OrgClaims> {
        if let Some(o) = &self.o {
            let id = o.id.clone()?;
            return Some(OrgClaims {
                id,
                slug: o.slg.clone(),
                role: o.rol.as_ref().map(|r| format!("org:{r}")),
                permissions: compact_permissions(&self.org_features(), o),
            });
        }
        let id = self.org_id.clone()?;
        Some(OrgClaims {
            id,
            slug: self.org_slug.clone(),
            role: self.org_role.clone(),
            permissions: self.org_permissions.clone().unwrap_or_default(),
        })
    }

    /// Names of the features enabled for the active organization (v2 `fea`
    /// entries whose scope includes `o`).
    pub fn org_features(&self) -> Vec<String> {
        self.features_in_scope('o')
    }

    /// Names of the features enabled for the user (v2 `fea` entries whose
    /// scope includes `u`).
    pub fn user_features(&self) -> Vec<String> {
        self.features_in_scope('u')
    }

    fn features_in_scope(&self, scope: char) -> Vec<String> {
        let Some(fea) = &self.fea else {
            return Vec::new();
        };
        fea.split(',')
            .filter_map(|entry| {
                let (scopes, name) = entry.trim().split_once(':')?;
                (scopes.contains(scope) && !name.is_empty()).then(|| name.to_string())
            })
            .collect()
    }
}

/// The claims Clerk's session tokens carry as typed fields, in the order
/// their problems are reported.
const TYPED: [&str; 18] = [
    "sub",
    "iss",
    "exp",
    "nbf",
    "iat",
    "azp",
    "sid",
    "jti",
    "act",
    "v",
    "org_id",
    "org_slug",
    "org_role",
    "org_permissions",
    "o",
    "fea",
    "fva",
    "sts",
];

/// Where a typed claim's value is kept in [`ClaimSlots`].
fn slot(name: &str) -> Option<usize> {
    TYPED.iter().position(|n| *n == name)
}

/// A session token's payload read in one pass: the typed claims' values by
/// their place in [`TYPED`], every other claim by name. Names are borrowed
/// from the payload while it is read, so only the kept values allocate.
#[derive(Default)]
pub(crate) struct ClaimSlots {
    typed: [Option<Value>; TYPED.len()],
    other: BTreeMap<String, Value>,
}

impl ClaimSlots {
    /// Reads a payload; a claim named twice is refused (RFC 7519 allows a
    /// reader to refuse such a token, and two values for one claim leave
    /// nothing sure to check).
    pub(crate) fn read(json: &[u8]) -> serde_json::Result<ClaimSlots> {
        serde_json::from_slice(json)
    }

    /// Whether `sub` names a machine (`mch_...`), as M2M tokens do.
    pub(crate) fn is_machine(&self) -> bool {
        let sub = slot("sub").and_then(|i| self.typed[i].as_ref());
        sub.and_then(Value::as_str).is_some_and(|sub| sub.starts_with("mch_"))
    }

    fn take(&mut self, name: &str) -> Option<Value> {
        self.typed[slot(name)?].take()
    }

    /// Takes a claim when `convert` accepts its value; otherwise the value
    /// stays, under its name, among the other claims.
    fn take_with<T>(&mut self, name: &'static str, convert: impl FnOnce(Value) -> Result<T, Value>) -> Option<T> {
        match convert(self.take(name)?) {
            Ok(converted) => Some(converted),
            Err(value) => {
                self.other.insert(name.to_string(), value);
                None
            }
        }
    }

    fn take_string(&mut self, name: &'static str) -> Option<String> {
        self.take_with(name, |v| match v {
            Value::String(s) => Ok(s),
            other => Err(other),
        })
    }

    /// A NumericDate claim: absent is fine, a non-number is an error.
    fn take_time(&mut self, name: &'static str) -> Result<Option<i64>, &'static str> {
        match self.take(name) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Number(n)) => match n.as_i64() {
                Some(i) => Ok(Some(i)),
                // Fractional or huge values: saturate, never panic.
                None => n.as_f64().map(|f| Some(f.floor() as i64)).ok_or(name),
            },
            Some(_) => Err(name),
        }
    }

    fn take_object<T>(&mut self, name: &'static str, build: impl FnOnce(Map<String, Value>) -> T) -> Option<T> {
        self.take_with(name, |v| match v {
            Value::Object(map) => Ok(build(map)),
            other => Err(other),
        })
    }

    /// The claims; on failure, names the claim that is missing or unusable.
    pub(crate) fn into_claims(mut self) -> Result<Claims, &'static str> {
        let sub = self.take_string("sub").ok_or("sub")?;
        let iss = self.take_string("iss").ok_or("iss")?;
        let exp = self.take_time("exp")?.ok_or("exp")?;
        let nbf = self.take_time("nbf")?;
        let iat = self.take_time("iat")?;
        let azp = match self.take("azp") {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(s),
            Some(_) => return Err("azp"),
        };
        let sid = self.take_string("sid");
        let jti = self.take_string("jti");
        let act = self.take_object("act", Actor::from_map);
        let v = self.take_with("v", |v| v.as_u64().and_then(|n| u32::try_from(n).ok()).ok_or(v));
        let org_id = self.take_string("org_id");
        let org_slug = self.take_string("org_slug");
        let org_role = self.take_string("org_role");
        let org_permissions = self.take_with("org_permissions", |v| string_list(&v).ok_or(v));
        let o = self.take_object("o", CompactOrgClaims::from_map);
        let fea = self.take_with("fea", |v| csv_string(&v).ok_or(v));
        let fva = self.take_with("fva", |v| v.as_array().and_then(|a| a.iter().map(Value::as_i64).collect()).ok_or(v));
        let sts = self.take_string("sts");
        Ok(Claims {
            sub,
            sid,
            azp,
            iss,
            exp,
            nbf,
            iat,
            jti,
            act,
            v,
            org_id,
            org_slug,
            org_role,
            org_permissions,
            o,
            fea,
            fva,
            sts,
            other: self.other,
        })
    }
}

impl<'de> Deserialize<'de> for ClaimSlots {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Slots;
        impl<'de> serde::de::Visitor<'de> for Slots {
            type Value = ClaimSlots;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a JSON object of claims")
            }
            fn visit_map<M: serde::de::MapAccess<'de>>(self, mut map: M) -> Result<ClaimSlots, M::Error> {
                let mut slots = ClaimSlots::default();
                while let Some(crate::union::Text(name)) = map.next_key()? {
                    let value: Value = map.next_value()?;
                    let taken = match slot(&name) {
                        Some(index) => slots.typed[index].replace(value).is_some(),
                        None => slots.other.insert(name.into_owned(), value).is_some(),
                    };
                    if taken {
                        return Err(M::Error::custom("a claim is named twice"));
                    }
                }
                Ok(slots)
            }
        }
        deserializer.deserialize_map(Slots)
    }
}

impl<'de> Deserialize<'de> for Claims {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        ClaimSlots::deserialize(deserializer)?
            .into_claims()
            .map_err(|claim| D::Error::custom(format_args!("claim `{claim}` is missing or has the wrong type")))
    }
}

impl Actor {
    fn from_map(mut map: Map<String, Value>) -> Self {
        Actor {
            sub: take_string(&mut map, "sub"),
            iss: take_string(&mut map, "iss"),
            sid: take_string(&mut map, "sid"),
            other: map.into_iter().collect(),
        }
    }
}

impl<'de> Deserialize<'de> for Actor {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Actor::from_map(Map::deserialize(deserializer)?))
    }
}

impl CompactOrgClaims {
    fn from_map(mut map: Map<String, Value>) -> Self {
        CompactOrgClaims {
            id: take_string(&mut map, "id"),
            slg: take_string(&mut map, "slg"),
            rol: take_string(&mut map, "rol"),
            per: take_with(&mut map, "per", csv_string),
            fpm: take_with(&mut map, "fpm", csv_string),
            other: map.into_iter().collect(),
        }
    }
}

impl<'de> Deserialize<'de> for CompactOrgClaims {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(CompactOrgClaims::from_map(Map::deserialize(deserializer)?))
    }
}

/// Rebuilds full permission keys from the compact v2 encoding.
fn compact_permissions(org_features: &[String], o: &CompactOrgClaims) -> Vec<String> {
    let (Some(per), Some(fpm)) = (&o.per, &o.fpm) else {
        return Vec::new();
    };
    let permissions: Vec<&str> = per.split(',').map(str::trim).collect();
    let masks = fpm.split(',').map(|m| m.trim().parse::<u64>().ok());
    let mut out = Vec::new();
    for (feature, mask) in org_features.iter().zip(masks) {
        let Some(mask) = mask else { continue };
        for (bit, permission) in permissions.iter().enumerate().take(64) {
            if !permission.is_empty() && (mask >> bit) & 1 == 1 {
                out.push(format!("org:{feature}:{permission}"));
            }
        }
    }
    out
}

/// Removes `key` when its value converts; leaves it in place otherwise.
fn take_with<T>(map: &mut Map<String, Value>, key: &str, convert: impl FnOnce(&Value) -> Option<T>) -> Option<T> {
    let converted = convert(map.get(key)?)?;
    map.remove(key);
    Some(converted)
}

fn take_string(map: &mut Map<String, Value>, key: &str) -> Option<String> {
    take_with(map, key, |v| v.as_str().map(str::to_string))
}

fn string_list(v: &Value) -> Option<Vec<String>> {
    v.as_array()?.iter().map(|item| item.as_str().map(str::to_string)).collect()
}

/// A comma-separated list given either as one string or as an array of
/// strings or integers.
fn csv_string(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Array(items) => items
            .iter()
            .map(|item| match item {
                Value::String(s) => Some(s.clone()),
                Value::Number(n) => Some(n.to_string()),
                _ => None,
            })
            .collect::<Option<Vec<_>>>()
            .map(|parts| parts.join(",")),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn claims_decode_from_text_and_from_a_value_alike() {
        let text = r#"{"sub":"user_1","iss":"https://clerk.example.com","exp":1700000000,"sid":7,"plan":"pro"}"#;
        let from_text: Claims = serde_json::from_str(text).unwrap();
        let from_value: Claims = serde_json::from_value(serde_json::from_str(text).unwrap()).unwrap();
        assert_eq!(from_text, from_value);
        assert_eq!(from_text.sub, "user_1");
        assert_eq!(from_text.exp, 1_700_000_000);
        // A known claim of another shape is kept among the others, by name.
        assert_eq!(from_text.sid, None);
        assert_eq!(from_text.get("sid"), Some(&json!(7)));
        assert_eq!(from_text.get("plan"), Some(&json!("pro")));
    }

    #[test]
    fn a_missing_claim_or_a_claim_named_twice_is_an_error() {
        let err = serde_json::from_str::<Claims>(r#"{"sub":"user_1","exp":1}"#).unwrap_err();
        assert!(err.to_string().contains("claim `iss` is missing or has the wrong type"), "{err}");
        let err = serde_json::from_str::<Claims>(r#"{"sub":"a","sub":"b","iss":"https://x.example.com","exp":1}"#)
            .unwrap_err();
        assert!(err.to_string().contains("a claim is named twice"), "{err}");
        let slots = ClaimSlots::read(br#"{"sub":"mch_1","exp":1}"#).unwrap();
        assert!(slots.is_machine());
        assert!(!ClaimSlots::read(br#"{"sub":"user_mch_1"}"#).unwrap().is_machine());
        assert!(ClaimSlots::read(b"[1]").is_err());
    }
}
