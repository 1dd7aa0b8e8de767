//! Pages and streams over Clerk's list endpoints.
//!
//! Clerk lists come in three shapes: `{data, total_count}`, a bare JSON array
//! (which some endpoints turn into `{data, total_count}` when asked with
//! `paginated=true`), and `{m2m_tokens, total_count}`. Every list builder
//! that takes `limit` and `offset` has two extra methods that hide the shape:
//!
//! - `send_page()` returns a [`Page`]: the items, and the total where Clerk
//!   gives one (it asks for it with `paginated=true` where that is how).
//! - `stream()` returns an [`ItemStream`] of every item across pages, one
//!   request in flight at a time, with only one page held in memory.
//!
//! ```no_run
//! use futures::TryStreamExt;
//! # async fn run(clerk: clerk_backend_api::Clerk) -> Result<(), clerk_backend_api::Error> {
//! let mut users = clerk.users().list().limit(500).stream();
//! while let Some(user) = users.try_next().await? {
//!     println!("{}", user.id);
//! }
//! # Ok(())
//! # }
//! ```

use crate::Error;
use futures::stream::{self, Stream, StreamExt, TryStreamExt};
use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::fmt;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;

/// The page size a stream uses when the request sets no `limit` (or the
/// endpoint's maximum, when that is smaller).
pub const DEFAULT_PAGE_SIZE: i64 = 100;
/// The largest page any Clerk list serves; each endpoint's own maximum (from
/// the spec) may be smaller: API keys and M2M tokens allow 100.
pub const MAX_PAGE_SIZE: i64 = 500;

/// One page of a list.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    /// The items on this page.
    pub items: Vec<T>,
    /// How many items the whole list holds, when Clerk says.
    pub total_count: Option<i64>,
}

impl<T> Page<T> {
    /// Whether the page holds no items.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

impl<T> IntoIterator for Page<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

/// A list answer in any of Clerk's three shapes, decoded in one pass.
#[doc(hidden)]
#[derive(Debug)]
pub struct ListBody<T> {
    items: Vec<T>,
    total_count: Option<i64>,
}

impl<T> From<ListBody<T>> for Page<T> {
    fn from(b: ListBody<T>) -> Self {
        Page { items: b.items, total_count: b.total_count }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for ListBody<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = ListBody<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON array, or an object with `data` or `m2m_tokens` and `total_count`")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(MAX_PAGE_SIZE as usize));
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(ListBody { items, total_count: None })
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut items = None;
                let mut total_count = None;
                while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                    match key.as_ref() {
                        "data" | "m2m_tokens" if items.is_none() => items = Some(map.next_value()?),
                        "total_count" => total_count = map.next_value()?,
                        _ => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                let items = items.ok_or_else(|| de::Error::missing_field("data"))?;
                Ok(ListBody { items, total_count })
            }
        }
        d.deserialize_any(V(PhantomData))
    }
}

/// A boxed future for one page.
pub type PageFuture<'a, T> = Pin<Box<dyn Future<Output = Result<Page<T>, Error>> + Send + 'a>>;

/// Every item of a list, page after page; ends after the last page or at
/// the first error (retries happen underneath, per the client's policy).
pub type ItemStream<'a, T> = Pin<Box<dyn Stream<Item = Result<T, Error>> + Send + 'a>>;

/// A list request that can be sent page by page. Implemented by every
/// generated list builder that takes `limit` and `offset`.
pub trait ListRequest<'a>: Clone + Send + Sized + 'a {
    /// The list's item type.
    type Item: Send + 'a;
    /// The largest `limit` this endpoint allows, from the spec.
    fn max_page_size(&self) -> i64;
    /// The `limit` the caller set, if any.
    fn page_size(&self) -> Option<i64>;
    /// The `offset` the caller set, 0 if none.
    fn start_offset(&self) -> i64;
    /// The same request for another window of the list.
    fn at(self, limit: i64, offset: i64) -> Self;
    /// Fetches the page this request names.
    fn fetch(self) -> PageFuture<'a, Self::Item>;
}

struct Cursor<R> {
    request: R,
    offset: i64,
    finished: bool,
}

/// Streams every item of `request`'s list from its offset on.
///
/// Where Clerk gives a total (`{data, total_count}` and the M2M token list),
/// the stream goes on while the offset is below the total and the last page
/// held items: a server that serves shorter pages than asked (a cap of its
/// own) loses nothing. A bare-array list has no total, so there a page
/// shorter than the page size is the end.
pub fn stream<'a, R: ListRequest<'a>>(request: R) -> ItemStream<'a, R::Item> {
    let max = request.max_page_size().clamp(1, MAX_PAGE_SIZE);
    let size = request.page_size().unwrap_or(DEFAULT_PAGE_SIZE).clamp(1, max);
    let offset = request.start_offset().max(0);
    let pages = stream::try_unfold(Cursor { request, offset, finished: false }, move |cursor| async move {
        if cursor.finished {
            return Ok::<_, Error>(None);
        }
        let page = cursor.request.clone().at(size, cursor.offset).fetch().await?;
        let got = i64::try_from(page.items.len()).unwrap_or(i64::MAX);
        let next = cursor.offset.saturating_add(got);
        let finished = match page.total_count {
            // The total decides; an empty page ends it anyway, so a total
            // that overstates the list can't loop forever.
            Some(total) => got == 0 || next >= total,
            // No total: a short page is the last one.
            None => got < size,
        };
        let items = stream::iter(page.items.into_iter().map(Ok::<_, Error>));
        Ok(Some((items, Cursor { request: cursor.request, offset: next, finished })))
    });
    pages.try_flatten().boxed()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_three_shapes_decode() {
        let bare: ListBody<u32> = serde_json::from_str("[1,2,3]").unwrap();
        assert_eq!(Page::from(bare), Page { items: vec![1, 2, 3], total_count: None });
        let data: ListBody<u32> =
            serde_json::from_str(r#"{"total_count": 9, "data": [4], "extra": {"x": 1}}"#).unwrap();
        assert_eq!(Page::from(data), Page { items: vec![4], total_count: Some(9) });
        let m2m: ListBody<u32> = serde_json::from_str(r#"{"m2m_tokens": [5, 6], "total_count": 2}"#).unwrap();
        assert_eq!(Page::from(m2m), Page { items: vec![5, 6], total_count: Some(2) });
        assert!(serde_json::from_str::<ListBody<u32>>(r#"{"total_count": 1}"#).is_err());
        assert!(serde_json::from_str::<ListBody<u32>>("7").is_err());
    }
}
