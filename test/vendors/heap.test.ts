import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('Heap', () => {
  it('reports the identity given to identify on the global', () => {
    expect(reports(`window.heap.identify(member.id);`)).toEqual([
      '1: user ID reaches Heap identify (identity argument)',
    ]);
  });
  it('reports user properties', () => {
    expect(reports(`heap.addUserProperties({ email: user.email, plan: 'pro' });`)).toEqual([
      '1: email reaches Heap addUserProperties',
    ]);
  });
  it('reports a user object spread into event properties', () => {
    expect(reports(`heap.addEventProperties({ ...user });`)).toEqual([
      '1: whole user object reaches Heap addEventProperties',
    ]);
  });
  it('reports track properties through the React Native module', () => {
    expect(
      reports(
        `import Heap from '@heap/react-native-heap';\nHeap.track('Purchase', { phone: customer.phone });`,
      ),
    ).toEqual(['2: phone number reaches Heap track']);
  });
  it('stays silent on neutral properties', () => {
    expect(reports(`heap.track('Purchase', { dollars: 50, item: 'Furby' });`)).toEqual([]);
  });
  it('stays silent on a local object with the same method names', () => {
    expect(
      reports(
        `const heap = { identify(_id: string) {}, track(..._a: unknown[]) {} };\nheap.identify(member.id);\nheap.track('x', { email: user.email });`,
      ),
    ).toEqual([]);
  });
});
