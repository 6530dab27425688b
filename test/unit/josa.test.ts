import { strict as assert } from 'node:assert';
import { finalSound, josa, resolveParticles, type Particle } from '../../src/core/text/josa';

describe('josa: the Korean particle a word takes', () => {
  it('reads a Hangul syllable by its final consonant, ㄹ apart for 으로', () => {
    const table: [string, Particle, string][] = [
      ['확정', '은', '은'], ['효율화', '은', '는'], ['줄인다', '은', '는'], ['운영 효율성', '을', '을'],
      ['경험', '이', '이'], ['혁신', '과', '과'], ['매출', '과', '과'], ['비용', '으로', '으로'],
      ['서울', '으로', '로'], // ㄹ takes 로
      ['서울', '은', '은'], // but is a consonant for 은/는
      ['바다', '으로', '로'], ['사과', '이라', '라'], ['책', '이라', '이라'], ['책', '이나', '이나'],
    ];
    for (const [word, p, want] of table) assert.equal(josa(word, p), want, `${word} ${p}`);
  });

  it('reads a number by its Korean reading: the last digit, or the place a 0 closes', () => {
    const table: [string, string][] = [
      ['0', '이'], ['1', '이'], ['2', '가'], ['3', '이'], ['4', '가'], ['5', '가'],
      ['6', '이'], ['7', '이'], ['8', '이'], ['9', '가'],
      ['10', '이'], ['100', '이'], ['1,000', '이'], ['10000', '이'], ['120', '이'],
      ['1.5', '가'], ['2.0', '이'], ['2026-03-31', '이'], ['2026-11-22', '가'],
      ['1000000000000', '가'], ['10000000000000', '이'],
    ];
    for (const [word, want] of table) assert.equal(josa(word, '이'), want, word);
    // 일, 칠, 팔 end in ㄹ and take 로; 삼, 십 take 으로; 영이라; 퍼센트는.
    const others: [string, Particle, string][] = [['1', '으로', '로'], ['7', '으로', '로'], ['8', '으로', '로'], ['3', '으로', '으로'], ['10', '으로', '으로'], ['0', '이라', '이라'], ['120%', '은', '는']];
    for (const [word, p, want] of others) assert.equal(josa(word, p), want, `${word} ${p}`);
  });

  it('reads money written with its sign first by the currency\'s name: 40달러는, 2만 원은', () => {
    assert.equal(josa('US$40.00', '은'), '는');
    assert.equal(josa('$80,000.00', '은'), '는');
    assert.equal(josa('€40', '은'), '는');
    assert.equal(josa('₩20,000', '은'), '은');
    assert.equal(josa('¥500', '이'), '이');
    // Without a sign the number is read: 40은.
    assert.equal(josa('40', '은'), '은');
  });
  it('reads a Latin letter by its Korean name: L, M, N, R end in a consonant', () => {
    const consonant = ['L', 'M', 'N', 'R'];
    for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
      assert.equal(josa(c, '을'), consonant.includes(c) ? '을' : '를', c);
      assert.equal(josa(c.toLowerCase(), '을'), consonant.includes(c) ? '을' : '를', c.toLowerCase());
    }
    assert.equal(josa('KRW', '을'), '를');
    assert.equal(josa('EUR', '을'), '을');
    assert.equal(josa('plan.md', '은'), '는');
    assert.equal(josa('x.cbo.yaml', '으로'), '로', '엘 ends in ㄹ');
    assert.equal(josa('--from', '을'), '을');
  });

  it('reads a lowercase English word as the word, for the few endings whose sound differs from the letter', () => {
    const table: [string, string][] = [
      ['--lang', '을'], ['string', '을'], // 랭, 스트링: g is not 지
      ['owner', '를'], ['error', '를'], ['folder', '를'], // 오너, 에러, 폴더: r is not 알
      ['name', '을'], ['outcome', '을'], ['baseline', '을'], // a silent e after m, n
      ['title', '을'], ['file', '을'], // 타이틀, 파일
      ['rate', '를'], ['code', '를'], ['--force', '를'], // 레이트, 코드, 포스
      ['--format', '을'], ['unit', '을'], ['target', '을'], ['output', '을'], // 포맷, 유닛, 타깃, 아웃풋
      ['report', '를'], ['sheet', '를'], ['investment', '를'], // 리포트, 시트, 인베스트먼트
      ['check', '를'], ['weasel-word', '를'], ['efficiency', '를'], ['Excel', '을'],
    ];
    for (const [word, want] of table) assert.equal(josa(word, '을'), want, word);
    assert.equal(josa('file', '으로'), '로', '파일로');
    // Capitals and a lone letter are spelt, whatever a word would say.
    assert.equal(josa('PDF', '을'), '를');
    assert.equal(josa('FORMAT', '을'), '를', '티');
    assert.equal(josa('MAIL', '을'), '을', '엘');
  });

  it('looks through closing quotes to the word, and past a bracket to the word before it', () => {
    assert.equal(josa('"확정"', '은'), '은');
    assert.equal(josa('"효율화"', '은'), '는');
    assert.equal(josa('`unit`', '이'), '이');
    assert.equal(josa('`rate`', '이'), '가');
    assert.equal(josa('「경험」', '을'), '을');
    assert.equal(josa('“혁신”', '과'), '과');
    assert.equal(josa('기한(2026-03-32)', '이'), '이', 'read by 기한, not by 2');
    assert.equal(josa('투자(USD)', '이'), '가', 'read by 투자');
    assert.equal(josa('(사과)', '이'), '가', 'a bracket alone is read for what it holds');
    assert.equal(josa('"효율화" ', '은'), '는', 'trailing space');
  });

  it('keeps the fallback form where it cannot tell', () => {
    const table: [string, Particle, string][] = [
      ['…', '은', '은(는)'], ['', '이', '이(가)'], ['"#"', '을', '을(를)'], ['經營', '과', '과(와)'], ['?', '으로', '(으)로'], ['--', '이라', '(이)라'],
    ];
    for (const [word, p, want] of table) assert.equal(josa(word, p), want, `${word} ${p}`);
    assert.equal(finalSound('""'), undefined);
  });
});

describe('resolveParticles: the fallback forms of a finished text', () => {
  it('resolves each form by the word before it, and leaves what it cannot tell', () => {
    assert.equal(resolveParticles('측정 파일 m.csv은(는) 일반 파일이 아니어서 읽지 않았습니다'), '측정 파일 m.csv는 일반 파일이 아니어서 읽지 않았습니다');
    assert.equal(resolveParticles('"확정"을(를) 이 작업 영역에서 허용했습니다. plan.yaml이(가) 바뀌었습니다'), '"확정"을 이 작업 영역에서 허용했습니다. plan.yaml이 바뀌었습니다');
    assert.equal(resolveParticles('report.md과(와) 표(으)로, 0(이)라, 사과(이)나'), 'report.md와 표로, 0이라, 사과나');
    assert.equal(resolveParticles('#은(는) 무엇'), '#은(는) 무엇', 'a symbol keeps both forms');
    assert.equal(resolveParticles('The file is too large.'), 'The file is too large.');
  });
});
