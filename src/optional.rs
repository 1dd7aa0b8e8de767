//! What the setters of optional body fields accept.

/// A value for an optional field: the value itself (`"text"`, `7`, `true`,
/// a generated type) or an `Option` of it, where `None` means "no value".
///
/// Every optional setter of the generated body builders takes this, so
/// `.redirect_url("https://example.com")` and `.expires_in_days(7)` compile as
/// written, and a caller holding an `Option` can pass it straight through.
pub trait IntoOptional<T> {
    /// Converts into the `Option` the builder stores.
    fn into_optional(self) -> Option<T>;
}

impl<T> IntoOptional<T> for T {
    fn into_optional(self) -> Option<T> {
        Some(self)
    }
}

impl<T> IntoOptional<T> for Option<T> {
    fn into_optional(self) -> Option<T> {
        self
    }
}

impl IntoOptional<String> for &str {
    fn into_optional(self) -> Option<String> {
        Some(self.to_owned())
    }
}

impl IntoOptional<String> for &String {
    fn into_optional(self) -> Option<String> {
        Some(self.clone())
    }
}

impl IntoOptional<Vec<String>> for &[&str] {
    fn into_optional(self) -> Option<Vec<String>> {
        Some(self.iter().map(|s| (*s).to_owned()).collect())
    }
}

impl<const N: usize> IntoOptional<Vec<String>> for [&str; N] {
    fn into_optional(self) -> Option<Vec<String>> {
        Some(self.iter().map(|s| (*s).to_owned()).collect())
    }
}
