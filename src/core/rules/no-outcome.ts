// A CBO file that parses but holds no outcome: empty, only comments, `outcomes: []`, or a
// document with neither a title, a behaviour nor a metric. Every other rule judges an outcome,
// so such a file passes `cbo check` silently. This rule says so, once, at the start of the file.
// It looks at the whole file, not one outcome, so it is not a `Rule` of ./index.ts: lint.ts
// calls it after the file's outcomes are read (as it does checklist findings), and its metadata
// is listed with the engine's own findings (./builtin-findings.ts). Off by default: a team that
// wants empty CBO files reported switches it on in `.cborc.yaml` (`no-outcome: info`).
import type { Lang, RawFinding } from '../finding';
import type { Outcome } from '../model';
import { YAML_SNIPPETS } from '../snippets/source';
import type { RuleMeta } from './types';

export const NO_OUTCOME_RULE_ID = 'no-outcome';

export const meta: RuleMeta = {
  id: NO_OUTCOME_RULE_ID,
  name: 'No outcome in the file',
  scope: 'structure',
  defaultSeverity: 'off',
  description: {
    en: 'A CBO file holds at least one outcome (a title, a behaviour or a metric); off unless switched on.',
    ko: 'CBO 파일에는 성과(제목, 행동 변화 또는 지표)가 하나 이상 있어야 합니다. 켜야만 검사합니다.',
  },
};

const filled = (t: { value: string } | undefined): boolean => t !== undefined && t.value.trim() !== '';

/** True when an outcome has nothing that makes it one: no title, no behaviour, no metric. */
export function isHollow(o: Outcome): boolean {
  const m = o.metrics;
  return !filled(o.title) && !filled(o.behavior) && !m?.primary && !(m?.secondary.length ?? 0);
}

/** Nothing but blank lines, comments and document markers: the template can go in whole. */
function blank(text: string): boolean {
  return text.split('\n').every((line) => /^\s*(#.*|---\s*|\.\.\.\s*)?$/.test(line));
}

/**
 * The finding for a YAML file that parsed and holds no outcome, or only hollow ones. The caller
 * has already checked that the rule is on and that the file parsed. A file with nothing in it
 * but comments gets the outcome template as its fix; anything else is left to the author.
 */
export function noOutcomeFinding(text: string, lang: Lang): RawFinding {
  const ko = lang === 'ko';
  const nl = text.indexOf('\n');
  const span = { start: 0, end: nl < 0 ? Math.min(text.length, 200) : Math.min(nl, 200) };
  const finding: RawFinding = {
    ruleId: NO_OUTCOME_RULE_ID,
    message: ko
      ? '이 CBO 파일에는 성과가 없습니다. 제목(title), 행동 변화(outcome.behavior), 핵심 지표(metrics.primary)를 갖춘 성과를 적거나, 여러 개라면 outcomes: 아래에 나열하세요.'
      : 'This CBO file holds no outcome: write one with a title, the behaviour that changes (outcome.behavior) and a primary metric, or list several under outcomes:.',
    span,
    // About the whole file: a "disable for this line" comment could not silence it (it would
    // sit on the finding's own first line), so the editor offers only "for this file".
    data: { scope: 'file' },
  };
  if (!blank(text)) return finding;
  const snippet = YAML_SNIPPETS[ko ? 'CBO outcome (Korean)' : 'CBO outcome'];
  if (!snippet) return finding;
  const lead = text === '' || text.endsWith('\n') ? '' : '\n';
  return {
    ...finding,
    fix: { kind: 'insert', offset: text.length, snippet: lead + snippet.body.join('\n'), title: ko ? 'CBO 성과 템플릿 넣기' : 'Insert a CBO outcome template' },
  };
}
