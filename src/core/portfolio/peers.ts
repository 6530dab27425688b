// Peer comparison: each unit (an account of a portfolio, or an outcome of one file) against
// the average and the top quartile of all units, on three measures:
//   ROI            the unit's ROI % from the summed value and investment of every outcome that
//                  states value or cost, as the totals table computes it (so an outcome with
//                  value but no investment leaves the unit with no ROI, as it leaves its
//                  currency's total); a unit with value in several currencies has none, since
//                  dollars and won cannot be added (an average of the outcomes' ROI % would
//                  weigh a small outcome like a large one), and lists its currencies instead
//   value per user claimed value ÷ users, in minor units, only against units in the SAME
//                  currency (never dollars against won). The tracker's Value/User is per
//                  account, but a CBO file states users per outcome (schema: "how many people
//                  use what the outcome delivers"), and who is in two outcomes is unknown. The
//                  account's people lie between the largest count and the sum; the sum is used,
//                  with the value of those same outcomes: the figure is then never more than
//                  the true one, as the tracker's guardrails ask ("conservative estimates when
//                  data is incomplete", "never inflate values"). The largest count would
//                  inflate it whenever the outcomes serve different people (14 analysts and
//                  38,000 shoppers), and an average of each outcome's value per user would
//                  weigh 14 analysts like 38,000 shoppers. The report's note says so. Only
//                  outcomes that state users (and value) are in it: how many, of the unit's and
//                  of all, is kept (valuePerUserFrom), so the report says what the figure covers.
//   progress       the mean share of the planned change reached (0..1, 1 at the target), over
//                  the unit's outcomes with a share (a numeric target and a reading), due or not:
//                  it says how far each has come, not whether it was met, which is outcome
//                  achievement's question. How many outcomes it is from, and how many of those
//                  are not yet due, is kept (progressFrom) so the report says what it averages.
// Top quartile is the 75th percentile by nearest rank: sorted ascending, the value at
// position ceil(0.75 × n). Units without a figure for a measure are left out of it.
import { divRoundHalfAway } from '../money';
import { sumRoi } from '../roi';
import type { PortfolioOutcome } from './types';
import { byAccount, groupBy } from './group';

export interface Stat {
  mean: number;
  topQuartile: number;
  n: number;
}

export interface PeerUnit {
  name: string;
  /** Undefined for the unit named by no account. */
  account?: string;
  outcomes: PortfolioOutcome[];
  roi?: number;
  /** The currencies of a unit whose value is in more than one (and so has no ROI). */
  currencies?: string[];
  valuePerUser?: { currency: string; minor: number };
  /** How many of the unit's outcomes valuePerUser is from (those that state users and value). */
  valuePerUserFrom?: number;
  achievement?: number;
}

export interface Peers {
  by: 'account' | 'outcome';
  units: PeerUnit[];
  roi?: Stat;
  /** Keyed by currency ('' for none). */
  valuePerUser: Record<string, Stat>;
  /** Outcomes some unit's value per user is from, of all the outcomes compared. */
  valuePerUserFrom: { count: number; of: number };
  /** Outcomes progress is from (those with a share), of all compared; of them, those not yet due and those with no deadline. */
  progressFrom: ProgressFrom;
  achievement?: Stat;
}

export interface ProgressFrom {
  count: number;
  of: number;
  /** Deadline today or later (progress.ts deadlinePassed false). */
  notYetDue: number;
  /** No target date: at target, with no timeline to place it on. */
  noDeadline: number;
}

/** Which outcomes the progress column averages: those with a share, split by whether they are due. */
function progressFrom(rows: readonly PortfolioOutcome[]): ProgressFrom {
  const k: ProgressFrom = { count: 0, of: rows.length, notYetDue: 0, noDeadline: 0 };
  for (const r of rows) {
    if (r.share === undefined) continue;
    k.count++;
    const passed = r.progress?.deadlinePassed;
    if (passed === false) k.notYetDue++;
    else if (passed === undefined) k.noDeadline++;
  }
  return k;
}

export function stat(values: number[]): Stat | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return { mean, topQuartile: sorted[Math.ceil(0.75 * sorted.length) - 1]!, n: values.length };
}

function mean(xs: number[]): number | undefined {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : undefined;
}

function unitOf(name: string, rows: PortfolioOutcome[], account?: string): PeerUnit {
  const u: PeerUnit = { name, outcomes: rows };
  if (account !== undefined) u.account = account;
  const stated = rows.flatMap((r) => (r.roi ? [r.roi] : []));
  const total = stated.length ? sumRoi(stated) : undefined;
  if (total?.issues.includes('mixed-currencies')) u.currencies = total.currencies;
  else if (total?.roiPercent !== undefined) u.roi = total.roiPercent;
  const ach = mean(rows.flatMap((r) => (r.share !== undefined ? [r.share] : [])));
  if (ach !== undefined) u.achievement = ach;
  // Value per user needs one currency across the unit's outcomes that give users.
  const withUsers = rows.filter((r) => r.users !== undefined && r.roi);
  const currencies = new Set(withUsers.map((r) => r.roi!.currency ?? ''));
  if (withUsers.length && currencies.size === 1) {
    const claimed = withUsers.reduce((a, r) => a + BigInt(r.roi!.claimedMinor), 0n);
    // Users may be a decimal in theory; counted in thousandths so the division stays exact.
    const users = withUsers.reduce((a, r) => a + BigInt(Math.round(r.users! * 1000)), 0n);
    if (users > 0n) {
      u.valuePerUser = { currency: [...currencies][0]!, minor: Number(divRoundHalfAway(claimed * 1000n, users)) };
      u.valuePerUserFrom = withUsers.length;
    }
  }
  return u;
}

/** Units by account when the outcomes name accounts, else one unit per outcome. */
export function peerComparison(rows: PortfolioOutcome[], by: 'account' | 'outcome', noAccount: string): Peers {
  let units: PeerUnit[];
  if (by === 'account') {
    units = byAccount(rows).map(([k, g]) => (k ? unitOf(k, g, k) : unitOf(noAccount, g)));
  } else units = rows.map((r) => unitOf(r.title, [r]));
  const vpu: Record<string, Stat> = {};
  const byCur = groupBy(units.filter((u) => u.valuePerUser), (u) => u.valuePerUser!.currency);
  for (const [c, us] of byCur) vpu[c] = stat(us.map((u) => u.valuePerUser!.minor))!;
  const from = units.reduce((a, u) => a + (u.valuePerUserFrom ?? 0), 0);
  const p: Peers = { by, units, valuePerUser: vpu, valuePerUserFrom: { count: from, of: rows.length }, progressFrom: progressFrom(rows) };
  const roi = stat(units.flatMap((u) => (u.roi !== undefined ? [u.roi] : [])));
  if (roi) p.roi = roi;
  const ach = stat(units.flatMap((u) => (u.achievement !== undefined ? [u.achievement] : [])));
  if (ach) p.achievement = ach;
  return p;
}
