// no-pii with type information (a real tsconfig): the rule works the same, and never requires it.
import { join } from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../rules/no-pii.js';

const ruleTester = new RuleTester({
  languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: join(import.meta.dirname, '..', 'fixtures', 'typed') } },
});

ruleTester.run('no-pii (typed)', rule, {
  valid: [
    {
      code: "import mixpanel from 'mixpanel-browser';\nimport type { Member } from './types';\nexport function f(m: Member) { mixpanel.track('x', { plan: m.plan }); }",
      name: 'typed code with neutral data',
    },
  ],
  invalid: [
    {
      code: "import mixpanel from 'mixpanel-browser';\nimport type { Member } from './types';\nexport function f(m: Member) { mixpanel.people.set({ $email: m.email }); }",
      errors: [
        {
          messageId: 'leak',
          data: { category: 'email', vendor: 'Mixpanel', method: 'people.set' },
          line: 3,
          column: 54,
          endLine: 3,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'dropConfigureHelper',
              data: { category: 'email', vendor: 'Mixpanel', method: 'people.set' },
              output: "import mixpanel from 'mixpanel-browser';\nimport type { Member } from './types';\nexport function f(m: Member) { mixpanel.people.set({}); }",
            },
          ],
        },
      ],
      name: 'typed code: the same report as untyped',
    },
  ],
});
