// What the canvas shows for a file a `.cborc.yaml` `ignore:` leaves out. The diagnostics leave
// such a file unlinted, so the panel had no new result to draw and kept the canvas of the file
// it showed before, under the new file's name: a stale canvas that looked like this file's. It
// now says the file is ignored, by which config and pattern, and draws nothing else.
import type { Lang } from '../finding';
import { shownPattern, type IgnoredBy } from '../ignore';
import type { PanelModel } from './canvas';
import { CANVAS_UI } from './canvas-words';

/** "This file is ignored by <config> (ignore: "<pattern>")." in the panel's language. */
export function ignoredSentence(by: IgnoredBy, lang: Lang): string {
  const g = shownPattern(by.pattern);
  // A path cannot take a particle (josa cannot tell how it ends): a noun of our own stands between.
  if (lang === 'ko') return `${by.config} 설정 파일이 이 파일을 무시합니다(ignore: ${g}).`;
  return `This file is ignored by ${by.config} (ignore: ${g}).`;
}

/** The panel's model for an ignored file: no outcome, the sentence, and the panel's own words. */
export function ignoredPanelModel(file: string, by: IgnoredBy, opts: { lang: Lang; today: string }): PanelModel {
  return { file, lang: opts.lang, today: opts.today, outcomes: [], ignored: ignoredSentence(by, opts.lang), ui: CANVAS_UI[opts.lang] };
}
