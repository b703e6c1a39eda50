import { eventProps, sink, userId, userProps } from '../dsl.js';
import type { Member, Vendor } from '../types.js';

/** The web snippet's `heap` object and the React Native module share these calls. */
const heapMembers: Record<string, Member> = {
  identify: { call: sink('identity', userId) },
  addUserProperties: { call: sink('profile', userProps) },
  addEventProperties: { call: sink('context', eventProps) },
  track: { call: sink('event', null, eventProps) },
};

export const heap: Vendor = {
  id: 'heap',
  name: 'Heap',
  category: 'product analytics',
  modules: [
    {
      names: ['@heap/react-native-heap'],
      exports: { label: '', members: { ...heapMembers, default: 'client' } },
    },
  ],
  globals: { heap: 'client' },
  shapes: {
    client: { label: '', members: heapMembers },
  },
  docs: [
    'https://help.heap.io/hc/en-us/articles/37271977321105-Step-1-Enrich-Your-Dataset-Via-APIs',
    'https://unpkg.com/@heap/react-native-heap@0.21.0/index.d.ts',
    'https://npmjs.com/package/ember-heap-analytics',
  ],
  scriptUrls: ['cdn.heapanalytics.com'],
  nameWords: ['heap'],
};
