/** `no-pii-in-urls`: page titles, and the URLs and titles of explicit page views (the split with `no-pii`). */
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../rules/no-pii-in-urls.js';

const ruleTester = new RuleTester();

const JSX = { parserOptions: { ecmaFeatures: { jsx: true } } };
const IDS = [{ ids: true }] as const;

ruleTester.run('no-pii-in-urls (titles, page views)', rule, {
  valid: [
    { code: "document.title = 'Inbox';", name: 'a constant title' },
    { code: 'document.title = `${unread} new messages`;', name: 'a count in the title' },
    { code: 'document.title = `${project.name} | Settings`;', name: "a thing's name in the title" },
    { code: 'document.title = `Profile of ${user.id}`;', name: 'an ID in the title without the ids option' },
    { code: 'const document = makeDoc();\ndocument.title = user.fullName;', name: 'a local named document' },
    { code: 'this.title = user.fullName;\nmodal.title = user.fullName;', name: 'titles of other objects' },
    {
      filename: 'file.tsx',
      code: 'const A = () => <title>{`${team.name} dashboard`}</title>;',
      languageOptions: JSX,
      name: '<title> with a team name',
    },
    {
      filename: 'file.tsx',
      code: 'const A = () => <Helmet title={pageTitle(section)} />;',
      languageOptions: JSX,
      name: 'react-helmet: a title from a function',
    },
    {
      code: "export const metadata = { title: 'Account', description: 'Your account' };",
      name: 'Next.js metadata: a constant title',
    },
    {
      code: "export const metadata = { title: { template: '%s | Acme', default: 'Acme' } };",
      name: 'Next.js metadata: a title template',
    },
    // no-pii reports these: the whole value reaches the vendor call and is personal.
    {
      code: "gtag('event', 'page_view', { page_title: user.name, page_location: `/u?email=${user.email}` });",
      name: 'gtag: values no-pii reports',
    },
    {
      code: "analytics.page('Profile', { title: user.fullName, url: `/u/${user.email}` });",
      name: 'Segment page: values no-pii reports',
    },
    {
      code: "gtag('event', 'page_view', { page_location: window.location.href, page_title: document.title });",
      name: 'gtag: the page itself',
    },
    { code: "gtag('event', 'search', { search_term: `email=${value}` });", name: 'gtag: not a URL property' },
    {
      code: 'cart.page({ url: `/u?email=${value}` });',
      name: 'page() of something that is not an analytics client',
    },
  ],
  invalid: [
    {
      code: 'document.title = `Inbox of ${user.fullName}`;',
      errors: [
        {
          messageId: 'title',
          line: 1,
          column: 30,
          endLine: 1,
          endColumn: 43,
          data: { category: 'name', sink: 'document.title' },
          suggestions: [],
        },
      ],
      name: 'document.title: a template',
    },
    {
      code: "window.document.title = customer.email + ' - Orders';",
      errors: [
        {
          messageId: 'title',
          line: 1,
          column: 25,
          endLine: 1,
          endColumn: 39,
          data: { category: 'email', sink: 'window.document.title' },
          suggestions: [],
        },
      ],
      name: 'window.document.title: concatenation',
    },
    {
      code: 'document.title = `Profile of ${user.id}`;',
      options: IDS,
      errors: [
        {
          messageId: 'title',
          line: 1,
          column: 32,
          endLine: 1,
          endColumn: 39,
          data: { category: 'user ID', sink: 'document.title' },
          suggestions: [],
        },
      ],
      name: 'ids: a user ID in the title',
    },
    {
      filename: 'file.tsx',
      code: 'const A = ({ user }) => <head><title>{user.firstName} - Inbox</title></head>;',
      languageOptions: JSX,
      errors: [
        {
          messageId: 'title',
          line: 1,
          column: 39,
          endLine: 1,
          endColumn: 53,
          data: { category: 'name', sink: '<title>' },
          suggestions: [],
        },
      ],
      name: 'JSX <title>',
    },
    {
      filename: 'file.tsx',
      code: "import { Helmet } from 'react-helmet';\nconst A = () => <Helmet><title>{`Orders of ${profile.email}`}</title></Helmet>;",
      languageOptions: JSX,
      errors: [
        {
          messageId: 'title',
          line: 2,
          column: 46,
          endLine: 2,
          endColumn: 59,
          data: { category: 'email', sink: '<title>' },
          suggestions: [],
        },
      ],
      name: 'react-helmet: <Helmet><title>',
    },
    {
      filename: 'file.tsx',
      code: "import { Helmet } from 'react-helmet-async';\nconst A = () => <Helmet title={`${member.displayName}'s page`} />;",
      languageOptions: JSX,
      errors: [
        {
          messageId: 'title',
          line: 2,
          column: 35,
          endLine: 2,
          endColumn: 53,
          data: { category: 'name', sink: '<Helmet title>' },
          suggestions: [],
        },
      ],
      name: 'react-helmet: <Helmet title>',
    },
    {
      code: 'export const metadata = { title: `Welcome ${viewer.fullName}` };',
      errors: [
        {
          messageId: 'title',
          line: 1,
          column: 45,
          endLine: 1,
          endColumn: 60,
          data: { category: 'name', sink: 'metadata title' },
          suggestions: [],
        },
      ],
      name: 'Next.js metadata title',
    },
    {
      code: "export async function generateMetadata({ params }) {\n  const user = await getUser(params.id);\n  if (!user) return { title: 'Not found' };\n  return { title: { absolute: `${user.name} | Acme` } };\n}",
      errors: [
        {
          messageId: 'title',
          line: 4,
          column: 34,
          endLine: 4,
          endColumn: 43,
          data: { category: 'name', sink: 'metadata title' },
          suggestions: [],
        },
      ],
      name: 'Next.js generateMetadata title',
    },
    {
      code: 'export const generateMetadata = async () => ({ title: (await session()).user.email });',
      errors: [
        {
          messageId: 'title',
          line: 1,
          column: 55,
          endLine: 1,
          endColumn: 83,
          data: { category: 'email', sink: 'metadata title' },
          suggestions: [],
        },
      ],
      name: 'Next.js generateMetadata as an arrow function',
    },
    {
      code: "gtag('event', 'page_view', { page_location: `https://shop.example/checkout?email=${value}&step=2` });",
      errors: [
        {
          messageId: 'url',
          line: 1,
          column: 84,
          endLine: 1,
          endColumn: 89,
          data: { category: 'email', sink: 'gtag page_location' },
          suggestions: [
            {
              messageId: 'dropParameter',
              data: { param: 'email' },
              output:
                "gtag('event', 'page_view', { page_location: `https://shop.example/checkout?step=2` });",
            },
          ],
        },
      ],
      name: 'gtag page_location: a parameter name no-pii does not read',
    },
    {
      code: "window.gtag('config', 'G-XXXX', { page_path: `/invite/${code}/jane@example.com` });",
      errors: [
        {
          messageId: 'url',
          line: 1,
          column: 46,
          endLine: 1,
          endColumn: 80,
          data: { category: 'email', sink: 'gtag page_path' },
          suggestions: [],
        },
      ],
      name: 'gtag page_path: an address written in a template',
    },
    {
      code: "window.dataLayer.push({ event: 'virtual_page_view', page_path: '/reset?phone=' + input });",
      errors: [
        {
          messageId: 'url',
          line: 1,
          column: 82,
          endLine: 1,
          endColumn: 87,
          data: { category: 'phone number', sink: 'dataLayer.push page_path' },
          suggestions: [],
        },
      ],
      name: 'dataLayer page_path',
    },
    {
      code: "rudderanalytics.page('Account', { path: `/account?email=${form.value}` });",
      errors: [
        {
          messageId: 'url',
          line: 1,
          column: 59,
          endLine: 1,
          endColumn: 69,
          data: { category: 'email', sink: 'page() path' },
          suggestions: [
            {
              messageId: 'dropParameter',
              data: { param: 'email' },
              output: "rudderanalytics.page('Account', { path: `/account` });",
            },
          ],
        },
      ],
      name: 'RudderStack page() properties',
    },
    {
      code: "posthog.capture('$pageview', { $current_url: `${origin}/verify?phone=${field}` });",
      errors: [
        {
          messageId: 'url',
          line: 1,
          column: 72,
          endLine: 1,
          endColumn: 77,
          data: { category: 'phone number', sink: 'capture() $current_url' },
          suggestions: [
            {
              messageId: 'dropParameter',
              data: { param: 'phone' },
              output: "posthog.capture('$pageview', { $current_url: `${origin}/verify` });",
            },
          ],
        },
      ],
      name: 'PostHog $current_url',
    },
  ],
});
