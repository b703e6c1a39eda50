/**
 * Runs one fix builder of the engine on real ESLint nodes and gives back the fixed text, so fix tests
 * compare whole outputs:
 *
 *   expect(fixAt('track({ a, email });', 'Property[key.name="email"]', dropFix)).toBe('track({ a });');
 *
 * The code is parsed by ESLint (typescript-eslint's parser for `.ts`/`.tsx`, espree otherwise), the
 * first node matching the esquery `selector` is handed to `make` with the file's SourceCode, and the
 * fix it builds goes through ESLint's own fixer (several fixes merge into one, as for a suggestion).
 */
import tsParser from '@typescript-eslint/parser';
import { TSESLint, type TSESTree } from '@typescript-eslint/utils';

type SourceCode = Readonly<TSESLint.SourceCode>;
type FixFunction = (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix | TSESLint.RuleFix[];

export interface FixAtOptions {
  /** File name; `.ts`/`.tsx` use the TypeScript parser, anything else espree. Default `file.ts`. */
  filename?: string;
  /** Default `module`. */
  sourceType?: 'module' | 'script' | 'commonjs';
}

const linter = new TSESLint.Linter({ configType: 'flat' });

/**
 * The text after the fix `make` builds for the first node matching `selector`; undefined when `make`
 * builds none. Throws when no node matches or the code does not parse.
 */
export function fixAt(
  code: string,
  selector: string,
  make: (sourceCode: SourceCode, node: TSESTree.Node) => FixFunction | undefined,
  options: FixAtOptions = {},
): string | undefined {
  let matched = false;
  let built = false;
  const rule: TSESLint.RuleModule<'fix'> = {
    defaultOptions: [],
    meta: { type: 'suggestion', fixable: 'code', schema: [], messages: { fix: 'fix' } },
    create(context) {
      return {
        [selector](node: TSESTree.Node) {
          if (matched) return;
          matched = true;
          const fix = make(context.sourceCode, node);
          if (!fix) return;
          built = true;
          context.report({ node, messageId: 'fix', fix });
        },
      };
    },
  };
  const filename = options.filename ?? 'file.ts';
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
        plugins: { probe: { rules: { fix: rule } } },
        languageOptions: {
          ecmaVersion: 'latest',
          sourceType: options.sourceType ?? 'module',
          ...(/\.[cm]?tsx?$/.test(filename) ? { parser: tsParser } : {}),
          parserOptions: { ecmaFeatures: { jsx: true } },
        },
        rules: { 'probe/fix': 'error' },
      },
    ],
    { filename },
  );
  const fatal = messages.find((m) => m.fatal || !m.ruleId);
  if (fatal) throw new Error(`lint failed: ${fatal.message}`);
  if (!matched) throw new Error(`no node matches ${selector}`);
  if (!built) return undefined;
  const fix = messages.find((m) => m.ruleId === 'probe/fix')?.fix;
  if (!fix) throw new Error('the fix was built but ESLint reported none');
  return code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
}
