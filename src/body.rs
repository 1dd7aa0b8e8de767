//! Reading an answer's body whole, and the one buffer a client keeps
//! between calls for bodies that come in pieces.
//!
//! Most answers arrive in one chunk and are kept as they came. A larger one
//! (a page of 500 users is about 850 KB) comes in several, which are copied
//! into one buffer as they arrive, sized from the announced length. Joining
//! them only at the end, as `reqwest::Response::bytes` does, holds the body
//! twice and copies it once more, cold.
//!
//! Once such a body is decoded, its buffer goes back to the client, and the
//! next large answer is read into it. A fresh buffer of that size is fresh
//! memory: the allocator maps it, the first write to each page faults, and
//! once it is freed the allocator tends to hand it back to the system. On a
//! page of 500 users that round trip was the largest cost after decoding
//! itself. A client keeps at most one buffer, and only one between
//! [`KEEP_MIN`] and [`KEEP_MAX`] bytes long.

use bytes::Bytes;
use std::sync::Mutex;

/// Room set aside up front for a body whose length the server announced:
/// at most this much, however much it announced (more grows as it comes).
const RESERVE_MAX: usize = 16 << 20;

/// Buffers smaller than this are not worth keeping.
const KEEP_MIN: usize = 64 << 10;

/// Buffers larger than this are not kept: an idle client holds no more.
const KEEP_MAX: usize = 4 << 20;

/// The buffer a client keeps for its next body that comes in pieces.
#[derive(Default)]
pub(crate) struct BodyBuffer(Mutex<Vec<u8>>);

impl BodyBuffer {
    /// The kept buffer, empty; a new one when there is none (or another
    /// call has it).
    fn take(&self) -> Vec<u8> {
        let mut buffer = self.0.lock().map(|mut kept| std::mem::take(&mut *kept)).unwrap_or_default();
        buffer.clear();
        buffer
    }

    /// Keeps a decoded body's memory for the next call, when nothing else
    /// holds it and its size is worth keeping.
    pub(crate) fn give_back(&self, body: Bytes) {
        if body.len() < KEEP_MIN || !body.is_unique() {
            return;
        }
        self.keep(Vec::from(body));
    }

    /// Keeps `buffer` when its room is worth keeping and larger than that
    /// of the one kept now.
    fn keep(&self, buffer: Vec<u8>) {
        if !(KEEP_MIN..=KEEP_MAX).contains(&buffer.capacity()) {
            return;
        }
        if let Ok(mut kept) = self.0.lock() {
            if kept.capacity() < buffer.capacity() {
                *kept = buffer;
            }
        }
    }

    /// How many bytes the kept buffer can hold (for tests).
    #[cfg(test)]
    pub(crate) fn capacity(&self) -> usize {
        self.0.lock().map(|kept| kept.capacity()).unwrap_or(0)
    }
}

/// Reads the whole body of `response` (see the module docs), into
/// `buffer`'s kept memory when it comes in more than one chunk.
pub(crate) async fn read(
    response: &mut reqwest::Response,
    buffer: Option<&BodyBuffer>,
) -> Result<Bytes, reqwest::Error> {
    let announced = response.content_length();
    let Some(first) = response.chunk().await? else { return Ok(Bytes::new()) };
    let Some(second) = response.chunk().await? else { return Ok(first) };
    let at_least = first.len().saturating_add(second.len());
    let room = announced.and_then(|n| usize::try_from(n).ok()).unwrap_or(0).min(RESERVE_MAX).max(at_least);
    let mut body = buffer.map(BodyBuffer::take).unwrap_or_default();
    body.reserve(room);
    body.extend_from_slice(&first);
    drop(first);
    body.extend_from_slice(&second);
    drop(second);
    while let Some(chunk) = response.chunk().await? {
        body.extend_from_slice(&chunk);
    }
    // A body too small to give back, read into room worth keeping, is
    // copied out, and the room stays kept.
    if let Some(buffer) = buffer.filter(|_| body.len() < KEEP_MIN && body.capacity() >= KEEP_MIN) {
        let small = Bytes::copy_from_slice(&body);
        buffer.keep(body);
        return Ok(small);
    }
    Ok(Bytes::from(body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_buffer_is_kept_only_when_sole_owned_and_of_a_size_worth_keeping() {
        let kept = BodyBuffer::default();
        kept.give_back(Bytes::from(vec![7u8; 1_000]));
        assert_eq!(kept.capacity(), 0, "a small body is not kept");
        kept.give_back(Bytes::from(vec![7u8; (4 << 20) + 1]));
        assert_eq!(kept.capacity(), 0, "a body over 4 MiB is not kept");

        let shared = Bytes::from(vec![7u8; 100_000]);
        let other = shared.clone();
        kept.give_back(shared);
        assert_eq!(kept.capacity(), 0, "a body someone else still holds is not kept");
        assert_eq!(other.len(), 100_000);

        kept.give_back(other);
        assert_eq!(kept.capacity(), 100_000);
        kept.give_back(Bytes::from(vec![7u8; 70_000]));
        assert_eq!(kept.capacity(), 100_000, "a smaller buffer does not replace a larger one");

        let next = kept.take();
        assert!(next.is_empty() && next.capacity() == 100_000, "taken empty, with its room");
        assert_eq!(kept.capacity(), 0, "a taken buffer is no longer kept");
    }

    /// A response whose body arrives in these chunks, with no announced length.
    fn in_chunks(chunks: Vec<Vec<u8>>) -> reqwest::Response {
        let stream = futures::stream::iter(chunks.into_iter().map(Ok::<_, std::io::Error>));
        reqwest::Response::from(http::Response::new(reqwest::Body::wrap_stream(stream)))
    }

    #[tokio::test]
    async fn chunks_are_joined_in_order_and_the_kept_room_outlives_a_small_body() {
        let kept = BodyBuffer::default();
        let mut one = in_chunks(vec![b"[1,2]".to_vec()]);
        assert_eq!(&read(&mut one, Some(&kept)).await.unwrap()[..], b"[1,2]");
        assert_eq!(&read(&mut in_chunks(vec![]), Some(&kept)).await.unwrap()[..], b"");

        let big: Vec<Vec<u8>> = (0..4u8).map(|i| vec![b'a' + i; 50_000]).collect();
        let body = read(&mut in_chunks(big), Some(&kept)).await.unwrap();
        assert_eq!(body.len(), 200_000);
        assert!(body[..50_000].iter().all(|&b| b == b'a') && body[150_000..].iter().all(|&b| b == b'd'));
        kept.give_back(body);
        let room = kept.capacity();
        assert!(room >= 200_000, "the big body's buffer is kept ({room})");

        // A small body in pieces is read into the kept room, copied out, and the room stays.
        let small = read(&mut in_chunks(vec![b"[3,".to_vec(), b"4]".to_vec()]), Some(&kept)).await.unwrap();
        assert_eq!(&small[..], b"[3,4]");
        assert_eq!(kept.capacity(), room);

        // Without a kept buffer, a body in pieces is still read whole.
        let plain = read(&mut in_chunks(vec![b"x".to_vec(), b"y".to_vec(), b"z".to_vec()]), None).await.unwrap();
        assert_eq!(&plain[..], b"xyz");
    }
}
