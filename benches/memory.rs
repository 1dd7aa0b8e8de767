//! Memory a decoded answer holds: this SDK, the other Rust SDK for Clerk
//! (`clerk-rs`) and the five-field floor, decoding the same bytes.
//!
//! Counted by a global allocator that tallies every allocation, so the
//! figures are exact and the same on every run (no timing here: the timed
//! benchmarks are in `sdk.rs`, without this allocator). Memory matters for
//! speed too: with glibc's allocator, a page that leaves over about a
//! megabyte to free makes `free` hand the heap back to the system, and the
//! next page pays page faults to get it back (see the README).

#[path = "support/user.rs"]
mod fixture;

use fixture::MiniUser;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

struct Counting;
static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);
static LIVE: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed on to `System` unchanged; only counters are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Relaxed);
        LIVE.fetch_add(layout.size(), Relaxed);
        // SAFETY: the caller's contract for `alloc` is passed on as it is.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Relaxed);
        // SAFETY: as for `alloc`.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Relaxed);
        LIVE.fetch_add(new_size, Relaxed);
        LIVE.fetch_sub(layout.size(), Relaxed);
        // SAFETY: as for `alloc`.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static COUNTING: Counting = Counting;

/// Allocations made and bytes still held once `decode` has returned.
fn held<T>(decode: impl Fn() -> T) -> (usize, usize) {
    drop(decode()); // warm: one-time allocations happen here, not below
    let (calls, live) = (ALLOCATIONS.load(Relaxed), LIVE.load(Relaxed));
    let value = decode();
    let counts = (ALLOCATIONS.load(Relaxed) - calls, LIVE.load(Relaxed).saturating_sub(live));
    drop(std::hint::black_box(value));
    counts
}

fn main() {
    let users: Vec<serde_json::Value> = (0..500).map(fixture::user).collect();
    let page = serde_json::to_vec(&users).expect("json");
    let one = serde_json::to_vec(&fixture::user(1)).expect("json");
    println!("memory held by a decoded answer ({} bytes for 500 users, {} for one):", page.len(), one.len());
    println!("  {:<34} {:>11} {:>13} {:>13}", "", "allocations", "bytes held", "per user");
    let rows: [(&str, (usize, usize), usize); 6] = [
        (
            "500 users: this SDK",
            held(|| clerk_backend_api::__decode_body::<Vec<clerk_backend_api::types::User>>(&page).expect("sdk")),
            500,
        ),
        (
            "500 users: clerk-rs",
            held(|| serde_json::from_slice::<Vec<clerk_rs::models::User>>(&page).expect("peer")),
            500,
        ),
        ("500 users: five-field floor", held(|| serde_json::from_slice::<Vec<MiniUser>>(&page).expect("floor")), 500),
        (
            "one user: this SDK",
            held(|| clerk_backend_api::__decode_body::<clerk_backend_api::types::User>(&one).expect("sdk")),
            1,
        ),
        ("one user: clerk-rs", held(|| serde_json::from_slice::<clerk_rs::models::User>(&one).expect("peer")), 1),
        ("one user: five-field floor", held(|| serde_json::from_slice::<MiniUser>(&one).expect("floor")), 1),
    ];
    for (what, (allocations, bytes), count) in rows {
        println!("  {what:<34} {allocations:>11} {bytes:>13} {:>13}", bytes / count);
    }
}
