import { strict as assert } from 'node:assert';
import { parseChecklistText } from '../../src/core/checklist/load';
import { cbo, removeWorkspaces, workspace } from './cli-run';
import { GATES } from './team-gates';

after(() => removeWorkspaces());

describe('team checklists from .cborc.yaml', () => {
  it('loads a checklist file named in the config and checks plans against it', async () => {
    const dir = workspace({ '.cborc.yaml': 'checklists: [./gates.yaml]\n', 'gates.yaml': GATES, 'plan.md': '# Plan\n\n## Load test\nTwice the peak, on 3 March.\n' });
    const r = await cbo(dir, 'plan', 'plan.md', '--format', 'json', '--checklist', 'gates');
    const json = JSON.parse(r.out);
    assert.equal(json.checklists[0].id, 'gates');
    assert.deepEqual(json.checklists[0].items.map((i: { id: string; status: string }) => `${i.id}:${i.status}`), ['load-test:found', 'rollback-plan:missing']);
    assert.equal(r.code, 0, 'the missing item is optional');
  });

  it('applies only the checklists the config names by id', async () => {
    const dir = workspace({ '.cborc.yaml': 'checklists: [delivery, ./gates.yaml]\n', 'gates.yaml': GATES, 'plan.md': '# Plan\n' });
    const json = JSON.parse((await cbo(dir, 'plan', 'plan.md', '--format', 'json')).out);
    assert.deepEqual(json.checklists.map((c: { id: string }) => c.id), ['delivery', 'gates']);
  });

  it('reports a checklist file that does not match the schema, and keeps going', async () => {
    const dir = workspace({ '.cborc.yaml': 'checklists: [./bad.yaml]\n', 'bad.yaml': 'id: Bad Id\ngroups: []\n', 'plan.md': '# Plan\n' });
    const r = await cbo(dir, 'plan', 'plan.md', '--format', 'json');
    assert.match(r.err, /bad\.yaml/);
    // Nothing chosen that loaded: the default, the CBO process checklist.
    assert.deepEqual(JSON.parse(r.out).checklists.map((c: { id: string }) => c.id), ['cbo-process']);
  });

  it('runs a team checklist the config names by file alone beside the default, and says so', async () => {
    const dir = workspace({ '.cborc.yaml': 'checklists: [./gates.yaml]\n', 'gates.yaml': GATES, 'plan.md': '# Plan\n\n## Load test\nTwice the peak.\n' });
    const json = JSON.parse((await cbo(dir, 'plan', 'plan.md', '--format', 'json')).out);
    assert.deepEqual(json.checklists.map((c: { id: string }) => c.id), ['cbo-process', 'gates']);
    assert.deepEqual(json.chosen, { by: 'default', addressed: [], notChecked: ['delivery', 'workshop', 'workshop-readiness'] });
    const text = await cbo(dir, 'plan', 'plan.md');
    assert.match(text.out, /^ {2}Checklists: cbo-process \(the default\), gates \(a team checklist in \.cborc\.yaml\)$/m);
  });

  it('prints a team title and a plan heading with terminal escapes escaped, not as escapes', async () => {
    const esc = GATES.replace('en: Load test,', 'en: "Load \\e[31mtest",');
    const dir = workspace({ '.cborc.yaml': 'checklists: [./gates.yaml]\n', 'gates.yaml': esc, 'plan.md': '# Plan\n\n## Steps \u001b]0;pwned\u0007\n\n- [ ] Load test\n' });
    const r = await cbo(dir, 'plan', 'plan.md', '--checklist', 'gates');
    assert.match(r.out, /Load \\u001b\[31mtest/, r.out);
    assert.match(r.out, /Steps \\u001b\]0;pwned\\u0007/, r.out);
    assert.ok(!r.out.includes('\u001b'), 'no raw ESC in the output');
  });

  it('never executes anything in a checklist: it is validated data', () => {
    assert.ok(parseChecklistText(GATES, 'gates.yaml').checklist);
    assert.match(parseChecklistText('id: x\ntitle: { en: a, ko: b }\ngroups: [ { id: g, title: { en: a, ko: b }, items: [ { id: i, title: { en: a, ko: b }, evidence: { headings: [a] }, run: "rm -rf /" } ] } ]\n', 'evil.yaml').problem!, /evil\.yaml/);
  });
});
