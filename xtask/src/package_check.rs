//! `cargo xtask package-check`: what `cargo package` uploads must build and
//! work for someone who only has the `.crate` file.
//!
//! 1. `cargo package` builds the package in isolation (its own verification);
//! 2. the `.crate` is unpacked into an empty folder, a new consumer crate
//!    beside it depends on it by path and nothing else of this repository;
//! 3. the consumer is built and run: it serves one Clerk answer on loopback,
//!    calls `users().get(..)` through the packaged crate, and checks what it
//!    got back. The consumer's exit code is the verdict.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

const CONSUMER_MAIN: &str = r##"//! A consumer of the packaged crate: one call against a loopback server.
use std::io::{Read, Write};

fn main() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let addr = listener.local_addr().expect("local address");
    let server = std::thread::spawn(move || {
        let (mut stream, _) = listener.accept().expect("one connection");
        let mut buf = [0u8; 8192];
        let n = stream.read(&mut buf).expect("read the request");
        let head = String::from_utf8_lossy(&buf[..n]).to_string();
        let body = concat!(
            r#"{"id":"user_pkg","object":"user","username":null,"first_name":"Ada","last_name":null,"#,
            r#""has_image":false,"primary_email_address_id":null,"primary_phone_number_id":null,"#,
            r#""primary_web3_wallet_id":null,"password_enabled":false,"two_factor_enabled":false,"#,
            r#""totp_enabled":false,"backup_code_enabled":false,"email_addresses":[],"phone_numbers":[],"#,
            r#""web3_wallets":[],"passkeys":[],"external_accounts":[],"saml_accounts":[],"#,
            r#""enterprise_accounts":[],"public_metadata":{},"external_id":null,"last_sign_in_at":null,"#,
            r#""banned":false,"locked":false,"lockout_expires_in_seconds":null,"#,
            r#""verification_attempts_remaining":null,"created_at":1,"updated_at":2,"#,
            r#""delete_self_enabled":true,"create_organization_enabled":true,"last_active_at":null,"#,
            r#""mfa_enabled_at":null,"mfa_disabled_at":null,"legal_accepted_at":null}"#
        );
        let reply = format!(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nx-request-id: req_pkg\r\nconnection: close\r\n\r\n{}",
            body.len(),
            body
        );
        stream.write_all(reply.as_bytes()).expect("write the answer");
        head
    });
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    let response = runtime.block_on(async {
        let clerk = clerk_backend_api::Clerk::builder()
            .secret_key("sk_test_package_check")
            .base_url(format!("http://{addr}"))
            .build()
            .expect("client");
        clerk.users().get("user_pkg").send_with_response().await.expect("the call works")
    });
    let head = server.join().expect("server thread");
    assert!(head.starts_with("GET /v1/users/user_pkg HTTP/1.1"), "{head}");
    assert!(head.to_ascii_lowercase().contains("authorization: bearer sk_test_package_check"), "{head}");
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.headers().get("x-request-id").and_then(|v| v.to_str().ok()), Some("req_pkg"));
    assert_eq!(response.into_inner().id, "user_pkg");
    println!("package-check: the packaged crate built in a fresh consumer and made a call");
}
"##;

pub fn run(root: &Path, allow_dirty: bool) -> Result<ExitCode, String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut package = Command::new(&cargo);
    package.current_dir(root).args(["package", "-p", "clerk-backend-api"]);
    if allow_dirty {
        package.arg("--allow-dirty");
    }
    status(&mut package, "cargo package")?;

    let version = crate_version(root)?;
    let target = target_dir(root);
    let crate_file = target.join("package").join(format!("clerk-backend-api-{version}.crate"));
    if !crate_file.is_file() {
        return Err(format!("{} was not written", crate_file.display()));
    }
    let listing = output(Command::new("tar").arg("tzf").arg(&crate_file), "tar tzf")?;
    let files: Vec<&str> = listing.lines().collect();
    println!("package-check: {} files in {}", files.len(), crate_file.display());
    for unwanted in ["/tests/", "/benches/", "/xtask/", "/.ci/"] {
        if let Some(f) = files.iter().find(|f| f.contains(unwanted)) {
            return Err(format!("the package carries {f}; keep it to what the build and docs need"));
        }
    }

    let work = target.join("package-check");
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).map_err(|e| format!("creating {}: {e}", work.display()))?;
    status(Command::new("tar").arg("xzf").arg(&crate_file).arg("-C").arg(&work), "tar xzf")?;
    let unpacked = work.join(format!("clerk-backend-api-{version}"));
    let consumer = work.join("consumer");
    std::fs::create_dir_all(consumer.join("src")).map_err(|e| format!("creating the consumer: {e}"))?;
    let manifest = format!(
        "[package]\nname = \"consumer\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [workspace]\n\n\
         [dependencies]\nclerk-backend-api = {{ path = \"../clerk-backend-api-{version}\" }}\n\
         tokio = {{ version = \"1\", features = [\"rt\"] }}\n"
    );
    write(&consumer.join("Cargo.toml"), &manifest)?;
    write(&consumer.join("src/main.rs"), CONSUMER_MAIN)?;
    // Start from the package's own lock file, so the consumer resolves the
    // same dependency versions the package was verified with.
    if let Ok(lock) = std::fs::read_to_string(unpacked.join("Cargo.lock")) {
        write(&consumer.join("Cargo.lock"), &lock)?;
    }
    let mut run = Command::new(&cargo);
    run.current_dir(&consumer).env("CARGO_TARGET_DIR", target.join("package-check-target")).args(["run", "--quiet"]);
    status(&mut run, "the consumer crate")?;
    Ok(ExitCode::SUCCESS)
}

fn crate_version(root: &Path) -> Result<String, String> {
    let text = std::fs::read_to_string(root.join("Cargo.toml")).map_err(|e| format!("reading Cargo.toml: {e}"))?;
    let mut in_package = false;
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_package = line == "[package]";
        } else if in_package {
            if let Some(v) = line.strip_prefix("version").map(str::trim).and_then(|r| r.strip_prefix('=')) {
                return Ok(v.trim().trim_matches('"').to_string());
            }
        }
    }
    Err("no version in [package] of Cargo.toml".into())
}

fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| root.join("target"))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("writing {}: {e}", path.display()))
}

fn status(cmd: &mut Command, what: &str) -> Result<(), String> {
    let s = cmd.status().map_err(|e| format!("{what}: {e}"))?;
    if s.success() {
        Ok(())
    } else {
        Err(format!("{what} failed ({s})"))
    }
}

fn output(cmd: &mut Command, what: &str) -> Result<String, String> {
    let o = cmd.output().map_err(|e| format!("{what}: {e}"))?;
    if !o.status.success() {
        return Err(format!("{what} failed: {}", String::from_utf8_lossy(&o.stderr)));
    }
    Ok(String::from_utf8_lossy(&o.stdout).into_owned())
}
