// hermes-eslint ships Flow types only; the tests use it as an ESLint parser.
declare module 'hermes-eslint' {
  import type { Linter } from 'eslint';
  export const parseForESLint: NonNullable<
    Extract<Linter.Parser, { parseForESLint: unknown }>['parseForESLint']
  >;
  export const meta: { name: string; version: string };
}
