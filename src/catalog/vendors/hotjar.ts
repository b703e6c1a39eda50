import { message, returns, sink, userId, userProps } from '../dsl.js';
import type { Vendor } from '../types.js';

// Events (`hj('event', name)`, `Hotjar.event(name)`) carry a name only and are not modelled.

export const hotjar: Vendor = {
  id: 'hotjar',
  name: 'Hotjar',
  category: 'session replay',
  modules: [
    { names: ['@hotjar/browser'], exports: { members: { default: 'client' } } },
    // Community wrapper: `import { hotjar } from 'react-hotjar'`.
    { names: ['react-hotjar'], exports: { members: { hotjar: 'client' } } },
    // Community hook: `const { identifyHotjar, stateChange } = useHotjar()`.
    { names: ['react-use-hotjar'], exports: { members: { default: returns('hook') } } },
  ],
  globals: {
    hj: {
      commands: {
        identify: sink('identity', null, userId, userProps),
        // The new path is recorded as a page view; it may embed IDs or emails.
        stateChange: sink('event', null, message),
      },
    },
  },
  shapes: {
    client: {
      label: '',
      members: {
        identify: { call: sink('identity', userId, userProps) },
        stateChange: { call: sink('event', message) },
      },
    },
    hook: {
      label: '',
      members: {
        identifyHotjar: { call: sink('identity', userId, userProps) },
        stateChange: { call: sink('event', message) },
      },
    },
  },
  docs: [
    'https://help.hotjar.com/hc/en-us/articles/36820034730641-How-to-Show-Elements-and-Keystrokes-in-Data-Collection',
    'https://npmjs.com/package/%400kzh%2Fhotjar',
    'https://github.com/the-bugging/react-use-hotjar/blob/master/src/types.ts',
    'https://github.com/abdalla/react-hotjar',
  ],
  configChecks: [
    // Keystrokes are suppressed by default; `data-hj-allow` (attribute or class) records them for one field.
    { markup: { attribute: 'data-hj-allow', collects: 'makes Hotjar record what is typed into this field' } },
    { markup: { className: 'data-hj-allow', collects: 'makes Hotjar record what is typed into this field' } },
  ],
  scriptUrls: ['static.hotjar.com'],
};
