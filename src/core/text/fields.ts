// The fields beyond the outcome statement whose wording is judged by the same engine:
// targets, metric names, success criteria, value assumptions and notes, hypotheses and
// assumptions. Each comes with its name in both languages, so a message says where it looked
// ("In the target, "significantly" ...").
import type { Lang } from '../finding';
import type { Outcome, Text } from '../model';

export type WordingField = 'target' | 'metricName' | 'successFactor' | 'valueAssumption' | 'valueNote' | 'hypothesis' | 'assumption';

const NAMES: Record<WordingField, Record<Lang, string>> = {
  target: { en: 'target', ko: '목표' },
  metricName: { en: 'metric name', ko: '지표 이름' },
  successFactor: { en: 'success factor', ko: '성공 요인' },
  valueAssumption: { en: 'value assumption', ko: '가치 가정' },
  valueNote: { en: 'value note', ko: '가치 설명' },
  hypothesis: { en: 'hypothesis', ko: '가설' },
  assumption: { en: 'assumption', ko: '가정' },
};

export function fieldName(f: WordingField, lang: Lang): string {
  return NAMES[f][lang];
}

export interface FieldText {
  field: WordingField;
  text: Text;
}

export function wordingFields(o: Outcome): FieldText[] {
  const out: FieldText[] = [];
  const add = (field: WordingField, t: Text | undefined) => {
    if (t && t.value.trim()) out.push({ field, text: t });
  };
  const metrics = [o.metrics?.primary, ...(o.metrics?.secondary ?? [])];
  for (const m of metrics) {
    if (!m) continue;
    add('metricName', m.name);
    add('target', m.target?.raw);
  }
  for (const t of o.successFactors ?? []) add('successFactor', t);
  for (const i of o.value?.items ?? []) add('valueAssumption', i.assumption);
  for (const t of o.value?.notes ?? []) add('valueNote', t);
  add('hypothesis', o.hypothesis);
  for (const t of o.assumptions) add('assumption', t);
  return out;
}
