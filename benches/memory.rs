//! Memory a decoded answer holds: this SDK, the other Rust SDK for Clerk
//! (`clerk-rs`) and the five-field floor, decoding the same bytes; and the
//! memory a stream of 50,000 users holds as it goes, served by cursor from
//! a loopback server.
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
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed on to `System` unchanged; only counters are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Relaxed);
        let live = LIVE.fetch_add(layout.size(), Relaxed) + layout.size();
        PEAK.fetch_max(live, Relaxed);
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
        let live = LIVE.fetch_add(new_size, Relaxed) + new_size;
        PEAK.fetch_max(live, Relaxed);
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
            held(|| clerk_backend_api::__decode_items::<clerk_backend_api::types::User>(&page).expect("sdk")),
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
    stream_of_users(50_000);
}

/// Users the stream server holds, newest first: user `TOTAL - 1` first.
static TOTAL: AtomicUsize = AtomicUsize::new(0);

/// A page of users as Clerk serves them by cursor: newest first, `limit`
/// of them after the user `starting_after` names.
async fn cursor_page(axum::extract::RawQuery(query): axum::extract::RawQuery) -> axum::response::Response {
    use axum::response::IntoResponse;
    let query = query.unwrap_or_default();
    let value = |key: &str| query.split('&').find_map(|kv| kv.strip_prefix(key)?.strip_prefix('='));
    let limit: usize = value("limit").and_then(|v| v.parse().ok()).unwrap_or(10);
    // Ids are `user_` and the user's number; the next page starts below it.
    let below = match value("starting_after") {
        Some(id) => id.trim_start_matches("user_").parse().unwrap_or(0),
        None => TOTAL.load(Relaxed),
    };
    let users: Vec<serde_json::Value> = (below.saturating_sub(limit)..below).rev().map(fixture::user).collect();
    let body = serde_json::to_vec(&users).expect("json");
    ([(axum::http::header::CONTENT_TYPE, "application/json")], body).into_response()
}

/// Streams `total` users by 500 and reports the bytes the process holds
/// (beyond what it held before the stream began) at points along the way,
/// and the peak. The server runs in this process, so its page being built
/// counts too.
fn stream_of_users(total: usize) {
    use futures::TryStreamExt;
    TOTAL.store(total, Relaxed);
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    let marks = [1_000usize, 5_000, 10_000, 20_000, 30_000, 40_000, 50_000];
    let (rows, peak, skipped, paging) = rt.block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        let app = axum::Router::new().route("/v1/users", axum::routing::get(cursor_page));
        tokio::spawn(async move { axum::serve(listener, app).await });
        let clerk =
            clerk_backend_api::Clerk::builder().secret_key("sk_test_bench").base_url(url).build().expect("client");
        let mut users = clerk.users().list().limit(500).stream();
        let base = LIVE.load(Relaxed);
        PEAK.store(base, Relaxed);
        let mut rows = Vec::new();
        let mut n = 0usize;
        while let Some(user) = users.try_next().await.expect("every page answers") {
            drop(std::hint::black_box(user));
            n += 1;
            if marks.contains(&n) {
                rows.push((n, LIVE.load(Relaxed).saturating_sub(base)));
            }
        }
        assert_eq!(n, total, "every user once");
        (rows, PEAK.load(Relaxed).saturating_sub(base), users.skipped(), users.paging())
    });
    println!("memory held while streaming {total} users, 500 per request ({paging:?} paging, {skipped} skipped):");
    println!("  {:>12} {:>13}", "after users", "bytes held");
    for (n, bytes) in rows {
        println!("  {n:>12} {bytes:>13}");
    }
    println!("  {:>12} {peak:>13}", "peak");
}
