// textDocument/documentSymbol: a CBO YAML file's outcomes by title, with their metrics and value
// (core/outline.ts, the outline the extension shows), for an editor's outline and symbol search.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lang } from '../core/finding';
import { outlineSteps, type OutlineKind, type OutlineNode } from '../core/outline';
import { inSlices } from '../core/slices';
import { nextTurn } from './diagnostics';

const KINDS: Record<OutlineKind, SymbolKind> = {
  outcome: SymbolKind.Object,
  metric: SymbolKind.Field,
  value: SymbolKind.Property,
};

/**
 * The symbols of a CBO YAML document; none over `maxFileBytes`, which is not read for
 * diagnostics either. Read in slices, as the diagnostics are: a file of thousands of outcomes
 * would hold the server for the whole parse. `stale`: a newer version came in meanwhile (the
 * client asks again).
 */
export async function documentSymbols(doc: TextDocument, lang: Lang, maxFileBytes: number, stale: () => boolean): Promise<DocumentSymbol[] | null> {
  const text = doc.getText();
  if (text.length > maxFileBytes) return [];
  const nodes = await inSlices(outlineSteps(text, lang), { pause: nextTurn, stale });
  if (!nodes) return null;
  const toSymbol = (n: OutlineNode): DocumentSymbol => ({
    name: n.name,
    detail: n.detail,
    kind: KINDS[n.kind],
    range: { start: doc.positionAt(n.span.start), end: doc.positionAt(n.span.end) },
    selectionRange: { start: doc.positionAt(n.selection.start), end: doc.positionAt(n.selection.end) },
    children: n.children.map(toSymbol),
  });
  return nodes.map(toSymbol);
}
