//! Project chores: `cargo xtask regen [--from PATH|URL] [--check]`.

mod build_times;
mod contract;
mod docs_check;
mod facade;
mod normalize;
mod package_check;
mod report;

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub const VENDORED: &str = "openapi/clerk-backend-api.yaml";
const DEFAULT_FROM: &str = "../shared/clerk-openapi/bapi/2026-05-12.yml";

fn usage() -> String {
    "usage: cargo xtask regen [--from PATH|URL] [--check]\n\
            cargo xtask bench-build [consumer [--crate-dir DIR] [--full-only]]\n\
            cargo xtask build-times [--rounds N]\n\
            cargo xtask package-check [--allow-dirty]\n\
            cargo xtask docs [--check]\n\
     \n\
     regen   rewrite openapi/clerk-backend-api.yaml (and the namespace files\n\
             generated from it) from Clerk's upstream Backend API spec\n\
     --from  the upstream file or an http(s) URL (fetched with curl);\n\
             default: ../shared/clerk-openapi/bapi/2026-05-12.yml\n\
     --check write nothing; exit 1 when a committed file differs from what\n\
             regen would write\n\
     bench-build  time a clean debug build of the crate, then the rebuild\n\
             after touching src/lib.rs (which must not rerun the generator);\n\
             `consumer`: a fresh consumer crate's clean build (all namespaces, then\n\
             only `users`) with peak memory\n\
     build-times  a fresh consumer's clean debug build of this crate and of\n\
             clerk-rs 0.5 (default features), alternating, with the ratio\n\
     docs    list what the generated API would show without a doc (from\n\
             openapi/docs.yaml) and docs sharing 8 words in a row with the\n\
             upstream spec's prose; --check: exit 1 when there is any\n\
     package-check  `cargo package` (with its verification build), then a\n\
             fresh consumer crate built against the unpacked .crate makes a call"
        .to_string()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    let Some((cmd, rest)) = args.split_first() else { return Err(usage()) };
    if cmd == "bench-build" {
        if rest.first().map(String::as_str) == Some("consumer") {
            return build_times::consumer(&workspace_root()?, &rest[1..]);
        }
        return build_times::run(&workspace_root()?);
    }
    if cmd == "build-times" {
        return build_times::against_clerk_rs(&workspace_root()?, rest);
    }
    if cmd == "package-check" {
        let allow_dirty = rest.iter().any(|a| a == "--allow-dirty");
        return package_check::run(&workspace_root()?, allow_dirty);
    }
    if cmd == "docs" {
        let check = rest.iter().any(|a| a == "--check");
        return docs_check::run(&workspace_root()?, check);
    }
    if cmd != "regen" {
        return Err(usage());
    }
    let mut from = DEFAULT_FROM.to_string();
    let mut check = false;
    let mut it = rest.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--from" => from = it.next().ok_or_else(usage)?.clone(),
            "--check" => check = true,
            "-h" | "--help" => {
                println!("{}", usage());
                return Ok(ExitCode::SUCCESS);
            }
            other => return Err(format!("unknown argument {other:?}\n{}", usage())),
        }
    }
    let root = workspace_root()?;
    regen(&root, &from, check)
}

fn workspace_root() -> Result<PathBuf, String> {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    here.parent().map(Path::to_path_buf).ok_or_else(|| "no workspace root".into())
}

fn read_source(from: &str) -> Result<String, String> {
    if from.starts_with("http://") || from.starts_with("https://") {
        let out = std::process::Command::new("curl")
            .args(["-fsSL", "--max-time", "60", from])
            .output()
            .map_err(|e| format!("running curl for {from}: {e}"))?;
        if !out.status.success() {
            return Err(format!("fetching {from}: {}", String::from_utf8_lossy(&out.stderr).trim()));
        }
        String::from_utf8(out.stdout).map_err(|e| format!("{from} is not UTF-8: {e}"))
    } else {
        std::fs::read_to_string(from).map_err(|e| format!("reading {from}: {e}"))
    }
}

/// Parses YAML into JSON values, keys as strings, order kept.
pub fn parse_yaml(text: &str, what: &str) -> Result<Value, String> {
    serde_yaml_ng::from_str::<Value>(text).map_err(|e| format!("parsing {what}: {e}"))
}

fn regen(root: &Path, from: &str, check: bool) -> Result<ExitCode, String> {
    let upstream = parse_yaml(&read_source(from)?, from)?;
    let mut spec = upstream.clone();
    let steps = normalize::normalize(&mut spec)?;
    let version = spec.pointer("/info/version").and_then(Value::as_str).unwrap_or("unknown").to_string();
    let body = serde_yaml_ng::to_string(&spec).map_err(|e| format!("writing YAML: {e}"))?;
    let text = format!(
        "# Clerk Backend API {version}: facts only, made ready for progenitor.\n\
         # Written by `cargo xtask regen`; do not edit by hand (see openapi/README.md).\n{body}"
    );

    let vendored_path = root.join(VENDORED);
    let committed_text = std::fs::read_to_string(&vendored_path).ok();
    let committed = match &committed_text {
        Some(t) => parse_yaml(t, VENDORED)?,
        None => Value::Null,
    };

    let mut outputs = vec![(vendored_path.clone(), text.clone())];
    for (rel, content) in facade::generate(&spec)? {
        outputs.push((root.join(rel), content));
    }
    let (rel, content) = contract::generate(&spec)?;
    outputs.push((root.join(rel), content));
    let cargo_toml =
        std::fs::read_to_string(root.join("Cargo.toml")).map_err(|e| format!("reading Cargo.toml: {e}"))?;
    outputs.push((root.join("Cargo.toml"), facade::cargo_features(&spec, &cargo_toml)?));

    let changes = report::report(&committed, &spec);
    if check {
        let mut stale = Vec::new();
        for (path, content) in &outputs {
            if std::fs::read_to_string(path).ok().as_deref() != Some(content.as_str()) {
                stale.push(path.strip_prefix(root).unwrap_or(path).display().to_string());
            }
        }
        if stale.is_empty() {
            println!("regen --check: up to date with {from} (API {version})");
            return Ok(ExitCode::SUCCESS);
        }
        println!("regen --check: these files differ from what regen would write:");
        for s in &stale {
            println!("  {s}");
        }
        if !changes.is_empty() {
            println!("changes against the committed spec:\n{changes}");
        }
        println!("run `cargo xtask regen --from {from}` and commit the result");
        return Ok(ExitCode::from(1));
    }

    for (path, content) in &outputs {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
        }
        std::fs::write(path, content).map_err(|e| format!("writing {}: {e}", path.display()))?;
    }
    println!("regen: wrote {VENDORED} from {from} (API {version})");
    for s in &steps {
        println!("  step {:<34} {} change(s)", s.name, s.touched);
    }
    if changes.is_empty() {
        println!("no changes against the committed spec");
    } else {
        println!("changes against the committed spec:\n{changes}");
    }
    let (missing, _) = docs_check::missing(root, &spec)?;
    if !missing.is_empty() {
        println!("{} item(s) have no doc in openapi/docs.yaml yet (see `cargo xtask docs`):", missing.len());
        for k in &missing {
            println!("  {k}");
        }
    }
    Ok(ExitCode::SUCCESS)
}
