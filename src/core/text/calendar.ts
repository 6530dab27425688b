// Days of the calendar: whether a day exists, how long a month is, a day written YYYY-MM-DD.
// Small and without imports, so the guided flow's example dates (bundled in the host, which
// does not load the engine at activation) and the date reader share one calendar.

export function isCalendarDate(y: number, mo: number, d: number): boolean {
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** A day as YYYY-MM-DD. */
export function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
