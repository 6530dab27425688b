// The parts of a rule's page (docs/rules/<id>.md) that SARIF's rule help quotes: why the rule
// exists, what a good outcome looks like and how to configure the rule. Run at build time by
// scripts/gen-rule-help.mjs, so the CLI carries these parts (about 27 KB for all rules) rather
// than every page whole (about 97 KB).

export interface RuleDocParts {
  /** The first paragraph under `## Why` (or `## Why an error`), Markdown; '' when the page has none. */
  why: string;
  /** Everything under `## Good`, Markdown (examples and any sentence between them); '' when none. */
  good: string;
  /** Everything under `## Configure` (or `## Configuration`), Markdown; '' for a rule no config changes. */
  configure: string;
}

export interface Block {
  /** A fenced code block, fences included; else prose. */
  code: boolean;
  lines: string[];
}

/**
 * Markdown as runs of prose and fenced code (``` or ~~~; closed by a bare fence of the same
 * character at least as long), so that a `## ` line or a link inside an example is left alone.
 */
export function fencedBlocks(markdown: string): Block[] {
  const out: Block[] = [];
  let fence: string | undefined;
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const opens = fence === undefined ? /^\s*(`{3,}|~{3,})/.exec(line)?.[1] : undefined;
    const closes = fence !== undefined && new RegExp(`^\\s*${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`).test(line);
    const last = out[out.length - 1];
    if (last && last.code === (fence !== undefined || opens !== undefined) && opens === undefined) last.lines.push(line);
    else out.push({ code: fence !== undefined || opens !== undefined, lines: [line] });
    if (opens !== undefined) fence = opens;
    else if (closes) fence = undefined;
  }
  return out;
}

/** The page's `## ` sections by heading; the first of a name wins (a page has one Why, one Good). */
function sections(markdown: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let lines: string[] = [];
  for (const b of fencedBlocks(markdown)) {
    for (const line of b.lines) {
      const heading = b.code ? null : /^## +(.+?)\s*$/.exec(line);
      if (!heading) lines.push(line);
      else {
        lines = [];
        if (!out.has(heading[1]!)) out.set(heading[1]!, lines);
      }
    }
  }
  return out;
}

export function ruleDocParts(markdown: string): RuleDocParts {
  const s = sections(markdown);
  const why = (s.get('Why') ?? s.get('Why an error') ?? []).join('\n').trim();
  return {
    // One paragraph: the reason in brief; the page's link gives the rest.
    why: why.split(/\n[ \t]*\n/)[0]!.trim(),
    good: (s.get('Good') ?? []).join('\n').trim(),
    configure: (s.get('Configure') ?? s.get('Configuration') ?? []).join('\n').trim(),
  };
}
