/** Every built-in vendor. A test checks that each module in this folder is listed here. */
import type { Vendor } from '../types.js';
import { mixpanel } from './mixpanel.js';
import { segment } from './segment.js';

export const vendors: readonly Vendor[] = [mixpanel, segment];
