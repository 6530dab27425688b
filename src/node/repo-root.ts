// The root of the git work tree a command runs in, for the report formats that code-review
// tools read (SARIF, GitLab code quality): they take paths as relative to the repository's
// root, so `cbo check .` run from a subfolder must not write "../plans/x.cbo.yaml".
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** The nearest folder at or above `from` holding `.git` (a folder, or a file in a worktree); `from` when there is none. */
export async function repoRoot(from: string): Promise<string> {
  for (let dir = path.resolve(from); ; ) {
    if (await fs.stat(path.join(dir, '.git')).then(() => true, () => false)) return dir;
    const up = path.dirname(dir);
    if (up === dir) return path.resolve(from);
    dir = up;
  }
}
