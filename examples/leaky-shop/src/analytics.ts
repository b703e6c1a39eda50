// Segment, loaded once for the whole app.
import { AnalyticsBrowser } from '@segment/analytics-next';
import { hashPii } from './privacy.js';

export const analytics = AnalyticsBrowser.load({ writeKey: 'demo-write-key' });

export interface Customer {
  id: string;
  email: string;
  firstName: string;
  phone: string;
  plan: 'free' | 'pro';
}

export function identifyCustomer(customer: Customer): void {
  void analytics.identify(customer.id, { // leak: user ID
    email: customer.email, // leak: email
    first_name: customer.firstName, // leak: name
    plan: customer.plan,
  });
}

export function identifySafely(customer: Customer): void {
  void analytics.identify(hashPii(customer.id), { plan: customer.plan });
}
