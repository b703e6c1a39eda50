// no-pii-in-urls: each branch of a conditional URL is a URL of its own, so a `mailto:` branch is no page
// while a page branch with personal data in its query is reported.
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../rules/no-pii-in-urls.js';

const ruleTester = new RuleTester({
  languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
});

ruleTester.run('no-pii-in-urls (conditional URLs)', rule, {
  valid: [
    {
      filename: 'file.tsx',
      code: "import Link from 'next/link';\nexport const A = ({ user, inApp }) => (\n  <Link href={inApp ? `/messages/${user.id}` : `mailto:${user.email}`}>x</Link>\n);",
      name: 'a mailto: branch beside a page branch without personal data',
    },
    {
      filename: 'file.ts',
      code: "export function contact(user: { email: string }, phone: boolean) {\n  window.location.href = phone ? 'tel:+441234' : `mailto:${user.email}`;\n}",
      name: 'tel: and mailto: branches',
    },
  ],
  invalid: [
    {
      filename: 'file.tsx',
      code: "import Link from 'next/link';\nexport const B = ({ user, inApp }) => (\n  <Link href={inApp ? `/messages?email=${user.email}` : `mailto:${user.email}`}>x</Link>\n);",
      errors: [
        {
          messageId: 'url',
          data: { category: 'email', sink: '<Link href>' },
          line: 3,
          column: 42,
          endLine: 3,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'dropParameter',
              data: { param: 'email' },
              output:
                "import Link from 'next/link';\nexport const B = ({ user, inApp }) => (\n  <Link href={inApp ? `/messages` : `mailto:${user.email}`}>x</Link>\n);",
            },
          ],
        },
      ],
      name: 'the page branch carries an email in its query; the mailto: branch is left alone',
    },
  ],
});
