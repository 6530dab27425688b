// The workspace folders the language server works within follow
// workspace/didChangeWorkspaceFolders: before, the list `initialize` gave was kept for good.
import { strict as assert } from 'node:assert';
import { changedFolders, initialFolders } from '../../src/lsp/workspace-folders';

const change = (added: string[], removed: string[]) => ({ event: { added: added.map((uri) => ({ uri, name: 'x' })), removed: removed.map((uri) => ({ uri, name: 'x' })) } });

describe('language server workspace folders', () => {
  it('starts from the folders of initialize, else its rootUri, file: folders only', () => {
    assert.deepEqual(initialFolders([{ uri: 'file:///w/a' }, { uri: 'untitled:b' }, { uri: 'file:///w/c%20d' }], 'file:///ignored'), ['/w/a', '/w/c d']);
    assert.deepEqual(initialFolders(null, 'file:///w/root'), ['/w/root']);
    assert.deepEqual(initialFolders(undefined, null), []);
  });

  it('removes, then adds, once each, whatever the trailing slash', () => {
    assert.deepEqual(changedFolders(['/w/a', '/w/b'], change(['file:///w/c', 'file:///w/a/', 'vscode-vfs://github/x'], ['file:///w/b/'])), ['/w/a', '/w/c']);
    assert.deepEqual(changedFolders(['/w/a'], change([], ['file:///w/a'])), []);
    // Removed and added in one event (a folder renamed to itself): kept.
    assert.deepEqual(changedFolders(['/w/a'], change(['file:///w/a'], ['file:///w/a'])), ['/w/a']);
    assert.deepEqual(changedFolders([], change(['file:///w/%E0%A4%A'], [])), ['/w/%E0%A4%A'], 'an escape that is not UTF-8 is kept as written');
  });

  it('says what is wrong with malformed params, and changes nothing', () => {
    for (const params of [null, {}, { event: null }, { event: { added: [] } }, { event: { added: 'file:///w/a', removed: [] } }]) {
      assert.equal(changedFolders(['/w/a'], params), 'its event needs an added and a removed list', JSON.stringify(params));
    }
    assert.equal(changedFolders(['/w/a'], { event: { added: [{ uri: 5 }], removed: [] } }), 'each folder needs a uri (text)');
    assert.equal(changedFolders(['/w/a'], { event: { added: [], removed: [null] } }), 'each folder needs a uri (text)');
  });
});
