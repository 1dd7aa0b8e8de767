//! What the emulator's pages share: escaping, the page around the content,
//! and the answer that carries it. Plain server-rendered HTML; every string
//! that comes from a request or from the state goes through [`esc`].

use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

/// `s` safe to put in HTML text and in quoted attribute values.
pub(crate) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A Unix time in milliseconds as `YYYY-MM-DD HH:MM:SS` (UTC), or `-`.
pub(crate) fn time(ms: Option<i64>) -> String {
    ms.and_then(chrono::DateTime::from_timestamp_millis)
        .map(|t| t.format("%Y-%m-%d %H:%M:%S").to_string())
        .unwrap_or_else(|| "-".to_string())
}

const STYLE: &str = "\
body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;margin:0;color:#1f2330;background:#f6f7fb}\
main{max-width:1100px;margin:0 auto;padding:24px}\
header{background:#2b2d42;color:#fff;padding:14px 24px}\
header h1{margin:0;font-size:20px}header p{margin:4px 0 0;color:#d0d3e2;font-size:14px}\
header a{color:#fff}\
h2{font-size:17px;margin:28px 0 8px}.card h2{margin-top:0}\
tr.delivery td{border-bottom:none}summary{cursor:pointer;color:#5661b3}\
.note{background:#fff4d6;border:1px solid #e9c46a;border-radius:6px;padding:10px 14px}\
.error{background:#fde2e1;border:1px solid #e5787a;border-radius:6px;padding:10px 14px}\
.card{background:#fff;border:1px solid #dfe2ec;border-radius:8px;padding:16px;margin:12px 0}\
table{border-collapse:collapse;width:100%;background:#fff;border:1px solid #dfe2ec}\
th,td{text-align:left;padding:6px 10px;border-bottom:1px solid #eceef4;vertical-align:top;font-size:14px}\
th{background:#eef0f6;font-weight:600}\
code,pre{font:13px ui-monospace,SFMono-Regular,Menlo,monospace}\
pre{white-space:pre-wrap;word-break:break-all;background:#f3f4f8;padding:8px;margin:6px 0;max-height:320px;overflow:auto}\
.muted{color:#6b7085}.ok{color:#1b7f3b}.bad{color:#b42318}\
ul.users{list-style:none;padding:0;margin:0}ul.users li{margin:6px 0}\
button{font:inherit;cursor:pointer;border:1px solid #5661b3;background:#5661b3;color:#fff;border-radius:6px;padding:6px 14px}\
button.user{background:#fff;color:#1f2330;border-color:#c9cde0;min-width:320px;text-align:left}\
button.user:hover{border-color:#5661b3}\
button.small{padding:2px 8px;font-size:13px}\
input[type=email]{font:inherit;padding:6px 8px;border:1px solid #c9cde0;border-radius:6px;min-width:280px}\
nav a{margin-right:14px}";

/// A whole page: the banner that says this is the local emulator, then `body`.
pub(crate) fn page(title: &str, body: &str) -> String {
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title><style>{STYLE}</style></head><body>\
         <header><h1>{title}</h1><p>A local Clerk emulator for development and tests, not a real Clerk: \
         no passwords, no emails sent, and anyone who can reach this page can act as any user.</p></header>\
         <main>{body}</main></body></html>",
        title = esc(title)
    )
}

/// An HTML answer, never cached, and not to be framed or loaded with
/// scripts from elsewhere.
pub(crate) fn answer(status: StatusCode, html: String) -> Response {
    let mut response = (status, html).into_response();
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        "content-security-policy",
        HeaderValue::from_static(
            "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; connect-src 'self'; \
             base-uri 'none'; frame-ancestors 'none'",
        ),
    );
    headers.insert("x-content-type-options", HeaderValue::from_static("nosniff"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_html_reads_as_markup() {
        assert_eq!(esc(r#"<a href="x">'&'</a>"#), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
        assert_eq!(esc("ada@example.com"), "ada@example.com");
    }
}
