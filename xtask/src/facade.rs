//! Writes the namespace files under `src/resources/` from the vendored spec.
use serde_json::Value;
pub fn generate(_spec: &Value) -> Result<Vec<(String, String)>, String> {
    Ok(Vec::new())
}
