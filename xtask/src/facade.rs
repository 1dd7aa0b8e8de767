//! Writes the namespace files under `src/resources/` from the vendored spec:
//! one struct per `x-speakeasy-group`, one method per operation, path
//! parameters positional in path order, everything else through the
//! generated builder the method returns.

use crate::normalize::{HAND_WRITTEN, METHODS};
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt::Write;

/// Operations upstream leaves without a group: (operation id, group, method).
const UNGROUPED: &[(&str, &str, &str)] = &[
    ("GetInstanceProtect", "instanceSettings", "getProtect"),
    ("UpdateInstanceProtect", "instanceSettings", "updateProtect"),
    ("createAdminPortalLinkToken", "adminPortalLinkTokens", "create"),
    ("revokeAdminPortalLinkToken", "adminPortalLinkTokens", "revoke"),
    ("createApiKey", "apiKeys", "create"),
    ("getApiKeys", "apiKeys", "list"),
    ("getApiKey", "apiKeys", "get"),
    ("updateApiKey", "apiKeys", "update"),
    ("deleteApiKey", "apiKeys", "delete"),
    ("getApiKeySecret", "apiKeys", "getSecret"),
    ("revokeApiKey", "apiKeys", "revoke"),
    ("verifyApiKey", "apiKeys", "verify"),
];

/// A paragraph added to a namespace's doc where the name alone misleads.
/// Clerk's spec spreads the email and SMS template operations over three
/// groups; all three work on the same templates.
const NAMESPACE_NOTES: &[(&str, &str)] = &[
    (
        "email_sms_templates",
        "The email and SMS templates come in three namespaces, as Clerk's spec groups their operations, and all \
         three work on the same templates (named by `template_type`, `email` or `sms`, and `slug`): this one \
         lists, reads and reverts them and switches their delivery; `clerk.email_and_sms_templates()` creates or \
         replaces one (`upsert`); `clerk.templates()` renders a preview. Use the one that has the method you need.",
    ),
    (
        "email_and_sms_templates",
        "The email and SMS templates come in three namespaces, as Clerk's spec groups their operations, and all \
         three work on the same templates: this one creates or replaces one (`upsert`); \
         `clerk.email_sms_templates()` lists, reads and reverts them and switches their delivery; \
         `clerk.templates()` renders a preview. Use the one that has the method you need.",
    ),
    (
        "templates",
        "The email and SMS templates come in three namespaces, as Clerk's spec groups their operations, and all \
         three work on the same templates: this one renders a preview; `clerk.email_sms_templates()` lists, reads \
         and reverts them and switches their delivery; `clerk.email_and_sms_templates()` creates or replaces one \
         (`upsert`). Use the one that has the method you need.",
    ),
];

pub struct Op {
    pub id: String,
    pub method: String,
    pub path: String,
    pub group: String,
    pub name: String,
    pub path_params: Vec<String>,
    /// Path parameters whose schema is an enum: the generated setter parses them.
    pub enum_params: Vec<String>,
}

/// `camelCase`/`PascalCase`/acronyms -> `snake_case`, reading "OAuth" as one word.
pub fn snake(s: &str) -> String {
    let s = s.replace("OAuth", "Oauth");
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c == '-' || c == '_' || c == ' ' || c == '.' {
            if !out.ends_with('_') && !out.is_empty() {
                out.push('_');
            }
            continue;
        }
        if c.is_uppercase() && i > 0 {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
            if (prev.is_lowercase() || prev.is_ascii_digit() || (prev.is_uppercase() && next_lower))
                && !out.ends_with('_')
            {
                out.push('_');
            }
        }
        out.extend(c.to_lowercase());
    }
    out
}

fn pascal(snake_name: &str) -> String {
    snake_name
        .split('_')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            c.next().map(|f| f.to_uppercase().chain(c).collect::<String>()).unwrap_or_default()
        })
        .collect()
}

fn words(snake_name: &str) -> String {
    snake_name.replace('_', " ")
}

/// progenitor's method name for an operation id (heck's snake case).
pub fn progenitor_name(id: &str) -> String {
    heck::ToSnakeCase::to_snake_case(id)
}

pub fn progenitor_type(id: &str) -> String {
    heck::ToUpperCamelCase::to_upper_camel_case(id)
}

pub fn rust_ident(name: &str) -> String {
    const KEYWORDS: &[&str] = &["type", "ref", "match", "move", "use", "mod", "impl", "fn", "self", "crate", "where"];
    if KEYWORDS.contains(&name) {
        format!("r#{name}")
    } else {
        name.to_string()
    }
}

pub fn collect(spec: &Value) -> Result<Vec<Op>, String> {
    let mut ops = Vec::new();
    let paths = spec.get("paths").and_then(Value::as_object).ok_or("no paths")?;
    for (path, item) in paths {
        let Some(item) = item.as_object() else { continue };
        for (method, op) in item {
            if !METHODS.contains(&method.as_str()) {
                continue;
            }
            let id = op
                .get("operationId")
                .and_then(Value::as_str)
                .ok_or_else(|| format!("{method} {path}: no operationId"))?;
            let manual = UNGROUPED.iter().find(|(i, _, _)| *i == id);
            let group = match (op.get("x-speakeasy-group").and_then(Value::as_str), manual) {
                (Some(g), _) => g.to_string(),
                (None, Some((_, g, _))) => g.to_string(),
                (None, None) => {
                    return Err(format!("{id} has no x-speakeasy-group; add it to UNGROUPED in xtask/src/facade.rs"))
                }
            };
            let name = match (op.get("x-speakeasy-name-override").and_then(Value::as_str), manual) {
                (Some(n), _) if !n.is_empty() => n.to_string(),
                (_, Some((_, _, n))) => n.to_string(),
                _ => id.to_string(),
            };
            let path_params = path
                .split('/')
                .filter_map(|seg| seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
                .map(str::to_string)
                .collect();
            let enum_params = op
                .get("parameters")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter(|p| p.get("in").and_then(Value::as_str) == Some("path") && p.pointer("/schema/enum").is_some())
                .filter_map(|p| p.get("name").and_then(Value::as_str).map(str::to_string))
                .collect();
            ops.push(Op {
                enum_params,
                id: id.to_string(),
                method: method.to_uppercase(),
                path: path.clone(),
                group: snake(&group),
                name: snake(&name),
                path_params,
            });
        }
    }
    Ok(ops)
}

/// Namespaces that also carry hand-written multipart methods (src/uploads.rs).
const UPLOAD_GROUPS: &[(&str, &str, &str)] = &[
    ("SetUserProfileImage", "users", "set_profile_image"),
    ("UploadOrganizationLogo", "organizations", "upload_logo"),
    ("UploadOAuthApplicationLogo", "oauth_applications", "upload_logo"),
];

pub fn generate(spec: &Value) -> Result<Vec<(String, String)>, String> {
    let ops = collect(spec)?;
    let mut groups: BTreeMap<String, Vec<&Op>> = BTreeMap::new();
    for op in &ops {
        groups.entry(op.group.clone()).or_default().push(op);
    }
    let mut seen = BTreeMap::new();
    for op in &ops {
        if let Some(other) = seen.insert((op.group.clone(), op.name.clone()), op.id.clone()) {
            return Err(format!("{} and {other} both map to {}().{}()", op.id, op.group, op.name));
        }
    }
    debug_assert_eq!(UPLOAD_GROUPS.len(), HAND_WRITTEN.len());

    let header = "// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.\n";
    let mut files = Vec::new();
    let mut mod_rs = String::new();
    mod_rs.push_str("//! One namespace per resource group: `clerk.users()`, `clerk.invitations()`, ...\n//!\n");
    mod_rs.push_str("//! Each method takes the operation's path parameters, in path order, and\n");
    mod_rs.push_str("//! returns the generated request builder: set query parameters and the body\n");
    mod_rs.push_str("//! on it, then `.send().await`.\n");
    mod_rs.push_str(header);
    mod_rs.push('\n');
    for g in groups.keys() {
        writeln!(mod_rs, "#[cfg(feature = {g:?})]\nmod {g};").ok();
    }
    mod_rs.push('\n');
    for g in groups.keys() {
        writeln!(mod_rs, "#[cfg(feature = {g:?})]\npub use {g}::{};", pascal(g)).ok();
    }
    mod_rs.push_str("\nimpl crate::Clerk {\n");
    for g in groups.keys() {
        writeln!(mod_rs, "    /// Operations on {} (see [`{}`]; cargo feature `{g}`).", words(g), pascal(g)).ok();
        writeln!(mod_rs, "    #[cfg(feature = {g:?})]\n    #[cfg_attr(docsrs, doc(cfg(feature = {g:?})))]").ok();
        writeln!(mod_rs, "    pub fn {g}(&self) -> {}<'_> {{\n        {}::new(self)\n    }}\n", pascal(g), pascal(g))
            .ok();
    }
    mod_rs.truncate(mod_rs.trim_end().len());
    mod_rs.push_str("\n}\n\n");
    mod_rs.push_str("/// Every operation and where it lives: (operation id, namespace, method).\n");
    mod_rs.push_str("/// Tests use it to check that each operation is reachable exactly once.\n");
    mod_rs.push_str("#[doc(hidden)]\npub const OPERATIONS: &[(&str, &str, &str)] = &[\n");
    let mut table: Vec<(String, String, String)> =
        ops.iter().map(|o| (o.id.clone(), o.group.clone(), o.name.clone())).collect();
    table.extend(UPLOAD_GROUPS.iter().map(|(i, g, n)| (i.to_string(), g.to_string(), n.to_string())));
    table.sort();
    for (id, g, n) in &table {
        writeln!(mod_rs, "    ({id:?}, {g:?}, {n:?}),").ok();
    }
    mod_rs.push_str("];\n");
    files.push(("src/resources/mod.rs".to_string(), rustfmt(&mod_rs)?));

    // The facts build.rs needs to generate a slice: each operation's namespace.
    let mut ns = String::from(
        "# operation id -> namespace (its cargo feature) -> method. Written by `cargo xtask regen`; do not edit.\n",
    );
    let mut by_id: Vec<(&str, &str, &str)> =
        ops.iter().map(|o| (o.id.as_str(), o.group.as_str(), o.name.as_str())).collect();
    by_id.sort();
    for (id, g, name) in by_id {
        writeln!(ns, "{id} {g} {}", rust_ident(name)).ok();
    }
    files.push(("openapi/namespaces.txt".to_string(), ns));

    for (g, ops) in &groups {
        let ty = pascal(g);
        let mut s = String::new();
        writeln!(s, "//! `clerk.{g}()`: operations on {}.", words(g)).ok();
        s.push_str(header);
        s.push_str("\nuse crate::generated::builder;\n");
        s.push_str("use crate::Clerk;\n\n");
        writeln!(s, "/// Operations on {}; get one with `clerk.{g}()` (cargo feature `{g}`).", words(g)).ok();
        if let Some((_, note)) = NAMESPACE_NOTES.iter().find(|(n, _)| n == g) {
            writeln!(s, "///\n/// {note}").ok();
        }
        writeln!(s, "#[derive(Clone, Copy)]\npub struct {ty}<'a> {{\n    pub(crate) clerk: &'a Clerk,\n}}\n").ok();
        writeln!(s, "impl<'a> {ty}<'a> {{").ok();
        writeln!(s, "    pub(crate) fn new(clerk: &'a Clerk) -> Self {{\n        Self {{ clerk }}\n    }}").ok();
        for op in ops {
            s.push('\n');
            // The doc is openapi/docs.yaml's entry for the operation, joined
            // with the spec's facts by build.rs.
            writeln!(s, "    #[doc = include_str!(concat!(env!(\"OUT_DIR\"), \"/docs/{}.md\"))]", op.id).ok();
            let args: Vec<String> =
                op.path_params.iter().map(|p| format!("{}: impl Into<String>", rust_ident(&snake(p)))).collect();
            let ret = format!("builder::{}<'a>", progenitor_type(&op.id));
            writeln!(
                s,
                "    pub fn {}(&self{}{}) -> {ret} {{",
                rust_ident(&op.name),
                if args.is_empty() { "" } else { ", " },
                args.join(", ")
            )
            .ok();
            let mut call = format!("self.clerk.generated().{}()", progenitor_name(&op.id));
            for p in &op.path_params {
                let setter = progenitor_name(p);
                if op.enum_params.contains(p) {
                    let _ = write!(call, ".{setter}({}.into())", rust_ident(&snake(p)));
                } else {
                    // The generated setter refuses ids that would leave their path segment.
                    let _ = write!(call, ".{setter}({})", rust_ident(&snake(p)));
                }
            }
            writeln!(s, "        {call}").ok();
            writeln!(s, "    }}").ok();
        }
        s.push_str("}\n");
        files.push((format!("src/resources/{g}.rs"), rustfmt(&s)?));
    }
    Ok(files)
}

/// The `[features]` lines for the namespaces, between the markers in
/// Cargo.toml: one feature per namespace, all of them in `namespaces`.
pub fn cargo_features(spec: &Value, cargo_toml: &str) -> Result<String, String> {
    const BEGIN: &str = "# BEGIN namespace features (written by `cargo xtask regen`)\n";
    const END: &str = "# END namespace features\n";
    let ops = collect(spec)?;
    let groups: std::collections::BTreeSet<&str> = ops.iter().map(|o| o.group.as_str()).collect();
    let mut block = String::from(BEGIN);
    block.push_str("## Every namespace (on by default).\nnamespaces = [\n");
    for g in &groups {
        writeln!(block, "    {g:?},").ok();
    }
    block.push_str("]\n");
    for g in &groups {
        writeln!(block, "## `clerk.{g}()`: the operations on {}.\n{g} = []", words(g)).ok();
    }
    block.push_str(END);
    let start = cargo_toml.find(BEGIN).ok_or("Cargo.toml has no namespace features block")?;
    let end = cargo_toml[start..].find(END).ok_or("Cargo.toml's namespace features block has no end")? + start;
    Ok(format!("{}{block}{}", &cargo_toml[..start], &cargo_toml[end + END.len()..]))
}

/// Formats generated Rust with the project's rustfmt settings.
pub fn rustfmt(code: &str) -> Result<String, String> {
    use std::io::Write as _;
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut child = std::process::Command::new("rustfmt")
        .args(["--edition", "2021", "--emit", "stdout", "--config-path"])
        .arg(root.join("rustfmt.toml"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| format!("running rustfmt: {e}"))?;
    child
        .stdin
        .take()
        .ok_or("rustfmt: no stdin")?
        .write_all(code.as_bytes())
        .map_err(|e| format!("rustfmt stdin: {e}"))?;
    let out = child.wait_with_output().map_err(|e| format!("rustfmt: {e}"))?;
    if !out.status.success() {
        return Err(format!("rustfmt rejected generated code: {}", String::from_utf8_lossy(&out.stderr)));
    }
    String::from_utf8(out.stdout).map_err(|e| format!("rustfmt output: {e}"))
}
