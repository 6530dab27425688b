// The Outline view, breadcrumbs and "Go to Symbol in Editor" of a CBO YAML file: its outcomes by
// title, each with its metrics and value (core/outline.ts). Markdown plans are left to VS Code's
// own Markdown outline, which already lists each `## CBO:` heading.
import * as vscode from 'vscode';
import type { OutlineKind, OutlineNode } from '../core/api';
import { getEngine } from './engine-loader';
import type { Settings } from './settings';

const KINDS: Record<OutlineKind, vscode.SymbolKind> = {
  outcome: vscode.SymbolKind.Object,
  metric: vscode.SymbolKind.Field,
  value: vscode.SymbolKind.Property,
};

export class CboOutline implements vscode.DocumentSymbolProvider {
  constructor(private readonly settings: Settings) {}

  async provideDocumentSymbols(doc: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
    if (doc.languageId !== 'yaml' || !this.settings.applies(doc)) return [];
    const text = doc.getText();
    // Over the size limit the file is not parsed for diagnostics either.
    if (text.length > (await this.settings.maxFileBytes(doc.uri))) return [];
    const e = getEngine();
    const lang = this.settings.lang();
    const toSymbol = (n: OutlineNode): vscode.DocumentSymbol => {
      const range = new vscode.Range(doc.positionAt(n.span.start), doc.positionAt(n.span.end));
      const selection = new vscode.Range(doc.positionAt(n.selection.start), doc.positionAt(n.selection.end));
      const s = new vscode.DocumentSymbol(n.name, n.detail, KINDS[n.kind], range, selection);
      s.children = n.children.map(toSymbol);
      return s;
    };
    return e.outlineOf(e.parseDocument(text, 'yaml', lang).doc.outcomes, lang).map(toSymbol);
  }
}
