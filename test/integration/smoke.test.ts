// The first thing to hold in a real VS Code: it is one, our extension is loaded, and it
// activates. Also checks that the workspace trust the harness asked for is the one in force
// (CBO_TEST_TRUST=trusted|restricted, set by run-code-server.ts and run-electron.ts), so a
// "Restricted Mode" run really is one.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'cbo-guide.cbo-guide';

describe('smoke: a real VS Code with CBO Guide', function () {
  this.timeout(60_000);

  it('is a real VS Code 1.x', () => {
    assert.equal(typeof vscode.version, 'string');
    assert.ok(vscode.version.startsWith('1.'), `vscode.version is ${vscode.version}`);
  });

  it(`has ${EXTENSION_ID} among its extensions`, () => {
    const ids = vscode.extensions.all.map((e) => e.id);
    assert.ok(
      vscode.extensions.all.some((e) => e.id.toLowerCase() === EXTENSION_ID),
      `not among: ${ids.filter((i) => !i.startsWith('vscode.')).join(', ') || '(only built-in extensions)'}`,
    );
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    assert.equal(ext.packageJSON.publisher, 'cbo-guide');
    assert.equal(ext.packageJSON.name, 'cbo-guide');
  });

  it('activates', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not loaded`);
    await ext.activate();
    assert.equal(ext.isActive, true);
  });

  it('runs with the workspace trust the harness asked for', function () {
    const want = process.env.CBO_TEST_TRUST;
    if (want !== 'trusted' && want !== 'restricted') this.skip();
    assert.equal(vscode.workspace.isTrusted, want === 'trusted', `workspace.isTrusted is ${vscode.workspace.isTrusted}, the harness asked for ${want}`);
  });
});
