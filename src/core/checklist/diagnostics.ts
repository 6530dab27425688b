// Missing checklist items as findings, on plans that opted in (front matter
// `cbo-checklists: [cbo-process, delivery]`, or the host's/CLI's plan globs), so reviewers
// see them inline and in CI like any other rule.
import { koreanYamlWords } from '../parse/yaml-error-words';
import type { ResolvedConfig } from '../config';
import type { Lang, RawFinding } from '../finding';
import type { Outcome } from '../model';
import { UNREAD_RULE_ID } from '../parse/markdown-say';
import { checkPlan, knownChecklists } from './check-plan';
import { excerpt } from '../text/excerpt';
import { readFrontMatter } from './outline';
import type { Checklist } from './types';

export const CHECKLIST_RULE_ID = 'checklist-missing';

/** Cheap look at the top of the file before any parsing. */
export function optsIn(text: string): boolean {
  return text.startsWith('---') && /^cbo-checklists\s*:/m.test(text.slice(0, 4000));
}

/**
 * `forced`: the checklists of a plan the host's `checklists.plans` globs name (the editor's
 * `checklists.enabled`, else the config's); an empty list opts the plan in with the default
 * checklists, undefined leaves it to its front matter. The plan's own `cbo-checklists:` wins,
 * as it does for `cbo plan` (choose.ts). `outcomes`: the plan's, as the lint read them (checkPlan).
 */
export function checklistFindings(text: string, config: ResolvedConfig, forced: string[] | undefined, extra: Checklist[] = [], outcomes?: Outcome[]): RawFinding[] {
  const fromFile = optsIn(text);
  if (!fromFile && forced === undefined) return [];
  const first = checkPlan(text, { config, extra, ...(forced?.length ? { configured: forced } : {}), ...(outcomes ? { outcomes } : {}) });
  const wanted = first.checklists;
  const lineStart = fromFile ? lineOffset(text, first.optedIn.length ? keyLine(text) : 0) : 0;
  const lineEnd = text.indexOf('\n', lineStart);
  const span = { start: lineStart, end: lineEnd < 0 ? text.length : lineEnd };
  const ko = config.lang === 'ko';
  const out: RawFinding[] = [];
  for (const c of wanted) {
    for (const item of c.items) {
      if (item.status !== 'missing' || !item.required) continue;
      // The hint says what the section should hold, which tells more than "add a section"
      // (the quick fix adds it): it takes that sentence's place, so the message stays two.
      const pct = Math.round(c.coverage * 100);
      // A team checklist's titles are its author's text: quoted in part (text/excerpt.ts).
      const list = excerpt(c.title);
      const title = excerpt(item.title);
      const missing = ko ? `${list}: "${title}" 항목이 계획에 없습니다 (전체 ${pct}% 충족).` : `${list}: the plan has nothing on "${title}" (checklist ${pct}% covered).`;
      out.push({
        ruleId: CHECKLIST_RULE_ID,
        message: `${missing} ${item.hint ?? (ko ? '해당 섹션을 추가하세요.' : 'Add a section for it.')}`,
        span,
        fix: { kind: 'insert', offset: item.insert.offset, snippet: item.insert.snippet, title: ko ? `"${title}" 섹션 추가` : `Insert a "${title}" section` },
        data: { checklist: c.id, item: item.id },
      });
    }
  }
  return out;
}

/** Which checklists a plan whose front matter chose none is checked against, as the messages that say so write it. */
const ELSEWHERE = {
  en: "chosen elsewhere (the editor's, .cborc.yaml's or the default)",
  ko: '다른 곳(편집기 설정, .cborc.yaml, 기본값)에서 고른 체크리스트로 검사합니다',
};

/**
 * What the plan's front matter says and its reader leaves out, as unread-value says of its CBO
 * lines (`.cborc.yaml`'s own unknown ids are config findings): each id of `cbo-checklists:` that
 * names no checklist ("cbo-proces"), at the id, which chose nothing; and a front matter that is
 * not valid YAML, at the line the parser names, which chooses nothing either (it was read as
 * every checklist). With no id it knows, the plan is checked against the checklists chosen
 * elsewhere (the editor's, `.cborc.yaml`'s or the default), which was done in silence.
 */
export function frontMatterFindings(text: string, extra: Checklist[], lang: Lang): RawFinding[] {
  if (!optsIn(text)) return [];
  const fm = readFrontMatter(text)?.frontMatter;
  if (!fm?.line) return [];
  if (fm.problem) {
    // In Korean, our words for the parser's problem (yaml-syntax's, whole: they are ours and short),
    // else the parser's own English, cut.
    const { message, code } = fm.problem;
    const why = (lang === 'ko' && code ? koreanYamlWords(code) : undefined) ?? excerpt(message);
    return [{
      ruleId: UNREAD_RULE_ID,
      span: fm.problem.span,
      message: lang === 'ko'
        ? `이 앞부분(front matter)은 올바른 YAML이 아니므로(${why}) cbo-checklists:를 읽지 않습니다. 계획은 ${ELSEWHERE.ko}. --- 줄 사이의 YAML을 고치세요.`
        : `This front matter is not valid YAML (${why}), so its cbo-checklists: is not read, and the plan is checked against the checklists ${ELSEWHERE.en}. Fix the YAML between the --- lines.`,
    }];
  }
  const known = knownChecklists(extra).map((c) => c.id);
  const unknown = fm.checklists.filter((id) => id !== '*' && !known.includes(id));
  if (!unknown.length) return [];
  const none = unknown.length === fm.checklists.length;
  const from = lineOffset(text, fm.line);
  const end = lineOffset(text, fm.endLine);
  const keyEnd = text.indexOf('\n', from);
  const list = known.join(', ');
  return unknown.map((id) => {
    const at = text.slice(0, end).indexOf(id, from + 'cbo-checklists'.length);
    const span = at >= 0 ? { start: at, end: at + id.length } : { start: from, end: keyEnd < 0 ? text.length : keyEnd };
    const said = excerpt(id);
    return {
      ruleId: UNREAD_RULE_ID,
      span,
      message: lang === 'ko'
        ? `cbo-checklists:에 적은 "${said}" 체크리스트는 없으므로(있는 것: ${list}) 이 항목은 읽지 않습니다.${none ? ` 아는 체크리스트가 하나도 없어 ${ELSEWHERE.ko}.` : ''}`
        : `cbo-checklists: names "${said}", which is no checklist (known: ${list}), so it is not read.${none ? ` With no checklist it knows, the plan is checked against the ones ${ELSEWHERE.en}.` : ''}`,
    };
  });
}

function keyLine(text: string): number {
  return text.split('\n', 200).findIndex((l) => l.startsWith('cbo-checklists'));
}

function lineOffset(text: string, line: number): number {
  let off = 0;
  for (let i = 0; i < line && off >= 0; i++) off = text.indexOf('\n', off) + 1;
  return Math.max(0, off);
}
