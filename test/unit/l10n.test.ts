// Korean is first-class: every UI string has a Korean translation, in both bundles.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
// @ts-expect-error plain ES module script without types
import { l10nStrings } from '../../scripts/l10n-strings.mjs';

const json = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as Record<string, unknown>;

describe('localisation', () => {
  it('every vscode.l10n.t string has a Korean translation', () => {
    const ko = json('l10n/bundle.l10n.ko.json');
    const missing = (l10nStrings() as string[]).filter((s) => typeof ko[s] !== 'string' || (ko[s] as string).trim() === '');
    assert.deepEqual(missing, []);
  });

  // Text that moves out of the host (the guided questions now live in src/core/guided-questions.ts)
  // must leave the bundle too, or its Korean is kept in two places and drifts.
  it('the Korean bundle holds no string the host no longer passes to vscode.l10n.t', () => {
    const used = new Set(l10nStrings() as string[]);
    assert.deepEqual(Object.keys(json('l10n/bundle.l10n.ko.json')).filter((k) => !used.has(k)), []);
  });

  it('package.nls.ko.json translates every key of package.nls.json, placeholders kept', () => {
    const en = json('package.nls.json');
    const ko = json('package.nls.ko.json');
    assert.deepEqual(Object.keys(ko).sort(), Object.keys(en).sort());
    for (const k of Object.keys(en)) {
      const refs = (s: unknown) => String(s).match(/command:[\w.]+|#[\w.]+#/g) ?? [];
      assert.deepEqual(refs(ko[k]), refs(en[k]), k);
    }
  });

  it('every %key% in package.json has an English string', () => {
    const en = json('package.nls.json');
    const keys = [...readFileSync('package.json', 'utf8').matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]!);
    assert.deepEqual(keys.filter((k) => !(k in en)), []);
  });

  it('package.json declares every command the host registers', () => {
    const pkg = json('package.json') as { contributes: { commands: { command: string }[] } };
    const declared = new Set(pkg.contributes.commands.map((c) => c.command));
    const ids = readFileSync('src/host/commands/ids.ts', 'utf8');
    const pub = [...ids.matchAll(/^\s{2}(\w+): '(cbo\.\w+)'/gm)].map((m) => m[2]!).filter((id) => !['cbo.applyFix', 'cbo.allowWord', 'cbo.revealLine'].includes(id));
    assert.deepEqual(pub.filter((id) => !declared.has(id)), []);
  });
});
