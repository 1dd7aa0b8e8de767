//! Writes the project's docs (see `docs.rs`) onto the generated items: model
//! and field docs from the markers the spec carried through the generator,
//! enum values by their wire name, setter docs by parameter or field, and a
//! plain doc on every other public item the generator leaves bare.

use crate::docs::{Rendered, MARKER};
use crate::schema::Facts;
use std::collections::BTreeMap;
use syn::{parse_quote, Attribute, Item};

fn doc_text(attrs: &[Attribute]) -> String {
    let mut out = Vec::new();
    for a in attrs {
        if !a.path().is_ident("doc") {
            continue;
        }
        if let syn::Meta::NameValue(nv) = &a.meta {
            if let syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) = &nv.value {
                out.push(s.value());
            }
        }
    }
    out.join("\n")
}

fn set_doc(attrs: &mut Vec<Attribute>, text: &str) {
    attrs.retain(|a| !a.path().is_ident("doc"));
    let text = text.trim();
    if text.is_empty() {
        return;
    }
    let a: Attribute = parse_quote!(#[doc = #text]);
    attrs.insert(0, a);
}

/// The key a marker names, and the doc without the marker and without the
/// generator's JSON-schema dump.
fn take_marker(text: &str) -> (Option<String>, String) {
    let mut key = None;
    let mut clean = text.to_string();
    if let Some(i) = clean.find("<details>") {
        if let Some(j) = clean[i..].find("</details>") {
            clean.replace_range(i..i + j + "</details>".len(), "");
        }
    }
    while let Some(i) = clean.find(MARKER) {
        let rest = &clean[i + MARKER.len()..];
        let Some(j) = rest.find(" -->") else { break };
        if key.is_none() {
            key = Some(rest[..j].to_string());
        }
        clean.replace_range(i..i + MARKER.len() + j + 4, "");
    }
    (key, clean.trim().to_string())
}

fn serde_rename(attrs: &[Attribute]) -> Option<String> {
    for a in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let mut found = None;
        let _ = a.parse_nested_meta(|m| {
            if m.path.is_ident("rename") {
                if let Ok(v) = m.value() {
                    if let Ok(s) = v.parse::<syn::LitStr>() {
                        found = Some(s.value());
                    }
                }
            } else if m.input.peek(syn::Token![=]) {
                let _ = m.value().and_then(|v| v.parse::<syn::Expr>());
            } else if m.input.peek(syn::token::Paren) {
                let _ = m.parse_nested_meta(|_| Ok(()));
            }
            Ok(())
        });
        if found.is_some() {
            return found;
        }
    }
    None
}

fn wire_name(ident: &syn::Ident, attrs: &[Attribute]) -> String {
    serde_rename(attrs).unwrap_or_else(|| ident.to_string().trim_start_matches("r#").to_string())
}

fn items_of(m: &mut syn::ItemMod) -> &mut Vec<Item> {
    &mut m.content.get_or_insert_with(Default::default).1
}

/// The last path segment of the innermost type (`Option<Vec<Foo>>` -> `Foo`).
fn innermost(ty: &syn::Type) -> Option<String> {
    let syn::Type::Path(p) = ty else { return None };
    let last = p.path.segments.last()?;
    if let syn::PathArguments::AngleBracketed(a) = &last.arguments {
        for arg in &a.args {
            if let syn::GenericArgument::Type(t) = arg {
                return innermost(t);
            }
        }
    }
    Some(last.ident.to_string())
}

/// Docs on the models in `types` (and their field docs, kept for the builders).
fn models(items: &mut [Item], docs: &Rendered, field_docs: &mut BTreeMap<String, BTreeMap<String, String>>) {
    // Types the generator made by merging schemas carry no marker: they take
    // the doc of the field that holds them, and its values' docs.
    let mut holder: BTreeMap<String, (String, String)> = BTreeMap::new();
    for item in items.iter() {
        let Item::Struct(s) = item else { continue };
        let (Some(key), _) = take_marker(&doc_text(&s.attrs)) else { continue };
        for f in s.fields.iter() {
            let (Some(ident), Some(ty)) = (&f.ident, innermost(&f.ty)) else { continue };
            let wire = wire_name(ident, &f.attrs);
            let doc = docs.fields.get(&key).and_then(|m| m.get(&wire)).cloned().unwrap_or_default();
            holder.entry(ty).or_insert((format!("{key}.{wire}"), doc));
        }
    }
    for item in items.iter_mut() {
        if let Item::Enum(e) = item {
            let (key, clean) = take_marker(&doc_text(&e.attrs));
            if key.is_none() && e.ident == clean.trim_matches('`') {
                if let Some((k, d)) = holder.get(&e.ident.to_string()) {
                    set_doc(&mut e.attrs, &format!("{d}\n\n{}{k} -->", crate::docs::MARKER));
                }
            }
        }
    }
    for item in items.iter_mut() {
        match item {
            Item::Struct(s) => {
                let (key, clean) = take_marker(&doc_text(&s.attrs));
                let name = s.ident.to_string();
                let plain = clean.trim_matches('`') == name;
                set_doc(&mut s.attrs, if plain { "" } else { &clean });
                let fields = key.as_ref().and_then(|k| docs.fields.get(k));
                let mut seen = BTreeMap::new();
                for f in s.fields.iter_mut() {
                    let Some(ident) = &f.ident else {
                        let inner = if plain { String::new() } else { clean.clone() };
                        set_doc(&mut f.attrs, &inner);
                        continue;
                    };
                    let wire = wire_name(ident, &f.attrs);
                    let (_, own) = take_marker(&doc_text(&f.attrs));
                    let text = fields.and_then(|m| m.get(&wire)).cloned().unwrap_or(own);
                    set_doc(&mut f.attrs, &text);
                    seen.insert(ident.to_string(), text);
                }
                field_docs.insert(name, seen);
            }
            Item::Enum(e) => {
                let (key, clean) = take_marker(&doc_text(&e.attrs));
                let name = e.ident.to_string();
                let plain = clean.trim_matches('`') == name;
                set_doc(&mut e.attrs, if plain { "" } else { &clean });
                let values = key.as_ref().and_then(|k| docs.values.get(k));
                for v in e.variants.iter_mut() {
                    let vname = v.ident.to_string();
                    let text = if vname == "Unknown" {
                        "A value this version of the crate does not know (Clerk added it after this release), kept as sent."
                            .to_string()
                    } else if matches!(v.fields, syn::Fields::Unit) {
                        let wire = wire_name(&v.ident, &v.attrs);
                        values.and_then(|m| m.get(&wire)).cloned().unwrap_or_default()
                    } else {
                        let ty = match &v.fields {
                            syn::Fields::Unnamed(u) if u.unnamed.len() == 1 => {
                                let t = &u.unnamed[0].ty;
                                quote::quote!(#t).to_string().replace(' ', "")
                            }
                            _ => String::new(),
                        };
                        let (_, own) = take_marker(&doc_text(&v.attrs));
                        if !own.is_empty() {
                            own
                        } else if ty.is_empty() || ty.contains("serde_json") {
                            format!("The `{vname}` form.")
                        } else {
                            format!("The answer is a `{ty}`.")
                        }
                    };
                    set_doc(&mut v.attrs, &text);
                    let fields = key.as_ref().and_then(|k| docs.fields.get(k));
                    for f in v.fields.iter_mut() {
                        let text = match &f.ident {
                            Some(ident) => fields.and_then(|m| m.get(&wire_name(ident, &f.attrs))).cloned(),
                            None => None,
                        };
                        set_doc(&mut f.attrs, text.as_deref().unwrap_or(""));
                    }
                }
            }
            _ => {}
        }
    }
}

/// Builder setters of the body models: the field's doc.
fn model_builders(items: &mut [Item], field_docs: &BTreeMap<String, BTreeMap<String, String>>) {
    for item in items.iter_mut() {
        match item {
            Item::Struct(s) => {
                let name = s.ident.to_string();
                set_doc(&mut s.attrs, &format!("Builds a [`{name}`](super::{name}) one field at a time."));
            }
            Item::Impl(imp) if imp.trait_.is_none() => {
                let Some(name) = type_name(&imp.self_ty) else { continue };
                let fields = field_docs.get(&name);
                for ii in imp.items.iter_mut() {
                    if let syn::ImplItem::Fn(f) = ii {
                        let m = f.sig.ident.to_string();
                        if let Some(d) = fields.and_then(|fd| fd.get(&m)) {
                            // A three-state PATCH field keeps what `None` does.
                            let three_state = doc_text(&f.attrs).contains("pass `None` to send `null`");
                            let text = if three_state {
                                format!(
                                    "{d}\n\nPass `None` to send `null` and clear the field; leave the setter uncalled \
                                     to leave it unchanged."
                                )
                            } else {
                                d.clone()
                            };
                            set_doc(&mut f.attrs, &text);
                        }
                    }
                }
            }
            _ => {}
        }
    }
}

fn type_name(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

fn norm(s: &str) -> String {
    s.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect()
}

/// Operation builders: the struct says which method returns it; each
/// parameter setter gets the parameter's doc.
fn operation_builders(items: &mut [Item], docs: &Rendered, facts: &Facts) {
    for item in items.iter_mut() {
        match item {
            Item::Struct(s) => {
                let name = s.ident.to_string();
                let Some(id) = facts.operation_ids.get(&name) else { continue };
                let summary = docs.summaries.get(id).cloned().unwrap_or_default();
                set_doc(
                    &mut s.attrs,
                    &format!("The request of operation `{id}`: set its parameters, then `send()`.\n\n{summary}"),
                );
            }
            Item::Impl(imp) if imp.trait_.is_none() => {
                let Some(name) = type_name(&imp.self_ty) else { continue };
                let Some(id) = facts.operation_ids.get(&name) else { continue };
                let params: BTreeMap<String, &String> =
                    docs.params.get(id).map(|m| m.iter().map(|(k, v)| (norm(k), v)).collect()).unwrap_or_default();
                for ii in imp.items.iter_mut() {
                    let syn::ImplItem::Fn(f) = ii else { continue };
                    if !matches!(f.vis, syn::Visibility::Public(_)) {
                        continue;
                    }
                    let m = f.sig.ident.to_string();
                    if let Some(d) = params.get(&norm(&m)) {
                        set_doc(&mut f.attrs, d);
                    } else if m == "body" {
                        set_doc(&mut f.attrs, "Sets the whole request body: a body model or its builder.");
                    } else if m == "body_map" {
                        set_doc(
                            &mut f.attrs,
                            "Edits the request body through its builder: `.body_map(|b| b.field(value))`. Only the \
                             fields you set are sent.",
                        );
                    }
                }
            }
            _ => {}
        }
    }
}

pub fn apply(file: &mut syn::File, docs: &Rendered, facts: &Facts) -> Result<(), String> {
    let mut field_docs = BTreeMap::new();
    for item in file.items.iter_mut() {
        let Item::Mod(m) = item else { continue };
        match m.ident.to_string().as_str() {
            "types" => {
                let types = items_of(m);
                models(types, docs, &mut field_docs);
                for sub in types.iter_mut() {
                    if let Item::Mod(sm) = sub {
                        if sm.ident == "builder" {
                            model_builders(items_of(sm), &field_docs);
                        }
                    }
                }
                for sub in types.iter_mut() {
                    if let Item::Impl(imp) = sub {
                        for ii in imp.items.iter_mut() {
                            if let syn::ImplItem::Fn(f) = ii {
                                if f.sig.ident == "builder" && imp.trait_.is_none() {
                                    set_doc(&mut f.attrs, "Starts a builder for this model.");
                                }
                            }
                        }
                    }
                }
            }
            "builder" => operation_builders(items_of(m), docs, facts),
            _ => {}
        }
    }
    Ok(())
}

/// The status an httpmock `Then` method answers with, by its name.
fn status_of(method: &str) -> Option<&'static str> {
    Some(match method {
        "ok" => "200 OK",
        "created" => "201 Created",
        "accepted" => "202 Accepted",
        "no_content" => "204 No Content",
        "bad_request" => "400 Bad Request",
        "unauthorized" => "401 Unauthorized",
        "payment_required" => "402 Payment Required",
        "forbidden" => "403 Forbidden",
        "not_found" => "404 Not Found",
        "conflict" => "409 Conflict",
        "gone" => "410 Gone",
        "payload_too_large" => "413 Payload Too Large",
        "unprocessable_entity" => "422 Unprocessable Entity",
        "locked" => "423 Locked",
        "too_many_requests" => "429 Too Many Requests",
        "internal_server_error" => "500 Internal Server Error",
        "not_implemented" => "501 Not Implemented",
        "bad_gateway" => "502 Bad Gateway",
        "service_unavailable" => "503 Service Unavailable",
        _ => return None,
    })
}

/// Docs on the typed httpmock stubs (`mock` feature): each operation's
/// `When` (conditions on the request) and `Then` (the answer), and the
/// `MockServerExt` method that stubs it.
pub fn mocks(file: &mut syn::File, docs: &Rendered, facts: &Facts) {
    let by_builder = |name: &str| facts.operation_ids.get(name).cloned();
    for item in file.items.iter_mut() {
        match item {
            Item::Mod(m) if m.ident == "operations" => {
                for it in items_of(m).iter_mut() {
                    match it {
                        Item::Struct(s) => {
                            let name = s.ident.to_string();
                            if let Some(op) = name.strip_suffix("When").and_then(by_builder) {
                                set_doc(&mut s.attrs, &format!("Conditions on a request of operation `{op}`: each method adds one; all must hold for the stub to answer."));
                            } else if let Some(op) = name.strip_suffix("Then").and_then(by_builder) {
                                set_doc(&mut s.attrs, &format!("The answer a stub of operation `{op}` gives: pick the status method with the body to send."));
                            }
                        }
                        Item::Impl(imp) if imp.trait_.is_none() => {
                            let Some(name) = type_name(&imp.self_ty) else { continue };
                            let (op, when) = match (name.strip_suffix("When"), name.strip_suffix("Then")) {
                                (Some(b), _) => (by_builder(b), true),
                                (_, Some(b)) => (by_builder(b), false),
                                _ => continue,
                            };
                            let Some(op) = op else { continue };
                            let params: BTreeMap<String, &String> = docs
                                .params
                                .get(&op)
                                .map(|m| m.iter().map(|(k, v)| (norm(k), v)).collect())
                                .unwrap_or_default();
                            let inner = if when { "When" } else { "Then" };
                            for ii in imp.items.iter_mut() {
                                let syn::ImplItem::Fn(f) = ii else { continue };
                                let m = f.sig.ident.to_string();
                                let text = match m.as_str() {
                                    "new" => format!("Wraps httpmock's `{inner}`."),
                                    "into_inner" => {
                                        format!("httpmock's own `{inner}`, for what this type has no method for.")
                                    }
                                    "body" if when => "Requires this JSON request body (compared as JSON).".to_string(),
                                    _ if when => {
                                        let about = params
                                            .get(&norm(&m))
                                            .map(|d| format!("\n\nThe parameter: {d}"))
                                            .unwrap_or_default();
                                        format!("Requires the `{m}` parameter to have this value.{about}")
                                    }
                                    _ => match status_of(&m) {
                                        Some(st) => format!("Answers `{st}` with this value as the JSON body."),
                                        None => format!("Answers with `{m}`."),
                                    },
                                };
                                set_doc(&mut f.attrs, &text);
                            }
                        }
                        _ => {}
                    }
                }
            }
            Item::Trait(t) if t.ident == "MockServerExt" => {
                set_doc(&mut t.attrs, "Typed stubs of every operation on an httpmock `MockServer`: `server.list_invitations(|when, then| ...)`.");
                for ti in t.items.iter_mut() {
                    if let syn::TraitItem::Fn(f) = ti {
                        let m = f.sig.ident.to_string();
                        let b = heck::ToPascalCase::to_pascal_case(m.as_str());
                        let op = by_builder(&b).unwrap_or(m);
                        set_doc(&mut f.attrs, &format!("Stubs operation `{op}`: `config_fn` sets the conditions (`when`) and the answer (`then`); returns the mock, whose `hits()` counts matched requests."));
                    }
                }
            }
            _ => {}
        }
    }
}
