// Figures shared by the two comparison scripts (bench/compare.ts, bench/compare-apart.ts).

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * One table row from the two sides' per-round CPU and wall times: each side's median, their
 * ratio, the median of the per-round ratios and the ratio of each side's fastest round.
 */
export function ratioRow(name: string, cpu: number[][], wall: number[][]): string {
  const f = (n: number) => n.toFixed(n < 10 ? 3 : 1);
  const [c0, c1] = [median(cpu[0]!), median(cpu[1]!)];
  const [w0, w1] = [median(wall[0]!), median(wall[1]!)];
  // The ratio within each round (both sides on the same text, moments apart), then its median:
  // steadier than a ratio of medians when the machine's load drifts between rounds.
  const paired = median(cpu[0]!.map((x, i) => x / cpu[1]![i]!));
  // Interference on a shared machine only ever adds time: each side's fastest round is the
  // closest to its own cost.
  const fastest = Math.min(...cpu[0]!) / Math.min(...cpu[1]!);
  return `| ${name} | ${f(c0)} | ${f(c1)} | ${(c0 / c1).toFixed(2)}x | ${paired.toFixed(2)}x | ${fastest.toFixed(2)}x | ${f(w0)} | ${f(w1)} | ${(w0 / w1).toFixed(2)}x |`;
}
