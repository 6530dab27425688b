import { strict as assert } from 'node:assert';
import { linksBehaviourToResult, rule } from '../../src/core/rules/hypothesis-link';
import { at, GOOD_YAML, only, run } from './helpers';

const withHypothesis = (h: string) => GOOD_YAML.replace('  behavior: Returning customers finish checkout without calling support\n', `  behavior: Returning customers finish checkout without calling support\n  hypothesis: ${h}\n`);

describe('hypothesis-link', () => {
  it('is information, with a docs page id', () => {
    assert.equal(rule.defaultSeverity, 'info');
    assert.equal(rule.id, 'hypothesis-link');
  });

  it('notes a missing hypothesis on the behaviour', () => {
    const f = only(run(GOOD_YAML).findings, 'hypothesis-link');
    assert.equal(f.length, 1);
    assert.equal(at(GOOD_YAML, f[0]!), 'Returning customers finish checkout without calling support');
    assert.match(f[0]!.message, /No hypothesis/);
  });

  it('notes a hypothesis that names a result but no behaviour behind it', () => {
    const text = withHypothesis('Support cost goes down');
    const f = only(run(text).findings, 'hypothesis-link');
    assert.equal(f.length, 1);
    assert.equal(at(text, f[0]!), 'Support cost goes down');
    assert.match(f[0]!.message, /does not link/);
  });

  it('accepts "If <behaviour>, <result> because <reason>"', () => {
    const text = withHypothesis('If returning customers can complete checkout on their own, support cost falls because fewer of them call');
    assert.deepEqual(only(run(text).findings, 'hypothesis-link'), []);
  });

  it('tells linked from unlinked sentences in both languages', () => {
    const linked = [
      'When analysts get the report by 9:00, pricing moves a day earlier',
      'Stock-outs fall because managers reorder in the app',
      'Members add a second product, so revenue per member rises',
      '분석가가 오전 회의 전에 전일 매출을 보면 가격 조정이 하루 빨라진다',
      '고객이 주문을 직접 조회해서 문의 전화가 줄어든다',
    ];
    // A condition word must open a clause: "If-then logic" and "When:" are not conditions.
    const unlinked = ['Support cost goes down', 'Better customer experience', '지원 비용 절감', '고객 경험 개선', 'If-then logic, everywhere in the flow', 'When: next quarter, maybe later'];
    for (const s of linked) assert.equal(linksBehaviourToResult(s), true, s);
    for (const s of unlinked) assert.equal(linksBehaviourToResult(s), false, s);
  });

  it('reads the Korean template label and answers in Korean', () => {
    const md = '## CBO: 분석가가 전일 매출 보고서를 30분 만에 받는다\n\n### 결과\n- **가설**: 매출 보고서 개선\n';
    const f = only(run(md, 'markdown', {}, 'ko').findings, 'hypothesis-link');
    assert.equal(f.length, 1);
    assert.equal(at(md, f[0]!), '매출 보고서 개선');
    assert.match(f[0]!.message, /가설이/);
  });

  it('speaks the language the user chose, as every rule does, whatever the outcome is written in', () => {
    const md = '## CBO: 매출 대폭 향상\n\n### 결과\n- **가설**: 매출 보고서 개선\n';
    const en = run(md, 'markdown', {}, 'en').findings;
    assert.equal(only(en, 'hypothesis-link').length, 1);
    // No rule answers a Korean outcome in Korean when the session is English (quoted words aside).
    for (const f of en) assert.doesNotMatch(f.message.replace(/"[^"]*"|`[^`]*`/g, ''), /[가-힣]/, `${f.ruleId}: ${f.message}`);
  });

  it('can be switched off in config', () => {
    assert.deepEqual(only(run(GOOD_YAML, 'yaml', { rules: { 'hypothesis-link': 'off' } }).findings, 'hypothesis-link'), []);
  });
});
