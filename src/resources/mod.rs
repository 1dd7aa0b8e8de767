//! One namespace per resource group: `clerk.users()`, `clerk.invitations()`, ...
//!
//! Each method takes the operation's path parameters, in path order, and
//! returns the generated request builder: set query parameters and the body
//! on it, then `.send().await`.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

mod actor_tokens;
mod admin_portal_link_tokens;
mod agent_tasks;
mod allowlist_identifiers;
mod api_keys;
mod beta_features;
mod billing;
mod blocklist_identifiers;
mod clients;
mod directories;
mod domains;
mod email_addresses;
mod email_and_sms_templates;
mod email_sms_templates;
mod enterprise_connections;
mod instance_settings;
mod invitations;
mod jwks;
mod jwt_templates;
mod m2m;
mod machines;
mod miscellaneous;
mod oauth_access_tokens;
mod oauth_applications;
mod organization_domains;
mod organization_invitations;
mod organization_memberships;
mod organization_permissions;
mod organization_roles;
mod organizations;
mod phone_numbers;
mod proxy_checks;
mod redirect_urls;
mod role_sets;
mod saml_connections;
mod scim_directories;
mod sessions;
mod sign_in_tokens;
mod sign_ups;
mod templates;
mod testing_tokens;
mod users;
mod waitlist_entries;
mod webhooks;

pub use actor_tokens::ActorTokens;
pub use admin_portal_link_tokens::AdminPortalLinkTokens;
pub use agent_tasks::AgentTasks;
pub use allowlist_identifiers::AllowlistIdentifiers;
pub use api_keys::ApiKeys;
pub use beta_features::BetaFeatures;
pub use billing::Billing;
pub use blocklist_identifiers::BlocklistIdentifiers;
pub use clients::Clients;
pub use directories::Directories;
pub use domains::Domains;
pub use email_addresses::EmailAddresses;
pub use email_and_sms_templates::EmailAndSmsTemplates;
pub use email_sms_templates::EmailSmsTemplates;
pub use enterprise_connections::EnterpriseConnections;
pub use instance_settings::InstanceSettings;
pub use invitations::Invitations;
pub use jwks::Jwks;
pub use jwt_templates::JwtTemplates;
pub use m2m::M2m;
pub use machines::Machines;
pub use miscellaneous::Miscellaneous;
pub use oauth_access_tokens::OauthAccessTokens;
pub use oauth_applications::OauthApplications;
pub use organization_domains::OrganizationDomains;
pub use organization_invitations::OrganizationInvitations;
pub use organization_memberships::OrganizationMemberships;
pub use organization_permissions::OrganizationPermissions;
pub use organization_roles::OrganizationRoles;
pub use organizations::Organizations;
pub use phone_numbers::PhoneNumbers;
pub use proxy_checks::ProxyChecks;
pub use redirect_urls::RedirectUrls;
pub use role_sets::RoleSets;
pub use saml_connections::SamlConnections;
pub use scim_directories::ScimDirectories;
pub use sessions::Sessions;
pub use sign_in_tokens::SignInTokens;
pub use sign_ups::SignUps;
pub use templates::Templates;
pub use testing_tokens::TestingTokens;
pub use users::Users;
pub use waitlist_entries::WaitlistEntries;
pub use webhooks::Webhooks;

impl crate::Clerk {
    /// Operations on actor tokens (see [`ActorTokens`]).
    pub fn actor_tokens(&self) -> ActorTokens<'_> {
        ActorTokens::new(self)
    }

    /// Operations on admin portal link tokens (see [`AdminPortalLinkTokens`]).
    pub fn admin_portal_link_tokens(&self) -> AdminPortalLinkTokens<'_> {
        AdminPortalLinkTokens::new(self)
    }

    /// Operations on agent tasks (see [`AgentTasks`]).
    pub fn agent_tasks(&self) -> AgentTasks<'_> {
        AgentTasks::new(self)
    }

    /// Operations on allowlist identifiers (see [`AllowlistIdentifiers`]).
    pub fn allowlist_identifiers(&self) -> AllowlistIdentifiers<'_> {
        AllowlistIdentifiers::new(self)
    }

    /// Operations on api keys (see [`ApiKeys`]).
    pub fn api_keys(&self) -> ApiKeys<'_> {
        ApiKeys::new(self)
    }

    /// Operations on beta features (see [`BetaFeatures`]).
    pub fn beta_features(&self) -> BetaFeatures<'_> {
        BetaFeatures::new(self)
    }

    /// Operations on billing (see [`Billing`]).
    pub fn billing(&self) -> Billing<'_> {
        Billing::new(self)
    }

    /// Operations on blocklist identifiers (see [`BlocklistIdentifiers`]).
    pub fn blocklist_identifiers(&self) -> BlocklistIdentifiers<'_> {
        BlocklistIdentifiers::new(self)
    }

    /// Operations on clients (see [`Clients`]).
    pub fn clients(&self) -> Clients<'_> {
        Clients::new(self)
    }

    /// Operations on directories (see [`Directories`]).
    pub fn directories(&self) -> Directories<'_> {
        Directories::new(self)
    }

    /// Operations on domains (see [`Domains`]).
    pub fn domains(&self) -> Domains<'_> {
        Domains::new(self)
    }

    /// Operations on email addresses (see [`EmailAddresses`]).
    pub fn email_addresses(&self) -> EmailAddresses<'_> {
        EmailAddresses::new(self)
    }

    /// Operations on email and sms templates (see [`EmailAndSmsTemplates`]).
    pub fn email_and_sms_templates(&self) -> EmailAndSmsTemplates<'_> {
        EmailAndSmsTemplates::new(self)
    }

    /// Operations on email sms templates (see [`EmailSmsTemplates`]).
    pub fn email_sms_templates(&self) -> EmailSmsTemplates<'_> {
        EmailSmsTemplates::new(self)
    }

    /// Operations on enterprise connections (see [`EnterpriseConnections`]).
    pub fn enterprise_connections(&self) -> EnterpriseConnections<'_> {
        EnterpriseConnections::new(self)
    }

    /// Operations on instance settings (see [`InstanceSettings`]).
    pub fn instance_settings(&self) -> InstanceSettings<'_> {
        InstanceSettings::new(self)
    }

    /// Operations on invitations (see [`Invitations`]).
    pub fn invitations(&self) -> Invitations<'_> {
        Invitations::new(self)
    }

    /// Operations on jwks (see [`Jwks`]).
    pub fn jwks(&self) -> Jwks<'_> {
        Jwks::new(self)
    }

    /// Operations on jwt templates (see [`JwtTemplates`]).
    pub fn jwt_templates(&self) -> JwtTemplates<'_> {
        JwtTemplates::new(self)
    }

    /// Operations on m2m (see [`M2m`]).
    pub fn m2m(&self) -> M2m<'_> {
        M2m::new(self)
    }

    /// Operations on machines (see [`Machines`]).
    pub fn machines(&self) -> Machines<'_> {
        Machines::new(self)
    }

    /// Operations on miscellaneous (see [`Miscellaneous`]).
    pub fn miscellaneous(&self) -> Miscellaneous<'_> {
        Miscellaneous::new(self)
    }

    /// Operations on oauth access tokens (see [`OauthAccessTokens`]).
    pub fn oauth_access_tokens(&self) -> OauthAccessTokens<'_> {
        OauthAccessTokens::new(self)
    }

    /// Operations on oauth applications (see [`OauthApplications`]).
    pub fn oauth_applications(&self) -> OauthApplications<'_> {
        OauthApplications::new(self)
    }

    /// Operations on organization domains (see [`OrganizationDomains`]).
    pub fn organization_domains(&self) -> OrganizationDomains<'_> {
        OrganizationDomains::new(self)
    }

    /// Operations on organization invitations (see [`OrganizationInvitations`]).
    pub fn organization_invitations(&self) -> OrganizationInvitations<'_> {
        OrganizationInvitations::new(self)
    }

    /// Operations on organization memberships (see [`OrganizationMemberships`]).
    pub fn organization_memberships(&self) -> OrganizationMemberships<'_> {
        OrganizationMemberships::new(self)
    }

    /// Operations on organization permissions (see [`OrganizationPermissions`]).
    pub fn organization_permissions(&self) -> OrganizationPermissions<'_> {
        OrganizationPermissions::new(self)
    }

    /// Operations on organization roles (see [`OrganizationRoles`]).
    pub fn organization_roles(&self) -> OrganizationRoles<'_> {
        OrganizationRoles::new(self)
    }

    /// Operations on organizations (see [`Organizations`]).
    pub fn organizations(&self) -> Organizations<'_> {
        Organizations::new(self)
    }

    /// Operations on phone numbers (see [`PhoneNumbers`]).
    pub fn phone_numbers(&self) -> PhoneNumbers<'_> {
        PhoneNumbers::new(self)
    }

    /// Operations on proxy checks (see [`ProxyChecks`]).
    pub fn proxy_checks(&self) -> ProxyChecks<'_> {
        ProxyChecks::new(self)
    }

    /// Operations on redirect urls (see [`RedirectUrls`]).
    pub fn redirect_urls(&self) -> RedirectUrls<'_> {
        RedirectUrls::new(self)
    }

    /// Operations on role sets (see [`RoleSets`]).
    pub fn role_sets(&self) -> RoleSets<'_> {
        RoleSets::new(self)
    }

    /// Operations on saml connections (see [`SamlConnections`]).
    pub fn saml_connections(&self) -> SamlConnections<'_> {
        SamlConnections::new(self)
    }

    /// Operations on scim directories (see [`ScimDirectories`]).
    pub fn scim_directories(&self) -> ScimDirectories<'_> {
        ScimDirectories::new(self)
    }

    /// Operations on sessions (see [`Sessions`]).
    pub fn sessions(&self) -> Sessions<'_> {
        Sessions::new(self)
    }

    /// Operations on sign in tokens (see [`SignInTokens`]).
    pub fn sign_in_tokens(&self) -> SignInTokens<'_> {
        SignInTokens::new(self)
    }

    /// Operations on sign ups (see [`SignUps`]).
    pub fn sign_ups(&self) -> SignUps<'_> {
        SignUps::new(self)
    }

    /// Operations on templates (see [`Templates`]).
    pub fn templates(&self) -> Templates<'_> {
        Templates::new(self)
    }

    /// Operations on testing tokens (see [`TestingTokens`]).
    pub fn testing_tokens(&self) -> TestingTokens<'_> {
        TestingTokens::new(self)
    }

    /// Operations on users (see [`Users`]).
    pub fn users(&self) -> Users<'_> {
        Users::new(self)
    }

    /// Operations on waitlist entries (see [`WaitlistEntries`]).
    pub fn waitlist_entries(&self) -> WaitlistEntries<'_> {
        WaitlistEntries::new(self)
    }

    /// Operations on webhooks (see [`Webhooks`]).
    pub fn webhooks(&self) -> Webhooks<'_> {
        Webhooks::new(self)
    }
}

/// Every operation and where it lives: (operation id, namespace, method).
/// Tests use it to check that each operation is reachable exactly once.
#[doc(hidden)]
pub const OPERATIONS: &[(&str, &str, &str)] = &[
    ("AddDomain", "domains", "add"),
    ("AddRolesToRoleSet", "role_sets", "add_roles"),
    ("AdjustOrganizationBillingCreditBalance", "organizations", "adjust_billing_credit_balance"),
    ("AdjustUserBillingCreditBalance", "users", "adjust_billing_credit_balance"),
    ("ApplyBillingSubscriptionItemDiscount", "billing", "apply_subscription_item_discount"),
    ("AssignPermissionToOrganizationRole", "organization_roles", "assign_permission"),
    ("AttemptEmailAddressVerification", "email_addresses", "attempt_verification"),
    ("AttemptPhoneNumberVerification", "phone_numbers", "attempt_verification"),
    ("BanUser", "users", "ban"),
    ("CancelCommerceSubscriptionItem", "billing", "cancel_subscription_item"),
    ("ChangeProductionInstanceDomain", "instance_settings", "change_domain"),
    ("CreateActorToken", "actor_tokens", "create"),
    ("CreateAgentTask", "agent_tasks", "create"),
    ("CreateAllowlistIdentifier", "allowlist_identifiers", "create"),
    ("CreateBillingPrice", "billing", "create_price"),
    ("CreateBillingPriceTransition", "billing", "create_price_transition"),
    ("CreateBlocklistIdentifier", "blocklist_identifiers", "create"),
    ("CreateBulkInvitations", "invitations", "bulk_create"),
    ("CreateBulkWaitlistEntries", "waitlist_entries", "bulk_create"),
    ("CreateDirectory", "directories", "create"),
    ("CreateDirectoryGroupRoleMapping", "directories", "create_group_role_mapping"),
    ("CreateEmailAddress", "email_addresses", "create"),
    ("CreateEnterpriseConnection", "enterprise_connections", "create"),
    ("CreateEnterpriseConnectionTestRun", "enterprise_connections", "create_test_run"),
    ("CreateInvitation", "invitations", "create"),
    ("CreateJWTTemplate", "jwt_templates", "create"),
    ("CreateMachine", "machines", "create"),
    ("CreateMachineScope", "machines", "create_scope"),
    ("CreateOAuthApplication", "oauth_applications", "create"),
    ("CreateOrganization", "organizations", "create"),
    ("CreateOrganizationDomain", "organization_domains", "create"),
    ("CreateOrganizationInvitation", "organization_invitations", "create"),
    ("CreateOrganizationInvitationBulk", "organization_invitations", "bulk_create"),
    ("CreateOrganizationMembership", "organization_memberships", "create"),
    ("CreateOrganizationPermission", "organization_permissions", "create"),
    ("CreateOrganizationRole", "organization_roles", "create"),
    ("CreatePhoneNumber", "phone_numbers", "create"),
    ("CreateRedirectURL", "redirect_urls", "create"),
    ("CreateRoleSet", "role_sets", "create"),
    ("CreateSAMLConnection", "saml_connections", "create"),
    ("CreateSCIMDirectory", "scim_directories", "create"),
    ("CreateSCIMGroupRoleMapping", "scim_directories", "create_group_role_mapping"),
    ("CreateSessionToken", "sessions", "create_token"),
    ("CreateSessionTokenFromTemplate", "sessions", "create_token_from_template"),
    ("CreateSignInToken", "sign_in_tokens", "create"),
    ("CreateSvixApp", "webhooks", "create_svix_app"),
    ("CreateTestingToken", "testing_tokens", "create"),
    ("CreateUser", "users", "create"),
    ("CreateWaitlistEntry", "waitlist_entries", "create"),
    ("DeleteAllowlistIdentifier", "allowlist_identifiers", "delete"),
    ("DeleteBackupCode", "users", "delete_backup_codes"),
    ("DeleteBlocklistIdentifier", "blocklist_identifiers", "delete"),
    ("DeleteDirectory", "directories", "delete"),
    ("DeleteDirectoryGroupRoleMapping", "directories", "delete_group_role_mapping"),
    ("DeleteDomain", "domains", "delete"),
    ("DeleteEmailAddress", "email_addresses", "delete"),
    ("DeleteEnterpriseConnection", "enterprise_connections", "delete"),
    ("DeleteExternalAccount", "users", "delete_external_account"),
    ("DeleteJWTTemplate", "jwt_templates", "delete"),
    ("DeleteMachine", "machines", "delete"),
    ("DeleteMachineScope", "machines", "delete_scope"),
    ("DeleteOAuthApplication", "oauth_applications", "delete"),
    ("DeleteOrganization", "organizations", "delete"),
    ("DeleteOrganizationDomain", "organization_domains", "delete"),
    ("DeleteOrganizationLogo", "organizations", "delete_logo"),
    ("DeleteOrganizationMembership", "organization_memberships", "delete"),
    ("DeleteOrganizationPermission", "organization_permissions", "delete"),
    ("DeleteOrganizationRole", "organization_roles", "delete"),
    ("DeletePhoneNumber", "phone_numbers", "delete"),
    ("DeleteRedirectURL", "redirect_urls", "delete"),
    ("DeleteSAMLConnection", "saml_connections", "delete"),
    ("DeleteSCIMDirectory", "scim_directories", "delete"),
    ("DeleteSCIMGroupRoleMapping", "scim_directories", "delete_group_role_mapping"),
    ("DeleteSvixApp", "webhooks", "delete_svix_app"),
    ("DeleteTOTP", "users", "delete_totp"),
    ("DeleteUser", "users", "delete"),
    ("DeleteUserProfileImage", "users", "delete_profile_image"),
    ("DeleteWaitlistEntry", "waitlist_entries", "delete"),
    ("DisableMFA", "users", "disable_mfa"),
    ("ExtendBillingSubscriptionItemFreeTrial", "billing", "extend_subscription_item_free_trial"),
    ("GenerateSvixAuthURL", "webhooks", "generate_svix_auth_url"),
    ("GetBillingPriceList", "billing", "list_prices"),
    ("GetBillingStatement", "billing", "get_statement"),
    ("GetBillingStatementList", "billing", "list_statements"),
    ("GetBillingStatementPaymentAttempts", "billing", "get_statement_payment_attempts"),
    ("GetClient", "clients", "get"),
    ("GetClientList", "clients", "list"),
    ("GetCommercePlanList", "billing", "list_plans"),
    ("GetCommerceSubscriptionItemList", "billing", "list_subscription_items"),
    ("GetDirectory", "directories", "get"),
    ("GetEmailAddress", "email_addresses", "get"),
    ("GetEnterpriseConnection", "enterprise_connections", "get"),
    ("GetInstance", "instance_settings", "get"),
    ("GetInstanceCommunication", "instance_settings", "get_communication"),
    ("GetInstanceOAuthApplicationSettings", "instance_settings", "get_oauth_application_settings"),
    ("GetInstanceOrganizationSettings", "instance_settings", "get_organization_settings"),
    ("GetInstanceProtect", "instance_settings", "get_protect"),
    ("GetJWKS", "jwks", "get_jwks"),
    ("GetJWTTemplate", "jwt_templates", "get"),
    ("GetMachine", "machines", "get"),
    ("GetMachineSecretKey", "machines", "get_secret_key"),
    ("GetOAuthAccessToken", "users", "get_oauth_access_token"),
    ("GetOAuthApplication", "oauth_applications", "get"),
    ("GetOrganization", "organizations", "get"),
    ("GetOrganizationBillingCreditBalance", "organizations", "get_billing_credit_balance"),
    ("GetOrganizationBillingSubscription", "organizations", "get_billing_subscription"),
    ("GetOrganizationInvitation", "organization_invitations", "get"),
    ("GetOrganizationPermission", "organization_permissions", "get"),
    ("GetOrganizationRole", "organization_roles", "get"),
    ("GetPhoneNumber", "phone_numbers", "get"),
    ("GetPublicInterstitial", "miscellaneous", "get_public_interstitial"),
    ("GetRedirectURL", "redirect_urls", "get"),
    ("GetRoleSet", "role_sets", "get"),
    ("GetSAMLConnection", "saml_connections", "get"),
    ("GetSCIMDirectory", "scim_directories", "get"),
    ("GetSession", "sessions", "get"),
    ("GetSessionList", "sessions", "list"),
    ("GetSignUp", "sign_ups", "get"),
    ("GetTemplate", "email_sms_templates", "get"),
    ("GetTemplateList", "email_sms_templates", "list"),
    ("GetUser", "users", "get"),
    ("GetUserBillingCreditBalance", "users", "get_billing_credit_balance"),
    ("GetUserBillingSubscription", "users", "get_billing_subscription"),
    ("GetUserList", "users", "list"),
    ("GetUsersCount", "users", "count"),
    ("InstanceGetOrganizationMemberships", "users", "get_instance_organization_memberships"),
    ("InviteWaitlistEntry", "waitlist_entries", "invite"),
    ("ListAllOrganizationDomains", "organization_domains", "list_all"),
    ("ListAllowlistIdentifiers", "allowlist_identifiers", "list"),
    ("ListBlocklistIdentifiers", "blocklist_identifiers", "list"),
    ("ListDirectories", "directories", "list"),
    ("ListDirectoryGroupRoleMappings", "directories", "list_group_role_mappings"),
    ("ListDomains", "domains", "list"),
    ("ListEnterpriseConnectionTestRuns", "enterprise_connections", "list_test_runs"),
    ("ListEnterpriseConnections", "enterprise_connections", "list"),
    ("ListInstanceOrganizationInvitations", "organization_invitations", "get_all"),
    ("ListInvitations", "invitations", "list"),
    ("ListJWTTemplates", "jwt_templates", "list"),
    ("ListMachines", "machines", "list"),
    ("ListOAuthApplications", "oauth_applications", "list"),
    ("ListOrganizationDomains", "organization_domains", "list"),
    ("ListOrganizationInvitations", "organization_invitations", "list"),
    ("ListOrganizationMemberships", "organization_memberships", "list"),
    ("ListOrganizationPermissions", "organization_permissions", "list"),
    ("ListOrganizationRoles", "organization_roles", "list"),
    ("ListOrganizations", "organizations", "list"),
    ("ListPendingOrganizationInvitations", "organization_invitations", "list_pending"),
    ("ListRedirectURLs", "redirect_urls", "list"),
    ("ListRoleSets", "role_sets", "list"),
    ("ListSAMLConnections", "saml_connections", "list"),
    ("ListSCIMDirectories", "scim_directories", "list"),
    ("ListSCIMGroupRoleMappings", "scim_directories", "list_group_role_mappings"),
    ("ListUserTrustedDevices", "users", "list_trusted_devices"),
    ("ListWaitlistEntries", "waitlist_entries", "list"),
    ("LockUser", "users", "lock"),
    ("MergeOrganizationMetadata", "organizations", "merge_metadata"),
    ("PrepareEmailAddressVerification", "email_addresses", "prepare_verification"),
    ("PreparePhoneNumberVerification", "phone_numbers", "prepare_verification"),
    ("PreviewTemplate", "templates", "preview"),
    ("RefreshSession", "sessions", "refresh"),
    ("RejectWaitlistEntry", "waitlist_entries", "reject"),
    ("RemoveBillingSubscriptionItemDiscount", "billing", "remove_subscription_item_discount"),
    ("RemovePermissionFromOrganizationRole", "organization_roles", "remove_permission"),
    ("RemoveUserPassword", "users", "remove_password"),
    ("ReplaceDirectoryGroupRoleMappings", "directories", "replace_group_role_mappings"),
    ("ReplaceOrganizationMetadata", "organizations", "replace_metadata"),
    ("ReplaceRoleInRoleSet", "role_sets", "replace_role"),
    ("ReplaceRoleSet", "role_sets", "replace"),
    ("ReplaceSCIMGroupRoleMappings", "scim_directories", "replace_group_role_mappings"),
    ("ReplaceUserEmailAddress", "email_addresses", "replace_for_user"),
    ("ReplaceUserMetadata", "users", "replace_metadata"),
    ("ReplaceUserPhoneNumber", "phone_numbers", "replace_for_user"),
    ("RevertTemplate", "email_sms_templates", "revert"),
    ("RevokeActorToken", "actor_tokens", "revoke"),
    ("RevokeAgentTask", "agent_tasks", "revoke"),
    ("RevokeInvitation", "invitations", "revoke"),
    ("RevokeOAuthApplicationToken", "oauth_applications", "revoke_token"),
    ("RevokeOrganizationInvitation", "organization_invitations", "revoke"),
    ("RevokeSession", "sessions", "revoke"),
    ("RevokeSignInToken", "sign_in_tokens", "revoke"),
    ("RevokeUserTrustedDevice", "users", "revoke_trusted_device"),
    ("RotateDirectoryAPIKey", "directories", "rotate_api_key"),
    ("RotateMachineSecretKey", "machines", "rotate_secret_key"),
    ("RotateOAuthApplicationSecret", "oauth_applications", "rotate_secret"),
    ("RotateSCIMDirectoryAPIKey", "scim_directories", "rotate_api_key"),
    ("SetUserPasswordCompromised", "users", "set_password_compromised"),
    ("SetUserProfileImage", "users", "set_profile_image"),
    ("ToggleTemplateDelivery", "email_sms_templates", "toggle_template_delivery"),
    ("UnbanUser", "users", "unban"),
    ("UnlockUser", "users", "unlock"),
    ("UnsetUserPasswordCompromised", "users", "unset_password_compromised"),
    ("UpdateDirectory", "directories", "update"),
    ("UpdateDomain", "domains", "update"),
    ("UpdateEmailAddress", "email_addresses", "update"),
    ("UpdateEnterpriseConnection", "enterprise_connections", "update"),
    ("UpdateInstance", "instance_settings", "update"),
    ("UpdateInstanceAuthConfig", "beta_features", "update_instance_settings"),
    ("UpdateInstanceCommunication", "instance_settings", "update_communication"),
    ("UpdateInstanceOAuthApplicationSettings", "instance_settings", "update_oauth_application_settings"),
    ("UpdateInstanceOrganizationSettings", "instance_settings", "update_organization_settings"),
    ("UpdateInstanceProtect", "instance_settings", "update_protect"),
    ("UpdateInstanceRestrictions", "instance_settings", "update_restrictions"),
    ("UpdateJWTTemplate", "jwt_templates", "update"),
    ("UpdateMachine", "machines", "update"),
    ("UpdateOAuthApplication", "oauth_applications", "update"),
    ("UpdateOrganization", "organizations", "update"),
    ("UpdateOrganizationDomain", "organization_domains", "update"),
    ("UpdateOrganizationMembership", "organization_memberships", "update"),
    ("UpdateOrganizationMembershipMetadata", "organization_memberships", "update_metadata"),
    ("UpdateOrganizationPermission", "organization_permissions", "update"),
    ("UpdateOrganizationRole", "organization_roles", "update"),
    ("UpdatePhoneNumber", "phone_numbers", "update"),
    ("UpdateProductionInstanceDomain", "beta_features", "update_production_instance_domain"),
    ("UpdateRoleSet", "role_sets", "update"),
    ("UpdateSAMLConnection", "saml_connections", "update"),
    ("UpdateSCIMDirectory", "scim_directories", "update"),
    ("UpdateSignUp", "sign_ups", "update"),
    ("UpdateUser", "users", "update"),
    ("UpdateUserMetadata", "users", "update_metadata"),
    ("UploadOAuthApplicationLogo", "oauth_applications", "upload_logo"),
    ("UploadOrganizationLogo", "organizations", "upload_logo"),
    ("UpsertTemplate", "email_and_sms_templates", "upsert"),
    ("UserPasskeyDelete", "users", "delete_passkey"),
    ("UserWeb3WalletDelete", "users", "delete_web3_wallet"),
    ("UsersBan", "users", "bulk_ban"),
    ("UsersGetOrganizationInvitations", "users", "get_organization_invitations"),
    ("UsersGetOrganizationMemberships", "users", "get_organization_memberships"),
    ("UsersUnban", "users", "bulk_unban"),
    ("VerifyClient", "clients", "verify"),
    ("VerifyDomainProxy", "proxy_checks", "verify"),
    ("VerifyOrganizationDomainOwnership", "organization_domains", "verify_ownership"),
    ("VerifyPassword", "users", "verify_password"),
    ("VerifyTOTP", "users", "verify_totp"),
    ("createAdminPortalLinkToken", "admin_portal_link_tokens", "create"),
    ("createApiKey", "api_keys", "create"),
    ("createM2MToken", "m2m", "create_token"),
    ("createSession", "sessions", "create"),
    ("deleteApiKey", "api_keys", "delete"),
    ("getApiKey", "api_keys", "get"),
    ("getApiKeySecret", "api_keys", "get_secret"),
    ("getApiKeys", "api_keys", "list"),
    ("getM2MTokens", "m2m", "list_tokens"),
    ("revokeAdminPortalLinkToken", "admin_portal_link_tokens", "revoke"),
    ("revokeApiKey", "api_keys", "revoke"),
    ("revokeM2MToken", "m2m", "revoke_token"),
    ("updateApiKey", "api_keys", "update"),
    ("verifyApiKey", "api_keys", "verify"),
    ("verifyM2MToken", "m2m", "verify_token"),
    ("verifyOAuthAccessToken", "oauth_access_tokens", "verify"),
];
