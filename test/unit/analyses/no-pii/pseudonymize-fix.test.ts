// The wrapping suggestions of no-pii: wrap the value with the project's helper (settings.pseudonymize)
// or with a SHA-256 hash (identity matching for ads), and import what they call once, the way the file
// already imports things and in its quote style.
import { describe, expect, it } from 'vitest';
import { pseudonymizeFix, sha256Fix } from '../../../../src/analyses/no-pii/pseudonymize-fix.js';
import type { Pseudonymizer } from '../../../../src/settings/settings.js';
import { fixAt } from '../../../helpers/fix-at.js';

const NAMED: Pseudonymizer = { name: 'pseudonymize', source: '@acme/privacy', importKind: 'named' };
const DEFAULT: Pseudonymizer = { name: 'hashId', source: '@acme/hash-id', importKind: 'default' };
const GLOBAL: Pseudonymizer = { name: 'pseudonymize', importKind: 'named' };

/** The text after the suggestion for the first node matching `selector`, or undefined when it offers none. */
function wrap(
  code: string,
  selector: string,
  helper: Pseudonymizer = NAMED,
  filename?: string,
): string | undefined {
  return fixAt(code, selector, (sourceCode, node) => pseudonymizeFix(sourceCode, node, helper), { filename });
}

const IMPORT_POSTHOG = "import posthog from 'posthog-js';";

describe('pseudonymizeFix: what it wraps', () => {
  it('the value of a property', () => {
    expect(
      wrap(`${IMPORT_POSTHOG}\nposthog.capture('x', { email: user.email });`, 'Property[key.name="email"]'),
    ).toBe(
      `${IMPORT_POSTHOG}\nimport { pseudonymize } from '@acme/privacy';\nposthog.capture('x', { email: pseudonymize(user.email) });`,
    );
  });

  it('a shorthand property, which gains its key', () => {
    expect(wrap(`${IMPORT_POSTHOG}\nposthog.capture('x', { email });`, 'Property[key.name="email"]')).toBe(
      `${IMPORT_POSTHOG}\nimport { pseudonymize } from '@acme/privacy';\nposthog.capture('x', { email: pseudonymize(email) });`,
    );
  });

  it('an argument', () => {
    expect(
      wrap(`${IMPORT_POSTHOG}\nposthog.identify(user.id);`, 'CallExpression > MemberExpression.arguments'),
    ).toBe(
      `${IMPORT_POSTHOG}\nimport { pseudonymize } from '@acme/privacy';\nposthog.identify(pseudonymize(user.id));`,
    );
  });

  it('the right-hand side of an assignment', () => {
    expect(wrap(`${IMPORT_POSTHOG}\nwindow.uid = user.id;`, 'AssignmentExpression')).toBe(
      `${IMPORT_POSTHOG}\nimport { pseudonymize } from '@acme/privacy';\nwindow.uid = pseudonymize(user.id);`,
    );
  });

  it('keeps the value’s text as written, TypeScript included', () => {
    expect(
      wrap(
        `${IMPORT_POSTHOG}\nposthog.identify(user!.id as string);`,
        'CallExpression > TSAsExpression.arguments',
      ),
    ).toBe(
      `${IMPORT_POSTHOG}\nimport { pseudonymize } from '@acme/privacy';\nposthog.identify(pseudonymize(user!.id as string));`,
    );
  });
});

describe('pseudonymizeFix: what it does not offer', () => {
  it.each([
    ['a spread', "posthog.capture('x', { ...user });", 'SpreadElement'],
    [
      'an object value (a whole record is left out, not hashed)',
      "posthog.capture('x', { user: { email } });",
      'Property[key.name="user"]',
    ],
    ['an array value', "posthog.capture('x', { emails: [a, b] });", 'Property[key.name="emails"]'],
    ['an object argument', "posthog.capture('x', { email });", 'CallExpression > ObjectExpression.arguments'],
    [
      'a destructuring property with a nested pattern',
      'const { user: { email } } = session;',
      'Property[key.name="user"]',
    ],
    ['a destructuring property with a default', "const { email = '' } = user;", 'Property[key.name="email"]'],
  ])('%s', (_what, code, selector) => {
    expect(wrap(`${IMPORT_POSTHOG}\n${code}`, selector)).toBeUndefined();
  });
});

describe('pseudonymizeFix: the import of the helper', () => {
  it('goes after the last import', () => {
    const code = "import posthog from 'posthog-js';\nimport { z } from 'zod';\n\nposthog.identify(user.id);";
    expect(wrap(code, 'CallExpression > MemberExpression.arguments')).toBe(
      "import posthog from 'posthog-js';\nimport { z } from 'zod';\nimport { pseudonymize } from '@acme/privacy';\n\nposthog.identify(pseudonymize(user.id));",
    );
  });

  it('is not added when the file already imports the helper', () => {
    const code = `${IMPORT_POSTHOG}\nimport { pseudonymize } from '@acme/privacy';\nposthog.identify(user.id);`;
    expect(wrap(code, 'CallExpression > MemberExpression.arguments')).toBe(
      `${IMPORT_POSTHOG}\nimport { pseudonymize } from '@acme/privacy';\nposthog.identify(pseudonymize(user.id));`,
    );
  });

  it('is not added when the helper is imported alongside other names', () => {
    const code = `${IMPORT_POSTHOG}\nimport { hashEmail, pseudonymize } from '@acme/privacy';\nposthog.identify(user.id);`;
    expect(wrap(code, 'CallExpression > MemberExpression.arguments')).toBe(
      `${IMPORT_POSTHOG}\nimport { hashEmail, pseudonymize } from '@acme/privacy';\nposthog.identify(pseudonymize(user.id));`,
    );
  });

  it('is added when the module is imported without the helper', () => {
    const code = `${IMPORT_POSTHOG}\nimport { hashEmail } from '@acme/privacy';\nposthog.identify(user.id);`;
    expect(wrap(code, 'CallExpression > MemberExpression.arguments')).toBe(
      `${IMPORT_POSTHOG}\nimport { hashEmail } from '@acme/privacy';\nimport { pseudonymize } from '@acme/privacy';\nposthog.identify(pseudonymize(user.id));`,
    );
  });

  it('is a default import when the settings say so', () => {
    expect(
      wrap(
        `${IMPORT_POSTHOG}\nposthog.identify(user.id);`,
        'CallExpression > MemberExpression.arguments',
        DEFAULT,
      ),
    ).toBe(`${IMPORT_POSTHOG}\nimport hashId from '@acme/hash-id';\nposthog.identify(hashId(user.id));`);
    const already = `${IMPORT_POSTHOG}\nimport hashId from '@acme/hash-id';\nposthog.identify(user.id);`;
    expect(wrap(already, 'CallExpression > MemberExpression.arguments', DEFAULT)).toBe(
      `${IMPORT_POSTHOG}\nimport hashId from '@acme/hash-id';\nposthog.identify(hashId(user.id));`,
    );
  });

  it('is not added for a helper without a source (a global)', () => {
    expect(
      wrap(
        `${IMPORT_POSTHOG}\nposthog.identify(user.id);`,
        'CallExpression > MemberExpression.arguments',
        GLOBAL,
      ),
    ).toBe(`${IMPORT_POSTHOG}\nposthog.identify(pseudonymize(user.id));`);
  });

  it('is a require in a CommonJS file, at the top', () => {
    const code = "const posthog = require('posthog-node');\nposthog.identify(user.id);";
    expect(wrap(code, 'CallExpression > MemberExpression.arguments', NAMED, 'server.js')).toBe(
      "const { pseudonymize } = require('@acme/privacy');\nconst posthog = require('posthog-node');\nposthog.identify(pseudonymize(user.id));",
    );
    expect(wrap(code, 'CallExpression > MemberExpression.arguments', DEFAULT, 'server.js')).toBe(
      "const hashId = require('@acme/hash-id');\nconst posthog = require('posthog-node');\nposthog.identify(hashId(user.id));",
    );
  });

  it('is an import at the top of a module without imports', () => {
    expect(wrap('window.posthog.identify(user.id);', 'CallExpression > MemberExpression.arguments')).toBe(
      'import { pseudonymize } from "@acme/privacy";\nwindow.posthog.identify(pseudonymize(user.id));',
    );
  });

  it('goes after a leading directive', () => {
    expect(
      wrap("'use client';\nwindow.posthog.identify(user.id);", 'CallExpression > MemberExpression.arguments'),
    ).toBe(
      "'use client';\nimport { pseudonymize } from '@acme/privacy';\nwindow.posthog.identify(pseudonymize(user.id));",
    );
  });
});

describe('pseudonymizeFix: the quote style of the import', () => {
  const ARG = 'CallExpression > MemberExpression.arguments';

  it("follows the file's first import: single quotes", () => {
    expect(wrap("import posthog from 'posthog-js';\nposthog.identify(user.id);", ARG)).toBe(
      "import posthog from 'posthog-js';\nimport { pseudonymize } from '@acme/privacy';\nposthog.identify(pseudonymize(user.id));",
    );
  });

  it("follows the file's first import: double quotes", () => {
    expect(wrap('import posthog from "posthog-js";\nposthog.identify(user.id);', ARG)).toBe(
      'import posthog from "posthog-js";\nimport { pseudonymize } from "@acme/privacy";\nposthog.identify(pseudonymize(user.id));',
    );
  });

  it('the first import wins over later strings', () => {
    expect(
      wrap('import posthog from "posthog-js";\nposthog.capture(\'x\', { id: user.id });', 'Property'),
    ).toBe(
      'import posthog from "posthog-js";\nimport { pseudonymize } from "@acme/privacy";\nposthog.capture(\'x\', { id: pseudonymize(user.id) });',
    );
  });

  it('without imports, the first string literal decides (a require, a directive)', () => {
    expect(
      wrap('const posthog = require("posthog-node");\nposthog.identify(user.id);', ARG, NAMED, 'server.js'),
    ).toBe(
      'const { pseudonymize } = require("@acme/privacy");\nconst posthog = require("posthog-node");\nposthog.identify(pseudonymize(user.id));',
    );
    expect(wrap('"use client";\nwindow.posthog.identify(user.id);', ARG)).toBe(
      '"use client";\nimport { pseudonymize } from "@acme/privacy";\nwindow.posthog.identify(pseudonymize(user.id));',
    );
  });

  it('escapes a quote of the style inside the specifier', () => {
    const helper: Pseudonymizer = { name: 'hashId', source: "@acme/o'hash", importKind: 'default' };
    expect(wrap("import posthog from 'posthog-js';\nposthog.identify(user.id);", ARG, helper)).toBe(
      "import posthog from 'posthog-js';\nimport hashId from '@acme/o\\'hash';\nposthog.identify(hashId(user.id));",
    );
  });
});

describe('pseudonymizeFix: known gaps (today’s behaviour)', () => {
  // The check for an existing import reads ES imports only: a CommonJS file that already requires the
  // helper gets a second `const { pseudonymize } = require(...)`, which redeclares the name.
  it('adds a second require of a helper the file already requires', () => {
    const code =
      "const { pseudonymize } = require('@acme/privacy');\nconst posthog = require('posthog-node');\nposthog.identify(user.id);";
    expect(wrap(code, 'CallExpression > MemberExpression.arguments', NAMED, 'server.js')).toBe(
      "const { pseudonymize } = require('@acme/privacy');\nconst { pseudonymize } = require('@acme/privacy');\nconst posthog = require('posthog-node');\nposthog.identify(pseudonymize(user.id));",
    );
  });

  // Only an import of the same name from the helper's own module counts: a local binding of that name
  // from elsewhere gets a clashing import, and an aliased import of the helper a second one.
  it('adds an import that clashes with a same-named binding from another module', () => {
    const code = `${IMPORT_POSTHOG}\nimport { pseudonymize } from './privacy';\nposthog.identify(user.id);`;
    expect(wrap(code, 'CallExpression > MemberExpression.arguments')).toBe(
      `${IMPORT_POSTHOG}\nimport { pseudonymize } from './privacy';\nimport { pseudonymize } from '@acme/privacy';\nposthog.identify(pseudonymize(user.id));`,
    );
  });

  // A plain binding inside a destructuring pattern is wrapped like a value (only nested patterns and
  // defaults are refused), which is not valid code; no-pii is not known to report such a node.
  it('wraps a shorthand destructuring property as if it were a value', () => {
    expect(wrap('const { email } = user;', 'Property[key.name="email"]', GLOBAL)).toBe(
      'const { email: pseudonymize(email) } = user;',
    );
  });
});

/** The text after the SHA-256 suggestion for the first node matching `selector`, or undefined when it offers none. */
function hash(code: string, selector: string, filename?: string): string | undefined {
  return fixAt(code, selector, (sourceCode, node) => sha256Fix(sourceCode, node), { filename });
}

const EM = 'Property[key.name="em"]';

describe('sha256Fix: where it is offered', () => {
  it('a file that already imports createHash: that binding, no new import', () => {
    expect(hash("import { createHash } from 'node:crypto';\nfbq('init', ID, { em: user.email });", EM)).toBe(
      "import { createHash } from 'node:crypto';\nfbq('init', ID, { em: createHash('sha256').update(String(user.email).trim().toLowerCase()).digest('hex') });",
    );
  });

  it('a renamed import, a namespace import and a require of crypto are used as they are', () => {
    expect(hash("import { createHash as h } from 'crypto';\nfbq('init', ID, { em: user.email });", EM)).toBe(
      "import { createHash as h } from 'crypto';\nfbq('init', ID, { em: h('sha256').update(String(user.email).trim().toLowerCase()).digest('hex') });",
    );
    expect(hash('import * as crypto from "node:crypto";\nfbq("init", ID, { em: user.email });', EM)).toBe(
      'import * as crypto from "node:crypto";\nfbq("init", ID, { em: crypto.createHash("sha256").update(String(user.email).trim().toLowerCase()).digest("hex") });',
    );
    expect(
      hash("const crypto = require('crypto');\nfbq('init', ID, { em: user.email });", EM, 'legacy.cjs'),
    ).toBe(
      "const crypto = require('crypto');\nfbq('init', ID, { em: crypto.createHash('sha256').update(String(user.email).trim().toLowerCase()).digest('hex') });",
    );
  });

  it('a file that imports other names of crypto: createHash is imported from the same module', () => {
    expect(hash("import { randomUUID } from 'crypto';\nfbq('init', ID, { em: user.email });", EM)).toBe(
      "import { randomUUID } from 'crypto';\nimport { createHash } from 'crypto';\nfbq('init', ID, { em: createHash('sha256').update(String(user.email).trim().toLowerCase()).digest('hex') });",
    );
  });

  it("server code ('use server', server-only): createHash is imported from node:crypto, in the file's quotes", () => {
    expect(hash("'use server';\nfbq('init', ID, { em: user.email });", EM)).toBe(
      "'use server';\nimport { createHash } from 'node:crypto';\nfbq('init', ID, { em: createHash('sha256').update(String(user.email).trim().toLowerCase()).digest('hex') });",
    );
    expect(hash('import "server-only";\nfbq("init", ID, { em: user.email });', EM)).toBe(
      'import "server-only";\nimport { createHash } from "node:crypto";\nfbq("init", ID, { em: createHash("sha256").update(String(user.email).trim().toLowerCase()).digest("hex") });',
    );
  });

  it('a shorthand property gains its key; an argument is wrapped in place', () => {
    expect(hash("import { createHash } from 'node:crypto';\nttq.identify({ email });", 'Property')).toBe(
      "import { createHash } from 'node:crypto';\nttq.identify({ email: createHash('sha256').update(String(email).trim().toLowerCase()).digest('hex') });",
    );
    expect(
      hash(
        "import { createHash } from 'node:crypto';\nsend(user.email);",
        'CallExpression > MemberExpression.arguments',
      ),
    ).toBe(
      "import { createHash } from 'node:crypto';\nsend(createHash('sha256').update(String(user.email).trim().toLowerCase()).digest('hex'));",
    );
  });
});

describe('sha256Fix: where it is not offered', () => {
  it.each([
    [
      'browser code (no crypto module in the file)',
      "import ReactPixel from 'react-facebook-pixel';\nfbq('init', ID, { em: user.email });",
    ],
    [
      'a file that imports other Node modules (SSR modules mix server and browser code)',
      "import { readFile } from 'node:fs/promises';\nfbq('init', ID, { em: user.email });",
    ],
    [
      'a type-only import of crypto',
      "import type { Hash } from 'node:crypto';\nfbq('init', ID, { em: user.email });",
    ],
    [
      'server code where createHash is another binding',
      "'use server';\nimport { createHash } from './hash';\nfbq('init', ID, { em: user.email });",
    ],
    ['a spread', "import { createHash } from 'node:crypto';\nfbq('init', ID, { ...user });"],
  ])('%s', (_what, code) => {
    const selector = code.includes('...user') ? 'SpreadElement' : EM;
    expect(hash(code, selector)).toBeUndefined();
  });
});
