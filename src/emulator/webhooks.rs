//! The emulator's webhook deliveries: each event, in order, POSTed to every
//! endpoint and signed as Svix signs Clerk's (`svix-id`, `svix-timestamp`,
//! `svix-signature`).

use super::EmulatorError;
use crate::webhooks::Webhook;
use serde_json::Value;
use std::collections::VecDeque;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use tokio::sync::{mpsc, Notify};

struct Endpoint {
    url: String,
    signer: Webhook,
}

/// How many deliveries [`Outbox::deliveries`] keeps (the newest).
const KEPT_DELIVERIES: usize = 200;

/// One event POSTed to one endpoint, and what the endpoint answered: shown
/// on the emulator's dashboard.
#[derive(Clone, Debug)]
pub(crate) struct Delivery {
    /// When it was sent, in Unix milliseconds.
    pub(crate) at: i64,
    /// The `svix-id` header.
    pub(crate) id: String,
    /// The endpoint's URL.
    pub(crate) url: String,
    /// The event's `type`.
    pub(crate) event_type: String,
    /// The body sent.
    pub(crate) payload: String,
    /// The endpoint's status and the start of its body, or why nothing came back.
    pub(crate) answer: Result<(u16, String), String>,
}

struct Inner {
    endpoints: Mutex<Vec<Endpoint>>,
    /// The last [`KEPT_DELIVERIES`] deliveries, oldest first.
    deliveries: Mutex<VecDeque<Delivery>>,
    /// Events sent but not yet delivered.
    pending: AtomicUsize,
    idle: Notify,
}

/// Where events go. Delivery runs on a task of its own, one event at a time.
pub(crate) struct Outbox {
    inner: Arc<Inner>,
    queue: mpsc::UnboundedSender<Value>,
}

impl Outbox {
    pub(crate) fn start() -> Outbox {
        let inner = Arc::new(Inner {
            endpoints: Mutex::new(Vec::new()),
            deliveries: Mutex::new(VecDeque::new()),
            pending: AtomicUsize::new(0),
            idle: Notify::new(),
        });
        let (queue, mut rx) = mpsc::unbounded_channel::<Value>();
        let worker = inner.clone();
        tokio::spawn(async move {
            let http = client();
            while let Some(event) = rx.recv().await {
                if let Some(http) = &http {
                    deliver(http, &worker, &event).await;
                }
                if worker.pending.fetch_sub(1, Ordering::AcqRel) == 1 {
                    worker.idle.notify_waiters();
                }
            }
        });
        Outbox { inner, queue }
    }

    pub(crate) fn add(&self, url: &str, secret: &str) -> Result<(), EmulatorError> {
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            return Err(EmulatorError::Webhook(format!("{url:?} is not an http(s) URL")));
        }
        let signer = Webhook::new(secret).map_err(|e| EmulatorError::Webhook(e.to_string()))?;
        self.inner.endpoints.lock().unwrap_or_else(|p| p.into_inner()).push(Endpoint { url: url.to_string(), signer });
        Ok(())
    }

    /// Queues events for delivery (nothing happens without endpoints).
    pub(crate) fn send(&self, events: Vec<Value>) {
        let has_endpoints = !self.inner.endpoints.lock().unwrap_or_else(|p| p.into_inner()).is_empty();
        if !has_endpoints {
            return;
        }
        for e in events {
            self.inner.pending.fetch_add(1, Ordering::AcqRel);
            if self.queue.send(e).is_err() {
                self.inner.pending.fetch_sub(1, Ordering::AcqRel);
            }
        }
    }

    /// The deliveries made so far (the newest [`KEPT_DELIVERIES`]), oldest first.
    pub(crate) fn deliveries(&self) -> Vec<Delivery> {
        self.inner.deliveries.lock().unwrap_or_else(|p| p.into_inner()).iter().cloned().collect()
    }

    pub(crate) async fn flush(&self) {
        loop {
            let idle = self.inner.idle.notified();
            if self.inner.pending.load(Ordering::Acquire) == 0 {
                return;
            }
            idle.await;
        }
    }
}

fn client() -> Option<reqwest::Client> {
    #[cfg(feature = "rustls")]
    crate::install_rustls_provider();
    match reqwest::Client::builder().timeout(std::time::Duration::from_secs(10)).build() {
        Ok(c) => Some(c),
        Err(e) => {
            tracing::warn!(error = %e, "emulator: no HTTP client for webhook deliveries");
            None
        }
    }
}

async fn deliver(http: &reqwest::Client, inner: &Inner, event: &Value) {
    let body = event.to_string();
    let id = format!("msg_{}", std::iter::repeat_with(fastrand::alphanumeric).take(27).collect::<String>());
    let timestamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
        .unwrap_or(0);
    let targets: Vec<(String, Result<String, String>)> = inner
        .endpoints
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .iter()
        .map(|e| (e.url.clone(), e.signer.sign(&id, timestamp, body.as_bytes()).map_err(|e| e.to_string())))
        .collect();
    for (url, signature) in targets {
        let signature = match signature {
            Ok(s) => s,
            Err(e) => {
                tracing::warn!(%url, error = %e, "emulator: could not sign a webhook");
                continue;
            }
        };
        let sent = http
            .post(&url)
            .header("content-type", "application/json")
            .header("svix-id", &id)
            .header("svix-timestamp", timestamp.to_string())
            .header("svix-signature", signature)
            .body(body.clone())
            .send()
            .await;
        let answer = match sent {
            Ok(r) => {
                let status = r.status();
                if !status.is_success() {
                    tracing::warn!(%url, %status, "emulator: webhook endpoint refused an event");
                }
                let text = r.text().await.unwrap_or_default();
                Ok((status.as_u16(), text.chars().take(2000).collect()))
            }
            Err(e) => {
                tracing::warn!(%url, error = %e, "emulator: webhook delivery failed");
                Err(e.to_string())
            }
        };
        let event_type = event.get("type").and_then(Value::as_str).unwrap_or_default().to_string();
        let delivery = Delivery { at: timestamp_ms(), id: id.clone(), url, event_type, payload: body.clone(), answer };
        remember(inner, delivery);
    }
}

/// Keeps a delivery, forgetting the oldest past [`KEPT_DELIVERIES`].
fn remember(inner: &Inner, delivery: Delivery) {
    let mut kept = inner.deliveries.lock().unwrap_or_else(|p| p.into_inner());
    if kept.len() == KEPT_DELIVERIES {
        kept.pop_front();
    }
    kept.push_back(delivery);
}

fn timestamp_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}
