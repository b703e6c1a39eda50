import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../rules/no-pii.js';

const ruleTester = new RuleTester({ languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } });

const IMPORT = "import { StatsigProvider } from '@statsig/react-bindings';\n";
const DATA = { category: 'email', vendor: 'Statsig', method: '<StatsigProvider>' };

ruleTester.run('no-pii: SDK provider components', rule, {
  valid: [
    {
      code: `${IMPORT}const App = () => <StatsigProvider sdkKey={KEY} user={{ userID: anonymousId }}><div /></StatsigProvider>;`,
      name: 'an anonymous id',
    },
    {
      code: `${IMPORT}const App = () => <div data-email={user.email}><a title={user.name} /></div>;`,
      name: 'elements of the page are not sinks',
    },
    {
      code: `${IMPORT}const App = () => <StatsigProvider sdkKey={KEY} user={{ userID: member.id }} />;`,
      name: 'allowed keys',
      settings: { 'analytics-privacy': { allowedKeys: ['user'] } },
    },
  ],
  invalid: [
    {
      code: `${IMPORT}const App = () => <StatsigProvider sdkKey={KEY} user={{ userID: anonymousId, email: user.email }} />;`,
      errors: [
        {
          messageId: 'leak',
          data: DATA,
          line: 2,
          column: 78,
          endLine: 2,
          endColumn: 95,
          suggestions: [
            {
              messageId: 'dropConfigureHelper',
              data: DATA,
              output: `${IMPORT}const App = () => <StatsigProvider sdkKey={KEY} user={{ userID: anonymousId }} />;`,
            },
          ],
        },
      ],
      name: 'a property of the user prop: dropping it keeps the element valid',
    },
    {
      code: `${IMPORT}const App = () => <StatsigProvider sdkKey={KEY} user={session.user} />;`,
      errors: [
        {
          messageId: 'leak',
          data: { ...DATA, category: 'whole user object' },
          line: 2,
          column: 55,
          endLine: 2,
          endColumn: 67,
          suggestions: [],
        },
      ],
      name: 'a whole user object as the prop: reported, no drop suggestion inside JSX',
    },
  ],
});
