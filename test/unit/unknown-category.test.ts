// unknown-category: a Markdown plan's Category that names none of the framework's six, at the
// value, with the one it most likely meant; YAML is left to the schema.
import { strict as assert } from 'node:assert';
import { at, GOOD_YAML, ids, only, run } from './helpers';

const plan = (category: string, label = '- **Category**: ') => `# Plan\n\n## CBO: Analysts get the daily report by 9:00\n\n${label}${category}\n- **Owner**: Head of Data\n`;
const findings = (text: string, lang: 'en' | 'ko' = 'en') => only(run(text, 'markdown', {}, lang).findings, 'unknown-category');
const snippet = (f: { fix?: unknown }) => (f.fix as { snippet?: string } | undefined)?.snippet;

describe('unknown-category', () => {
  it('flags a misspelt category at the value, names the one meant and offers to write it', () => {
    const text = plan('Operational eficiency');
    const [f, ...rest] = findings(text);
    assert.equal(rest.length, 0);
    assert.equal(at(text, f!), 'Operational eficiency');
    assert.equal(f!.severity, 'warning');
    assert.equal(f!.message, '"Operational eficiency" is not a category of the framework. Did you mean Operational efficiency? Until it is one, the reports mark it "(not a category)".');
    assert.equal(f!.fix?.kind, 'replace');
    assert.equal(snippet(f!), 'Operational efficiency');
    assert.equal(findings(text, 'ko')[0]!.message, '"Operational eficiency"는 프레임워크의 범주가 아닙니다. Operational efficiency를 뜻했나요? 고치기 전까지 보고서에는 "(범주 아님)"으로 표시됩니다.');
    // The fix reads back as the category: nothing left to say.
    const fixed = text.slice(0, f!.span.start) + snippet(f!)! + text.slice(f!.span.end);
    assert.deepEqual(findings(fixed), []);
    assert.equal(run(fixed, 'markdown').outcomes[0]!.category?.value, 'operational-efficiency');
  });

  it('in a Korean plan, suggests the Korean name, as the plan writes it', () => {
    const text = plan('운영 효율썽', '- **범주**: ');
    const [f] = findings(text, 'ko');
    assert.equal(at(text, f!), '운영 효율썽');
    assert.match(f!.message, /^"운영 효율썽"은 프레임워크의 범주가 아닙니다\. 운영 효율성을 뜻했나요\?/);
    assert.equal(snippet(f!), '운영 효율성');
    // A plain label (no bold) is read too, and an English typo of a short name.
    const [g] = findings(plan('Inovation', '- Category: '));
    assert.equal(snippet(g!), 'Innovation');
  });

  it('names every category and offers no fix when nothing is a typo away', () => {
    const text = plan('Customer love');
    const [f] = findings(text);
    assert.equal(at(text, f!), 'Customer love');
    assert.equal(f!.message, '"Customer love" is not a category of the framework: write one of Reduced business risk, Improved ESG performance, Increased revenue, Operational efficiency, Experience, Innovation (or its Korean name). Until then the reports mark it "(not a category)".');
    assert.equal(f!.fix, undefined);
    assert.match(findings(text, 'ko')[0]!.message, /비즈니스 리스크 감소, ESG 성과 향상, 매출 증대, 운영 효율성, 경험, 혁신 중 하나/);
    // One syllable changed in a short Korean name is another word: 경영 (management) is not
    // offered as 경험 (experience), nor 혁명 (revolution) as 혁신.
    for (const word of ['경영', '혁명', '고객경']) {
      const [k] = findings(plan(word, '- **범주**: '), 'ko');
      assert.equal(at(plan(word, '- **범주**: '), k!), word);
      assert.equal(k!.fix, undefined, word);
      assert.doesNotMatch(k!.message, /뜻했나요/, word);
    }
  });

  it('accepts every spelling the reader accepts: ids, English and Korean names, any case', () => {
    const spellings = [
      'operational-efficiency', 'Operational efficiency', 'OPERATIONAL EFFICIENCY', 'operational_efficiency', 'Operational-Efficiency', '운영 효율성', '운영효율성',
      'reduced-business-risk', 'Reduced business risk', '비즈니스 리스크 감소',
      'esg', 'ESG', 'Improved ESG performance', 'ESG 성과 향상',
      'increased-revenue', 'Increased revenue', '매출 증대',
      'experience', 'Experience', '경험', 'Customer experience', 'customer-experience', '고객 경험', '고객경험',
      'innovation', 'Innovation', '혁신',
    ];
    for (const s of spellings) assert.deepEqual(findings(plan(s)), [], s);
    // Written with Markdown's marks, a comment or a full stop, and the everyday names of the six.
    const marked = ['*Operational efficiency*', '**Innovation**', '`operational-efficiency`', '_Experience_', 'Operational efficiency.', 'Operational efficiency <!-- primary -->',
      'Risk reduction', 'Reduced risk', '리스크 감소', '위험 감소', 'Revenue growth', '매출 증가', '매출 성장', '운영 효율', 'Efficiency'];
    for (const s of marked) assert.deepEqual(findings(plan(s)), [], s);
    assert.equal(run(plan('*Operational efficiency*'), 'markdown').outcomes[0]!.category?.value, 'operational-efficiency');
    assert.equal(run(plan('Risk reduction'), 'markdown').outcomes[0]!.category?.value, 'reduced-business-risk');
    assert.deepEqual(findings(plan('매출 증대', '- **카테고리**: ')), []);
  });

  it('reads "고객 경험" and "Customer experience" as the experience category, in Korean and English plans', () => {
    for (const [written, label, lang] of [['고객 경험', '- **범주**: ', 'ko'], ['Customer experience', '- **Category**: ', 'en']] as const) {
      const r = run(plan(written, label), 'markdown', {}, lang);
      assert.equal(r.outcomes[0]!.category?.value, 'experience', written);
      assert.deepEqual(only(r.findings, 'unknown-category'), [], written);
    }
    // A typo of the longer name is offered as the category it names.
    const [f] = findings(plan('Customer experiance'));
    assert.match(f!.message, /Did you mean Experience\?/);
    // Other customer-something names are still not a category.
    assert.equal(findings(plan('고객 만족', '- **범주**: '), 'ko').length, 1);
  });

  it('leaves a placeholder to no-placeholder, and an empty Category alone', () => {
    for (const blank of ['[Category]', 'TBD', '미정']) {
      const got = ids(run(plan(blank), 'markdown').findings);
      assert.ok(got.includes('no-placeholder'), `${blank}: ${got.join(' ')}`);
      assert.ok(!got.includes('unknown-category'), `${blank}: ${got.join(' ')}`);
    }
    assert.deepEqual(findings(plan('')), []);
  });

  it('leaves YAML to the schema: one finding at a wrong category, in a CBO file and in a ```cbo block', () => {
    const yaml = GOOD_YAML.replace('category: operational-efficiency', 'category: operational-efficency');
    const r = run(yaml);
    assert.deepEqual(only(r.findings, 'unknown-category'), []);
    const onValue = r.findings.filter((f) => at(yaml, f) === 'operational-efficency');
    assert.deepEqual(ids(onValue), ['schema']);
    const fenced = `# Plan\n\n\`\`\`cbo\n${yaml}\`\`\`\n`;
    const rf = run(fenced, 'markdown');
    assert.deepEqual(ids(rf.findings.filter((f) => at(fenced, f) === 'operational-efficency')), ['schema']);
  });
});
