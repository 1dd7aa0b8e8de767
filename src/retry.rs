//! When a failed request is tried again, and how long to wait first.

use reqwest::header::HeaderMap;
use reqwest::{Method, Request, Response, StatusCode};
use std::time::{Duration, Instant, SystemTime};

/// How a client retries failed requests.
///
/// The default is safe for every operation:
/// - a connection that failed before anything was sent (refused, DNS, TLS)
///   is retried for every method;
/// - `429 Too Many Requests` is retried for every method, after the
///   `Retry-After` the server asked for (capped at [`max_delay`](Self::max_delay));
/// - `5xx` answers, timeouts and connections that broke after the request
///   went out are retried only for GET, HEAD, PUT and DELETE, which Clerk
///   applies at most once however often they arrive. POST and PATCH are sent
///   once unless [`retry_non_idempotent`](Self::retry_non_idempotent) is set.
///
/// Waits grow exponentially from 500 ms by a factor of 1.5 up to 60 s, with
/// jitter, and stop after 4 attempts or 2 minutes in all, whichever comes first.
#[derive(Debug, Clone, PartialEq)]
pub struct RetryPolicy {
    max_attempts: u32,
    initial_delay: Duration,
    factor: f64,
    max_delay: Duration,
    max_elapsed: Duration,
    jitter: bool,
    retry_non_idempotent: bool,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 4,
            initial_delay: Duration::from_millis(500),
            factor: 1.5,
            max_delay: Duration::from_secs(60),
            max_elapsed: Duration::from_secs(120),
            jitter: true,
            retry_non_idempotent: false,
        }
    }
}

impl RetryPolicy {
    /// Never retries: every request is sent exactly once.
    pub fn none() -> Self {
        RetryPolicy { max_attempts: 1, ..Self::default() }
    }

    /// The most attempts per call, the first included (at least 1).
    pub fn max_attempts(mut self, n: u32) -> Self {
        self.max_attempts = n.max(1);
        self
    }

    /// The wait before the first retry.
    pub fn initial_delay(mut self, d: Duration) -> Self {
        self.initial_delay = d;
        self
    }

    /// How much each wait grows over the previous one (at least 1.0).
    pub fn factor(mut self, f: f64) -> Self {
        self.factor = if f.is_finite() { f.max(1.0) } else { 1.0 };
        self
    }

    /// The longest single wait, also the cap on a server's `Retry-After`.
    pub fn max_delay(mut self, d: Duration) -> Self {
        self.max_delay = d;
        self
    }

    /// The longest time a call may spend retrying; no retry starts after it.
    pub fn max_elapsed(mut self, d: Duration) -> Self {
        self.max_elapsed = d;
        self
    }

    /// Whether waits are randomized (on by default, so many clients that
    /// failed together don't retry together). Off gives exact waits.
    pub fn jitter(mut self, on: bool) -> Self {
        self.jitter = on;
        self
    }

    /// Also retry POST and PATCH after 5xx answers, timeouts and broken
    /// connections. Only turn this on when repeating the call is harmless.
    pub fn retry_non_idempotent(mut self, on: bool) -> Self {
        self.retry_non_idempotent = on;
        self
    }

    /// The wait before retry number `retry` (1 for the first retry).
    pub fn backoff(&self, retry: u32) -> Duration {
        let exp = self.factor.powi(retry.saturating_sub(1).min(64) as i32);
        let base = self.initial_delay.as_secs_f64() * exp;
        let capped = base.min(self.max_delay.as_secs_f64()).max(0.0);
        let secs = if self.jitter {
            // Equal jitter: half fixed, half random, so waits still grow.
            capped / 2.0 + fastrand::f64() * capped / 2.0
        } else {
            capped
        };
        Duration::from_secs_f64(secs)
    }

    fn may_repeat(&self, method: &Method) -> bool {
        self.retry_non_idempotent
            || matches!(*method, Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS)
    }
}

/// The `Retry-After` header as a duration: seconds or an HTTP date.
pub(crate) fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let v = headers.get(reqwest::header::RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(secs) = v.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let at = httpdate::parse_http_date(v).ok()?;
    Some(at.duration_since(SystemTime::now()).unwrap_or(Duration::ZERO))
}

/// What to do after one attempt.
enum Verdict {
    Done,
    Retry { asked: Option<Duration> },
}

fn judge(policy: &RetryPolicy, method: &Method, result: &reqwest::Result<Response>) -> Verdict {
    match result {
        Ok(resp) if resp.status() == StatusCode::TOO_MANY_REQUESTS => {
            Verdict::Retry { asked: retry_after(resp.headers()) }
        }
        Ok(resp) if resp.status().is_server_error() && resp.status() != StatusCode::NOT_IMPLEMENTED => {
            if policy.may_repeat(method) {
                Verdict::Retry { asked: None }
            } else {
                Verdict::Done
            }
        }
        Ok(_) => Verdict::Done,
        // Nothing reached the server: safe to repeat whatever the method.
        Err(e) if e.is_connect() => Verdict::Retry { asked: None },
        Err(e) if (e.is_timeout() || e.is_request() || e.is_body()) && policy.may_repeat(method) => {
            Verdict::Retry { asked: None }
        }
        Err(_) => Verdict::Done,
    }
}

/// Sends `request`, retrying as `policy` allows. Returns the last answer or
/// failure. A request whose body can't be replayed (a stream) is sent once.
pub(crate) async fn execute(
    client: &reqwest::Client,
    policy: &RetryPolicy,
    mut request: Request,
    operation: &str,
) -> reqwest::Result<Response> {
    let started = Instant::now();
    let method = request.method().clone();
    let mut attempt = 1u32;
    loop {
        // Keep a copy only when another attempt could follow.
        let spare = if attempt < policy.max_attempts { request.try_clone() } else { None };
        crate::call::note_attempt(attempt);
        let result = client.execute(request).await;
        if let Ok(resp) = &result {
            crate::call::note_response(resp.status(), resp.headers());
        }
        let verdict = judge(policy, &method, &result);
        let status = result.as_ref().ok().map(|r| r.status().as_u16());
        let error = result.as_ref().err().map(|e| e.to_string());
        let (Verdict::Retry { asked }, Some(next)) = (verdict, spare) else {
            tracing::debug!(operation, attempt, status, error, "clerk request finished");
            return result;
        };
        let delay = match asked {
            Some(d) => d.min(policy.max_delay),
            None => policy.backoff(attempt),
        };
        if started.elapsed() + delay > policy.max_elapsed {
            tracing::debug!(operation, attempt, status, error, "clerk request: retry budget spent");
            return result;
        }
        tracing::info!(
            operation,
            attempt,
            status,
            error,
            delay_ms = delay.as_millis() as u64,
            "clerk request failed; retrying"
        );
        drop(result);
        tokio::time::sleep(delay).await;
        request = next;
        attempt += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_grow_by_the_factor_and_stop_at_the_cap() {
        let p = RetryPolicy::default().jitter(false);
        assert_eq!(p.backoff(1), Duration::from_millis(500));
        assert_eq!(p.backoff(2), Duration::from_millis(750));
        assert_eq!(p.backoff(3), Duration::from_micros(1_125_000));
        assert_eq!(p.backoff(40), Duration::from_secs(60));
    }

    #[test]
    fn jitter_stays_between_half_and_all_of_the_wait() {
        let p = RetryPolicy::default();
        for _ in 0..200 {
            let d = p.backoff(2);
            assert!(d >= Duration::from_millis(375) && d <= Duration::from_millis(750), "{d:?}");
        }
    }

    #[test]
    fn retry_after_reads_seconds_and_dates() {
        let mut h = HeaderMap::new();
        h.insert("retry-after", "7".parse().unwrap());
        assert_eq!(retry_after(&h), Some(Duration::from_secs(7)));
        let later = SystemTime::now() + Duration::from_secs(30);
        h.insert("retry-after", httpdate::fmt_http_date(later).parse().unwrap());
        let d = retry_after(&h).unwrap();
        assert!(d > Duration::from_secs(27) && d <= Duration::from_secs(30), "{d:?}");
        h.insert("retry-after", "soon".parse().unwrap());
        assert_eq!(retry_after(&h), None);
    }

    #[test]
    fn none_means_one_attempt() {
        assert_eq!(RetryPolicy::none().max_attempts, 1);
        assert_eq!(RetryPolicy::default().max_attempts(0).max_attempts, 1);
    }
}
