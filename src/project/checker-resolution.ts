/**
 * Import resolution through the TypeScript program, when the lint run has one: the fallback for
 * imports the path-based resolver cannot follow (`rootDirs`, `extends` from a package, custom
 * conditions, ...). Only the program's own source files count: declaration files and anything under
 * node_modules are not the project's code.
 */
import type { ParserServicesWithTypeInformation } from '@typescript-eslint/utils';
import type { ImportResolver } from './import-resolution.js';

type Program = ParserServicesWithTypeInformation['program'];

const NODE_MODULES = /[\\/]node_modules[\\/]/;
const resolvers = new WeakMap<Program, ImportResolver>();

/**
 * One resolver per program, remembering its answers. It holds its program weakly: module summaries
 * keep the resolver they were built through, and must not keep an editor's old programs alive.
 */
export function checkerImportResolver(program: Program): ImportResolver {
  let resolver = resolvers.get(program);
  if (!resolver) {
    const answers = new Map<string, string | null>();
    const ref = new WeakRef(program);
    resolver = (fromFile, specifier) => {
      const key = `${fromFile}\0${specifier}`;
      let answer = answers.get(key);
      if (answer === undefined) {
        const live = ref.deref();
        if (!live) return undefined;
        answer = resolveThroughProgram(live, fromFile, specifier) ?? null;
        if (answers.size > 20_000) answers.clear();
        answers.set(key, answer);
      }
      return answer ?? undefined;
    };
    resolvers.set(program, resolver);
  }
  return resolver;
}

function resolveThroughProgram(program: Program, fromFile: string, specifier: string): string | undefined {
  const source = program.getSourceFile(fromFile);
  if (!source) return undefined;
  const checker = program.getTypeChecker();
  for (const statement of source.statements) {
    // Import and export declarations carry `moduleSpecifier`; other statements do not.
    const moduleSpecifier = (statement as { moduleSpecifier?: { text?: unknown } }).moduleSpecifier;
    if (moduleSpecifier?.text !== specifier) continue;
    const symbol = checker.getSymbolAtLocation(
      moduleSpecifier as Parameters<typeof checker.getSymbolAtLocation>[0],
    );
    const declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
    const file = declaration as { fileName?: unknown; isDeclarationFile?: unknown } | undefined;
    if (
      typeof file?.fileName === 'string' &&
      file.isDeclarationFile === false &&
      !NODE_MODULES.test(file.fileName)
    )
      return file.fileName;
    return undefined;
  }
  return undefined;
}
