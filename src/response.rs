//! `Response<T>`: a decoded answer with its status and headers.

use http::{HeaderMap, StatusCode};

/// A decoded answer together with the HTTP status and headers it came with,
/// from `send_with_response()`.
///
/// ```no_run
/// # async fn run(clerk: clerk_backend_api::Clerk) -> Result<(), clerk_backend_api::Error> {
/// let r = clerk.users().get("user_123").send_with_response().await?;
/// println!("{} {:?}", r.status().as_u16(), r.headers().get("x-request-id"));
/// let user = r.into_inner();
/// # let _ = user;
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone)]
pub struct Response<T> {
    status: StatusCode,
    headers: HeaderMap,
    inner: T,
}

impl<T> Response<T> {
    pub(crate) fn new(status: StatusCode, headers: HeaderMap, inner: T) -> Self {
        Response { status, headers, inner }
    }

    /// The HTTP status of the answer.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The answer's headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The decoded body.
    pub fn inner(&self) -> &T {
        &self.inner
    }

    /// The decoded body, by value.
    pub fn into_inner(self) -> T {
        self.inner
    }

    /// Status, headers and body, by value.
    pub fn into_parts(self) -> (StatusCode, HeaderMap, T) {
        (self.status, self.headers, self.inner)
    }
}

impl<T> std::ops::Deref for Response<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.inner
    }
}
