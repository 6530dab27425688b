// Says in words what the statement judge saw, so a message explains its verdict
// ("judged an output: it starts with 'Run', an activity, and nothing in it measures a
// change") instead of only naming a word.
import type { Lang } from '../finding';
import { excerpt } from './excerpt';
import type { StatementJudgement } from './statement';
import { josa } from './josa';

const WORD_MAX = 60;

export function explainVerdict(j: StatementJudgement, lang: Lang): string {
  const r = j.reason;
  // A quoted word is a word or a short phrase; a pasted run of letters is cut, not quoted
  // whole: at 60 characters, shorter than a quoted value, since the verdict's own words follow.
  const w = excerpt(r.at?.word ?? '', WORD_MAX);
  const opens = r.at !== undefined && r.at.start === firstWordStart(j);
  const count = excerpt(r.count?.trim() ?? '', WORD_MAX) || undefined;
  if (lang === 'ko') {
    const cnt = count ? ` "${count}"${josa(count, '은')} 활동의 횟수이지 변화의 크기가 아닙니다.` : '';
    switch (r.code) {
      case 'deliverable':
      case 'action':
      case 'activity':
        return `산출물로 판단했습니다: "${w}"${josa(w, '은')} 팀이 하는 일이나 만드는 것이고, 변화를 재는 숫자가 없습니다.${cnt}`;
      case 'artefact':
        return `산출물로 판단했습니다: 만들 것("${w}")만 있고 변화가 없습니다.`;
      case 'change':
        return `측정 없는 바람으로 판단했습니다: "${w}"${josa(w, '은')} 방향만 있고 크기가 없습니다.`;
      case 'state':
        return `측정 없는 바람으로 판단했습니다: "${w}"${josa(w, '은')} 이르고 싶은 상태일 뿐, 잴 수 있는 기준이 없습니다.`;
      case 'desire':
        return `측정 없는 바람으로 판단했습니다: "${w}"${josa(w, '은')} 바람이나 다짐이지 측정할 수 있는 변화가 아닙니다.`;
      case 'topic':
        return `측정 없는 바람으로 판단했습니다: 주제("${w}")만 있고 변화도 숫자도 없습니다.`;
      default:
        return '';
    }
  }
  const cnt = count ? ` ("${count}" counts the activity, not a change)` : '';
  switch (r.code) {
    case 'deliverable':
      return opens
        ? `Judged an output: it starts with "${w}", something the team delivers, and nothing in it measures a change${cnt}.`
        : `Judged an output: "${w}" names something the team delivers, and nothing in it measures a change${cnt}.`;
    case 'activity':
    case 'action':
      return `Judged an output: it starts with "${w}", an activity, and nothing in it measures a change${cnt}.`;
    case 'artefact':
      return `Judged an output: it names a thing to make ("${w}") and no change.`;
    case 'change':
      return `Judged an unmeasured aspiration: "${w}" says which way but not how far.`;
    case 'state':
      return `Judged an unmeasured aspiration: "${w}" names a state to reach, and nothing measures it.`;
    case 'desire':
      return `Judged an unmeasured aspiration: "${w}" is a wish, not a change anyone could measure.`;
    case 'topic':
      return `Judged an unmeasured aspiration: it names a subject ("${w}") but no change and no measure.`;
    default:
      return '';
  }
}

function firstWordStart(j: StatementJudgement): number | undefined {
  return j.reason.at ? j.firstWord : undefined;
}

