// The Outline view, breadcrumbs and "Go to Symbol in Editor" of a CBO YAML file: its outcomes by
// title, each with its metrics and value (core/outline.ts). Markdown plans are left to VS Code's
// own Markdown outline, which already lists each `## CBO:` heading. The breadcrumbs ask after
// every edit, so the file is read in time slices (as the diagnostics lint it) and the answer is
// kept for the document's version.
import * as vscode from 'vscode';
import type { OutlineKind, OutlineNode } from '../core/api';
import { getEngine } from './engine-loader';
import { yieldToHost } from './files';
import type { Settings } from './settings';

const KINDS: Record<OutlineKind, vscode.SymbolKind> = {
  outcome: vscode.SymbolKind.Object,
  metric: vscode.SymbolKind.Field,
  value: vscode.SymbolKind.Property,
};

/** As the diagnostics' slices: the editor's thread is never held longer than this at a time. */
const SLICE_MS = 12;

export class CboOutline implements vscode.DocumentSymbolProvider {
  /** The last outline made, by document, with the version and language it was made for. */
  private readonly last = new Map<string, { version: number; lang: string; nodes: OutlineNode[] }>();

  constructor(private readonly settings: Settings) {}

  async provideDocumentSymbols(doc: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[] | undefined> {
    if (doc.languageId !== 'yaml' || !this.settings.applies(doc)) return [];
    const text = doc.getText();
    // Over the size limit the file is not read for diagnostics either.
    if (text.length > (await this.settings.maxFileBytes(doc.uri))) return [];
    const lang = this.settings.lang();
    const key = doc.uri.toString();
    let kept = this.last.get(key);
    if (!kept || kept.version !== doc.version || kept.lang !== lang) {
      const steps = getEngine().outlineSteps(text, lang);
      for (;;) {
        const t0 = performance.now();
        let r = steps.next();
        while (!r.done && performance.now() - t0 < SLICE_MS) r = steps.next();
        if (r.done) {
          kept = { version: doc.version, lang, nodes: r.value };
          break;
        }
        await yieldToHost();
        // A newer edit asks again.
        if (token.isCancellationRequested || doc.isClosed) return undefined;
      }
      // One document's outline is kept: the one the editor shows now.
      this.last.clear();
      this.last.set(key, kept);
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
