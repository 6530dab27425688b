// Every default text of our own snippets, quick-fix snippets and checklist skeletons
// ("Who does what differently, measured", "what is counted", "누가 무엇을 다르게 하는지"):
// left unchanged in a document, each is a prompt nobody answered, and no-placeholder flags
// it. Read from the same sources that insert them, so the two cannot drift.
import { BUILT_IN_CHECKLISTS } from '../checklist/builtins';
import { fixSnippetTexts } from '../rules/fix-snippets';
import { MARKDOWN_SNIPPETS, YAML_SNIPPETS } from './source';
import { append } from '../arrays';

// ${1:default}: the default text of a tab stop (our own constant strings, not user text).
const TAB_STOP = /\$\{\d+:([^{}$\n]{0,200})\}/g;

/** A default that is a question to answer, not a usable value ("0", "%", "USD", enum choices). */
function isPrompt(d: string): boolean {
  const t = d.trim();
  return t.length >= 3 && /\p{L}{2,}/u.test(t) && !/^[A-Z]{3}$/.test(t) && !/^YYYY/.test(t);
}

let cached: string[] | undefined;

export function templatePrompts(): string[] {
  if (cached) return cached;
  const texts: string[] = [];
  for (const file of [YAML_SNIPPETS, MARKDOWN_SNIPPETS]) for (const s of Object.values(file)) append(texts, s.body);
  append(texts, fixSnippetTexts());
  for (const c of BUILT_IN_CHECKLISTS) for (const g of c.groups) for (const i of g.items) if (i.skeleton) texts.push(i.skeleton.en, i.skeleton.ko);
  const out = new Set<string>();
  for (const t of texts) {
    TAB_STOP.lastIndex = 0;
    for (let m = TAB_STOP.exec(t); m; m = TAB_STOP.exec(t)) if (isPrompt(m[1]!)) out.add(m[1]!.trim());
  }
  cached = [...out];
  return cached;
}
