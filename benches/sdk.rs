//! The SDK against the floor, in the same run on the same loopback server.
//!
//! - end to end: `users().get(id)` and `users().list().limit(500)` through the
//!   SDK, against a bare `reqwest::Client` decoding into a hand-written
//!   struct (`floor`), into the SDK's own generated types (`floor_typed`,
//!   which isolates what the facade costs), and against the other Rust SDK
//!   for Clerk (`clerk-rs`, `peer`); one call at a time and 64 at once;
//! - decoding a 500-user page: generated types, `serde_json::Value`, and a
//!   hand-written minimal struct;
//! - session-token verification, key in hand: a bare `jsonwebtoken` 9 (ring)
//!   verify with a prebuilt key (the floor), clerk-rs's `validate_jwt_with_key`
//!   (`peer`), and the SDK on fresh tokens (a pool of distinct tokens its cache
//!   has not seen, cache on as by default), with its cache off, and on a
//!   token it has verified before;
//! - memory: peak RSS while streaming 1,000, 10,000 and 50,000 users
//!   (printed before the timed benchmarks; it must not grow with the count).
//!
//! `cargo bench` runs it all; criterion prints each timing, and the ratios
//! SDK/floor are printed at the end from criterion's estimates, then measured
//! again as interleaved A/B rounds (floor, SDK, SDK, floor, ...), which a
//! shared machine's slow stretches cannot skew towards one side. A round of
//! a get comparison is ten calls in a row on each side (throughput), a round
//! of a token comparison twenty verifications.

use clerk_backend_api::{types, Clerk};
use criterion::{BenchmarkId, Criterion, Throughput};
use futures::TryStreamExt;
use serde::Deserialize;
use serde_json::{json, Value};
use std::hint::black_box;
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

#[path = "support/user.rs"]
mod fixture;
use fixture::{user, MiniUser};

struct Canned {
    user: Vec<u8>,
    page500: Vec<u8>,
}

/// A keep-alive HTTP/1.1 server on loopback answering from canned bytes;
/// `/users?...offset=N` with `total` set serves generated pages instead.
async fn serve(canned: Arc<Canned>, total: Option<usize>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let _ = stream.set_nodelay(true);
            tokio::spawn(connection(stream, canned.clone(), total));
        }
    });
    url
}

async fn connection(mut stream: TcpStream, canned: Arc<Canned>, total: Option<usize>) {
    let mut buf = Vec::with_capacity(8192);
    let mut chunk = [0u8; 8192];
    loop {
        let end = loop {
            if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                break i + 4;
            }
            match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(n) => buf.extend_from_slice(&chunk[..n]),
            }
        };
        let head = String::from_utf8_lossy(&buf[..end]).to_string();
        buf.drain(..end);
        let target = head.split_whitespace().nth(1).unwrap_or("/").to_string();
        // The SDK sends /v1/...; the hand-written floor clients send the bare path.
        let target = target.strip_prefix("/v1").map(str::to_string).unwrap_or(target);
        let generated;
        let body: &[u8] = if target.starts_with("/users/") {
            &canned.user
        } else if let Some(total) = total {
            generated = page(&target, total);
            &generated
        } else {
            &canned.page500
        };
        let header =
            format!("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n", body.len());
        if stream.write_all(header.as_bytes()).await.is_err() || stream.write_all(body).await.is_err() {
            return;
        }
    }
}

fn query_value(target: &str, key: &str) -> Option<usize> {
    target.split(['?', '&']).find_map(|kv| kv.strip_prefix(key)?.strip_prefix('=')?.parse().ok())
}

fn page(target: &str, total: usize) -> Vec<u8> {
    // The user list streams by cursor: `starting_after=user_N` starts after user N.
    let after = target.split(['?', '&']).find_map(|kv| kv.strip_prefix("starting_after=user_")?.parse::<usize>().ok());
    let offset = after.map_or_else(|| query_value(target, "offset").unwrap_or(0), |n| n + 1);
    let limit = query_value(target, "limit").unwrap_or(100);
    let items: Vec<Value> = (offset..(offset + limit).min(total)).map(user).collect();
    serde_json::to_vec(&items).expect("json")
}

fn rss_kib(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with(field)).and_then(|l| l.split_whitespace().nth(1)?.parse().ok()))
        .unwrap_or(0)
}

fn memory_report(rt: &tokio::runtime::Runtime, canned: &Arc<Canned>) {
    for total in [1_000usize, 10_000, 50_000] {
        let url = rt.block_on(serve(canned.clone(), Some(total)));
        let clerk = Clerk::builder().secret_key("sk_test_bench").base_url(url).build().expect("client");
        // Reset the peak so each run reports its own (Linux clear_refs 5).
        let _ = std::fs::write("/proc/self/clear_refs", "5");
        let before = rss_kib("VmRSS:");
        let count = rt.block_on(async {
            let mut n = 0usize;
            let mut s = clerk.users().list().limit(500).stream();
            while let Some(u) = s.try_next().await.expect("stream") {
                black_box(&u);
                n += 1;
            }
            n
        });
        let peak = rss_kib("VmHWM:");
        println!(
            "memory: streamed {count:>6} users: RSS before {:.1} MiB, peak {:.1} MiB (+{:.1} MiB)",
            before as f64 / 1024.0,
            peak as f64 / 1024.0,
            peak.saturating_sub(before) as f64 / 1024.0
        );
    }
}

/// The floor's call: a plain reqwest GET with the key, decoded into `T`.
async fn floor_call<T: serde::de::DeserializeOwned>(http: &reqwest::Client, url: &str) -> T {
    let r = http.get(url).header("authorization", "Bearer sk_test_bench").send().await.expect("send");
    serde_json::from_slice::<T>(&r.bytes().await.expect("body")).expect("decode")
}

/// The other Rust SDK for Clerk (`clerk-rs`), pointed at the same server.
fn peer_config(url: &str) -> clerk_rs::apis::configuration::Configuration {
    clerk_rs::apis::configuration::Configuration::new("sk_test_bench").with_base_path(url)
}

/// `clerk-rs`'s user list: every filter unset, `limit=500`.
async fn peer_list(config: &clerk_rs::apis::configuration::Configuration) -> Vec<clerk_rs::models::User> {
    // The 22 filters before `limit`, then `limit`, `offset`, `starting_after`, `order_by`.
    #[rustfmt::skip]
    let list = clerk_rs::apis::users_api::get_user_list(
        config, None, None, None, None, None, None, None, None, None, None, None,
        None, None, None, None, None, None, None, None, None, None, None, Some(500), None, None, None,
    );
    list.await.expect("peer list")
}

/// `clerk-rs`'s get.
async fn peer_get(config: &clerk_rs::apis::configuration::Configuration) -> clerk_rs::models::User {
    clerk_rs::apis::users_api::get_user(config, "user_1").await.expect("peer get")
}

fn end_to_end(c: &mut Criterion, rt: &tokio::runtime::Runtime, url: &str) {
    // The floor is what a user writes by hand: a default reqwest client.
    let http = reqwest::Client::new();
    // The SDK as a user builds it: its own client, its own defaults
    // (timeouts, retries, headers).
    let clerk = Clerk::builder().secret_key("sk_test_bench").base_url(url).build().expect("client");
    let peer = peer_config(url);
    let get_url = format!("{url}/users/user_1");
    let list_url = format!("{url}/users?limit=500");

    let mut group = c.benchmark_group("get_user");
    group.throughput(Throughput::Elements(1));
    group.bench_function("floor", |b| {
        b.to_async(rt).iter(|| async { black_box(floor_call::<MiniUser>(&http, &get_url).await) })
    });
    group.bench_function("floor_typed", |b| {
        b.to_async(rt).iter(|| async { black_box(floor_call::<types::User>(&http, &get_url).await) })
    });
    group.bench_function("sdk", |b| {
        b.to_async(rt).iter(|| async { black_box(clerk.users().get("user_1").send().await.expect("get")) })
    });
    group.bench_function("peer", |b| b.to_async(rt).iter(|| async { black_box(peer_get(&peer).await) }));
    group.finish();

    let mut group = c.benchmark_group("list_500_users");
    group.throughput(Throughput::Elements(500));
    group.bench_function("floor", |b| {
        b.to_async(rt).iter(|| async { black_box(floor_call::<Vec<MiniUser>>(&http, &list_url).await) })
    });
    group.bench_function("floor_typed", |b| {
        b.to_async(rt).iter(|| async { black_box(floor_call::<Vec<types::User>>(&http, &list_url).await) })
    });
    group.bench_function("sdk", |b| {
        b.to_async(rt).iter(|| async { black_box(clerk.users().list().limit(500).send().await.expect("list")) })
    });
    group.bench_function("peer", |b| b.to_async(rt).iter(|| async { black_box(peer_list(&peer).await) }));
    group.finish();

    let mut group = c.benchmark_group("get_user_64_concurrent");
    group.throughput(Throughput::Elements(64));
    group.bench_function("floor", |b| {
        b.to_async(rt).iter(|| async {
            let calls = (0..64).map(|_| floor_call::<MiniUser>(&http, &get_url));
            black_box(futures::future::join_all(calls).await)
        })
    });
    group.bench_function("sdk", |b| {
        b.to_async(rt).iter(|| async {
            let calls = (0..64).map(|_| clerk.users().get("user_1").send());
            black_box(futures::future::join_all(calls).await)
        })
    });
    group.bench_function("peer", |b| b.to_async(rt).iter(|| async { black_box(join_64(|| peer_get(&peer)).await) }));
    group.finish();
}

const TOKEN_PRIVATE: &str = include_str!("../tests/fixtures/rsa_a_private.pem");
const TOKEN_PUBLIC: &str = include_str!("../tests/fixtures/rsa_a_public.pem");
const TOKEN_JWK: &str = include_str!("../tests/fixtures/rsa_a_jwk.json");
/// Verifications per timed iteration, so one `block_on` is shared by many.
const VERIFY_BATCH: u64 = 100;

/// No key set: the key is given in the options.
struct NoJwks;
impl clerk_backend_api::auth::JwksSource for NoJwks {
    fn fetch_jwks(&self) -> clerk_backend_api::auth::JwksFuture<'_> {
        Box::pin(async { Err("the bench gives the key".to_string()) })
    }
}

/// A session token of Clerk's shape, signed by the test fixture key.
fn session_token() -> String {
    session_token_numbered(0)
}

/// The same token with a `jti` of its own: each number gives a token the
/// verified-token cache has never seen. Signed with ring (quicker than the
/// test suite's signer, which matters for a pool of them).
fn session_token_numbered(n: usize) -> String {
    use base64::Engine as _;
    let b64 = |v: &Value| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string());
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).expect("clock").as_secs() as i64;
    let claims = json!({
        "sub": "user_2abc", "sid": "sess_2abc", "iss": "https://clerk.example.com",
        "azp": "https://app.example.com", "iat": now, "nbf": now, "exp": now + 3600,
        "jti": format!("{n:020}")
    });
    let jwk: Value = serde_json::from_str(TOKEN_JWK).expect("jwk");
    let header = json!({ "alg": "RS256", "typ": "JWT", "kid": jwk["kid"] });
    let signed = format!("{}.{}", b64(&header), b64(&claims));
    let signature = TOKEN_SIGNER.with(|key| {
        let mut signature = vec![0; key.public().modulus_len()];
        let rng = ring::rand::SystemRandom::new();
        key.sign(&ring::signature::RSA_PKCS1_SHA256, &rng, signed.as_bytes(), &mut signature).expect("sign");
        signature
    });
    format!("{signed}.{}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(signature))
}

thread_local! {
    /// The fixture's private key, for ring.
    static TOKEN_SIGNER: ring::signature::RsaKeyPair = {
        use base64::Engine as _;
        let body: String = TOKEN_PRIVATE.lines().filter(|l| !l.starts_with("-----")).collect();
        let der = base64::engine::general_purpose::STANDARD.decode(body).expect("pem");
        ring::signature::RsaKeyPair::from_pkcs8(&der).expect("pkcs8 key")
    };
}

/// The floor's five claims.
#[derive(Deserialize)]
#[allow(dead_code)]
struct FloorClaims {
    sub: String,
    sid: String,
    iss: String,
    exp: i64,
    iat: i64,
}

/// The floor's verifier: jsonwebtoken 9 (ring) with the fixture's key built
/// once from its key set entry, RS256, no audience.
fn floor_verifier() -> (jsonwebtoken9::DecodingKey, jsonwebtoken9::Validation) {
    let jwk: Value = serde_json::from_str(TOKEN_JWK).expect("jwk");
    let (n, e) = (jwk["n"].as_str().expect("n"), jwk["e"].as_str().expect("e"));
    let key = jsonwebtoken9::DecodingKey::from_rsa_components(n, e).expect("key");
    let mut validation = jsonwebtoken9::Validation::new(jsonwebtoken9::Algorithm::RS256);
    validation.validate_aud = false;
    (key, validation)
}

/// Distinct tokens verified by every side of the fresh-token comparisons.
const TOKEN_POOL: usize = 500;

/// The three ways of verifying one session token with the key in hand, each
/// timed over a batch of tokens: the floor (jsonwebtoken 9 on ring, a key
/// built once, five claims), clerk-rs (`validate_jwt_with_key`, its own
/// claims type) and the SDK (`Authenticator::verify_token`).
struct TokenSides {
    pool: Vec<String>,
    floor_key: jsonwebtoken9::DecodingKey,
    validation: jsonwebtoken9::Validation,
    peer_key: clerk_rs::validators::jwks::JwksKey,
    /// The SDK with its cache on (the default); `fresh` clears it whenever
    /// the pool starts over, outside the timing, so every token it times is
    /// one it has not seen.
    auth: clerk_backend_api::auth::Authenticator,
    opts: clerk_backend_api::auth::AuthenticateOptions,
    /// The same with the cache off: no lookup, no insert.
    uncached: clerk_backend_api::auth::AuthenticateOptions,
    next: std::cell::Cell<usize>,
}

impl TokenSides {
    fn new() -> TokenSides {
        use clerk_backend_api::auth::{AuthenticateOptions, Authenticator};
        let pool: Vec<String> = (0..TOKEN_POOL).map(session_token_numbered).collect();
        let (floor_key, validation) = floor_verifier();
        let jwk: Value = serde_json::from_str(TOKEN_JWK).expect("jwk");
        let (n, e) = (jwk["n"].as_str().expect("n"), jwk["e"].as_str().expect("e"));
        let peer_key = clerk_rs::validators::jwks::JwksKey {
            use_key: "sig".into(),
            kty: "RSA".into(),
            kid: jwk["kid"].as_str().expect("kid").into(),
            alg: "RS256".into(),
            n: n.into(),
            e: e.into(),
        };
        let opts = AuthenticateOptions::new().jwt_key(TOKEN_PUBLIC).expect("key");
        let uncached = opts.clone().use_token_cache(false);
        TokenSides {
            pool,
            floor_key,
            validation,
            peer_key,
            auth: Authenticator::new(),
            opts,
            uncached,
            next: std::cell::Cell::new(0),
        }
    }

    /// The next `n` tokens of the pool (starting over, and forgetting what
    /// the SDK's cache holds, at the end).
    fn batch(&self, n: usize) -> &[String] {
        let mut start = self.next.get();
        if start + n > self.pool.len() {
            self.auth.token_cache().clear();
            start = 0;
        }
        self.next.set(start + n);
        &self.pool[start..start + n]
    }

    fn floor(&self, tokens: &[String]) -> Duration {
        let started = std::time::Instant::now();
        for token in tokens {
            let data = jsonwebtoken9::decode::<FloorClaims>(token, &self.floor_key, &self.validation);
            black_box(data.expect("verifies"));
        }
        started.elapsed()
    }

    fn peer(&self, tokens: &[String]) -> Duration {
        let started = std::time::Instant::now();
        for token in tokens {
            let claims = clerk_rs::validators::authorizer::validate_jwt_with_key(token, &self.peer_key);
            black_box(claims.expect("verifies"));
        }
        started.elapsed()
    }

    fn sdk(
        &self,
        rt: &tokio::runtime::Runtime,
        tokens: &[String],
        opts: &clerk_backend_api::auth::AuthenticateOptions,
    ) -> Duration {
        let started = std::time::Instant::now();
        rt.block_on(async {
            for token in tokens {
                let state = self.auth.verify_token(token, opts, &NoJwks).await.expect("verifies");
                assert!(black_box(state).is_signed_in());
            }
        });
        started.elapsed()
    }

    /// Tokens the SDK has not seen, cache on.
    fn fresh(&self, rt: &tokio::runtime::Runtime, n: usize) -> Duration {
        let tokens = self.batch(n);
        self.sdk(rt, tokens, &self.opts)
    }

    /// One token, verified before: the cache's hit.
    fn repeat(&self, rt: &tokio::runtime::Runtime, n: usize) -> Duration {
        let token = std::slice::from_ref(&self.pool[0]);
        let started = std::time::Instant::now();
        rt.block_on(async {
            for _ in 0..n {
                let state = self.auth.verify_token(&token[0], &self.opts, &NoJwks).await.expect("verifies");
                assert!(black_box(state).is_signed_in());
            }
        });
        started.elapsed()
    }
}

/// Runs `f` (which times itself) `iters` times for criterion.
fn timed_iters(iters: u64, mut f: impl FnMut() -> Duration) -> Duration {
    (0..iters).map(|_| f()).sum()
}

fn verification(c: &mut Criterion, rt: &tokio::runtime::Runtime) {
    use clerk_backend_api::auth::{AuthenticateOptions, Authenticator};
    let sides = TokenSides::new();
    let batch = VERIFY_BATCH as usize;
    let mut group = c.benchmark_group("verify_session_token");
    group.throughput(Throughput::Elements(VERIFY_BATCH));
    group.bench_function("floor", |b| b.iter_custom(|iters| timed_iters(iters, || sides.floor(sides.batch(batch)))));
    group.bench_function("peer", |b| b.iter_custom(|iters| timed_iters(iters, || sides.peer(sides.batch(batch)))));
    group.bench_function("sdk_fresh", |b| b.iter_custom(|iters| timed_iters(iters, || sides.fresh(rt, batch))));
    group.bench_function("sdk_uncached", |b| {
        b.iter_custom(|iters| timed_iters(iters, || sides.sdk(rt, sides.batch(batch), &sides.uncached)))
    });
    group.bench_function("sdk_repeat", |b| b.iter_custom(|iters| timed_iters(iters, || sides.repeat(rt, batch))));
    group.finish();

    let token = session_token();
    let (floor_key, validation) = floor_verifier();

    // 64 verifications at once on the 2-thread runtime, the key coming from
    // a loaded key set (the JWKS path, with its lock) for the SDK.
    let token = Arc::new(token);
    let floor_key = Arc::new(floor_key);
    let validation = Arc::new(validation);
    let auth = Authenticator::new();
    auth.cache().load(&json!({ "keys": [serde_json::from_str::<Value>(TOKEN_JWK).expect("jwk")] })).expect("jwks");
    let by_kid = AuthenticateOptions::new();
    let run_sdk = |opts: &Arc<AuthenticateOptions>| {
        rt.block_on(async {
            let tasks: Vec<_> = (0..64)
                .map(|_| {
                    let (auth, token, opts) = (auth.clone(), token.clone(), Arc::clone(opts));
                    tokio::spawn(async move { auth.verify_token(&token, &opts, &NoJwks).await.expect("verifies") })
                })
                .collect();
            for task in tasks {
                assert!(task.await.expect("task").is_signed_in());
            }
        })
    };
    let mut group = c.benchmark_group("verify_session_token_64_concurrent");
    group.throughput(Throughput::Elements(64));
    group.bench_function("floor", |b| {
        b.iter(|| {
            rt.block_on(async {
                let tasks: Vec<_> = (0..64)
                    .map(|_| {
                        let (token, key, validation) = (token.clone(), floor_key.clone(), validation.clone());
                        tokio::spawn(async move {
                            jsonwebtoken9::decode::<FloorClaims>(&token, &key, &validation).expect("verifies");
                        })
                    })
                    .collect();
                for task in tasks {
                    task.await.expect("task");
                }
            })
        })
    });
    let (uncached, repeat) = (Arc::new(by_kid.clone().use_token_cache(false)), Arc::new(by_kid));
    group.bench_function("sdk_uncached", |b| b.iter(|| run_sdk(&uncached)));
    group.bench_function("sdk_repeat", |b| b.iter(|| run_sdk(&repeat)));
    // The key given up front: no key set lookup, no lock.
    let keyed = Arc::new(AuthenticateOptions::new().jwt_key(TOKEN_PUBLIC).expect("key").use_token_cache(false));
    group.bench_function("sdk_uncached_keyed", |b| b.iter(|| run_sdk(&keyed)));
    group.finish();
}

/// One request authenticated the whole way (`authenticate_parts`): the same
/// token as `Authorization: Bearer` and as the `__session` cookie beside
/// `__client_uat`, with the instance's publishable key, so the cookie rules
/// run. Fresh (cache off) and repeat (cache on).
struct PageRequests {
    opts: clerk_backend_api::auth::AuthenticateOptions,
    fresh_opts: clerk_backend_api::auth::AuthenticateOptions,
    bearer: String,
    cookie: String,
    auth: clerk_backend_api::auth::Authenticator,
}

/// The page load's other headers.
const PAGE: [(&str, &str); 3] = [("accept", "text/html"), ("sec-fetch-dest", "document"), ("host", "app.example.com")];

impl PageRequests {
    fn new() -> PageRequests {
        use clerk_backend_api::auth::{AuthenticateOptions, Authenticator};
        let token = session_token();
        // "clerk.example.com$": the host of the token's issuer.
        let opts = AuthenticateOptions::new()
            .jwt_key(TOKEN_PUBLIC)
            .expect("key")
            .publishable_key("pk_live_Y2xlcmsuZXhhbXBsZS5jb20k")
            .expect("publishable key");
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).expect("clock").as_secs();
        PageRequests {
            fresh_opts: opts.clone().use_token_cache(false),
            opts,
            bearer: format!("Bearer {token}"),
            cookie: format!("__client_uat={}; __session={token}; theme=dark", now - 10),
            auth: Authenticator::new(),
        }
    }

    /// Authenticates `n` requests carrying `credential`, each signed in.
    async fn run(&self, n: u64, opts: &clerk_backend_api::auth::AuthenticateOptions, credential: (&str, &str)) {
        for _ in 0..n {
            let headers = PAGE.iter().chain(std::iter::once(&credential)).map(|(n, v)| (*n, v.as_bytes()));
            let outcome = self.auth.authenticate_parts("GET", "/dashboard", headers, opts, &NoJwks, None, None).await;
            assert!(black_box(outcome.expect("authenticates")).state().is_signed_in());
        }
    }
}

fn request_paths(c: &mut Criterion, rt: &tokio::runtime::Runtime) {
    let r = PageRequests::new();
    let run = |opts: &clerk_backend_api::auth::AuthenticateOptions, credential: (&str, &str)| {
        rt.block_on(r.run(VERIFY_BATCH, opts, credential))
    };
    let mut group = c.benchmark_group("authenticate_request");
    group.throughput(Throughput::Elements(VERIFY_BATCH));
    group.bench_function("header_fresh", |b| b.iter(|| run(&r.fresh_opts, ("authorization", &r.bearer))));
    group.bench_function("cookie_fresh", |b| b.iter(|| run(&r.fresh_opts, ("cookie", &r.cookie))));
    group.bench_function("header_repeat", |b| b.iter(|| run(&r.opts, ("authorization", &r.bearer))));
    group.bench_function("cookie_repeat", |b| b.iter(|| run(&r.opts, ("cookie", &r.cookie))));
    group.finish();
}

/// Starting (and dropping) an emulator once the process's signing key
/// exists: what each test using one pays.
fn emulator_start(c: &mut Criterion, rt: &tokio::runtime::Runtime) {
    use clerk_backend_api::emulator::Emulator;
    let first = std::time::Instant::now();
    drop(rt.block_on(Emulator::start()).expect("emulator"));
    println!("emulator: first start in this process (generates the signing key): {:?}", first.elapsed());
    let mut group = c.benchmark_group("emulator_start");
    group.bench_function("start_then_drop", |b| {
        b.to_async(rt).iter(|| async { black_box(Emulator::start().await.expect("emulator")) })
    });
    group.finish();
}

fn decoding(c: &mut Criterion, page500: &[u8]) {
    let mut group = c.benchmark_group("decode_500_users");
    group.throughput(Throughput::Bytes(page500.len() as u64));
    group.bench_with_input(BenchmarkId::new("generated_types", "User"), page500, |b, bytes| {
        b.iter(|| black_box(serde_json::from_slice::<Vec<types::User>>(bytes).expect("decode")))
    });
    // The SDK's own path: the body checked as UTF-8 once, read as text, unions streamed.
    group.bench_with_input(BenchmarkId::new("generated_types_sdk_path", "User"), page500, |b, bytes| {
        b.iter(|| black_box(clerk_backend_api::__decode_items::<types::User>(bytes).expect("decode")))
    });
    group.bench_with_input(BenchmarkId::new("serde_json_value", "Value"), page500, |b, bytes| {
        b.iter(|| black_box(serde_json::from_slice::<Value>(bytes).expect("decode")))
    });
    group.bench_with_input(BenchmarkId::new("minimal_struct", "MiniUser"), page500, |b, bytes| {
        b.iter(|| black_box(serde_json::from_slice::<Vec<MiniUser>>(bytes).expect("decode")))
    });
    group.finish();
}

fn main() {
    let started = std::time::SystemTime::now();
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
    let users: Vec<Value> = (0..500).map(user).collect();
    let canned = Arc::new(Canned {
        user: serde_json::to_vec(&user(1)).expect("json"),
        page500: serde_json::to_vec(&users).expect("json"),
    });
    let url = rt.block_on(serve(canned.clone(), None));
    if let Ok(side) = std::env::var("CLERK_BENCH_PROFILE") {
        // The interleaved get, list and decode comparisons of a full run, alone.
        if side == "paired" {
            return paired_ratios(&rt, &url, &canned.page500);
        }
        return profile(&side, &rt, &url);
    }
    memory_report(&rt, &canned);

    let mut c = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sample_size(40)
        .configure_from_args();
    end_to_end(&mut c, &rt, &url);
    decoding(&mut c, &canned.page500);
    verification(&mut c, &rt);
    request_paths(&mut c, &rt);
    emulator_start(&mut c, &rt);
    c.final_summary();
    ratios(started);
    paired_ratios(&rt, &url, &canned.page500);
    paired_tokens(&rt);
    paired_auth(&rt);
}

/// `CLERK_BENCH_PROFILE=<side> cargo bench --bench sdk`: runs one side alone
/// for a profiler (`perf record`, `valgrind --tool=callgrind`), then exits;
/// `paired_tokens` and `paired_auth` run those interleaved comparisons alone
/// (`paired`, in `main`, the get, list and decode ones).
/// `CLERK_BENCH_CALLS` sets how many calls (default 20,000).
fn profile(side: &str, rt: &tokio::runtime::Runtime, url: &str) {
    let calls: usize = std::env::var("CLERK_BENCH_CALLS").ok().and_then(|n| n.parse().ok()).unwrap_or(20_000);
    // The SDK's client first: building it installs rustls's provider, which
    // a bare reqwest client needs too.
    let clerk = Clerk::builder().secret_key("sk_test_bench").base_url(url).build().expect("client");
    let http = reqwest::Client::new();
    let peer = peer_config(url);
    let get_url = format!("{url}/users/user_1");
    let tokens = || TokenSides::new();
    let started = std::time::Instant::now();
    match side {
        "get_floor" => rt.block_on(async {
            for _ in 0..calls {
                black_box(floor_call::<MiniUser>(&http, &get_url).await);
            }
        }),
        "get_floor_typed" => rt.block_on(async {
            for _ in 0..calls {
                black_box(floor_call::<types::User>(&http, &get_url).await);
            }
        }),
        "get_sdk" => rt.block_on(async {
            for _ in 0..calls {
                black_box(clerk.users().get("user_1").send().await.expect("get"));
            }
        }),
        "list_sdk" => rt.block_on(async {
            for _ in 0..calls {
                black_box(clerk.users().list().limit(500).send().await.expect("list"));
            }
        }),
        "list_floor_typed" => rt.block_on(async {
            for _ in 0..calls {
                black_box(floor_call::<Vec<types::User>>(&http, &format!("{url}/users?limit=500")).await);
            }
        }),
        "list_peer" => rt.block_on(async {
            for _ in 0..calls {
                black_box(peer_list(&peer).await);
            }
        }),
        "get_peer" => rt.block_on(async {
            for _ in 0..calls {
                black_box(peer_get(&peer).await);
            }
        }),
        // The same, 64 at once per round (`calls / 64` rounds).
        "get64_sdk" => rt.block_on(async {
            for _ in 0..calls / 64 {
                black_box(join_64(|| async { clerk.users().get("user_1").send().await.expect("get") }).await);
            }
        }),
        "get64_floor_typed" => rt.block_on(async {
            for _ in 0..calls / 64 {
                black_box(join_64(|| floor_call::<types::User>(&http, &get_url)).await);
            }
        }),
        "get64_peer" => rt.block_on(async {
            for _ in 0..calls / 64 {
                black_box(join_64(|| peer_get(&peer)).await);
            }
        }),
        "token_floor" => {
            let sides = tokens();
            (0..calls / 20).for_each(|_| {
                black_box(sides.floor(sides.batch(20)));
            });
        }
        "token_peer" => {
            let sides = tokens();
            (0..calls / 20).for_each(|_| {
                black_box(sides.peer(sides.batch(20)));
            });
        }
        "token_fresh" => {
            let sides = tokens();
            (0..calls / 20).for_each(|_| {
                black_box(sides.fresh(rt, 20));
            });
        }
        "token_uncached" => {
            let sides = tokens();
            (0..calls / 20).for_each(|_| {
                black_box(sides.sdk(rt, sides.batch(20), &sides.uncached));
            });
        }
        "token_repeat" => {
            let sides = tokens();
            (0..calls / 20).for_each(|_| {
                black_box(sides.repeat(rt, 20));
            });
        }
        // What one verification's future takes (a release build's figure).
        "future_size" => {
            let sides = tokens();
            let future = sides.auth.verify_token(&sides.pool[0], &sides.opts, &NoJwks);
            println!("verify_token's future: {} bytes", std::mem::size_of_val(&future));
        }
        // The interleaved comparisons alone.
        "paired_tokens" => paired_tokens(rt),
        "paired_get" => {
            let floor_get = || time_calls(rt, GET_ROUND, || floor_call::<MiniUser>(&http, &get_url));
            let sdk_get =
                || time_calls(rt, GET_ROUND, || async { clerk.users().get("user_1").send().await.expect("get") });
            let peer_get = || time_calls(rt, GET_ROUND, || peer_get(&peer));
            let _ = paired(20, floor_get, sdk_get);
            let pair = paired(GET_ROUNDS, floor_get, sdk_get);
            report("get_user throughput sdk/floor", ("floor", "sdk"), &pair, GET_ROUNDS);
            let pair = paired(GET_ROUNDS, peer_get, sdk_get);
            report("get_user throughput sdk/clerk-rs", ("clerk-rs", "sdk"), &pair, GET_ROUNDS);
            for (name, variant) in facade_variants(url) {
                let variant_get =
                    || time_calls(rt, GET_ROUND, || async { variant.users().get("user_1").send().await.expect("get") });
                let pair = paired(GET_ROUNDS, floor_get, variant_get);
                report(&format!("get_user throughput {name}/floor"), ("floor", "sdk"), &pair, GET_ROUNDS);
                let pair = paired(GET_ROUNDS, sdk_get, variant_get);
                report(&format!("get_user throughput {name}/sdk"), ("sdk", "variant"), &pair, GET_ROUNDS);
            }
        }
        "paired_auth" => paired_auth(rt),
        // 64 gets at once a round, as a server's handlers make them.
        "paired_concurrent" => {
            let floor = || time_async(rt, || join_64(|| floor_call::<MiniUser>(&http, &get_url)));
            let typed = || time_async(rt, || join_64(|| floor_call::<types::User>(&http, &get_url)));
            let sdk =
                || time_async(rt, || join_64(|| async { clerk.users().get("user_1").send().await.expect("get") }));
            let peer = || time_async(rt, || join_64(|| peer_get(&peer)));
            let rounds = 400;
            let _ = paired(20, floor, sdk);
            let pair = paired(rounds, floor, sdk);
            report("get_user_64_concurrent throughput sdk/floor", ("floor", "sdk"), &pair, rounds);
            let pair = paired(rounds, typed, sdk);
            report("get_user_64_concurrent throughput sdk/floor_typed", ("floor_typed", "sdk"), &pair, rounds);
            let pair = paired(rounds, peer, sdk);
            report("get_user_64_concurrent throughput sdk/clerk-rs", ("clerk-rs", "sdk"), &pair, rounds);
            for (name, variant) in facade_variants(url) {
                let variant_get = || {
                    time_async(rt, || join_64(|| async { variant.users().get("user_1").send().await.expect("get") }))
                };
                let pair = paired(rounds, sdk, variant_get);
                report(&format!("get_user_64_concurrent throughput {name}/sdk"), ("sdk", "variant"), &pair, rounds);
            }
        }
        other => {
            eprintln!("CLERK_BENCH_PROFILE: no side named {other:?}");
            std::process::exit(2);
        }
    }
    eprintln!("{side}: {calls} calls in {:?}", started.elapsed());
}

/// Calls in each round of an interleaved get comparison, one after the
/// other (a round's time is their sum: throughput, as a server sees it),
/// and the rounds.
const GET_ROUND: usize = 10;
const GET_ROUNDS: usize = 400;

/// Times `n` calls of `f` in a row, awaited one after the other on the runtime.
fn time_calls<F: std::future::Future>(rt: &tokio::runtime::Runtime, n: usize, f: impl Fn() -> F) -> Duration {
    time_async(rt, || async {
        for _ in 0..n {
            black_box(f().await);
        }
    })
}

/// The SDK with one part of its facade changed at a time: a default
/// reqwest client, no per-request timeout, no retries.
fn facade_variants(url: &str) -> [(&'static str, Clerk); 3] {
    let builder = || Clerk::builder().secret_key("sk_test_bench").base_url(url);
    [
        ("sdk, default reqwest client", builder().http_client(reqwest::Client::new()).build()),
        ("sdk, no timeout", builder().timeout(None).build()),
        ("sdk, no retries", builder().retry_policy(clerk_backend_api::RetryPolicy::none()).build()),
    ]
    .map(|(name, clerk)| (name, clerk.expect("client")))
}

/// Runs 64 calls of `f` at once and waits for all of them.
async fn join_64<F: std::future::Future>(f: impl Fn() -> F) -> Vec<F::Output> {
    futures::future::join_all((0..64).map(|_| f())).await
}

/// Times one run of `f` on the runtime.
fn time_async<F: std::future::Future>(rt: &tokio::runtime::Runtime, f: impl FnOnce() -> F) -> Duration {
    let future = f();
    let started = std::time::Instant::now();
    black_box(rt.block_on(future));
    started.elapsed()
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times.get(times.len() / 2).copied().unwrap_or_default()
}

/// What `paired` measured: each side's median round, and the median of the
/// per-round ratios A/B (the figure reported: a slow stretch of the machine
/// hits both sides of a round alike and cancels out of its ratio).
struct Paired {
    a: Duration,
    b: Duration,
    ratio: f64,
}

/// `rounds` A/B rounds: each round times one run of `a` and one of `b`,
/// swapping which goes first every round, so both sides see the same
/// stretches of a shared machine.
fn paired(rounds: usize, mut a: impl FnMut() -> Duration, mut b: impl FnMut() -> Duration) -> Paired {
    let (mut ta, mut tb) = (Vec::with_capacity(rounds), Vec::with_capacity(rounds));
    for round in 0..rounds {
        if round % 2 == 0 {
            ta.push(a());
            tb.push(b());
        } else {
            tb.push(b());
            ta.push(a());
        }
    }
    let mut ratios: Vec<f64> =
        ta.iter().zip(&tb).map(|(a, b)| a.as_secs_f64() / b.as_secs_f64().max(f64::MIN_POSITIVE)).collect();
    ratios.sort_by(f64::total_cmp);
    let ratio = ratios.get(ratios.len() / 2).copied().unwrap_or(f64::NAN);
    Paired { a: median(ta), b: median(tb), ratio }
}

/// The same comparisons as criterion's, measured A/B interleaved: on a noisy
/// machine, criterion measures the floor and the SDK seconds apart, and a
/// slow stretch that hits one of them moves the ratio; interleaving cancels it.
fn paired_ratios(rt: &tokio::runtime::Runtime, url: &str, page500: &[u8]) {
    // The SDK's client first: building it installs rustls's provider, which
    // a bare reqwest client needs too.
    let clerk = Clerk::builder().secret_key("sk_test_bench").base_url(url).build().expect("client");
    let http = reqwest::Client::new();
    let get_url = format!("{url}/users/user_1");
    let list_url = format!("{url}/users?limit=500");
    let floor_get = || time_calls(rt, GET_ROUND, || floor_call::<MiniUser>(&http, &get_url));
    let sdk_get = || time_calls(rt, GET_ROUND, || async { clerk.users().get("user_1").send().await.expect("get") });
    let peer = peer_config(url);
    let peer_get = || time_calls(rt, GET_ROUND, || peer_get(&peer));
    let peer_list = || time_async(rt, || peer_list(&peer));
    let floor_list = || time_async(rt, || floor_call::<Vec<MiniUser>>(&http, &list_url));
    let sdk_list = || time_async(rt, || async { clerk.users().list().limit(500).send().await.expect("list") });
    let timed = |f: &dyn Fn()| {
        let started = std::time::Instant::now();
        f();
        started.elapsed()
    };
    let decode_min = || timed(&|| drop(black_box(serde_json::from_slice::<Vec<MiniUser>>(page500).expect("decode"))));
    let decode_sdk =
        || timed(&|| drop(black_box(clerk_backend_api::__decode_items::<types::User>(page500).expect("decode"))));
    // Warm both sides' connections and caches first.
    let _ = paired(50, floor_list, sdk_list);

    println!("\npaired A/B rounds, same run (medians; each round runs both sides, alternating which goes first):");
    let pair = paired(GET_ROUNDS, floor_get, sdk_get);
    report("get_user          throughput sdk/floor", ("floor", "sdk"), &pair, GET_ROUNDS);
    let pair = paired(400, floor_list, sdk_list);
    report("list_500_users    throughput sdk/floor", ("floor", "sdk"), &pair, 400);
    let pair = paired(GET_ROUNDS, peer_get, sdk_get);
    report("get_user          throughput sdk/clerk-rs", ("clerk-rs", "sdk"), &pair, GET_ROUNDS);
    let pair = paired(400, peer_list, sdk_list);
    report("list_500_users    throughput sdk/clerk-rs", ("clerk-rs", "sdk"), &pair, 400);
    let floor_64 = || time_async(rt, || join_64(|| floor_call::<MiniUser>(&http, &get_url)));
    let sdk_64 = || time_async(rt, || join_64(|| async { clerk.users().get("user_1").send().await.expect("get") }));
    let peer_64 = || time_async(rt, || join_64(|| crate::peer_get(&peer)));
    let pair = paired(400, floor_64, sdk_64);
    report("get_user, 64 at once throughput sdk/floor", ("floor", "sdk"), &pair, 400);
    let pair = paired(400, peer_64, sdk_64);
    report("get_user, 64 at once throughput sdk/clerk-rs", ("clerk-rs", "sdk"), &pair, 400);
    let pair = paired(400, decode_sdk, decode_min);
    report("decode_500_users  time generated (SDK path)/five-field", ("generated", "five-field"), &pair, 400);
}

/// Token verification, interleaved: each round verifies 20 tokens one way
/// and 20 the other. Fresh tokens are the pool's, new to the SDK's cache.
fn paired_tokens(rt: &tokio::runtime::Runtime) {
    let sides = TokenSides::new();
    let n = 20;
    let rounds = 1000;
    let _ = paired(50, || sides.floor(sides.batch(n)), || sides.fresh(rt, n));
    let pair = paired(rounds, || sides.floor(sides.batch(n)), || sides.fresh(rt, n));
    report("verify_session_token fresh:  throughput sdk/floor", ("floor", "sdk"), &pair, rounds);
    let pair = paired(rounds, || sides.peer(sides.batch(n)), || sides.fresh(rt, n));
    report("verify_session_token fresh:  throughput sdk/clerk-rs", ("clerk-rs", "sdk"), &pair, rounds);
    let pair = paired(rounds, || sides.floor(sides.batch(n)), || sides.repeat(rt, n));
    report("verify_session_token repeat: throughput sdk/floor", ("floor", "sdk"), &pair, rounds);
}

/// The cookie path against the header path, interleaved: each round
/// authenticates 20 requests one way and 20 the other (same token).
fn paired_auth(rt: &tokio::runtime::Runtime) {
    use clerk_backend_api::auth::AuthenticateOptions;
    let r = PageRequests::new();
    let batch = |opts: &AuthenticateOptions, credential: (&str, &str)| time_async(rt, || r.run(20, opts, credential));
    let cookie = ("cookie", r.cookie.as_str());
    let bearer = ("authorization", r.bearer.as_str());
    let _ = paired(50, || batch(&r.opts, cookie), || batch(&r.opts, bearer));
    let rounds = 400;
    let pair = paired(rounds, || batch(&r.fresh_opts, cookie), || batch(&r.fresh_opts, bearer));
    report("authenticate_request fresh token: time cookie/header", ("cookie", "header"), &pair, rounds);
    let pair = paired(rounds, || batch(&r.opts, cookie), || batch(&r.opts, bearer));
    report("authenticate_request repeat token: time cookie/header", ("cookie", "header"), &pair, rounds);
}

/// Prints `a / b` with both medians, named.
fn report(what: &str, (a_name, b_name): (&str, &str), pair: &Paired, rounds: usize) {
    println!(
        "  {what} = {:.3}  (median of per-round ratios; medians {a_name} {:.1} µs, {b_name} {:.1} µs; {rounds} rounds)",
        pair.ratio,
        pair.a.as_secs_f64() * 1e6,
        pair.b.as_secs_f64() * 1e6
    );
}

/// Reads criterion's estimates back and prints SDK/floor ratios. Only
/// estimates written by this run (since `started`) count: a binary run
/// from another directory writes its own, and a stale file must not pass
/// for this run's figure.
fn ratios(started: std::time::SystemTime) {
    // Where criterion writes: `CRITERION_HOME`, else `$CARGO_TARGET_DIR/criterion`,
    // else `target/criterion` under the working directory (the package's
    // root under `cargo bench`).
    let dir = std::env::var_os("CRITERION_HOME").map(std::path::PathBuf::from).unwrap_or_else(|| {
        std::env::var_os("CARGO_TARGET_DIR")
            .map(std::path::PathBuf::from)
            .unwrap_or_else(|| std::path::PathBuf::from("target"))
            .join("criterion")
    });
    let fresh = |path: &std::path::Path| {
        std::fs::metadata(path).and_then(|m| m.modified()).is_ok_and(|modified| modified >= started)
    };
    if !fresh(&dir.join("get_user/sdk/new/estimates.json")) {
        println!("\nno criterion estimates from this run under {}: ratios from medians skipped", dir.display());
        return;
    }
    let median = |group: &str, id: &str| -> Option<f64> {
        let path = dir.join(group).join(id).join("new/estimates.json");
        if !fresh(&path) {
            return None;
        }
        let text = std::fs::read_to_string(path).ok()?;
        let v: Value = serde_json::from_str(&text).ok()?;
        // The median: on a shared, noisy machine one slow stretch moves the
        // mean far more than it moves the median.
        v["median"]["point_estimate"].as_f64()
    };
    println!("\nratios from this run, from medians (throughput: SDK calls/s over floor calls/s, higher is better):");
    for group in ["get_user", "list_500_users", "get_user_64_concurrent"] {
        if let (Some(sdk), Some(floor)) = (median(group, "sdk"), median(group, "floor")) {
            println!(
                "  {group:<24} throughput sdk/floor = {:.3}  ({:.1} µs vs {:.1} µs per call)",
                floor / sdk,
                sdk / 1e3,
                floor / 1e3
            );
        }
        // The other Rust SDK for Clerk, same request, same server.
        if let (Some(sdk), Some(peer)) = (median(group, "sdk"), median(group, "peer")) {
            println!(
                "  {group:<24} throughput sdk/clerk-rs = {:.3}  ({:.1} µs vs {:.1} µs)",
                peer / sdk,
                sdk / 1e3,
                peer / 1e3
            );
        }
        // The same request decoded into the same generated types: what the facade alone costs.
        if let (Some(sdk), Some(typed)) = (median(group, "sdk"), median(group, "floor_typed")) {
            println!(
                "  {group:<24} time sdk/floor_typed = {:.3}  ({:.1} µs vs {:.1} µs)",
                sdk / typed,
                sdk / 1e3,
                typed / 1e3
            );
        }
    }
    let v = "verify_session_token";
    let per = |t: f64, batch: u64| t / 1e3 / batch as f64;
    if let (Some(floor), Some(fresh), Some(repeat)) =
        (median(v, "floor"), median(v, "sdk_fresh"), median(v, "sdk_repeat"))
    {
        println!(
            "  {v:<24} throughput sdk/floor: fresh token = {:.3}, repeat token = {:.1}  ({:.2} µs, {:.3} µs vs {:.2} µs per token)",
            floor / fresh,
            floor / repeat,
            per(fresh, VERIFY_BATCH),
            per(repeat, VERIFY_BATCH),
            per(floor, VERIFY_BATCH)
        );
        if let Some(peer) = median(v, "peer") {
            println!(
                "  {v:<24} throughput sdk/clerk-rs: fresh token = {:.3}  (clerk-rs {:.2} µs per token)",
                peer / fresh,
                per(peer, VERIFY_BATCH)
            );
        }
        if let Some(uncached) = median(v, "sdk_uncached") {
            println!(
                "  {v:<24} throughput sdk/floor: cache off = {:.3}  ({:.2} µs per token)",
                floor / uncached,
                per(uncached, VERIFY_BATCH)
            );
        }
    }
    let v = "verify_session_token_64_concurrent";
    if let (Some(floor), Some(uncached), Some(repeat)) =
        (median(v, "floor"), median(v, "sdk_uncached"), median(v, "sdk_repeat"))
    {
        println!(
            "  {v:<24} throughput sdk/floor: cache off = {:.3}, repeat token = {:.1}  ({:.1} µs, {:.2} µs vs {:.1} µs per token)",
            floor / uncached,
            floor / repeat,
            per(uncached, 64),
            per(repeat, 64),
            per(floor, 64)
        );
        // The same, the key given up front instead of found in a loaded key set.
        if let Some(keyed) = median(v, "sdk_uncached_keyed") {
            println!("  {v:<24} throughput sdk/floor: cache off, key given = {:.3}", floor / keyed);
        }
    }
    let g = "authenticate_request";
    for kind in ["fresh", "repeat"] {
        if let (Some(header), Some(cookie)) =
            (median(g, &format!("header_{kind}")), median(g, &format!("cookie_{kind}")))
        {
            println!(
                "  {g:<24} {kind} token: cookie path time / header path time = {:.3}  ({:.2} µs vs {:.2} µs per request)",
                cookie / header,
                cookie / 1e3 / VERIFY_BATCH as f64,
                header / 1e3 / VERIFY_BATCH as f64
            );
        }
    }
    let g = "decode_500_users";
    if let (Some(t), Some(v), Some(m)) =
        (median(g, "generated_types/User"), median(g, "serde_json_value/Value"), median(g, "minimal_struct/MiniUser"))
    {
        println!(
            "  {g:<24} decode time generated/Value = {:.3}, generated/five-field = {:.3}  ({:.0} µs, {:.0} µs, {:.0} µs)",
            t / v,
            t / m,
            t / 1e3,
            v / 1e3,
            m / 1e3
        );
    }
    if let (Some(p), Some(m)) = (median(g, "generated_types_sdk_path/User"), median(g, "minimal_struct/MiniUser")) {
        println!(
            "  {g:<24} decode time generated (the SDK's path: UTF-8 checked once)/five-field = {:.3}  ({:.0} µs)",
            p / m,
            p / 1e3
        );
    }
}
