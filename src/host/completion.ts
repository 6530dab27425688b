// Completion of CBO YAML keys and enum values (category, value type, direction) from the
// schema, at the position the cursor is in, without keys already present. It stays on a file a
// `.cborc.yaml` `ignore:` leaves out, unlike the hover and the quick fixes: it judges nothing
// (the schema's keys, as Red Hat's YAML extension offers them from the same schema), and an
// ignored draft is still a file someone writes.
import * as vscode from 'vscode';
import { getEngine } from './engine-loader';
import { escapeMarkdown } from './markdownText';
import type { Settings } from './settings';
import { yamlExample } from '../core/yaml-example';

/** The YAML snippets' prefixes all start with "cbo" (snippets/cbo.yaml.json). */
const SNIPPET_PREFIX = /^cb/i;

export class CboCompletion implements vscode.CompletionItemProvider {
  constructor(private readonly settings: Settings) {}

  provideCompletionItems(doc: vscode.TextDocument, pos: vscode.Position): vscode.CompletionItem[] | vscode.CompletionList | undefined {
    if (doc.languageId !== 'yaml' || !this.settings.applies(doc)) return undefined;
    const e = getEngine();
    const c = e.yamlCursorAt(doc.getText(), doc.offsetAt(pos));
    if (!c) return undefined;
    const range = new vscode.Range(pos.translate(0, -c.prefix.length), pos);
    if (c.valueKey) {
      const info = e.fieldInfo([...c.path, c.valueKey]);
      return (info?.enum ?? []).map((v, i) => {
        const item = new vscode.CompletionItem(v, vscode.CompletionItemKind.EnumMember);
        item.range = range;
        item.sortText = String(i).padStart(3, '0');
        item.detail = info?.description;
        return item;
      });
    }
    const keys = c.path.length === 0 ? e.topLevelKeys() : (e.fieldInfo(c.path)?.properties ?? []);
    const items = keys
      .filter((k) => !c.siblings.includes(k))
      // Typing `cb...` at the top is asking for a snippet (cbo, cbo-outcome, ...), which writes
      // `cbo: 1` itself: the bare key would win the match and Enter would insert `cbo: `.
      .filter((k) => !(c.path.length === 0 && SNIPPET_PREFIX.test(c.prefix) && k === 'cbo'))
      .map((k, i) => {
        const info = e.fieldInfo(c.path.length === 0 && k === 'outcomes' ? ['outcomes'] : [...c.path, k], this.settings.today());
        const item = new vscode.CompletionItem(k, vscode.CompletionItemKind.Property);
        item.range = range;
        item.sortText = String(i).padStart(3, '0');
        const nested = info?.type === 'object' || (info?.properties.length ?? 0) > 0;
        const list = info?.type === 'array';
        item.insertText = new vscode.SnippetString(nested ? `${k}:\n  $0` : list ? `${k}:\n  - $0` : info?.enum ? `${k}: \${1|${info.enum.join(',')}|}` : `${k}: $0`);
        if (info?.description) {
          const md = new vscode.MarkdownString();
          md.appendMarkdown(escapeMarkdown(info.description));
          if (info.example) md.appendCodeblock(`${k}: ${yamlExample(info.example)}`, 'yaml');
          item.documentation = md;
        }
        if (info?.enum || nested) item.command = { command: 'editor.action.triggerSuggest', title: '' };
        return item;
      });
    // After "c" the list is asked for again on the next letter, so at "cb" the key gives way
    // to the snippets (VS Code otherwise keeps filtering the first answer).
    return c.path.length === 0 && /^c?$/i.test(c.prefix) ? new vscode.CompletionList(items, true) : items;
  }
}
