// The CBO model: what the parsers produce and every rule, ROI and report reads.
// It holds plain values with source spans, never a parse tree, so a host can keep
// models for many files without keeping the YAML or markdown-it trees alive.

/** A half-open range of UTF-16 offsets into the document text. */
export interface Span {
  start: number;
  end: number;
}

/** A string leaf of the document and where it stands. */
export interface Text {
  value: string;
  span: Span;
}

export interface Num {
  value: number;
  span: Span;
}

/**
 * A Markdown money line longer than the money readers read (text/money-text.ts): where the part
 * left unread is, and the whole line's length in characters, for value-text-too-long.
 */
export interface TextCut {
  span: Span;
  length: number;
}

export type SourceKind = 'yaml' | 'md-template' | 'md-fence';

export const DIRECTIONS = ['increase', 'decrease', 'maintain'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const CATEGORIES = [
  'reduced-business-risk',
  'esg',
  'increased-revenue',
  'operational-efficiency',
  'experience',
  'innovation',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const VALUE_TYPES = [
  'hard-savings',
  'soft-savings',
  'revenue-impact',
  'risk-avoidance',
  'opportunity-cost',
] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

/**
 * A point on a metric: the baseline, the target or a measurement.
 * In YAML `value` and `date` come from their keys; in a Markdown template they are
 * read out of free text (`raw`), so either may be missing while `raw` is present.
 */
export interface Measure {
  span: Span;
  raw?: Text;
  value?: Num;
  /** A unit written next to the number in free text, e.g. "%" or "hours". */
  unit?: string;
  /** ISO date (YYYY-MM-DD); for a target its deadline, for a baseline its as-of date. */
  date?: Text;
  /**
   * A YAML key where the date belongs, misspelt (`asof:`, `byy:`), where it stands: the schema
   * names it with the key meant, so a rule need not say "no date" as well.
   */
  dateKeyTypo?: Span;
}

export interface Metric {
  span: Span;
  name?: Text;
  unit?: Text;
  /** As written; rules check it is one of DIRECTIONS. */
  direction?: Text;
  baseline?: Measure;
  target?: Measure;
  measurements: Measure[];
  /**
   * `measurements: { file: checkout.csv }`: readings kept in a CSV beside the CBO. The core
   * never reads files: a host or the CLI reads it and fills `measurements` (see portfolio/csv).
   */
  measurementsFile?: Text;
}

export interface ValueItem {
  span: Span;
  type?: Text;
  amount?: Num;
  hours?: Num;
  rate?: Num;
  probability?: Num;
  impact?: Num;
  assumption?: Text;
  /**
   * The YAML assumption is a block scalar (`|` or `>`), whose span runs on to the next line: a
   * fix that rewrites the assumption in place would join that line onto it, so none is offered.
   */
  assumptionBlock?: true;
  validated?: boolean;
  /**
   * A Markdown item's figure written in another currency than the outcome's value ("50,000
   * USD" among items in EUR), where it was written: the item counts as 0, since an outcome is
   * counted in one currency and there are no exchange rates here (as `investmentCurrency`).
   */
  otherCurrency?: Text;
  /**
   * The product a Markdown line writes after its factors ("500 hours × 40 = 20,000 USD", "9,000
   * calls × $6 = $54,000"): when it is not their product (a count included) the line says two
   * values, and the ROI counts neither.
   */
  writtenTotal?: Num;
  /**
   * A Markdown item's figure written for a month or a week ("월 500만 원", "$4,000/month"): how
   * many times a year it recurs (12, 52, 4, 2), where the period is written. The ROI counts a year's
   * value, so the figure is multiplied by it. A YAML item has no such key: its numbers are yearly.
   */
  perYear?: Num;
  /**
   * A Markdown line's count of people or things its hours or its unit price are for ("10 agents
   * × 200 hours × $40", "9,000 calls × $6"), several multiplied: the ROI multiplies the item by it.
   */
  count?: Num;
  /** The factors of `count` as written, when one is a share or a span ("15% of $800,000", "$1,000/week × 6 months": 26 weeks), so they are shown so. */
  countParts?: CountPart[];
  /**
   * A number of years a Markdown line multiplies by ("× 3 years", "3년 ×"), where it is written.
   * An item's value is a year's, so the ROI does not count such a line (`years-factor`).
   */
  years?: Num;
  /**
   * A factor a Markdown line multiplies by that the ROI cannot use, as written, where it is
   * written: minutes with no rate per hour to make hours of ("20 staff × 30 minutes × $40"), or a
   * span of days or hours against a figure for another period ("$1,000/week × 30 days"). The
   * ROI does not count such a line (`unread-factor`) rather than value it without the factor.
   */
  unreadFactor?: Text;
  /**
   * The term a Markdown Soft Savings, Opportunity Cost or Risk Avoidance line adds to its product
   * ("500 hours × $40 + $5,000"): the type's value is the product alone, so the ROI does not count
   * the line (`added-term`) rather than read "$40 + $5,000" as the rate.
   */
  addedTerm?: Text;
  /** With a span as `unreadFactor`: its unit, and the period of the figure it was written against ("$1,000/week × 30 days": day, week). */
  unreadUnits?: { span: TimeUnit; per: TimeUnit };
  /**
   * A share of change written before a Markdown line's money and not joined to it ("15% uplift
   * from the new pricing on $800,000"), with the money's words: whether the value is the share of
   * the money or the money itself is not said, so the ROI counts neither (`share-not-joined`).
   */
  unjoinedShare?: { share: Text; money: string };
  /** A Markdown line whose only figure is a count of people or things, with no price ("3 analysts"): its words, for the finding. */
  unpricedCount?: Text;
  /**
   * A Markdown line's figure written as a ceiling ("up to $100,000", "최대 1억 원") or a change
   * ("from $60,000 to $40,000"; `low` and `high` the two figures' words), not the value expected:
   * the ROI counts it as 0 (`bound`). A floor ("at least $60,000") is read as the value.
   */
  bound?: { kind: 'ceiling' | 'change'; words: Text; low?: string; high?: string };
  /** With `years`: the figure is written over them ("$1.2M over 3 years"), not multiplied by them. */
  yearsOver?: true;
  /** A Markdown line too long to read whole: its figures are read from its start only (value-text-too-long). */
  cut?: TextCut;
}

/** A factor a Markdown investment cannot use, as written, and with a span its unit and the period of the cost it is against. */
export interface InvestmentUnread {
  factor: Text;
  units?: { span: TimeUnit; per: TimeUnit };
}

/** One factor of a Markdown line's count: a share (15 for 15%), a span in its unit (26 weeks), or a count of things. */
export interface CountPart {
  value: number;
  share?: true;
  unit?: TimeUnit;
}

/** A unit of time a Markdown figure is written per, or a span of ("30 days", "$1,000/week"). */
export type TimeUnit = 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'half-year';

/** Value actually realised on a date (`value.realised`), for trends by quarter. */
export interface Realised {
  span: Span;
  date?: Text;
  amount?: Num;
}

export interface ValueBlock {
  span: Span;
  currency?: Text;
  investment?: Num;
  /** An investment written with no number in it ("Investment: about a quarter's budget"), where it was written. */
  investmentText?: Text;
  /** A Markdown investment written for a month or a week with no span ("$20,000/month"): no whole cost, not counted. */
  investmentMonthly?: Text;
  /** A Markdown investment multiplied by a factor it cannot use ("× 90 minutes" with no cost per hour, "$1,000/week × 30 days"): not counted. */
  investmentUnread?: InvestmentUnread;
  /** A Markdown investment that is a count of people or things with no price ("2 developers", "개발자 2명"): not counted. */
  investmentCount?: Text;
  /** A Markdown investment written as a floor ("at least $60,000") or a change ("from $60,000 to $80,000"), not the whole cost: not counted. */
  investmentBound?: { kind: 'floor' | 'change'; words: Text; low?: string; high?: string };
  /** A Markdown investment adding a running cost the first year's cost cannot be read from ("$2,000/month support" beside a one-off cost), its words: not counted. */
  investmentRunning?: Text;
  /** With `investment`: the one-off cost and the first year's running cost it is the sum of ("$60,000 (one-off) and $10,000/year support", "$20,000/month × 6 months + $10,000 setup"), shown in the report. */
  investmentParts?: { oneOff: number; running: number };
  /** A Markdown investment line too long to read whole: its cost is read from its start only (value-text-too-long). */
  investmentCut?: TextCut;
  /**
   * A Markdown plan's investment written in another currency than its value ("60,000 USD"
   * against value in EUR), where it was written: left out of `investment`, since an outcome is
   * counted in one currency and there are no exchange rates here. A YAML outcome has one `currency`.
   */
  investmentCurrency?: Text;
  items: ValueItem[];
  /** Dated realised value; absent when the document has none. */
  realised?: Realised[];
  /** Free-text value lines from a Markdown template (Financial Impact, ...). */
  notes: Text[];
}

export interface Outcome {
  /** Stable within one document: the outcome's index in document order. */
  index: number;
  source: SourceKind;
  /** The whole outcome's text. */
  span: Span;
  /** Where outcome-level findings go: the `## CBO:` heading or the outcome's first key. */
  anchor: Span;
  /** A YAML outcome's `id`: a portfolio counts two outcomes with the same id (and account) once. */
  id?: Text;
  title?: Text;
  category?: Text;
  owner?: Text;
  context: { challenge?: Text; strategicImportance?: Text; stakeholderImpact?: Text };
  workshop: { current: Text[]; future: Text[]; barriers: Text[]; solutions: Text[] };
  behavior?: Text;
  hypothesis?: Text;
  metrics?: { span: Span; primary?: Metric; secondary: Metric[] };
  /** The Markdown template's Timeline bullet (YAML puts the deadline on target.by). */
  timeline?: Text;
  value?: ValueBlock;
  dependencies: Text[];
  assumptions: Text[];
  risks: Text[];
  /** The Markdown template's Success Factors bullets (success criteria), judged for wording. */
  successFactors?: Text[];
  /** The customer the outcome is for; a portfolio groups by it. */
  account?: Text;
  /** The period the value is counted for, as written (e.g. "FY2027"). */
  period?: Text;
  /** When the account became a customer (YYYY-MM-DD), for the report header. */
  customerSince?: Text;
  /** People using what the outcome delivers, for value per user. */
  users?: Num;
  /** Product usage that drives the outcome. */
  usage?: Usage[];
  /** Value not yet realised or claimed: shown apart, never added to the value. */
  opportunities?: Opportunity[];
  /**
   * Every string leaf of the outcome, for rules that scan all text (placeholders).
   * In Markdown these are the bullet values and the title. Filled by the parsers for the
   * rules and emptied once they have run, so kept models stay small.
   */
  strings: Text[];
  /**
   * Where a missing piece would be inserted, by section key
   * ('metrics', 'primary', 'baseline', 'target', 'deadline', 'value', 'end'), with the
   * indentation to use. Rules pass these to fixes so code actions never recompute.
   */
  insertAt: Record<string, InsertPoint>;
}

/** One activity that drives the outcome: `{ activity, volume, outcome, valuePerUnit }`. */
export interface Usage {
  span: Span;
  activity?: Text;
  volume?: Num;
  /** The result the activity drives, in words. */
  outcome?: Text;
  /** Value of one unit of volume, in the outcome's currency. */
  valuePerUnit?: Num;
}

/** A value opportunity not yet realised: `{ description, amount, assumption }`. */
export interface Opportunity {
  span: Span;
  description?: Text;
  amount?: Num;
  assumption?: Text;
}

/**
 * A place to insert a missing piece. `indent` is the indentation of the sibling lines;
 * `flow` is set when the parent is a YAML flow mapping (`{ value: 80 }`), where the
 * insertion is `, key: value` before the closing brace rather than a new line.
 */
export interface InsertPoint {
  offset: number;
  indent: string;
  flow?: boolean;
}

export interface CboDocument {
  kind: 'yaml' | 'markdown';
  outcomes: Outcome[];
}

export function emptyOutcome(index: number, source: SourceKind, span: Span): Outcome {
  return {
    index,
    source,
    span,
    anchor: { start: span.start, end: span.start },
    context: {},
    workshop: { current: [], future: [], barriers: [], solutions: [] },
    dependencies: [],
    assumptions: [],
    risks: [],
    strings: [],
    insertAt: {},
  };
}
