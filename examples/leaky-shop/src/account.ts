// The account page: no SDK call here, yet every page view records the URL and title.
import type { Customer } from './analytics.js';

export function resetPassword(customer: Customer): void {
  window.location.assign(`/reset?email=${customer.email}&step=1`); // leak: email in a URL analytics record
}

export function showAccount(customer: Customer): void {
  document.title = `Account of ${customer.firstName}`; // leak: name in the page title
}
