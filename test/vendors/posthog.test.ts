import { describe, expect, it } from 'vitest';
import { reports, typedReports } from '../helpers/lint.js';

/** `no-pii-in-urls` reports, without the advice after the place. */
const pageViewReports = (code: string) =>
  reports(code, { rule: 'no-pii-in-urls' }).map((m) => m.replace(/\): .*$/, ')'));

describe('PostHog', () => {
  it('reports the distinct ID and person properties of identify', () => {
    expect(
      reports(`import posthog from 'posthog-js';\nposthog.identify(member.id, { email: user.email });`),
    ).toEqual([
      '2: user ID reaches PostHog identify (identity argument)',
      '2: email reaches PostHog identify',
    ]);
  });
  it('reports $set person properties captured through the usePostHog hook', () => {
    expect(
      reports(
        `import { usePostHog } from 'posthog-js/react';\nfunction Signup() {\n  const ph = usePostHog();\n  ph.capture('Signed Up', { $set: { email: user.email } });\n}`,
      ),
    ).toEqual(['4: email reaches PostHog capture']);
  });
  it('reports the distinctId of a posthog-node message', () => {
    expect(
      reports(
        `import { PostHog } from 'posthog-node';\nconst client = new PostHog(KEY);\nclient.capture({ distinctId: member.id, event: 'Signed Up' });`,
      ),
    ).toEqual(['3: user ID reaches PostHog capture']);
  });
  it('reports through the client init hands to its loaded option, on the global too', () => {
    expect(
      reports(
        `import posthog from 'posthog-js';\nposthog.init(KEY, { loaded: (ph) => ph.identify(member.id) });\nwindow.posthog.init(KEY, { loaded(ph) { ph.people.set({ email: user.email }); } });`,
      ),
    ).toEqual([
      '2: user ID reaches PostHog identify (identity argument)',
      '3: email reaches PostHog people.set',
    ]);
  });
  it('reports an organization ID given to group on the global', () => {
    expect(reports(`window.posthog.group('company', team.id);`)).toEqual([
      '1: organization ID reaches PostHog group (identity argument)',
    ]);
  });
  it('reports people.set with a key and a value', () => {
    expect(reports(`import posthog from 'posthog-js';\nposthog.people.set('email', user.email);`)).toEqual([
      '2: email reaches PostHog people.set',
    ]);
  });
  it('stays silent on neutral events and plain exceptions', () => {
    expect(
      reports(
        `import posthog from 'posthog-js';\nposthog.capture('Dashboard Viewed', { plan: plan.name, count: items.length });\nposthog.captureException(error);`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local object with the same method names', () => {
    expect(
      reports(
        `const posthog = { capture: (...args: unknown[]) => args, identify: (...args: unknown[]) => args };\nposthog.identify(member.id);\nposthog.capture('x', { email: user.email });`,
      ),
    ).toEqual([]);
  });
  it('reads the options of the PostHogProvider component as init options', () => {
    expect(
      reports(
        `import { PostHogProvider } from 'posthog-js/react';\nexport const App = () => <PostHogProvider apiKey={KEY} options={{ api_host: HOST, bootstrap: { distinctID: user.email } }}><Main /></PostHogProvider>;`,
        { filename: 'app.tsx' },
      ),
    ).toEqual(['2: email reaches PostHog <PostHogProvider>']);
    expect(
      reports(
        `import { PostHogProvider } from 'posthog-js/react';\nexport const App = () => <PostHogProvider client={posthog}><Main /></PostHogProvider>;`,
        { filename: 'app.tsx' },
      ),
    ).toEqual([]);
  });

  it('page views: the page properties of capture() (no-pii-in-urls)', () => {
    expect(
      pageViewReports(
        "posthog.capture('$pageview', { $current_url: `/p?email=${value}`, $pathname: `/u/${code}/jane@example.com`, $referrer: `/r?phone=${value}`, title: 'Inbox of jane@example.com' });\n" +
          "window.posthog.capture('$pageview', { $current_url: `/p?email=${value}` });",
      ),
    ).toEqual([
      '1: email in a URL (capture() $current_url)',
      '1: email in a URL (capture() $pathname)',
      '1: phone number in a URL (capture() $referrer)',
      '2: email in a URL (capture() $current_url)',
    ]);
  });
});

describe('PostHog: the named export, React Native and @posthog/ai', () => {
  it('reports identify on the named posthog export of posthog-js (Next.js style)', () => {
    expect(
      reports(
        `'use client';\nimport { posthog } from 'posthog-js';\nexport function onLogin() {\n  posthog.identify(member.id, { email: user.email });\n  posthog.capture('Logged In', { plan: 'pro' });\n}`,
      ),
    ).toEqual([
      '4: user ID reaches PostHog identify (identity argument)',
      '4: email reaches PostHog identify',
    ]);
  });
  it('reports identify and screen of posthog-react-native (constructed and from usePostHog)', () => {
    expect(
      reports(
        `import PostHog, { usePostHog } from 'posthog-react-native';\nconst client = new PostHog(KEY);\nclient.identify(member.id, { email: user.email });\nexport function Home() {\n  const ph = usePostHog();\n  ph.screen('Home', { phone: customer.phone });\n}`,
      ),
    ).toEqual([
      '3: user ID reaches PostHog identify (identity argument)',
      '3: email reaches PostHog identify',
      '6: phone number reaches PostHog screen',
    ]);
  });
  it('reports the posthog* parameters of a wrapped OpenAI call (@posthog/ai)', () => {
    expect(
      reports(
        `import { OpenAI } from '@posthog/ai';\nimport { PostHog } from 'posthog-node';\nconst phClient = new PostHog(KEY);\nconst openai = new OpenAI({ apiKey: OPENAI_KEY, posthog: phClient });\nawait openai.chat.completions.create({\n  model: 'gpt-5-mini',\n  messages,\n  posthogDistinctId: user.email,\n  posthogProperties: { conversation_id: conversation.id, phone: customer.phone },\n  posthogGroups: { company: team.id },\n});`,
      ),
    ).toEqual([
      '8: email reaches PostHog chat.completions.create',
      '9: phone number reaches PostHog chat.completions.create',
      '10: organization ID reaches PostHog chat.completions.create',
    ]);
  });
  it('reports the subpath clients, withTracing, captureAiGeneration and the LangChain handler', () => {
    expect(
      reports(
        `import { Anthropic } from '@posthog/ai/anthropic';\nimport { withTracing } from '@posthog/ai/vercel';\nimport { LangChainCallbackHandler } from '@posthog/ai/langchain';\nimport { captureAiGeneration } from '@posthog/ai';\nconst anthropic = new Anthropic({ apiKey: K, posthog: ph });\nawait anthropic.messages.create({ model: M, messages, posthogDistinctId: member.id });\nconst model = withTracing(openai('gpt-5'), ph, { posthogDistinctId: member.id, posthogProperties: { email: user.email } });\nconst handler = new LangChainCallbackHandler({ client: ph, distinctId: user.email });\nawait captureAiGeneration(ph, { provider: 'custom', input, output, distinctId: member.id });`,
      ),
    ).toEqual([
      '6: user ID reaches PostHog messages.create',
      '7: user ID reaches PostHog withTracing',
      '7: email reaches PostHog withTracing',
      '8: email reaches PostHog new LangChainCallbackHandler',
      '9: user ID reaches PostHog captureAiGeneration',
    ]);
  });
  it('stays silent on hashed or missing distinct IDs, neutral properties and the plain OpenAI SDK', () => {
    expect(
      reports(
        `import { OpenAI } from '@posthog/ai/openai';\nimport PlainOpenAI from 'openai';\nconst openai = new OpenAI({ apiKey: K, posthog: ph });\nawait openai.responses.create({ model: M, input, posthogDistinctId: hashId(member.id), posthogProperties: { feature: 'summary' } });\nawait openai.embeddings.create({ model: M, input, posthogPrivacyMode: true });\nconst plain = new PlainOpenAI();\nawait plain.chat.completions.create({ model: M, messages, user: member.id, metadata: { email: user.email } });`,
      ),
    ).toEqual([]);
  });
  it('typed: the named export and a wrapped client, with typed data', () => {
    expect(
      typedReports(
        "import { posthog } from 'posthog-js';\nimport { OpenAI } from '@posthog/ai/openai';\nimport type { EmailAddress, Member, Settings } from './types';\nconst openai = new OpenAI({ apiKey: 'k' });\nexport async function f(m: Member, to: EmailAddress, s: Settings) {\n  posthog.identify(m.id, { to, plan: m.plan, email: s.email });\n  await openai.chat.completions.create({ model: 'm', messages: [], posthogDistinctId: m.id });\n}",
      ),
    ).toEqual([
      '6: user ID reaches PostHog identify (identity argument)',
      '6: email reaches PostHog identify',
      '7: user ID reaches PostHog chat.completions.create',
    ]);
  });
  it('reports group, groupIdentify, register and flag properties of posthog-react-native', () => {
    expect(
      reports(
        `import { PostHog } from 'posthog-react-native';\nconst ph = new PostHog(KEY);\nph.group('company', team.id, { name: team.name });\nph.groupIdentify('company', team.id);\nph.register({ email: user.email });\nph.setPersonPropertiesForFlags({ phone: customer.phone });\nph.alias(member.id);`,
      ),
    ).toEqual([
      '3: organization ID reaches PostHog group (identity argument)',
      '4: organization ID reaches PostHog groupIdentify',
      '5: email reaches PostHog register',
      '6: phone number reaches PostHog setPersonPropertiesForFlags',
      '7: user ID reaches PostHog alias (identity argument)',
    ]);
  });
  it('reports the Gemini wrapper of @posthog/ai', () => {
    expect(
      reports(
        `import { GoogleGenAI } from '@posthog/ai/gemini';\nconst ai = new GoogleGenAI({ apiKey: K, posthog: ph });\nawait ai.models.generateContent({ model: M, contents, posthogDistinctId: user.email });`,
      ),
    ).toEqual(['3: email reaches PostHog models.generateContent']);
  });
});
