/** Every rule of the plugin. A test checks that each file in rules/ is listed here. */
import noPii from '../rules/no-pii.js';

export const rules = {
  'no-pii': noPii,
} as const;
