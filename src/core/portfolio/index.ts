// The portfolio: many CBO files seen together (rates, totals per currency, peers, trends,
// recommendations). Pure core: callers read files and CSVs and pass the parsed models.
export { buildPortfolio, outcomeRow, reachedTarget } from './build';
export { csvMetrics, parseMeasurementsCsv, safeCsvPath, type CsvMeasurements, type CsvProblem, type CsvRow } from './csv';
export { comparable, COPY_FIGURES, countOnce, differingFigures, duplicateNotes, type CopyFigure, type DuplicateNote, type DuplicateOutcome } from './duplicates';
export { portfolioJson } from './json';
export { peerComparison, stat, type Peers, type PeerUnit, type Stat } from './peers';
export { rates, rateState } from './rates';
export { recommendations, STALE_DAYS, type Recommendation, type RecommendationKind } from './recommendations';
export { currencyTotals } from './totals';
export { quarterOf, quarterTrends, type QuarterTrend } from './trends';
export { RATE_NAMES, RATE_TARGETS, type CurrencyTotal, type Portfolio, type PortfolioOutcome, type PortfolioSource, type RateName, type Rates } from './types';
export { firstUnread, hasReadingError, outcomesWithErrors, portfolioPart, READING_RULE_IDS, reportCaveats, tooLargeNote } from './unread';
