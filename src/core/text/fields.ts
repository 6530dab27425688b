// The fields beyond the outcome statement whose wording is judged by the same engine:
// targets, metric names, success criteria (success factors) and value assumptions. Each comes with its name in both languages, so a message says where it looked
// ("In the target, "significantly" ...").
import type { Lang } from '../finding';
import type { Outcome, Text } from '../model';

export type WordingField = 'target' | 'metricName' | 'successFactor' | 'valueAssumption';

const NAMES: Record<WordingField, Record<Lang, string>> = {
  target: { en: 'target', ko: '목표' },
  metricName: { en: 'metric name', ko: '지표 이름' },
  successFactor: { en: 'success factor', ko: '성공 요인' },
  valueAssumption: { en: 'value assumption', ko: '가치 가정' },
};

export function fieldName(f: WordingField, lang: Lang): string {
  return NAMES[f][lang];
}

export interface FieldText {
  field: WordingField;
  text: Text;
  /**
   * A value assumption whose item carries its own figure (amount, hours, probability): the
   * figure is the measure, so "Fewer markdowns on slow stock" says what it rests on, not a
   * direction left unmeasured.
   */
  figured?: boolean;
}

export function wordingFields(o: Outcome): FieldText[] {
  const out: FieldText[] = [];
  const add = (field: WordingField, t: Text | undefined, figured?: boolean) => {
    if (t && t.value.trim()) out.push(figured === undefined ? { field, text: t } : { field, text: t, figured });
  };
  const metrics = [o.metrics?.primary, ...(o.metrics?.secondary ?? [])];
  for (const m of metrics) {
    if (!m) continue;
    add('metricName', m.name);
    add('target', m.target?.raw);
  }
  for (const t of o.successFactors ?? []) add('successFactor', t);
  for (const i of o.value?.items ?? []) add('valueAssumption', i.assumption, [i.amount, i.hours, i.probability, i.impact].some((n) => typeof n?.value === 'number' && n.value !== 0));
  // Hypotheses, assumptions and value notes are prose that may rightly be loose; judging them
  // would cost every outcome time for findings reviewers did not ask for.
  return out;
}
