// The language server reads a workspace's `.cborc.yaml` and the team checklists it names with
// the same code as the CLI (src/node/config-files.ts), so a cloned repository's config cannot
// make it read files outside the config's folder.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspSettings } from '../../src/lsp/settings';

const checklist = (id: string) => `id: ${id}
title: { en: ${id}, ko: ${id} }
groups:
  - id: g
    title: { en: G, ko: G }
    items:
      - id: ${id}-1
        title: { en: Owner, ko: 담당 }
        evidence: { headings: [owner] }
`;

describe('language server settings: checklists', () => {
  let root = '';
  before(() => {
    root = mkdtempSync(path.join(tmpdir(), 'cbo-lsp-settings-'));
    mkdirSync(path.join(root, 'repo'));
    writeFileSync(path.join(root, 'outside.yaml'), checklist('outside'));
    writeFileSync(path.join(root, 'repo', 'team.yaml'), checklist('team'));
    writeFileSync(path.join(root, 'repo', '.cborc.yaml'), `checklists:\n  - team.yaml\n  - ../outside.yaml\n  - ${path.join(root, 'outside.yaml')}\n`);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('loads the checklists inside the config folder and refuses the ones outside it', async () => {
    const s = new LspSettings('en');
    const resolved = await s.resolve(pathToFileURL(path.join(root, 'repo', 'plan.md')).href, '2026-11-29');
    assert.deepEqual((resolved.extraChecklists ?? []).map((c) => c.id), ['team']);
  });

  it('checks the plans named in checklists.plans against checklists, as the extension does', async () => {
    const s = new LspSettings('en');
    s.folders = [path.join(root, 'repo').split(path.sep).join('/')];
    const plan = pathToFileURL(path.join(root, 'repo', 'plans', 'q3.md')).href;
    assert.equal((await s.resolve(plan, '2026-11-29')).planChecklists, undefined, 'off until a glob names the plan');
    s.update({ cbo: { checklists: { plans: ['plans/*.md'] } } });
    // Opted in with nothing chosen: an empty list, the default checklists (not all four).
    assert.deepEqual((await s.resolve(plan, '2026-11-29')).planChecklists, []);
    assert.equal((await s.resolve(pathToFileURL(path.join(root, 'repo', 'notes.md')).href, '2026-11-29')).planChecklists, undefined);
    s.update({ cbo: { checklists: { plans: ['plans/*.md'], enabled: ['delivery'] } } });
    assert.deepEqual((await s.resolve(plan, '2026-11-29')).planChecklists, ['delivery']);
  });
});
