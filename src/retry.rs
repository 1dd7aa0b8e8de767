//! When a failed request is tried again, and how long to wait first.

use crate::body::BodyBuffer;
use crate::timeout::{SharedTimer, Timeouts};
use bytes::Bytes;
use futures::future::Either;
use reqwest::header::HeaderMap;
use reqwest::{Method, Request, StatusCode};
use std::time::{Duration, Instant, SystemTime};

/// How a client retries failed requests.
///
/// The default is safe for every operation:
/// - a connection that failed before anything was sent (refused, DNS, TLS)
///   is retried for every method;
/// - `429 Too Many Requests` is retried for every method, after the
///   `Retry-After` the server asked for. When that wait is longer than
///   [`max_delay`](Self::max_delay) or than what is left of
///   [`max_elapsed`](Self::max_elapsed), the 429 is returned at once, with
///   [`ApiError::retry_after`](crate::ApiError::retry_after) set: a retry never
///   comes earlier than the server asked;
/// - `5xx` answers (`503` after its `Retry-After`, as above), timeouts, and
///   connections or answer bodies that broke after the request went out are
///   retried only for GET, HEAD, OPTIONS, PUT and DELETE, which Clerk applies
///   at most once however often they arrive. POST and PATCH are sent once
///   unless [`retry_non_idempotent`](Self::retry_non_idempotent) is set;
/// - `501 Not Implemented` is never retried: it says the server can't do this
///   at all, so asking again only adds load.
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

    /// The longest single wait between attempts. A server asking for a longer
    /// `Retry-After` gets no retry: its answer is returned at once.
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

    /// The wait before retry number `retry` (1 for the first retry). Never
    /// panics: any factor or cap, however large, gives a wait of at most
    /// [`max_delay`](Self::max_delay).
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
        // `secs` is finite and non-negative here; an overflow means "as long
        // as allowed".
        Duration::try_from_secs_f64(secs).unwrap_or(self.max_delay).min(self.max_delay)
    }

    /// Whether a call may be sent again after it may have reached Clerk.
    /// GET, HEAD, OPTIONS, PUT and DELETE change nothing more when repeated
    /// (OPTIONS and HEAD change nothing at all), so they count as repeatable;
    /// POST and PATCH only with [`retry_non_idempotent`](Self::retry_non_idempotent).
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

/// A complete answer: status, headers and the whole body, read inside the
/// retry loop so a body that breaks off is retried like any failed attempt.
pub(crate) struct Answer {
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Bytes,
    /// Attempts made, this one included.
    pub(crate) attempts: u32,
}

/// The last attempt's transport failure, with the number of attempts made.
pub(crate) struct Failure {
    pub(crate) error: AttemptError,
    pub(crate) attempts: u32,
}

/// Why an attempt brought no complete answer.
pub(crate) enum AttemptError {
    /// The HTTP client failed (or its own timeout ran out).
    Http(reqwest::Error),
    /// The client's per-attempt timeout ran out.
    TimedOut,
}

impl std::fmt::Display for AttemptError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AttemptError::Http(e) => e.fmt(f),
            AttemptError::TimedOut => f.write_str("no complete answer within the timeout"),
        }
    }
}

/// What to do after one attempt.
enum Verdict {
    Done,
    Retry { asked: Option<Duration> },
}

fn judge(policy: &RetryPolicy, method: &Method, result: &Result<Answer, AttemptError>) -> Verdict {
    match result {
        Ok(a) if a.status == StatusCode::TOO_MANY_REQUESTS => Verdict::Retry { asked: retry_after(&a.headers) },
        // 501 means the server can't do this at all; asking again won't help.
        Ok(a) if a.status.is_server_error() && a.status != StatusCode::NOT_IMPLEMENTED => {
            if policy.may_repeat(method) {
                let asked = if a.status == StatusCode::SERVICE_UNAVAILABLE { retry_after(&a.headers) } else { None };
                Verdict::Retry { asked }
            } else {
                Verdict::Done
            }
        }
        Ok(_) => Verdict::Done,
        // Nothing reached the server: safe to repeat whatever the method.
        Err(AttemptError::Http(e)) if e.is_connect() => Verdict::Retry { asked: None },
        Err(AttemptError::Http(e))
            if (e.is_timeout() || e.is_request() || e.is_body() || e.is_decode()) && policy.may_repeat(method) =>
        {
            Verdict::Retry { asked: None }
        }
        Err(AttemptError::TimedOut) if policy.may_repeat(method) => Verdict::Retry { asked: None },
        Err(_) => Verdict::Done,
    }
}

/// One attempt: send, then read the whole answer, within the timeout when
/// there is one.
async fn attempt(
    client: &reqwest::Client,
    request: Request,
    timer: Option<SharedTimer>,
    buffer: Option<&BodyBuffer>,
) -> Result<Answer, AttemptError> {
    let exchange = async {
        let mut response = client.execute(request).await?;
        let status = response.status();
        let headers = std::mem::take(response.headers_mut());
        let body = crate::body::read(&mut response, buffer).await?;
        Ok(Answer { status, headers, body, attempts: 0 })
    };
    let Some(timer) = timer else {
        return exchange.await.map_err(AttemptError::Http);
    };
    match futures::future::select(std::pin::pin!(exchange), timer).await {
        Either::Left((answer, _)) => answer.map_err(AttemptError::Http),
        Either::Right(((), _)) => Err(AttemptError::TimedOut),
    }
}

/// A copy of `request` to send again; `None` when its body can't be
/// replayed. A request without a body or a timeout of its own (every GET
/// and DELETE this crate sends) is copied field by field: reqwest's
/// `try_clone` allocates an extension map for the copy's timeout even when
/// there is none.
fn copy(request: &Request) -> Option<Request> {
    if request.body().is_some() || request.timeout().is_some() {
        return request.try_clone();
    }
    let mut copy = Request::new(request.method().clone(), request.url().clone());
    *copy.headers_mut() = request.headers().clone();
    *copy.version_mut() = request.version();
    Some(copy)
}

/// Sends `request`, retrying as `policy` allows, and returns the last
/// complete answer (whatever its status) or the last failure, each with the
/// number of attempts made. A request whose body can't be replayed (a
/// stream) is sent once. With `timeouts`, each attempt has its own time
/// (see `crate::timeout`); one that runs out counts as a failed attempt.
/// With `buffer`, a body that comes in several chunks is read into the
/// client's kept buffer (see `crate::body`).
///
/// When the server asks for a wait (`Retry-After` on 429 or 503) longer than
/// [`RetryPolicy::max_delay`] or than what is left of
/// [`RetryPolicy::max_elapsed`], the answer is returned at once: the caller
/// sees the wait in [`ApiError::retry_after`](crate::ApiError::retry_after)
/// and decides. No retry ever comes earlier than the server asked.
pub(crate) async fn execute(
    client: &reqwest::Client,
    policy: &RetryPolicy,
    timeouts: Option<&Timeouts>,
    buffer: Option<&BodyBuffer>,
    mut request: Request,
    operation: &'static str,
) -> Result<Answer, Failure> {
    let started = Instant::now();
    let method = request.method().clone();
    let mut attempt_no = 1u32;
    loop {
        // Keep a copy only when another attempt could follow.
        let spare = if attempt_no < policy.max_attempts { copy(&request) } else { None };
        let result = attempt(client, request, timeouts.and_then(Timeouts::start), buffer).await;
        let verdict = judge(policy, &method, &result);
        let status = result.as_ref().ok().map(|a| a.status.as_u16());
        let error = result.as_ref().err().map(|e| e.to_string());
        let finish = |result: Result<Answer, AttemptError>| match result {
            Ok(answer) => Ok(Answer { attempts: attempt_no, ..answer }),
            Err(error) => Err(Failure { error, attempts: attempt_no }),
        };
        let (Verdict::Retry { asked }, Some(next)) = (verdict, spare) else {
            tracing::debug!(operation, attempt = attempt_no, status, error, "clerk request finished");
            return finish(result);
        };
        let left = policy.max_elapsed.saturating_sub(started.elapsed());
        let delay = match asked {
            // The server's wait is never shortened: too long means no retry.
            Some(d) if d > policy.max_delay || d > left => {
                tracing::debug!(
                    operation,
                    attempt = attempt_no,
                    status,
                    retry_after_s = d.as_secs(),
                    "clerk request: the server asks for a longer wait than the retry policy allows"
                );
                return finish(result);
            }
            Some(d) => d,
            None => policy.backoff(attempt_no),
        };
        if delay > left {
            tracing::debug!(operation, attempt = attempt_no, status, error, "clerk request: retry budget spent");
            return finish(result);
        }
        tracing::info!(
            operation,
            attempt = attempt_no,
            status,
            error,
            delay_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
            "clerk request failed; retrying"
        );
        drop(result);
        tokio::time::sleep(delay).await;
        request = next;
        attempt_no = attempt_no.saturating_add(1);
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
    fn a_copy_for_a_retry_keeps_method_url_headers_version_and_body() {
        let url = reqwest::Url::parse("https://api.example.test/v1/users/user_1?x=1").unwrap();
        let mut get = Request::new(Method::GET, url.clone());
        get.headers_mut().insert("authorization", "Bearer sk_test_x".parse().unwrap());
        get.headers_mut().append("accept", "application/json".parse().unwrap());
        *get.version_mut() = reqwest::Version::HTTP_11;
        let again = copy(&get).expect("a GET can be sent again");
        assert_eq!(again.method(), Method::GET);
        assert_eq!(again.url().as_str(), "https://api.example.test/v1/users/user_1?x=1");
        assert_eq!(again.headers(), get.headers());
        assert_eq!(again.version(), reqwest::Version::HTTP_11);
        assert!(again.body().is_none() && again.timeout().is_none());

        let mut post = Request::new(Method::POST, url);
        *post.body_mut() = Some(reqwest::Body::from("{\"a\":1}"));
        *post.timeout_mut() = Some(Duration::from_secs(5));
        let again = copy(&post).expect("a buffered body can be sent again");
        assert_eq!(again.body().and_then(reqwest::Body::as_bytes), Some(&b"{\"a\":1}"[..]));
        assert_eq!(again.timeout(), Some(&Duration::from_secs(5)));
    }

    #[test]
    fn none_means_one_attempt() {
        assert_eq!(RetryPolicy::none().max_attempts, 1);
        assert_eq!(RetryPolicy::default().max_attempts(0).max_attempts, 1);
    }
}
