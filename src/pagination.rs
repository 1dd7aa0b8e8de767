//! Pages and streams over Clerk's list endpoints.
//!
//! Clerk lists come in three shapes: `{data, total_count}`, a bare JSON array
//! (which some endpoints turn into `{data, total_count}` when asked with
//! `paginated=true`), and `{m2m_tokens, total_count}`. Every list builder
//! that takes `limit` and `offset` has two extra methods that hide the shape:
//!
//! - `send_page()` returns a [`Page`]: the items, and the total where Clerk
//!   gives one (it asks for it with `paginated=true` where that is how). The
//!   user list gives none: count users with `clerk.users().count()`.
//! - `stream()` returns an [`ItemStream`] of every item across pages, one
//!   request in flight at a time, with only one page held in memory.
//!
//! `paginated` is not a setter on any builder: `send()` always gets, and
//! decodes, the list's usual shape.
//!
//! # Cursor or offset
//!
//! A list whose endpoint takes a cursor (today the user list's
//! `starting_after`: the id of the last item of the previous page) is
//! streamed by cursor when the request allows it: no `offset` (or `0`), and
//! `order_by` unset or one of [`CURSOR_ORDERINGS`] (Clerk keeps cursors to
//! the `created_at` orderings). A cursor page costs Clerk the same however
//! deep it is, while a deep `offset` gets slower and eventually times out;
//! and new items never shift a cursor walk, while each item created ahead of
//! an offset walk pushes the rest one place down. Any other list, or a
//! request with another ordering or an `offset`, is streamed by offset.
//! [`ItemStream::paging`] says which.
//!
//! ```no_run
//! use futures::TryStreamExt;
//! # async fn run(clerk: clerk_backend_api::Clerk) -> Result<(), clerk_backend_api::Error> {
//! let mut users = clerk.users().list().limit(500).stream(); // by cursor
//! while let Some(user) = users.try_next().await? {
//!     println!("{}", user.id);
//! }
//! # Ok(())
//! # }
//! ```
//!
//! # Resuming
//!
//! [`ItemStream::cursor`] is the id of the last item the stream yielded.
//! Save it, and a job that stops half-way continues with the same request
//! plus `starting_after`:
//!
//! ```no_run
//! use futures::TryStreamExt;
//! # async fn run(clerk: clerk_backend_api::Clerk, saved: Option<String>) -> Result<(), clerk_backend_api::Error> {
//! let mut request = clerk.users().list().limit(500);
//! if let Some(cursor) = saved {
//!     request = request.starting_after(cursor);
//! }
//! let mut users = request.stream();
//! while let Some(user) = users.try_next().await? {
//!     // ... work on `user`, then record how far the job got:
//!     let _resume_here: Option<&str> = users.cursor();
//! }
//! # Ok(())
//! # }
//! ```
//!
//! An offset walk resumes with `.offset(stream.next_offset())` instead.
//!
//! # Items seen twice
//!
//! When a list's items have an `id`, a stream never yields the same id twice
//! within [`DEDUP_WINDOW`] items: it remembers the ids (not the items) of the
//! last 10,000 items it yielded and skips an item whose id is among them
//! ([`ItemStream::skipped`] counts those). On an offset walk, each item
//! created ahead of the walk between two page requests brings one item of
//! the previous page back; up to 10,000 such creations between two requests
//! are caught, more would let repeats through. Deletions during an offset
//! walk shift items the other way, past the walk: those are missed, and no
//! client can tell. A cursor walk is not affected by either.

use crate::Error;
use futures::stream::Stream;
use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::collections::{HashSet, VecDeque};
use std::fmt;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

/// The page size a stream uses when the request sets no `limit` (or the
/// endpoint's maximum, when that is smaller).
pub const DEFAULT_PAGE_SIZE: i64 = 100;
/// The largest page any Clerk list serves; each endpoint's own maximum (from
/// the spec) may be smaller: API keys and M2M tokens allow 100.
pub const MAX_PAGE_SIZE: i64 = 500;
/// The `order_by` values a cursor walk follows; with any other ordering a
/// stream walks by offset.
pub const CURSOR_ORDERINGS: &[&str] = &["created_at", "+created_at", "-created_at"];
/// How many of the ids it yielded last a stream remembers to skip repeats.
/// Only the ids are held: for Clerk's 32-character ids, a full window and
/// its two tables come to about 1.3 MB, reached after 10,000 items and flat
/// from there (`benches/memory.rs` measures a 50,000-user stream).
pub const DEDUP_WINDOW: usize = 10_000;

/// One page of a list.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    /// The items on this page.
    pub items: Vec<T>,
    /// How many items the whole list holds, when Clerk says (`None` for
    /// lists answered as a bare array, such as the user list).
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

impl<T: serde::de::DeserializeOwned> ListBody<T> {
    /// Decodes a list answer as `crate::call::json` does, with room for the
    /// items set aside from the body's length.
    pub(crate) fn decode(body: &[u8]) -> Result<Self, serde_json::Error> {
        crate::call::text(body, |text| {
            crate::call::seeded(text, ListSeed::<T>::with_room(crate::decode::room_for::<T>(text.len())))
        })
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for ListBody<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        de::DeserializeSeed::deserialize(ListSeed::with_room(0), d)
    }
}

/// Reads a [`ListBody`] with room for `room` items set aside.
struct ListSeed<T> {
    room: usize,
    item: PhantomData<T>,
}

impl<T> ListSeed<T> {
    fn with_room(room: usize) -> Self {
        ListSeed { room: room.min(MAX_PAGE_SIZE as usize), item: PhantomData }
    }
}

impl<'de, T: Deserialize<'de>> de::DeserializeSeed<'de> for ListSeed<T> {
    type Value = ListBody<T>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<ListBody<T>, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de, T: Deserialize<'de>> Visitor<'de> for ListSeed<T> {
    type Value = ListBody<T>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON array, or an object with `data` or `m2m_tokens` and `total_count`")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        let items = crate::decode::Items::with_room(self.room).visit_seq(seq)?;
        Ok(ListBody { items, total_count: None })
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut items = None;
        let mut total_count = None;
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            match key.as_ref() {
                "data" | "m2m_tokens" if items.is_none() => {
                    items = Some(map.next_value_seed(crate::decode::Items::with_room(self.room))?);
                }
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

/// A boxed future for one page.
pub type PageFuture<'a, T> = Pin<Box<dyn Future<Output = Result<Page<T>, Error>> + Send + 'a>>;

/// How a stream walks its list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paging {
    /// Each request names the last item of the previous page
    /// (`starting_after`).
    Cursor,
    /// Each request names how many items to skip (`offset`).
    Offset,
}

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
    /// Whether the endpoint takes a cursor (`starting_after`), from the spec.
    fn takes_cursor(&self) -> bool {
        false
    }
    /// The cursor the caller set, if any.
    fn start_cursor(&self) -> Option<String> {
        None
    }
    /// The `order_by` the caller set, if the endpoint takes a cursor and one
    /// was set.
    fn ordering(&self) -> Option<String> {
        None
    }
    /// The same request for another window of the list.
    fn at(self, limit: i64, offset: i64) -> Self;
    /// The same request for the page after the item with id `cursor` (the
    /// first page, when `None`), `offset` left as the caller set it.
    fn after(self, limit: i64, cursor: Option<&str>) -> Self {
        let _ = cursor;
        self.at(limit, 0)
    }
    /// The item's id, for lists whose items have one.
    fn item_id(item: &Self::Item) -> Option<&str> {
        let _ = item;
        None
    }
    /// Fetches the page this request names.
    fn fetch(self) -> PageFuture<'a, Self::Item>;
}

/// How `request` is streamed: by cursor when its endpoint takes one, the
/// caller set no `offset` and the ordering is a `created_at` one (or unset);
/// a cursor the caller set is always followed (Clerk refuses it with an
/// `offset` or another ordering, and the stream ends with that error).
pub fn paging<'a, R: ListRequest<'a>>(request: &R) -> Paging {
    if !request.takes_cursor() {
        return Paging::Offset;
    }
    if request.start_cursor().is_some() {
        return Paging::Cursor;
    }
    if request.start_offset() != 0 {
        return Paging::Offset;
    }
    match request.ordering() {
        None => Paging::Cursor,
        Some(o) if CURSOR_ORDERINGS.contains(&o.as_str()) => Paging::Cursor,
        Some(_) => Paging::Offset,
    }
}

/// Which page to fetch next.
enum Window {
    Offset(i64),
    After(Option<Arc<str>>),
}

type Fetch<'a, T> = Box<dyn FnMut(i64, &Window) -> PageFuture<'a, T> + Send + 'a>;

/// The ids of the last [`DEDUP_WINDOW`] items yielded.
#[derive(Default)]
struct RecentIds {
    order: VecDeque<Arc<str>>,
    set: HashSet<Arc<str>>,
}

impl RecentIds {
    fn contains(&self, id: &str) -> bool {
        self.set.contains(id)
    }

    /// Remembers `id`; `None` when it is already remembered.
    fn insert(&mut self, id: &str) -> Option<Arc<str>> {
        if self.set.contains(id) {
            return None;
        }
        let id: Arc<str> = Arc::from(id);
        if self.order.len() >= DEDUP_WINDOW {
            if let Some(oldest) = self.order.pop_front() {
                self.set.remove(&oldest);
            }
            // Replacing ids leaves tombstones that make a table sized for the
            // window grow once anyway; grow it now, when it fills, so memory is
            // flat from here on (with room to spare it rehashes in place).
            if self.set.capacity() < 2 * DEDUP_WINDOW {
                self.set.reserve(2 * DEDUP_WINDOW - self.set.len());
            }
        }
        self.order.push_back(id.clone());
        self.set.insert(id.clone());
        Some(id)
    }
}

/// Every item of a list, page after page; ends after the last page or at
/// the first error (retries happen underneath, per the client's policy).
///
/// A `Stream` of `Result<T, Error>`: read it with
/// [`TryStreamExt`](futures::TryStreamExt) (`try_next`, `try_collect`, ...).
/// It fetches nothing until polled, keeps one request in flight and one
/// page in memory, and skips repeated ids as the [module](self) describes.
/// While it runs, [`cursor`](Self::cursor) and
/// [`next_offset`](Self::next_offset) tell where to resume.
pub struct ItemStream<'a, T> {
    fetch: Fetch<'a, T>,
    id_of: fn(&T) -> Option<&str>,
    paging: Paging,
    size: i64,
    in_flight: Option<PageFuture<'a, T>>,
    page: std::vec::IntoIter<T>,
    /// Where the next request starts.
    window: Window,
    /// The list position (as offsets count) of the next item in `page`.
    position: i64,
    /// The id of the last item yielded, or the cursor the stream began at.
    last: Option<Arc<str>>,
    seen: RecentIds,
    skipped: u64,
    finished: bool,
}

// Nothing in the stream is pinned in place: the page future is boxed.
impl<T> Unpin for ItemStream<'_, T> {}

impl<T> fmt::Debug for ItemStream<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ItemStream")
            .field("paging", &self.paging)
            .field("page_size", &self.size)
            .field("cursor", &self.cursor())
            .field("next_offset", &self.position)
            .field("skipped", &self.skipped)
            .field("finished", &self.finished)
            .finish_non_exhaustive()
    }
}

impl<T> ItemStream<'_, T> {
    /// Whether this stream walks by cursor or by offset.
    pub fn paging(&self) -> Paging {
        self.paging
    }

    /// The id of the last item yielded (before the first one, the
    /// `starting_after` the request carried, if any). Give it to the same
    /// request's `starting_after` to continue right after that item; on a
    /// list without a cursor it is still the last id seen.
    pub fn cursor(&self) -> Option<&str> {
        self.last.as_deref()
    }

    /// How far into the list the next item sits, as `offset` counts: the
    /// caller's `offset` plus every item taken from a page so far (skipped
    /// repeats included). Give it to the same request's `offset` to resume
    /// an offset walk; on a cursor walk it counts from the starting cursor.
    pub fn next_offset(&self) -> i64 {
        self.position
    }

    /// How many items this stream did not yield because it had already
    /// yielded their id.
    pub fn skipped(&self) -> u64 {
        self.skipped
    }

    /// The number of items per request.
    pub fn page_size(&self) -> i64 {
        self.size
    }
}

impl<T> Stream for ItemStream<'_, T> {
    type Item = Result<T, Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            for item in this.page.by_ref() {
                this.position = this.position.saturating_add(1);
                if let Some(id) = (this.id_of)(&item) {
                    match this.seen.insert(id) {
                        Some(id) => this.last = Some(id),
                        None => {
                            this.skipped += 1;
                            continue;
                        }
                    }
                }
                return Poll::Ready(Some(Ok(item)));
            }
            if this.finished {
                return Poll::Ready(None);
            }
            let window = &this.window;
            let size = this.size;
            let fetch = &mut this.fetch;
            let future = this.in_flight.get_or_insert_with(|| fetch(size, window));
            let answer = match future.as_mut().poll(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(answer) => answer,
            };
            this.in_flight = None;
            let page = match answer {
                Ok(page) => page,
                Err(e) => {
                    this.finished = true;
                    return Poll::Ready(Some(Err(e)));
                }
            };
            let got = i64::try_from(page.items.len()).unwrap_or(i64::MAX);
            match &this.window {
                Window::After(cursor) => {
                    // Past a cursor, Clerk never serves an item it served
                    // before the cursor. A page that does comes from a server
                    // that ignores `starting_after` (a stand-in for Clerk, a
                    // proxy): walk that one by offset, from where the pages
                    // so far reach.
                    let id_of = this.id_of;
                    if cursor.is_some() && page.items.iter().any(|i| id_of(i).is_some_and(|id| this.seen.contains(id)))
                    {
                        tracing::warn!(
                            "a page after `starting_after` repeated items: the server ignores the cursor; \
                             continuing by offset"
                        );
                        this.paging = Paging::Offset;
                        this.window = Window::Offset(this.position);
                        continue;
                    }
                    // No total in a cursor answer: a short page is the last.
                    this.finished = got < size;
                    match page.items.last().map(id_of) {
                        Some(Some(id)) => this.window = Window::After(Some(Arc::from(id))),
                        // An item without an id leaves no cursor: go on by offset.
                        Some(None) => {
                            this.paging = Paging::Offset;
                            this.window = Window::Offset(this.position.saturating_add(got));
                        }
                        None => this.finished = true,
                    }
                }
                Window::Offset(offset) => {
                    let next = offset.saturating_add(got);
                    this.finished = match page.total_count {
                        // The total decides; an empty page ends it anyway, so a
                        // total that overstates the list can't loop forever. A
                        // server that serves shorter pages than asked (a cap of
                        // its own) loses nothing.
                        Some(total) => got == 0 || next >= total,
                        // No total: a short page is the last one.
                        None => got < size,
                    };
                    this.window = Window::Offset(next);
                }
            }
            this.page = page.items.into_iter();
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self.page.len();
        if self.finished {
            (0, Some(left))
        } else {
            (0, None)
        }
    }
}

/// Streams every item of `request`'s list, by cursor or by offset as
/// [`paging`] decides.
pub fn stream<'a, R: ListRequest<'a>>(request: R) -> ItemStream<'a, R::Item> {
    let max = request.max_page_size().clamp(1, MAX_PAGE_SIZE);
    let size = request.page_size().unwrap_or(DEFAULT_PAGE_SIZE).clamp(1, max);
    let mode = paging(&request);
    let start_cursor: Option<Arc<str>> = request.start_cursor().map(Arc::from);
    let (window, position) = match mode {
        Paging::Cursor => (Window::After(start_cursor.clone()), 0),
        Paging::Offset => {
            let offset = request.start_offset().max(0);
            (Window::Offset(offset), offset)
        }
    };
    let fetch: Fetch<'a, R::Item> = Box::new(move |limit, window| match window {
        Window::Offset(offset) => request.clone().at(limit, *offset).fetch(),
        Window::After(cursor) => request.clone().after(limit, cursor.as_deref()).fetch(),
    });
    ItemStream {
        fetch,
        id_of: R::item_id,
        paging: mode,
        size,
        in_flight: None,
        page: Vec::new().into_iter(),
        window,
        position,
        last: start_cursor,
        seen: RecentIds::default(),
        skipped: 0,
        finished: false,
    }
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
        // The crate's own decoder reads the same shapes, with room set aside from the text.
        let padded = format!(r#"{{"data": [7, 8], "total_count": 2}}{}"#, " ".repeat(200));
        let page = Page::from(ListBody::<u64>::decode(padded.as_bytes()).unwrap());
        assert_eq!(page, Page { items: vec![7, 8], total_count: Some(2) });
        assert_eq!(page.items.capacity(), 2);
        let bare = Page::from(ListBody::<u64>::decode(b"[9]").unwrap());
        assert_eq!(bare, Page { items: vec![9], total_count: None });
        assert!(ListBody::<u64>::decode(br#"{"total_count": 1}"#).is_err());
        assert!(ListBody::<u64>::decode(br#"{"data": [1]} x"#).is_err());

        assert!(serde_json::from_str::<ListBody<u32>>("7").is_err());
    }

    #[test]
    fn the_window_forgets_the_oldest_id_past_its_bound() {
        let mut ids = RecentIds::default();
        for i in 0..DEDUP_WINDOW + 5 {
            assert!(ids.insert(&format!("id_{i}")).is_some());
        }
        assert_eq!(ids.order.len(), 10_000);
        assert_eq!(ids.set.len(), 10_000);
        // The five oldest are forgotten; the newest is still known.
        assert!(!ids.contains("id_4"));
        assert!(ids.contains("id_5"));
        assert!(ids.insert("id_10004").is_none());
        assert!(ids.insert("id_0").is_some());
    }
}
