// Completion of CBO YAML keys and enum values from the schema, at the cursor's place in the
// document, leaving out keys already there; snippets when the client takes them.
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fieldInfo, topLevelKeys } from '../core/schema-info';
import { escapeMarkdown } from '../core/view/escape';
import { yamlCursorAt } from '../core/yaml-context';

export function completeAt(doc: TextDocument, pos: Position, snippets: boolean): CompletionItem[] {
  const c = yamlCursorAt(doc.getText(), doc.offsetAt(pos));
  if (!c) return [];
  const range = { start: { line: pos.line, character: pos.character - c.prefix.length }, end: pos };
  if (c.valueKey) {
    const info = fieldInfo([...c.path, c.valueKey]);
    return (info?.enum ?? []).map((v, i) => ({ label: v, kind: CompletionItemKind.EnumMember, textEdit: { range, newText: v }, sortText: String(i).padStart(3, '0'), ...(info?.description ? { detail: info.description } : {}) }));
  }
  const keys = c.path.length === 0 ? topLevelKeys() : (fieldInfo(c.path)?.properties ?? []);
  return keys
    .filter((k) => !c.siblings.includes(k))
    .map((k, i) => {
      const info = fieldInfo(c.path.length === 0 && k === 'outcomes' ? ['outcomes'] : [...c.path, k]);
      const nested = info?.type === 'object' || (info?.properties.length ?? 0) > 0;
      const list = info?.type === 'array';
      const snippet = nested ? `${k}:\n  $0` : list ? `${k}:\n  - $0` : info?.enum ? `${k}: \${1|${info.enum.join(',')}|}` : `${k}: $0`;
      const item: CompletionItem = {
        label: k,
        kind: CompletionItemKind.Property,
        sortText: String(i).padStart(3, '0'),
        textEdit: { range, newText: snippets ? snippet : `${k}: ` },
        insertTextFormat: snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      };
      if (info?.description) item.documentation = { kind: 'markdown', value: escapeMarkdown(info.description) + (info.example ? `\n\`\`\`yaml\n${k}: ${info.example}\n\`\`\`` : '') };
      return item;
    });
}
