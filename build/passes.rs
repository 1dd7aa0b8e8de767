//! Rewrites of progenitor's output, each a small named pass over the syntax
//! tree. They run on every build, so they hold for any future spec.
//!
//! - `lenient_fields`: a `null` or missing array or map reads as empty, and
//!   a missing nullable field as `None`.
//! - `open_enums`: every string enum gets an `Unknown(String)` variant that
//!   catches values Clerk adds later, so decoding a response never fails on one.
//! - `plain_optional_setters`: body-builder setters of optional fields take
//!   plain values (`"text"`, `7`, `true`) as well as `Option`s.
//! - `three_state_fields`: nullable fields of PATCH/PUT bodies become
//!   `Option<Option<T>>`, so "leave as is", "set" and "clear" all reach the wire.
//! - `facade_send`: each operation builder's `send` returns the decoded value
//!   and this crate's `Error`; the generated code only builds the request
//!   (`into_request`), `crate::call` sends it.
//! - `unexploded_query`, `array_query_setters`: `explode: false` query
//!   arrays go out comma-joined; array setters take any iterator.
//! - `own_path_encoding`: path parameters are encoded by `crate::path`, which
//!   escapes every reserved character (`/`, `?`, `#`, `%`, ...).
//! - `parsed_base_url` (inside `facade_send`): a request's URL is built on the
//!   client's parsed base URL; only the operation's path is parsed per call.

use crate::schema::Facts;
use quote::{format_ident, quote};
use std::collections::{BTreeMap, BTreeSet};
use syn::punctuated::Punctuated;
use syn::{parse_quote, Item, ItemMod, Token};

pub fn apply(mut file: syn::File, facts: &Facts) -> Result<syn::File, String> {
    let types = find_mod_mut(&mut file.items, "types").ok_or("progenitor output has no `types` module")?;
    let open = open_enums(types)?;
    let (collections, absent_nullable) = lenient_fields(types)?;
    if (collections == 0 || absent_nullable == 0) && facts.full {
        return Err(
            "lenient_fields found no collection or no required nullable field; the generator's output changed shape"
                .into(),
        );
    }
    let three_state = three_state_fields(types, facts)?;
    schemars_behind_feature(mod_items(types));
    let type_builders =
        find_mod_mut(mod_items(types), "builder").ok_or("progenitor output has no `types::builder` module")?;
    plain_optional_setters(type_builders, &three_state)?;
    let ops = find_mod_mut(&mut file.items, "builder").ok_or("progenitor output has no `builder` module")?;
    // These report "found nothing" (a changed generator) only for the whole
    // spec: a slice of namespaces may have nothing for them to do.
    let lenient = |r: Result<(), String>| if facts.full { r } else { Ok(()) };
    lenient(readable_setter_errors(ops))?;
    lenient(checked_path_params(ops))?;
    facade_send(ops, facts)?;
    unexploded_query(ops, facts)?;
    lenient(array_query_setters(ops))?;
    let types_items = mod_items(find_mod_mut(&mut file.items, "types").ok_or("no `types`")?);
    let vec_fields = vec_fields(types_items);
    let id_fields = id_fields(types_items);
    list_pages(
        mod_items(find_mod_mut(&mut file.items, "builder").ok_or("no `builder`")?),
        facts,
        &vec_fields,
        &id_fields,
    )?;
    own_path_encoding(&mut file.items)?;
    own_path_encoding(mod_items(find_mod_mut(&mut file.items, "builder").ok_or("no `builder` module")?))?;
    drop_ignored_doc_examples(&mut file.items);
    let dropped = request_side_builders(&mut file)?;
    if dropped == 0 && facts.full {
        return Err("request_side_builders dropped no builder; the generator's output changed shape".into());
    }
    if open.is_empty() && facts.full {
        return Err("open_enums found no string enum; the generator's output changed shape".into());
    }
    Ok(file)
}

fn mod_items(m: &mut ItemMod) -> &mut Vec<Item> {
    &mut m.content.get_or_insert_with(Default::default).1
}

fn find_mod_mut<'a>(items: &'a mut [Item], name: &str) -> Option<&'a mut ItemMod> {
    items.iter_mut().find_map(|i| match i {
        Item::Mod(m) if m.ident == name => Some(m),
        _ => None,
    })
}

fn type_name(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// Adds `Unknown(String)` to every enum whose variants are all plain strings.
fn open_enums(types: &mut ItemMod) -> Result<BTreeSet<String>, String> {
    let items = mod_items(types);
    let mut open = BTreeSet::new();
    let mut single_valued: BTreeMap<String, String> = BTreeMap::new();
    let mut deserializers: Vec<Item> = Vec::new();
    for item in items.iter_mut() {
        let Item::Enum(e) = item else { continue };

        let all_unit = !e.variants.is_empty() && e.variants.iter().all(|v| matches!(v.fields, syn::Fields::Unit));
        let tagged = e.attrs.iter().any(|a| a.path().is_ident("serde"));
        if !all_unit || tagged {
            continue;
        }
        drop_derives(e, &["Copy", "Deserialize"])?;
        let name = e.ident.clone();
        if e.variants.len() == 1 {
            if let Some(v) = e.variants.first() {
                single_valued.insert(name.to_string(), serde_rename(&v.attrs).unwrap_or_else(|| v.ident.to_string()));
            }
        }
        let (idents, wire): (Vec<syn::Ident>, Vec<String>) = e
            .variants
            .iter()
            .map(|v| (v.ident.clone(), serde_rename(&v.attrs).unwrap_or_else(|| v.ident.to_string())))
            .unzip();
        e.variants.push(parse_quote! {
            /// A value this version of the SDK does not know yet, kept as Clerk sent it.
            #[serde(untagged)]
            Unknown(::std::string::String)
        });
        // Decoding matches the text directly: no buffering, no allocation
        // for known values, and any other string becomes `Unknown`.
        deserializers.push(parse_quote! {
            impl<'de> ::serde::Deserialize<'de> for #name {
                fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                    struct Text;
                    impl<'de> ::serde::de::Visitor<'de> for Text {
                        type Value = #name;
                        fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                            f.write_str("a string")
                        }
                        fn visit_str<E: ::serde::de::Error>(self, value: &str) -> ::std::result::Result<#name, E> {
                            ::std::result::Result::Ok(match value {
                                #(#wire => #name::#idents,)*
                                other => #name::Unknown(other.to_owned()),
                            })
                        }
                        fn visit_string<E: ::serde::de::Error>(self, value: ::std::string::String) -> ::std::result::Result<#name, E> {
                            ::std::result::Result::Ok(match value.as_str() {
                                #(#wire => #name::#idents,)*
                                _ => #name::Unknown(value),
                            })
                        }
                    }
                    deserializer.deserialize_str(Text)
                }
            }
        });
        open.insert(e.ident.to_string());
    }
    items.extend(deserializers);
    open_unions(items, &single_valued)?;
    // Display matched on `*self` over unit variants; it must now borrow.
    for item in items.iter_mut() {
        let Item::Impl(imp) = item else { continue };
        let Some((_, trait_path, _)) = &imp.trait_ else { continue };
        let is_display = trait_path.segments.last().is_some_and(|s| s.ident == "Display");
        if !is_display || !type_name(&imp.self_ty).is_some_and(|n| open.contains(&n)) {
            continue;
        }
        for ii in imp.items.iter_mut() {
            let syn::ImplItem::Fn(f) = ii else { continue };
            let Some(syn::Stmt::Expr(syn::Expr::Match(m), _)) = f.block.stmts.last_mut() else {
                return Err(format!(
                    "Display for {} is not a single match",
                    type_name(&imp.self_ty).unwrap_or_default()
                ));
            };
            m.expr = parse_quote!(self);
            m.arms.push(parse_quote!(Self::Unknown(value) => f.write_str(value),));
        }
    }
    Ok(open)
}

/// One-of unions (typify's untagged enums) get an
/// `Unknown(serde_json::Value)` variant for kinds this SDK doesn't know.
///
/// Where every variant carries a field holding a single fixed string (such
/// as `"object": "verification_otp"`), that field picks the variant. Trying
/// variants in order would no longer work: the fixed-string enums are open,
/// so the first variant would accept any kind. A variant that the tag names
/// but that does not decode (a field missing or of another type) becomes
/// `Unknown` too, so one odd object never fails the answer around it.
fn open_unions(items: &mut Vec<Item>, single_valued: &BTreeMap<String, String>) -> Result<(), String> {
    // Struct name -> (JSON field name -> fixed string value).
    let mut tags: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for item in items.iter() {
        let Item::Struct(s) = item else { continue };
        for f in s.fields.iter() {
            let Some(ident) = &f.ident else { continue };
            let ty = option_inner(&f.ty).unwrap_or(&f.ty);
            if let Some(value) = type_name(ty).and_then(|n| single_valued.get(&n)) {
                let json = serde_rename(&f.attrs).unwrap_or_else(|| unraw(ident));
                tags.entry(s.ident.to_string()).or_default().insert(json, value.clone());
            }
        }
    }
    let mut added: Vec<Item> = Vec::new();
    for item in items.iter_mut() {
        let Item::Enum(e) = item else { continue };
        let untagged =
            e.attrs.iter().any(|a| a.path().is_ident("serde") && quote!(#a).to_string().contains("untagged"));
        let inner: Vec<Option<String>> = e
            .variants
            .iter()
            .map(|v| match &v.fields {
                syn::Fields::Unnamed(f) if f.unnamed.len() == 1 => f.unnamed.first().and_then(|f| type_name(&f.ty)),
                _ => None,
            })
            .collect();
        if !untagged || e.variants.is_empty() {
            continue;
        }
        if inner.iter().any(Option::is_none) {
            // Struct variants tried in turn by serde's `untagged`: a last
            // variant holding raw JSON takes whatever fits none of them.
            let all_unit = e.variants.iter().all(|v| matches!(v.fields, syn::Fields::Unit));
            if !all_unit {
                drop_derives(e, &["Copy", "Eq", "Ord", "PartialOrd", "Hash"])?;
                e.variants.push(parse_quote! {
                    /// A shape this version of the SDK does not know, kept as raw JSON.
                    Unknown(::serde_json::Value)
                });
            }
            continue;
        }
        let inner: Vec<String> = inner.into_iter().flatten().collect();
        drop_derives(e, &["Copy", "Ord", "PartialOrd", "Hash"])?;
        // A tag field shared by every variant, with a distinct value each.
        let candidates: BTreeSet<&String> = tags.get(&inner[0]).map(|t| t.keys().collect()).unwrap_or_default();
        let tag = candidates.into_iter().find(|field| {
            let values: Vec<Option<&String>> = inner.iter().map(|t| tags.get(t).and_then(|m| m.get(*field))).collect();
            let distinct: BTreeSet<_> = values.iter().flatten().collect();
            values.iter().all(Option::is_some) && distinct.len() == values.len()
        });
        let name = e.ident.clone();
        let variants: Vec<syn::Ident> = e.variants.iter().map(|v| v.ident.clone()).collect();
        e.variants.push(parse_quote! {
            /// A shape this version of the SDK does not know, kept as raw JSON.
            Unknown(::serde_json::Value)
        });
        let Some(tag) = tag else { continue };
        let values: Vec<&String> = inner.iter().filter_map(|t| tags.get(t).and_then(|m| m.get(tag))).collect();
        let types: Vec<syn::Ident> = inner.iter().map(|t| format_ident!("{}", t)).collect();
        drop_derives(e, &["Deserialize"])?;
        let union_name = name.to_string();
        // Decoded by the tag without a `Value` of the whole object: see src/union.rs.
        added.push(parse_quote! {
            impl crate::union::Tagged for #name {
                const NAME: &'static str = #union_name;
                const TAG: &'static str = #tag;
                fn from_tagged<'de, M: ::serde::de::MapAccess<'de>>(
                    tag: &str,
                    map: crate::union::Replay<'de, M>,
                ) -> ::std::result::Result<Self, M::Error> {
                    match tag {
                        #(#values => map.decode::<#types, Self>().map(#name::#variants),)*
                        _ => map.decode::<::serde_json::Value, Self>().map(#name::Unknown),
                    }
                }
                fn unknown(value: ::serde_json::Value) -> Self {
                    #name::Unknown(value)
                }
                fn untagged(value: ::serde_json::Value) -> Self {
                    // No tag at all: the first variant that fits, as before.
                    #(if let ::std::result::Result::Ok(v) = ::serde_json::from_value::<#types>(value.clone()) {
                        return #name::#variants(v);
                    })*
                    #name::Unknown(value)
                }
            }
        });
        added.push(parse_quote! {
            impl<'de> ::serde::Deserialize<'de> for #name {
                fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                    crate::union::decode::<Self, D>(deserializer)
                }
            }
        });
    }
    items.extend(added);
    Ok(())
}

/// Two rules that make answers decode when Clerk sends less than the spec
/// promises, without losing anything it did send:
///
/// - collections (arrays, maps) read `null` or a missing member as empty;
/// - a required, nullable field that is missing reads as `None` (typify
///   demands it be present, even as `null`).
///
/// Returns how many fields each rule changed.
fn lenient_fields(types: &mut ItemMod) -> Result<(usize, usize), String> {
    let (mut collections, mut absent_nullable) = (0, 0);
    // Newtypes around a collection (`ScimDirectories(Vec<ScimDirectory>)`)
    // count as collections: they get `Default`, and fields of their type
    // read `null` or absence as empty too.
    let mut wrappers: BTreeSet<String> = BTreeSet::new();
    for item in mod_items(types).iter_mut() {
        let Item::Struct(s) = item else { continue };
        let syn::Fields::Unnamed(f) = &s.fields else { continue };
        if f.unnamed.len() != 1 || !f.unnamed.first().is_some_and(|f| is_collection(&f.ty)) {
            continue;
        }
        let derives_default =
            s.attrs.iter().any(|a| a.path().is_ident("derive") && quote!(#a).to_string().contains("Default"));
        if !derives_default {
            s.attrs.push(parse_quote!(#[derive(Default)]));
        }
        wrappers.insert(s.ident.to_string());
    }
    for item in mod_items(types).iter_mut() {
        let fields: Vec<&mut syn::Field> = match item {
            Item::Struct(s) => s.fields.iter_mut().collect(),
            Item::Enum(e) => e.variants.iter_mut().flat_map(|v| v.fields.iter_mut()).collect(),
            _ => continue,
        };
        for field in fields {
            if field.ident.is_none() {
                continue;
            }
            if drop_serde_item(&mut field.attrs, |m| {
                let syn::Meta::NameValue(nv) = m else { return false };
                let syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(with), .. }) = &nv.value else { return false };
                nv.path.is_ident("deserialize_with") && with.value() == "::std::option::Option::deserialize"
            })? {
                absent_nullable += 1;
                continue;
            }
            let keys = serde_keys(&field.attrs)?;
            // Any JSON value: a missing one is `null`.
            if type_name(&field.ty).as_deref() == Some("Value") && !keys.contains("default") {
                field.attrs.push(parse_quote!(#[serde(default)]));
                absent_nullable += 1;
                continue;
            }
            let wrapper = type_name(&field.ty).is_some_and(|n| wrappers.contains(&n));
            if !is_collection(&field.ty) && !wrapper {
                continue;
            }
            if keys.iter().any(|k| k.ends_with("with")) {
                continue;
            }
            if !keys.contains("default") {
                field.attrs.push(parse_quote!(#[serde(default)]));
            }
            // Arrays get their own reader: it sizes the `Vec` to what came
            // (most arrays in an answer hold zero or one item, where serde's
            // own `Vec` reserves room for four).
            if type_name(&field.ty).as_deref() == Some("Vec") {
                field.attrs.push(parse_quote!(#[serde(deserialize_with = "crate::decode::array_or_null")]));
            } else {
                field.attrs.push(parse_quote!(#[serde(deserialize_with = "crate::decode::null_as_default")]));
            }
            collections += 1;
        }
    }
    Ok((collections, absent_nullable))
}

/// `Vec`, `Map` and the std maps and sets (not wrapped in `Option`).
fn is_collection(ty: &syn::Type) -> bool {
    let syn::Type::Path(p) = ty else { return false };
    p.path.segments.last().is_some_and(|s| {
        ["Vec", "Map", "HashMap", "BTreeMap", "HashSet", "BTreeSet"].contains(&s.ident.to_string().as_str())
    })
}

/// The names inside a field's `#[serde(...)]` attributes (`default`, `rename`, ...).
fn serde_keys(attrs: &[syn::Attribute]) -> Result<BTreeSet<String>, String> {
    let mut out = BTreeSet::new();
    for a in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let metas = a
            .parse_args_with(Punctuated::<syn::Meta, Token![,]>::parse_terminated)
            .map_err(|e| format!("serde attribute: {e}"))?;
        out.extend(metas.iter().filter_map(|m| m.path().get_ident().map(|i| i.to_string())));
    }
    Ok(out)
}

/// Removes the items of `#[serde(...)]` attributes that `drop` picks (and
/// an attribute left empty). Returns whether anything was removed.
fn drop_serde_item(attrs: &mut Vec<syn::Attribute>, drop: impl Fn(&syn::Meta) -> bool) -> Result<bool, String> {
    let mut removed = false;
    let mut kept_attrs = Vec::with_capacity(attrs.len());
    for a in attrs.drain(..) {
        if !a.path().is_ident("serde") {
            kept_attrs.push(a);
            continue;
        }
        let metas = a
            .parse_args_with(Punctuated::<syn::Meta, Token![,]>::parse_terminated)
            .map_err(|e| format!("serde attribute: {e}"))?;
        let before = metas.len();
        let kept: Vec<syn::Meta> = metas.into_iter().filter(|m| !drop(m)).collect();
        if kept.len() == before {
            kept_attrs.push(a);
            continue;
        }
        removed = true;
        if !kept.is_empty() {
            kept_attrs.push(parse_quote!(#[serde(#(#kept),*)]));
        }
    }
    *attrs = kept_attrs;
    Ok(removed)
}

fn drop_derives(e: &mut syn::ItemEnum, drop: &[&str]) -> Result<(), String> {
    for attr in e.attrs.iter_mut().filter(|a| a.path().is_ident("derive")) {
        let paths = attr
            .parse_args_with(Punctuated::<syn::Path, Token![,]>::parse_terminated)
            .map_err(|err| format!("derive on {}: {err}", e.ident))?;
        let kept: Vec<_> = paths
            .into_iter()
            .filter(|p| !drop.iter().any(|d| p.segments.last().is_some_and(|s| s.ident == d)))
            .collect();
        *attr = parse_quote!(#[derive(#(#kept),*)]);
    }
    Ok(())
}

fn first_generic(ty: &syn::Type) -> Option<&syn::Type> {
    let syn::Type::Path(p) = ty else { return None };
    let syn::PathArguments::AngleBracketed(a) = &p.path.segments.last()?.arguments else { return None };
    match a.args.first()? {
        syn::GenericArgument::Type(t) => Some(t),
        _ => None,
    }
}

/// Nullable fields of PATCH/PUT bodies become `Option<Option<T>>`: the outer
/// `None` leaves the field out of the JSON, `Some(None)` sends `null`.
/// (Spec defaults of optional body fields are dropped before generation,
/// in `schema::optional_body_fields_without_defaults`, so every optional
/// field starts out unset.) Returns, per body type, the Rust names of the fields it changed.
fn three_state_fields(types: &mut ItemMod, facts: &Facts) -> Result<BTreeMap<String, BTreeSet<String>>, String> {
    let mut found = BTreeSet::new();
    let mut changed: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for item in mod_items(types).iter_mut() {
        let Item::Struct(s) = item else { continue };
        let Some(fields) = facts.three_state.get(&s.ident.to_string()) else { continue };
        found.insert(s.ident.to_string());
        let mut seen = 0;
        for field in s.fields.iter_mut() {
            let Some(ident) = field.ident.clone() else { continue };
            let rename = serde_rename(&field.attrs);
            let json_name = rename.clone().unwrap_or_else(|| unraw(&ident));
            if !fields.contains(&json_name) {
                continue;
            }
            changed.entry(s.ident.to_string()).or_default().insert(unraw(&ident));
            let rename = rename.map(|r| quote!(rename = #r,));
            let inner = option_inner(&field.ty)
                .ok_or_else(|| format!("{}.{} is nullable but not an Option", s.ident, ident))?
                .clone();
            field.ty = parse_quote!(::std::option::Option<::std::option::Option<#inner>>);
            field.attrs.retain(|a| !a.path().is_ident("serde"));
            let schema_type =
                syn::LitStr::new(&format!("::std::option::Option<{}>", quote!(#inner)), proc_macro2::Span::call_site());
            field.attrs.push(parse_quote!(#[cfg_attr(feature = "schemars", schemars(with = #schema_type))]));
            field.attrs.push(parse_quote!(#[serde(
                #rename
                default,
                skip_serializing_if = "::std::option::Option::is_none",
                with = "crate::patch::double_option"
            )]));
            seen += 1;
        }
        if seen != fields.len() {
            return Err(format!("{}: expected {} nullable fields, found {seen}", s.ident, fields.len()));
        }
    }
    let missing: Vec<_> = facts.three_state.keys().filter(|k| !found.contains(*k)).collect();
    if !missing.is_empty() {
        return Err(format!("three_state_fields: no generated body type named {missing:?}"));
    }
    Ok(changed)
}

/// The `rename = "..."` of a field's serde attribute, if any.
fn serde_rename(attrs: &[syn::Attribute]) -> Option<String> {
    let mut out = None;
    for a in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let _ = a.parse_nested_meta(|m| {
            if m.path.is_ident("rename") {
                let lit: syn::LitStr = m.value()?.parse()?;
                out = Some(lit.value());
            } else if m.input.peek(Token![=]) {
                let _: syn::Expr = m.value()?.parse()?;
            }
            Ok(())
        });
    }
    out
}

fn unraw(ident: &syn::Ident) -> String {
    ident.to_string().trim_start_matches("r#").to_string()
}

/// `Option<T>` -> `T`.
fn option_inner(ty: &syn::Type) -> Option<&syn::Type> {
    let syn::Type::Path(p) = ty else { return None };
    let last = p.path.segments.last()?;
    if last.ident != "Option" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else { return None };
    match args.args.first()? {
        syn::GenericArgument::Type(t) => Some(t),
        _ => None,
    }
}

/// Setters of optional fields in `types::builder` take anything that
/// `IntoOptional` accepts: `T`, `&str` for strings, or an `Option<T>`.
fn plain_optional_setters(
    builders: &mut ItemMod,
    three_state: &BTreeMap<String, BTreeSet<String>>,
) -> Result<(), String> {
    let mut rewritten = 0;
    for item in mod_items(builders).iter_mut() {
        let Item::Impl(imp) = item else { continue };
        if imp.trait_.is_some() {
            continue;
        }
        let owner = type_name(&imp.self_ty).unwrap_or_default();
        let three_state = three_state.get(&owner);
        for ii in imp.items.iter_mut() {
            let syn::ImplItem::Fn(f) = ii else { continue };
            let Some(wc) = &f.sig.generics.where_clause else { continue };
            let Some(target) = wc.predicates.iter().find_map(|p| match p {
                syn::WherePredicate::Type(t) => t.bounds.iter().find_map(try_into_target),
                _ => None,
            }) else {
                continue;
            };
            let name = f.sig.ident.clone();
            let is_three_state = three_state.is_some_and(|fs| fs.contains(&unraw(&name)));
            let Some(inner) = option_inner(&target).cloned() else { continue };
            let doc = if is_three_state {
                quote!(#[doc = "Sets this field; pass `None` to send `null` and clear it. Not calling the setter leaves the field out."])
            } else {
                quote!()
            };
            let assign = if is_three_state {
                quote!(::std::option::Option::Some(crate::IntoOptional::into_optional(value)))
            } else {
                quote!(crate::IntoOptional::into_optional(value))
            };
            *f = parse_quote! {
                #doc
                pub fn #name<T>(mut self, value: T) -> Self
                where
                    T: crate::IntoOptional<#inner>,
                {
                    self.#name = ::std::result::Result::Ok(#assign);
                    self
                }
            };
            rewritten += 1;
        }
    }
    // Three-state fields keep their builder storage in step with the struct.
    for item in mod_items(builders).iter_mut() {
        let Item::Struct(s) = item else { continue };
        let Some(fields) = three_state.get(&s.ident.to_string()) else { continue };
        for field in s.fields.iter_mut() {
            let Some(ident) = &field.ident else { continue };
            if fields.contains(&unraw(ident)) {
                let syn::Type::Path(p) = &field.ty else { continue };
                // Result<Option<T>, String> -> Result<Option<Option<T>>, String>
                let Some(last) = p.path.segments.last() else { continue };
                let syn::PathArguments::AngleBracketed(args) = &last.arguments else { continue };
                let Some(syn::GenericArgument::Type(opt)) = args.args.first() else { continue };
                let inner = option_inner(opt).ok_or_else(|| format!("builder {}.{ident}", s.ident))?.clone();
                field.ty = parse_quote!(::std::result::Result<::std::option::Option<::std::option::Option<#inner>>, ::std::string::String>);
            }
        }
    }
    if rewritten == 0 {
        return Err("plain_optional_setters found no optional setter; the generator's output changed shape".into());
    }
    Ok(())
}

/// The `X` of a setter's `V: TryInto<X>` bound: the type it stores.
fn setter_target(f: &syn::ImplItemFn) -> Option<syn::Type> {
    f.sig.generics.where_clause.as_ref().and_then(|wc| {
        wc.predicates.iter().find_map(|p| match p {
            syn::WherePredicate::Type(t) => t.bounds.iter().find_map(try_into_target),
            _ => None,
        })
    })
}

/// `TryInto<X>` in a bound -> `X`.
fn try_into_target(bound: &syn::TypeParamBound) -> Option<syn::Type> {
    let syn::TypeParamBound::Trait(t) = bound else { return None };
    let last = t.path.segments.last()?;
    if last.ident != "TryInto" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else { return None };
    match args.args.first()? {
        syn::GenericArgument::Type(ty) => Some(ty.clone()),
        _ => None,
    }
}

/// `Result<T, E>` -> `T`.
fn result_ok(ret: &syn::ReturnType) -> Option<syn::Type> {
    let syn::ReturnType::Type(_, ty) = ret else { return None };
    first_generic(ty).cloned()
}

/// Splits `Result<ResponseValue<T>, Error<E>>` into `(T, E)`.
fn send_types(ret: &syn::ReturnType) -> Option<(syn::Type, syn::Type)> {
    let syn::ReturnType::Type(_, ty) = ret else { return None };
    let syn::Type::Path(p) = ty.as_ref() else { return None };
    let res = p.path.segments.last()?;
    let syn::PathArguments::AngleBracketed(args) = &res.arguments else { return None };
    let mut it = args.args.iter();
    let (Some(syn::GenericArgument::Type(ok)), Some(syn::GenericArgument::Type(err))) = (it.next(), it.next()) else {
        return None;
    };
    Some((first_generic(ok)?.clone(), first_generic(err)?.clone()))
}

/// The item type of `Vec<T>` (however the path to `Vec` is written).
fn vec_item(ty: &syn::Type) -> Option<syn::Type> {
    let syn::Type::Path(p) = ty else { return None };
    if p.path.segments.last()?.ident != "Vec" {
        return None;
    }
    first_generic(ty).cloned()
}

/// Each operation's request is built by the generated code and sent by this
/// crate: progenitor's `send` becomes a crate-private `into_request` that
/// stops once the `reqwest::Request` is built (its own `api-version` header
/// left out), and `send()` / `send_with_response()` hand that request to
/// `crate::call`, which retries, reads the body inside the retry loop and
/// decodes from bytes. Nothing of progenitor's appears in their signatures.
fn facade_send(ops: &mut ItemMod, facts: &Facts) -> Result<(), String> {
    let mut n = 0;
    let mut impls: Vec<Item> = Vec::new();
    for item in mod_items(ops).iter_mut() {
        let Item::Impl(imp) = item else { continue };
        let owner = type_name(&imp.self_ty).unwrap_or_default();
        let Some(pos) = imp.items.iter().position(|ii| matches!(ii, syn::ImplItem::Fn(f) if f.sig.ident == "send"))
        else {
            continue;
        };
        let op_id = facts
            .operation_ids
            .get(&owner)
            .ok_or_else(|| format!("builder {owner} matches no operation id of the spec"))?
            .clone();
        // `new` takes the generated client, which callers can't name: the
        // namespaces are the way in.
        for ii in imp.items.iter_mut() {
            if let syn::ImplItem::Fn(f) = ii {
                if f.sig.ident == "new" {
                    f.vis = parse_quote!(pub(crate));
                }
            }
        }
        let syn::ImplItem::Fn(raw) = &mut imp.items[pos] else { continue };
        let (ok, err) =
            send_types(&raw.sig.output).ok_or_else(|| format!("{owner}::send has an unexpected return type"))?;
        into_request(raw, &err).map_err(|e| format!("{owner}: {e}"))?;
        let decode = if quote!(#ok).to_string() == "()" {
            quote!(crate::call::empty)
        } else if let Some(item) = vec_item(&ok) {
            quote!(crate::call::json_items::<#item>)
        } else {
            quote!(crate::call::json::<#ok>)
        };
        let send: syn::ImplItem = parse_quote! {
            /// Sends the request (retrying as the client's policy allows) and
            /// returns the decoded answer, or this crate's [`Error`](crate::Error).
            pub async fn send(self) -> ::std::result::Result<#ok, crate::Error> {
                let client = self.client;
                crate::call::send(client, #op_id, self.into_request(), #decode).await.map(crate::Response::into_inner)
            }
        };
        let with_response: syn::ImplItem = parse_quote! {
            /// Like `send`, but also returns the answer's status and headers.
            pub async fn send_with_response(self) -> ::std::result::Result<crate::Response<#ok>, crate::Error> {
                let client = self.client;
                crate::call::send(client, #op_id, self.into_request(), #decode).await
            }
        };
        imp.items.insert(pos, with_response);
        imp.items.insert(pos, send);
        let self_ty = imp.self_ty.clone();
        impls.push(parse_quote! {
            impl<'a> crate::Operation for #self_ty {
                type Output = #ok;
                const NAME: &'static str = #op_id;
            }
        });
        n += 1;
    }
    mod_items(ops).extend(impls);
    if n == 0 {
        return Err("facade_send found no operation builder".into());
    }
    Ok(())
}

/// Cuts progenitor's `send` down to building the request.
fn into_request(f: &mut syn::ImplItemFn, err: &syn::Type) -> Result<(), String> {
    f.sig.ident = format_ident!("into_request");
    f.sig.asyncness = None;
    f.vis = parse_quote!(pub(crate));
    f.sig.output = parse_quote!(-> Result<::reqwest::Request, Error<#err>>);
    f.attrs.retain(|a| !a.path().is_ident("doc"));
    let text = |s: &syn::Stmt| quote!(#s).to_string();
    let cut = f
        .block
        .stmts
        .iter()
        .position(|s| text(s).starts_with("let info = OperationInfo"))
        .ok_or("no `let info = OperationInfo` statement in send")?;
    f.block.stmts.truncate(cut);
    // progenitor's `api-version` header: Clerk's own version header is set
    // per client instead.
    f.block.stmts.retain(|s| !(text(s).starts_with("header_map . append") && text(s).contains("\"api-version\"")));
    let other_headers = f.block.stmts.iter().any(|s| text(s).starts_with("header_map ."));
    if !other_headers {
        f.block.stmts.retain(|s| !text(s).starts_with("let mut header_map"));
        struct DropHeaders(usize);
        impl syn::visit_mut::VisitMut for DropHeaders {
            fn visit_expr_mut(&mut self, e: &mut syn::Expr) {
                syn::visit_mut::visit_expr_mut(self, e);
                if let syn::Expr::MethodCall(mc) = e {
                    let arg = mc.args.first().map(|a| quote!(#a).to_string());
                    if mc.method == "headers" && arg.as_deref() == Some("header_map") {
                        *e = (*mc.receiver).clone();
                        self.0 += 1;
                    }
                }
            }
        }
        let mut v = DropHeaders(0);
        for s in f.block.stmts.iter_mut() {
            syn::visit_mut::VisitMut::visit_stmt_mut(&mut v, s);
        }
        if v.0 != 1 {
            return Err(format!("expected one `.headers(header_map)`, found {}", v.0));
        }
    }
    parsed_base_url(f)?;
    f.block.stmts.push(syn::Stmt::Expr(parse_quote!(Ok(request)), None));
    Ok(())
}

/// The request's URL is the client's base URL, parsed once when the client
/// was built, with the operation's path added (`crate::path::url`), instead
/// of a string that is parsed whole, host and all, on every call.
fn parsed_base_url(f: &mut syn::ImplItemFn) -> Result<(), String> {
    let mut n = 0;
    for stmt in f.block.stmts.iter_mut() {
        let syn::Stmt::Local(local) = stmt else { continue };
        let syn::Pat::Ident(name) = &local.pat else { continue };
        let Some(init) = local.init.as_mut() else { continue };
        if name.ident != "url" {
            continue;
        }
        let syn::Expr::Macro(m) = init.expr.as_ref() else {
            return Err("`let url` is not a `format!`".into());
        };
        if !m.mac.path.is_ident("format") {
            return Err("`let url` is not a `format!`".into());
        }
        let args = m
            .mac
            .parse_body_with(Punctuated::<syn::Expr, Token![,]>::parse_terminated)
            .map_err(|e| format!("reading the URL's `format!`: {e}"))?;
        let mut args = args.into_iter();
        let template = match args.next() {
            Some(syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. })) => s.value(),
            _ => return Err("the URL's `format!` has no template".into()),
        };
        let base = args.next().map(|a| quote!(#a).to_string());
        let (Some(rest), Some("client . baseurl")) = (template.strip_prefix("{}"), base.as_deref()) else {
            return Err(format!("the URL's `format!` does not start with the base URL: {template:?}"));
        };
        let args: Vec<syn::Expr> = args.collect();
        *init.expr = parse_quote!(crate::path::url(&client.inner.base, format_args!(#rest, #(#args),*)));
        n += 1;
    }
    if n != 1 {
        return Err(format!("expected one `let url = format!(..)`, found {n}"));
    }
    Ok(())
}

/// Query parameters the spec marks `explode: false` go on the wire as one
/// comma-joined value (`enrollment_mode=a,b`) instead of repeated pairs.
fn unexploded_query(ops: &mut ItemMod, facts: &Facts) -> Result<(), String> {
    let mut n = 0;
    for item in mod_items(ops).iter_mut() {
        let Item::Impl(imp) = item else { continue };
        let owner = type_name(&imp.self_ty).unwrap_or_default();
        let Some(names) = facts.unexploded.get(&owner) else { continue };
        for ii in imp.items.iter_mut() {
            let syn::ImplItem::Fn(f) = ii else { continue };
            if f.sig.ident != "into_request" {
                continue;
            }
            struct Joined<'n>(&'n BTreeSet<String>, usize);
            impl syn::visit_mut::VisitMut for Joined<'_> {
                fn visit_expr_call_mut(&mut self, c: &mut syn::ExprCall) {
                    syn::visit_mut::visit_expr_call_mut(self, c);
                    let func = &c.func;
                    if !quote!(#func).to_string().ends_with("QueryParam :: new") {
                        return;
                    }
                    let Some(syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(name), .. })) = c.args.first() else {
                        return;
                    };
                    if self.0.contains(&name.value()) {
                        c.func = parse_quote!(crate::query::Joined::new);
                        self.1 += 1;
                    }
                }
            }
            let mut v = Joined(names, 0);
            syn::visit_mut::VisitMut::visit_block_mut(&mut v, &mut f.block);
            if v.1 != names.len() {
                return Err(format!("{owner}: expected {} unexploded query parameters, found {}", names.len(), v.1));
            }
            n += v.1;
        }
    }
    if n == 0 && !facts.unexploded.is_empty() {
        return Err("unexploded_query found none of the spec's `explode: false` parameters".into());
    }
    Ok(())
}

/// Array query-parameter setters take what callers have at hand: a `Vec`,
/// an array or slice of `&str`, any iterator of values that convert.
fn array_query_setters(ops: &mut ItemMod) -> Result<(), String> {
    let mut n = 0;
    for item in mod_items(ops).iter_mut() {
        let Item::Impl(imp) = item else { continue };
        if imp.trait_.is_some() {
            continue;
        }
        for ii in imp.items.iter_mut() {
            let syn::ImplItem::Fn(f) = ii else { continue };
            let Some(target) = setter_target(f) else {
                continue;
            };
            let is_vec =
                matches!(&target, syn::Type::Path(p) if p.path.segments.last().is_some_and(|s| s.ident == "Vec"));
            if !is_vec || f.sig.ident == "body" {
                continue;
            }
            let Some(elem) = first_generic(&target).cloned() else { continue };
            let name = f.sig.ident.clone();
            let field = unraw(&name);
            let doc = format!("Sets `{field}`: any iterator of values (`vec![..]`, `[\"a\", \"b\"]`, `&[..]`).");
            *f = parse_quote! {
                #[doc = #doc]
                pub fn #name<I>(mut self, values: I) -> Self
                where
                    I: ::std::iter::IntoIterator,
                    I::Item: crate::query::QueryValue<#elem>,
                {
                    let values: ::std::vec::Vec<#elem> =
                        values.into_iter().map(crate::query::QueryValue::into_value).collect();
                    self.#name = Ok(::std::convert::Into::into(values));
                    self
                }
            };
            n += 1;
        }
    }
    if n == 0 {
        return Err("array_query_setters found no array setter; progenitor's output changed shape".into());
    }
    Ok(())
}

/// (struct, field) -> element type, for every field in `types` holding a
/// `Vec<T>`, directly or through a newtype (`struct Directories(Vec<Directory>)`).
fn vec_fields(items: &mut [Item]) -> BTreeMap<(String, String), syn::Type> {
    let vec_elem = |ty: &syn::Type| -> Option<syn::Type> {
        let syn::Type::Path(p) = ty else { return None };
        if p.path.segments.last().is_some_and(|l| l.ident == "Vec") {
            first_generic(ty).cloned()
        } else {
            None
        }
    };
    let mut newtypes = BTreeMap::new();
    for item in items.iter() {
        let Item::Struct(s) = item else { continue };
        if let syn::Fields::Unnamed(f) = &s.fields {
            if let Some(t) = f.unnamed.first().and_then(|f| vec_elem(&f.ty)) {
                newtypes.insert(s.ident.to_string(), t);
            }
        }
    }
    let mut out: BTreeMap<(String, String), syn::Type> =
        newtypes.iter().map(|(k, v)| ((k.clone(), "0".to_string()), v.clone())).collect();
    for item in items.iter() {
        let Item::Struct(s) = item else { continue };
        for f in s.fields.iter() {
            let Some(ident) = &f.ident else { continue };
            let elem = vec_elem(&f.ty).or_else(|| type_name(&f.ty).and_then(|n| newtypes.get(&n).cloned()));
            if let Some(t) = elem {
                out.insert((s.ident.to_string(), unraw(ident)), t);
            }
        }
    }
    out
}

/// A type named inside `types`, as seen from the `builder` module.
fn from_builder(ty: &syn::Type) -> syn::Type {
    match ty {
        syn::Type::Path(p) if p.qself.is_none() && p.path.segments.len() == 1 => {
            let seg = &p.path.segments[0];
            let is_std =
                ["String", "i64", "i32", "f64", "bool", "Vec", "Option"].contains(&seg.ident.to_string().as_str());
            if is_std {
                ty.clone()
            } else {
                parse_quote!(types::#p)
            }
        }
        _ => ty.clone(),
    }
}

/// Struct name -> whether its `id` field is optional, for every struct in
/// `types` with a string `id` (a list's items are told apart by it).
fn id_fields(items: &[Item]) -> BTreeMap<String, bool> {
    let is_string = |ty: &syn::Type| type_name(ty).is_some_and(|n| n == "String");
    let mut out = BTreeMap::new();
    for item in items {
        let Item::Struct(s) = item else { continue };
        let Some(f) = s.fields.iter().find(|f| f.ident.as_ref().is_some_and(|i| i == "id")) else { continue };
        if is_string(&f.ty) {
            out.insert(s.ident.to_string(), false);
        } else if option_inner(&f.ty).is_some_and(is_string) {
            out.insert(s.ident.to_string(), true);
        }
    }
    out
}

/// List endpoints get `send_page()` (items plus total, whatever the wire
/// shape) and `stream()` (every item across pages, by cursor where the
/// endpoint takes one), through `crate::pagination::ListRequest`. The
/// `paginated` flag that changes a list's shape is theirs alone: the
/// builder has no setter for it, so `send()` always gets the shape it
/// decodes.
fn list_pages(
    items: &mut Vec<Item>,
    facts: &Facts,
    vec_fields: &BTreeMap<(String, String), syn::Type>,
    id_fields: &BTreeMap<String, bool>,
) -> Result<(), String> {
    let mut added = Vec::new();
    let mut done = BTreeSet::new();
    for item in items.iter_mut() {
        let Item::Impl(imp) = item else { continue };
        if imp.trait_.is_some() {
            continue;
        }
        let owner = type_name(&imp.self_ty).unwrap_or_default();
        let Some(list) = facts.lists.get(&owner) else { continue };
        let Some(ok) = imp.items.iter().find_map(|ii| match ii {
            syn::ImplItem::Fn(f) if f.sig.ident == "send" => result_ok(&f.sig.output),
            _ => None,
        }) else {
            continue;
        };
        if list.has_paginated {
            let before = imp.items.len();
            imp.items.retain(|ii| !matches!(ii, syn::ImplItem::Fn(f) if f.sig.ident == "paginated"));
            if imp.items.len() == before {
                return Err(format!("list_pages: {owner} takes `paginated` but has no setter to remove"));
            }
        }
        let element = match list.items_field {
            None => first_generic(&ok)
                .cloned()
                .or_else(|| type_name(&ok).and_then(|n| vec_fields.get(&(n, "0".to_string())).map(from_builder)))
                .ok_or_else(|| format!("{owner}: answer is not a Vec"))?,
            Some(field) => {
                let resp = type_name(&ok).ok_or_else(|| format!("{owner}: answer type"))?;
                vec_fields
                    .get(&(resp.clone(), field.to_string()))
                    .map(from_builder)
                    .ok_or_else(|| format!("{owner}: {resp} has no Vec field `{field}`"))?
            }
        };
        let op_id = &list.operation_id;
        let max = list.max_limit.unwrap_or(500);
        let set_paginated = if list.has_paginated { quote!(self.paginated = Ok(Some(true));) } else { quote!() };
        let self_ty = &imp.self_ty;
        let has_total = list.items_field.is_some() || list.has_paginated;
        let page_doc = if has_total {
            "Sends the request and returns one page: the items and the total count across all pages."
        } else {
            "Sends the request and returns one page of items. This list answers without a total, so \
             `total_count` is `None`."
        };
        let (stream_doc, cursor_methods) = match &list.cursor {
            Some(param) => {
                let field = format_ident!("{}", heck::ToSnakeCase::to_snake_case(param.as_str()));
                let doc = format!(
                    "Every item across all pages, fetched lazily one page at a time (the page size is `limit`, \
                     100 when unset, never more than {max}). It walks by the `{param}` cursor when no `offset` \
                     is set{}, and by `offset` otherwise; see [`ItemStream`](crate::pagination::ItemStream) for \
                     resuming and for what it does about items seen twice.",
                    if list.has_order_by { " and `order_by` is unset or a `created_at` ordering" } else { "" }
                );
                let ordering = if list.has_order_by {
                    quote!(self.order_by.as_ref().ok().and_then(|v| v.as_ref()).map(|v| v.to_string()))
                } else {
                    quote!(None)
                };
                let methods = quote! {
                    fn takes_cursor(&self) -> bool {
                        true
                    }
                    fn start_cursor(&self) -> Option<String> {
                        self.#field.as_ref().ok().and_then(|v| v.as_ref()).map(|v| v.to_string())
                    }
                    fn ordering(&self) -> Option<String> {
                        #ordering
                    }
                    fn after(mut self, limit: i64, cursor: Option<&str>) -> Self {
                        self.limit = Ok(Some(limit));
                        if let Some(cursor) = cursor {
                            self.#field = Ok(Some(cursor.to_string()));
                        }
                        self
                    }
                };
                (doc, methods)
            }
            None => (
                format!(
                    "Every item across all pages, fetched lazily one page at a time by `offset` (the page size \
                     is `limit`, 100 when unset, never more than {max}); see \
                     [`ItemStream`](crate::pagination::ItemStream) for what it does about items seen twice."
                ),
                quote!(),
            ),
        };
        let element_name = type_name(&element).unwrap_or_default();
        let item_id = match id_fields.get(&element_name) {
            Some(false) => quote!(fn item_id(item: &#element) -> Option<&str> { Some(item.id.as_str()) }),
            Some(true) => quote!(fn item_id(item: &#element) -> Option<&str> { item.id.as_deref() }),
            None => quote!(),
        };
        added.push(parse_quote! {
            impl<'a> #self_ty {
                #[doc = #page_doc]
                pub async fn send_page(mut self) -> ::std::result::Result<crate::pagination::Page<#element>, crate::Error> {
                    #set_paginated
                    let client = self.client;
                    let decode = crate::pagination::ListBody::<#element>::decode;
                    let answer = crate::call::send(client, #op_id, self.into_request(), decode).await?;
                    Ok(crate::pagination::Page::from(answer.into_inner()))
                }

                #[doc = #stream_doc]
                pub fn stream(self) -> crate::pagination::ItemStream<'a, #element> {
                    crate::pagination::stream(self)
                }
            }
        });
        added.push(parse_quote! {
            impl<'a> crate::pagination::ListRequest<'a> for #self_ty {
                type Item = #element;
                fn max_page_size(&self) -> i64 {
                    #max
                }
                fn page_size(&self) -> Option<i64> {
                    self.limit.as_ref().ok().copied().flatten().map(|v| v as i64)
                }
                fn start_offset(&self) -> i64 {
                    self.offset.as_ref().ok().copied().flatten().map_or(0, |v| v as i64)
                }
                fn at(mut self, limit: i64, offset: i64) -> Self {
                    self.limit = Ok(Some(limit));
                    self.offset = Ok(Some(offset));
                    self
                }
                #cursor_methods
                #item_id
                fn fetch(self) -> crate::pagination::PageFuture<'a, #element> {
                    ::std::boxed::Box::pin(self.send_page())
                }
            }
        });
        done.insert(owner);
    }
    let missing: Vec<_> = facts.lists.keys().filter(|k| !done.contains(*k)).collect();
    if !missing.is_empty() {
        return Err(format!("list_pages: no builder for {missing:?}"));
    }
    items.extend(added);
    let ids: Vec<&str> = facts.lists.values().map(|l| l.operation_id.as_str()).collect();
    items.push(parse_quote! {
        /// Operation ids of the list endpoints with `send_page()` and `stream()`.
        pub const PAGINATED_OPERATIONS: &[&str] = &[#(#ids),*];
    });
    Ok(())
}

/// Replaces progenitor's `encode_path` import with this crate's encoder.
fn own_path_encoding(items: &mut Vec<Item>) -> Result<(), String> {
    let mut replaced = false;
    for item in items.iter_mut() {
        let Item::Use(u) = item else { continue };
        let text = quote!(#u).to_string();
        if text.contains("progenitor_client") && text.contains("encode_path") {
            let rebuilt = text.replace("encode_path ,", "").replace(", encode_path", "");
            *u = syn::parse_str(&rebuilt).map_err(|e| format!("rewriting `{text}`: {e}"))?;
            replaced = true;
        }
    }
    if replaced {
        items.push(parse_quote!(
            #[allow(unused_imports)]
            use crate::path::encode_path;
        ));
    }
    Ok(())
}

/// progenitor's httpmock generator calls `to_string()` on array query
/// parameters, which don't implement `Display`; such matchers now require
/// each value as a repeated query parameter, as the client sends them.
pub fn mock_array_query_params(mut file: syn::File, full: bool) -> Result<syn::File, String> {
    fn visit(items: &mut [Item], n: &mut usize) {
        for item in items.iter_mut() {
            match item {
                Item::Mod(m) => visit(mod_items(m), n),
                Item::Impl(imp) => {
                    for ii in imp.items.iter_mut() {
                        let syn::ImplItem::Fn(f) = ii else { continue };
                        let wc =
                            f.sig.generics.where_clause.as_ref().map(|w| quote!(#w).to_string()).unwrap_or_default();
                        let body = f.block.to_token_stream_string();
                        if !wc.contains("Vec <") || !body.contains("query_param (") {
                            continue;
                        }
                        let Some(name) = body.split("query_param (").nth(1).and_then(|r| r.split('"').nth(1)) else {
                            continue;
                        };
                        f.block = parse_quote!({
                            if let Some(value) = value.into() {
                                let mut when = self.0;
                                for item in value.iter() {
                                    when = when.query_param(#name, item.to_string());
                                }
                                Self(when)
                            } else {
                                Self(self.0.query_param_missing(#name))
                            }
                        });
                        *n += 1;
                    }
                }
                _ => {}
            }
        }
    }
    let mut n = 0;
    visit(&mut file.items, &mut n);
    if n == 0 && full {
        return Err("mock_array_query_params found nothing to fix; check whether progenitor changed".into());
    }
    Ok(file)
}

trait TokenText {
    fn to_token_stream_string(&self) -> String;
}

impl TokenText for syn::Block {
    fn to_token_stream_string(&self) -> String {
        quote!(#self).to_string()
    }
}

/// progenitor's method docs carry `ignore`d example blocks naming its own
/// methods; they would show up as hundreds of ignored doctests. The
/// namespace methods carry this crate's docs instead.
fn drop_ignored_doc_examples(items: &mut [Item]) {
    let has_example = |a: &syn::Attribute| a.path().is_ident("doc") && quote!(#a).to_string().contains("```");
    for item in items.iter_mut() {
        match item {
            Item::Mod(m) => drop_ignored_doc_examples(mod_items(m)),
            Item::Impl(imp) => {
                for ii in imp.items.iter_mut() {
                    if let syn::ImplItem::Fn(f) = ii {
                        f.attrs.retain(|a| !has_example(a));
                    }
                }
            }
            Item::Struct(s) => s.attrs.retain(|a| !has_example(a)),
            Item::Enum(e) => e.attrs.retain(|a| !has_example(a)),
            _ => {}
        }
    }
}

/// Operation-builder setters drop the conversion error and say only
/// "conversion to `...` failed". They now require a displayable error and
/// keep its text (a rejected path parameter explains itself).
fn readable_setter_errors(ops: &mut ItemMod) -> Result<(), String> {
    let mut n = 0;
    for item in mod_items(ops).iter_mut() {
        let Item::Impl(imp) = item else { continue };
        for ii in imp.items.iter_mut() {
            let syn::ImplItem::Fn(f) = ii else { continue };
            let Some(target) = setter_target(f) else {
                continue;
            };
            let body = &mut f.block;
            let Some(syn::Stmt::Expr(syn::Expr::Assign(assign), _)) = body.stmts.first_mut() else { continue };
            let syn::Expr::MethodCall(call) = assign.right.as_mut() else { continue };
            if call.method != "map_err" {
                continue;
            }
            let Some(syn::Expr::Closure(closure)) = call.args.first() else { continue };
            if !matches!(closure.inputs.first(), Some(syn::Pat::Wild(_))) {
                continue;
            }
            let name = f.sig.ident.to_string();
            let message = format!("invalid value for `{name}`: {{}}");
            call.args[0] = parse_quote!(|e| format!(#message, e));
            if let Some(wc) = f.sig.generics.where_clause.as_mut() {
                wc.predicates.push(parse_quote!(<V as std::convert::TryInto<#target>>::Error: std::fmt::Display));
            }
            n += 1;
        }
    }
    if n == 0 {
        return Err("readable_setter_errors found no setter; progenitor's output changed shape".into());
    }
    Ok(())
}

/// Every model in `types` derives `schemars::JsonSchema` when the crate's
/// `schemars` feature is on.
fn schemars_behind_feature(items: &mut [Item]) {
    for item in items.iter_mut() {
        let attrs = match item {
            Item::Struct(s) => &mut s.attrs,
            Item::Enum(e) => &mut e.attrs,
            _ => continue,
        };
        attrs.push(parse_quote!(#[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]));
    }
}

/// Path-parameter setters refuse an empty id, `.` and `..`: URL parsers
/// resolve those segments (escaped or not), so the request would reach
/// another endpoint. Done here, every way into an operation is covered:
/// the namespaces, the generated client, and anything built on them.
fn checked_path_params(ops: &mut ItemMod) -> Result<(), String> {
    let mut n = 0;
    for item in mod_items(ops).iter_mut() {
        let Item::Impl(imp) = item else { continue };
        let Some(send) = imp.items.iter().find_map(|ii| match ii {
            syn::ImplItem::Fn(f) if f.sig.ident == "send" => Some(quote!(#f).to_string()),
            _ => None,
        }) else {
            continue;
        };
        // Parameters the URL is built from: `encode_path(&name.to_string())`.
        let in_path: BTreeSet<String> = send
            .split("encode_path (& ")
            .skip(1)
            .filter_map(|rest| rest.split(" . to_string").next())
            .map(str::to_string)
            .collect();
        for ii in imp.items.iter_mut() {
            let syn::ImplItem::Fn(f) = ii else { continue };
            let name = f.sig.ident.to_string();
            if !in_path.contains(&name) {
                continue;
            }
            let target = setter_target(f);
            if target.as_ref().and_then(type_name).as_deref() != Some("String") {
                continue; // enum-typed path parameters can only hold their known values
            }
            let Some(syn::Stmt::Expr(syn::Expr::Assign(assign), _)) = f.block.stmts.first_mut() else { continue };
            let value = assign.right.clone();
            let unraw_name = name.trim_start_matches("r#").to_string();
            *assign.right = parse_quote!((#value).and_then(|v| crate::path::checked(#unraw_name, v)));
            n += 1;
        }
    }
    if n == 0 {
        return Err("checked_path_params found no path parameter setter; progenitor's output changed shape".into());
    }
    Ok(())
}

/// Builders only for models callers build: typify writes a builder for every
/// struct, but a response model is only ever decoded. Builders stay for the
/// request bodies the operation builders take (`body_map`) and every model
/// those reach through their fields; the rest go, with their `builder()`
/// constructors. About half of the generated models are response-only.
fn request_side_builders(file: &mut syn::File) -> Result<usize, String> {
    use std::collections::VecDeque;
    let ops = find_mod_mut(&mut file.items, "builder").ok_or("no `builder` module")?;
    let ops_text = quote!(#ops).to_string();
    let mut roots: BTreeSet<String> = BTreeSet::new();
    for piece in ops_text.split("types :: builder :: ").skip(1) {
        if let Some(name) = piece.split(|c: char| !(c.is_alphanumeric() || c == '_')).next() {
            roots.insert(name.to_string());
        }
    }
    let types = find_mod_mut(&mut file.items, "types").ok_or("no `types` module")?;
    // Model name -> the model names its fields mention.
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let names: BTreeSet<String> = mod_items(types)
        .iter()
        .filter_map(|i| match i {
            Item::Struct(s) => Some(s.ident.to_string()),
            Item::Enum(e) => Some(e.ident.to_string()),
            _ => None,
        })
        .collect();
    let mentions = |text: &str| -> BTreeSet<String> {
        text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .filter(|w| names.contains(*w))
            .map(str::to_string)
            .collect()
    };
    for item in mod_items(types).iter() {
        match item {
            Item::Struct(s) => {
                let fields = &s.fields;
                edges.insert(s.ident.to_string(), mentions(&quote!(#fields).to_string()));
            }
            Item::Enum(e) => {
                let variants = &e.variants;
                edges.insert(e.ident.to_string(), mentions(&quote!(#variants).to_string()));
            }
            _ => {}
        }
    }
    let mut keep: BTreeSet<String> = BTreeSet::new();
    let mut todo: VecDeque<String> = roots.into_iter().collect();
    while let Some(n) = todo.pop_front() {
        if keep.insert(n.clone()) {
            todo.extend(edges.get(&n).into_iter().flatten().cloned());
        }
    }
    let self_name = |imp: &syn::ItemImpl| type_name(&imp.self_ty).unwrap_or_default();
    let builders = find_mod_mut(mod_items(types), "builder").ok_or("no `types::builder` module")?;
    let before = mod_items(builders).len();
    mod_items(builders).retain(|i| match i {
        Item::Struct(s) => keep.contains(&s.ident.to_string()),
        Item::Impl(imp) => keep.contains(&self_name(imp)),
        _ => true,
    });
    let dropped = before - mod_items(builders).len();
    for item in mod_items(types).iter_mut() {
        let Item::Impl(imp) = item else { continue };
        if imp.trait_.is_some() || keep.contains(&self_name(imp)) {
            continue;
        }
        imp.items.retain(|ii| !matches!(ii, syn::ImplItem::Fn(f) if f.sig.ident == "builder"));
    }
    mod_items(types).retain(|i| !matches!(i, Item::Impl(imp) if imp.trait_.is_none() && imp.items.is_empty()));
    Ok(dropped)
}
