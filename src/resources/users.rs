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

    /// List.
    ///
    /// `GET /users` (operation `GetUserList`).
    pub fn list(&self) -> builder::GetUserList<'a> {
        self.clerk.generated().get_user_list()
    }

    /// Create.
    ///
    /// `POST /users` (operation `CreateUser`).
    pub fn create(&self) -> builder::CreateUser<'a> {
        self.clerk.generated().create_user()
    }

    /// Count.
    ///
    /// `GET /users/count` (operation `GetUsersCount`).
    pub fn count(&self) -> builder::GetUsersCount<'a> {
        self.clerk.generated().get_users_count()
    }

    /// Get.
    ///
    /// `GET /users/{user_id}` (operation `GetUser`).
    pub fn get(&self, user_id: impl Into<String>) -> builder::GetUser<'a> {
        self.clerk.generated().get_user().user_id(user_id)
    }

    /// Update.
    ///
    /// `PATCH /users/{user_id}` (operation `UpdateUser`).
    pub fn update(&self, user_id: impl Into<String>) -> builder::UpdateUser<'a> {
        self.clerk.generated().update_user().user_id(user_id)
    }

    /// Delete.
    ///
    /// `DELETE /users/{user_id}` (operation `DeleteUser`).
    pub fn delete(&self, user_id: impl Into<String>) -> builder::DeleteUser<'a> {
        self.clerk.generated().delete_user().user_id(user_id)
    }

    /// Ban.
    ///
    /// `POST /users/{user_id}/ban` (operation `BanUser`).
    pub fn ban(&self, user_id: impl Into<String>) -> builder::BanUser<'a> {
        self.clerk.generated().ban_user().user_id(user_id)
    }

    /// Unban.
    ///
    /// `POST /users/{user_id}/unban` (operation `UnbanUser`).
    pub fn unban(&self, user_id: impl Into<String>) -> builder::UnbanUser<'a> {
        self.clerk.generated().unban_user().user_id(user_id)
    }

    /// Bulk ban.
    ///
    /// `POST /users/ban` (operation `UsersBan`).
    pub fn bulk_ban(&self) -> builder::UsersBan<'a> {
        self.clerk.generated().users_ban()
    }

    /// Bulk unban.
    ///
    /// `POST /users/unban` (operation `UsersUnban`).
    pub fn bulk_unban(&self) -> builder::UsersUnban<'a> {
        self.clerk.generated().users_unban()
    }

    /// Lock.
    ///
    /// `POST /users/{user_id}/lock` (operation `LockUser`).
    pub fn lock(&self, user_id: impl Into<String>) -> builder::LockUser<'a> {
        self.clerk.generated().lock_user().user_id(user_id)
    }

    /// Unlock.
    ///
    /// `POST /users/{user_id}/unlock` (operation `UnlockUser`).
    pub fn unlock(&self, user_id: impl Into<String>) -> builder::UnlockUser<'a> {
        self.clerk.generated().unlock_user().user_id(user_id)
    }

    /// Delete profile image.
    ///
    /// `DELETE /users/{user_id}/profile_image` (operation `DeleteUserProfileImage`).
    pub fn delete_profile_image(&self, user_id: impl Into<String>) -> builder::DeleteUserProfileImage<'a> {
        self.clerk.generated().delete_user_profile_image().user_id(user_id)
    }

    /// Update metadata.
    ///
    /// `PATCH /users/{user_id}/metadata` (operation `UpdateUserMetadata`).
    pub fn update_metadata(&self, user_id: impl Into<String>) -> builder::UpdateUserMetadata<'a> {
        self.clerk.generated().update_user_metadata().user_id(user_id)
    }

    /// Replace metadata.
    ///
    /// `PUT /users/{user_id}/metadata` (operation `ReplaceUserMetadata`).
    pub fn replace_metadata(&self, user_id: impl Into<String>) -> builder::ReplaceUserMetadata<'a> {
        self.clerk.generated().replace_user_metadata().user_id(user_id)
    }

    /// Get billing subscription.
    ///
    /// `GET /users/{user_id}/billing/subscription` (operation `GetUserBillingSubscription`).
    pub fn get_billing_subscription(&self, user_id: impl Into<String>) -> builder::GetUserBillingSubscription<'a> {
        self.clerk.generated().get_user_billing_subscription().user_id(user_id)
    }

    /// Get billing credit balance.
    ///
    /// `GET /users/{user_id}/billing/credits` (operation `GetUserBillingCreditBalance`).
    pub fn get_billing_credit_balance(&self, user_id: impl Into<String>) -> builder::GetUserBillingCreditBalance<'a> {
        self.clerk.generated().get_user_billing_credit_balance().user_id(user_id)
    }

    /// Adjust billing credit balance.
    ///
    /// `POST /users/{user_id}/billing/credits` (operation `AdjustUserBillingCreditBalance`).
    pub fn adjust_billing_credit_balance(
        &self,
        user_id: impl Into<String>,
    ) -> builder::AdjustUserBillingCreditBalance<'a> {
        self.clerk.generated().adjust_user_billing_credit_balance().user_id(user_id)
    }

    /// Get oauth access token.
    ///
    /// `GET /users/{user_id}/oauth_access_tokens/{provider}` (operation `GetOAuthAccessToken`).
    pub fn get_oauth_access_token(
        &self,
        user_id: impl Into<String>,
        provider: impl Into<String>,
    ) -> builder::GetOAuthAccessToken<'a> {
        self.clerk.generated().get_o_auth_access_token().user_id(user_id).provider(provider)
    }

    /// Get organization memberships.
    ///
    /// `GET /users/{user_id}/organization_memberships` (operation `UsersGetOrganizationMemberships`).
    pub fn get_organization_memberships(
        &self,
        user_id: impl Into<String>,
    ) -> builder::UsersGetOrganizationMemberships<'a> {
        self.clerk.generated().users_get_organization_memberships().user_id(user_id)
    }

    /// Get organization invitations.
    ///
    /// `GET /users/{user_id}/organization_invitations` (operation `UsersGetOrganizationInvitations`).
    pub fn get_organization_invitations(
        &self,
        user_id: impl Into<String>,
    ) -> builder::UsersGetOrganizationInvitations<'a> {
        self.clerk.generated().users_get_organization_invitations().user_id(user_id)
    }

    /// Remove password.
    ///
    /// `POST /users/{user_id}/remove_password` (operation `RemoveUserPassword`).
    pub fn remove_password(&self, user_id: impl Into<String>) -> builder::RemoveUserPassword<'a> {
        self.clerk.generated().remove_user_password().user_id(user_id)
    }

    /// Verify password.
    ///
    /// `POST /users/{user_id}/verify_password` (operation `VerifyPassword`).
    pub fn verify_password(&self, user_id: impl Into<String>) -> builder::VerifyPassword<'a> {
        self.clerk.generated().verify_password().user_id(user_id)
    }

    /// Verify totp.
    ///
    /// `POST /users/{user_id}/verify_totp` (operation `VerifyTOTP`).
    pub fn verify_totp(&self, user_id: impl Into<String>) -> builder::VerifyTotp<'a> {
        self.clerk.generated().verify_totp().user_id(user_id)
    }

    /// Disable mfa.
    ///
    /// `DELETE /users/{user_id}/mfa` (operation `DisableMFA`).
    pub fn disable_mfa(&self, user_id: impl Into<String>) -> builder::DisableMfa<'a> {
        self.clerk.generated().disable_mfa().user_id(user_id)
    }

    /// Delete backup codes.
    ///
    /// `DELETE /users/{user_id}/backup_code` (operation `DeleteBackupCode`).
    pub fn delete_backup_codes(&self, user_id: impl Into<String>) -> builder::DeleteBackupCode<'a> {
        self.clerk.generated().delete_backup_code().user_id(user_id)
    }

    /// Delete passkey.
    ///
    /// `DELETE /users/{user_id}/passkeys/{passkey_identification_id}` (operation `UserPasskeyDelete`).
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

    /// List trusted devices.
    ///
    /// `GET /users/{user_id}/trusted_devices` (operation `ListUserTrustedDevices`).
    pub fn list_trusted_devices(&self, user_id: impl Into<String>) -> builder::ListUserTrustedDevices<'a> {
        self.clerk.generated().list_user_trusted_devices().user_id(user_id)
    }

    /// Revoke trusted device.
    ///
    /// `DELETE /users/{user_id}/trusted_devices/{trusted_device_id}` (operation `RevokeUserTrustedDevice`).
    pub fn revoke_trusted_device(
        &self,
        user_id: impl Into<String>,
        trusted_device_id: impl Into<String>,
    ) -> builder::RevokeUserTrustedDevice<'a> {
        self.clerk.generated().revoke_user_trusted_device().user_id(user_id).trusted_device_id(trusted_device_id)
    }

    /// Delete web3 wallet.
    ///
    /// `DELETE /users/{user_id}/web3_wallets/{web3_wallet_identification_id}` (operation `UserWeb3WalletDelete`).
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

    /// Delete totp.
    ///
    /// `DELETE /users/{user_id}/totp` (operation `DeleteTOTP`).
    pub fn delete_totp(&self, user_id: impl Into<String>) -> builder::DeleteTotp<'a> {
        self.clerk.generated().delete_totp().user_id(user_id)
    }

    /// Delete external account.
    ///
    /// `DELETE /users/{user_id}/external_accounts/{external_account_id}` (operation `DeleteExternalAccount`).
    pub fn delete_external_account(
        &self,
        user_id: impl Into<String>,
        external_account_id: impl Into<String>,
    ) -> builder::DeleteExternalAccount<'a> {
        self.clerk.generated().delete_external_account().user_id(user_id).external_account_id(external_account_id)
    }

    /// Set password compromised.
    ///
    /// `POST /users/{user_id}/password/set_compromised` (operation `SetUserPasswordCompromised`).
    pub fn set_password_compromised(&self, user_id: impl Into<String>) -> builder::SetUserPasswordCompromised<'a> {
        self.clerk.generated().set_user_password_compromised().user_id(user_id)
    }

    /// Unset password compromised.
    ///
    /// `POST /users/{user_id}/password/unset_compromised` (operation `UnsetUserPasswordCompromised`).
    pub fn unset_password_compromised(&self, user_id: impl Into<String>) -> builder::UnsetUserPasswordCompromised<'a> {
        self.clerk.generated().unset_user_password_compromised().user_id(user_id)
    }

    /// Get instance organization memberships.
    ///
    /// `GET /organization_memberships` (operation `InstanceGetOrganizationMemberships`).
    pub fn get_instance_organization_memberships(&self) -> builder::InstanceGetOrganizationMemberships<'a> {
        self.clerk.generated().instance_get_organization_memberships()
    }
}
