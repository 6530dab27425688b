// The Outline view, breadcrumbs and "Go to Symbol in Editor" of a CBO YAML file: its outcomes by
// title, each with its metrics and value (core/outline.ts). Markdown plans are left to VS Code's
// own Markdown outline, which already lists each `## CBO:` heading. The breadcrumbs ask after
// every edit, so the file is read in time slices (as the diagnostics lint it) and the answer is
// kept for the document's version.
import * as vscode from 'vscode';
import type { OutlineKind, OutlineNode } from '../core/api';
import { inSlices } from '../core/slices'; // small and pure
import { getEngine } from './engine-loader';
import { yieldToHost } from './files';
import type { Settings } from './settings';

const KINDS: Record<OutlineKind, vscode.SymbolKind> = {
  outcome: vscode.SymbolKind.Object,
  metric: vscode.SymbolKind.Field,
  value: vscode.SymbolKind.Property,
};

export class CboOutline implements vscode.DocumentSymbolProvider {
  /** The last outline made: the document's, for its version and language (VS Code asks several times a version). */
  private last?: { uri: string; version: number; lang: string; nodes: OutlineNode[] };

  constructor(private readonly settings: Settings) {}

  async provideDocumentSymbols(doc: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[] | undefined> {
    if (doc.languageId !== 'yaml' || !this.settings.applies(doc)) return [];
    const text = doc.getText();
    // Over the size limit the file is not read for diagnostics either.
    if (text.length > (await this.settings.maxFileBytes(doc.uri))) return [];
    const lang = this.settings.lang();
    const uri = doc.uri.toString();
    let kept = this.last;
    if (!kept || kept.uri !== uri || kept.version !== doc.version || kept.lang !== lang) {
      // A newer edit asks again.
      const nodes = await inSlices(getEngine().outlineSteps(text, lang), { pause: yieldToHost, stale: () => token.isCancellationRequested || doc.isClosed });
      if (!nodes) return undefined;
      kept = this.last = { uri, version: doc.version, lang, nodes };
    }
    const toSymbol = (n: OutlineNode): vscode.DocumentSymbol => {
      const range = new vscode.Range(doc.positionAt(n.span.start), doc.positionAt(n.span.end));
      const selection = new vscode.Range(doc.positionAt(n.selection.start), doc.positionAt(n.selection.end));
      const s = new vscode.DocumentSymbol(n.name, n.detail, KINDS[n.kind], range, selection);
      s.children = n.children.map(toSymbol);
      return s;
    };
    return kept.nodes.map(toSymbol);
  }
}
