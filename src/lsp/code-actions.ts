// Code actions over the protocol: the extension's quick fixes, as workspace edits. Each comes
// from data the finding already carries: insert the missing piece or replace a placeholder
// (the snippet's placeholders as plain text, since edits carry no tab stops), disable the rule
// for the line or the file, or allow the flagged word in the nearest `.cborc.yaml`.
import { promises as fs } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { addAllowedWord } from '../core/config-edit';
import type { Finding, Lang } from '../core/finding';
import type { LintResult } from '../core/lint';
import { snippetToText } from '../core/snippet-text';
import { findingFor } from './diagnostics';
import { lineText } from './hover';
import { readConfigFile } from '../node/config-files';
import { uriFilePath } from './file-uri';
import { t } from './text';

export interface ActionContext {
  doc: TextDocument;
  kind: 'yaml' | 'markdown';
  result: LintResult | undefined;
  lang: Lang;
  /**
   * Where "allow this word" writes (LspSettings.configFileFor): the `.cborc.yaml` that applies,
   * or the one to create at the root of the workspace folder; undefined: nowhere, no action.
   */
  configFile: string | undefined;
}

export async function codeActionsFor(diagnostics: unknown, c: ActionContext): Promise<CodeAction[]> {
  const out: CodeAction[] = [];
  // What the client sends back is not ours to trust: a null entry, or a list that is not one,
  // is skipped rather than answered with an internal error that loses every other action.
  for (const d of Array.isArray(diagnostics) ? diagnostics.filter(isOurDiagnostic) : []) {
    const f = findingFor(c.result, d);
    if (!f) continue;
    if (f.fix) out.push({ title: f.fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true, edit: edit(c.doc.uri, fixEdits(c.doc, f)) });
    if (typeof f.data?.word === 'string') {
      const allow = await allowWordEdit(c, f.data.word);
      if (allow) out.push({ title: t(c.lang, 'Allow "{0}" in this workspace', f.data.word), kind: CodeActionKind.QuickFix, diagnostics: [d], edit: allow });
    }
    // Inside a ```cbo block the comment must be YAML's, not HTML's.
    const yaml = c.kind !== 'markdown' || insideCboFence(c.doc, f.start.line);
    const comment = (what: string) => (yaml ? `# cbo-disable-${what} ${f.ruleId}` : `<!-- cbo-disable-${what} ${f.ruleId} -->`);
    const text = lineText(c.doc, f.start.line);
    const indent = (/^\s*-?\s*/.exec(text)?.[0] ?? '').replace(/-/g, ' ');
    const at = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 0 } });
    // A finding about the whole file (no-outcome) cannot be silenced line by line.
    if (f.data?.scope !== 'file') out.push({ title: t(c.lang, 'Disable {0} for this line', f.ruleId), kind: CodeActionKind.QuickFix, diagnostics: [d], edit: edit(c.doc.uri, [{ range: at(f.start.line), newText: `${indent}${comment('next-line')}\n` }]) });
    out.push({ title: t(c.lang, 'Disable {0} for this file', f.ruleId), kind: CodeActionKind.QuickFix, diagnostics: [d], edit: edit(c.doc.uri, [{ range: at(afterFrontMatter(c.doc, c.kind)), newText: `${comment('file')}\n` }]) });
  }
  return out;
}

/** A diagnostic we published, as far as its shape goes: source cbo, a code and a whole range. */
function isOurDiagnostic(d: unknown): d is Diagnostic {
  if (!d || typeof d !== 'object') return false;
  const { source, code, message, range } = d as Partial<Diagnostic>;
  const at = (p: unknown) => !!p && typeof p === 'object' && typeof (p as { line?: unknown }).line === 'number' && typeof (p as { character?: unknown }).character === 'number';
  return source === 'cbo' && (typeof code === 'string' || typeof code === 'number') && typeof message === 'string' && !!range && at(range.start) && at(range.end);
}

function edit(uri: string, edits: TextEdit[]): WorkspaceEdit {
  return { changes: { [uri]: edits } };
}

function fixEdits(doc: TextDocument, f: Finding): TextEdit[] {
  const fix = f.fix!;
  const range = (s: { start: number; end: number }) => ({ start: doc.positionAt(s.start), end: doc.positionAt(s.end) });
  // Several places at once: the edits of one WorkspaceEdit all refer to the text before any of them.
  if (fix.kind === 'edits') return fix.edits.map((e) => ({ range: range(e.span), newText: e.text }));
  const text = snippetToText(fix.snippet);
  if (fix.kind === 'insert') return [{ range: range({ start: fix.offset, end: fix.offset }), newText: text }];
  return [{ range: range(fix.span), newText: text }];
}

async function allowWordEdit(c: ActionContext, word: string): Promise<WorkspaceEdit | undefined> {
  // Outside every workspace folder there is no config to write: the word can be allowed in the
  // client's own settings (`cbo.vocabulary.allow`), which the server cannot write.
  const file = c.configFile;
  if (file === undefined || uriFilePath(c.doc.uri) === undefined) return undefined;
  // Not there: the edit creates it. There: read as config discovery reads it (a link out of its
  // folder is refused), and a file that cannot be read gets no action rather than a new file.
  const there = await fs.lstat(file).then(
    () => true,
    (e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? false : undefined),
  );
  if (there === undefined) return undefined;
  let current = '';
  if (there) {
    try {
      current = await readConfigFile(file);
    } catch {
      return undefined;
    }
  }
  const next = addAllowedWord(current, word);
  if (next === undefined || next === current) return undefined;
  const uri = pathToFileURL(file).href;
  const lines = current.split('\n').length;
  const replace: TextEdit = { range: { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } }, newText: next };
  if (there) return { changes: { [uri]: [replace] } };
  return { documentChanges: [{ kind: 'create', uri, options: { ignoreIfExists: true } }, { textDocument: { uri, version: null }, edits: [replace] }] };
}

/** Markdown front matter must stay first in the file; file-level comments go after it. */
function afterFrontMatter(doc: TextDocument, kind: 'yaml' | 'markdown'): number {
  if (kind !== 'markdown' || doc.lineCount < 2 || lineText(doc, 0).trim() !== '---') return 0;
  for (let i = 1; i < Math.min(doc.lineCount, 200); i++) if (/^(---|\.\.\.)\s*$/.test(lineText(doc, i))) return i + 1;
  return 0;
}

function insideCboFence(doc: TextDocument, line: number): boolean {
  for (let i = line - 1; i >= 0 && i > line - 2000; i--) {
    const s = lineText(doc, i).trim();
    if (/^(```|~~~)/.test(s)) return /^(```|~~~)\s*cbo\b/i.test(s);
  }
  return false;
}
