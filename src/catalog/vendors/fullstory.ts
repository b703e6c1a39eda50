import { eventProps, fields, message, sink, userId, userProps, variadic } from '../dsl.js';
import type { Member, Sink, Vendor } from '../types.js';

/** Browser API v2 commands, each also callable with an `Async` suffix (`FS('setIdentityAsync', ...)`). */
const v2: Record<string, Sink> = {
  setIdentity: sink('identity', null, fields({ uid: userId, properties: userProps })),
  // `type: 'user'` sets user properties, `type: 'page'` page properties; both are sent with the session.
  setProperties: sink('profile', null, fields({ properties: userProps })),
  trackEvent: sink('event', null, fields({ properties: eventProps })),
  log: sink('log', null, fields({ msg: message })),
};
const v2Commands: Record<string, Sink> = {};
for (const [name, s] of Object.entries(v2)) {
  v2Commands[name] = s;
  v2Commands[`${name}Async`] = s;
}

/** Browser API v1 (`FS.identify`, ...), the `@fullstory/browser` 1.x exports and `@fullstory/react-native`. */
const v1: Record<string, Member> = {
  identify: { call: sink('identity', userId, userProps) },
  setUserVars: { call: sink('profile', userProps) },
  setVars: { call: sink('context', null, eventProps) },
  event: { call: sink('event', null, eventProps) },
  log: { call: variadic('log', [], message) },
};

export const fullstory: Vendor = {
  id: 'fullstory',
  name: 'FullStory',
  category: 'session replay',
  modules: [
    {
      // 2.x: `import { FullStory, init }`; 1.x: `import * as FullStory` with the v1 functions.
      names: ['@fullstory/browser', '@fullstory/react-native'],
      exports: { label: '', members: { ...v1, FullStory: 'fs', default: { label: '', members: v1 } } },
    },
  ],
  globals: { FS: 'fs' },
  shapes: {
    // No label: calls read `FS('setIdentity')`, `FullStory('trackEvent')`, `FS.identify`.
    fs: { commands: v2Commands, members: v1 },
  },
  docs: [
    'https://developer.fullstory.com/browser/identification/identify-users/',
    'https://developer.fullstory.com/logging',
    'https://developer.fullstory.com/browser/v1/auto-capture/logging/',
    'https://www.npmjs.com/package/@fullstory/browser',
    'https://github.com/fullstorydev/fullstory-react-native/blob/master/src/index.d.ts',
  ],
  configChecks: [
    {
      markup: {
        className: 'fs-unmask',
        collects: 'makes FullStory record the text of this element unmasked',
      },
    },
  ],
  scriptUrls: ['edge.fullstory.com'],
  nameWords: ['fullstory'],
};
