// Lists the strings passed to vscode.l10n.t in src/host (the keys of l10n/bundle.l10n.*.json).
// A unit test (test/unit/l10n.test.ts) uses it to check the Korean bundle is complete.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function l10nStrings(dir = 'src/host') {
  const out = new Set();
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) for (const s of l10nStrings(p)) out.add(s);
    else if (p.endsWith('.ts')) {
      const text = readFileSync(p, 'utf8');
      for (const m of text.matchAll(/l10n\.t\(\s*(['"])((?:\\.|(?!\1).)*)\1/g)) out.add(m[2].replace(/\\'/g, "'").replace(/\\"/g, '"'));
    }
  }
  return [...out].sort();
}

