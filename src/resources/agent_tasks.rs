//! `clerk.agent_tasks()`: operations on agent tasks.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on agent tasks; get one with `clerk.agent_tasks()` (cargo feature `agent_tasks`).
#[derive(Clone, Copy)]
pub struct AgentTasks<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> AgentTasks<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/CreateAgentTask.md"))]
    pub fn create(&self) -> builder::CreateAgentTask<'a> {
        self.clerk.generated().create_agent_task()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/RevokeAgentTask.md"))]
    pub fn revoke(&self, agent_task_id: impl Into<String>) -> builder::RevokeAgentTask<'a> {
        self.clerk.generated().revoke_agent_task().agent_task_id(agent_task_id)
    }
}
