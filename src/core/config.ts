// Configuration as the engine sees it: already read and merged by the host or the CLI
// (which own the file system). `.cborc.yaml` text is parsed and validated here so both
// read it the same way.
import { parseDocument } from 'yaml';
import type { Lang, RawFinding, Severity, SeverityOrOff } from './finding';
import { validateConfig } from './generated/validators.js';
import type { Checklist } from './checklist/types';
import { extendVocabulary, type Vocabulary, type VocabularyList } from './vocab';

export type RuleSetting = SeverityOrOff | [SeverityOrOff] | [SeverityOrOff, Record<string, unknown>];

export interface CboConfig {
  rules?: Record<string, RuleSetting>;
  vocabulary?: Partial<Record<VocabularyList | 'allow', string[]>>;
  ignore?: string[];
  lang?: Lang;
  maxFileBytes?: number;
  checklists?: string[];
}

export interface ResolvedConfig {
  lang: Lang;
  today: string;
  vocab: Vocabulary;
  maxFileBytes: number;
  /** Words the user allowed: findings whose `data.word` is one of them are dropped. */
  allow: Set<string>;
  severity(ruleId: string, fallback: Severity): SeverityOrOff;
  options(ruleId: string): Record<string, unknown>;
  /** Checklists whose missing items become findings on every Markdown plan linted with this config. */
  planChecklists?: string[];
  /** Team checklists (already read by the host or CLI) beside the built-in ones. */
  extraChecklists?: Checklist[];
  /** Changes whenever anything that affects findings changes (cache key). */
  fingerprint: string;
}

export const DEFAULT_MAX_FILE_BYTES = 8_000_000;

export function resolveConfig(
  config: CboConfig = {},
  env: { today: string; lang?: Lang; planChecklists?: string[]; extraChecklists?: Checklist[] },
): ResolvedConfig {
  const rules = config.rules ?? {};
  const lang = config.lang ?? env.lang ?? 'en';
  const setting = (id: string) => rules[id];
  return {
    lang,
    today: env.today,
    vocab: extendVocabulary(config.vocabulary),
    maxFileBytes: config.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    allow: new Set((config.vocabulary?.allow ?? []).map((w) => w.toLowerCase())),
    severity(id, fallback) {
      const s = setting(id);
      if (s === undefined) return fallback;
      return Array.isArray(s) ? s[0] : s;
    },
    options(id) {
      const s = setting(id);
      return Array.isArray(s) && s[1] ? s[1] : {};
    },
    ...(env.planChecklists ? { planChecklists: env.planChecklists } : {}),
    ...(env.extraChecklists ? { extraChecklists: env.extraChecklists } : {}),
    fingerprint: JSON.stringify([lang, env.today, config.rules ?? null, config.vocabulary ?? null, config.maxFileBytes ?? null, env.planChecklists ?? null, (env.extraChecklists ?? []).map((c) => c.id)]),
  };
}

/** Parses `.cborc.yaml` text; problems come back as findings against that file. */
export function parseConfigText(text: string, lang: Lang = 'en'): { config: CboConfig; findings: RawFinding[] } {
  const doc = parseDocument(text, { prettyErrors: false });
  const findings: RawFinding[] = doc.errors.map((e) => ({
    ruleId: 'config',
    message: (lang === 'ko' ? '설정 파일 구문 오류: ' : 'Config syntax error: ') + e.message.split('\n')[0],
    span: { start: e.pos[0], end: e.pos[1] },
  }));
  if (findings.length) return { config: {}, findings };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 10 }) ?? {};
  } catch (e) {
    return { config: {}, findings: [{ ruleId: 'config', message: String(e), span: { start: 0, end: 0 } }] };
  }
  if (!validateConfig(value)) {
    const errs = (validateConfig.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '(top)'} ${e.message ?? e.keyword}`);
    return {
      config: {},
      findings: [{ ruleId: 'config', message: (lang === 'ko' ? '설정 파일이 스키마와 맞지 않습니다: ' : 'Config does not match its schema: ') + errs.join('; '), span: { start: 0, end: Math.min(text.length, 1) } }],
    };
  }
  return { config: value as CboConfig, findings: [] };
}
