//! The three multipart operations, written by hand because progenitor does
//! not generate multipart bodies: a user's profile image, an organization's
//! logo and an OAuth application's logo.
//!
//! They go through the same headers, timeout and retry policy as every other
//! call. A multipart body is streamed, so it can't be replayed: an upload is
//! sent once, even where the retry policy would repeat another request.

use crate::call;
use crate::error::Error;
use crate::path::{checked, encode_path};
use crate::Clerk;
use bytes::Bytes;
use reqwest::multipart::{Form, Part};
use reqwest::Method;
use serde::de::DeserializeOwned;
use std::marker::PhantomData;
use std::path::Path;

/// A file to upload: its bytes, its file name and its content type.
#[derive(Clone)]
pub struct Upload {
    bytes: Bytes,
    file_name: String,
    content_type: String,
}

impl std::fmt::Debug for Upload {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Upload")
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .field("len", &self.bytes.len())
            .finish()
    }
}

impl Upload {
    /// An upload from bytes already in memory, such as `image/png` data.
    pub fn from_bytes(bytes: impl Into<Bytes>, file_name: impl Into<String>, content_type: impl Into<String>) -> Self {
        Upload { bytes: bytes.into(), file_name: file_name.into(), content_type: content_type.into() }
    }

    /// Reads a file; its name becomes the upload's file name.
    pub async fn from_path(path: impl AsRef<Path>, content_type: impl Into<String>) -> Result<Self, Error> {
        let path = path.as_ref();
        let bytes = tokio::fs::read(path).await.map_err(|e| Error::InvalidRequest {
            operation: "Upload::from_path",
            message: format!("reading {}: {e}", path.display()),
        })?;
        let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "upload".into());
        Ok(Upload::from_bytes(bytes, file_name, content_type))
    }

    /// The number of bytes to send.
    pub fn len(&self) -> usize {
        self.bytes.len()
    }

    /// Whether there are no bytes.
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }
}

/// A multipart upload request; finish it with [`send`](Self::send).
#[must_use = "a request does nothing until `.send().await`"]
pub struct UploadRequest<'a, T> {
    clerk: &'a Clerk,
    operation: &'static str,
    method: Method,
    path: [&'static str; 2],
    param: (&'static str, String),
    file: Upload,
    uploader_user_id: Option<String>,
    _out: PhantomData<fn() -> T>,
}

impl<'a, T: DeserializeOwned> UploadRequest<'a, T> {
    // Unused in a namespace slice without users, organizations and OAuth applications.
    #[allow(dead_code)]
    fn new(
        clerk: &'a Clerk,
        operation: &'static str,
        method: Method,
        path: [&'static str; 2],
        param: (&'static str, String),
        file: Upload,
    ) -> Self {
        UploadRequest { clerk, operation, method, path, param, file, uploader_user_id: None, _out: PhantomData }
    }

    /// Sends the file and decodes Clerk's answer.
    pub async fn send(self) -> Result<T, Error> {
        self.run().await.map(crate::Response::into_inner)
    }

    /// Like [`send`](Self::send), but also returns the answer's status and headers.
    pub async fn send_with_response(self) -> Result<crate::Response<T>, Error> {
        self.run().await
    }

    async fn run(self) -> Result<crate::Response<T>, Error> {
        let op = self.operation;
        let invalid = |message: String| Error::InvalidRequest { operation: op, message };
        let id = checked(self.param.0, self.param.1).map_err(invalid)?;
        let url = crate::path::url(
            &self.clerk.hooks().base,
            format_args!("{}{}{}", self.path[0], encode_path(&id), self.path[1]),
        );
        let part = Part::bytes(self.file.bytes.to_vec())
            .file_name(self.file.file_name)
            .mime_str(&self.file.content_type)
            .map_err(|_| invalid(format!("content type {:?} is not a valid MIME type", self.file.content_type)))?;
        let mut form = Form::new().part("file", part);
        if let Some(u) = self.uploader_user_id {
            form = form.text("uploader_user_id", u);
        }
        let mut request = self
            .clerk
            .http()
            .request(self.method, url)
            .header(reqwest::header::ACCEPT, "application/json")
            .multipart(form)
            .build()
            .map_err(|e| invalid(e.to_string()))?;
        let hooks = self.clerk.hooks();
        hooks.prepare(&mut request);
        let answer =
            crate::retry::execute(self.clerk.http(), &hooks.retry, hooks.timeouts.as_deref(), None, request, op)
                .await
                .map_err(|f| call::transport(op, f))?;
        call::finish(op, answer, call::json::<T>, None)
    }
}

impl<T> UploadRequest<'_, T> {
    /// The user on whose behalf the logo is uploaded (logo uploads only).
    pub fn uploader_user_id(mut self, user_id: impl Into<String>) -> Self {
        self.uploader_user_id = Some(user_id.into());
        self
    }
}

#[cfg(feature = "users")]
impl<'a> crate::resources::Users<'a> {
    /// Sets a user's profile image from an uploaded file.
    ///
    /// `POST /users/{user_id}/profile_image` (operation `SetUserProfileImage`).
    pub fn set_profile_image(&self, user_id: impl Into<String>, file: Upload) -> UploadRequest<'a, crate::types::User> {
        UploadRequest::new(
            self.clerk,
            "SetUserProfileImage",
            Method::POST,
            ["/users/", "/profile_image"],
            ("user_id", user_id.into()),
            file,
        )
    }
}

#[cfg(feature = "organizations")]
impl<'a> crate::resources::Organizations<'a> {
    /// Uploads an organization's logo.
    ///
    /// `PUT /organizations/{organization_id}/logo` (operation `UploadOrganizationLogo`).
    pub fn upload_logo(
        &self,
        organization_id: impl Into<String>,
        file: Upload,
    ) -> UploadRequest<'a, crate::types::OrganizationWithLogo> {
        UploadRequest::new(
            self.clerk,
            "UploadOrganizationLogo",
            Method::PUT,
            ["/organizations/", "/logo"],
            ("organization_id", organization_id.into()),
            file,
        )
    }
}

#[cfg(feature = "oauth_applications")]
impl<'a> crate::resources::OauthApplications<'a> {
    /// Uploads an OAuth application's logo.
    ///
    /// `PUT /oauth_applications/{oauth_application_id}/logo` (operation `UploadOAuthApplicationLogo`).
    pub fn upload_logo(
        &self,
        oauth_application_id: impl Into<String>,
        file: Upload,
    ) -> UploadRequest<'a, crate::types::OAuthApplication> {
        UploadRequest::new(
            self.clerk,
            "UploadOAuthApplicationLogo",
            Method::PUT,
            ["/oauth_applications/", "/logo"],
            ("oauth_application_id", oauth_application_id.into()),
            file,
        )
    }
}
