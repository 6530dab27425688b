// Minimal glob matching (`**`, `*`, `?`, `{a,b}`), shared by the CLI, the host and config
// `ignore:` lists. Matches whole forward-slash paths.
//
// Not a regular expression: `**/**/**/…/x` became nested `(?:.*/)?` groups that backtrack
// exponentially (five seconds per file 24 folders deep). The pattern is compiled into a
// small automaton instead and simulated with a set of states, so a match costs at most
// (path length x pattern length), whatever the pattern.

export interface GlobMatcher {
  test(path: string): boolean;
}

type Node =
  | { kind: 'char'; c: string }
  /** `?`: one character of a folder or file name. */
  | { kind: 'one' }
  /** `*`: any run within one name. */
  | { kind: 'star' }
  /** `**` not followed by `/`: anything, slashes included. */
  | { kind: 'any' }
  /** `**` followed by `/`: nothing, or whole folders (this node skips, the next loops until a `/`). */
  | { kind: 'skip' }
  | { kind: 'folders' };

/** A pattern with `{a,b}` expanded; more alternatives than this are read as literal text. */
const MAX_ALTERNATIVES = 256;

/**
 * The longest pattern compiled, as long as the longest path Linux accepts (PATH_MAX). A longer
 * one can only come from a hostile or broken config; it matches nothing (minimatch has a limit
 * too, 65,536, and throws). Without the cap a pasted 100,000-character pattern built an
 * automaton that large on every test; the config schema states the same limit to the user.
 */
export const MAX_GLOB_LENGTH = 4096;

const NEVER: GlobMatcher = { test: () => false };

export function compileGlob(glob: string): GlobMatcher {
  if (glob.length > MAX_GLOB_LENGTH) return NEVER;
  const programs = expandBraces(glob).map(compile);
  return {
    test(path: string): boolean {
      const p = path.startsWith('./') ? path.slice(2) : path;
      return programs.some((nodes) => simulate(nodes, p) || (p !== path && simulate(nodes, path)));
    },
  };
}

/** The old name, kept for the host and the CLI, which only call `.test`. */
export const globToRegExp = compileGlob;

function compile(glob: string): Node[] {
  const nodes: Node[] = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        while (glob[i + 1] === '*') i++;
        if (glob[i + 1] === '/') {
          i++;
          // `**/**/` matches what one `**/` matches.
          const last = nodes[nodes.length - 1];
          if (last?.kind !== 'folders') nodes.push({ kind: 'skip' }, { kind: 'folders' });
        } else nodes.push({ kind: 'any' });
      } else if (nodes[nodes.length - 1]?.kind !== 'star') nodes.push({ kind: 'star' });
    } else if (c === '?') nodes.push({ kind: 'one' });
    else nodes.push({ kind: 'char', c });
  }
  return nodes;
}

/** `a{b,c}d{e,f}` as `abde`, `abdf`, `acde`, `acdf`; an unclosed `{` is a literal. */
function expandBraces(glob: string): string[] {
  const open = glob.indexOf('{');
  if (open < 0) return [glob];
  const close = glob.indexOf('}', open);
  if (close < 0) return [glob];
  const head = glob.slice(0, open);
  const options = glob.slice(open + 1, close).split(',');
  const tails = expandBraces(glob.slice(close + 1));
  if (options.length * tails.length > MAX_ALTERNATIVES) return [glob];
  const out: string[] = [];
  for (const o of options) for (const t of tails) out.push(head + o + t);
  return out;
}

/** Whether the automaton accepts the whole path: one pass, a list of live states. */
function simulate(nodes: Node[], path: string): boolean {
  const m = nodes.length;
  // mark[i] === step means state i is already in the list for this step.
  const mark = new Int32Array(m + 1).fill(-1);
  let live: number[] = [];
  let next: number[] = [];
  const add = (list: number[], step: number, from: number) => {
    // Follow the moves that consume nothing: past `*`, `**`, and `**` followed by `/` (skip).
    for (let i = from; i <= m && mark[i] !== step; i++) {
      mark[i] = step;
      list.push(i);
      const k = nodes[i]?.kind;
      if (k === 'skip') {
        // Either skip the folders (jump over the loop) or enter the loop.
        add(list, step, i + 2);
        continue;
      }
      if (k !== 'star' && k !== 'any') return;
    }
  };
  add(live, 0, 0);
  for (let p = 0; p < path.length; p++) {
    const ch = path[p]!;
    const step = p + 1;
    next.length = 0;
    for (const i of live) {
      if (i === m) continue;
      const n = nodes[i]!;
      switch (n.kind) {
        case 'char':
          if (n.c === ch) add(next, step, i + 1);
          break;
        case 'one':
          if (ch !== '/') add(next, step, i + 1);
          break;
        case 'star':
          if (ch !== '/') add(next, step, i);
          break;
        case 'any':
          add(next, step, i);
          break;
        case 'folders':
          add(next, step, i);
          if (ch === '/') add(next, step, i + 1);
          break;
        case 'skip':
          break;
      }
    }
    if (next.length === 0) return false;
    [live, next] = [next, live];
  }
  return live.includes(m);
}
