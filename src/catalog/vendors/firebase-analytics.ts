import { eventProps, fields, keyed, returns, sink, userId, userProps } from '../dsl.js';
import type { Vendor } from '../types.js';

export const firebaseAnalytics: Vendor = {
  id: 'firebase-analytics',
  name: 'Firebase Analytics',
  category: 'product analytics',
  modules: [
    {
      // Modular web SDK: functions taking the Analytics instance as argument 0.
      names: ['firebase/analytics', '@firebase/analytics'],
      exports: 'webModular',
    },
    {
      // Namespaced (v8) and compat SDKs: `firebase.analytics()` after `import 'firebase/compat/analytics'`.
      names: ['firebase/compat/app', 'firebase/app', 'firebase'],
      exports: { members: { default: 'namespace' } },
      cjs: 'namespace',
    },
    {
      // React Native: default export `analytics()` returns the client; the modular functions of v22+ take
      // the instance as argument 0 like the web SDK.
      names: ['@react-native-firebase/analytics'],
      exports: {
        label: '',
        members: {
          default: returns('client'),
          getAnalytics: returns('client'),
          logEvent: { call: sink('event', null, null, eventProps) },
          setUserId: { call: sink('identity', null, userId) },
          setUserProperty: { call: sink('profile', null, null, keyed(1, 'user')) },
          setUserProperties: { call: sink('profile', null, userProps) },
          setDefaultEventParameters: { call: sink('context', null, eventProps) },
        },
      },
    },
  ],
  // Compat CDN builds expose the namespace as `window.firebase`.
  globals: { firebase: 'namespace' },
  shapes: {
    webModular: {
      label: '',
      members: {
        logEvent: { call: sink('event', null, null, eventProps) },
        setUserId: { call: sink('identity', null, userId) },
        setUserProperties: { call: sink('profile', null, userProps) },
        // The only modular function without the instance argument.
        setDefaultEventParameters: { call: sink('context', eventProps) },
        // `config` is passed to `gtag('config', measurementId, config)` (GtagConfigParams | EventParams).
        initializeAnalytics: { call: sink('init', null, fields({ config: userProps })) },
      },
    },
    namespace: {
      members: {
        analytics: returns('client'),
        app: returns({ members: { analytics: returns('client') } }),
      },
    },
    // `firebase.analytics()` (compat) and `analytics()` (React Native namespaced API).
    client: {
      label: '',
      members: {
        logEvent: { call: sink('event', null, eventProps) },
        setUserId: { call: sink('identity', userId) },
        setUserProperty: { call: sink('profile', null, keyed(0, 'user')) },
        setUserProperties: { call: sink('profile', userProps) },
        setDefaultEventParameters: { call: sink('context', eventProps) },
      },
    },
  },
  docs: [
    'https://app.unpkg.com/@firebase/analytics@0.10.21/files/dist/src/functions.d.ts',
    'https://app.unpkg.com/@react-native-firebase/analytics@23.8.6/files/lib/types/web.ts',
    'https://github.com/invertase/react-native-firebase/blob/main/packages/analytics/lib/modular.ts',
  ],
};
