//! The allow-list and the block-list, and who they let be added.

use super::params::refuse_true;
use super::{bad_request, new_id, not_allowed, not_found, ok, text, Answer, Reply, Req, State};
use crate::emulator::shapes;
use serde_json::Value;
use std::collections::BTreeMap;

impl State {
    /// Whether `value` may be added as an identifier (block-list, allow-list).
    pub(super) fn admissible(&self, value: &str, param: &str) -> Result<(), Answer> {
        let listed = |list: &BTreeMap<String, Value>| {
            list.values().any(|e| {
                e.get("identifier").and_then(Value::as_str).is_some_and(|i| {
                    i.eq_ignore_ascii_case(value)
                        || i.strip_prefix("*@")
                            .is_some_and(|d| value.to_lowercase().ends_with(&format!("@{}", d.to_lowercase())))
                })
            })
        };
        if listed(&self.blocklist) || (self.restrict_to_allowlist && !listed(&self.allowlist)) {
            return Err(not_allowed(param));
        }
        Ok(())
    }

    pub(super) fn add_listed(&mut self, req: &Req, allow: bool) -> Reply {
        refuse_true(req, "notify", "an invitation to an allow-listed identifier is not emulated")?;
        let identifier = req.required("identifier")?;
        let list = if allow { &self.allowlist } else { &self.blocklist };
        if list.values().any(|e| text(e, "identifier").is_some_and(|i| i.eq_ignore_ascii_case(&identifier))) {
            let list = if allow { "allowlist" } else { "blocklist" };
            return Err(bad_request(
                "duplicate_record",
                &format!("duplicate {list} identifier"),
                &format!("the identifier {identifier} already exists"),
            ));
        }
        let id = new_id(if allow { "alid" } else { "blid" });
        let t = self.stamp(&id);
        let entry = if allow {
            shapes::allowlist_identifier(&id, &identifier, t)
        } else {
            shapes::blocklist_identifier(&id, &identifier, t)
        };
        if allow {
            self.allowlist.insert(id, entry.clone());
        } else {
            self.blocklist.insert(id, entry.clone());
        }
        ok(entry)
    }

    pub(super) fn delete_listed(&mut self, id: &str, allow: bool) -> Reply {
        let removed = if allow { self.allowlist.remove(id) } else { self.blocklist.remove(id) };
        match removed {
            Some(_) => ok(shapes::deleted(id, if allow { "allowlist_identifier" } else { "blocklist_identifier" })),
            None => Err(not_found("identifier")),
        }
    }
}
