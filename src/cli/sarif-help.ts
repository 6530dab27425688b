// A SARIF rule's `help` (text and Markdown): what code scanning shows in its rule-help panel
// beside an alert. Made of what the product holds about the rule: its name and description
// (in the run's language); why it exists, a good example and how to configure it (the first
// paragraph of `## Why`, the `## Good` and `## Configure` sections of docs/rules/<id>.md, cut
// at build time); and the page's address for the rest.
import type { Lang } from '../core/finding';
import type { RuleInfo } from '../core/rules/catalog';
import { DOCS_BASE } from '../core/rules/types';
import { fencedBlocks, type RuleDocParts } from './rule-doc-parts';

export interface RuleHelp {
  text: string;
  markdown: string;
}

const WORDS: Record<Lang, { good: string; configure: string; page: string }> = {
  en: { good: 'Good', configure: 'Configure', page: 'The rule’s page' },
  ko: { good: '좋은 예', configure: '설정', page: '규칙 설명(영어)' },
};
const FENCE = /^\s*(`{3,}|~{3,})/;

/** Links relative to the rule pages (`schema.md`, `../judgement.md`) point to the repository. */
function absoluteLinks(prose: string): string {
  return prose.replace(/\]\(([^)\s]+)\)/g, (whole, href: string) => (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#') ? whole : `](${new URL(href, DOCS_BASE).href})`));
}

/**
 * A `<` outside code spans as `&lt;`: the description of hypothesis-link says "If <who does what
 * differently>, ...", which a Markdown renderer takes for an HTML tag and drops.
 */
function noTags(prose: string): string {
  return prose
    .split(/(`+[^`]*`+)/)
    .map((piece, i) => (i % 2 ? piece : piece.replace(/</g, '&lt;')))
    .join('');
}

function markdownOf(part: string): string {
  return fencedBlocks(part)
    .map((b) => (b.code ? b.lines.join('\n') : noTags(absoluteLinks(b.lines.join('\n')))))
    .join('\n');
}

/** Plain text: prose unwrapped into paragraphs, without emphasis or link syntax; code indented, without its fences. */
function textOf(part: string): string {
  return fencedBlocks(part)
    .map((b) => {
      if (b.code) {
        // The opening fence, and the closing one unless the part ends inside the example.
        const inner = b.lines.slice(1);
        if (inner.length && FENCE.test(inner[inner.length - 1]!)) inner.pop();
        return inner.map((l) => (l.trim() ? `    ${l}` : '')).join('\n');
      }
      const prose = absoluteLinks(b.lines.join('\n'))
        .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label: string, href: string) => `${label.replace(/`/g, '')} (${href})`)
        .replace(/\*\*([^*]+)\*\*/g, '$1');
      return prose
        .split(/\n[ \t]*\n/)
        .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
        .filter((p) => p)
        .join('\n\n');
    })
    .filter((t) => t.trim())
    .join('\n\n');
}

/**
 * The help of one rule; `docs` is its page's parts (every rule has a page: a test checks). The
 * page is English: a Korean run keeps its example and its configuration (mostly code) and leaves
 * out the English paragraph on why.
 */
export function ruleHelp(rule: RuleInfo, lang: Lang, docs: RuleDocParts | undefined): RuleHelp {
  const w = WORDS[lang];
  const md = [`**${noTags(rule.name)}**: ${noTags(rule.description)}`];
  const text = [`${rule.name}: ${rule.description}`];
  const parts: [string | undefined, string][] = [
    [undefined, lang === 'en' ? (docs?.why ?? '') : ''],
    [w.good, docs?.good ?? ''],
    // None when the page has no such section: config and file-unreadable, which no config changes.
    [w.configure, docs?.configure ?? ''],
  ];
  for (const [title, part] of parts) {
    if (!part) continue;
    if (title) {
      md.push(`#### ${title}`);
      text.push(`${title}:`);
    }
    md.push(markdownOf(part));
    text.push(textOf(part));
  }
  md.push(`[${w.page}](${rule.docs})`);
  text.push(`${w.page}: ${rule.docs}`);
  return { text: text.join('\n\n'), markdown: md.join('\n\n') };
}
