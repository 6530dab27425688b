// A file name made from an outcome's words ("analysts-open-the-report.cbo.yaml"). Small and
// pure, so the host bundles it without loading the engine.

/**
 * Lower-case words joined by hyphens, cut at a word boundary to at most `max` characters, so a
 * long behaviour gives "returning-customers-finish-checkout-without", never "...withou". A first
 * word longer than `max` is cut (there is no boundary to keep). Hangul is kept as it is.
 */
export function fileSlug(text: string | undefined, max = 48, fallback = 'outcome'): string {
  const words = (text ?? '').toLowerCase().split(/[^a-z0-9가-힣]+/).filter(Boolean);
  let out = '';
  for (const w of words) {
    const next = out ? `${out}-${w}` : w;
    if (next.length > max) break;
    out = next;
  }
  if (!out && words.length) out = words[0]!.slice(0, max);
  return out || fallback;
}
