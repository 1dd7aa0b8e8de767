//! Payloads of billing events: payment attempts, subscriptions and their items, plans and prices.

use super::*;

lenient_struct! {
    /// A payment attempt (`paymentAttempt.*` events).
    pub struct PaymentAttempt {
        /// Attempt id.
        pub id: Option<String>,
        /// Id of the Clerk instance.
        pub instance_id: Option<String>,
        /// Id of the payment.
        pub payment_id: Option<String>,
        /// Older name of `statement_id`.
        pub invoice_id: Option<String>,
        /// Id of the statement.
        pub statement_id: Option<String>,
        /// Id at the payment gateway.
        pub gateway_external_id: Option<String>,
        /// Attempt state: `pending`, `paid` or `failed`.
        pub status: Option<String>,
        /// Time of creation.
        pub created_at: Option<i64>,
        /// Time of the last change.
        pub updated_at: Option<i64>,
        /// When it was paid.
        pub paid_at: Option<i64>,
        /// When it failed.
        pub failed_at: Option<i64>,
        /// Why it failed.
        pub failed_reason: Option<PaymentFailedReason>,
        /// Billing date.
        pub billing_date: Option<i64>,
        /// e.g. `checkout` or `recurring`.
        pub charge_type: Option<String>,
        /// Who is paid.
        pub payee: Option<BillingPayee>,
        /// Who pays.
        pub payer: Option<BillingPayer>,
        /// Amounts.
        pub totals: Option<BillingTotals>,
        /// The card or other means of payment.
        pub payment_source: Option<BillingPaymentSource>,
        /// Subscription items paid for.
        pub subscription_items: Vec<SubscriptionItem>,
    }
}

lenient_struct! {
    /// Why a payment failed.
    pub struct PaymentFailedReason {
        /// Broad code, e.g. `card_declined`.
        pub code: Option<String>,
        /// Detailed code from the processor.
        pub decline_code: Option<String>,
    }
}

lenient_struct! {
    /// The receiving side of a payment.
    pub struct BillingPayee {
        /// Payee id.
        pub id: Option<String>,
        /// Gateway, e.g. `stripe`.
        pub gateway_type: Option<String>,
        /// Id at the gateway.
        pub gateway_external_id: Option<String>,
        /// Status at the gateway.
        pub gateway_status: Option<String>,
    }
}

lenient_struct! {
    /// The paying user or organization.
    pub struct BillingPayer {
        /// Kind of object, e.g. `commerce_payer`.
        pub object: Option<String>,
        /// Payer id.
        pub id: Option<String>,
        /// User id, for a user payer.
        pub user_id: Option<String>,
        /// Given name, for a user payer.
        pub first_name: Option<String>,
        /// Family name, for a user payer.
        pub last_name: Option<String>,
        /// Billing email address.
        pub email: Option<String>,
        /// Organization id, for an organization payer.
        pub organization_id: Option<String>,
        /// Organization name, for an organization payer.
        pub organization_name: Option<String>,
        /// Avatar or logo URL.
        pub image_url: Option<String>,
        /// Time of creation.
        pub created_at: Option<i64>,
        /// Time of the last change.
        pub updated_at: Option<i64>,
    }
}

lenient_struct! {
    /// An amount of money.
    pub struct BillingAmount {
        /// Value in minor units, such as cents.
        pub amount: Option<i64>,
        /// Formatted for display, e.g. `$10.00`.
        pub amount_formatted: Option<String>,
        /// ISO 4217 code, e.g. `USD`.
        pub currency: Option<String>,
        /// Symbol, e.g. `$`.
        pub currency_symbol: Option<String>,
    }
}

lenient_struct! {
    /// The amounts of a payment.
    pub struct BillingTotals {
        /// Before taxes.
        pub subtotal: Option<BillingAmount>,
        /// Taxes.
        pub tax_total: Option<BillingAmount>,
        /// Amount charged.
        pub grand_total: Option<BillingAmount>,
        /// Per-unit charges (e.g. seats).
        pub per_unit_totals: Vec<BillingUnitTotal>,
    }
}

lenient_struct! {
    /// A per-unit charge.
    pub struct BillingUnitTotal {
        /// Unit, e.g. `seats`.
        pub name: Option<String>,
        /// Cost of one unit, in minor units (e.g. cents).
        pub amount: Option<i64>,
        /// Number of units; empty for unlimited.
        pub quantity: Option<i64>,
        /// Charge for all units.
        pub total: Option<i64>,
        /// ISO 4217 code.
        pub currency: Option<String>,
    }
}

lenient_struct! {
    /// A payment method.
    pub struct BillingPaymentSource {
        /// Payment source id.
        pub id: Option<String>,
        /// Gateway, e.g. `stripe`.
        pub gateway: Option<String>,
        /// Id at the gateway.
        pub gateway_external_id: Option<String>,
        /// Account id at the gateway.
        pub gateway_external_account_id: Option<String>,
        /// e.g. `card` or `link`.
        pub payment_method: Option<String>,
        /// e.g. `active` or `disconnected`.
        pub status: Option<String>,
        /// Card brand, e.g. `visa`.
        pub card_type: Option<String>,
        /// Last four card digits.
        pub last4: Option<String>,
    }
}

lenient_struct! {
    /// A subscription (`subscription.*` events).
    pub struct Subscription {
        /// Kind of object, e.g. `commerce_subscription`.
        pub object: Option<String>,
        /// Subscription id.
        pub id: Option<String>,
        /// e.g. `active`, `past_due`, `canceled`, `ended`, `abandoned`, `incomplete`.
        pub status: Option<String>,
        /// When it became active.
        pub active_at: Option<i64>,
        /// When it was canceled.
        pub canceled_at: Option<i64>,
        /// Time of creation.
        pub created_at: Option<i64>,
        /// When it ended.
        pub ended_at: Option<i64>,
        /// When it became past due.
        pub past_due_at: Option<i64>,
        /// Time of the last change.
        pub updated_at: Option<i64>,
        /// Id of the latest payment.
        pub latest_payment_id: Option<String>,
        /// Id of the payer.
        pub payer_id: Option<String>,
        /// The payer.
        pub payer: Option<BillingPayer>,
        /// Id of the payment method.
        pub payment_source_id: Option<String>,
        /// Items of the subscription.
        pub items: Vec<SubscriptionItem>,
    }
}

lenient_struct! {
    /// One plan within a subscription (`subscriptionItem.*` events, and inside
    /// subscriptions and payment attempts).
    pub struct SubscriptionItem {
        /// Kind of object, e.g. `commerce_subscription_item`.
        pub object: Option<String>,
        /// Item id.
        pub id: Option<String>,
        /// e.g. `active`, `canceled`, `ended`, `past_due`, `upcoming`, `incomplete`, `abandoned`.
        pub status: Option<String>,
        /// Whether it is in a free trial.
        pub is_free_trial: Option<bool>,
        /// Time of creation.
        pub created_at: Option<i64>,
        /// Time of the last change.
        pub updated_at: Option<i64>,
        /// Start of the current period.
        pub period_start: Option<i64>,
        /// End of the current period.
        pub period_end: Option<i64>,
        /// When it was canceled.
        pub canceled_at: Option<i64>,
        /// When it became past due.
        pub past_due_at: Option<i64>,
        /// Billing interval, e.g. `month` or `annual`.
        pub interval: Option<String>,
        /// Id of the plan.
        pub plan_id: Option<String>,
        /// The plan.
        pub plan: Option<BillingPlan>,
        /// The payer.
        pub payer: Option<BillingPayer>,
        /// Id of the subscription.
        pub subscription_id: Option<String>,
        /// Seats included.
        pub seats: Option<BillingSeats>,
        /// Amount of the item.
        pub amount: Option<BillingAmount>,
        /// Older form of `credits` (proration only).
        pub credit: Option<BillingProrationCredit>,
        /// Credits applied.
        pub credits: Option<BillingCredits>,
    }
}

lenient_struct! {
    /// A plan.
    pub struct BillingPlan {
        /// Plan id.
        pub id: Option<String>,
        /// Slug.
        pub slug: Option<String>,
        /// Display name.
        pub name: Option<String>,
        /// Whether it bills every period.
        pub is_recurring: Option<bool>,
        /// Cost per period, in minor units.
        pub amount: Option<i64>,
        /// ISO 4217 code.
        pub currency: Option<String>,
        /// Per-unit prices (e.g. seats).
        pub unit_prices: Vec<BillingUnitPrice>,
    }
}

lenient_struct! {
    /// A per-unit price of a plan.
    pub struct BillingUnitPrice {
        /// Unit, e.g. `seats`.
        pub name: Option<String>,
        /// Units per block.
        pub block_size: Option<i64>,
        /// Price tiers.
        pub tiers: Vec<BillingUnitPriceTier>,
    }
}

lenient_struct! {
    /// A price tier.
    pub struct BillingUnitPriceTier {
        /// First block of the tier.
        pub starts_at_block: Option<i64>,
        /// Last block of the tier; empty for no upper bound.
        pub ends_after_block: Option<i64>,
        /// Cost of each block, in minor units.
        pub amount_per_block: Option<i64>,
        /// ISO 4217 code.
        pub currency: Option<String>,
    }
}

lenient_struct! {
    /// Seat count.
    pub struct BillingSeats {
        /// Number of seats; empty for unlimited.
        pub quantity: Option<i64>,
    }
}

lenient_struct! {
    /// Credits applied to a charge.
    pub struct BillingCredits {
        /// Credit from switching plans mid-period.
        pub proration: Option<BillingProrationCredit>,
        /// Credit from the payer's balance.
        pub payer: Option<BillingPayerCredit>,
        /// All credits together.
        pub total: Option<BillingAmount>,
    }
}

lenient_struct! {
    /// Credit from switching plans mid-period.
    pub struct BillingProrationCredit {
        /// Credited amount.
        pub amount: Option<BillingAmount>,
        /// Days left in the period.
        pub cycle_days_remaining: Option<i64>,
        /// Days in the period.
        pub cycle_days_total: Option<i64>,
        /// Share of the period left, from 0.0 to 1.0.
        pub cycle_remaining_percent: Option<f64>,
    }
}

lenient_struct! {
    /// Credit from the payer's balance.
    pub struct BillingPayerCredit {
        /// Amount used for this charge.
        pub applied_amount: Option<BillingAmount>,
        /// Balance left afterwards.
        pub remaining_balance: Option<BillingAmount>,
    }
}
