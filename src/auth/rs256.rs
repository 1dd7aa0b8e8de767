//! RS256 (RSASSA-PKCS1-v1_5 over SHA-256): the one JWT signature Clerk uses.
//!
//! Keys are kept as their two big-endian integers, read from a key set entry
//! (`n`, `e` in base64url) or from a PEM public key; `ring` checks the
//! signature. Reading the DER of a PEM key is done here: it is two fixed
//! shapes (SubjectPublicKeyInfo and PKCS#1 `RSAPublicKey`), and anything
//! else is refused.

use std::fmt;
use std::sync::Arc;

use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine as _;
use ring::signature::{RsaPublicKeyComponents, RSA_PKCS1_2048_8192_SHA256};

/// The smallest and largest modulus accepted, in bytes (2048 and 8192 bits),
/// the same bounds `ring` verifies with.
const MIN_MODULUS: usize = 256;
const MAX_MODULUS: usize = 1024;

/// An RSA public key that checks RS256 signatures.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct RsaKey {
    // Shared, so that handing a cached key to each verification copies nothing.
    n: Arc<[u8]>,
    e: Arc<[u8]>,
}

impl fmt::Debug for RsaKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RsaKey({} bits)", self.n.len() * 8)
    }
}

impl RsaKey {
    /// From big-endian modulus and exponent bytes (leading zeros allowed).
    pub(crate) fn from_be_bytes(n: &[u8], e: &[u8]) -> Result<RsaKey, String> {
        let n = strip_zeros(n);
        let e = strip_zeros(e);
        if n.len() < MIN_MODULUS || n.len() > MAX_MODULUS {
            return Err(format!("an RSA modulus of {} bits (2048 to 8192 are accepted)", n.len() * 8));
        }
        // ring accepts public exponents of 3 up to 2^33 - 1.
        if e.is_empty() || e.len() > 5 || (e.len() == 1 && e[0] < 3) || e.last().is_some_and(|b| b % 2 == 0) {
            return Err("an RSA public exponent that is not an odd number of at least 3".into());
        }
        Ok(RsaKey { n: n.into(), e: e.into() })
    }

    /// From a key set entry's `n` and `e` (base64url, no padding).
    pub(crate) fn from_jwk_components(n: &str, e: &str) -> Result<RsaKey, String> {
        let n = URL_SAFE_NO_PAD.decode(n.trim_end_matches('=')).map_err(|_| "`n` is not base64url".to_string())?;
        let e = URL_SAFE_NO_PAD.decode(e.trim_end_matches('=')).map_err(|_| "`e` is not base64url".to_string())?;
        RsaKey::from_be_bytes(&n, &e)
    }

    /// From a PEM public key: `PUBLIC KEY` (SubjectPublicKeyInfo) or
    /// `RSA PUBLIC KEY` (PKCS#1). Line breaks may be missing or written as a
    /// literal `\n` (as happens in environment variables); text without the
    /// BEGIN/END lines is read as the base64 of a SubjectPublicKeyInfo.
    pub(crate) fn from_pem(pem: &str) -> Result<RsaKey, String> {
        let text = pem.trim().replace("\\n", "\n");
        let (pkcs1, body) = ["PUBLIC KEY", "RSA PUBLIC KEY"]
            .iter()
            .find_map(|label| {
                let inner = text
                    .strip_prefix(&format!("-----BEGIN {label}-----"))?
                    .trim_end()
                    .strip_suffix(&format!("-----END {label}-----"))?;
                Some((*label == "RSA PUBLIC KEY", inner))
            })
            .unwrap_or((false, text.as_str()));
        if body.contains("-----") {
            return Err("not a PEM public key (expected BEGIN PUBLIC KEY or BEGIN RSA PUBLIC KEY)".into());
        }
        let compact: String = body.chars().filter(|c| !c.is_whitespace()).collect();
        if compact.is_empty() {
            return Err("the PEM text is empty".into());
        }
        let der = STANDARD.decode(compact.as_bytes()).map_err(|_| "the PEM body is not base64".to_string())?;
        if pkcs1 {
            RsaKey::from_pkcs1_der(&der)
        } else {
            RsaKey::from_spki_der(&der)
        }
    }

    /// From a DER `RSAPublicKey` (PKCS#1): `SEQUENCE { n INTEGER, e INTEGER }`.
    pub(crate) fn from_pkcs1_der(der: &[u8]) -> Result<RsaKey, String> {
        let bad = || "not an RSA public key (PKCS#1 DER)".to_string();
        let seq = der_whole(der, SEQUENCE).ok_or_else(bad)?;
        let (n, seq) = der_item(seq, INTEGER).ok_or_else(bad)?;
        let (e, seq) = der_item(seq, INTEGER).ok_or_else(bad)?;
        if !seq.is_empty() || negative(n) || negative(e) {
            return Err(bad());
        }
        RsaKey::from_be_bytes(n, e)
    }

    /// From a DER SubjectPublicKeyInfo whose algorithm is `rsaEncryption`.
    fn from_spki_der(der: &[u8]) -> Result<RsaKey, String> {
        let bad = || "not an RSA public key (SubjectPublicKeyInfo DER)".to_string();
        let spki = der_whole(der, SEQUENCE).ok_or_else(bad)?;
        let (algorithm, spki) = der_item(spki, SEQUENCE).ok_or_else(bad)?;
        let (oid, params) = der_item(algorithm, OID).ok_or_else(bad)?;
        if oid != RSA_ENCRYPTION {
            return Err("the PEM key is not an RSA key".into());
        }
        // The parameters are NULL, or absent.
        if !(params.is_empty() || params == [NULL, 0]) {
            return Err(bad());
        }
        let (bits, rest) = der_item(spki, BIT_STRING).ok_or_else(bad)?;
        match bits.split_first() {
            Some((0, key)) if rest.is_empty() => RsaKey::from_pkcs1_der(key),
            _ => Err(bad()),
        }
    }

    /// Whether `signature` is this key's RS256 signature of `message`.
    pub(crate) fn verify(&self, message: &[u8], signature: &[u8]) -> bool {
        RsaPublicKeyComponents { n: &*self.n, e: &*self.e }
            .verify(&RSA_PKCS1_2048_8192_SHA256, message, signature)
            .is_ok()
    }
}

const INTEGER: u8 = 0x02;
const BIT_STRING: u8 = 0x03;
const NULL: u8 = 0x05;
const OID: u8 = 0x06;
const SEQUENCE: u8 = 0x30;
/// 1.2.840.113549.1.1.1
const RSA_ENCRYPTION: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];

/// Reads one DER item with the given tag: its content and what follows it.
fn der_item(input: &[u8], tag: u8) -> Option<(&[u8], &[u8])> {
    let (&found, rest) = input.split_first()?;
    if found != tag {
        return None;
    }
    let (&first, rest) = rest.split_first()?;
    let (len, rest) = if first < 0x80 {
        (usize::from(first), rest)
    } else {
        // Long form: 1 to 3 length bytes are plenty for a public key.
        let count = usize::from(first & 0x7f);
        if count == 0 || count > 3 || rest.len() < count {
            return None;
        }
        let (bytes, rest) = rest.split_at(count);
        if bytes[0] == 0 {
            return None; // not minimal
        }
        (bytes.iter().fold(0usize, |acc, &b| (acc << 8) | usize::from(b)), rest)
    };
    if rest.len() < len {
        return None;
    }
    Some(rest.split_at(len))
}

/// Reads a DER item with the given tag that fills all of `input`.
fn der_whole(input: &[u8], tag: u8) -> Option<&[u8]> {
    match der_item(input, tag)? {
        (content, []) => Some(content),
        _ => None,
    }
}

/// A DER INTEGER with its sign bit set is negative; no RSA number is.
fn negative(int: &[u8]) -> bool {
    int.first().is_none_or(|b| b & 0x80 != 0)
}

fn strip_zeros(bytes: &[u8]) -> &[u8] {
    let start = bytes.iter().position(|&b| b != 0).unwrap_or(bytes.len());
    &bytes[start..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn der_lengths_are_bounded_and_minimal() {
        assert_eq!(der_item(&[0x02, 0x01, 0x05], INTEGER), Some((&[0x05][..], &[][..])));
        assert_eq!(der_item(&[0x02, 0x81, 0x01, 0x05, 0xff], INTEGER), Some((&[0x05][..], &[0xff][..])));
        // Wrong tag, length past the end, non-minimal and oversized length forms.
        assert_eq!(der_item(&[0x30, 0x01, 0x05], INTEGER), None);
        assert_eq!(der_item(&[0x02, 0x05, 0x01], INTEGER), None);
        assert_eq!(der_item(&[0x02, 0x82, 0x00, 0x01, 0x05], INTEGER), None);
        assert_eq!(der_item(&[0x02, 0x84, 0x7f, 0xff, 0xff, 0xff], INTEGER), None);
        assert_eq!(der_item(&[0x02, 0x80], INTEGER), None);
        assert_eq!(der_item(&[], INTEGER), None);
    }

    #[test]
    fn small_or_even_numbers_are_refused() {
        let n = [0xc5u8; 256];
        assert!(RsaKey::from_be_bytes(&n, &[0x01, 0x00, 0x01]).is_ok());
        assert!(RsaKey::from_be_bytes(&n[..128], &[0x01, 0x00, 0x01]).is_err(), "1024-bit modulus");
        assert!(RsaKey::from_be_bytes(&n, &[0x01, 0x00, 0x00]).is_err(), "even exponent");
        assert!(RsaKey::from_be_bytes(&n, &[0x01]).is_err(), "exponent 1");
        assert!(RsaKey::from_be_bytes(&n, &[]).is_err(), "no exponent");
        assert!(RsaKey::from_jwk_components("not base64!", "AQAB").is_err());
    }
}
