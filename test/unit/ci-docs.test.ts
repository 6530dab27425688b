// The CI snippets users copy (docs/ci.md, the README, any page under docs/): action majors and
// Node versions that runners still support, and a code-scanning upload that survives a pull
// request from a fork. A copied workflow keeps running for years, so a stale version here
// becomes a warning, then a failure, in every project that copied it.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';

/**
 * The oldest major each action may be given at. checkout and setup-node v5 are the first on
 * Node 24 (runners warn on Node 20 actions); CodeQL Action v3 is deprecated in December 2026.
 * An action not listed fails the test, so whoever adds one decides its floor here.
 */
const MIN_MAJOR: Record<string, number> = { 'actions/checkout': 5, 'actions/setup-node': 5, 'github/codeql-action': 4 };
/** Node 20 reached its end of life in April 2026; a snippet names a maintained line. */
const MIN_NODE = 22;
const FORK_GUARD = 'github.event.pull_request.head.repo.full_name == github.repository';

function pages(): string[] {
  const docs = readdirSync('docs', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => path.join('docs', f));
  return ['README.md'].concat(docs);
}

/** Each fenced YAML block of a page, with the page's name. */
function yamlBlocks(): { page: string; text: string }[] {
  const out: { page: string; text: string }[] = [];
  for (const page of pages()) {
    for (const m of readFileSync(page, 'utf8').matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)) out.push({ page, text: m[1]! });
  }
  return out;
}

interface Step {
  uses?: string;
  if?: string;
}
interface Workflow {
  permissions?: Record<string, string>;
  jobs?: Record<string, { steps?: Step[]; permissions?: Record<string, string> }>;
}

describe('CI snippets in the docs', () => {
  const blocks = yamlBlocks();

  it('finds the workflows it checks', () => {
    assert.ok(blocks.some((b) => b.page === path.join('docs', 'ci.md') && b.text.includes('upload-sarif')), 'docs/ci.md has the code-scanning workflow');
    assert.ok(blocks.some((b) => b.text.includes('image: node:')), 'a GitLab job with a Node image');
  });

  it('gives every action at a supported major', () => {
    const bad: string[] = [];
    for (const b of blocks) {
      for (const m of b.text.matchAll(/uses:\s*([\w.-]+\/[\w.-]+)(?:\/[\w./-]+)?@v(\d+)/g)) {
        const floor = MIN_MAJOR[m[1]!];
        if (floor === undefined || Number(m[2]) < floor) bad.push(`${b.page}: ${m[0]} (at least v${floor ?? '?'})`);
      }
    }
    assert.deepEqual(bad, []);
  });

  it('runs the command on a maintained Node (setup-node and container images)', () => {
    const bad: string[] = [];
    for (const b of blocks) {
      for (const m of b.text.matchAll(/(?:node-version:\s*['"]?|image:\s*['"]?node:)(\d+)/g)) if (Number(m[1]) < MIN_NODE) bad.push(`${b.page}: ${m[0]}`);
    }
    assert.deepEqual(bad, []);
  });

  it('skips the SARIF upload on a fork\'s pull request, and asks for the permissions it needs', () => {
    let uploads = 0;
    for (const b of blocks.filter((x) => x.text.includes('upload-sarif'))) {
      const wf = parse(b.text) as Workflow;
      for (const job of Object.values(wf.jobs ?? {})) {
        for (const step of job.steps ?? []) {
          if (!step.uses?.includes('codeql-action/upload-sarif')) continue;
          uploads++;
          assert.ok(step.if?.includes(FORK_GUARD), `${b.page}: the upload's if: holds ${FORK_GUARD}`);
          // Pushes and other events have no pull request: the guard must let them upload.
          assert.match(step.if ?? '', /\|\|\s*github\.event_name\s*!=\s*'pull_request'/, `${b.page}: pushes still upload`);
          const perms = { ...wf.permissions, ...job.permissions };
          assert.equal(perms['security-events'], 'write', `${b.page}: security-events: write`);
          assert.equal(perms.contents, 'read', `${b.page}: contents: read`);
        }
      }
    }
    assert.ok(uploads >= 1, 'an upload-sarif step was found');
  });

  it('states the Node the command needs as package.json engines does', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
    const oldest = /^>=(\d+)$/.exec(pkg.engines.node);
    assert.ok(oldest, `engines.node is a plain floor: ${pkg.engines.node}`);
    assert.match(readFileSync('docs/ci.md', 'utf8'), new RegExp(`Node ${oldest[1]} or later`));
    assert.ok(Number(oldest[1]) <= MIN_NODE, 'the Node the snippets name satisfies engines');
  });
});
