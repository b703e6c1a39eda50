// "Every rule on": the rules record that turns on each rule of `plugin.rules` at "error" (rules added
// later are included without edits here). A rule that cannot run without options gets them from
// RULE_OPTIONS; several variants rotate by `variant` so each option path is exercised. A new rule that
// requires options and is not listed here makes the runs fail with its own error: add it below.

/** Option variants per rule id (each variant is the options array after the severity). */
const RULE_OPTIONS = {
  'no-restricted-vendors': [
    [{ deny: ['mixpanel', 'segment', 'sentry', 'google-analytics', 'posthog', 'matomo', 'hotjar'] }],
    [{ allow: ['plausible'], message: 'Use the approved analytics wrapper.' }],
  ],
};

/** `{ 'ns/rule': ['error', ...options] }` for every rule of the plugin. */
export function allRules(plugin, variant = 0, namespace = plugin.meta?.namespace ?? 'analytics-privacy') {
  const rules = {};
  for (const id of Object.keys(plugin.rules)) {
    const variants = RULE_OPTIONS[id];
    rules[`${namespace}/${id}`] = variants ? ['error', ...variants[variant % variants.length]] : 'error';
  }
  return rules;
}
