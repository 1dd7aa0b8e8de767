//! The per-attempt timeout, with one timer shared by the calls of a client
//! that start close together.
//!
//! A timer of its own for every call costs more than the rest of the
//! facade: on a runtime with no earlier timer pending, registering one wakes
//! the runtime's timer driver (a system call and a thread switch), and
//! dropping it undoes the work. Calls starting within a short window share
//! one timer instead, set for the latest deadline among them. An attempt's
//! timeout therefore ends at its deadline or a little later (at most a
//! sixteenth of the timeout, and at most a second), never earlier.

use futures::future::{FutureExt, Shared};
use std::pin::Pin;
use std::sync::{Mutex, PoisonError};
use std::time::Duration;
use tokio::time::{Instant, Sleep};

/// A timer many attempts wait on; it completes at its deadline.
pub(crate) type SharedTimer = Shared<Pin<Box<Sleep>>>;

/// A client's timeout and the timer its latest attempts share.
pub(crate) struct Timeouts {
    limit: Duration,
    slot: Mutex<Option<Slot>>,
}

/// The timer in use: which runtime's clock it runs on, and when it fires.
struct Slot {
    runtime: tokio::runtime::Id,
    fires_at: Instant,
    timer: SharedTimer,
}

impl Timeouts {
    pub(crate) fn new(limit: Duration) -> Timeouts {
        Timeouts { limit, slot: Mutex::new(None) }
    }

    /// The timeout of each attempt.
    pub(crate) fn limit(&self) -> Duration {
        self.limit
    }

    /// The timer for an attempt starting now. `None` outside a Tokio
    /// runtime (where no request can run anyway) and for a limit too long
    /// for the clock to represent (no timeout at all).
    pub(crate) fn start(&self) -> Option<SharedTimer> {
        let runtime = tokio::runtime::Handle::try_current().ok()?.id();
        let deadline = Instant::now().checked_add(self.limit)?;
        let slack = (self.limit / 16).min(Duration::from_secs(1));
        let latest = deadline.checked_add(slack).unwrap_or(deadline);
        // The slot is only ever replaced whole, so a poisoned lock still
        // holds a consistent value.
        let mut slot = self.slot.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(s) = slot.as_ref() {
            // A timer of another runtime is never polled here: its runtime
            // may be gone.
            if s.runtime == runtime && s.fires_at >= deadline && s.fires_at <= latest {
                return Some(s.timer.clone());
            }
        }
        let timer = Box::pin(tokio::time::sleep_until(latest)).shared();
        *slot = Some(Slot { runtime, fires_at: latest, timer: timer.clone() });
        Some(timer)
    }
}

impl std::fmt::Debug for Timeouts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.limit.fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn calls_in_one_window_share_a_timer_that_never_fires_early() {
        // 8 s: the slack is a sixteenth, 0.5 s.
        let t = Timeouts::new(Duration::from_secs(8));
        let first = t.start().expect("a timer");
        // The first call's timer fires at 8.5 s (its deadline plus the slack).
        tokio::time::advance(Duration::from_millis(300)).await;
        let second = t.start().expect("a timer");
        // Started at 0.3 s (deadline 8.3 s): 8.5 s is within its slack, so
        // it waits on the very timer of the first call.
        assert!(Shared::ptr_eq(&first, &second));
        tokio::time::advance(Duration::from_millis(300)).await;
        // Started at 0.6 s (deadline 8.6 s): 8.5 s would be early, so a new
        // timer, at 9.1 s.
        let third = t.start().expect("a timer");
        assert!(!Shared::ptr_eq(&first, &third));
        let started = Instant::now();
        let _ = second.clone().await;
        assert_eq!(started.elapsed(), Duration::from_millis(8_500 - 600));
        assert!(first.peek().is_some());
        assert_eq!(third.peek(), None);
        let _ = third.await;
        assert_eq!(started.elapsed(), Duration::from_millis(9_100 - 600));
    }

    #[tokio::test(start_paused = true)]
    async fn the_slack_is_at_most_a_second() {
        let t = Timeouts::new(Duration::from_secs(60));
        let started = Instant::now();
        let _ = t.start().expect("a timer").await;
        assert_eq!(started.elapsed(), Duration::from_secs(61));
    }

    #[test]
    fn no_timer_outside_a_runtime_or_past_the_clock() {
        assert!(Timeouts::new(Duration::from_secs(1)).start().is_none());
        let runtime = tokio::runtime::Builder::new_current_thread().enable_time().build().expect("runtime");
        runtime.block_on(async {
            assert!(Timeouts::new(Duration::MAX).start().is_none());
        });
    }

    #[test]
    fn a_timer_of_another_runtime_is_not_reused() {
        let t = Timeouts::new(Duration::from_secs(30));
        let build = || tokio::runtime::Builder::new_current_thread().enable_time().build().expect("runtime");
        let first = build();
        // Taken inside the runtime, kept (not awaited) past its end.
        let a = first.block_on(async { Some(t.start().expect("a timer")) }).expect("a timer");
        drop(first);
        let second = build();
        second.block_on(async {
            let b = t.start().expect("a timer");
            assert!(!Shared::ptr_eq(&a, &b), "a timer of a runtime that is gone was handed out");
        });
    }
}
