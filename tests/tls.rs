//! The default TLS stack (`rustls` feature: rustls over `ring`): the client
//! speaks TLS to an `https` base URL, offers HTTP/2 and HTTP/1.1, and a failed
//! handshake is a typed error, not a panic. A loopback listener reads the
//! ClientHello bytes; no certificate is involved.

use clerk_backend_api::{install_rustls_provider, Clerk, Error, RetryPolicy};
use tokio::io::AsyncReadExt;
use tokio::net::TcpListener;

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[tokio::test]
async fn https_calls_start_a_tls_handshake_offering_http11_and_h2_only_with_its_feature() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = tokio::spawn(async move {
        let (mut stream, _) = listener.accept().await.unwrap();
        let mut hello = vec![0u8; 4096];
        let mut read = 0;
        // A ClientHello from rustls fits in one small record; read until the
        // record's declared length is in.
        while read < 5 || read < 5 + usize::from(u16::from_be_bytes([hello[3], hello[4]])) {
            match stream.read(&mut hello[read..]).await {
                Ok(0) | Err(_) => break,
                Ok(n) => read += n,
            }
        }
        hello.truncate(read);
        hello // dropping the stream ends the handshake
    });

    let clerk = Clerk::builder()
        .secret_key("sk_test_tls")
        .base_url(format!("https://127.0.0.1:{port}"))
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    let result = clerk.users().get("user_1").send().await;
    assert!(matches!(result, Err(Error::Transport { .. })), "{result:?}");

    let hello = server.await.unwrap();
    assert_eq!(hello.first(), Some(&0x16), "a TLS handshake record");
    assert_eq!(hello.get(5), Some(&0x01), "a ClientHello");
    // ALPN entries are length-prefixed protocol names.
    // HTTP/2 is offered only when the `http2` feature lets reqwest speak it.
    assert_eq!(contains(&hello, b"\x02h2"), cfg!(feature = "http2"), "h2 offered as the feature says");
    assert!(contains(&hello, b"\x08http/1.1"), "offers http/1.1");
    // Nothing of the request (or its key) is sent before the handshake.
    assert!(!contains(&hello, b"sk_test_tls"));
}

#[test]
fn a_provider_is_installed_once_and_reqwest_clients_build_after_it() {
    let _ = Clerk::builder();
    // The builder installed one (or the process had one): never twice.
    assert!(!install_rustls_provider());
    // reqwest's own builder panics when no provider is installed.
    assert!(clerk_backend_api::reqwest::Client::builder().build().is_ok());
}
