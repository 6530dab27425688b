// The `yaml` library's problems in a Korean session: each error code it can emit has Korean words,
// with the library's English after them; an English session keeps the library's words alone.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { parseDocument as parseWithLibrary } from 'yaml';
import { YAML_ERROR_KO } from '../../src/core/parse/yaml-error-words';
import { only, run } from './helpers';

const HANGUL = /[\uAC00-\uD7A3]/;

/** The library's own list of codes: the ErrorCode type of its declarations. */
function libraryCodes(): string[] {
  const d = readFileSync('node_modules/yaml/dist/errors.d.ts', 'utf8');
  const union = /export type ErrorCode =([^;]+);/.exec(d);
  assert.ok(union, 'ErrorCode in the library\'s errors.d.ts');
  return [...union[1]!.matchAll(/'([A-Z0-9_]+)'/g)].map((m) => m[1]!).sort();
}

describe('YAML parse errors in Korean', () => {
  it('has Korean words for every error code the library can emit, and for no other', () => {
    const codes = libraryCodes();
    assert.ok(codes.length >= 20, codes.join(' '));
    assert.deepEqual(Object.keys(YAML_ERROR_KO).sort(), codes);
    for (const code of codes) assert.match(YAML_ERROR_KO[code as keyof typeof YAML_ERROR_KO], HANGUL, code);
  });

  it('says a problem in Korean, with the library\'s words after it; English keeps the library\'s words', () => {
    const text = 'title: Analysts get the report\n\towner: Finance\n';
    const [library] = parseWithLibrary(text, { prettyErrors: false }).errors;
    assert.equal(library!.code, 'TAB_AS_INDENT');
    const ko = only(run(text, 'yaml', {}, 'ko').findings, 'yaml-syntax');
    assert.deepEqual(ko.map((f) => f.message), [`YAML 구문 오류: 들여쓰기에 탭을 쓸 수 없습니다. 탭 대신 공백으로 들여 쓰세요. (원문: ${library!.message})`]);
    const en = only(run(text, 'yaml').findings, 'yaml-syntax');
    assert.deepEqual(en.map((f) => f.message), [`YAML syntax error: ${library!.message}`]);
    const escape = only(run('title: "C:\\q"\n', 'yaml', {}, 'ko').findings, 'yaml-syntax')[0]!.message;
    assert.equal(escape, 'YAML 구문 오류: 큰따옴표 안의 역슬래시(\\) 이스케이프가 잘못되었습니다. 역슬래시는 \\\\로 쓰거나, 값을 작은따옴표로 감싸세요. (원문: Invalid escape sequence \\q)');
  });

  it('leaves no problem of the parser in English alone in a Korean session', () => {
    const junk = [
      'title: x\n\towner: y\n',
      'title: "a\\q"\n',
      'title: @x\n',
      'title: x\ntitle: y\n',
      'a: b: c\n',
      'title: { a: 1 b: 2 }\n',
      'title: [a, , b]\n',
      'title: x\n  - y\n',
      'title: &a &b x\n',
      'title: !a !b x\n',
      'title: *nope\n',
      '%FOO bar\n---\ntitle: x\n',
      'title: |x\n  y\n',
      'title: x #y\n  : z\n',
      '? - a\n: b\n',
      '  : : : - [ { ] }\n',
      'title: x\n]\n',
    ];
    let seen = 0;
    for (const text of junk) {
      for (const f of only(run(text, 'yaml', {}, 'ko').findings, 'yaml-syntax')) {
        seen++;
        // The part before the library's words (or the whole message) is Korean.
        const own = f.message.replace(/ \(원문: [^]*\)$/, '').replace(/^YAML 구문 오류: /, '');
        assert.match(own, HANGUL, `${JSON.stringify(text)}: ${f.message}`);
      }
    }
    assert.ok(seen >= junk.length, `${seen} problems`);
  });
});
