//! `clerk.billing()`: operations on billing.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on billing; get one with `clerk.billing()` (cargo feature `billing`).
#[derive(Clone, Copy)]
pub struct Billing<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> Billing<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetCommercePlanList.md"))]
    pub fn list_plans(&self) -> builder::GetCommercePlanList<'a> {
        self.clerk.generated().get_commerce_plan_list()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetBillingPriceList.md"))]
    pub fn list_prices(&self) -> builder::GetBillingPriceList<'a> {
        self.clerk.generated().get_billing_price_list()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/CreateBillingPrice.md"))]
    pub fn create_price(&self) -> builder::CreateBillingPrice<'a> {
        self.clerk.generated().create_billing_price()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetCommerceSubscriptionItemList.md"))]
    pub fn list_subscription_items(&self) -> builder::GetCommerceSubscriptionItemList<'a> {
        self.clerk.generated().get_commerce_subscription_item_list()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/CancelCommerceSubscriptionItem.md"))]
    pub fn cancel_subscription_item(
        &self,
        subscription_item_id: impl Into<String>,
    ) -> builder::CancelCommerceSubscriptionItem<'a> {
        self.clerk.generated().cancel_commerce_subscription_item().subscription_item_id(subscription_item_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/ExtendBillingSubscriptionItemFreeTrial.md"))]
    pub fn extend_subscription_item_free_trial(
        &self,
        subscription_item_id: impl Into<String>,
    ) -> builder::ExtendBillingSubscriptionItemFreeTrial<'a> {
        self.clerk.generated().extend_billing_subscription_item_free_trial().subscription_item_id(subscription_item_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/CreateBillingPriceTransition.md"))]
    pub fn create_price_transition(
        &self,
        subscription_item_id: impl Into<String>,
    ) -> builder::CreateBillingPriceTransition<'a> {
        self.clerk.generated().create_billing_price_transition().subscription_item_id(subscription_item_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/ApplyBillingSubscriptionItemDiscount.md"))]
    pub fn apply_subscription_item_discount(
        &self,
        subscription_item_id: impl Into<String>,
    ) -> builder::ApplyBillingSubscriptionItemDiscount<'a> {
        self.clerk.generated().apply_billing_subscription_item_discount().subscription_item_id(subscription_item_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/RemoveBillingSubscriptionItemDiscount.md"))]
    pub fn remove_subscription_item_discount(
        &self,
        subscription_item_id: impl Into<String>,
        discount_id: impl Into<String>,
    ) -> builder::RemoveBillingSubscriptionItemDiscount<'a> {
        self.clerk
            .generated()
            .remove_billing_subscription_item_discount()
            .subscription_item_id(subscription_item_id)
            .discount_id(discount_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetBillingStatementList.md"))]
    pub fn list_statements(&self) -> builder::GetBillingStatementList<'a> {
        self.clerk.generated().get_billing_statement_list()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetBillingStatement.md"))]
    pub fn get_statement(&self, statement_id: impl Into<String>) -> builder::GetBillingStatement<'a> {
        self.clerk.generated().get_billing_statement().statement_id(statement_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetBillingStatementPaymentAttempts.md"))]
    pub fn get_statement_payment_attempts(
        &self,
        statement_id: impl Into<String>,
    ) -> builder::GetBillingStatementPaymentAttempts<'a> {
        self.clerk.generated().get_billing_statement_payment_attempts().statement_id(statement_id)
    }
}
