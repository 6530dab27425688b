// A YAML value item has no key for a period: its amount (or its hours) is a year's as written
// (README). A reason that says "per month" beside `amount: 6500` most likely means €6,500 a
// month, and the ROI counted a twelfth of it, silently: a portfolio at −1.9 % was +44.2 % once
// × 12 was counted. A Markdown value line reads the period itself (text/period.ts), and the
// guided flow writes the year with the month's figure in the reason ("€6,500 per month × 12
// months: …", amount 78000); a YAML file written by hand had nothing to say either reading.
import type { Fix, Lang } from '../finding';
import type { Num, ValueItem } from '../model';
import { formatMoney, formatNumber, localeFor, minorDigits } from '../money';
import type { ItemValue } from '../roi';
import { josa } from '../text/josa';
import { asWritten } from '../text/quantity';
import { perYearOf, readPeriods, type PeriodMention, type PeriodName } from '../text/period-mentions';
import { writesKorean } from './fix-snippets';
import { msg, type Rule, type RuleContext } from './types';

/** What the reason says of the item's number, when it reads as a month's (a week's, ...) counted as a year's. */
interface PerPeriod {
  mention: PeriodMention;
  /** The words as written: "per month", "매월". */
  words: string;
  /** Times a year; none for a day. */
  perYear?: number;
  /** The reason counts some other number of these periods ("× 6 months"): the year is not ours to write. */
  otherCount: boolean;
}

/** Equal as written figures are: within half a percent, so a rounded year still matches its month. */
const near = (a: number, b: number) => Math.abs(a - b) <= Math.max(0.005, Math.abs(b) * 0.005);

/**
 * Whether the reason `text` says the item's number `v` is for a shorter period than a year. Quiet
 * when the reason works the year out ("€6,500 per month × 12" with 78000), writes the number as
 * something else ("… = 78,000"), gives the period to another figure ("€500 a month for licences"),
 * or counts the periods or names the year itself ("per month × 12", "a year").
 */
export function perPeriodReading(text: string, v: number): PerPeriod | undefined {
  const r = readPeriods(text);
  if (!r.mentions.length) return undefined;
  const written = (m: PeriodMention) => r.counts.filter((c) => c.period === m.period || (!c.period && (c.count === perYearOf(m.period) || m.period === 'day')));
  const timesOf = (m: PeriodMention) => {
    const k = perYearOf(m.period);
    return (k ? [k] : []).concat(written(m).map((c) => c.count));
  };
  // The number is a figure times its periods: the year is worked out already ("€6,500 per month" with 78000).
  for (const m of r.mentions) if (m.figure && timesOf(m).some((c) => near(m.figure!.value * c, v))) return undefined;
  const reading = (m: PeriodMention): PerPeriod => {
    const k = perYearOf(m.period);
    return { mention: m, words: text.slice(m.start, m.end), ...(k ? { perYear: k } : {}), otherCount: written(m).some((c) => c.count !== k) };
  };
  // The number is the figure the reason writes for the period: a month's, by its own words.
  const own = r.mentions.find((m) => m.figure && near(m.figure.value, v));
  if (own) return reading(own);
  // The number is written apart from any period ("per month × 12 = 78,000"): said as it is counted.
  const forPeriod = new Set(r.mentions.map((m) => m.figure));
  if (r.figures.some((q) => !forPeriod.has(q) && near(q.value, v))) return undefined;
  // The period is another figure's ("€500 per month for 13 seats"): the number is a sum of the item's own.
  if (r.mentions.some((m) => m.figure)) return undefined;
  // A period alone is the number's, unless the reason counts the periods or names the year.
  const alone = r.mentions[0]!;
  if (r.yearly || written(alone).length) return undefined;
  return reading(alone);
}

/** The period in the words a reason writes it with: "per month" after the figure, 월 before it. */
const PER: Record<Lang, Record<PeriodName, string>> = {
  en: { month: 'per month', week: 'per week', quarter: 'per quarter', 'half-year': 'per half-year', day: 'per day' },
  ko: { month: '월', week: '주', quarter: '분기', 'half-year': '반기', day: '일' },
};
const PERIOD_KO: Record<PeriodName, string> = { month: '한 달', week: '한 주', quarter: '한 분기', 'half-year': '반기', day: '하루' };

/** "€6,500 per month × 12", "월 ₩6,500,000 × 12": what the reason says once the year is written. */
const reasonWords = (lang: Lang, period: PeriodName, figure: string, times: string) =>
  lang === 'ko' ? `${PER.ko[period]} ${figure} × ${times}` : `${figure} ${PER.en[period]} × ${times}`;

/** Money in the outcome's currency for a message; a figure past what minor units hold, as a number. */
function moneyOf(minor: number, currency: string, lang: Lang): string {
  const locale = localeFor(lang);
  return Number.isSafeInteger(minor) ? formatMoney(minor, currency || undefined, locale) : formatNumber(minor / 10 ** minorDigits(currency || undefined), locale);
}

/**
 * Money as a person writes it in a reason: "€6,500", not "€6,500.00" (the cents only when there
 * are some). Read back by the same reader, so the fixed item is quiet.
 */
function writtenMoney(minor: number, currency: string, lang: Lang): string {
  const d = minorDigits(currency || undefined);
  const s = moneyOf(minor, currency, lang);
  return d > 0 && minor % 10 ** d === 0 ? s.replace(new RegExp(String.raw`(\d)[.,]0{${d}}(?![\d.,])`), '$1') : s;
}

const hoursText = (h: number, lang: Lang) => (lang === 'ko' ? `${formatNumber(h, localeFor(lang))}시간` : `${formatNumber(h, localeFor(lang))} hours`);

/** The item as the fix and the message see it. */
interface Seen {
  p: PerPeriod;
  v: ItemValue;
  /** The number the period is for: `amount`, or `hours` at a rate. */
  key: 'amount' | 'hours';
  n: Num;
  currency: string;
  /** The document's language: words meant for the reason follow it, as a fix's do. */
  doc: Lang;
}

/** The figure as the reason would write it: "€6,500", "75 hours", "75시간". */
const reasonFigure = (s: Seen) => (s.key === 'amount' ? writtenMoney(s.v.minor, s.currency, s.doc) : hoursText(s.n.value, s.doc));

function message(ctx: RuleContext, s: Seen): string {
  const { p, v, key, n, currency } = s;
  const lang = ctx.lang;
  const k = p.perYear;
  const money = (times: number) => moneyOf(v.minor * times, currency, lang);
  // The number as counted, and the year it makes if it is the period's.
  const now = key === 'amount' ? money(1) : `${hoursText(n.value, lang)} (${money(1)})`;
  const year = k === undefined ? undefined : key === 'amount' ? money(k) : `${hoursText(n.value * k, lang)} (${money(k)})`;
  const words = reasonWords(s.doc, p.mention.period, reasonFigure(s), k === undefined ? (s.doc === 'ko' ? '220일' : '220 working days') : String(k));
  // A figure written for the period is the item's number by the reason's own words; a period
  // alone may be the reason's and not the number's.
  const alone = !p.mention.figure;
  if (lang === 'ko') {
    const figure = key === 'amount' ? money(1) : hoursText(n.value, lang);
    const head = `가정에 "${p.words}"${josa(p.words, '이')} 적혀 있지만 \`${key}\`${josa(key, '은')} 1년 값으로 계산되어, 이 항목은 1년에 ${now}입니다.`;
    const per = `${figure}${josa(figure, '이')} ${PERIOD_KO[p.mention.period]} 값이라면`;
    const how =
      year === undefined
        ? `${per} 1년은 ${figure} × 1년 중 해당하는 날수입니다. \`${key}\`에 그 곱을, 가정에 날수를 적으세요(예: "${words}").`
        : `${per} 1년은 ${year}입니다. 그렇다면 \`${key}\`에 1년 값을, 가정에 "${words}"${josa(words, '을')} 적으세요.`;
    return alone ? `${head} ${how} 1년 값이 맞다면 가정에 "연간"이라고 밝히세요.` : `${head} ${how}`;
  }
  const figure = key === 'amount' ? money(1) : `the ${hoursText(n.value, lang)}`;
  const counted = key === 'amount' ? "`amount` is counted as a year's value" : "`hours` are counted as a year's";
  const head = `The assumption says "${p.words}", but ${counted}: this item counts ${now} a year.`;
  const per = `If ${figure} ${key === 'amount' ? 'is' : 'are'} ${PER.en[p.mention.period]}`;
  const how =
    year === undefined
      ? `${per}, the year is ${figure} × the days it happens in a year: write that in \`${key}\` and the days in the assumption ("${words}").`
      : `${per}, the year is ${year}: write that in \`${key}\` and "${words}" in the assumption.`;
  return alone ? `${head} ${how} If it is a year's, say so there ("a year").` : `${head} ${how}`;
}

/**
 * The year's figure into the number and the period's into the reason ("… (€6,500 per month ×
 * 12)"), in one edit, in the document's language. The reason is written back as a double-quoted
 * scalar, as the guided flow writes it: a plain one in a flow mapping cannot hold the comma of
 * "6,500". Not for a day (how many days is not ours to say), for a reason that counts other
 * periods ("× 6 months"), or for a block scalar, whose span runs on to the next line.
 */
function periodFix(ctx: RuleContext, item: ValueItem, s: Seen): Fix | undefined {
  const a = item.assumption;
  const k = s.p.perYear;
  if (!a || k === undefined || s.p.otherCount || item.assumptionBlock) return undefined;
  const words = reasonWords(s.doc, s.p.mention.period, reasonFigure(s), String(k));
  const yearly = String(asWritten(s.n.value * k));
  return {
    kind: 'edits',
    title: msg(ctx, `Count a year: ${yearly} (${words})`, `1년 값으로: ${yearly} (${words})`),
    edits: [
      { span: s.n.span, text: yearly },
      { span: a.span, text: JSON.stringify(`${a.value.trimEnd()} (${words})`) },
    ].sort((x, y) => x.span.start - y.span.start),
  };
}

export const rule: Rule = {
  id: 'value-period-mismatch',
  name: 'Value item written for a month, counted as a year',
  scope: 'value',
  defaultSeverity: 'warning',
  description: {
    en: 'A YAML value item whose assumption says its figure is per month, week, quarter or day is counted as a year\'s value as written; write the year\'s figure, or say the figure is a year\'s.',
    ko: '가정에 월·주·분기·일 단위라고 적힌 YAML 가치 항목은 적힌 숫자 그대로 1년 가치로 계산됩니다. 1년 값을 적거나, 1년 값임을 밝히세요.',
  },
  check(o, ctx) {
    // A Markdown value line reads its period itself and counts the year (text/period.ts).
    if (!o.value || o.source === 'md-template') return;
    // The ROI's currency, which its minor units are counted in.
    const currency = ctx.roi().currency ?? '';
    for (const v of ctx.roi().items) {
      const item = o.value.items[v.index];
      const text = item?.assumption?.value;
      if (!item || !text || !v.counted) continue;
      // The number the period would be for: the amount, or the hours at a rate (a probability
      // per month is not a twelfth of a year's, so a risk is left alone).
      const n = v.basis === 'amount' ? item.amount : v.basis === 'hours-x-rate' ? item.hours : undefined;
      if (!n || !(n.value > 0)) continue;
      const p = perPeriodReading(text, n.value);
      if (!p) continue;
      const seen: Seen = { p, v, key: n === item.amount ? 'amount' : 'hours', n, currency, doc: writesKorean(o) ? 'ko' : 'en' };
      const fix = periodFix(ctx, item, seen);
      ctx.report({ span: n.span, message: message(ctx, seen), data: { period: p.mention.period }, ...(fix ? { fix } : {}) });
    }
  },
};
