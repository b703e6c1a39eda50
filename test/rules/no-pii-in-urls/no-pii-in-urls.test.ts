import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../rules/no-pii-in-urls.js';

const ruleTester = new RuleTester();

const JSX = { parserOptions: { ecmaFeatures: { jsx: true } } };
const IDS = [{ ids: true }] as const;
const NEXT = "import { useRouter } from 'next/router';\n";
const RR = "import { useNavigate } from 'react-router-dom';\n";

ruleTester.run('no-pii-in-urls', rule, {
  valid: [
    { code: "location.href = '/settings';", name: 'a constant URL' },
    {
      filename: 'file.tsx',
      code: 'export const A = () => <constructor href={user.email} title={user.name} />;',
      languageOptions: JSX,
      name: 'an element named after an Object.prototype member has no link attributes',
    },
    { code: 'location.href = `/orders/${order.id}?tab=${tab}`;', name: 'an order ID and a tab' },
    { code: 'location.href = `/users/${user.id}`;', name: 'a user ID without the ids option' },
    {
      code: 'location.href = `/search?q=${query}&name=${filters.name}`;',
      name: 'a weak name of an unknown owner',
    },
    { code: 'location.href = `/products/${product.name}`;', name: "a thing's name" },
    { code: 'location.href = `/reset?email=${sha256(user.email)}`;', name: 'a hashed email' },
    {
      code: 'const location = useLocation();\nlocation.replace(`/reset?email=${user.email}`);',
      name: 'a local named location is not the browser location',
    },
    {
      code: 'function go(location) { location.href = `/reset?email=${user.email}`; }',
      name: 'a parameter named location',
    },
    {
      code: "items.push(user.email);\nlabel.replace('x', user.email);",
      name: 'array push and string replace',
    },
    {
      code: 'const router = makeRouter();\nrouter.push(`/reset?email=${user.email}`);',
      name: 'a router not from a known hook or import',
    },
    {
      code:
        NEXT +
        'function Page() {\n  const router = useRouter();\n  router.push(`/posts/${post.slug}`);\n  router.prefetch(`/reset?email=${user.email}`);\n}',
      name: 'Next.js: other data, other methods',
    },
    {
      code: "import { redirect } from './my-redirect';\nredirect(`/login?email=${user.email}`);",
      name: 'a redirect that is not the framework one',
    },
    {
      code: "const params = new Map();\nparams.set('email', user.email);",
      name: 'a Map is not a query string',
    },
    {
      code: "new URLSearchParams({ page: String(page), sort: 'asc' });",
      name: 'URLSearchParams without personal data',
    },
    {
      code: 'new URLSearchParams({ q: search, email_template: template });',
      name: 'a key that is not personal',
    },
    { code: 'window.open(`https://maps.example.com/?q=${store.address}`);', name: "a store's address" },
    {
      code: "history.pushState({ email: user.email }, '', `/step/${step}`);",
      name: 'history state is not the URL',
    },
    { code: 'location.href = `mailto:${user.email}?subject=Hi`;', name: 'mailto: is not a page' },
    {
      filename: 'file.tsx',
      code: 'const A = () => <a href={`mailto:${user.email}`}>mail</a>;',
      languageOptions: JSX,
      name: 'a mailto link',
    },
    {
      filename: 'file.tsx',
      code: 'const A = () => <a href="mailto:support@acme.com">mail</a>;',
      languageOptions: JSX,
      name: 'a mailto link to a support address',
    },
    {
      filename: 'file.tsx',
      code: 'const A = () => <a href={`tel:${user.phone}`}>call</a>;',
      languageOptions: JSX,
      name: 'a tel link',
    },
    {
      filename: 'file.tsx',
      code: 'const A = (props) => <a href={props.href} title={user.name}>x</a>;',
      languageOptions: JSX,
      name: 'a link from props; a tooltip is not the page title',
    },
    {
      filename: 'file.tsx',
      code: 'const A = () => <div href={`/u?email=${user.email}`} to={`/u?email=${user.email}`} />;',
      languageOptions: JSX,
      name: 'not a link element',
    },
    {
      code: "location.href = 'https://cdn.example.com/pkg@1.2.3/dist/app.js';",
      name: 'a versioned package path is not an address',
    },
    {
      code: "window.open('https://fonts.example.com/css2?family=Inter:wght@400;700&handle=@acme');",
      name: 'font weights and a handle are not addresses',
    },
    {
      code: 'location.href = `/reset?email=${user.email}`;',
      settings: { 'analytics-privacy': { categories: { email: false } } },
      name: 'the category is turned off',
    },
    {
      code: 'location.href = `/reset?email=${value}`;',
      settings: { 'analytics-privacy': { allowedKeys: ['email'] } },
      name: 'an allowed key',
    },
  ],
  invalid: [
    {
      code: 'location.href = `/reset?email=${user.email}&step=2`;',
      errors: [
        {
          messageId: 'url',
          line: 1,
          column: 33,
          endLine: 1,
          endColumn: 43,
          data: { category: 'email', sink: 'location.href' },
          suggestions: [
            {
              messageId: 'dropParameter',
              data: { param: 'email' },
              output: 'location.href = `/reset?step=2`;',
            },
          ],
        },
      ],
      name: 'location.href: a query parameter followed by another',
    },
    {
      code: 'window.location.href = `/reset?step=2&email=${user.email}`;',
      errors: [
        {
          messageId: 'url',
          line: 1,
          column: 47,
          endLine: 1,
          endColumn: 57,
          data: { category: 'email', sink: 'window.location.href' },
          suggestions: [
            {
              messageId: 'dropParameter',
              data: { param: 'email' },
              output: 'window.location.href = `/reset?step=2`;',
            },
          ],
        },
      ],
      name: 'window.location.href: the last query parameter',
    },
    {
      code: 'window.location = `/reset?email=${user.email}#top`;',
      errors: [
        {
          messageId: 'url',
          line: 1,
          column: 35,
          endLine: 1,
          endColumn: 45,
          data: { category: 'email', sink: 'window.location' },
          suggestions: [
            {
              messageId: 'dropParameter',
              data: { param: 'email' },
              output: 'window.location = `/reset#top`;',
            },
          ],
        },
      ],
      name: 'window.location: the only query parameter, before a fragment',
    },
    {
      code: 'location = `/invite?name=${first}-${user.lastName}`;',
      errors: [
        {
          messageId: 'url',
          line: 1,
          column: 37,
          endLine: 1,
          endColumn: 50,
          data: { category: 'name', sink: 'location' },
          suggestions: [],
        },
      ],
      name: 'location: part of a parameter value has no safe single edit',
    },
    {
      code: "location.assign('/reset?email=' + email);",
      errors: [
        {
          messageId: 'url',
          line: 1,
          column: 35,
          endLine: 1,
          endColumn: 40,
          data: { category: 'email', sink: 'location.assign()' },
          suggestions: [],
        },
      ],
      name: 'location.assign: concatenation',
    },
    {
      code: 'window.location.replace(`/verify?phone=${value}`);',
      errors: [
        {
          messageId: 'url',
          line: 1,
          column: 42,
          endLine: 1,
          endColumn: 47,
          data: { category: 'phone number', sink: 'location.replace()' },
          suggestions: [
            {
              messageId: 'dropParameter',
              data: { param: 'phone' },
              output: 'window.location.replace(`/verify`);',
            },
          ],
        },
      ],
      name: 'location.replace: the parameter name says what an unknown value is',
    },
    {
      code: "const url = `/invite?email=${invitee.email}`;\nwindow.open(url, '_blank');",
      errors: [
        {
          messageId: 'url',
          line: 1,
          column: 30,
          endLine: 1,
          endColumn: 43,
          data: { category: 'email', sink: 'window.open()' },
          suggestions: [
            {
              messageId: 'dropParameter',
              data: { param: 'email' },
              output: "const url = `/invite`;\nwindow.open(url, '_blank');",
            },
          ],
        },
      ],
      name: 'window.open: a local variable holding the URL',
    },
    {
      code: "const base = '/profile?uid=' + account;\nhistory.pushState(null, '', base + '&email=' + user.email);",
      errors: [
        {
          messageId: 'url',
          line: 2,
          column: 48,
          endLine: 2,
          endColumn: 58,
          data: { category: 'email', sink: 'history.pushState()' },
          suggestions: [],
        },
      ],
      name: 'history.pushState: the third argument',
    },
    {
      code: "window.history.replaceState({}, '', `/u/${user.email}`);",
      errors: [
        {
          messageId: 'url',
          line: 1,
          column: 43,
          endLine: 1,
          endColumn: 53,
          data: { category: 'email', sink: 'history.replaceState()' },
          suggestions: [],
        },
      ],
      name: 'history.replaceState: an email path segment',
    },
    {
      code: "location.href = '/users/jane.doe@example.com/edit';",
      errors: [
        {
          messageId: 'url',
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 51,
          data: { category: 'email', sink: 'location.href' },
          suggestions: [],
        },
      ],
      name: 'an email written in the URL',
    },
    {
      code: 'location.href = `/users/${user.id}`;',
      options: IDS,
      errors: [
        {
          messageId: 'url',
          line: 1,
          column: 27,
          endLine: 1,
          endColumn: 34,
          data: { category: 'user ID', sink: 'location.href' },
          suggestions: [],
        },
      ],
      name: 'ids: a user ID in the path',
    },
    {
      code: 'location.href = `/settings?org_id=${current}`;',
      options: IDS,
      errors: [
        {
          messageId: 'url',
          line: 1,
          column: 37,
          endLine: 1,
          endColumn: 44,
          data: { category: 'organization ID', sink: 'location.href' },
          suggestions: [
            { messageId: 'dropParameter', data: { param: 'org_id' }, output: 'location.href = `/settings`;' },
          ],
        },
      ],
      name: 'ids: an organization ID named by its parameter',
    },
    {
      code:
        NEXT +
        'function Page({ user }) {\n  const router = useRouter();\n  router.push(`/reset?email=${user.email}`);\n}',
      errors: [
        {
          messageId: 'url',
          line: 4,
          column: 31,
          endLine: 4,
          endColumn: 41,
          data: { category: 'email', sink: 'router.push()' },
          suggestions: [
            {
              messageId: 'dropParameter',
              data: { param: 'email' },
              output:
                NEXT +
                'function Page({ user }) {\n  const router = useRouter();\n  router.push(`/reset`);\n}',
            },
          ],
        },
      ],
      name: 'Next.js router.push (next/router)',
    },
    {
      code: "import { useRouter as useAppRouter } from 'next/navigation';\nfunction Page() {\n  const { replace } = useAppRouter();\n  replace('/welcome?name=' + user.fullName);\n}",
      errors: [
        {
          messageId: 'url',
          line: 4,
          column: 30,
          endLine: 4,
          endColumn: 43,
          data: { category: 'name', sink: 'router.replace()' },
          suggestions: [],
        },
      ],
      name: 'Next.js router.replace (next/navigation), renamed and destructured',
    },
    {
      code: "import Router from 'next/router';\nRouter.push({ pathname: '/reset', query: { email: form.email, step: 2 } });",
      errors: [
        {
          messageId: 'url',
          line: 2,
          column: 44,
          endLine: 2,
          endColumn: 61,
          data: { category: 'email', sink: 'router.push()' },
          suggestions: [
            {
              messageId: 'dropParameter',
              data: { param: 'email' },
              output:
                "import Router from 'next/router';\nRouter.push({ pathname: '/reset', query: { step: 2 } });",
            },
          ],
        },
      ],
      name: 'Next.js Router import, object form with a query',
    },
    {
      code: "import { useRouter } from 'next/navigation';\nfunction Page() {\n  useRouter().push(`/u/${user.email}`);\n}",
      errors: [
        {
          messageId: 'url',
          line: 3,
          column: 26,
          endLine: 3,
          endColumn: 36,
          data: { category: 'email', sink: 'router.push()' },
          suggestions: [],
        },
      ],
      name: 'Next.js: useRouter().push',
    },
    {
      code:
        RR +
        'function Page() {\n  const navigate = useNavigate();\n  return () => navigate(`/confirm?phone=${user.phoneNumber}`);\n}',
      errors: [
        {
          messageId: 'url',
          line: 4,
          column: 43,
          endLine: 4,
          endColumn: 59,
          data: { category: 'phone number', sink: 'navigate()' },
          suggestions: [
            {
              messageId: 'dropParameter',
              data: { param: 'phone' },
              output:
                RR +
                'function Page() {\n  const navigate = useNavigate();\n  return () => navigate(`/confirm`);\n}',
            },
          ],
        },
      ],
      name: 'React Router navigate',
    },
    {
      code: "import { useRouter } from 'vue-router';\nconst router = useRouter();\nrouter.push({ path: '/welcome', query: { name: user.name } });",
      errors: [
        {
          messageId: 'url',
          line: 3,
          column: 42,
          endLine: 3,
          endColumn: 57,
          data: { category: 'name', sink: 'router.push()' },
          suggestions: [
            {
              messageId: 'dropParameter',
              data: { param: 'name' },
              output:
                "import { useRouter } from 'vue-router';\nconst router = useRouter();\nrouter.push({ path: '/welcome', query: {} });",
            },
          ],
        },
      ],
      name: 'Vue Router: useRouter, object form',
    },
    {
      code: 'export default { methods: { done() { this.$router.push(`/thanks?email=${this.email}`); } } };',
      errors: [
        {
          messageId: 'url',
          line: 1,
          column: 73,
          endLine: 1,
          endColumn: 83,
          data: { category: 'email', sink: 'router.push()' },
          suggestions: [
            {
              messageId: 'dropParameter',
              data: { param: 'email' },
              output: 'export default { methods: { done() { this.$router.push(`/thanks`); } } };',
            },
          ],
        },
      ],
      name: 'Vue Router: this.$router.push',
    },
    {
      code: "import { redirect } from 'next/navigation';\nexport default async function Page() {\n  const user = await getUser();\n  redirect(`/onboarding?email=${user.email}`);\n}",
      errors: [
        {
          messageId: 'url',
          line: 4,
          column: 33,
          endLine: 4,
          endColumn: 43,
          data: { category: 'email', sink: 'redirect()' },
          suggestions: [
            {
              messageId: 'dropParameter',
              data: { param: 'email' },
              output:
                "import { redirect } from 'next/navigation';\nexport default async function Page() {\n  const user = await getUser();\n  redirect(`/onboarding`);\n}",
            },
          ],
        },
      ],
      name: 'Next.js redirect',
    },
    {
      code: "import { redirect } from '@remix-run/node';\nexport async function action() {\n  throw redirect('/verify?email=' + customer.email);\n}",
      errors: [
        {
          messageId: 'url',
          line: 3,
          column: 37,
          endLine: 3,
          endColumn: 51,
          data: { category: 'email', sink: 'redirect()' },
          suggestions: [],
        },
      ],
      name: 'Remix redirect',
    },
    {
      code: "import { redirect } from 'react-router';\nexport const loader = () => redirect(`/u/${member.email}`);",
      errors: [
        {
          messageId: 'url',
          line: 2,
          column: 44,
          endLine: 2,
          endColumn: 56,
          data: { category: 'email', sink: 'redirect()' },
          suggestions: [],
        },
      ],
      name: 'React Router redirect',
    },
    {
      filename: 'file.tsx',
      code: 'const A = () => <a href={`/profile?email=${user.email}`}>profile</a>;',
      languageOptions: JSX,
      errors: [
        {
          messageId: 'url',
          line: 1,
          column: 44,
          endLine: 1,
          endColumn: 54,
          data: { category: 'email', sink: '<a href>' },
          suggestions: [
            {
              messageId: 'dropParameter',
              data: { param: 'email' },
              output: 'const A = () => <a href={`/profile`}>profile</a>;',
            },
          ],
        },
      ],
      name: 'JSX: <a href>',
    },
    {
      filename: 'file.tsx',
      code: "import Link from 'next/link';\nconst A = () => <Link href={{ pathname: '/u', query: { email: viewer.email } }}>me</Link>;",
      languageOptions: JSX,
      errors: [
        {
          messageId: 'url',
          line: 2,
          column: 56,
          endLine: 2,
          endColumn: 75,
          data: { category: 'email', sink: '<Link href>' },
          suggestions: [
            {
              messageId: 'dropParameter',
              data: { param: 'email' },
              output:
                "import Link from 'next/link';\nconst A = () => <Link href={{ pathname: '/u', query: {} }}>me</Link>;",
            },
          ],
        },
      ],
      name: 'JSX: Next.js <Link href> object form',
    },
    {
      filename: 'file.tsx',
      code: "const A = () => <Link to={'/people/' + contact.fullName}>x</Link>;",
      languageOptions: JSX,
      errors: [
        {
          messageId: 'url',
          line: 1,
          column: 40,
          endLine: 1,
          endColumn: 56,
          data: { category: 'name', sink: '<Link to>' },
          suggestions: [],
        },
      ],
      name: 'JSX: React Router <Link to>',
    },
    {
      filename: 'file.tsx',
      code: 'const A = () => <Navigate to={`/verify?email=${email}`} replace />;',
      languageOptions: JSX,
      errors: [
        {
          messageId: 'url',
          line: 1,
          column: 48,
          endLine: 1,
          endColumn: 53,
          data: { category: 'email', sink: '<Navigate to>' },
          suggestions: [
            {
              messageId: 'dropParameter',
              data: { param: 'email' },
              output: 'const A = () => <Navigate to={`/verify`} replace />;',
            },
          ],
        },
      ],
      name: 'JSX: <Navigate to>',
    },
    {
      code: "const params = new URLSearchParams({ email: user.email, step: '2' });",
      errors: [
        {
          messageId: 'url',
          line: 1,
          column: 38,
          endLine: 1,
          endColumn: 55,
          data: { category: 'email', sink: 'URLSearchParams' },
          suggestions: [
            {
              messageId: 'dropParameter',
              data: { param: 'email' },
              output: "const params = new URLSearchParams({ step: '2' });",
            },
          ],
        },
      ],
      name: 'URLSearchParams: an object entry',
    },
    {
      code: "new URLSearchParams([['phone', contact]]);",
      errors: [
        {
          messageId: 'url',
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 40,
          data: { category: 'phone number', sink: 'URLSearchParams' },
          suggestions: [
            { messageId: 'dropParameter', data: { param: 'phone' }, output: 'new URLSearchParams([]);' },
          ],
        },
      ],
      name: 'URLSearchParams: a pair named by its key',
    },
    {
      code: 'new URLSearchParams(`email=${value}&x=1`);',
      errors: [
        {
          messageId: 'url',
          line: 1,
          column: 30,
          endLine: 1,
          endColumn: 35,
          data: { category: 'email', sink: 'URLSearchParams' },
          suggestions: [],
        },
      ],
      name: 'URLSearchParams: a query string',
    },
    {
      code: "const params = new URLSearchParams();\nparams.set('tab', tab);\nparams.append('email', input.value);\nlocation.search = params.toString();",
      errors: [
        {
          messageId: 'url',
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 35,
          data: { category: 'email', sink: 'URLSearchParams.append()' },
          suggestions: [
            {
              messageId: 'dropParameter',
              data: { param: 'email' },
              output:
                "const params = new URLSearchParams();\nparams.set('tab', tab);\nlocation.search = params.toString();",
            },
          ],
        },
      ],
      name: 'URLSearchParams: append on a local',
    },
    {
      code: "const url = new URL('/signup', origin);\nurl.searchParams.set('name', user.displayName);",
      errors: [
        {
          messageId: 'url',
          line: 2,
          column: 30,
          endLine: 2,
          endColumn: 46,
          data: { category: 'name', sink: 'URLSearchParams.set()' },
          suggestions: [
            {
              messageId: 'dropParameter',
              data: { param: 'name' },
              output: "const url = new URL('/signup', origin);\n",
            },
          ],
        },
      ],
      name: 'URL searchParams.set',
    },
  ],
});
