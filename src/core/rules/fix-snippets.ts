// Snippets that quick fixes insert for missing pieces, in the outcome's own syntax
// (YAML block or flow mapping, or the Markdown template) and language.
// Snippet syntax is VS Code's: ${1:placeholder}, ${2|a,b|}.
import type { Fix } from '../finding';
import type { InsertPoint, Outcome } from '../model';
import { displayLabel, displaySection } from '../parse/markdown-labels';

export type Missing = 'primary' | 'metrics' | 'baseline' | 'target' | 'deadline';

export function writesKorean(o: Outcome): boolean {
  const sample = o.title?.value ?? o.strings[0]?.value ?? '';
  return /[가-힣]/.test(sample);
}

const YAML: Record<Missing, (ind: string) => string> = {
  metrics: (i) => `metrics:\n${i}  primary:\n${metricBody(i + '    ')}`,
  primary: (i) => `primary:\n${metricBody(i + '  ')}`,
  baseline: () => 'baseline: { value: ${1:0}, asOf: ${2:YYYY-MM-DD} }',
  target: () => 'target: { value: ${1:0}, by: ${2:YYYY-MM-DD} }',
  deadline: () => 'by: ${1:YYYY-MM-DD}',
};

function metricBody(i: string): string {
  return [
    `${i}name: \${1:what is counted}`,
    `${i}unit: "\${2:%}"`, // quoted: a bare % cannot start a YAML value
    `${i}direction: \${3|increase,decrease,maintain|}`,
    `${i}baseline: { value: \${4:0}, asOf: \${5:YYYY-MM-DD} }`,
    `${i}target: { value: \${6:0}, by: \${7:YYYY-MM-DD} }`,
  ].join('\n');
}

export function insertFix(o: Outcome, what: Missing, title: string): Fix | undefined {
  // Only 'metrics' (a whole new block) may fall back to the end of the outcome; any other
  // piece needs its own parent mapping, or the edit would land somewhere it does not belong.
  const at: InsertPoint | undefined = o.insertAt[what] ?? (what === 'metrics' ? o.insertAt.end : undefined);
  if (!at) return undefined;
  if (o.source === 'md-template') return { kind: 'insert', offset: at.offset, snippet: markdownSnippet(o, what), title };
  const body = YAML[what](at.indent);
  if (at.flow) {
    // `{ value: 80 }` grows to `{ value: 80, by: ... }`; multi-line blocks cannot go inside braces.
    if (what === 'metrics' || what === 'primary') return undefined;
    return { kind: 'insert', offset: at.offset, snippet: `, ${body}`, title };
  }
  return { kind: 'insert', offset: at.offset, snippet: `\n${at.indent}${body}`, title };
}

/** The Markdown bullets' default texts; also listed as prompts by ../snippets/prompts.ts. */
export const FIX_HINTS = {
  ko: { primary: '${1:측정할 지표}', baseline: '${1:현재 값} (${2:YYYY-MM-DD} 기준)', target: '${1:목표 값}', deadline: '${1:YYYY-MM-DD}까지' },
  en: { primary: '${1:what is counted}', baseline: '${1:value today} (as of ${2:YYYY-MM-DD})', target: '${1:value to reach}', deadline: 'by ${1:YYYY-MM-DD}' },
} as const;

/** Every snippet the quick fixes can insert, for the prompt list. */
export function fixSnippetTexts(): string[] {
  return [...Object.values(FIX_HINTS.en), ...Object.values(FIX_HINTS.ko), ...Object.values(YAML).map((f) => f(''))];
}

function markdownSnippet(o: Outcome, what: Missing): string {
  const lang = writesKorean(o) ? 'ko' : 'en';
  const bullet = (f: Parameters<typeof displayLabel>[0], hint: string) => `- **${displayLabel(f, lang)}**: ${hint}`;
  const hints = FIX_HINTS[lang];
  switch (what) {
    case 'metrics':
      return [
        '',
        '',
        `### ${displaySection('metrics', lang)}`,
        bullet('primary', hints.primary),
        bullet('baseline', hints.baseline.replace('${1:', '${2:').replace('${2:YYYY', '${3:YYYY')),
        bullet('target', hints.target.replace('${1:', '${4:')),
        bullet('timeline', hints.deadline.replace('${1:', '${5:')),
      ].join('\n');
    case 'primary':
      return '\n' + bullet('primary', hints.primary);
    case 'baseline':
      return '\n' + bullet('baseline', hints.baseline);
    case 'target':
      return '\n' + bullet('target', hints.target);
    case 'deadline':
      return '\n' + bullet('timeline', hints.deadline);
  }
}
