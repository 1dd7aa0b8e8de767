//! `clerk.users()`: operations on users.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on users; get one with `clerk.users()` (cargo feature `users`).
#[derive(Clone, Copy)]
pub struct Users<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> Users<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetUserList.md"))]
    pub fn list(&self) -> builder::GetUserList<'a> {
        self.clerk.generated().get_user_list()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/CreateUser.md"))]
    pub fn create(&self) -> builder::CreateUser<'a> {
        self.clerk.generated().create_user()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetUsersCount.md"))]
    pub fn count(&self) -> builder::GetUsersCount<'a> {
        self.clerk.generated().get_users_count()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetUser.md"))]
    pub fn get(&self, user_id: impl Into<String>) -> builder::GetUser<'a> {
        self.clerk.generated().get_user().user_id(user_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/UpdateUser.md"))]
    pub fn update(&self, user_id: impl Into<String>) -> builder::UpdateUser<'a> {
        self.clerk.generated().update_user().user_id(user_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/DeleteUser.md"))]
    pub fn delete(&self, user_id: impl Into<String>) -> builder::DeleteUser<'a> {
        self.clerk.generated().delete_user().user_id(user_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/BanUser.md"))]
    pub fn ban(&self, user_id: impl Into<String>) -> builder::BanUser<'a> {
        self.clerk.generated().ban_user().user_id(user_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/UnbanUser.md"))]
    pub fn unban(&self, user_id: impl Into<String>) -> builder::UnbanUser<'a> {
        self.clerk.generated().unban_user().user_id(user_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/UsersBan.md"))]
    pub fn bulk_ban(&self) -> builder::UsersBan<'a> {
        self.clerk.generated().users_ban()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/UsersUnban.md"))]
    pub fn bulk_unban(&self) -> builder::UsersUnban<'a> {
        self.clerk.generated().users_unban()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/LockUser.md"))]
    pub fn lock(&self, user_id: impl Into<String>) -> builder::LockUser<'a> {
        self.clerk.generated().lock_user().user_id(user_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/UnlockUser.md"))]
    pub fn unlock(&self, user_id: impl Into<String>) -> builder::UnlockUser<'a> {
        self.clerk.generated().unlock_user().user_id(user_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/DeleteUserProfileImage.md"))]
    pub fn delete_profile_image(&self, user_id: impl Into<String>) -> builder::DeleteUserProfileImage<'a> {
        self.clerk.generated().delete_user_profile_image().user_id(user_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/UpdateUserMetadata.md"))]
    pub fn update_metadata(&self, user_id: impl Into<String>) -> builder::UpdateUserMetadata<'a> {
        self.clerk.generated().update_user_metadata().user_id(user_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/ReplaceUserMetadata.md"))]
    pub fn replace_metadata(&self, user_id: impl Into<String>) -> builder::ReplaceUserMetadata<'a> {
        self.clerk.generated().replace_user_metadata().user_id(user_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetUserBillingSubscription.md"))]
    pub fn get_billing_subscription(&self, user_id: impl Into<String>) -> builder::GetUserBillingSubscription<'a> {
        self.clerk.generated().get_user_billing_subscription().user_id(user_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetUserBillingCreditBalance.md"))]
    pub fn get_billing_credit_balance(&self, user_id: impl Into<String>) -> builder::GetUserBillingCreditBalance<'a> {
        self.clerk.generated().get_user_billing_credit_balance().user_id(user_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/AdjustUserBillingCreditBalance.md"))]
    pub fn adjust_billing_credit_balance(
        &self,
        user_id: impl Into<String>,
    ) -> builder::AdjustUserBillingCreditBalance<'a> {
        self.clerk.generated().adjust_user_billing_credit_balance().user_id(user_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetOAuthAccessToken.md"))]
    pub fn get_oauth_access_token(
        &self,
        user_id: impl Into<String>,
        provider: impl Into<String>,
    ) -> builder::GetOAuthAccessToken<'a> {
        self.clerk.generated().get_o_auth_access_token().user_id(user_id).provider(provider)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/UsersGetOrganizationMemberships.md"))]
    pub fn get_organization_memberships(
        &self,
        user_id: impl Into<String>,
    ) -> builder::UsersGetOrganizationMemberships<'a> {
        self.clerk.generated().users_get_organization_memberships().user_id(user_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/UsersGetOrganizationInvitations.md"))]
    pub fn get_organization_invitations(
        &self,
        user_id: impl Into<String>,
    ) -> builder::UsersGetOrganizationInvitations<'a> {
        self.clerk.generated().users_get_organization_invitations().user_id(user_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/RemoveUserPassword.md"))]
    pub fn remove_password(&self, user_id: impl Into<String>) -> builder::RemoveUserPassword<'a> {
        self.clerk.generated().remove_user_password().user_id(user_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/VerifyPassword.md"))]
    pub fn verify_password(&self, user_id: impl Into<String>) -> builder::VerifyPassword<'a> {
        self.clerk.generated().verify_password().user_id(user_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/VerifyTOTP.md"))]
    pub fn verify_totp(&self, user_id: impl Into<String>) -> builder::VerifyTotp<'a> {
        self.clerk.generated().verify_totp().user_id(user_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/DisableMFA.md"))]
    pub fn disable_mfa(&self, user_id: impl Into<String>) -> builder::DisableMfa<'a> {
        self.clerk.generated().disable_mfa().user_id(user_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/DeleteBackupCode.md"))]
    pub fn delete_backup_codes(&self, user_id: impl Into<String>) -> builder::DeleteBackupCode<'a> {
        self.clerk.generated().delete_backup_code().user_id(user_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/UserPasskeyDelete.md"))]
    pub fn delete_passkey(
        &self,
        user_id: impl Into<String>,
        passkey_identification_id: impl Into<String>,
    ) -> builder::UserPasskeyDelete<'a> {
        self.clerk
            .generated()
            .user_passkey_delete()
            .user_id(user_id)
            .passkey_identification_id(passkey_identification_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/ListUserTrustedDevices.md"))]
    pub fn list_trusted_devices(&self, user_id: impl Into<String>) -> builder::ListUserTrustedDevices<'a> {
        self.clerk.generated().list_user_trusted_devices().user_id(user_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/RevokeUserTrustedDevice.md"))]
    pub fn revoke_trusted_device(
        &self,
        user_id: impl Into<String>,
        trusted_device_id: impl Into<String>,
    ) -> builder::RevokeUserTrustedDevice<'a> {
        self.clerk.generated().revoke_user_trusted_device().user_id(user_id).trusted_device_id(trusted_device_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/UserWeb3WalletDelete.md"))]
    pub fn delete_web3_wallet(
        &self,
        user_id: impl Into<String>,
        web3_wallet_identification_id: impl Into<String>,
    ) -> builder::UserWeb3WalletDelete<'a> {
        self.clerk
            .generated()
            .user_web3_wallet_delete()
            .user_id(user_id)
            .web3_wallet_identification_id(web3_wallet_identification_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/DeleteTOTP.md"))]
    pub fn delete_totp(&self, user_id: impl Into<String>) -> builder::DeleteTotp<'a> {
        self.clerk.generated().delete_totp().user_id(user_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/DeleteExternalAccount.md"))]
    pub fn delete_external_account(
        &self,
        user_id: impl Into<String>,
        external_account_id: impl Into<String>,
    ) -> builder::DeleteExternalAccount<'a> {
        self.clerk.generated().delete_external_account().user_id(user_id).external_account_id(external_account_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/SetUserPasswordCompromised.md"))]
    pub fn set_password_compromised(&self, user_id: impl Into<String>) -> builder::SetUserPasswordCompromised<'a> {
        self.clerk.generated().set_user_password_compromised().user_id(user_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/UnsetUserPasswordCompromised.md"))]
    pub fn unset_password_compromised(&self, user_id: impl Into<String>) -> builder::UnsetUserPasswordCompromised<'a> {
        self.clerk.generated().unset_user_password_compromised().user_id(user_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/InstanceGetOrganizationMemberships.md"))]
    pub fn get_instance_organization_memberships(&self) -> builder::InstanceGetOrganizationMemberships<'a> {
        self.clerk.generated().instance_get_organization_memberships()
    }
}
