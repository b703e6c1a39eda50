/** Every rule of the plugin. A test checks that each file in rules/ is listed here. */
import noPii from '../rules/no-pii.js';
import noPiiInUrls from '../rules/no-pii-in-urls.js';
import noRestrictedVendors from '../rules/no-restricted-vendors.js';
import noUnsafeSdkConfig from '../rules/no-unsafe-sdk-config.js';

export const rules = {
  'no-pii': noPii,
  'no-pii-in-urls': noPiiInUrls,
  'no-restricted-vendors': noRestrictedVendors,
  'no-unsafe-sdk-config': noUnsafeSdkConfig,
} as const;
