//! Each attempt is one tracing event naming the spec's operation id, and the
//! secret key is in none of them. In a test binary of its own: tracing caches
//! per call site whether anyone listens, and tests running beside this one on
//! other threads (with no subscriber) would race that cache.

mod common;

use clerk_backend_api::{Clerk, RetryPolicy};
use common::fault::{FaultServer, Step};
use common::*;
use std::time::Duration;

fn fast() -> RetryPolicy {
    RetryPolicy::default().initial_delay(Duration::from_millis(40)).factor(2.0).jitter(false).max_attempts(3)
}

fn status(code: u16) -> Step {
    Step::Reply(code, vec![], serde_json::json!({"errors": [{"code": "x", "message": "y"}]}).to_string())
}

fn ok_user() -> Step {
    Step::Reply(200, vec![], user("user_1", "ada@example.com").to_string())
}

/// Records every tracing event as text, on the test's own thread.
struct Capture(std::sync::Arc<std::sync::Mutex<Vec<String>>>);

struct Text<'a>(&'a mut String);

impl tracing::field::Visit for Text<'_> {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        self.0.push_str(&format!("{}={:?} ", field.name(), value));
    }
}

impl tracing::Subscriber for Capture {
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, _: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        tracing::span::Id::from_u64(1)
    }
    fn record(&self, _: &tracing::span::Id, _: &tracing::span::Record<'_>) {}
    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
    fn event(&self, event: &tracing::Event<'_>) {
        let mut line = String::new();
        event.record(&mut Text(&mut line));
        self.0.lock().expect("lock").push(line);
    }
    fn enter(&self, _: &tracing::span::Id) {}
    fn exit(&self, _: &tracing::span::Id) {}
}

#[tokio::test(flavor = "current_thread")]
async fn each_attempt_is_a_tracing_event_and_the_secret_never_is() {
    let secret = "sk_test_NeverLogThis123";
    let events = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let _guard = tracing::subscriber::set_default(Capture(events.clone()));
    let server = FaultServer::start(vec![status(503), Step::Close, ok_user()]).await;
    let clerk = Clerk::builder().secret_key(secret).base_url(&server.url).retry_policy(fast()).build().expect("builds");
    clerk.users().get("user_1").send().await.expect("third attempt works");

    let events = events.lock().expect("lock").clone();
    let ours: Vec<&String> = events.iter().filter(|e| e.contains("operation=\"GetUser\"")).collect();
    assert_eq!(ours.len(), 3, "one event per attempt: {ours:#?}");
    assert!(
        ours[0].contains("attempt=1") && ours[0].contains("status=503") && ours[0].contains("delay_ms=40"),
        "{}",
        ours[0]
    );
    assert!(
        ours[1].contains("attempt=2") && ours[1].contains("error=") && ours[1].contains("delay_ms=80"),
        "{}",
        ours[1]
    );
    assert!(ours[2].contains("attempt=3") && ours[2].contains("status=200"), "{}", ours[2]);
    assert!(events.iter().all(|e| !e.contains(secret) && !e.contains("NeverLogThis")), "{events:#?}");
}
