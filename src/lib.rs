//! A typed async client for [Clerk](https://clerk.com)'s Backend API, and the
//! place a Rust server verifies Clerk's tokens.
//!
//! Every operation of the API (version [`API_VERSION`]) is generated at build
//! time from Clerk's OpenAPI spec, vendored under `openapi/`, and documented in
//! this crate's own words: each namespace method says what it does, what it
//! returns, which errors to expect and whether it is retried or pages; each
//! setter and model field says what the value means, with its unit, range,
//! format and default.
//!
//! # The client
//!
//! [`Clerk::from_env`] reads `CLERK_SECRET_KEY`, and `CLERK_API_URL` and
//! `CLERK_API_VERSION` when set (the API's host, and the version path added
//! to it, `v1` by default; the `Clerk-API-Version` header is always
//! [`API_VERSION`]); [`Clerk::builder`] sets the key, base URL, timeout,
//! retry policy and user agent. A `Clerk` is cheap to clone and shares one
//! connection pool; its `Debug` output never shows the secret key.
//!
//! # Namespaces and builders
//!
//! One namespace per resource group (`clerk.users()`, `clerk.invitations()`,
//! `clerk.waitlist_entries()`, `clerk.organizations()`, ... in [`resources`]),
//! one method per operation. Path parameters are the method's arguments; query
//! parameters are setters on the returned builder, and the body is set with
//! `body_map(|b| ...)`. `.send().await` sends it and decodes the answer into the
//! models of [`types`]; `.send_with_response()` also returns the status and
//! headers.
//!
//! ```no_run
//! use clerk_backend_api::Clerk;
//!
//! # async fn run() -> Result<(), clerk_backend_api::Error> {
//! let clerk = Clerk::from_env()?; // reads CLERK_SECRET_KEY
//! let invitation = clerk
//!     .invitations()
//!     .create()
//!     .body_map(|b| b.email_address("ada@example.com").notify(true))
//!     .send()
//!     .await?;
//! clerk.invitations().revoke(&invitation.id).send().await?;
//! let page = clerk.waitlist_entries().list().limit(20).offset(10).send().await?;
//! println!("{} entries on the waitlist", page.total_count);
//! # Ok(())
//! # }
//! ```
//!
//! A request carries exactly what you set: optional body fields stay off the
//! wire until their setter is called, and in PATCH bodies passing `None` sends
//! `null` to clear a field.
//!
//! # Errors
//!
//! Every call returns `Result<T, `[`Error`]`>`. The variants tell a request that
//! never left ([`Error::is_never_sent`]) from one that may have reached Clerk,
//! and from Clerk's own refusals ([`ApiError`]: status, Clerk's error codes and
//! messages, the trace id). An answer that does not decode says where, as a
//! JSON path ([`Error::decode_path`]); answers that merely differ from the spec
//! (new fields, new enum values, a missing list) still decode.
//!
//! # Retries and timeouts
//!
//! [`RetryPolicy`] retries what cannot have changed anything for every call,
//! and failures after sending only for idempotent calls (GET, PUT, DELETE),
//! honouring `Retry-After`, with jittered backoff and a total time budget.
//! Each namespace method's doc says which rule applies to it.
//!
//! # Pages
//!
//! List builders have `send_page()` (one [`Page`]: the items, and the total
//! count where Clerk gives one) and `stream()` (an [`ItemStream`] of every
//! item, one page held at a time), whatever shape the endpoint answers in.
//! The user list streams by its `starting_after` cursor, so a walk over a
//! large instance neither slows down with depth nor repeats users who sign up
//! meanwhile, and [`ItemStream::cursor`] tells where to resume; see
//! [`pagination`].
//!
//! # Verifying requests
//!
//! [`auth`] verifies session tokens, API keys, M2M tokens and OAuth access
//! tokens: `clerk.authenticate_request(&headers, options)` for any framework,
//! networkless with a PEM key or with a cached JWKS, and a cache that makes a
//! repeated session token nearly free. The `axum` and `actix-web` features add
//! a layer or middleware and `Session` / `Machine` extractors.
//!
//! # Webhooks
//!
//! [`webhooks::Webhook::verify`] checks a Svix signature and timestamp and
//! decodes the body into a typed [`webhooks::WebhookEvent`].
//!
//! # Cargo features
//!
//! | feature | default | adds |
//! |---|---|---|
//! | `rustls` | yes | TLS through rustls with `ring` |
//! | `rustls-aws-lc`, `native-tls` | no | the other TLS choices |
//! | `namespaces` (and one feature per namespace: `users`, `invitations`, ...) | yes | the operations of each namespace |
//! | `axum`, `actix-web` | no | request authentication in those frameworks |
//! | `mock` | no | typed httpmock stubs of every operation, for your tests |
//! | `testing` | no | token minting for your own tests |
//! | `emulator` | no | a local, stateful Clerk for integration tests (`emulator::Emulator`) |
//! | `schemars` | no | `JsonSchema` on every model |
//!
//! Items that need a feature say so on docs.rs. The README has the long form
//! of each section, and the performance figures.
#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "actix-web")]
#[cfg_attr(docsrs, doc(cfg(feature = "actix-web")))]
pub mod actix;
pub mod auth;
#[cfg(feature = "axum")]
#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
pub mod axum;
mod body;
mod call;
mod client;
mod decode;
#[cfg(feature = "emulator")]
#[cfg_attr(docsrs, doc(cfg(feature = "emulator")))]
pub mod emulator;
mod error;
mod generated;
mod hooks;
mod optional;
pub mod pagination;
mod patch;
#[doc(hidden)]
pub mod path;
#[doc(hidden)]
pub mod query;
pub mod resources;
mod response;
mod retry;
#[cfg(feature = "testing")]
#[cfg_attr(docsrs, doc(cfg(feature = "testing")))]
pub mod testing;
mod timeout;
mod union;
mod uploads;
pub mod webhooks;

#[cfg(feature = "rustls")]
pub use client::install_rustls_provider;
pub use client::{Clerk, ClerkBuilder, DEFAULT_BASE_URL};
pub use error::{ApiError, Error, ErrorEntry};
/// One request builder per operation, as returned by the namespace methods
/// (`clerk.users().get(..)` is a [`builder::GetUser`]); each ends in
/// `.send()` or `.send_with_response()`.
pub use generated::builder;
pub use generated::types;
pub use response::Response;

// Crates whose types appear in this crate's public signatures, re-exported so
// callers need not match their versions by hand.
pub use bytes;
pub use chrono;
pub use http;
pub use reqwest;

/// The generated code as text, for tests that inspect what the generator
/// produced. Only linked when used.
#[doc(hidden)]
pub const GENERATED_SOURCE: &str = generated::GENERATED_SOURCE;
pub use optional::IntoOptional;

/// How the SDK decodes a success body into `T` (UTF-8 checked once, unions
/// streamed first): for benchmarks. Not part of the API.
#[doc(hidden)]
pub fn __decode_body<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, serde_json::Error> {
    call::json(body)
}

/// How the SDK decodes a bare list's success body (as [`__decode_body`],
/// with room for the items set aside from the body's length): for
/// benchmarks. Not part of the API.
#[doc(hidden)]
pub fn __decode_items<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<Vec<T>, serde_json::Error> {
    call::json_items(body)
}
pub use pagination::{ItemStream, Page, Paging};
pub use retry::RetryPolicy;
pub use uploads::{Upload, UploadRequest};

include!(concat!(env!("OUT_DIR"), "/api_version.rs"));

/// Facts about one generated operation builder, known at compile time.
pub trait Operation {
    /// What `send()` decodes a success answer into.
    type Output;
    /// The spec's operation id (`GetUser`, `GetJWKS`, `createApiKey`), as errors and tracing name it.
    const NAME: &'static str;
}

/// Typed [httpmock](https://docs.rs/httpmock) mocks of every operation, for
/// your own tests (the `mock` feature).
///
/// [`MockServerExt`](mock::MockServerExt) adds one method per operation to
/// `httpmock::MockServer`; each knows its method and path, and its `then`
/// side takes the typed answer.
///
/// ```
/// use clerk_backend_api::mock::MockServerExt;
/// use clerk_backend_api::{types, Clerk};
///
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
/// let server = httpmock::MockServer::start_async().await;
/// let revoked: types::RevokeInvitationResponse = serde_json::from_value(serde_json::json!({
///     "object": "invitation", "id": "inv_1", "email_address": "ada@example.com",
///     "public_metadata": {}, "status": "revoked", "revoked": true,
///     "created_at": 1, "updated_at": 2
/// }))?;
/// let mock = server.revoke_invitation(|when, then| {
///     when.invitation_id("inv_1");
///     then.ok(&revoked);
/// });
///
/// let clerk = Clerk::builder().secret_key("sk_test_x").base_url(server.base_url()).build()?;
/// let invitation = clerk.invitations().revoke("inv_1").send().await?;
/// assert_eq!(invitation.status.to_string(), "revoked");
/// mock.assert();
/// # Ok(())
/// # }
/// ```
#[cfg(feature = "mock")]
#[cfg_attr(docsrs, doc(cfg(feature = "mock")))]
#[allow(clippy::all, unused_imports)]
pub mod mock {
    include!(concat!(env!("OUT_DIR"), "/mocks.rs"));
}

/// The README's code blocks, compiled (and the runnable ones run) as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
