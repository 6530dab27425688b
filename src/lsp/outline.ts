// textDocument/documentSymbol: a CBO YAML file's outcomes by title, with their metrics and value
// (core/outline.ts, the outline the extension shows), for an editor's outline and symbol search.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lang } from '../core/finding';
import { outlineOf, type OutlineKind, type OutlineNode } from '../core/outline';
import { parseDocument } from '../core/parse/index';

const KINDS: Record<OutlineKind, SymbolKind> = {
  outcome: SymbolKind.Object,
  metric: SymbolKind.Field,
  value: SymbolKind.Property,
};

/** The symbols of a CBO YAML document; none over `maxFileBytes`, which is not parsed for diagnostics either. */
export function documentSymbols(doc: TextDocument, lang: Lang, maxFileBytes: number): DocumentSymbol[] {
  const text = doc.getText();
  if (text.length > maxFileBytes) return [];
  const toSymbol = (n: OutlineNode): DocumentSymbol => ({
    name: n.name,
    detail: n.detail,
    kind: KINDS[n.kind],
    range: { start: doc.positionAt(n.span.start), end: doc.positionAt(n.span.end) },
    selectionRange: { start: doc.positionAt(n.selection.start), end: doc.positionAt(n.selection.end) },
    children: n.children.map(toSymbol),
  });
  return outlineOf(parseDocument(text, 'yaml', lang).doc.outcomes, lang).map(toSymbol);
}
