// Sentry error reporting.
import * as Sentry from '@sentry/browser';
import type { Customer } from './analytics.js';

export function bindUser(customer: Customer): void {
  Sentry.setUser({ id: customer.id, email: customer.email }); // leak: user ID and email
}

export function reportFailure(error: Error, customer: Customer): void {
  Sentry.withScope((scope) => {
    scope.setExtra('customer', customer); // leak: whole user object
    Sentry.captureException(error);
  });
}
