// "Today" as the user's calendar says it, not UTC's: in Seoul (UTC+9) it is already tomorrow
// from 15:00 UTC, and in UTC terms still yesterday before 09:00 local time. Deadlines and
// progress are judged on the user's date, the same in the editor and the CLI.

/**
 * The local date of `now` as YYYY-MM-DD. `offsetMinutes` is what `Date#getTimezoneOffset`
 * returns (minutes to add to local time to get UTC: -540 in Seoul, 300 in New York in winter);
 * it defaults to the runtime's own, and is a parameter so tests can fix the clock and the zone.
 */
export function localDate(now: Date = new Date(), offsetMinutes: number = now.getTimezoneOffset()): string {
  return new Date(now.getTime() - offsetMinutes * 60_000).toISOString().slice(0, 10);
}
