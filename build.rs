//! Generates the typed client from the vendored spec (openapi/clerk-backend-api.yaml).
//!
//! Reads nothing else; reruns only when the spec or this file (or the
//! build/ helpers it includes) change, so edits under `src/` never rerun it.

#[path = "build/docs.rs"]
mod docs;
#[path = "build/docs_pass.rs"]
mod docs_pass;
#[path = "build/passes.rs"]
mod passes;
#[path = "build/schema.rs"]
mod schema;
#[path = "build/slice.rs"]
mod slice;

use std::path::PathBuf;

const SPEC: &str = "openapi/clerk-backend-api.yaml";
const DOCS: &str = "openapi/docs.yaml";
const NAMESPACES: &str = "openapi/namespaces.txt";

fn main() {
    println!("cargo:rerun-if-changed={SPEC}");
    println!("cargo:rerun-if-changed={DOCS}");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=build");
    if let Err(e) = run() {
        // A plain message instead of a panic backtrace: say what failed and where.
        eprintln!("error: clerk-backend-api code generation failed: {e}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), String> {
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").map_err(|e| format!("OUT_DIR: {e}"))?);
    let text = std::fs::read_to_string(SPEC).map_err(|e| format!("reading {SPEC}: {e}"))?;
    let mut doc: serde_json::Value = serde_yaml_ng::from_str(&text).map_err(|e| format!("parsing {SPEC}: {e}"))?;
    let version = doc
        .pointer("/info/version")
        .and_then(|v| v.as_str())
        .ok_or_else(|| format!("{SPEC} has no info.version"))?
        .to_string();
    // Every operation's method and path template, for the emulator's
    // "not emulated" answers (written before a slice drops any).
    let mut routes = String::from("/// (method, path template, operation id) of every operation in the spec.\npub(crate) const ROUTES: &[(&str, &str, &str)] = &[\n");
    for (path, item) in doc.get("paths").and_then(|p| p.as_object()).into_iter().flatten() {
        for m in ["get", "put", "post", "delete", "patch"] {
            if let Some(id) = item.get(m).and_then(|o| o.get("operationId")).and_then(|v| v.as_str()) {
                routes.push_str(&format!("    ({:?}, {path:?}, {id:?}),\n", m.to_uppercase()));
            }
        }
    }
    routes.push_str("];\n");
    write(&out_dir.join("routes.rs"), &routes)?;

    let slice = slice::apply(&mut doc)?;

    // The project's docs join the spec's facts before the generator runs
    // (models and fields carry them through it); the operations' docs are
    // files the namespace methods include.
    let docs_text = std::fs::read_to_string(DOCS).map_err(|e| format!("reading {DOCS}: {e}"))?;
    let docs_map = docs::load(&docs_text)?;
    let methods =
        docs::methods(&std::fs::read_to_string(NAMESPACES).map_err(|e| format!("reading {NAMESPACES}: {e}"))?);
    let pages: std::collections::BTreeMap<String, docs::ListDoc> = schema::list_operations(&doc)
        .into_values()
        .map(|l| {
            let total = l.items_field.is_some() || l.has_paginated;
            let list = docs::ListDoc { max: l.max_limit, total, cursor: l.cursor, order_by: l.has_order_by };
            (l.operation_id, list)
        })
        .collect();
    let rendered = docs::apply(&mut doc, &docs_map, &methods, &pages);
    let docs_dir = out_dir.join("docs");
    std::fs::create_dir_all(&docs_dir).map_err(|e| format!("creating {}: {e}", docs_dir.display()))?;
    for (id, md) in &rendered.operations {
        write(&docs_dir.join(format!("{id}.md")), md)?;
    }

    let mut facts = schema::prepare(&mut doc)?;
    facts.full = slice.full;
    let spec: openapiv3::OpenAPI =
        serde_json::from_value(doc).map_err(|e| format!("{SPEC} is not valid OpenAPI 3.0: {e}"))?;

    let mut settings = progenitor::GenerationSettings::new();
    settings
        .with_interface(progenitor::InterfaceStyle::Builder)
        .with_tag(progenitor::TagStyle::Merged)
        .with_inner_type(quote::quote! { crate::hooks::Hooks })
        .with_hooks(progenitor::HooksMode::Expected);

    let mut generator = progenitor::Generator::new(&settings);
    let tokens = schema::quietly(|| generator.generate_tokens(&spec))
        .and_then(|r| r.map_err(|e| e.to_string()))
        .map_err(|e| format!("{e}{}", schema::find_failing_operation(&spec, &settings)))?;
    let file: syn::File = syn::parse2(tokens).map_err(|e| format!("progenitor output does not parse: {e}"))?;
    let mut file = passes::apply(file, &facts)?;
    docs_pass::apply(&mut file, &rendered, &facts)?;
    let code = prettyplease::unparse(&file);
    write(&out_dir.join("codegen.rs"), &code)?;

    // The typed mocks are only compiled with the `mock` feature: without it,
    // generating them would only lengthen every build.
    if std::env::var_os("CARGO_FEATURE_MOCK").is_some() {
        write_mocks(&spec, &settings, &out_dir, slice.full, &rendered, &facts)?;
    }

    write(
        &out_dir.join("api_version.rs"),
        &format!(
            "/// The Clerk API version the vendored spec describes.\npub const API_VERSION: &str = {version:?};\n"
        ),
    )?;
    Ok(())
}

/// The httpmock mocks of every operation (`mocks.rs`, the `mock` feature).
fn write_mocks(
    spec: &openapiv3::OpenAPI,
    settings: &progenitor::GenerationSettings,
    out_dir: &std::path::Path,
    full: bool,
    rendered: &docs::Rendered,
    facts: &schema::Facts,
) -> Result<(), String> {
    let mut mock_generator = progenitor::Generator::new(settings);
    let mocks = mock_generator.httpmock(spec, "crate::generated").map_err(|e| format!("mock generation: {e}"))?;
    let mocks: syn::File = syn::parse2(mocks).map_err(|e| format!("mock output does not parse: {e}"))?;
    let mut mocks = passes::mock_array_query_params(mocks, full)?;
    docs_pass::mocks(&mut mocks, rendered, facts);
    // The mocks match the paths a client sends to a mock server's root URL,
    // which gets the `/v1` version path like any host-only base URL.
    let mocks = prettyplease::unparse(&mocks);
    let prefixed = mocks.matches("\"^/").count();
    if prefixed == 0 {
        return Err("mocks: no path pattern found to prefix with /v1".into());
    }
    write(&out_dir.join("mocks.rs"), &mocks.replace("\"^/", "\"^/v1/"))
}

fn write(path: &std::path::Path, content: &str) -> Result<(), String> {
    // Leave the file alone when unchanged so its mtime doesn't trigger rebuilds.
    if std::fs::read_to_string(path).ok().as_deref() == Some(content) {
        return Ok(());
    }
    std::fs::write(path, content).map_err(|e| format!("writing {}: {e}", path.display()))
}
