// .pre-commit-hooks.yaml against pre-commit's manifest schema: the keys it requires (id,
// name, entry, language), known optional keys only, with values of the right kind.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

// pre-commit's MANIFEST_HOOK_DICT (pre_commit/clientlib.py): required, then optional keys.
const REQUIRED = ['id', 'name', 'entry', 'language'];
const OPTIONAL = ['alias', 'files', 'exclude', 'types', 'types_or', 'exclude_types', 'additional_dependencies', 'args', 'always_run', 'fail_fast', 'pass_filenames', 'description', 'language_version', 'log_file', 'minimum_pre_commit_version', 'require_serial', 'stages', 'verbose'];
const LANGUAGES = ['conda', 'coursier', 'dart', 'docker', 'docker_image', 'dotnet', 'fail', 'golang', 'haskell', 'julia', 'lua', 'node', 'perl', 'pygrep', 'python', 'r', 'ruby', 'rust', 'swift', 'script', 'system'];

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(readFileSync('.pre-commit-hooks.yaml', 'utf8')) as Record<string, unknown>[];

  it('is a list with the cbo-check hook', () => {
    assert.ok(Array.isArray(hooks));
    assert.deepEqual(hooks.map((h) => h.id), ['cbo-check']);
  });

  it('has the required keys, and only keys pre-commit knows', () => {
    for (const h of hooks) {
      for (const k of REQUIRED) assert.equal(typeof h[k], 'string', `${k} is a string`);
      assert.deepEqual(Object.keys(h).filter((k) => !REQUIRED.includes(k) && !OPTIONAL.includes(k)), []);
      assert.ok(LANGUAGES.includes(h.language as string), `language ${String(h.language)}`);
    }
  });

  it('runs the package bin on CBO YAML and Markdown files only', () => {
    const h = hooks[0]!;
    assert.equal(h.language, 'node', 'pre-commit installs the package, so `cbo` is its bin');
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { bin: Record<string, string> };
    assert.equal((h.entry as string).split(' ')[0], Object.keys(pkg.bin)[0]);
    assert.match(h.entry as string, /^cbo check$/);
    const files = new RegExp(h.files as string);
    for (const f of ['a.cbo.yaml', 'plans/b.cbo.yml', 'plan.md', 'x/notes.markdown']) assert.ok(files.test(f), f);
    for (const f of ['docker-compose.yaml', 'README.txt', 'a.cbo.yaml.bak']) assert.ok(!files.test(f), f);
    assert.deepEqual(h.types, ['text']);
    assert.equal(typeof h.require_serial, 'boolean');
    assert.match(String(h.minimum_pre_commit_version), /^\d+\.\d+\.\d+$/);
  });
});
