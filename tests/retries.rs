//! Retries and timeouts under injected faults, on loopback. Waits are short
//! (tens of milliseconds) so the suite stays fast; the one test that honours
//! `Retry-After: 1` waits its second.

mod common;

use clerk_backend_api::{Clerk, Error, RetryPolicy};
use common::fault::{closed_port_url, FaultServer, Step};
use common::*;
use std::time::{Duration, Instant};

fn fast() -> RetryPolicy {
    RetryPolicy::default().initial_delay(Duration::from_millis(40)).factor(2.0).jitter(false).max_attempts(3)
}

fn client(url: &str, policy: RetryPolicy) -> Clerk {
    Clerk::builder()
        .secret_key(KEY)
        .base_url(url)
        .retry_policy(policy)
        .timeout(Duration::from_millis(400))
        .build()
        .expect("builds")
}

/// A POST: creates an invitation.
async fn invite(clerk: &Clerk) -> Result<clerk_backend_api::types::Invitation, Error> {
    clerk.invitations().create().body_map(|b| b.email_address("ada@example.com")).send().await
}

fn ok_user() -> Step {
    Step::Reply(200, vec![], user("user_1", "ada@example.com").to_string())
}

fn status(code: u16) -> Step {
    Step::Reply(code, vec![], serde_json::json!({"errors": [{"code": "x", "message": "y"}]}).to_string())
}

fn ok_invitation() -> Step {
    Step::Reply(200, vec![], invitation("inv_1", "ada@example.com", "pending").to_string())
}

#[tokio::test]
async fn a_get_after_two_503s_succeeds_on_the_third_request_with_growing_waits() {
    let server = FaultServer::start(vec![status(503), status(503), ok_user()]).await;
    let user = client(&server.url, fast()).users().get("user_1").send().await.expect("third time works");
    assert_eq!(user.id, "user_1");
    assert_eq!(server.count(), 3);
    let gaps = server.gaps();
    println!("503,503,200 GET: {} requests, gaps {gaps:?}", server.count());
    assert!(gaps[0] >= Duration::from_millis(40), "{gaps:?}");
    assert!(gaps[1] >= Duration::from_millis(80), "{gaps:?}");
    assert!(gaps[1] > gaps[0], "waits grow: {gaps:?}");
}

#[tokio::test]
async fn a_429_is_retried_no_sooner_than_retry_after() {
    let server = FaultServer::start(vec![
        Step::Reply(429, vec![("retry-after", "1".into())], r#"{"errors":[]}"#.into()),
        ok_user(),
    ])
    .await;
    let started = Instant::now();
    client(&server.url, fast()).users().get("user_1").send().await.expect("second time works");
    assert_eq!(server.count(), 2);
    let gap = server.gaps()[0];
    println!("429 Retry-After 1 then 200: {} requests, gap {gap:?}", server.count());
    assert!(gap >= Duration::from_secs(1), "{gap:?}");
    assert!(started.elapsed() < Duration::from_secs(3));
}

#[tokio::test]
async fn a_429_is_retried_for_post_too() {
    let server = FaultServer::start(vec![status(429), ok_invitation()]).await;
    invite(&client(&server.url, fast())).await.expect("retried after 429");
    assert_eq!(server.count(), 2);
}

#[tokio::test]
async fn a_503_on_post_is_sent_once_unless_the_caller_opts_in() {
    let server = FaultServer::start(vec![status(503)]).await;
    let err = invite(&client(&server.url, fast())).await.expect_err("503");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    println!("503 POST default: {} request(s)", server.count());
    assert_eq!(server.count(), 1);

    let server = FaultServer::start(vec![status(503)]).await;
    let err = invite(&client(&server.url, fast().retry_non_idempotent(true))).await.expect_err("503 three times");
    println!("503 POST opted in: {} request(s)", server.count());
    assert_eq!(server.count(), 3);
    assert_eq!(err.attempts(), 3);
    assert!(err.to_string().contains("after 3 attempts"), "{err}");
}

#[tokio::test]
async fn connection_refused_is_retried_then_names_the_attempts() {
    let url = closed_port_url().await;
    for policy in [fast(), fast().max_attempts(1)] {
        let expected = if policy == fast() { 3 } else { 1 };
        // A POST too: nothing was sent, so repeating it is safe.
        let err = invite(&client(&url, policy)).await.expect_err("nothing listens");
        match &err {
            Error::Transport { attempts, maybe_sent, .. } => {
                assert_eq!(*attempts, expected);
                assert!(!maybe_sent);
            }
            other => panic!("expected Transport, got {other:?}"),
        }
        assert!(err.is_never_sent());
        if expected > 1 {
            assert!(err.to_string().contains(&format!("after {expected} attempts")), "{err}");
        }
    }
}

#[tokio::test]
async fn a_connection_closed_after_a_get_is_retried() {
    let server = FaultServer::start(vec![Step::Close, Step::Close, ok_user()]).await;
    client(&server.url, fast()).users().get("user_1").send().await.expect("third time works");
    println!("closed after GET: {} requests", server.count());
    assert_eq!(server.count(), 3);
}

#[tokio::test]
async fn a_connection_closed_after_a_post_is_not_retried_and_may_have_been_sent() {
    let server = FaultServer::start(vec![Step::Close, ok_invitation()]).await;
    let err = invite(&client(&server.url, fast())).await.expect_err("closed");
    println!("closed after POST: {} request(s)", server.count());
    assert_eq!(server.count(), 1);
    match &err {
        Error::Transport { maybe_sent, attempts, .. } => {
            assert!(*maybe_sent);
            assert_eq!(*attempts, 1);
        }
        other => panic!("expected Transport, got {other:?}"),
    }
    assert!(err.to_string().contains("may have reached Clerk"), "{err}");
}

#[tokio::test]
async fn a_stalled_answer_times_out_within_its_bound() {
    let server = FaultServer::start(vec![Step::Stall(Duration::from_secs(10))]).await;
    let started = Instant::now();
    let err = client(&server.url, RetryPolicy::none()).users().get("user_1").send().await.expect_err("stall");
    let took = started.elapsed();
    assert!(matches!(err, Error::Timeout { attempts: 1, .. }), "{err:?}");
    assert!(took >= Duration::from_millis(400) && took < Duration::from_millis(1500), "{took:?}");
    assert_eq!(server.count(), 1);

    // A GET that stalls is retried; the error then counts every attempt.
    let server = FaultServer::start(vec![Step::Stall(Duration::from_secs(10))]).await;
    let err = client(&server.url, fast().max_attempts(2)).users().get("user_1").send().await.expect_err("stall");
    assert!(matches!(err, Error::Timeout { attempts: 2, .. }), "{err:?}");
    println!("stalled GET, 2 attempts allowed: {} requests", server.count());
    assert_eq!(server.count(), 2);
}

#[tokio::test]
async fn retry_policy_none_makes_exactly_one_request_in_every_case() {
    let cases: Vec<(&str, Vec<Step>)> = vec![
        ("503 GET", vec![status(503), ok_user()]),
        ("429 GET", vec![Step::Reply(429, vec![("retry-after", "1".into())], "{}".into()), ok_user()]),
        ("close GET", vec![Step::Close, ok_user()]),
        ("stall GET", vec![Step::Stall(Duration::from_secs(5)), ok_user()]),
    ];
    for (name, script) in cases {
        let server = FaultServer::start(script).await;
        let result = client(&server.url, RetryPolicy::none()).users().get("user_1").send().await;
        assert!(result.is_err(), "{name}");
        assert_eq!(server.count(), 1, "{name}");
    }
    let server = FaultServer::start(vec![status(503), ok_invitation()]).await;
    let post = invite(&client(&server.url, RetryPolicy::none().retry_non_idempotent(true))).await;
    assert!(post.is_err());
    assert_eq!(server.count(), 1);
}

#[tokio::test]
async fn with_retry_overrides_the_policy_for_one_call() {
    let server = FaultServer::start(vec![status(503), status(503), ok_user()]).await;
    let clerk = client(&server.url, fast());
    let err = clerk.with_retry(RetryPolicy::none()).users().get("user_1").send().await.expect_err("once");
    assert_eq!(err.attempts(), 1);
    assert_eq!(server.count(), 1);
    assert_eq!(clerk.retry_policy(), &fast(), "the original client keeps its policy");
}

#[tokio::test]
async fn the_retry_budget_stops_retries_that_would_overrun_it() {
    let server = FaultServer::start(vec![status(503)]).await;
    let policy =
        fast().max_attempts(10).initial_delay(Duration::from_millis(200)).max_elapsed(Duration::from_millis(300));
    let started = Instant::now();
    client(&server.url, policy).users().get("user_1").send().await.expect_err("budget");
    assert!(started.elapsed() < Duration::from_millis(900), "{:?}", started.elapsed());
    assert_eq!(server.count(), 2, "one retry fits in the budget, the next does not");
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
