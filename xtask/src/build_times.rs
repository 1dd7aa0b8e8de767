//! `cargo xtask bench-build`: compile time is a feature, so it is measured.
//! Times a clean debug build of the crate (its dependencies already built),
//! then the rebuild after touching `src/lib.rs`, and checks that the second
//! one did not rerun the generator.

use std::path::Path;
use std::process::{Command, ExitCode};
use std::time::{Instant, SystemTime};

fn cargo(root: &Path, args: &[&str]) -> Result<f64, String> {
    let started = Instant::now();
    let status = Command::new(env!("CARGO"))
        .args(args)
        .current_dir(root)
        .status()
        .map_err(|e| format!("running cargo {args:?}: {e}"))?;
    if !status.success() {
        return Err(format!("cargo {args:?} failed"));
    }
    Ok(started.elapsed().as_secs_f64())
}

/// Modification time of the newest generated client in target/.
fn generated_mtime(root: &Path) -> Option<SystemTime> {
    let build = root.join("target/debug/build");
    std::fs::read_dir(build)
        .ok()?
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with("clerk-backend-api-"))
        .filter_map(|e| std::fs::metadata(e.path().join("out/codegen.rs")).ok()?.modified().ok())
        .max()
}

pub fn run(root: &Path) -> Result<ExitCode, String> {
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    cargo(root, &["build", "-p", "clerk-backend-api"])?; // dependencies warm
    cargo(root, &["clean", "-p", "clerk-backend-api"])?;
    let clean = cargo(root, &["build", "-p", "clerk-backend-api"])?;
    let before = generated_mtime(root);
    let lib = root.join("src/lib.rs");
    let text = std::fs::read(&lib).map_err(|e| format!("reading src/lib.rs: {e}"))?;
    std::fs::write(&lib, &text).map_err(|e| format!("touching src/lib.rs: {e}"))?;
    let incremental = cargo(root, &["build", "-p", "clerk-backend-api"])?;
    let reran = generated_mtime(root) != before;
    println!("build times on {cores} cores (debug, dependencies already built):");
    println!("  clean build of clerk-backend-api:      {clean:6.1} s");
    println!("  rebuild after touching src/lib.rs:     {incremental:6.1} s");
    println!("  generator reran on the src/ edit:      {}", if reran { "yes (unexpected)" } else { "no" });
    Ok(if reran { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
