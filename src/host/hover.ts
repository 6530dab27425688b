// Hovers that explain the framework where the user writes it: YAML keys (from the schema's
// descriptions and examples) and the Markdown template's headings and labels. None on a file a
// `.cborc.yaml` `ignore:` leaves out.
import * as vscode from 'vscode';
import type { StatementParts } from '../core/api';
import { getEngine } from './engine-loader';
import { escapeMarkdown } from './markdownText';
import type { Settings } from './settings';
import { hoverExample } from '../core/yaml-example';

export class CboHover implements vscode.HoverProvider {
  constructor(private readonly settings: Settings) {}

  async provideHover(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Hover | undefined> {
    if (!this.settings.applies(doc)) return undefined;
    // A title's hover judges it (the parts and the verdict): on a file `.cborc.yaml` ignores, as
    // ESLint's extension on one its ignore file names, nothing is judged, so there is no hover.
    if (await this.settings.ignoredBy(doc.uri)) return undefined;
    return doc.languageId === 'markdown' ? this.markdown(doc, pos) : this.yaml(doc, pos);
  }

  private yaml(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    const line = doc.lineAt(pos.line).text;
    const m = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*)(\s*):/.exec(line);
    if (!m) return undefined;
    const start = m[1]!.length;
    const end = start + m[2]!.length;
    if (pos.character < start || pos.character > end) return undefined;
    const e = getEngine();
    const cursor = e.yamlCursorAt(doc.getText(), doc.offsetAt(new vscode.Position(pos.line, start)));
    if (!cursor) return undefined;
    const path = cursor.path.length === 0 && m[2] === 'outcomes' ? [] : [...cursor.path, m[2]!];
    const info = path.length ? e.fieldInfo(path, this.settings.today()) : undefined;
    if (!info?.description) return undefined;
    const md = describe(m[2]!, info);
    // The outcome statement: show what the judge found in it.
    const title = m[2] === 'title' ? line.slice(m[0].length).replace(/\s#.*$/, '').trim().replace(/^(['"])(.*)\1$/, '$2') : '';
    if (title) md.appendMarkdown('\n\n' + partsText(e.statementParts(title)));
    return new vscode.Hover(md, new vscode.Range(pos.line, start, pos.line, end));
  }

  private markdown(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    const line = doc.lineAt(pos.line).text;
    const e = getEngine();
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      if (e.CBO_HEADING.test(heading[1]!)) {
        const md = new vscode.MarkdownString(
          vscode.l10n.t('**Customer Business Outcome.** The title is the outcome itself: whose behaviour changes and how, e.g. "Returning customers finish checkout without calling support". A deliverable ("Build a portal") is an output, not an outcome.'),
        );
        const title = (e.CBO_HEADING.exec(heading[1]!)?.[1] ?? '').trim();
        if (title) md.appendMarkdown('\n\n' + partsText(e.statementParts(title)));
        return new vscode.Hover(md);
      }
      const section = e.sectionOf(heading[1]!);
      if (section) return new vscode.Hover(new vscode.MarkdownString(SECTION_TEXT()[section]));
      return undefined;
    }
    const label = /^\s*[-*+]\s+(?:\*\*|__)([^*_]+?)(?:\*\*|__)/.exec(line);
    if (!label) return undefined;
    const field = e.fieldOf(label[1]!);
    const path = field && e.FIELD_SCHEMA_PATH[field];
    const info = path && e.fieldInfo(path, this.settings.today());
    if (!info?.description) return undefined;
    const key = label[1]!.replace(/[:：]$/, '');
    return new vscode.Hover(describe(key, info, hoverExample(key, info.example, 'plan')));
  }
}

/** `example`: null for none; left out, the schema's example as YAML. */
function describe(key: string, info: { description?: string; example?: string; enum?: string[] }, example = hoverExample(key, info.example, 'yaml')): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**${escapeMarkdown(key)}**: ${escapeMarkdown(info.description ?? '')}`);
  if (info.enum) md.appendMarkdown('\n\n' + vscode.l10n.t('One of: {0}', info.enum.map((v) => `\`${v}\``).join(', ')));
  if (example) {
    md.appendMarkdown('\n\n' + vscode.l10n.t('Example:') + ' ');
    md.appendCodeblock(example.text, example.language);
  }
  return md;
}

/** "Parts found: actor customers · behaviour finish · measure 62% · deadline June 2027" and the verdict. */
function partsText(p: StatementParts): string {
  const none = vscode.l10n.t('not found');
  const show = (v: string | undefined) => (v ? `*${escapeMarkdown(v)}*` : none);
  const verdict = { outcome: vscode.l10n.t('an outcome'), output: vscode.l10n.t('an output (something delivered)'), unmeasured: vscode.l10n.t('an unmeasured aspiration') }[p.verdict];
  return [
    vscode.l10n.t('**Parts found in the title** (judged {0}):', verdict),
    `- ${vscode.l10n.t('actor')}: ${show(p.actor)}`,
    `- ${vscode.l10n.t('behaviour')}: ${show(p.behaviour)}`,
    `- ${vscode.l10n.t('measure')}: ${show(p.measure)}`,
    `- ${vscode.l10n.t('deadline')}: ${show(p.deadline)}`,
  ].join('\n');
}

function SECTION_TEXT(): Record<string, string> {
  return {
    context: vscode.l10n.t('**Business Context**: the problem today, why it matters to the strategy, and who is affected.'),
    metrics: vscode.l10n.t('**Success Metrics**: one primary metric with a measured baseline, a target and a deadline; secondary metrics support it.'),
    value: vscode.l10n.t('**Value Proposition**: financial, operational and strategic impact, and the risks the outcome reduces.'),
    dependencies: vscode.l10n.t('**Dependencies and Assumptions**: what the outcome needs from others, what must stay true, and what could stop it.'),
    workshop: vscode.l10n.t('**Discovery workshop**: current state, future state, barriers, solutions, and the outcome with its metric.'),
    outcome: vscode.l10n.t('**Outcome**: the change in someone\'s behaviour that drives the business result.'),
  };
}
