// Money as integers of the currency's minor unit (cents, fils; won and yen have none).
//
// Why integers: value items are added, multiplied and compared, and binary floats turn
// 0.1 + 0.2 into 0.30000000000000004. A report that is one cent off a spreadsheet loses the
// reader's trust in every other figure, so amounts are converted once, exactly, and all
// arithmetic after that is on integers (BigInt inside, plain numbers at the boundary).
//
// Rounding: ROUND HALF AWAY FROM ZERO, applied exactly once per conversion or product.
// Chosen over banker's rounding because it is what people and spreadsheets do by hand
// (Excel's and Google Sheets' ROUND, the usual invoice rule), so a customer who checks
// "1,200 h x 45.125" on a calculator gets the same cent. Banker's rounding only pays off when
// thousands of rounded values are summed; here each value item is rounded once and there are
// a handful of items, so its bias reduction buys nothing and its surprises cost trust.

/** ISO 4217 currencies whose minor unit is not 2 digits. Every other code uses 2. */
const MINOR_DIGITS: Readonly<Record<string, number>> = {
  // No minor unit.
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0,
  UGX: 0, UYI: 0, VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
  // Thousandths.
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
  // Units of account with four digits.
  CLF: 4, UYW: 4,
};

/** Digits of the minor unit: 0 for KRW and JPY, 3 for KWD and BHD, 2 otherwise (and when unknown). */
export function minorDigits(currency: string | undefined): number {
  const code = currency?.trim().toUpperCase() ?? '';
  return Object.hasOwn(MINOR_DIGITS, code) ? MINOR_DIGITS[code]! : 2;
}

/** A decimal written as an integer over a power of ten: value = n / 10^scale. */
interface Decimal {
  n: bigint;
  scale: number;
}

/**
 * The decimal the author wrote. `Number.prototype.toString` gives the shortest decimal that
 * reads back as the same double, which for anything typed into a YAML file (up to 15
 * significant digits) is exactly what was typed: 0.1 gives "0.1", not 0.1000000000000000055.
 */
function decimalOf(x: number): Decimal {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(x.toString());
  if (!m) throw new RangeError(`cannot read ${x} as a decimal`);
  const frac = m[3] ?? '';
  let n = BigInt(m[2]! + frac);
  let scale = frac.length - Number(m[4] ?? 0);
  if (scale < 0) {
    n *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { n: m[1] ? -n : n, scale };
}

/** p / q rounded half away from zero (q > 0). The one rounding step of this module. */
export function divRoundHalfAway(p: bigint, q: bigint): bigint {
  if (q <= 0n) throw new RangeError('divisor must be positive');
  const neg = p < 0n;
  const a = neg ? -p : p;
  const r = (2n * a + q) / (2n * q);
  return neg ? -r : r;
}

/**
 * The exact product of decimal factors (one or more), in minor units of `currency`, rounded
 * once. `minorProduct(45.125, 'USD')` is 4513; `minorProduct(1200, 45.125, 'USD')` (hours x
 * rate) and `minorProduct(0.1, 1000000, 'USD')` (probability x impact) are computed without
 * any intermediate rounding.
 */
export function minorProductBig(factors: number[], currency: string | undefined): bigint {
  let n = 10n ** BigInt(minorDigits(currency));
  let scale = 0;
  for (const f of factors) {
    const d = decimalOf(f);
    n *= d.n;
    scale += d.scale;
  }
  return divRoundHalfAway(n, 10n ** BigInt(scale));
}

/** Whether a minor-unit integer can be held in a plain number without losing units. */
export function isSafeMinor(v: bigint): boolean {
  return v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= -BigInt(Number.MAX_SAFE_INTEGER);
}

/**
 * An amount in major units (80000.5 dollars) as an integer of minor units (8000050 cents),
 * rounded half away from zero: toMinor(1.005, 'USD') is 101, where Math.round(1.005 * 100)
 * gives 100. Throws RangeError for NaN, Infinity and results beyond Number.MAX_SAFE_INTEGER.
 */
export function toMinor(amount: number, currency?: string): number {
  return safe(minorProductBig([amount], currency));
}

/** hours x rate, probability x impact, ...: the exact product in minor units, rounded once. */
export function productToMinor(a: number, b: number, currency?: string): number {
  return safe(minorProductBig([a, b], currency));
}

function safe(v: bigint): number {
  if (!isSafeMinor(v)) throw new RangeError('amount too large to hold exactly');
  return Number(v);
}

/**
 * Minor units as an exact decimal string in major units, without grouping: 38100000 USD gives
 * "381000.00", 1502 KRW gives "1502", -5 USD gives "-0.05". For JSON and tests.
 */
export function minorToDecimal(minor: number | bigint, currency?: string): string {
  const d = minorDigits(currency);
  const v = BigInt(minor);
  const neg = v < 0n;
  const s = (neg ? -v : v).toString().padStart(d + 1, '0');
  const body = d === 0 ? s : `${s.slice(0, s.length - d)}.${s.slice(s.length - d)}`;
  return neg ? `-${body}` : body;
}

/** The locale a UI language formats numbers in. */
export function localeFor(lang: 'en' | 'ko'): string {
  return lang === 'ko' ? 'ko-KR' : 'en-US';
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, currency: string | undefined, digits: number): Intl.NumberFormat {
  const key = `${locale}\u0000${currency ?? ''}\u0000${digits}`;
  let f = formatters.get(key);
  if (!f) {
    const base: Intl.NumberFormatOptions = { minimumFractionDigits: digits, maximumFractionDigits: digits };
    try {
      f = new Intl.NumberFormat(locale, currency ? { ...base, style: 'currency', currency } : base);
    } catch {
      // Not a code Intl knows (or an unknown locale): plain grouped digits; the caller adds the code.
      f = new Intl.NumberFormat('en-US', base);
    }
    formatters.set(key, f);
  }
  return f;
}

function isIntlCurrency(currency: string | undefined): currency is string {
  if (!currency || !/^[A-Z]{3}$/.test(currency)) return false;
  try {
    new Intl.NumberFormat('en-US', { style: 'currency', currency });
    return true;
  } catch {
    return false;
  }
}

/**
 * Minor units for people: formatMoney(38100000, 'USD', 'en-US') is "$381,000.00",
 * formatMoney(1502, 'KRW', 'ko-KR') is "₩1,502". The number of decimals is always the
 * currency's minor digits, so the text shows exactly the stored units. Without a currency
 * (or with a code Intl does not know) the digits are grouped and the code, if any, follows.
 */
export function formatMoney(minor: number, currency: string | undefined, locale: string): string {
  const d = minorDigits(currency);
  // Display only: a safe integer divided by a power of ten is the double nearest the exact
  // decimal, and formatting it to `d` digits gives back that decimal.
  const major = minor / 10 ** d;
  if (isIntlCurrency(currency)) return formatter(locale, currency, d).format(major);
  const plain = formatter(locale, undefined, d).format(major);
  return currency ? `${plain} ${currency}` : plain;
}

/**
 * A price for one unit, which may be finer than the currency's minor unit ("0.125 USD" a
 * page view): at least the minor digits, at most four. formatUnitPrice(0.4, 'USD', 'en-US') is
 * "$0.40", beside totals written "$48,000.00"; unknown codes follow the digits as formatMoney.
 */
export function formatUnitPrice(value: number, currency: string | undefined, locale: string): string {
  const min = minorDigits(currency);
  const opts: Intl.NumberFormatOptions = { minimumFractionDigits: min, maximumFractionDigits: Math.max(min, 4) };
  if (isIntlCurrency(currency)) return new Intl.NumberFormat(locale, { ...opts, style: 'currency', currency }).format(value);
  const plain = new Intl.NumberFormat(locale, opts).format(value);
  return currency ? `${plain} ${currency}` : plain;
}

/** A plain number for people (hours, probabilities shown as-is), grouped in the locale. */
export function formatNumber(x: number, locale: string, maxDigits = 2): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: maxDigits }).format(x);
}

/** A percentage already multiplied by 100, with one decimal: formatPercent(52.4, 'en-US') is "52.4%". */
export function formatPercent(pct: number, locale: string): string {
  return `${formatTenths(pct, locale)}%`;
}

/**
 * A figure with exactly one decimal, as percentages and payback months are shown everywhere:
 * "4.0" beside "9.6", never "4" (maximumFractionDigits alone dropped the ".0").
 */
export function formatTenths(x: number, locale: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(x);
}
