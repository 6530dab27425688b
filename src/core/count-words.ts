// The counts a Markdown value line multiplies, as the report and the canvas show them: a share
// as a share and a span in its unit ("15% × $800,000.00", "26 weeks × $1,000.00"). A span
// converted to the figure's period was shown as a bare "26 ×", and a share as "0.15 ×".
import type { Lang } from './finding';
import type { CountPart, TimeUnit } from './model';

const EN: Record<TimeUnit, [string, string]> = { hour: ['h', 'h'], day: ['day', 'days'], week: ['week', 'weeks'], month: ['month', 'months'], quarter: ['quarter', 'quarters'], 'half-year': ['half-year', 'half-years'] };
const KO: Record<TimeUnit, string> = { hour: '시간', day: '일', week: '주', month: '개월', quarter: '분기', 'half-year': '반기' };

/** The parts joined by " × ", each number written by `num` ("3 × 26 weeks", "15%", "6개월"). */
export function countWords(parts: readonly CountPart[], lang: Lang, num: (n: number) => string): string {
  return parts
    .map((p) => {
      const n = num(p.value);
      if (p.share) return `${n}%`;
      if (!p.unit) return n;
      return lang === 'ko' ? `${n}${KO[p.unit]}` : `${n} ${EN[p.unit][p.value === 1 ? 0 : 1]}`;
    })
    .join(' × ');
}
