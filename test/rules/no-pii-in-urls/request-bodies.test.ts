// no-pii-in-urls: a URLSearchParams sent as a form-encoded request body is no URL; one that becomes a URL is.
import { join } from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../rules/no-pii-in-urls.js';

const ruleTester = new RuleTester();
const fixture = join(import.meta.dirname, '..', '..', 'fixtures', 'typed');
const typedTester = new RuleTester({
  languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: fixture } },
});

const valid = [
  {
    code: "export async function signIn(url: string, email: string) {\n  await fetch(url, { method: 'POST', body: new URLSearchParams({ email }) });\n}",
    name: 'an inline URLSearchParams as a fetch body',
  },
  {
    code: "export async function signIn(url: string, email: string) {\n  const body = new URLSearchParams();\n  body.set('email', email);\n  body.append('remember', '1');\n  await fetch(url, { method: 'POST', body });\n}",
    name: 'a URLSearchParams filled in, then sent as the body (shorthand)',
  },
  {
    code: "import axios from 'axios';\nexport async function subscribe(url: string, email: string) {\n  const params = new URLSearchParams({ email });\n  await axios.post(url, params);\n  await axios({ url, method: 'post', data: params.toString() });\n}",
    name: 'axios.post with the params as the body, and as data text',
  },
  {
    code: "export function leave(url: string, email: string) {\n  const form = new URLSearchParams({ email });\n  navigator.sendBeacon(url, form);\n  const xhr = new XMLHttpRequest();\n  xhr.open('POST', url);\n  xhr.send(form.toString() as string);\n}",
    name: 'sendBeacon and XMLHttpRequest send',
  },
];

const invalid = [
  {
    code: 'export function search(url: URL, email: string) {\n  const params = new URLSearchParams({ email });\n  url.search = params.toString();\n}',
    errors: [
      {
        messageId: 'url' as const,
        line: 2,
        column: 40,
        endLine: 2,
        endColumn: 45,
        data: { category: 'email', sink: 'URLSearchParams' },
        suggestions: [
          {
            messageId: 'dropParameter' as const,
            data: { param: 'email' },
            output:
              'export function search(url: URL, email: string) {\n  const params = new URLSearchParams({});\n  url.search = params.toString();\n}',
          },
        ],
      },
    ],
    name: 'params that become the search of a URL',
  },
  {
    code: "export async function go(base: string, email: string) {\n  const params = new URLSearchParams({ email });\n  await fetch(base, { method: 'POST', body: params });\n  location.href = `${base}?${params}`;\n}",
    errors: [
      {
        messageId: 'url' as const,
        line: 2,
        column: 40,
        endLine: 2,
        endColumn: 45,
        data: { category: 'email', sink: 'URLSearchParams' },
        suggestions: [
          {
            messageId: 'dropParameter' as const,
            data: { param: 'email' },
            output:
              "export async function go(base: string, email: string) {\n  const params = new URLSearchParams({});\n  await fetch(base, { method: 'POST', body: params });\n  location.href = `${base}?${params}`;\n}",
          },
        ],
      },
    ],
    name: 'a body that is also put in a URL',
  },
  {
    code: "export function go(router: { push(url: string): void }, email: string) {\n  const params = new URLSearchParams();\n  params.set('email', email);\n  router.push('/welcome?' + params);\n}",
    errors: [
      {
        messageId: 'url' as const,
        line: 3,
        column: 23,
        endLine: 3,
        endColumn: 28,
        data: { category: 'email', sink: 'URLSearchParams.set()' },
        suggestions: [
          {
            messageId: 'dropParameter' as const,
            data: { param: 'email' },
            output:
              "export function go(router: { push(url: string): void }, email: string) {\n  const params = new URLSearchParams();\n  router.push('/welcome?' + params);\n}",
          },
        ],
      },
    ],
    name: 'params concatenated into a route',
  },
  {
    code: "export async function go(email: string) {\n  const url = new URL('https://example.com/signup');\n  url.searchParams.set('email', email);\n  await fetch(url, { method: 'POST', body: url.searchParams });\n}",
    errors: [
      {
        messageId: 'url' as const,
        line: 3,
        column: 33,
        endLine: 3,
        endColumn: 38,
        data: { category: 'email', sink: 'URLSearchParams.set()' },
        suggestions: [
          {
            messageId: 'dropParameter' as const,
            data: { param: 'email' },
            output:
              "export async function go(email: string) {\n  const url = new URL('https://example.com/signup');\n  await fetch(url, { method: 'POST', body: url.searchParams });\n}",
          },
        ],
      },
    ],
    name: 'the searchParams of a URL are the URL',
  },
];

ruleTester.run('no-pii-in-urls (request bodies)', rule, {
  valid: valid.map((c) => ({ ...c, filename: 'file.ts' })),
  invalid: invalid.map((c) => ({ ...c, filename: 'file.ts' })),
});

typedTester.run('no-pii-in-urls (request bodies, typed)', rule, {
  valid: valid.map((c) => ({ ...c, filename: join(fixture, 'file.ts') })),
  invalid: invalid.map((c) => ({ ...c, filename: join(fixture, 'file.ts') })),
});
