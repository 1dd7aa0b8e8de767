//! Walking a large instance as Clerk serves it: 20,000 users, newest first,
//! 500 a page, a `starting_after` cursor, offsets past 5,000 answered as a
//! gateway timeout, and sign-ups landing between page requests. The server
//! is a small axum app on loopback written here; the ids it serves and the
//! requests it saw are checked against literal values.

mod common;

use axum::extract::{RawQuery, State};
use axum::http::header::CONTENT_TYPE;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use clerk_backend_api::pagination::{Paging, DEDUP_WINDOW};
use clerk_backend_api::{Clerk, RetryPolicy};
use common::{invitation, KEY};
use futures::TryStreamExt;
use serde_json::{json, Value};
use std::collections::HashSet;
use std::sync::{Arc, Mutex, OnceLock};

/// Offsets past this are answered `504`, as a deep offset on a large
/// instance ends in a timeout.
const DEEPEST_OFFSET: usize = 5_000;

/// One list of the fake instance: items by creation order (oldest first).
struct List {
    prefix: &'static str,
    /// Creation numbers, ascending: the newest item is last.
    items: Vec<u32>,
    next: u32,
    /// Items created after each answer, before the next request.
    signups_per_request: u32,
    /// The raw query string of every request, in order.
    queries: Vec<String>,
}

impl List {
    fn new(prefix: &'static str, count: u32, signups_per_request: u32) -> List {
        List { prefix, items: (0..count).collect(), next: count, signups_per_request, queries: Vec::new() }
    }

    fn id(&self, n: u32) -> String {
        format!("{}_{n:05}", self.prefix)
    }

    fn sign_ups(&mut self) {
        for _ in 0..self.signups_per_request {
            self.items.push(self.next);
            self.next += 1;
        }
    }
}

struct Instance {
    users: List,
    invitations: List,
    /// When false, `starting_after` is ignored (a stand-in that lacks cursors).
    honours_cursor: bool,
}

type Shared = Arc<Mutex<Instance>>;

fn params(raw: &str) -> Vec<(String, String)> {
    url::form_urlencoded::parse(raw.as_bytes()).into_owned().collect()
}

fn param<'a>(all: &'a [(String, String)], name: &str) -> Option<&'a str> {
    all.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

/// A refused request: the status and the JSON body to answer with.
type Refusal = (StatusCode, Value);

fn clerk_422(message: &str) -> Refusal {
    (StatusCode::UNPROCESSABLE_ENTITY, json!({"errors": [{"code": "form_param_value_invalid", "message": message}]}))
}

/// A user Clerk's way, as JSON text: the fields the model needs (the JSON is
/// written once and only the id changes, to keep the server quick).
fn user(id: &str) -> String {
    static TEMPLATE: OnceLock<String> = OnceLock::new();
    let template = TEMPLATE.get_or_init(|| {
        let mut u = common::user("user_TEMPLATE", "a@example.com");
        u["email_addresses"] = json!([]);
        u.to_string()
    });
    template.replacen("user_TEMPLATE", id, 1)
}

/// The page `list` holds for this query: newest first by default, oldest
/// first for `+created_at`; after the cursor, or from the offset.
fn page(list: &List, all: &[(String, String)], honours_cursor: bool) -> Result<Vec<u32>, Refusal> {
    let limit: usize = param(all, "limit").map_or(Ok(10), str::parse).map_err(|_| clerk_422("limit"))?;
    let offset: usize = param(all, "offset").map_or(Ok(0), str::parse).map_err(|_| clerk_422("offset"))?;
    if !(1..=500).contains(&limit) {
        return Err(clerk_422("limit must be from 1 to 500"));
    }
    let order = param(all, "order_by").unwrap_or("-created_at");
    let newest_first = match order {
        "-created_at" => true,
        "created_at" | "+created_at" => false,
        _ => true,
    };
    let cursor = param(all, "starting_after").filter(|_| honours_cursor);
    if cursor.is_some() && (offset != 0 || !["-created_at", "created_at", "+created_at"].contains(&order)) {
        return Err(clerk_422("starting_after needs a created_at ordering and no offset"));
    }
    if offset > DEEPEST_OFFSET {
        return Err((StatusCode::GATEWAY_TIMEOUT, json!("upstream request timeout")));
    }
    let ordered: Vec<u32> = if newest_first { list.items.iter().rev().copied().collect() } else { list.items.clone() };
    let start = match cursor {
        Some(c) => match ordered.iter().position(|n| list.id(*n) == c) {
            Some(i) => i + 1,
            None => return Err(clerk_422("starting_after names no item")),
        },
        None => offset,
    };
    Ok(ordered.into_iter().skip(start).take(limit).collect())
}

async fn users(State(shared): State<Shared>, RawQuery(raw): RawQuery) -> Response {
    let raw = raw.unwrap_or_default();
    let mut instance = shared.lock().expect("lock");
    let honours = instance.honours_cursor;
    let list = &mut instance.users;
    list.queries.push(raw.clone());
    let answer = page(list, &params(&raw), honours);
    list.sign_ups();
    match answer {
        Ok(ns) => {
            let items: Vec<String> = ns.iter().map(|n| user(&list.id(*n))).collect();
            ([(CONTENT_TYPE, "application/json")], format!("[{}]", items.join(","))).into_response()
        }
        Err((status, body)) => (status, axum::Json(body)).into_response(),
    }
}

async fn invitations(State(shared): State<Shared>, RawQuery(raw): RawQuery) -> Response {
    let raw = raw.unwrap_or_default();
    let mut instance = shared.lock().expect("lock");
    let list = &mut instance.invitations;
    list.queries.push(raw.clone());
    let all = params(&raw);
    let answer = page(list, &all, false);
    let total = list.items.len();
    let body = answer.map(|ns| {
        let items: Vec<Value> =
            ns.iter().map(|n| invitation(&list.id(*n), &format!("{n}@example.com"), "pending")).collect();
        if param(&all, "paginated") == Some("true") {
            json!({"data": items, "total_count": total})
        } else {
            Value::Array(items)
        }
    });
    list.sign_ups();
    match body {
        Ok(body) => axum::Json(body).into_response(),
        Err((status, body)) => (status, axum::Json(body)).into_response(),
    }
}

async fn start(instance: Instance) -> (Clerk, Shared) {
    let shared = Arc::new(Mutex::new(instance));
    let app = Router::new()
        .route("/v1/users", get(users))
        .route("/v1/invitations", get(invitations))
        .with_state(shared.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind loopback");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    tokio::spawn(async move { axum::serve(listener, app).await });
    let clerk =
        Clerk::builder().secret_key(KEY).base_url(url).retry_policy(RetryPolicy::none()).build().expect("client");
    (clerk, shared)
}

fn instance(users: u32, invitations: u32, signups_per_request: u32) -> Instance {
    Instance {
        users: List::new("user", users, signups_per_request),
        invitations: List::new("inv", invitations, signups_per_request),
        honours_cursor: true,
    }
}

fn queries(shared: &Shared, of: fn(&Instance) -> &List) -> Vec<String> {
    of(&shared.lock().expect("lock")).queries.clone()
}

fn user_ids(range: std::ops::Range<u32>) -> HashSet<String> {
    range.map(|n| format!("user_{n:05}")).collect()
}

/// The default stream walks the 20,000 users by cursor, never by offset:
/// every one of them exactly once, none of the 123 who sign up meanwhile
/// (3 per request, all newer than the walk), in 41 requests.
#[tokio::test]
async fn every_user_once_by_cursor_while_users_sign_up() {
    let (clerk, shared) = start(instance(20_000, 0, 3)).await;
    let mut stream = clerk.users().list().limit(500).stream();
    assert_eq!(stream.paging(), Paging::Cursor);
    let mut ids = Vec::new();
    while let Some(user) = stream.try_next().await.expect("every page answers") {
        ids.push(user.id);
    }
    assert_eq!(ids.len(), 20_000);
    assert_eq!(ids.first().map(String::as_str), Some("user_19999"));
    assert_eq!(ids.last().map(String::as_str), Some("user_00000"));
    let unique: HashSet<String> = ids.into_iter().collect();
    assert_eq!(unique, user_ids(0..20_000));
    assert_eq!(stream.skipped(), 0);
    assert_eq!(stream.cursor(), Some("user_00000"));

    let seen = queries(&shared, |i| &i.users);
    assert_eq!(seen.len(), 41, "40 full pages, then an empty one");
    assert_eq!(seen[0], "limit=500");
    assert_eq!(seen[1], "limit=500&starting_after=user_19500");
    assert_eq!(seen[40], "limit=500&starting_after=user_00000");
    assert!(seen.iter().all(|q| !q.contains("offset")), "no request pages by offset");
    assert_eq!(shared.lock().expect("lock").users.items.len(), 20_123);
}

/// A job that stops after 7,250 users keeps the stream's cursor; a new
/// stream started after it yields the other 12,750, each once, while
/// sign-ups go on landing.
#[tokio::test]
async fn a_walk_resumes_from_a_saved_cursor() {
    let (clerk, shared) = start(instance(20_000, 0, 5)).await;
    let mut first = clerk.users().list().limit(500).stream();
    let mut before = HashSet::new();
    for _ in 0..7_250 {
        let user = first.try_next().await.expect("answers").expect("an item");
        assert!(before.insert(user.id));
    }
    let saved = first.cursor().map(str::to_string);
    drop(first);
    assert_eq!(saved.as_deref(), Some("user_12750"));
    assert_eq!(queries(&shared, |i| &i.users).len(), 15, "7,250 users need 15 pages of 500");

    let saved = saved.expect("a cursor");
    let mut rest = clerk.users().list().limit(500).starting_after(saved).stream();
    assert_eq!(rest.paging(), Paging::Cursor);
    assert_eq!(rest.cursor(), Some("user_12750"), "before the first item, the cursor it starts after");
    let mut after = HashSet::new();
    while let Some(user) = rest.try_next().await.expect("answers") {
        assert!(!before.contains(&user.id), "{} came twice", user.id);
        assert!(after.insert(user.id));
    }
    assert_eq!(after.len(), 12_750);
    before.extend(after);
    assert_eq!(before, user_ids(0..20_000));

    let seen = queries(&shared, |i| &i.users);
    assert_eq!(seen.len(), 15 + 26, "25 full pages and a short one");
    assert_eq!(seen[15], "limit=500&starting_after=user_12750");
    assert_eq!(seen[40], "limit=500&starting_after=user_00250");
}

/// With an ordering a cursor can't follow, or an offset of its own, the
/// stream walks by offset, and on this instance it meets the timeout past
/// offset 5,000: the error comes after the 5,500 users before it.
#[tokio::test]
async fn an_offset_walk_of_a_large_instance_ends_in_the_timeout() {
    let (clerk, shared) = start(instance(20_000, 0, 0)).await;
    let mut stream = clerk.users().list().limit(500).offset(500).stream();
    assert_eq!(stream.paging(), Paging::Offset);
    let mut n = 0;
    let err = loop {
        match stream.try_next().await {
            Ok(Some(_)) => n += 1,
            Ok(None) => panic!("the walk ended without the timeout"),
            Err(e) => break e,
        }
    };
    assert_eq!(n, 5_000);
    assert_eq!(err.status().map(|s| s.as_u16()), Some(504));
    assert_eq!(stream.next_offset(), 5_500, "resume an offset walk here");
    let seen = queries(&shared, |i| &i.users);
    assert_eq!(seen.len(), 11);
    assert_eq!(seen[0], "limit=500&offset=500");
    assert_eq!(seen[10], "limit=500&offset=5500");

    let by_name = clerk.users().list().order_by("-last_sign_in_at").stream();
    assert_eq!(by_name.paging(), Paging::Offset);
    let by_created = clerk.users().list().order_by("+created_at").stream();
    assert_eq!(by_created.paging(), Paging::Cursor);
}

/// An offset-paged list (invitations, 2,000 of them, with a total) while 7
/// invitations land at the front between requests: each later page starts
/// with the 7 last items of the page before. The stream yields each of the
/// 2,000 once and skips the 28 repeats, in 5 requests.
#[tokio::test]
async fn an_offset_walk_skips_the_items_new_ones_push_back() {
    let (clerk, shared) = start(instance(0, 2_000, 7)).await;
    let mut stream = clerk.invitations().list().limit(500).stream();
    assert_eq!(stream.paging(), Paging::Offset);
    let mut ids = Vec::new();
    while let Some(inv) = stream.try_next().await.expect("answers") {
        ids.push(inv.id);
    }
    assert_eq!(ids.len(), 2_000);
    let unique: HashSet<String> = ids.into_iter().collect();
    assert_eq!(unique, (0..2_000).map(|n| format!("inv_{n:05}")).collect::<HashSet<_>>());
    assert_eq!(stream.skipped(), 28);
    let seen = queries(&shared, |i| &i.invitations);
    assert_eq!(
        seen,
        vec![
            "limit=500&offset=0&paginated=true",
            "limit=500&offset=500&paginated=true",
            "limit=500&offset=1000&paginated=true",
            "limit=500&offset=1500&paginated=true",
            "limit=500&offset=2000&paginated=true",
        ]
    );
    assert_eq!(DEDUP_WINDOW, 10_000);
}

/// A server that ignores `starting_after` (as a stand-in for Clerk may)
/// answers the second cursor page with the first page again: the stream
/// notices the repeat and finishes by offset, each user once.
#[tokio::test]
async fn a_server_that_ignores_the_cursor_is_walked_by_offset() {
    let mut fake = instance(7, 0, 0);
    fake.honours_cursor = false;
    let (clerk, shared) = start(fake).await;
    let mut stream = clerk.users().list().limit(3).stream();
    let mut ids = Vec::new();
    while let Some(user) = stream.try_next().await.expect("answers") {
        ids.push(user.id);
    }
    assert_eq!(ids, ["user_00006", "user_00005", "user_00004", "user_00003", "user_00002", "user_00001", "user_00000"]);
    assert_eq!(stream.paging(), Paging::Offset);
    assert_eq!(stream.skipped(), 0);
    assert_eq!(
        queries(&shared, |i| &i.users),
        vec!["limit=3", "limit=3&starting_after=user_00004", "limit=3&offset=3", "limit=3&offset=6"]
    );
}

/// Large answers are read into one buffer the client keeps between calls:
/// each answer decodes to exactly what was sent, whether it is longer or
/// shorter than the one before, and one that fails to decode keeps exactly
/// its own bytes.
#[tokio::test]
async fn large_answers_in_a_row_each_decode_to_their_own_items() {
    use httpmock::prelude::*;
    let server = MockServer::start_async().await;
    let page_of = |first: u32, count: u32| -> String {
        let users: Vec<String> = (first..first + count).map(|n| user(&format!("user_{n:05}"))).collect();
        format!("[{}]", users.join(","))
    };
    // 400 users (well over 100 KB, read in several chunks), then 150, then 400 cut short.
    let long = page_of(0, 400);
    let short = page_of(1_000, 150);
    let cut = long[..long.len() - 10].to_owned();
    assert!(short.len() > 64 << 10 && short.len() < long.len());
    let mut mocks = Vec::new();
    for (limit, body) in [("400", &long), ("150", &short), ("399", &cut)] {
        let body = body.clone();
        mocks.push(
            server
                .mock_async(move |when, then| {
                    when.method(GET).path("/v1/users").query_param("limit", limit);
                    then.status(200).header("content-type", "application/json").body(body);
                })
                .await,
        );
    }
    let clerk = common::clerk(&server);

    for _ in 0..2 {
        let users = clerk.users().list().limit(400).send().await.expect("the long page");
        assert_eq!(users.len(), 400);
        assert_eq!((users[0].id.as_str(), users[399].id.as_str()), ("user_00000", "user_00399"));
        let users = clerk.users().list().limit(150).send().await.expect("the short page");
        assert_eq!(users.len(), 150);
        assert_eq!((users[0].id.as_str(), users[149].id.as_str()), ("user_01000", "user_01149"));
    }
    match clerk.users().list().limit(399).send().await {
        Err(clerk_backend_api::Error::Decode { body, .. }) => {
            assert_eq!(body.len(), cut.len());
            assert!(body[..] == *cut.as_bytes(), "the failed answer's own bytes");
        }
        other => panic!("expected a decode error, got {:?}", other.map(|u| u.len())),
    }
    let hits: Vec<usize> = mocks.iter().map(|m| m.calls()).collect();
    assert_eq!(hits, [2, 2, 1]);
    // The short page read after the long one is whole, not topped up with the long page's tail.
    let again = clerk.users().list().limit(150).send().await.expect("the short page again");
    assert_eq!(again.last().map(|u| u.id.as_str()), Some("user_01149"));
}
