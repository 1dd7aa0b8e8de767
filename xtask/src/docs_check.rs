//! `cargo xtask docs [--check]`: what the generated API would show without a
//! doc, and docs that repeat the upstream spec's prose.
//!
//! The walk is build.rs's own (`build/docs.rs`), so a key counts as
//! documented exactly when the build gives its item a doc.

#[path = "../../build/docs.rs"]
#[allow(dead_code)]
mod docs;

use serde_json::Value;
use std::collections::{BTreeMap, HashSet};
use std::path::Path;
use std::process::ExitCode;

const DOCS: &str = "openapi/docs.yaml";
const NAMESPACES: &str = "openapi/namespaces.txt";
/// A doc may not share this many words in a row with upstream prose.
const RUN: usize = 8;

/// Keys of `spec` that have no doc (own or `*.` default) in docs.yaml.
pub fn missing(root: &Path, spec: &Value) -> Result<(Vec<String>, Vec<String>), String> {
    let text = std::fs::read_to_string(root.join(DOCS)).map_err(|e| format!("reading {DOCS}: {e}"))?;
    let map = docs::load(&text)?;
    let methods = docs::methods(&std::fs::read_to_string(root.join(NAMESPACES)).unwrap_or_default());
    let mut spec = spec.clone();
    let r = docs::apply(&mut spec, &map, &methods, &BTreeMap::new());
    Ok((r.missing, r.unused))
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_ascii_lowercase())
        .collect()
}

fn prose(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(o) => {
            for (k, x) in o {
                match (k.as_str(), x) {
                    ("description" | "summary", Value::String(s)) => out.push(s.clone()),
                    _ => prose(x, out),
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| prose(x, out)),
        _ => {}
    }
}

pub fn run(root: &Path, check: bool) -> Result<ExitCode, String> {
    let spec = crate::parse_yaml(
        &std::fs::read_to_string(root.join(crate::VENDORED)).map_err(|e| format!("reading spec: {e}"))?,
        crate::VENDORED,
    )?;
    let (missing, unused) = missing(root, &spec)?;
    let text = std::fs::read_to_string(root.join(DOCS)).map_err(|e| format!("reading {DOCS}: {e}"))?;
    let map = docs::load(&text)?;
    println!("docs: {} entries in {DOCS}", map.len());
    let mut bad = 0usize;
    if !missing.is_empty() {
        println!("docs: {} item(s) of the spec have no doc (add them to {DOCS}):", missing.len());
        for k in &missing {
            println!("  {k}");
        }
        bad += missing.len();
    }
    if !unused.is_empty() {
        println!("docs: {} entr(ies) of {DOCS} name nothing in the spec (remove or rename them):", unused.len());
        for k in &unused {
            println!("  {k}");
        }
        bad += unused.len();
    }

    // Upstream prose: every run of RUN words of every description.
    let shared = root.join("../shared/clerk-openapi");
    let mut upstream = Vec::new();
    for rel in ["bapi/2026-05-12.yml", "bapi/2025-11-10.yml", "webhooks/2025-04-15.yml"] {
        let p = shared.join(rel);
        if let Ok(t) = std::fs::read_to_string(&p) {
            prose(&crate::parse_yaml(&t, &p.display().to_string())?, &mut upstream);
        }
    }
    if upstream.is_empty() {
        println!("docs: skipping the upstream-prose check: {} is absent", shared.display());
    } else {
        let mut runs: HashSet<Vec<String>> = HashSet::new();
        for d in &upstream {
            let w = words(d);
            for win in w.windows(RUN) {
                runs.insert(win.to_vec());
            }
        }
        let mut shared_runs = 0;
        for (k, v) in &map {
            let w = words(v);
            if let Some(win) = w.windows(RUN).find(|win| runs.contains(*win)) {
                println!("docs: `{k}` shares {RUN} words in a row with the upstream spec: \"{}\"", win.join(" "));
                shared_runs += 1;
            }
        }
        println!("docs: {shared_runs} doc(s) share {RUN} words in a row with the upstream spec's prose");
        bad += shared_runs;
    }
    if bad == 0 {
        println!("docs: every item has a doc of its own");
        return Ok(ExitCode::SUCCESS);
    }
    Ok(if check { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
