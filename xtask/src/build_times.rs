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

/// One clean debug build of a fresh consumer crate (the SDK plus tokio),
/// dependencies included, in a target directory of its own.
struct ConsumerBuild {
    seconds: f64,
    /// Largest resident set of any one process of the build (rustc, or a
    /// build script), in MiB; `None` without `/usr/bin/time`.
    peak_mib: Option<f64>,
}

fn consumer_build(root: &Path, crate_dir: &Path, name: &str, dep_features: &str) -> Result<ConsumerBuild, String> {
    let dependency = format!("clerk-backend-api = {{ path = {:?}{dep_features} }}", crate_dir.display().to_string());
    let main = "    let clerk = clerk_backend_api::Clerk::builder().secret_key(\"sk_test_x\").build();\n    \
                println!(\"{}\", clerk.is_ok());\n";
    build_consumer(root, crate_dir, name, &dependency, main)
}

/// One clean debug build of a fresh crate with `dependency` and tokio,
/// whose `main` runs `body`.
fn build_consumer(
    root: &Path,
    crate_dir: &Path,
    name: &str,
    dependency: &str,
    body: &str,
) -> Result<ConsumerBuild, String> {
    let work = root.join("target/bench-build").join(name);
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(work.join("src")).map_err(|e| format!("creating {}: {e}", work.display()))?;
    let manifest = format!(
        "[package]\nname = \"consumer-{name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [workspace]\n\n\
         [dependencies]\n{dependency}\n\
         tokio = {{ version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }}\n"
    );
    std::fs::write(work.join("Cargo.toml"), manifest).map_err(|e| format!("writing the consumer manifest: {e}"))?;
    std::fs::write(work.join("src/main.rs"), format!("#[tokio::main]\nasync fn main() {{\n{body}}}\n"))
        .map_err(|e| format!("writing the consumer: {e}"))?;
    if let Ok(lock) = std::fs::read_to_string(crate_dir.join("Cargo.lock")) {
        let _ = std::fs::write(work.join("Cargo.lock"), lock);
    }
    let timer = Path::new("/usr/bin/time");
    let report = work.join("time.txt");
    let mut cmd = if timer.exists() {
        let mut c = Command::new(timer);
        c.arg("-f").arg("%M").arg("-o").arg(&report).arg(env!("CARGO"));
        c
    } else {
        Command::new(env!("CARGO"))
    };
    cmd.args(["build", "--quiet"]).current_dir(&work).env("CARGO_TARGET_DIR", work.join("target"));
    let started = Instant::now();
    let status = cmd.status().map_err(|e| format!("building consumer {name}: {e}"))?;
    let seconds = started.elapsed().as_secs_f64();
    if !status.success() {
        return Err(format!("consumer {name} failed to build"));
    }
    let peak_mib = std::fs::read_to_string(&report)
        .ok()
        .and_then(|t| t.lines().last().and_then(|l| l.trim().parse::<f64>().ok()))
        .map(|kib| kib / 1024.0);
    Ok(ConsumerBuild { seconds, peak_mib })
}

fn show(b: &ConsumerBuild) -> String {
    match b.peak_mib {
        Some(m) => format!("{:6.1} s, peak {:5.0} MiB", b.seconds, m),
        None => format!("{:6.1} s, peak memory not measured (no /usr/bin/time)", b.seconds),
    }
}

/// `cargo xtask bench-build consumer [--crate-dir DIR] [--full-only]`: a
/// fresh consumer's clean debug build against the whole API and against one
/// namespace (`users`), each with its peak memory. `--crate-dir` measures
/// another checkout (an older main, say) the same way.
pub fn consumer(root: &Path, args: &[String]) -> Result<ExitCode, String> {
    let mut crate_dir = root.to_path_buf();
    let mut full_only = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--crate-dir" => crate_dir = it.next().ok_or("--crate-dir needs a path")?.into(),
            "--full-only" => full_only = true,
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    println!("fresh consumer crate, clean debug build with dependencies, {cores} cores, {}", crate_dir.display());
    let full = consumer_build(root, &crate_dir, "full", "")?;
    println!("  all namespaces (default features):            {}", show(&full));
    if !full_only {
        let slice = consumer_build(
            root,
            &crate_dir,
            "users",
            ", default-features = false, features = [\"rustls\", \"users\"]",
        )?;
        println!("  one namespace (`users`, no default features): {}", show(&slice));
        println!("  slice / full: {:.2} time", slice.seconds / full.seconds);
        if let (Some(a), Some(b)) = (slice.peak_mib, full.peak_mib) {
            println!("                {:.2} peak memory", a / b);
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `cargo xtask build-times [--rounds N]`: a fresh consumer's clean debug
/// build (default features, dependencies included) of this crate and of the
/// other Rust SDK for Clerk (`clerk-rs` 0.5, its default features), one after
/// the other in each round, so both see the same machine. Both consumers get
/// this workspace's Cargo.lock, so shared dependencies resolve alike.
pub fn against_clerk_rs(root: &Path, args: &[String]) -> Result<ExitCode, String> {
    let mut rounds = 1usize;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--rounds" => {
                rounds = it.next().and_then(|n| n.parse().ok()).filter(|n| *n > 0).ok_or("--rounds needs a number")?
            }
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    println!("fresh consumer crates, clean debug builds with dependencies, {cores} cores, {rounds} round(s)");
    let peer_main = "    let config = clerk_rs::apis::configuration::Configuration::new(\"sk_test_x\");\n    \
                     println!(\"{}\", config.base_path);\n";
    let mut ratios = Vec::new();
    for round in 1..=rounds {
        // Alternate which goes first, so neither always meets a cold disk cache.
        let (ours, peer) = if round % 2 == 1 {
            let ours = consumer_build(root, root, "full", "")?;
            (ours, build_consumer(root, root, "clerk-rs", "clerk-rs = \"0.5\"", peer_main)?)
        } else {
            let peer = build_consumer(root, root, "clerk-rs", "clerk-rs = \"0.5\"", peer_main)?;
            (consumer_build(root, root, "full", "")?, peer)
        };
        println!("  round {round}: clerk-backend-api {}", show(&ours));
        println!("  round {round}: clerk-rs 0.5       {}", show(&peer));
        ratios.push(ours.seconds / peer.seconds);
    }
    ratios.sort_by(f64::total_cmp);
    // An even count's median is the mean of the middle two.
    let mid = ratios.len() / 2;
    let median = if ratios.len() % 2 == 0 { (ratios[mid - 1] + ratios[mid]) / 2.0 } else { ratios[mid] };
    let each: Vec<String> = ratios.iter().map(|r| format!("{r:.3}")).collect();
    println!(
        "  clerk-backend-api / clerk-rs build time: {median:.2} (median of {} round(s): {})",
        ratios.len(),
        each.join(", ")
    );
    Ok(ExitCode::SUCCESS)
}
