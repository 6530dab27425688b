// What each of the `yaml` library's error codes means, in Korean. The library words its problems
// in English only ("Missing , between flow map items"), and a Korean session showed them so
// behind "YAML 구문 오류:". English keeps the library's own words; Korean says what the code means
// and what to do, and quotes the library's words after it, which name the exact character. One
// entry per code of the library's ErrorCode: a code the library adds fails the type check here,
// and `test/unit/yaml-error-words.test.ts` reads the list from the library itself.
import type { ErrorCode } from 'yaml';

export const YAML_ERROR_KO: Readonly<Record<ErrorCode, string>> = {
  ALIAS_PROPS: '별칭(*이름)에는 앵커(&)나 태그(!)를 붙일 수 없습니다. 별칭 앞의 &이름이나 !태그를 지우세요.',
  BAD_ALIAS: '별칭(*이름)이 가리키는 앵커(&이름)가 없거나, 별칭이나 앵커의 이름이 잘못되었습니다. 앵커를 별칭보다 앞에 정의하거나 값을 풀어 쓰세요.',
  BAD_COLLECTION_TYPE: '태그(!이름)가 요구하는 종류(목록, 매핑, 값)와 실제 내용이 다릅니다. CBO 파일에는 태그가 필요 없으니 지우세요.',
  BAD_DIRECTIVE: '% 지시문(%YAML, %TAG)을 읽을 수 없습니다. CBO 파일에는 지시문이 필요 없으니 지우세요.',
  BAD_DQ_ESCAPE: '큰따옴표 안의 역슬래시(\\) 이스케이프가 잘못되었습니다. 역슬래시는 \\\\로 쓰거나, 값을 작은따옴표로 감싸세요.',
  BAD_INDENT: '들여쓰기가 맞지 않습니다. 같은 수준의 키와 목록 항목은 같은 칸에서 시작하고, 그 아래 내용은 더 들여 써야 합니다.',
  BAD_PROP_ORDER: '앵커(&)와 태그(!)의 자리가 잘못되었습니다. - 나 ? 표시 뒤, 값 바로 앞에 쓰세요.',
  BAD_SCALAR_START: '이 값은 YAML에서 따로 쓰이는 글자(@, ` 등)로 시작합니다. 값을 따옴표로 감싸세요.',
  BLOCK_AS_IMPLICIT_KEY: '목록이나 매핑을 키로 쓸 수 없습니다. 키: 값 한 줄에 매핑을 또 넣었거나, 들여쓰기가 어긋났습니다. 중첩된 내용은 다음 줄에 더 들여 쓰세요.',
  BLOCK_IN_FLOW: '[ ]나 { } 안에는 줄바꿈과 들여쓰기로 쓰는 목록(- 항목)이나 매핑을 넣을 수 없습니다. 괄호 안에서는 쉼표로 나열하세요.',
  DUPLICATE_KEY: '같은 매핑에 같은 키가 두 번 있습니다. 하나를 지우거나 이름을 바꾸세요.',
  IMPOSSIBLE: 'YAML 파서가 이 자리를 읽지 못했습니다. 이 부분을 다시 쓰세요.',
  KEY_OVER_1024_CHARS: '이 키는 1,024자보다 깁니다(YAML은 콜론 앞 1,024자까지만 키로 읽습니다). 키는 title, metrics 같은 필드 이름입니다. 글이라면 필드 아래에 쓰세요.',
  MISSING_CHAR: '있어야 할 글자가 빠졌습니다(항목 사이의 쉼표, 콜론 뒤의 공백, 닫는 따옴표나 괄호, 키 뒤의 값 등). 괄호 안의 원문이 어떤 글자인지 알려 줍니다.',
  MULTILINE_IMPLICIT_KEY: '키는 한 줄에 있어야 합니다. 키와 콜론(:)을 같은 줄에 쓰고, 값이 여러 줄이면 따옴표로 감싸거나 | 아래에 쓰세요.',
  MULTIPLE_ANCHORS: '값 하나에 앵커(&이름)는 하나만 붙일 수 있습니다.',
  MULTIPLE_DOCS: '이 파일에는 YAML 문서가 여러 개(--- 로 구분) 있습니다. CBO 파일은 문서 하나만 담습니다.',
  MULTIPLE_TAGS: '값 하나에 태그(!이름)는 하나만 붙일 수 있습니다.',
  NON_STRING_KEY: '키는 문자열이어야 합니다. 키를 따옴표로 감싸세요.',
  RESOURCE_EXHAUSTION: '별칭(*이름)을 너무 많이 펼쳐야 해서 읽기를 멈췄습니다. 별칭 대신 값을 풀어 쓰세요.',
  TAB_AS_INDENT: '들여쓰기에 탭을 쓸 수 없습니다. 탭 대신 공백으로 들여 쓰세요.',
  TAG_RESOLVE_FAILED: '태그(!이름)를 알 수 없거나, 값이 그 태그에 맞지 않습니다. CBO 파일에는 태그가 필요 없으니 지우세요.',
  UNEXPECTED_TOKEN: '이 자리에 올 수 없는 내용이 있습니다(값 뒤에 남은 글자, 짝이 없는 닫는 괄호 등). 지우거나, 글이라면 따옴표로 감싸세요.',
};

/** The Korean words alone for a problem of the parser, or undefined for a code the library did not have when this was written. */
export function koreanYamlWords(code: string): string | undefined {
  return (YAML_ERROR_KO as Readonly<Record<string, string | undefined>>)[code];
}

/** The Korean words for a problem of the parser, with the library's own after them; undefined for a code the library did not have when this was written. */
export function koreanYamlError(code: string, english: string): string | undefined {
  const words = koreanYamlWords(code);
  return words === undefined ? undefined : `${words} (원문: ${english})`;
}
