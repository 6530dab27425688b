// Hover over the protocol: the schema's explanation of a YAML key, or of a Markdown template
// label, heading or section; the same text the extension shows.
import type { Hover, Position } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { FIELD_SCHEMA_PATH } from '../core/field-paths';
import type { Lang } from '../core/finding';
import { CBO_HEADING, fieldOf, sectionOf } from '../core/parse/markdown-labels';
import { fieldInfo, type FieldInfo } from '../core/schema-info';
import { escapeMarkdown } from '../core/view/escape';
import { yamlCursorAt } from '../core/yaml-context';
import { hoverExample } from '../core/yaml-example';
import { t } from './text';

/** `today` (YYYY-MM-DD) dates the schema's examples (`by`, `asOf`, `date`), as the server's messages are dated. */
export function hoverAt(doc: TextDocument, pos: Position, kind: 'yaml' | 'markdown', lang: Lang, today: string): Hover | null {
  const line = lineText(doc, pos.line);
  if (kind === 'yaml') {
    const m = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*)(\s*):/.exec(line);
    if (!m) return null;
    const start = m[1]!.length;
    const end = start + m[2]!.length;
    if (pos.character < start || pos.character > end) return null;
    const cursor = yamlCursorAt(doc.getText(), doc.offsetAt({ line: pos.line, character: start }));
    if (!cursor) return null;
    const path = cursor.path.length === 0 && m[2] === 'outcomes' ? [] : [...cursor.path, m[2]!];
    const info = path.length ? fieldInfo(path, today) : undefined;
    if (!info?.description) return null;
    return { contents: { kind: 'markdown', value: describe(m[2]!, info, lang) }, range: { start: { line: pos.line, character: start }, end: { line: pos.line, character: end } } };
  }
  const heading = /^#{1,6}\s+(.*)$/.exec(line);
  if (heading) {
    if (CBO_HEADING.test(heading[1]!)) return markdown(t(lang, '**Customer Business Outcome.** The title is the outcome itself: whose behaviour changes and how, e.g. "Returning customers finish checkout without calling support". A deliverable ("Build a portal") is an output, not an outcome.'));
    const section = sectionOf(heading[1]!);
    return section ? markdown(sectionText(lang)[section] ?? '') : null;
  }
  const label = /^\s*[-*+]\s+(?:\*\*|__)([^*_]+?)(?:\*\*|__)/.exec(line);
  if (!label) return null;
  const field = fieldOf(label[1]!);
  const path = field && FIELD_SCHEMA_PATH[field];
  const info = path && fieldInfo(path, today);
  if (!info?.description) return null;
  const key = label[1]!.replace(/[:：]$/, '');
  return markdown(describe(key, info, lang, hoverExample(key, info.example, 'plan')));
}

const markdown = (value: string): Hover | null => (value ? { contents: { kind: 'markdown', value } } : null);

/** `example`: null for none; left out, the schema's example as a CBO YAML file writes it. */
function describe(key: string, info: FieldInfo, lang: Lang, example = hoverExample(key, info.example, 'yaml')): string {
  let md = `**${escapeMarkdown(key)}**: ${escapeMarkdown(info.description ?? '')}`;
  if (info.enum) md += '\n\n' + t(lang, 'One of: {0}', info.enum.map((v) => `\`${v}\``).join(', '));
  if (example) md += '\n\n' + t(lang, 'Example:') + `\n\`\`\`${example.language}\n${example.text}\n\`\`\``;
  return md;
}

function sectionText(lang: Lang): Record<string, string> {
  return {
    context: t(lang, '**Business Context**: the problem today, why it matters to the strategy, and who is affected.'),
    metrics: t(lang, '**Success Metrics**: one primary metric with a measured baseline, a target and a deadline; secondary metrics support it.'),
    value: t(lang, '**Value Proposition**: financial, operational and strategic impact, and the risks the outcome reduces.'),
    dependencies: t(lang, '**Dependencies and Assumptions**: what the outcome needs from others, what must stay true, and what could stop it.'),
    workshop: t(lang, '**Discovery workshop**: current state, future state, barriers, solutions, and the outcome with its metric.'),
    outcome: t(lang, "**Outcome**: the change in someone's behaviour that drives the business result."),
  };
}

export function lineText(doc: TextDocument, line: number): string {
  return doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
}
