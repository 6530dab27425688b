// Which checklists a plan is checked against. Most plans are a team's own: the CBO process
// checklist applies to every plan, while the delivery framework (PESA, OQR, CSAT) and workshop
// readiness are for a consultancy's engagement and its workshop, and failed an internal plan at
// 0 %. So, as linters do, a sensible default and more by choice: the first of these that names
// a checklist we know decides.
//   --checklist (an API caller's `only`)   option
//   the plan's `cbo-checklists:`          front-matter (`true`, `[]` or `*`: all; a front
//                                         matter that is not valid YAML chooses nothing)
//   the editor's cbo.checklists.enabled   settings
//   .cborc.yaml's `checklists:` ids       config
//   otherwise                             default: cbo-process, any checklist whose subject a
//                                         heading of the plan names, and the team checklists
//                                         the config names
import type { Lang } from '../finding';
import { normalise, phraseMatcher } from './normalise';
import type { Outline } from './outline';
import type { Checklist, ChecklistChoice, ChosenBy } from './types';

/** The checklist every plan is checked against unless something else is chosen. */
export const DEFAULT_CHECKLIST = 'cbo-process';

export interface ChoiceInputs {
  only?: string[];
  settings?: string[];
  configured?: string[];
  /** Team checklists: under the default they run too (the config named them). */
  extra?: Checklist[];
}

export function chooseChecklists(outline: Outline, known: Checklist[], inputs: ChoiceInputs, lang: Lang): ChecklistChoice {
  const fm = outline.frontMatter;
  // The key with no list (`cbo-checklists:`) or `true` is every checklist, as for checklist-missing.
  // A front matter that cannot be read says nothing (unread-value says so): an empty list there
  // read as every checklist, in silence.
  const fromPlan = fm && fm.line > 0 && !fm.problem ? (fm.checklists.length ? fm.checklists : ['*']) : undefined;
  const levels: [ChosenBy, string[] | undefined][] = [['option', inputs.only], ['front-matter', fromPlan], ['settings', inputs.settings], ['config', inputs.configured]];
  for (const [by, ids] of levels) {
    if (!ids?.length) continue;
    const all = ids.includes('*');
    const chosen = known.filter((c) => all || ids.includes(c.id));
    // Ids that name no checklist (a typo, which the config's own finding names) choose nothing:
    // the next level decides, so a plan is never checked against nothing.
    if (chosen.length) return choice(by, chosen, [], known, lang);
  }
  const team = new Set((inputs.extra ?? []).map((c) => c.id));
  const addressed: ChecklistChoice['addressed'] = [];
  const chosen = known.filter((c) => {
    if (c.id === DEFAULT_CHECKLIST || team.has(c.id)) return true;
    const h = subjectHeading(outline, c);
    if (h) addressed.push({ id: c.id, line: h.line + 1, heading: h.text });
    return h !== undefined;
  });
  return choice('default', chosen, addressed, known, lang);
}

function choice(by: ChosenBy, chosen: Checklist[], addressed: ChecklistChoice['addressed'], known: Checklist[], lang: Lang): ChecklistChoice {
  const ids = chosen.map((c) => c.id);
  const others = known.filter((c) => !ids.includes(c.id)).map((c) => ({ id: c.id, title: c.title[lang] }));
  return { by, ids, addressed, others };
}

/** The first heading of the plan that names the checklist's subject ("Discovery Workshop", "워크숍 준비"). */
function subjectHeading(outline: Outline, c: Checklist): { line: number; text: string } | undefined {
  if (!c.subject?.length) return undefined;
  const tests = c.subject.map(phraseMatcher);
  return outline.headings.find((h) => {
    const t = normalise(h.text);
    return tests.some((m) => m(t));
  });
}
