// The currency written beside a figure, read one way for the guided flow's answers (the editor
// and `cbo new`) and for a Markdown plan's Value section: what the flow writes ("36000 CHF",
// "80000000원") is what the plan's reader finds. Two readers with two code lists used to
// disagree: the flow accepted CHF and wrote it, the plan's reader knew ten codes and read no
// currency back.
//
// A sign ($ € £ ¥ ₩) before the figure, a word after it (dollars, euros, won, 원, 달러), or an ISO
// 4217 code next to it, before or after, with at most one space ("EUR 36000", "36000EUR"). A
// code anywhere else is a word of the sentence: "our CAD team saves 20,000 USD" is in USD.
import { asWritten, extractQuantities, type Quantity } from './quantity';

/**
 * ISO 4217 codes in use, written once rather than asked of `Intl.supportedValuesOf('currency')`
 * at run time: the list differs with the ICU build (Node's, each browser's, the web worker of
 * github.dev), so a plan would read differently in the CLI and on github.dev. Taken from Node
 * 20.20 (ICU 78.2), which still lists a few codes withdrawn lately (HRK, SLL, ZWL) that older
 * plans may hold. Sorted; a test checks the form.
 */
export const CURRENCY_CODES: readonly string[] = (
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN ' +
  'BZD CAD CDF CHF CLP CNY COP CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL ' +
  'GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF ' +
  'KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR ' +
  'MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG ' +
  'SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD ' +
  'UYU UZS VES VND VUV WST XAF XCD XCG XDR XOF XPF XSU YER ZAR ZMW ZWG ZWL'
).split(' ');
const CODES = new Set(CURRENCY_CODES);

/**
 * Codes that are also English words or common acronyms: after a figure they count only in
 * capitals and when they end it ("80000 ALL: ..." is the lek, "80000 ALL staff moved" is all the
 * staff, "36000 all" the word); before one only in front of money ("TRY 5000", "PHP 50,000", not
 * "PEN 900" or "TOP 10 accounts").
 */
export const CODES_ALSO_WORDS: ReadonlySet<string> = new Set(['ALL', 'BAM', 'BOB', 'COP', 'CRC', 'CUP', 'CVE', 'GEL', 'MAD', 'MOP', 'PEN', 'PHP', 'RUB', 'SOS', 'SVC', 'TOP', 'TRY', 'XDR']);
// Written before a number far more often as the words than as the lek or the pa'anga, whatever its size: "ALL 2,000 stores", "TOP 1000 accounts".
const NEVER_BEFORE: ReadonlySet<string> = new Set(['ALL', 'TOP']);
// A figure of money rather than a count of things: four digits or more, or thousands grouped.
const MONEY_SIZED = /\d{4}|\d[,.]\d{3}/;

const SIGNS: Readonly<Record<string, string>> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₩': 'KRW' };
const WORDS: Readonly<Record<string, string>> = { dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', won: 'KRW', 원: 'KRW', 달러: 'USD' };

const SIGN_BEFORE = /([$€£¥₩])\s*$/;
// A dollar sign with its country's letters: "C$50,000", "A$ 1,200", "HK$300".
const DOLLAR_BEFORE = /(?:^|[^A-Za-z])(US|CA|AU|NZ|HK|SG|C|A|S)\$\s*$/;
const DOLLAR_PREFIX: Readonly<Record<string, string>> = { US: 'USD', CA: 'CAD', C: 'CAD', AU: 'AUD', A: 'AUD', NZ: 'NZD', HK: 'HKD', SG: 'SGD', S: 'SGD' };
// Currencies called dollars, which a bare "$" or "dollars" may mean; ¥ is the yen and the yuan.
const DOLLARS: ReadonlySet<string> = new Set(['AUD', 'BBD', 'BMD', 'BND', 'BSD', 'BZD', 'CAD', 'FJD', 'GYD', 'HKD', 'JMD', 'KYD', 'LRD', 'NAD', 'NZD', 'SBD', 'SGD', 'SRD', 'TTD', 'TWD', 'USD', 'XCD']);
const SIGN_LEADS = /^[$€£¥₩]/;
const SIGN_AFTER = /^\s?([$€£¥₩])(?!\s?\d)/;
// "won" is also the past of "win": money after a figure of money, where it ends the figure or
// before what follows money ("5,000,000 won", "500 won a year", "500 won per call", "800 won
// saved"), a word before a noun it qualifies after a small count ("3 won deals", "12 won
// contracts") or before the things won at any count ("1,500 won deals"). "rand", "real" and "pound" are read as no currency at all (£ is the pound).
// Things won, whatever the count: "1,500 won deals" is the verb as "3 won deals" is.
const WON_THINGS = /^\s*(?:deals|contracts|accounts|bids|cases|awards|customers|clients|tenders|projects|orders|opportunities|renewals|pitches|prizes|grants|logos|RFPs|seats|games|matches)(?![A-Za-z])/i;
const WON_FIGURE = /\d{4}|\d[,.]\d{3}|\d\s?(?:million|billion|mn|bn|[kmb])(?![a-z])|[조억천만]/i;
const AFTER_MONEY = /^\s*(?:$|[^\sA-Za-z]|(?:a|an|per|each|every|in|of|for|from|over|on|to|by|at|with|worth|less|more|total|[a-z]+(?:ed|ly))(?![A-Za-z]))/i;
const CODE_BEFORE = /(?:^|[^A-Za-z])([A-Z]{3})\s?$/;
const WORD_AFTER = /^\s*(?:(dollars?|euros?|won)\b|(원|달러))/i;
// A code joined to a word by a hyphen is part of it: "all-hands", "pen-testing", "top-ups".
const CODE_AFTER = /^\s?([A-Za-z]{3})(?![A-Za-z])(?!-[A-Za-z가-힣])/;
// What ends a figure: the reason's colon, a comma, a dash or full stop with a space or nothing
// after it (a hyphen joins words: "36,000 all-hands"), or the end of the text.
const ENDS_FIGURE = /^\s*(?:[:：,;—–]|[-.](?=\s|$)|$)/;
// The digits of a figure, with a multiplier or a Korean magnitude the number reader took into it
// ("60k", "2.5 million", "8,000만 원"), so what is left is a currency it took too ("80000000원").
// "1.5 M EUR" and "1.5 Mio. €" too: the reader takes " M" into the figure, withMultiplier " Mio.".
const FIGURE_DIGITS = /^[^]*\d(?:\s?(?:million|billion|thousand|mn|bn|mio\.?|mrd\.?)(?![A-Za-z])|MM|\s?[kKmMbB])?[조억천백만\s]*/i;

/** Whether a code written right before a figure names its currency. */
function codeBefore(code: string, figure: string): boolean {
  if (!CODES.has(code)) return false;
  return !CODES_ALSO_WORDS.has(code) || (!NEVER_BEFORE.has(code) && MONEY_SIZED.test(figure));
}

/**
 * The currency written at the start of `s`, the text right after a figure: its ISO code and how
 * many characters it takes ("USD: two seats" is USD, 3). A code followed by more words ("60,000
 * USD over 2 years") counts only in capitals and when it is no word too; one that ends the
 * figure ("usd:", "ALL:", "USD.") does, a word-like code only in capitals ("36000 all" is a word).
 * `figure` is the figure's own text, which tells "5000 won budget" (money) from "3 won deals"
 * (and "1,500 won deals", the verb before the things won). In a plan whose money is in won
 * already (`krw`), "300 won fee saved" is the currency.
 */
export function currencyLead(s: string, figure = '', krw = false): { code: string; length: number } | undefined {
  // "100.000 €", "40 €/hour": a sign after the figure, as much of Europe writes it (not the next figure's: "€ 50").
  const sign = SIGN_AFTER.exec(s);
  if (sign) return { code: SIGNS[sign[1]!]!, length: sign[0].length };
  const word = WORD_AFTER.exec(s);
  if (word && !(word[1]?.toLowerCase() === 'won' && wonIsVerb(s.slice(word[0].length), figure, krw))) {
    return { code: WORDS[(word[1] ?? word[2])!.toLowerCase()]!, length: word[0].length };
  }
  if (word) return undefined;
  const m = CODE_AFTER.exec(s);
  if (!m) return undefined;
  const code = m[1]!.toUpperCase();
  if (!CODES.has(code)) return undefined;
  const capitals = m[1] === code;
  if (CODES_ALSO_WORDS.has(code) && !capitals) return undefined;
  const ends = ENDS_FIGURE.test(s.slice(m[0].length));
  return ends || (capitals && !CODES_ALSO_WORDS.has(code)) ? { code, length: m[0].length } : undefined;
}

/**
 * The text after a figure, as much as a currency after it can take ("  US dollars a year …"):
 * handing the whole rest of the line to currencyLead for every figure was quadratic (a 200 KB
 * line of "1%1%…" took 14 s). Cut text ends in a NUL, so "the end of the text" is not read there.
 */
export function textAfter(s: string, at: number): string {
  return s.length - at > AFTER_WINDOW ? s.slice(at, at + AFTER_WINDOW) + '\u0000' : s.slice(at);
}
/** How much text after a figure textAfter keeps: a currency read there is at most this long. */
export const AFTER_WINDOW = 256;

/** Where the figure `q` ends with the currency written after it ("60,000 USD", "8천만 원"). */
export function figureEnd(text: string, q: { start: number; end: number }): number {
  return q.end + (currencyLead(textAfter(text, q.end), text.slice(q.start, q.end))?.length ?? 0);
}

/** Whether "won" after `figure`, followed by `rest`, is the past of "win". */
function wonIsVerb(rest: string, figure: string, krw: boolean): boolean {
  if (WON_THINGS.test(rest)) return true;
  return !krw && !WON_FIGURE.test(figure) && !AFTER_MONEY.test(rest);
}

/**
 * The currency written at the figure s[start, end), as an ISO code: a sign before it or leading
 * it ("€120000", "$1.2M"), a code before it ("EUR 36000", "CHF36000"), or a sign, code or word
 * after it ("100.000 €", "36000 EUR:", "36000 dollars", "80000000원", "8,000만 원"). Nothing for a figure written bare.
 */
export function currencyAt(s: string, start: number, end: number, krw = false): string | undefined {
  const before = s.slice(Math.max(0, start - 5), start);
  const figure = s.slice(start, end);
  // The reader may take the sign into the figure ("$50,000"), the country's letters never.
  const dollar = DOLLAR_BEFORE.exec(figure.startsWith('$') ? before + '$' : before)?.[1];
  if (dollar) return DOLLAR_PREFIX[dollar];
  const sign = SIGN_BEFORE.exec(before)?.[1] ?? SIGN_LEADS.exec(figure)?.[0];
  if (sign) return SIGNS[sign];
  const code = CODE_BEFORE.exec(before)?.[1];
  if (code && codeBefore(code, figure)) return code;
  // The number reader may take a unit into the figure ("80000000원"): read on from its digits.
  return currencyLead(figure.replace(FIGURE_DIGITS, '') + textAfter(s, end), figure, krw)?.code;
}

const GLUED_CODE = /(?<![A-Za-z])([A-Z]{3})(?=(\d[\d,.]*))/g;
// "Mio." and "Mrd." as German, Austrian and Swiss plans write a million and a billion ("1,5 Mio. €").
const MULTIPLIER_WORD = /^\s?(?:(million|mn|mio\.?)|(thousand)|billion|bn|mrd\.?)(?![A-Za-z])/i;
// "$2.5MM", as American finance writes a million (M for mille, twice): in capitals beside a currency only.
const MM_AFTER = /^MM(?![A-Za-z])/;
// An M after a figure the number reader left bare ("1,5 M €", read by europeanAmounts).
const M_AFTER = /^\s?[mM](?![A-Za-z])/;

/**
 * The figures of a text of money (a value answer, a plan's value line): the number reader's,
 * with a code glued before the digits read as written ("CHF36000"; the reader takes digits after
 * a letter for part of a word, Q2 or v1.2, and found no number) and a multiplier counted wherever
 * the currency is ("1.5M EUR", "1.5 M €", "EUR 1.5M", "1.5 Mio. €" and "2.5 million USD" as
 * "$1.2M" is; an M with no currency may be minutes or metres, so it stays as the reader left it).
 */
export function moneyQuantities(s: string): Quantity[] {
  // Same length: the code's letters become spaces, so every figure keeps its place in `s`.
  const apart = s.replace(GLUED_CODE, (code: string, _c: string, figure: string) => (codeBefore(code, figure) ? ' '.repeat(code.length) : code));
  return extractQuantities(apart).map((q) => withMultiplier(s, q));
}

/**
 * The figure `q` of `s` times the multiplier written with it: a word after it ("2.5 million",
 * "1.5 Mio.", "54 thousand"), "MM" beside a currency ("$2.5MM"), or an M beside a currency, taken into the figure by the number reader ("1.5M EUR",
 * "1.5 M €") or after a figure it left bare ("1,5 M €"). `q` itself when there is none.
 */
export function withMultiplier(s: string, q: Quantity): Quantity {
  const word = MULTIPLIER_WORD.exec(s.slice(q.end)) ?? (q.unit === undefined || SIGNS[q.unit] ? MM_AFTER.exec(s.slice(q.end)) : null);
  const m = word || q.unit !== undefined ? undefined : M_AFTER.exec(s.slice(q.end));
  const end = q.end + ((word ?? m)?.[0].length ?? 0);
  const scale = word?.[0] === 'MM' ? (currencyAt(s, q.start, end) ? 1e6 : 1) : word ? (word[1] ? 1e6 : word[2] ? 1e3 : 1e9) : (q.unit === 'M' || q.unit === 'm' || m) && currencyAt(s, q.start, end) ? 1e6 : 1;
  if (scale === 1) return q;
  return { ...q, value: asWritten(q.value * scale), end };
}

/**
 * The reason written after a figure and its currency, without what joined them: "USD: two
 * seats", "USD. Two seats" and "USD/year from fewer calls" leave "two seats", "Two seats" and
 * "from fewer calls" (the ROI counts every value as yearly; another period stays said).
 */
export function reasonAfter(s: string): string {
  return s.replace(/^\s*\/\s*(?:year|yr|y|annum)(?![A-Za-z])/i, '').replace(/^[\s:：,;—–\-./]+/, '').trim();
}

/**
 * Whether money read as `found` in `text` is in the outcome's currency `outcome`. A bare "$" or
 * "dollars" reads as USD and "¥" as JPY, but in a plan in Canadian dollars "$40 an hour" is
 * Canadian, and in one in yuan "¥500" is yuan: unless the text names USD (JPY) itself, such a
 * figure is taken to be in the outcome's dollars (yuan) rather than left out as another currency.
 */
export function sameCurrency(found: string, outcome: string, text: string): boolean {
  if (found === outcome) return true;
  if (found === 'USD' && DOLLARS.has(outcome)) return !/\bUSD\b|US\$/.test(text);
  if (found === 'JPY' && outcome === 'CNY') return !/\bJPY\b/.test(text);
  return false;
}
