//! A typed async client for [Clerk](https://clerk.com)'s Backend API.
//!
//! Every operation of the API is generated at build time from Clerk's OpenAPI
//! spec (vendored under `openapi/`), and reached through a namespace per
//! resource: `clerk.users()`, `clerk.invitations()`, `clerk.waitlist_entries()`,
//! and so on. The hand-written part adds configuration, safe retries, one
//! readable error type, pagination and file uploads.
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
#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "actix-web")]
#[cfg_attr(docsrs, doc(cfg(feature = "actix-web")))]
pub mod actix;
pub mod auth;
#[cfg(feature = "axum")]
#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
pub mod axum;
mod call;
mod client;
mod decode;
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
pub use pagination::{ItemStream, Page};
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
#[allow(missing_docs, clippy::all, unused_imports)]
pub mod mock {
    include!(concat!(env!("OUT_DIR"), "/mocks.rs"));
}

/// The README's code blocks, compiled (and the runnable ones run) as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
