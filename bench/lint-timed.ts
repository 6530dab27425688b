// One lint in steps, timed as a host that yields between steps sees it: shared by the hostile
// benchmarks (bench/hostile.ts, bench/hostile-fields.ts).
import type { ResolvedConfig } from '../src/core/config';
import { lintSteps, type DocKind, type LintResult } from '../src/core/lint';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

// CPU time of this process, not wall time: on a shared machine another process's work lands in
// wall time at random and moves a single run by more than the effects measured here.
export const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** The whole lint's time and its longest step (the wait between two turns of the editor's event loop), in CPU ms. */
export function lintTimed(text: string, kind: DocKind, config: ResolvedConfig): { total: number; step: number; result: LintResult } {
  const r = stepsTimed(lintSteps(text, kind, config));
  return { total: r.total, step: r.step, result: r.value };
}

/** Any work in steps (a lint, an outline), run to its end: its whole time and its longest step, in CPU ms. */
export function stepsTimed<T>(steps: Generator<void, T>): { total: number; step: number; value: T } {
  gc();
  let step = 0;
  let total = 0;
  for (;;) {
    const t = cpu();
    const r = steps.next();
    const d = cpu() - t;
    total += d;
    if (d > step) step = d;
    if (r.done) return { total, step, value: r.value };
  }
}
