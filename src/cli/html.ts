/**
 * The data map as one self-contained HTML page: inline styles, no script, no external asset or
 * network request. A vendor × category matrix on top (cells carry data-vendor / data-category for
 * tools and tests), each vendor's places under it, then findings that name no vendor.
 */
import { mapCategories, plural, summary, type DataMap } from './data-map.js';
import { MAP_CATEGORY_LABELS } from './findings.js';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]);

const STYLE = `
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem; color: #1f2328; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; } h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; }
p.summary { color: #59636e; margin: 0 0 1.5rem; }
table { border-collapse: collapse; margin-bottom: 1rem; }
th, td { border: 1px solid #d1d9e0; padding: .3rem .6rem; text-align: left; vertical-align: top; }
thead th { background: #f6f8fa; }
table.matrix td.count { text-align: center; min-width: 4.5rem; }
table.matrix td.hit { background: #ffd8d3; font-weight: 600; }
table.matrix td.total { text-align: right; }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; }
`;

function matrix(map: DataMap): string {
  const columns = mapCategories(map);
  const head = `<tr><th scope="col">vendor</th>${columns.map((c) => `<th scope="col">${escapeHtml(c.label)}</th>`).join('')}<th scope="col">places</th></tr>`;
  const rows = map.vendors.map((v) => {
    const cells = columns.map((c) => {
      const count = v.categories.find((x) => x.category === c.category)?.count ?? 0;
      const attrs = `data-vendor="${escapeHtml(v.vendor)}" data-category="${escapeHtml(c.category)}"`;
      return count
        ? `<td class="count hit" ${attrs} title="${escapeHtml(`${c.label} reaches ${v.vendor} in ${plural(count, 'place')}`)}">${count}</td>`
        : `<td class="count" ${attrs}></td>`;
    });
    return `<tr><th scope="row"><a href="#vendor-${anchor(v.vendor)}">${escapeHtml(v.vendor)}</a></th>${cells.join('')}<td class="total">${v.count}</td></tr>`;
  });
  return `<table class="matrix" id="matrix"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`;
}

const anchor = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

function places(map: DataMap): string {
  return map.vendors
    .map((v) => {
      const rows = v.places.map(
        (p) =>
          `<tr><td><code>${escapeHtml(`${p.file}:${p.line}`)}</code></td><td>${p.method ? `<code>${escapeHtml(p.method)}</code>${p.via ? ` through <code>${escapeHtml(p.via)}</code>` : ''}` : escapeHtml(p.message)}</td><td>${escapeHtml(MAP_CATEGORY_LABELS[p.category])}</td></tr>`,
      );
      const counts = v.categories.map((c) => `${c.label} (${c.count})`).join(', ');
      return `<section class="vendor" id="vendor-${anchor(v.vendor)}"><h2>${escapeHtml(v.vendor)}</h2><p>${escapeHtml(counts)}</p><table class="places"><thead><tr><th>place</th><th>method</th><th>category</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
    })
    .join('\n');
}

function others(map: DataMap): string {
  if (!map.otherFindings.length) return '';
  const rows = map.otherFindings.map(
    (f) =>
      `<tr><td><code>${escapeHtml(`${f.file}:${f.line}`)}</code></td><td>${escapeHtml(f.rule ?? 'parse error')}</td><td>${escapeHtml(f.message)}</td></tr>`,
  );
  return `<section id="other"><h2>Other findings</h2><table><thead><tr><th>place</th><th>rule</th><th>message</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

export function renderHtml(map: DataMap): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Data map: personal data sent to third parties</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Personal data sent to third parties</h1>
<p class="summary">${escapeHtml(summary(map))}</p>
${map.vendors.length ? matrix(map) : '<p id="none">No personal data reaches a vendor.</p>'}
${places(map)}
${others(map)}
</body>
</html>
`;
}
