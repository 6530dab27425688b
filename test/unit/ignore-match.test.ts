// One `ignore:` matcher (src/core/ignore.ts) for `cbo check`, the extension and the language
// server: a file is left out when a pattern matches its path relative to the config's folder.
// The editor and the server applied no `ignore:` at all, so these cases are what they now share
// with the CLI (paths as each side hands them in: the CLI's resolved paths, the editor's URI
// paths with a '/' before a drive letter, the server's file paths).
import { strict as assert } from 'node:assert';
import { ignoredMessage, ignoringPattern, relativePath } from '../../src/core/ignore';

describe('ignore: patterns, shared by the CLI, the editor and the language server', () => {
  it('matches a path relative to the folder of the config, and names the first pattern that does', () => {
    const config = '/work/repo/.cborc.yaml';
    assert.equal(ignoringPattern(config, '/work/repo/drafts/a.cbo.yaml', ['drafts/**']), 'drafts/**');
    assert.equal(ignoringPattern(config, '/work/repo/plans/drafts/a.cbo.yaml', ['drafts/**']), undefined, 'relative to the config, not anywhere below it');
    assert.equal(ignoringPattern(config, '/work/repo/plans/drafts/a.cbo.yaml', ['**/drafts/**']), '**/drafts/**');
    assert.equal(ignoringPattern(config, '/work/repo/old.md', ['*.cbo.yaml', '*.md', '**']), '*.md');
    assert.equal(ignoringPattern(config, '/work/repo/a.cbo.yaml', []), undefined);
    assert.equal(ignoringPattern(config, '/work/repo/a.cbo.yaml', undefined), undefined);
    // A file beside a config named with --config elsewhere: as path.relative writes it.
    assert.equal(ignoringPattern('/work/shared/.cborc.yaml', '/work/repo/a.cbo.yaml', ['../repo/*.yaml']), '../repo/*.yaml');
  });

  it('reads a URI path with a drive letter as the Windows path it names, and a folder whose name starts like another as another', () => {
    assert.equal(ignoringPattern('/c:/Users/me/repo/.cborc.yaml', '/C:/Users/me/repo/drafts/x.md', ['drafts/*']), 'drafts/*');
    assert.equal(ignoringPattern('C:\\Users\\me\\repo\\.cborc.yaml', 'C:\\Users\\me\\repo\\drafts\\x.md', ['drafts/*']), 'drafts/*');
    assert.equal(relativePath('/work/repo', '/work/repository/a.md'), '../repository/a.md');
    assert.equal(relativePath('/work/repo/', '/work/repo/a/b.md'), 'a/b.md');
    assert.equal(relativePath('/', '/a/b.md'), 'a/b.md');
  });

  it('says why a file was left out in English and in Korean, naming the config and the pattern', () => {
    const by = { config: 'plans/.cborc.yaml', pattern: 'drafts/**' };
    assert.equal(ignoredMessage(by, 'en'), 'File ignored because of a matching ignore pattern: "drafts/**" in plans/.cborc.yaml; it was not checked. Remove the pattern to check it');
    assert.equal(ignoredMessage(by, 'ko'), '일치하는 무시 패턴이 있어 검사하지 않았습니다: plans/.cborc.yaml의 ignore "drafts/**". 검사하려면 그 패턴을 지우세요');
  });
});
