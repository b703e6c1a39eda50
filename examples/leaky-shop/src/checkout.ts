// Mixpanel on the checkout page.
import mixpanel from 'mixpanel-browser';
import type { Customer } from './analytics.js';

mixpanel.init('demo-token');

interface Order {
  id: string;
  total: number;
  items: { sku: string; qty: number }[];
  shippingAddress: { street: string; city: string; postcode: string };
}

export function trackOrder(customer: Customer, order: Order): void {
  const props: Record<string, unknown> = { order_id: order.id, total: order.total, item_count: order.items.length };
  props.street = order.shippingAddress.street; // leak: postal address
  mixpanel.track('Order Completed', props);
  mixpanel.people.set({ $phone: customer.phone }); // leak: phone number
}

function trackStep(step: string, details: Record<string, unknown>): void {
  mixpanel.track('Checkout Step', { step, ...details });
}

export function onPaymentFailed(customer: Customer, reason: string): void {
  trackStep('payment', { reason, contact: customer.email }); // leak: email (through the local wrapper)
}
