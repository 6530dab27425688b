// Why a `.cborc.yaml` could not be read, worded once (src/core/read-reasons.ts) for the CLI, the
// language server and the extension. The extension showed "설정 파일을 읽을 수 없습니다: " and then
// the reason as workspace.fs wrote it, in English; it now takes the CLI's words, in both languages.
import { strict as assert } from 'node:assert';
import { unreadableConfigFinding } from '../../src/core/config-findings';
import { configTooLargeWords, EDITOR_CONFIG_LINK, reasonIn, reasonOfCode, unreadableReason } from '../../src/core/read-reasons';
import { configRefusalWords } from '../../src/node/config-files';
import { why } from '../../src/node/read-file';

describe('why a file could not be read, in English and Korean', () => {
  it('reads node\'s codes and workspace.fs\'s alike', () => {
    for (const [node, editor] of [['EACCES', 'NoPermissions'], ['ENOENT', 'FileNotFound'], ['EISDIR', 'FileIsADirectory']] as const) {
      assert.ok(reasonOfCode(node), node);
      assert.equal(reasonOfCode(editor), reasonOfCode(node), editor);
      assert.equal(why(Object.assign(new Error(`${node}: raw`), { code: node })), reasonOfCode(node));
    }
    assert.equal(reasonIn(reasonOfCode('NoPermissions')!, 'ko'), '권한이 없습니다');
    assert.equal(reasonIn(reasonOfCode('FileIsADirectory')!, 'ko'), '폴더입니다');
    assert.equal(reasonOfCode('Unavailable'), undefined, 'an unknown code keeps the message the system wrote');
    assert.equal(why(Object.assign(new Error('EIO: i/o error'), { code: 'EIO' })), 'EIO: i/o error');
  });

  it('words an unreadable config wholly in the finding\'s language', () => {
    assert.equal(unreadableConfigFinding(unreadableReason({ error: 'permission denied' }, 'ko'), 'ko').message, '설정 파일을 읽을 수 없습니다: 권한이 없습니다');
    assert.equal(unreadableConfigFinding(unreadableReason({ error: 'not a regular file' }, 'ko'), 'ko').message, '설정 파일을 읽을 수 없습니다: 일반 파일이 아닙니다');
    assert.equal(unreadableConfigFinding(unreadableReason({ error: 'not a regular file' }, 'en'), 'en').message, 'Cannot read this config file: not a regular file');
    // The Korean a reader gave with its error wins over the table.
    assert.equal(unreadableReason({ error: EDITOR_CONFIG_LINK.en, errorKo: EDITOR_CONFIG_LINK.ko }, 'ko'), '심볼릭 링크입니다. 편집기는 .cborc.yaml의 링크를 따라가지 않으므로 읽지 않았습니다');
    assert.equal(unreadableReason({ error: EDITOR_CONFIG_LINK.en, errorKo: EDITOR_CONFIG_LINK.ko }, 'en'), EDITOR_CONFIG_LINK.en);
  });

  it('says a config is too large in the same words in the editor and the CLI', () => {
    assert.deepEqual(configTooLargeWords(2_500_000, 1_000_000), { en: 'it is too large for a .cborc.yaml (2.5 MB, limit 1.0 MB), so it is not read', ko: '.cborc.yaml로는 너무 커서(2.5 MB, 한도 1.0 MB) 읽지 않았습니다' });
    const cli = configRefusalWords({ size: 2_500_000, more: true });
    assert.match(cli.en, /^it is too large for a \.cborc\.yaml \(more than 2\.5 MB, limit \d+\.\d MB\), so it is not read$/);
    assert.match(cli.ko, /^\.cborc\.yaml로는 너무 커서\(2\.5 MB 넘음, 한도 \d+\.\d MB\) 읽지 않았습니다$/);
  });
});
