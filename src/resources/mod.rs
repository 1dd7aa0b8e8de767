//! One namespace per resource group: `clerk.users()`, `clerk.invitations()`, ...
//!
//! Each method takes the operation's path parameters, in path order, and
//! returns the generated request builder: set query parameters and the body
//! on it, then `.send().await`.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

#[cfg(feature = "actor_tokens")]
mod actor_tokens;
#[cfg(feature = "admin_portal_link_tokens")]
mod admin_portal_link_tokens;
#[cfg(feature = "agent_tasks")]
mod agent_tasks;
#[cfg(feature = "allowlist_identifiers")]
mod allowlist_identifiers;
#[cfg(feature = "api_keys")]
mod api_keys;
#[cfg(feature = "beta_features")]
mod beta_features;
#[cfg(feature = "billing")]
mod billing;
#[cfg(feature = "blocklist_identifiers")]
mod blocklist_identifiers;
#[cfg(feature = "clients")]
mod clients;
#[cfg(feature = "directories")]
mod directories;
#[cfg(feature = "domains")]
mod domains;
#[cfg(feature = "email_addresses")]
mod email_addresses;
#[cfg(feature = "email_and_sms_templates")]
mod email_and_sms_templates;
#[cfg(feature = "email_sms_templates")]
mod email_sms_templates;
#[cfg(feature = "enterprise_connections")]
mod enterprise_connections;
#[cfg(feature = "instance_settings")]
mod instance_settings;
#[cfg(feature = "invitations")]
mod invitations;
#[cfg(feature = "jwks")]
mod jwks;
#[cfg(feature = "jwt_templates")]
mod jwt_templates;
#[cfg(feature = "m2m")]
mod m2m;
#[cfg(feature = "machines")]
mod machines;
#[cfg(feature = "miscellaneous")]
mod miscellaneous;
#[cfg(feature = "oauth_access_tokens")]
mod oauth_access_tokens;
#[cfg(feature = "oauth_applications")]
mod oauth_applications;
#[cfg(feature = "organization_domains")]
mod organization_domains;
#[cfg(feature = "organization_invitations")]
mod organization_invitations;
#[cfg(feature = "organization_memberships")]
mod organization_memberships;
#[cfg(feature = "organization_permissions")]
mod organization_permissions;
#[cfg(feature = "organization_roles")]
mod organization_roles;
#[cfg(feature = "organizations")]
mod organizations;
#[cfg(feature = "phone_numbers")]
mod phone_numbers;
#[cfg(feature = "proxy_checks")]
mod proxy_checks;
#[cfg(feature = "redirect_urls")]
mod redirect_urls;
#[cfg(feature = "role_sets")]
mod role_sets;
#[cfg(feature = "saml_connections")]
mod saml_connections;
#[cfg(feature = "scim_directories")]
mod scim_directories;
#[cfg(feature = "sessions")]
mod sessions;
#[cfg(feature = "sign_in_tokens")]
mod sign_in_tokens;
#[cfg(feature = "sign_ups")]
mod sign_ups;
#[cfg(feature = "templates")]
mod templates;
#[cfg(feature = "testing_tokens")]
mod testing_tokens;
#[cfg(feature = "users")]
mod users;
#[cfg(feature = "waitlist_entries")]
mod waitlist_entries;
#[cfg(feature = "webhooks")]
mod webhooks;

#[cfg(feature = "actor_tokens")]
pub use actor_tokens::ActorTokens;
#[cfg(feature = "admin_portal_link_tokens")]
pub use admin_portal_link_tokens::AdminPortalLinkTokens;
#[cfg(feature = "agent_tasks")]
pub use agent_tasks::AgentTasks;
#[cfg(feature = "allowlist_identifiers")]
pub use allowlist_identifiers::AllowlistIdentifiers;
#[cfg(feature = "api_keys")]
pub use api_keys::ApiKeys;
#[cfg(feature = "beta_features")]
pub use beta_features::BetaFeatures;
#[cfg(feature = "billing")]
pub use billing::Billing;
#[cfg(feature = "blocklist_identifiers")]
pub use blocklist_identifiers::BlocklistIdentifiers;
#[cfg(feature = "clients")]
pub use clients::Clients;
#[cfg(feature = "directories")]
pub use directories::Directories;
#[cfg(feature = "domains")]
pub use domains::Domains;
#[cfg(feature = "email_addresses")]
pub use email_addresses::EmailAddresses;
#[cfg(feature = "email_and_sms_templates")]
pub use email_and_sms_templates::EmailAndSmsTemplates;
#[cfg(feature = "email_sms_templates")]
pub use email_sms_templates::EmailSmsTemplates;
#[cfg(feature = "enterprise_connections")]
pub use enterprise_connections::EnterpriseConnections;
#[cfg(feature = "instance_settings")]
pub use instance_settings::InstanceSettings;
#[cfg(feature = "invitations")]
pub use invitations::Invitations;
#[cfg(feature = "jwks")]
pub use jwks::Jwks;
#[cfg(feature = "jwt_templates")]
pub use jwt_templates::JwtTemplates;
#[cfg(feature = "m2m")]
pub use m2m::M2m;
#[cfg(feature = "machines")]
pub use machines::Machines;
#[cfg(feature = "miscellaneous")]
pub use miscellaneous::Miscellaneous;
#[cfg(feature = "oauth_access_tokens")]
pub use oauth_access_tokens::OauthAccessTokens;
#[cfg(feature = "oauth_applications")]
pub use oauth_applications::OauthApplications;
#[cfg(feature = "organization_domains")]
pub use organization_domains::OrganizationDomains;
#[cfg(feature = "organization_invitations")]
pub use organization_invitations::OrganizationInvitations;
#[cfg(feature = "organization_memberships")]
pub use organization_memberships::OrganizationMemberships;
#[cfg(feature = "organization_permissions")]
pub use organization_permissions::OrganizationPermissions;
#[cfg(feature = "organization_roles")]
pub use organization_roles::OrganizationRoles;
#[cfg(feature = "organizations")]
pub use organizations::Organizations;
#[cfg(feature = "phone_numbers")]
pub use phone_numbers::PhoneNumbers;
#[cfg(feature = "proxy_checks")]
pub use proxy_checks::ProxyChecks;
#[cfg(feature = "redirect_urls")]
pub use redirect_urls::RedirectUrls;
#[cfg(feature = "role_sets")]
pub use role_sets::RoleSets;
#[cfg(feature = "saml_connections")]
pub use saml_connections::SamlConnections;
#[cfg(feature = "scim_directories")]
pub use scim_directories::ScimDirectories;
#[cfg(feature = "sessions")]
pub use sessions::Sessions;
#[cfg(feature = "sign_in_tokens")]
pub use sign_in_tokens::SignInTokens;
#[cfg(feature = "sign_ups")]
pub use sign_ups::SignUps;
#[cfg(feature = "templates")]
pub use templates::Templates;
#[cfg(feature = "testing_tokens")]
pub use testing_tokens::TestingTokens;
#[cfg(feature = "users")]
pub use users::Users;
#[cfg(feature = "waitlist_entries")]
pub use waitlist_entries::WaitlistEntries;
#[cfg(feature = "webhooks")]
pub use webhooks::Webhooks;

impl crate::Clerk {
    /// Operations on actor tokens (see [`ActorTokens`]; cargo feature `actor_tokens`).
    #[cfg(feature = "actor_tokens")]
    #[cfg_attr(docsrs, doc(cfg(feature = "actor_tokens")))]
    pub fn actor_tokens(&self) -> ActorTokens<'_> {
        ActorTokens::new(self)
    }

    /// Operations on admin portal link tokens (see [`AdminPortalLinkTokens`]; cargo feature `admin_portal_link_tokens`).
    #[cfg(feature = "admin_portal_link_tokens")]
    #[cfg_attr(docsrs, doc(cfg(feature = "admin_portal_link_tokens")))]
    pub fn admin_portal_link_tokens(&self) -> AdminPortalLinkTokens<'_> {
        AdminPortalLinkTokens::new(self)
    }

    /// Operations on agent tasks (see [`AgentTasks`]; cargo feature `agent_tasks`).
    #[cfg(feature = "agent_tasks")]
    #[cfg_attr(docsrs, doc(cfg(feature = "agent_tasks")))]
    pub fn agent_tasks(&self) -> AgentTasks<'_> {
        AgentTasks::new(self)
    }

    /// Operations on allowlist identifiers (see [`AllowlistIdentifiers`]; cargo feature `allowlist_identifiers`).
    #[cfg(feature = "allowlist_identifiers")]
    #[cfg_attr(docsrs, doc(cfg(feature = "allowlist_identifiers")))]
    pub fn allowlist_identifiers(&self) -> AllowlistIdentifiers<'_> {
        AllowlistIdentifiers::new(self)
    }

    /// Operations on api keys (see [`ApiKeys`]; cargo feature `api_keys`).
    #[cfg(feature = "api_keys")]
    #[cfg_attr(docsrs, doc(cfg(feature = "api_keys")))]
    pub fn api_keys(&self) -> ApiKeys<'_> {
        ApiKeys::new(self)
    }

    /// Operations on beta features (see [`BetaFeatures`]; cargo feature `beta_features`).
    #[cfg(feature = "beta_features")]
    #[cfg_attr(docsrs, doc(cfg(feature = "beta_features")))]
    pub fn beta_features(&self) -> BetaFeatures<'_> {
        BetaFeatures::new(self)
    }

    /// Operations on billing (see [`Billing`]; cargo feature `billing`).
    #[cfg(feature = "billing")]
    #[cfg_attr(docsrs, doc(cfg(feature = "billing")))]
    pub fn billing(&self) -> Billing<'_> {
        Billing::new(self)
    }

    /// Operations on blocklist identifiers (see [`BlocklistIdentifiers`]; cargo feature `blocklist_identifiers`).
    #[cfg(feature = "blocklist_identifiers")]
    #[cfg_attr(docsrs, doc(cfg(feature = "blocklist_identifiers")))]
    pub fn blocklist_identifiers(&self) -> BlocklistIdentifiers<'_> {
        BlocklistIdentifiers::new(self)
    }

    /// Operations on clients (see [`Clients`]; cargo feature `clients`).
    #[cfg(feature = "clients")]
    #[cfg_attr(docsrs, doc(cfg(feature = "clients")))]
    pub fn clients(&self) -> Clients<'_> {
        Clients::new(self)
    }

    /// Operations on directories (see [`Directories`]; cargo feature `directories`).
    #[cfg(feature = "directories")]
    #[cfg_attr(docsrs, doc(cfg(feature = "directories")))]
    pub fn directories(&self) -> Directories<'_> {
        Directories::new(self)
    }

    /// Operations on domains (see [`Domains`]; cargo feature `domains`).
    #[cfg(feature = "domains")]
    #[cfg_attr(docsrs, doc(cfg(feature = "domains")))]
    pub fn domains(&self) -> Domains<'_> {
        Domains::new(self)
    }

    /// Operations on email addresses (see [`EmailAddresses`]; cargo feature `email_addresses`).
    #[cfg(feature = "email_addresses")]
    #[cfg_attr(docsrs, doc(cfg(feature = "email_addresses")))]
    pub fn email_addresses(&self) -> EmailAddresses<'_> {
        EmailAddresses::new(self)
    }

    /// Operations on email and sms templates (see [`EmailAndSmsTemplates`]; cargo feature `email_and_sms_templates`).
    #[cfg(feature = "email_and_sms_templates")]
    #[cfg_attr(docsrs, doc(cfg(feature = "email_and_sms_templates")))]
    pub fn email_and_sms_templates(&self) -> EmailAndSmsTemplates<'_> {
        EmailAndSmsTemplates::new(self)
    }

    /// Operations on email sms templates (see [`EmailSmsTemplates`]; cargo feature `email_sms_templates`).
    #[cfg(feature = "email_sms_templates")]
    #[cfg_attr(docsrs, doc(cfg(feature = "email_sms_templates")))]
    pub fn email_sms_templates(&self) -> EmailSmsTemplates<'_> {
        EmailSmsTemplates::new(self)
    }

    /// Operations on enterprise connections (see [`EnterpriseConnections`]; cargo feature `enterprise_connections`).
    #[cfg(feature = "enterprise_connections")]
    #[cfg_attr(docsrs, doc(cfg(feature = "enterprise_connections")))]
    pub fn enterprise_connections(&self) -> EnterpriseConnections<'_> {
        EnterpriseConnections::new(self)
    }

    /// Operations on instance settings (see [`InstanceSettings`]; cargo feature `instance_settings`).
    #[cfg(feature = "instance_settings")]
    #[cfg_attr(docsrs, doc(cfg(feature = "instance_settings")))]
    pub fn instance_settings(&self) -> InstanceSettings<'_> {
        InstanceSettings::new(self)
    }

    /// Operations on invitations (see [`Invitations`]; cargo feature `invitations`).
    #[cfg(feature = "invitations")]
    #[cfg_attr(docsrs, doc(cfg(feature = "invitations")))]
    pub fn invitations(&self) -> Invitations<'_> {
        Invitations::new(self)
    }

    /// Operations on jwks (see [`Jwks`]; cargo feature `jwks`).
    #[cfg(feature = "jwks")]
    #[cfg_attr(docsrs, doc(cfg(feature = "jwks")))]
    pub fn jwks(&self) -> Jwks<'_> {
        Jwks::new(self)
    }

    /// Operations on jwt templates (see [`JwtTemplates`]; cargo feature `jwt_templates`).
    #[cfg(feature = "jwt_templates")]
    #[cfg_attr(docsrs, doc(cfg(feature = "jwt_templates")))]
    pub fn jwt_templates(&self) -> JwtTemplates<'_> {
        JwtTemplates::new(self)
    }

    /// Operations on m2m (see [`M2m`]; cargo feature `m2m`).
    #[cfg(feature = "m2m")]
    #[cfg_attr(docsrs, doc(cfg(feature = "m2m")))]
    pub fn m2m(&self) -> M2m<'_> {
        M2m::new(self)
    }

    /// Operations on machines (see [`Machines`]; cargo feature `machines`).
    #[cfg(feature = "machines")]
    #[cfg_attr(docsrs, doc(cfg(feature = "machines")))]
    pub fn machines(&self) -> Machines<'_> {
        Machines::new(self)
    }

    /// Operations on miscellaneous (see [`Miscellaneous`]; cargo feature `miscellaneous`).
    #[cfg(feature = "miscellaneous")]
    #[cfg_attr(docsrs, doc(cfg(feature = "miscellaneous")))]
    pub fn miscellaneous(&self) -> Miscellaneous<'_> {
        Miscellaneous::new(self)
    }

    /// Operations on oauth access tokens (see [`OauthAccessTokens`]; cargo feature `oauth_access_tokens`).
    #[cfg(feature = "oauth_access_tokens")]
    #[cfg_attr(docsrs, doc(cfg(feature = "oauth_access_tokens")))]
    pub fn oauth_access_tokens(&self) -> OauthAccessTokens<'_> {
        OauthAccessTokens::new(self)
    }

    /// Operations on oauth applications (see [`OauthApplications`]; cargo feature `oauth_applications`).
    #[cfg(feature = "oauth_applications")]
    #[cfg_attr(docsrs, doc(cfg(feature = "oauth_applications")))]
    pub fn oauth_applications(&self) -> OauthApplications<'_> {
        OauthApplications::new(self)
    }

    /// Operations on organization domains (see [`OrganizationDomains`]; cargo feature `organization_domains`).
    #[cfg(feature = "organization_domains")]
    #[cfg_attr(docsrs, doc(cfg(feature = "organization_domains")))]
    pub fn organization_domains(&self) -> OrganizationDomains<'_> {
        OrganizationDomains::new(self)
    }

    /// Operations on organization invitations (see [`OrganizationInvitations`]; cargo feature `organization_invitations`).
    #[cfg(feature = "organization_invitations")]
    #[cfg_attr(docsrs, doc(cfg(feature = "organization_invitations")))]
    pub fn organization_invitations(&self) -> OrganizationInvitations<'_> {
        OrganizationInvitations::new(self)
    }

    /// Operations on organization memberships (see [`OrganizationMemberships`]; cargo feature `organization_memberships`).
    #[cfg(feature = "organization_memberships")]
    #[cfg_attr(docsrs, doc(cfg(feature = "organization_memberships")))]
    pub fn organization_memberships(&self) -> OrganizationMemberships<'_> {
        OrganizationMemberships::new(self)
    }

    /// Operations on organization permissions (see [`OrganizationPermissions`]; cargo feature `organization_permissions`).
    #[cfg(feature = "organization_permissions")]
    #[cfg_attr(docsrs, doc(cfg(feature = "organization_permissions")))]
    pub fn organization_permissions(&self) -> OrganizationPermissions<'_> {
        OrganizationPermissions::new(self)
    }

    /// Operations on organization roles (see [`OrganizationRoles`]; cargo feature `organization_roles`).
    #[cfg(feature = "organization_roles")]
    #[cfg_attr(docsrs, doc(cfg(feature = "organization_roles")))]
    pub fn organization_roles(&self) -> OrganizationRoles<'_> {
        OrganizationRoles::new(self)
    }

    /// Operations on organizations (see [`Organizations`]; cargo feature `organizations`).
    #[cfg(feature = "organizations")]
    #[cfg_attr(docsrs, doc(cfg(feature = "organizations")))]
    pub fn organizations(&self) -> Organizations<'_> {
        Organizations::new(self)
    }

    /// Operations on phone numbers (see [`PhoneNumbers`]; cargo feature `phone_numbers`).
    #[cfg(feature = "phone_numbers")]
    #[cfg_attr(docsrs, doc(cfg(feature = "phone_numbers")))]
    pub fn phone_numbers(&self) -> PhoneNumbers<'_> {
        PhoneNumbers::new(self)
    }

    /// Operations on proxy checks (see [`ProxyChecks`]; cargo feature `proxy_checks`).
    #[cfg(feature = "proxy_checks")]
    #[cfg_attr(docsrs, doc(cfg(feature = "proxy_checks")))]
    pub fn proxy_checks(&self) -> ProxyChecks<'_> {
        ProxyChecks::new(self)
    }

    /// Operations on redirect urls (see [`RedirectUrls`]; cargo feature `redirect_urls`).
    #[cfg(feature = "redirect_urls")]
    #[cfg_attr(docsrs, doc(cfg(feature = "redirect_urls")))]
    pub fn redirect_urls(&self) -> RedirectUrls<'_> {
        RedirectUrls::new(self)
    }

    /// Operations on role sets (see [`RoleSets`]; cargo feature `role_sets`).
    #[cfg(feature = "role_sets")]
    #[cfg_attr(docsrs, doc(cfg(feature = "role_sets")))]
    pub fn role_sets(&self) -> RoleSets<'_> {
        RoleSets::new(self)
    }

    /// Operations on saml connections (see [`SamlConnections`]; cargo feature `saml_connections`).
    #[cfg(feature = "saml_connections")]
    #[cfg_attr(docsrs, doc(cfg(feature = "saml_connections")))]
    pub fn saml_connections(&self) -> SamlConnections<'_> {
        SamlConnections::new(self)
    }

    /// Operations on scim directories (see [`ScimDirectories`]; cargo feature `scim_directories`).
    #[cfg(feature = "scim_directories")]
    #[cfg_attr(docsrs, doc(cfg(feature = "scim_directories")))]
    pub fn scim_directories(&self) -> ScimDirectories<'_> {
        ScimDirectories::new(self)
    }

    /// Operations on sessions (see [`Sessions`]; cargo feature `sessions`).
    #[cfg(feature = "sessions")]
    #[cfg_attr(docsrs, doc(cfg(feature = "sessions")))]
    pub fn sessions(&self) -> Sessions<'_> {
        Sessions::new(self)
    }

    /// Operations on sign in tokens (see [`SignInTokens`]; cargo feature `sign_in_tokens`).
    #[cfg(feature = "sign_in_tokens")]
    #[cfg_attr(docsrs, doc(cfg(feature = "sign_in_tokens")))]
    pub fn sign_in_tokens(&self) -> SignInTokens<'_> {
        SignInTokens::new(self)
    }

    /// Operations on sign ups (see [`SignUps`]; cargo feature `sign_ups`).
    #[cfg(feature = "sign_ups")]
    #[cfg_attr(docsrs, doc(cfg(feature = "sign_ups")))]
    pub fn sign_ups(&self) -> SignUps<'_> {
        SignUps::new(self)
    }

    /// Operations on templates (see [`Templates`]; cargo feature `templates`).
    #[cfg(feature = "templates")]
    #[cfg_attr(docsrs, doc(cfg(feature = "templates")))]
    pub fn templates(&self) -> Templates<'_> {
        Templates::new(self)
    }

    /// Operations on testing tokens (see [`TestingTokens`]; cargo feature `testing_tokens`).
    #[cfg(feature = "testing_tokens")]
    #[cfg_attr(docsrs, doc(cfg(feature = "testing_tokens")))]
    pub fn testing_tokens(&self) -> TestingTokens<'_> {
        TestingTokens::new(self)
    }

    /// Operations on users (see [`Users`]; cargo feature `users`).
    #[cfg(feature = "users")]
    #[cfg_attr(docsrs, doc(cfg(feature = "users")))]
    pub fn users(&self) -> Users<'_> {
        Users::new(self)
    }

    /// Operations on waitlist entries (see [`WaitlistEntries`]; cargo feature `waitlist_entries`).
    #[cfg(feature = "waitlist_entries")]
    #[cfg_attr(docsrs, doc(cfg(feature = "waitlist_entries")))]
    pub fn waitlist_entries(&self) -> WaitlistEntries<'_> {
        WaitlistEntries::new(self)
    }

    /// Operations on webhooks (see [`Webhooks`]; cargo feature `webhooks`).
    #[cfg(feature = "webhooks")]
    #[cfg_attr(docsrs, doc(cfg(feature = "webhooks")))]
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
