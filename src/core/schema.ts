// Schema findings in plain words, placed at the exact key or value. The validators are
// generated at build time (scripts/gen-validators.mjs); here we only run them and
// translate their errors, using the schema's own examples so every message shows a
// value that would be accepted.
import schemaJson from '../../schemas/cbo.schema.json';
import { validateFile, validateOutcome, type Validator, type ValidatorError } from './generated/validators.js';
import type { Lang, RawFinding } from './finding';
import type { Span } from './model';
import type { Located } from './parse/yaml-nodes';
import { excerpt } from './text/excerpt';
import { nearestWord } from './edit-distance';
import { josa } from './text/josa';
import { datedKey, exampleDates } from './guided-dates';
import { COUNT_TOO_LARGE_WHY, MAX_METRIC_MAGNITUDE, MAX_METRIC_TEXT, TOO_LARGE_WHY } from './metric-number';

export const SCHEMA_RULE_ID = 'schema';

type Json = Record<string, unknown>;
type Locator = (path: string[]) => Located;

/**
 * `named`: where the outcome sits, for the messages only ("outcomes[0]" in a file of several);
 * `item`: an outcome read alone out of a list, named "this outcome" rather than "the file";
 * `today` (YYYY-MM-DD) dates the examples of the date fields (datedExample).
 */
export function outcomeSchemaFindings(value: unknown, locate: Locator, lang: Lang, fallback: Span, named: string[] = [], item = false, today?: string): RawFinding[] {
  return run(validateOutcome, value, locate, lang, fallback, [], named, item, today);
}

/** The file level of a multi-outcome file: only its own keys, items are checked one by one. */
export function fileSchemaFindings(value: unknown, locate: Locator, lang: Lang, fallback: Span): RawFinding[] {
  // The items are validated one by one; the header and trailer of a split file are
  // checked as if they held the list, so only their own keys can be wrong here.
  // (A mapping or a scalar under `outcomes:` stays, so the schema says it must be a list.)
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const list = (value as Json).outcomes;
    if (list === undefined || list === null || Array.isArray(list)) value = { ...(value as Json), outcomes: [] };
  }
  return run(validateFile, value, locate, lang, fallback, []);
}

function run(v: Validator, value: unknown, locate: Locator, lang: Lang, fallback: Span, prefix: string[], named: string[] = [], item = false, today?: string): RawFinding[] {
  if (v(value)) return [];
  const errors = prune(v.errors ?? []);
  return errors.map((e) => {
    const path = [...prefix, ...pointer(e.instancePath)];
    const at = locate(path);
    const onKey = e.keyword === 'required' || e.keyword === 'additionalProperties';
    let span = (onKey ? at.key ?? at.value : at.value ?? at.key) ?? fallback;
    if (e.keyword === 'additionalProperties') {
      const extra = String(e.params.additionalProperty);
      span = locate([...path, extra]).key ?? span;
    }
    return { ruleId: SCHEMA_RULE_ID, message: capitalised(describe(e, [...named, ...path], lang, v === validateOutcome ? DEFS.outcome! : DEFS.file!, item, today)), span, data: { keyword: e.keyword } };
  });
}

/** Drops the branch errors under an anyOf/oneOf that already has its own summary error. */
function prune(errors: ValidatorError[]): ValidatorError[] {
  const unions = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').map((e) => e.instancePath);
  const seen = new Set<string>();
  return errors.filter((e) => {
    if (e.keyword !== 'anyOf' && e.keyword !== 'oneOf' && unions.some((p) => e.instancePath === p || e.instancePath.startsWith(p + '/'))) return false;
    const k = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function pointer(p: string): string[] {
  return p === '' ? [] : p.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `target.value`, `items[2].amount`: the last two named steps, enough to find it. */
export function shortPath(path: string[]): string {
  let out = '';
  let named = 0;
  for (let i = path.length - 1; i >= 0; i--) {
    const seg = path[i]!;
    if (/^\d+$/.test(seg)) out = `[${seg}]` + (out && !out.startsWith('[') ? '.' : '') + out;
    else {
      out = seg + (out && !out.startsWith('[') ? '.' : '') + out;
      if (++named === 2) break;
    }
  }
  return out || '(document)';
}

/** "the file must be …" starts a sentence. */
const capitalised = (m: string) => m.charAt(0).toUpperCase() + m.slice(1);

const DEFS = (schemaJson as unknown as { definitions: Record<string, Json> }).definitions;

/**
 * The schema node an error's schemaPath names. Ajv writes it from the root of the validator
 * that failed (validateOutcome is compiled from definitions/outcome), except inside a $ref,
 * where it is written from the document root ("#/definitions/metric/...").
 */
function subschema(schemaPath: string, base: Json): Json | undefined {
  const fromRoot = schemaPath.startsWith('#/definitions/');
  const segs = schemaPath.replace(/^#\/?/, '').split('/');
  segs.pop(); // the failing keyword itself
  let node: unknown = fromRoot ? schemaJson : base;
  for (const s of segs) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Json)[s];
  }
  return node && typeof node === 'object' ? (node as Json) : undefined;
}

/**
 * The example a message shows for `field`: a date field's from today; without today (a parse
 * with no day given) none, rather than a fixed day that will be wrong; else the schema's own.
 */
function example(s: Json | undefined, field?: string, today?: string): string | undefined {
  // A date field's example is dated from today (guided-dates.ts says why).
  const dated = field === undefined ? undefined : datedKey(field);
  if (dated && typeof s?.pattern === 'string' && s.pattern.includes('\\d{4}')) return today === undefined ? undefined : exampleDates(today)[dated];
  const ex = s?.examples;
  if (!Array.isArray(ex) || ex.length === 0) return undefined;
  const v = ex[0];
  return typeof v === 'object' ? undefined : String(v);
}

function describe(e: ValidatorError, path: string[], lang: Lang, base: Json, item: boolean, today?: string): string {
  const ko = lang === 'ko';
  // Keys are the document's: a pasted key of megabytes is quoted in part (text/excerpt.ts).
  const where = path.length ? `\`${excerpt(shortPath(path))}\`` : item ? (ko ? '이 성과' : 'this outcome') : ko ? '파일' : 'the file';
  const s = subschema(e.schemaPath, base);
  const eg = example(s, path[path.length - 1], today);
  const egText = eg === undefined ? '' : ko ? ` (예: ${eg})` : `, e.g. ${eg}`;
  const p = e.params;
  switch (e.keyword) {
    case 'type': {
      const t = String(p.type);
      const en: Record<string, string> = { number: 'a number', string: 'text', object: 'a mapping of keys', array: 'a list', boolean: 'true or false', integer: 'a whole number' };
      const k: Record<string, string> = { number: '숫자', string: '텍스트', object: '키-값 매핑', array: '목록', boolean: 'true 또는 false', integer: '정수' };
      return ko ? `${where}${josa(where, '은')} ${k[t] ?? t}여야 합니다${egText}.` : `${where} must be ${en[t] ?? t}${egText}.`;
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      return ko ? `${where}${josa(where, '은')} 다음 중 하나여야 합니다: ${allowed.join(', ')}.` : `${where} must be one of: ${allowed.join(', ')}.`;
    }
    case 'const':
      return ko ? `${where}${josa(where, '은')} ${String(p.allowedValue)}이어야 합니다.` : `${where} must be ${String(p.allowedValue)}.`;
    case 'required': {
      const missing = String(p.missingProperty);
      const props = s?.properties as Json | undefined;
      const mEg = example(props?.[missing] as Json | undefined, missing, today);
      const tail = mEg === undefined ? '' : ko ? ` (예: ${missing}: ${mEg})` : `, e.g. ${missing}: ${mEg}`;
      return ko ? `${where}에 \`${missing}\`${josa(missing, '이')} 필요합니다${tail}.` : `${where} needs \`${missing}\`${tail}.`;
    }
    case 'additionalProperties': {
      const extra = String(p.additionalProperty);
      const said = excerpt(extra);
      const known = Object.keys((s?.properties as Json | undefined) ?? {});
      // At the top of a file the one-outcome form is checked, but `outcomes:` is also allowed
      // there: "outcomes2" means `outcomes`, not `outcome`.
      if (!path.length && !item) known.push('outcomes');
      const near = closest(extra, known);
      const hint = near ? (ko ? ` \`${near}\`${josa(near, '을')} 뜻했나요?` : ` Did you mean \`${near}\`?`) : '';
      return ko
        ? `\`${said}\`${josa(said, '은')} ${where}에 없는 항목입니다.${hint} 직접 추가하는 항목은 \`x-\`로 시작하세요.`
        : `\`${said}\` is not a field of ${where}.${hint} Fields of your own start with \`x-\`.`;
    }
    case 'pattern':
      if (String(p.pattern).includes('\\d{4}')) return ko ? `${where}${josa(where, '은')} YYYY-MM-DD 형식의 날짜여야 합니다${egText}.` : `${where} must be a date written YYYY-MM-DD${egText}.`;
      if (String(p.pattern).includes('A-Z')) return ko ? `${where}${josa(where, '은')} ISO 4217 통화 코드여야 합니다${egText}.` : `${where} must be an ISO 4217 currency code${egText}.`;
      return ko ? `${where}의 형식이 맞지 않습니다${egText}.` : `${where} is not in the expected form${egText}.`;
    case 'minimum':
    case 'maximum':
      // A count (users, a volume) past 2^53 - 1: no negative one, so its bounds are 0 and that.
      if (Math.abs(Number(p.limit)) === MAX_METRIC_MAGNITUDE && s?.minimum === 0) return ko ? `${where}${josa(where, '은')} 0에서 ${MAX_METRIC_TEXT} 사이여야 합니다${egText}. ${COUNT_TOO_LARGE_WHY.ko}.` : `${where} must be between 0 and ${MAX_METRIC_TEXT}${egText}: ${COUNT_TOO_LARGE_WHY.en}.`;
      // A metric's number past ±(2^53 - 1), which a double does not hold exactly.
      if (Math.abs(Number(p.limit)) === MAX_METRIC_MAGNITUDE) return ko ? `${where}${josa(where, '은')} -${MAX_METRIC_TEXT}에서 ${MAX_METRIC_TEXT} 사이여야 합니다${egText}. ${TOO_LARGE_WHY.ko}.` : `${where} must be between -${MAX_METRIC_TEXT} and ${MAX_METRIC_TEXT}${egText}: ${TOO_LARGE_WHY.en}.`;
      if (e.keyword === 'maximum') return ko ? `${where}${josa(where, '은')} ${String(p.limit)} 이하여야 합니다${egText}.` : `${where} must be at most ${String(p.limit)}${egText}.`;
      return ko ? `${where}${josa(where, '은')} ${String(p.limit)} 이상이어야 합니다${egText}.` : `${where} must be at least ${String(p.limit)}${egText}.`;
    case 'minLength':
      return ko ? `${where}${josa(where, '은')} 비어 있으면 안 됩니다${egText}.` : `${where} must not be empty${egText}.`;
    case 'anyOf':
    case 'oneOf':
      return ko ? `${where}의 형태가 맞지 않습니다. 지표 이름(텍스트) 또는 name, unit, direction, baseline, target을 가진 지표를 쓰세요.` : `${where} has the wrong shape: write a metric name, or a metric with name, unit, direction, baseline and target.`;
    default:
      return ko ? `${where}: 스키마와 맞지 않습니다 (${e.keyword}).` : `${where} does not match the schema (${e.keyword}).`;
  }
}

/**
 * The known name nearest to a misspelt key, if it is near enough to be a typo: two edits, or a
 * third of a long key's letters; of two as near, the one the schema lists first.
 */
export function closest(word: string, candidates: string[]): string | undefined {
  return nearestWord(word, candidates, Math.max(2, Math.floor(word.length / 3)), 'first');
}
