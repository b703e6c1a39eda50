// Google Analytics and the Meta pixel, from the page snippets.
export function onSignup(user) {
  gtag('config', 'G-DEMO', { user_id: user.id }); // leak: user ID
  window.dataLayer.push({ event: 'sign_up', email: user.email }); // leak: email
  fbq('track', 'CompleteRegistration', { currency: 'EUR', value: 0 });
}
