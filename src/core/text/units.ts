// Units as a plan writes them beside a number or after a metric's name, compared: "%", "percent"
// and "퍼센트" are one unit, "days", "day" and "일" another. Used to tell a second target in the
// target's own unit from a figure that describes it ("80% of tickets within 24 hours"), and a
// baseline in another unit than its metric's ("12 days" for a metric in %).

/** The units whose every spelling is known, each as one key: only these are told apart from each other. */
const KNOWN: [RegExp, string][] = [
  [/^(?:%|％|percent|per ?cent|pct|퍼센트|프로)$/, '%'],
  [/^(?:secs?|seconds?|초)$/, 'second'],
  [/^(?:mins?|minutes?|분)$/, 'minute'],
  [/^(?:h|hrs?|hours?|시간)$/, 'hour'],
  [/^(?:days?|일)$/, 'day'],
  [/^(?:weeks?|주)$/, 'week'],
  [/^(?:months?|개월)$/, 'month'],
  [/^(?:years?|yrs?|년)$/, 'year'],
];

/**
 * One key for every spelling of a unit: a known unit's name ('%', 'day', 'hour'...), else the
 * unit in lower case, its spaces made one, without an English plural's "s" ("users", "user").
 * Undefined when there is no unit. A single letter other than "h" ("m", "s") stays itself: it
 * may be minutes or millions, metres or seconds.
 */
export function unitKey(unit: string | undefined): string | undefined {
  const u = unit?.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!u) return undefined;
  for (const [re, key] of KNOWN) if (re.test(u)) return key;
  return /^[a-z ]{3,}s$/.test(u) ? u.slice(0, -1) : u;
}

/**
 * Whether two units written are certainly not the same: both known (`unitKey`) and different.
 * "%" and "percent", "day" and "일" are the same; a unit not known ("NPS points", "orders/hour")
 * or none is never said to differ.
 */
export function unitsDiffer(a: string | undefined, b: string | undefined): boolean {
  const ka = unitKey(a);
  const kb = unitKey(b);
  return ka !== kb && isKnown(ka) && isKnown(kb);
}

function isKnown(key: string | undefined): boolean {
  return KNOWN.some(([, k]) => k === key);
}

/** The unit a metric's name declares in closing parentheses: "Share of calls (%)", "결산 소요 일수 (일)". */
export function unitInParens(name: string): string | undefined {
  return /\(([^()]{1,16})\)\s*$/.exec(name)?.[1]?.trim();
}

/** A known unit's name as a message says it (the plural in English), whatever its spelling: "hrs" and "h" are "hours", "일" is 일 in Korean and "days" in English. */
const SHOWN: Record<string, { en: string; ko: string }> = {
  '%': { en: '%', ko: '%' },
  second: { en: 'seconds', ko: '초' },
  minute: { en: 'minutes', ko: '분' },
  hour: { en: 'hours', ko: '시간' },
  day: { en: 'days', ko: '일' },
  week: { en: 'weeks', ko: '주' },
  month: { en: 'months', ko: '개월' },
  year: { en: 'years', ko: '년' },
};

/** `unit` named for a message in `lang`: a known unit by its one name, any other as written. */
export function unitShown(unit: string, lang: 'en' | 'ko'): string {
  const key = unitKey(unit);
  return (key !== undefined && SHOWN[key]?.[lang]) || unit;
}
