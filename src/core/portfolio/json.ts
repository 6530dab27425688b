// `cbo portfolio --format json`: stable field names, money as the ROI command writes it
// ({ minor, amount }: integer minor units and the exact decimal), rates as fractions 0..1.
import { minorToDecimal } from '../money';
import type { CsvNote } from './report-md';
import { RATE_TARGETS, type Portfolio } from './types';

export type Money = { minor: number; amount: string } | null;

function money(minor: number | undefined, currency: string | undefined): Money {
  return minor === undefined ? null : { minor, amount: minorToDecimal(minor, currency) };
}

export function portfolioJson(p: Portfolio, problems: readonly CsvNote[] = []) {
  return {
    outcomes: p.outcomes.map((r) => {
      const cur = r.roi?.currency ?? r.currency;
      return {
        file: r.file,
        line: r.line,
        title: r.title || null,
        ...(r.account !== undefined ? { account: r.account } : {}),
        category: r.category ?? null,
        status: r.status,
        currency: cur ?? null,
        investment: money(r.roi?.investmentMinor, cur),
        claimed: money(r.roi?.claimedMinor, cur),
        validated: money(r.roi?.validatedMinor, cur),
        ...(r.roi?.roiPercent !== undefined ? { roi: r.roi.roiPercent } : {}),
      };
    }),
    totals: p.totals.map((t) => ({
      currency: t.key || null,
      investment: money(t.investmentMinor, t.currency),
      claimed: money(t.claimedMinor, t.currency),
      validated: money(t.validatedMinor, t.currency),
      net: money(t.netMinor, t.currency),
      ...(t.roiPercent !== undefined ? { roi: t.roiPercent } : {}),
      ...(t.conservativeRoiPercent !== undefined ? { conservativeRoi: t.conservativeRoiPercent } : {}),
    })),
    rates: { ...p.rates },
    targets: { ...RATE_TARGETS },
    // What the figures leave out (a file that does not parse, drafts, a measurements file that
    // cannot be used), so a pipeline reading only stdout knows the totals are partial.
    problems: problems.map((x) => ({ file: x.file, line: x.line, message: x.message })),
  };
}
