/**
 * SARIF 2.1.0 for code-scanning services. Rule ids are the ESLint ones (`analytics-privacy/no-pii`),
 * help URIs the rule docs. Each result has a partial fingerprint that survives unrelated edits: a
 * hash of the rule, the file, the text of the reported line and of the reported node and the message
 * (no line number), plus the occurrence index among identical findings in that file.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ESLint, Linter, Rule } from 'eslint';
import { displayPath } from './data-map.js';

const FINGERPRINT_KEY = 'analyticsPrivacyFinding/v1';

export interface SarifRule {
  readonly id: string;
  readonly meta: Rule.RuleMetaData | undefined;
}

interface Region {
  startLine: number;
  startColumn: number;
  endLine?: number;
  endColumn?: number;
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

function sourceOf(result: ESLint.LintResult): string {
  if (result.source !== undefined) return result.source;
  try {
    return readFileSync(result.filePath, 'utf8');
  } catch {
    return '';
  }
}

/** The text between two 1-based (line, column) positions. */
function textBetween(lines: readonly string[], m: Linter.LintMessage): string {
  if (m.endLine === undefined || m.endColumn === undefined) return '';
  if (m.line === m.endLine) return (lines[m.line - 1] ?? '').slice(m.column - 1, m.endColumn - 1);
  const first = (lines[m.line - 1] ?? '').slice(m.column - 1);
  const middle = lines.slice(m.line, m.endLine - 1);
  const last = (lines[m.endLine - 1] ?? '').slice(0, m.endColumn - 1);
  return [first, ...middle, last].join('\n');
}

function region(m: Linter.LintMessage): Region {
  const r: Region = { startLine: Math.max(m.line, 1), startColumn: Math.max(m.column, 1) };
  if (m.endLine !== undefined && m.endColumn !== undefined) {
    r.endLine = m.endLine;
    r.endColumn = m.endColumn;
  }
  return r;
}

export function toSarif(
  results: readonly ESLint.LintResult[],
  rules: readonly SarifRule[],
  tool: { name: string; version: string; informationUri: string },
): object {
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const sarifResults: object[] = [];
  const notifications: object[] = [];
  for (const result of results) {
    const uri = displayPath(result.filePath);
    // Relative to where the command ran (the repository root in CI); a file outside it gets an absolute file URI.
    const artifactLocation = isAbsolute(uri)
      ? { uri: pathToFileURL(uri).href }
      : { uri: encodeURI(uri), uriBaseId: '%SRCROOT%' };
    const location = (m: Linter.LintMessage): object => ({
      physicalLocation: { artifactLocation, region: region(m) },
    });
    const lines = result.messages.length ? sourceOf(result).split(/\r\n|\r|\n/) : [];
    const seen = new Map<string, number>();
    for (const m of result.messages) {
      if (!m.ruleId) {
        notifications.push({
          level: 'error',
          message: { text: `${uri}: ${m.message}` },
          locations: [location(m)],
        });
        continue;
      }
      const key = [
        m.ruleId,
        uri,
        squash(lines[m.line - 1] ?? ''),
        squash(textBetween(lines, m)),
        m.message,
      ].join('\0');
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      const hash = createHash('sha256').update(key).digest('hex').slice(0, 32);
      const index = ruleIndex.get(m.ruleId);
      sarifResults.push({
        ruleId: m.ruleId,
        ...(index === undefined ? {} : { ruleIndex: index }),
        level: m.severity === 2 ? 'error' : 'warning',
        message: { text: m.message },
        locations: [location(m)],
        partialFingerprints: { [FINGERPRINT_KEY]: `${hash}:${occurrence}` },
      });
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            semanticVersion: tool.version,
            informationUri: tool.informationUri,
            rules: rules.map((r) => ({
              id: r.id,
              name: r.id.split('/').pop(),
              shortDescription: { text: r.meta?.docs?.description ?? r.id },
              ...(r.meta?.docs?.url ? { helpUri: r.meta.docs.url } : {}),
              defaultConfiguration: { level: 'error' },
              properties: { tags: ['privacy', 'security'] },
            })),
          },
        },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
}
