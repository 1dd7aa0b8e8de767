//! A local Clerk for development: serves the emulated Backend API until
//! Ctrl-C, so an app under development can point `CLERK_API_URL` at it.
//!
//! ```sh
//! cargo run --example emulator --features emulator -- --port 8787
//! cargo run --example emulator --features emulator -- --port 8787 --state clerk-state.json
//! # then, in the app's environment:
//! CLERK_API_URL=http://127.0.0.1:8787 CLERK_SECRET_KEY=sk_test_emulator cargo run
//! ```
//!
//! With `--state FILE`, the state is read from FILE at start (when it exists)
//! and written back every few seconds while it changes, and at Ctrl-C.

use clerk_backend_api::emulator::Emulator;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

fn usage() -> String {
    "usage: emulator [--port PORT] [--state FILE]".to_string()
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let mut port: u16 = 8787;
    let mut state: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--port" => port = args.next().ok_or_else(usage)?.parse().map_err(|e| format!("--port: {e}"))?,
            "--state" => state = Some(args.next().ok_or_else(usage)?.into()),
            "-h" | "--help" => {
                println!("{}", usage());
                return Ok(());
            }
            other => return Err(format!("unknown argument {other:?}\n{}", usage()).into()),
        }
    }

    let emulator = Emulator::start_on(SocketAddr::from(([127, 0, 0, 1], port))).await?;
    if let Some(path) = &state {
        if let Ok(text) = std::fs::read_to_string(path) {
            emulator.restore(serde_json::from_str(&text)?)?;
            println!("state loaded from {}", path.display());
        }
    }
    println!("Clerk emulator at {}", emulator.url());
    println!("  CLERK_API_URL={} CLERK_SECRET_KEY={}", emulator.url(), emulator.secret_key());
    println!(
        "  cookie sessions: CLERK_PUBLISHABLE_KEY={} CLERK_PROXY_URL={}",
        emulator.publishable_key(),
        emulator.frontend_api_url()
    );
    println!("  dashboard: {}/  sign-in page: {}", emulator.url(), emulator.sign_in_url());
    println!("  key set: {}/v1/jwks; Ctrl-C stops it", emulator.url());

    let mut saved = emulator.snapshot();
    let save = |snapshot: &serde_json::Value| -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
        if let Some(path) = &state {
            std::fs::write(path, serde_json::to_string_pretty(snapshot)?)?;
        }
        Ok(())
    };
    let mut tick = tokio::time::interval(Duration::from_secs(2));
    loop {
        tokio::select! {
            _ = tokio::signal::ctrl_c() => break,
            _ = tick.tick() => {
                let now = emulator.snapshot();
                if now != saved {
                    save(&now)?;
                    saved = now;
                }
            }
        }
    }
    save(&emulator.snapshot())?;
    println!("stopped");
    Ok(())
}
