//! `clerk.machines()`: operations on machines.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on machines; get one with `clerk.machines()` (cargo feature `machines`).
#[derive(Clone, Copy)]
pub struct Machines<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> Machines<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/ListMachines.md"))]
    pub fn list(&self) -> builder::ListMachines<'a> {
        self.clerk.generated().list_machines()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/CreateMachine.md"))]
    pub fn create(&self) -> builder::CreateMachine<'a> {
        self.clerk.generated().create_machine()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetMachine.md"))]
    pub fn get(&self, machine_id: impl Into<String>) -> builder::GetMachine<'a> {
        self.clerk.generated().get_machine().machine_id(machine_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/UpdateMachine.md"))]
    pub fn update(&self, machine_id: impl Into<String>) -> builder::UpdateMachine<'a> {
        self.clerk.generated().update_machine().machine_id(machine_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/DeleteMachine.md"))]
    pub fn delete(&self, machine_id: impl Into<String>) -> builder::DeleteMachine<'a> {
        self.clerk.generated().delete_machine().machine_id(machine_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetMachineSecretKey.md"))]
    pub fn get_secret_key(&self, machine_id: impl Into<String>) -> builder::GetMachineSecretKey<'a> {
        self.clerk.generated().get_machine_secret_key().machine_id(machine_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/RotateMachineSecretKey.md"))]
    pub fn rotate_secret_key(&self, machine_id: impl Into<String>) -> builder::RotateMachineSecretKey<'a> {
        self.clerk.generated().rotate_machine_secret_key().machine_id(machine_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/CreateMachineScope.md"))]
    pub fn create_scope(&self, machine_id: impl Into<String>) -> builder::CreateMachineScope<'a> {
        self.clerk.generated().create_machine_scope().machine_id(machine_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/DeleteMachineScope.md"))]
    pub fn delete_scope(
        &self,
        machine_id: impl Into<String>,
        other_machine_id: impl Into<String>,
    ) -> builder::DeleteMachineScope<'a> {
        self.clerk.generated().delete_machine_scope().machine_id(machine_id).other_machine_id(other_machine_id)
    }
}
