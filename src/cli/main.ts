/** `analytics-privacy`: parses the arguments, runs the lint, writes the chosen output, returns the exit code. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Rule } from 'eslint';
import { REPOSITORY_URL } from '../util/repository.js';
import plugin from '../index.js';
import { HELP, parseArgs, type Command } from './args.js';
import { CliError, errorText } from './cli-error.js';
import { buildDataMap, displayPath } from './data-map.js';
import { renderHtml } from './html.js';
import { runLint } from './lint-run.js';
import { renderMarkdown } from './markdown.js';
import { toSarif } from './sarif.js';

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

const TOOL_NAME = 'analytics-privacy';

export interface Io {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WriteStream;
}

function emit(text: string, output: string | undefined, io: Io): void {
  if (output === undefined) {
    if (text) io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    return;
  }
  const file = resolve(output);
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  } catch (error) {
    throw new CliError(`cannot write ${output}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}

async function run(command: Exclude<Command, { kind: 'help' | 'version' }>, io: Io): Promise<number> {
  const lint = await runLint({ ...command, progress: io.stderr.isTTY ? io.stderr : undefined });
  const version = plugin.meta.version;
  if (command.kind === 'report') {
    const map = buildDataMap(lint.results, { name: TOOL_NAME, version });
    const text =
      command.format === 'json'
        ? `${JSON.stringify(map, null, 2)}\n`
        : command.format === 'html'
          ? renderHtml(map)
          : renderMarkdown(map);
    emit(text, command.output, io);
    if (command.output !== undefined)
      io.stdout.write(`Data map written to ${displayPath(resolve(command.output))}\n`);
    return EXIT_CLEAN;
  }
  let text: string;
  if (command.format === 'sarif') {
    const config = command.strict ? plugin.configs.strict : plugin.configs.recommended;
    const rules = Object.keys(config.rules ?? {}).map((id) => ({
      id,
      meta: (plugin.rules[id.split('/')[1]] as Rule.RuleModule | undefined)?.meta,
    }));
    text = `${JSON.stringify(toSarif(lint.results, rules, { name: TOOL_NAME, version, informationUri: REPOSITORY_URL }), null, 2)}\n`;
  } else {
    const formatter = await lint.eslint.loadFormatter(command.format);
    text = await formatter.format(lint.results);
  }
  emit(text, command.output, io);
  return lint.results.some((r) => r.messages.length > 0) ? EXIT_FINDINGS : EXIT_CLEAN;
}

/** Runs the command line with `argv` (without node and the script) and returns the exit code. */
export async function main(
  argv: readonly string[],
  io: Io = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  try {
    const command = parseArgs(argv);
    if (command.kind === 'help') {
      io.stdout.write(`${HELP}\n`);
      return EXIT_CLEAN;
    }
    if (command.kind === 'version') {
      io.stdout.write(`${plugin.meta.version}\n`);
      return EXIT_CLEAN;
    }
    return await run(command, io);
  } catch (error) {
    io.stderr.write(errorText(error));
    return EXIT_ERROR;
  }
}
