//! A loopback HTTP server that follows a script, one step per request:
//! answer, close the connection after reading the request, or stall.
//! It records when each request arrived, so tests can check waits.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// What the server does with one request.
#[derive(Clone, Debug)]
pub enum Step {
    /// Answer with this status, extra headers and JSON body.
    Reply(u16, Vec<(&'static str, String)>, String),
    /// Read the request, then close the connection without answering.
    Close,
    /// Read the request, then say nothing for this long.
    Stall(Duration),
    /// Answer with this status and a `content-length` promising more bytes
    /// than are sent, then close: the body breaks off mid-read.
    Truncated(u16, String),
    /// Answer with this status and the first part of the body, then say
    /// nothing for this long: the body stalls mid-read.
    StallBody(u16, String, Duration),
}

/// A request as the server saw it.
#[derive(Clone, Debug)]
pub struct Seen {
    pub method: String,
    pub path: String,
    pub at: Instant,
}

pub struct FaultServer {
    pub url: String,
    pub seen: Arc<Mutex<Vec<Seen>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for FaultServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl FaultServer {
    /// Starts a server that plays `script`; requests past its end get the last step.
    pub async fn start(script: Vec<Step>) -> FaultServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind loopback");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        let seen = Arc::new(Mutex::new(Vec::new()));
        let log = seen.clone();
        let task = tokio::spawn(async move {
            let mut n = 0usize;
            loop {
                let Ok((stream, _)) = listener.accept().await else { return };
                let step = script.get(n).or(script.last()).cloned().expect("a non-empty script");
                n += 1;
                let log = log.clone();
                tokio::spawn(async move { serve(stream, step, log).await });
            }
        });
        FaultServer { url, seen, task }
    }

    pub fn count(&self) -> usize {
        self.seen.lock().expect("lock").len()
    }

    /// Gaps between consecutive requests.
    pub fn gaps(&self) -> Vec<Duration> {
        let seen = self.seen.lock().expect("lock");
        seen.windows(2).map(|w| w[1].at - w[0].at).collect()
    }
}

async fn serve(mut stream: TcpStream, step: Step, log: Arc<Mutex<Vec<Seen>>>) {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    // Read the head, then as much body as Content-Length says.
    let head_end = loop {
        let Ok(n) = stream.read(&mut chunk).await else { return };
        if n == 0 {
            return;
        }
        buf.extend_from_slice(&chunk[..n]);
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
    let length = head
        .lines()
        .find_map(|l| {
            l.to_ascii_lowercase().strip_prefix("content-length:").map(|v| v.trim().parse::<usize>().unwrap_or(0))
        })
        .unwrap_or(0);
    while buf.len() < head_end + length {
        let Ok(n) = stream.read(&mut chunk).await else { return };
        if n == 0 {
            break;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    let mut first = head.lines().next().unwrap_or("").split_whitespace();
    let method = first.next().unwrap_or("").to_string();
    let path = first.next().unwrap_or("").to_string();
    log.lock().expect("lock").push(Seen { method, path, at: Instant::now() });
    match step {
        Step::Reply(status, headers, body) => {
            let mut out = format!(
                "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n",
                body.len()
            );
            for (k, v) in headers {
                out.push_str(&format!("{k}: {v}\r\n"));
            }
            out.push_str("\r\n");
            out.push_str(&body);
            let _ = stream.write_all(out.as_bytes()).await;
            let _ = stream.shutdown().await;
        }
        Step::Truncated(status, partial) => {
            let out = format!(
                "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{partial}",
                partial.len() + 1000
            );
            let _ = stream.write_all(out.as_bytes()).await;
            let _ = stream.flush().await;
            drop(stream);
        }
        Step::StallBody(status, partial, d) => {
            let out = format!(
                "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{partial}",
                partial.len() + 1000
            );
            let _ = stream.write_all(out.as_bytes()).await;
            let _ = stream.flush().await;
            tokio::time::sleep(d).await;
            drop(stream);
        }
        Step::Close => drop(stream),
        Step::Stall(d) => {
            tokio::time::sleep(d).await;
            drop(stream);
        }
    }
}

/// A port on loopback where nothing listens.
pub async fn closed_port_url() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    drop(listener);
    format!("http://{addr}")
}
