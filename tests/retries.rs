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
async fn the_timeout_covers_a_body_that_stalls_and_a_callers_own_http_client() {
    // The status and headers arrive at once; the body stops after a few bytes.
    let stalled = || Step::StallBody(200, "{\"id\":\"user_1\",".to_string(), Duration::from_secs(10));
    let server = FaultServer::start(vec![stalled()]).await;
    let started = Instant::now();
    let err = client(&server.url, RetryPolicy::none()).users().get("user_1").send().await.expect_err("stall");
    let took = started.elapsed();
    // The client's own timeout ended it: no HTTP client error behind it.
    assert!(matches!(err, Error::Timeout { attempts: 1, source: None, .. }), "{err:?}");
    assert!(took >= Duration::from_millis(400) && took < Duration::from_millis(1500), "{took:?}");
    assert_eq!(err.to_string(), "GetUser: timed out (the request may have reached Clerk)");
    assert_eq!(server.count(), 1);

    // A reqwest client of the caller's, without a timeout of its own: the
    // SDK's timeout still bounds each attempt.
    let server = FaultServer::start(vec![stalled()]).await;
    let own = Clerk::builder()
        .secret_key(KEY)
        .base_url(&server.url)
        .retry_policy(RetryPolicy::none())
        .timeout(Duration::from_millis(300))
        .http_client(reqwest::Client::new())
        .build()
        .expect("builds");
    let started = Instant::now();
    let err = own.users().get("user_1").send().await.expect_err("stall");
    let took = started.elapsed();
    assert!(matches!(err, Error::Timeout { attempts: 1, source: None, .. }), "{err:?}");
    assert!(took >= Duration::from_millis(300) && took < Duration::from_millis(1500), "{took:?}");
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

/// A server asking for a longer wait than the policy allows gets no early
/// retry: the 429 comes back at once, with the wait it asked for (before:
/// retried after 60 s, the wait cut to the longest backoff).
#[tokio::test]
async fn a_429_asking_for_more_than_max_delay_is_returned_at_once() {
    let server = FaultServer::start(vec![
        Step::Reply(429, vec![("retry-after", "600".into())], r#"{"errors":[]}"#.into()),
        ok_user(),
    ])
    .await;
    let started = Instant::now();
    let err = client(&server.url, fast()).users().get("user_1").send().await.expect_err("429 returned");
    assert!(started.elapsed() < Duration::from_secs(2), "{:?}", started.elapsed());
    assert_eq!(server.count(), 1);
    let api = err.api().expect("an API error");
    assert_eq!(api.status.as_u16(), 429);
    assert_eq!(api.retry_after, Some(Duration::from_secs(600)));
    assert_eq!(err.attempts(), 1);
}

/// The same when the wait fits under `max_delay` but not in what is left of
/// the total budget.
#[tokio::test]
async fn a_429_asking_for_more_than_the_budget_left_is_returned_at_once() {
    let server = FaultServer::start(vec![
        Step::Reply(429, vec![("retry-after", "2".into())], r#"{"errors":[]}"#.into()),
        ok_user(),
    ])
    .await;
    let policy = fast().max_elapsed(Duration::from_secs(1));
    let err = client(&server.url, policy).users().get("user_1").send().await.expect_err("429 returned");
    assert_eq!(server.count(), 1);
    assert_eq!(err.api().and_then(|a| a.retry_after), Some(Duration::from_secs(2)));
}

/// A 503 with `Retry-After` is retried no sooner than asked.
#[tokio::test]
async fn a_503_honours_retry_after() {
    let server = FaultServer::start(vec![
        Step::Reply(503, vec![("retry-after", "1".into())], r#"{"errors":[]}"#.into()),
        ok_user(),
    ])
    .await;
    client(&server.url, fast()).users().get("user_1").send().await.expect("second time works");
    assert_eq!(server.count(), 2);
    let gap = server.gaps()[0];
    assert!(gap >= Duration::from_secs(1), "{gap:?}");
}

/// An answer whose body breaks off mid-read is retried for a GET (before:
/// the body was read outside the retry loop, so the call failed at once),
/// and reported as a transport failure that may have been sent for a POST.
#[tokio::test]
async fn a_body_that_breaks_off_is_retried_for_get_but_not_post() {
    let server = FaultServer::start(vec![Step::Truncated(200, r#"{"object":"user","id":"#.into()), ok_user()]).await;
    let user = client(&server.url, fast()).users().get("user_1").send().await.expect("retried");
    assert_eq!(user.id, "user_1");
    assert_eq!(server.count(), 2);

    let server = FaultServer::start(vec![Step::Truncated(200, r#"{"object":"#.into()), ok_invitation()]).await;
    let err = invite(&client(&server.url, fast())).await.expect_err("POST is not repeated");
    assert_eq!(server.count(), 1);
    assert!(matches!(err, Error::Transport { maybe_sent: true, attempts: 1, .. }), "{err:?}");
}

/// Settings and headers at their extremes end in a wait or an error, never
/// in a `Duration` overflow panic.
#[tokio::test]
async fn extreme_settings_and_headers_never_panic() {
    let wild = RetryPolicy::default()
        .max_delay(Duration::MAX)
        .factor(f64::MAX)
        .initial_delay(Duration::MAX)
        .jitter(false)
        .max_attempts(u32::MAX);
    for retry in [1, 2, 64, u32::MAX] {
        assert!(wild.backoff(retry) <= Duration::MAX);
    }
    let server = FaultServer::start(vec![
        Step::Reply(429, vec![("retry-after", "18446744073709551615".into())], r#"{"errors":[]}"#.into()),
        ok_user(),
    ])
    .await;
    let err = client(&server.url, wild.clone()).users().get("user_1").send().await.expect_err("429 returned");
    assert_eq!(server.count(), 1);
    assert_eq!(err.api().and_then(|a| a.retry_after), Some(Duration::from_secs(u64::MAX)));
    // A 503 under the same policy: the first backoff is longer than the
    // budget, so the answer comes back instead of a sleep of ages.
    let server = FaultServer::start(vec![status(503), ok_user()]).await;
    let err = client(&server.url, wild).users().get("user_1").send().await.expect_err("503 returned");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(server.count(), 1);
}

/// `Error::Decode` counts every attempt (before: always 1).
#[tokio::test]
async fn a_decode_error_reports_the_real_number_of_attempts() {
    let server = FaultServer::start(vec![status(503), Step::Reply(200, vec![], r#"{"object": 7}"#.into())]).await;
    let err = client(&server.url, fast()).users().get("user_1").send().await.expect_err("bad body");
    assert!(matches!(err, Error::Decode { attempts: 2, .. }), "{err:?}");
    assert_eq!(err.attempts(), 2);
}

/// 501 says the server can't do this at all: never retried.
#[tokio::test]
async fn a_501_is_never_retried() {
    let server = FaultServer::start(vec![status(501), ok_user()]).await;
    let err = client(&server.url, fast()).users().get("user_1").send().await.expect_err("501");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(501));
    assert_eq!(server.count(), 1);
}
