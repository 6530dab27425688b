// Every rule id the engine can report, with its metadata, for `cbo rules`, SARIF and docs.
import { BUILTIN_FINDINGS } from './builtin-findings';
import { RULES } from './index';
import { docsUrl, type RuleMeta } from './types';

export interface RuleInfo {
  id: string;
  name: string;
  scope: RuleMeta['scope'];
  defaultSeverity: RuleMeta['defaultSeverity'];
  description: string;
  docs: string;
}

export function ruleCatalog(lang: 'en' | 'ko' = 'en'): RuleInfo[] {
  return [...BUILTIN_FINDINGS, ...RULES].map((r) => ({
    id: r.id,
    name: r.name,
    scope: r.scope,
    defaultSeverity: r.defaultSeverity,
    description: r.description[lang],
    docs: docsUrl(r.id),
  }));
}
