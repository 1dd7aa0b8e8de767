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
/// present, because verification depends on them.
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

    /// Builds the claims from a decoded JSON object; on failure, names the
    /// claim that is missing or unusable.
    pub(crate) fn from_map(mut map: Map<String, Value>) -> Result<Self, &'static str> {
        let sub = take_string(&mut map, "sub").ok_or("sub")?;
        let iss = take_string(&mut map, "iss").ok_or("iss")?;
        let exp = take_time(&mut map, "exp")?.ok_or("exp")?;
        let nbf = take_time(&mut map, "nbf")?;
        let iat = take_time(&mut map, "iat")?;
        let azp = match map.remove("azp") {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(s),
            Some(_) => return Err("azp"),
        };
        let sid = take_string(&mut map, "sid");
        let jti = take_string(&mut map, "jti");
        let act = match map.remove("act") {
            Some(Value::Object(obj)) => Some(Actor::from_map(obj)),
            Some(other) => {
                map.insert("act".into(), other);
                None
            }
            None => None,
        };
        let v = take_with(&mut map, "v", |v| v.as_u64().and_then(|n| u32::try_from(n).ok()));
        let org_id = take_string(&mut map, "org_id");
        let org_slug = take_string(&mut map, "org_slug");
        let org_role = take_string(&mut map, "org_role");
        let org_permissions = take_with(&mut map, "org_permissions", string_list);
        let o = match map.remove("o") {
            Some(Value::Object(obj)) => Some(CompactOrgClaims::from_map(obj)),
            Some(other) => {
                map.insert("o".into(), other);
                None
            }
            None => None,
        };
        let fea = take_with(&mut map, "fea", csv_string);
        let fva = take_with(&mut map, "fva", |v| v.as_array()?.iter().map(Value::as_i64).collect::<Option<Vec<_>>>());
        let sts = take_string(&mut map, "sts");
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
            other: map.into_iter().collect(),
        })
    }
}

impl<'de> Deserialize<'de> for Claims {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let map = Map::<String, Value>::deserialize(deserializer)?;
        Claims::from_map(map)
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

/// A NumericDate claim: absent is fine, a non-number is an error.
fn take_time(map: &mut Map<String, Value>, key: &'static str) -> Result<Option<i64>, &'static str> {
    match map.remove(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(n)) => match n.as_i64() {
            Some(i) => Ok(Some(i)),
            // Fractional or huge values: saturate, never panic.
            None => n.as_f64().map(|f| Some(f.floor() as i64)).ok_or(key),
        },
        Some(_) => Err(key),
    }
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
