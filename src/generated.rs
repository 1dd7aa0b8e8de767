//! The client progenitor writes from `openapi/clerk-backend-api.yaml` at build
//! time (see `build.rs`). Nothing here is edited by hand; the facade in the
//! rest of the crate wraps it.
//!
//! [`types`] holds every request and response model; [`builder`] holds one
//! request builder per operation.
#![allow(dead_code, unused_imports, unused_mut, clippy::all, clippy::pedantic, rustdoc::all)]

include!(concat!(env!("OUT_DIR"), "/codegen.rs"));

/// The generated code as text, for tests that inspect what the generator
/// produced (no `deny_unknown_fields`, for instance). Only linked when used.
#[doc(hidden)]
pub const GENERATED_SOURCE: &str = include_str!(concat!(env!("OUT_DIR"), "/codegen.rs"));
