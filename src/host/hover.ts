// Hovers that explain the framework where the user writes it: YAML keys (from the schema's
// descriptions and examples) and the Markdown template's headings and labels.
import * as vscode from 'vscode';
import { getEngine } from './engine-loader';
import { escapeMarkdown } from './markdownText';
import type { Settings } from './settings';

export class CboHover implements vscode.HoverProvider {
  constructor(private readonly settings: Settings) {}

  provideHover(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    if (!this.settings.applies(doc)) return undefined;
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
    const info = path.length ? e.fieldInfo(path) : undefined;
    if (!info?.description) return undefined;
    return new vscode.Hover(describe(m[2]!, info), new vscode.Range(pos.line, start, pos.line, end));
  }

  private markdown(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    const line = doc.lineAt(pos.line).text;
    const e = getEngine();
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      if (e.CBO_HEADING.test(heading[1]!)) {
        return new vscode.Hover(
          new vscode.MarkdownString(
            vscode.l10n.t('**Customer Business Outcome.** The title is the outcome itself: whose behaviour changes and how, e.g. "Returning customers finish checkout without calling support". A deliverable ("Build a portal") is an output, not an outcome.'),
          ),
        );
      }
      const section = e.sectionOf(heading[1]!);
      if (section) return new vscode.Hover(new vscode.MarkdownString(SECTION_TEXT()[section]));
      return undefined;
    }
    const label = /^\s*[-*+]\s+(?:\*\*|__)([^*_]+?)(?:\*\*|__)/.exec(line);
    if (!label) return undefined;
    const field = e.fieldOf(label[1]!);
    const path = field && e.FIELD_SCHEMA_PATH[field];
    const info = path && e.fieldInfo(path);
    if (!info?.description) return undefined;
    return new vscode.Hover(describe(label[1]!.replace(/[:：]$/, ''), info));
  }
}

function describe(key: string, info: { description?: string; example?: string; enum?: string[] }): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**${escapeMarkdown(key)}**: ${escapeMarkdown(info.description ?? '')}`);
  if (info.enum) md.appendMarkdown('\n\n' + vscode.l10n.t('One of: {0}', info.enum.map((v) => `\`${v}\``).join(', ')));
  if (info.example) {
    md.appendMarkdown('\n\n' + vscode.l10n.t('Example:') + ' ');
    md.appendCodeblock(info.example, 'yaml');
  }
  return md;
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
