/** The data map as markdown: a vendor × category table, then each vendor's places. */
import { mapCategories, summary, type DataMap } from './data-map.js';
import { MAP_CATEGORY_LABELS } from './findings.js';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const code = (text: string): string => `\`${text.replace(/`/g, "'")}\``;

export function renderMarkdown(map: DataMap): string {
  const out: string[] = ['# Personal data sent to third parties', ''];
  out.push(summary(map), '');
  if (map.vendors.length) {
    const columns = mapCategories(map);
    out.push(`| vendor | ${columns.map((c) => c.label).join(' | ')} | places |`);
    out.push(`| --- | ${columns.map(() => '---:').join(' | ')} | ---: |`);
    for (const v of map.vendors) {
      const counts = columns.map((c) => v.categories.find((x) => x.category === c.category)?.count ?? 0);
      out.push(`| ${cell(v.vendor)} | ${counts.map((n) => (n ? String(n) : '')).join(' | ')} | ${v.count} |`);
    }
    out.push('');
    for (const v of map.vendors) {
      out.push(`## ${v.vendor}`, '', `${v.categories.map((c) => `${c.label} (${c.count})`).join(', ')}`, '');
      out.push('| place | method | category |', '| --- | --- | --- |');
      for (const p of v.places)
        out.push(
          `| ${code(`${p.file}:${p.line}`)} | ${p.method ? `${code(p.method)}${p.via ? ` through ${code(p.via)}` : ''}` : cell(p.message)} | ${MAP_CATEGORY_LABELS[p.category]} |`,
        );
      out.push('');
    }
  }
  if (map.otherFindings.length) {
    out.push('## Other findings', '', '| place | rule | message |', '| --- | --- | --- |');
    for (const f of map.otherFindings)
      out.push(`| ${code(`${f.file}:${f.line}`)} | ${f.rule ?? 'parse error'} | ${cell(f.message)} |`);
    out.push('');
  }
  return out.join('\n');
}
