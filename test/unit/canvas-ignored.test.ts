// The canvas of a file a `.cborc.yaml` `ignore:` leaves out: the panel kept drawing the canvas of
// the file it showed before (the diagnostics lint no ignored file, so there was no new result).
// Its model now says the file is ignored, by which config and pattern, in English and Korean,
// and holds no outcome to draw. (That the panel posts it is test/integration/ignore.test.ts.)
import { strict as assert } from 'node:assert';
import { ignoredPanelModel, ignoredSentence } from '../../src/core/view/canvas-ignored';
import { TODAY } from './helpers';

describe('canvas of an ignored file', () => {
  const by = { config: 'plans/.cborc.yaml', pattern: 'drafts/**' };

  it('says which config ignores the file and by which pattern, in English and in Korean', () => {
    assert.equal(ignoredSentence(by, 'en'), 'This file is ignored by plans/.cborc.yaml (ignore: "drafts/**").');
    assert.equal(ignoredSentence(by, 'ko'), 'plans/.cborc.yaml 설정 파일이 이 파일을 무시합니다(ignore: "drafts/**").');
  });

  it('quotes a pattern escaped and cut short, as the log line does', () => {
    const s = ignoredSentence({ config: '.cborc.yaml', pattern: `"${'*'.repeat(300)}` }, 'en');
    assert.ok(s.startsWith('This file is ignored by .cborc.yaml (ignore: "\\"****'), s);
    assert.ok(s.length < 120, `${s.length} characters`);
    assert.ok(s.endsWith('…").'), s);
  });

  it('is a model with no outcome, the sentence and the hint in the panel\'s language', () => {
    const en = ignoredPanelModel('file:///w/drafts/a.cbo.yaml', by, { lang: 'en', today: TODAY });
    assert.deepEqual(en.outcomes, []);
    assert.equal(en.file, 'file:///w/drafts/a.cbo.yaml');
    assert.equal(en.today, TODAY);
    assert.equal(en.ignored, 'This file is ignored by plans/.cborc.yaml (ignore: "drafts/**").');
    assert.equal(en.ui.ignoredHint, 'It is not checked and has no canvas. Remove the pattern to check it.');
    const ko = ignoredPanelModel('file:///w/drafts/a.cbo.yaml', by, { lang: 'ko', today: TODAY });
    assert.equal(ko.lang, 'ko');
    assert.equal(ko.ignored, 'plans/.cborc.yaml 설정 파일이 이 파일을 무시합니다(ignore: "drafts/**").');
    assert.equal(ko.ui.ignoredHint, '검사하지 않으며 캔버스도 없습니다. 검사하려면 그 패턴을 지우세요.');
  });
});
