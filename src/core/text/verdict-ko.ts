// The verdict on a Korean statement (see verdict.ts): the predicate at the end carries it, a
// subject marked by its particle names the people. The order of the tests is the method.
import type { Q } from './statement-numbers';
import { tokensOf, type KoreanShape } from './shape';
import { group1, matchSpan, type Decision, type Facts } from './verdict-facts';
import { KO_ACTION_NOUNS, KO_BEHAVIOUR_NOUNS, KO_HABIT_WORDS, KO_ORGANISATION, KO_PARTNER_ORG_END, KO_WORKFORCE } from '../vocab/shape-words';
import type { WordMatch } from './wordlist';

export function decideKorean(text: string, shape: KoreanShape, qs: Q[], outputs: WordMatch[], aspirations: WordMatch[], marker: WordMatch | undefined, f: Facts): Decision {
  const { scale, level, count, counted, tok, withCount } = f;

  // Korean: the predicate at the end carries the statement.
  const p = shape.predicate;
  // "… 공동체를 만들기 위해 최선을 다하겠다": a promise of effort, even when people act in the
  // sentence before it ("주민 스스로 … 실천하는"); "8년 연속 우수기관 선정": an award.
  const effort = KO_EFFORT.exec(text) ?? KO_AWARD.exec(text);
  if (effort && !scale) return { verdict: 'unmeasured', reason: { code: 'state', at: matchSpan(effort) } };
  // "신규 일자리 3000개 창출", "2500개의 일자리를 창출", "기술수출 중소기업을 3000개에서 1만 개로 확대", "어휘 2000개 습득":
  // jobs in the economy, firms reaching a result, words learned: results counted.
  const jobs = text.includes('일자리') ? KO_JOBS.exec(text) : null;
  const resultCounted = (jobs && !KO_FUNDED_JOBS.test(text.slice(0, jobs.index)) ? jobs : null) ?? KO_FIRMS_FROM_TO.exec(text) ?? KO_LEARNED.exec(text);
  if (resultCounted && !effort) return { verdict: 'outcome', reason: { code: 'measured', at: group1(resultCounted) } };
  // "생산능력을 15만t 달성", "넷 제로 로드맵을 수립합니다", "점포 수 1만 9000점 달성", "독서 활용 수업을
  // 학기당 8시간 이상 확보", "월 1회 내부 세미나를 통해 …": the organisation's own capacity,
  // documents, outlets, class hours and routines, however they are counted.
  // (A routine followed by what it found is a measure: "분기 1회 점검 결과 부적합 건수 0건".)
  const routine = KO_ROUTINE.exec(text);
  const ownWork = (!text.includes('%') && !/대비|초과/.test(text) ? KO_CAPACITY.exec(text) : null) ?? KO_DOC_MADE.exec(text) ?? KO_OUTLETS.exec(text) ?? KO_CLASS_HOURS.exec(text) ?? (routine && !/결과|비율|\d/.test(text.slice(routine.index + routine[0].length)) ? routine : null);
  if (ownWork && !marker) return { verdict: 'output', reason: withCount({ code: 'action', at: group1(ownWork) }) };
  // "연간 흑자 달성", "손익분기점 달성", "흑자 전환": a financial result reached, measurable as it stands.
  const profit = KO_PROFIT.exec(text);
  if (profit && !effort) return { verdict: 'outcome', reason: { code: 'measured', at: matchSpan(profit) } };
  // "테스트 커버리지를 90%로 유지하며 구현 완료": a bar the work keeps while a deliverable is finished.
  const barThenDone = scale ? KO_BAR_THEN_DONE.exec(text) : null;
  if (barThenDone) return { verdict: 'output', reason: { code: 'action', at: group1(barThenDone) } };
  // "고속도로 … 925km 차선 개선", "자전거도로 120㎞ 조성": a length of infrastructure built or fixed.
  const laid = KO_INFRA_NOUN.test(text) ? KO_INFRA_LENGTH.exec(text) : null;
  if (laid) return { verdict: 'output', reason: withCount({ code: 'action', at: group1(laid) }) };
  // "A급 국제논문 수 2782편에서 5000편으로 증가": the staff's own papers or patents, counted.
  const authored = KO_AUTHORED_COUNT.exec(text);
  if (authored && !marker) return { verdict: 'output', reason: withCount({ code: 'action', at: group1(authored) }) };
  // "국민 1인당 체육시설면적 5.7㎡로 확대": facility space provided, even when stated per person.
  const space = KO_FACILITY_AREA.exec(text);
  if (space) return { verdict: 'output', reason: withCount({ code: 'action', at: group1(space) }) };
  // "조합원 스스로 변화하는 삶을 통해 지속가능한 세상 만들기": the people's doing describes the
  // world to be made; making a world, a society or a town is a direction, not a behaviour.
  const world = marker && !scale && !level ? KO_WORLD_MADE.exec(text) : null;
  if (world) return { verdict: 'unmeasured', reason: { code: 'state', at: group1(world) } };
  // "협력사가 세금계산서를 메일 대신 포털에서 발행한다": people change how they act.
  if (marker && shape.person && shape.person.start < marker.start) return { verdict: 'outcome', reason: { code: 'behaviour', at: tok(marker) } };
  // "직원들이 업무를 더 효율적으로 한다", "우리 팀이 목표를 달성한다": people are named, but
  // what they do is a quality with no size, or a goal reached that the sentence never states.
  const vagueDoing = shape.person && !scale && !level && !count ? KO_VAGUE_DOING.exec(text) : null;
  if (vagueDoing) return { verdict: 'unmeasured', reason: { code: 'state', at: matchSpan(vagueDoing) } };
  // "직원이 품질을 개선한다", "가게가 더 많은 매출을 올린다": people improve or raise a quality or
  // an amount, with no size; what they do is the change itself, not a behaviour that shows it.
  // ("현장 관리자가 사진을 시스템에 올린다" uploads; "… 주민이 늘어난다" is more people acting.)
  if (shape.person && p && p.cls === 'change' && p.finite && !scale && !level && !count && (KO_RAISE_QUALITY.test(p.stem) || (/^올리|^올린/.test(p.stem) && KO_AMOUNT_OBJECT.test(text)))) return { verdict: 'unmeasured', reason: { code: 'change', at: tok(p) } };
  // "심정지 환자를 본 주민이 바로 신고하고 가슴압박을 시작한다", "팀원들이 회의 전에 안건 문서를
  // 읽고 들어오자": people named as the subject doing something concrete, in any ending.
  const concrete = shape.person && p && (p.cls !== 'desire' || KO_LETS.test(text)) && (p.cls !== 'action' || (!KO_CREW_SUBJECT.test(shape.person.text) && (!KO_PARTNER_ORG.test(shape.person.text) || p.stem.startsWith('전환'))));
  // (An aspiration word in a clause that leads to the predicate, "회복한 뒤 다시 집으로 돌아온다",
  // is a step on the way, not the statement's direction.)
  if (concrete && p && !scale && !level && !count && (!shape.stateWord || KO_STATE_IN_CLAUSE.test(text.slice(shape.stateWord.start, shape.stateWord.start + 12))) && !aspirations.some((a) => a.start > shape.person!.end && !KO_CLAUSE_AFTER.test(text.slice(a.end, a.end + 6))) && KO_CONCRETE_END.test(text) && !KO_ENABLE.test(text)) {
  return { verdict: 'outcome', reason: { code: 'behaviour', at: tok(p) } };
  }
  // "연간 3,000명이 심폐소생술 교육을 이수": a count of people as the subject, doing something.
  const peopleDo = KO_COUNTED_SUBJECT.exec(text);
  if (peopleDo && !KO_CREW.test(text)) return { verdict: 'outcome', reason: { code: 'measured', at: matchSpan(peopleDo) } };
  // "수원화성으로 1천만 명 관광객이 찾아오는 시대를 열자": people counted, wished for or not.
  if (p && p.cls === 'desire' && count && KO_PEOPLE_COUNT.test(text.slice(count.end, count.end + 8))) return { verdict: 'outcome', reason: { code: 'measured', at: tok(count) } };
  // "이번 분기에 신규 거래처 100개를 확보하자": results won, counted, wished for.
  if (p && p.cls === 'desire' && counted && KO_RESULT_WISH.test(text)) return { verdict: 'outcome', reason: { code: 'measured', at: tok(counted) } };
  // "학생의 자기주도적 질문과 토론이 일상화되는 교실": people's own doing becoming a habit.
  const habit = KO_PEOPLES_HABIT.exec(text);
  if (habit) return { verdict: 'outcome', reason: { code: 'behaviour', at: group1(habit) } };
  // "1회용컵 대신 개인컵 생활화": a habit taken up instead of another, whoever takes it up.
  if (marker && KO_HABIT_WORDS.test(text)) return { verdict: 'outcome', reason: { code: 'behaviour', at: tok(marker) } };
  // "중부권 최고의 병원으로 거듭난다": becoming something is a state, however it is put.
  const reborn = KO_REBORN.exec(text);
  if (reborn && !scale && !level && !count) return { verdict: 'unmeasured', reason: { code: 'state', at: group1(reborn) } };
  // "회원사가 체감할 수 있는 업무지원체계 정착", "부모급여를 월 70만 원에서 월 100만 원으로 확대":
  // a system put in place, a benefit raised: the organisation's own work and money.
  // (Not "육아휴직 사용률 30%로 제고 및 제도 정착": the uptake is measured.)
  const provision = (!scale && !level ? KO_SYSTEM_SETTLED.exec(text) : null) ?? KO_BENEFIT_RAISED.exec(text);
  if (provision) return { verdict: 'output', reason: withCount({ code: 'action', at: group1(provision) }) };
  // "2030년까지 보도면적 두 배 확대": more pavement or road built is a deliverable, however measured.
  const paved = KO_INFRA_GROWTH.exec(text);
  if (paved) return { verdict: 'output', reason: withCount({ code: 'action', at: { start: paved.index + paved[0].length - paved[1]!.length, end: paved.index + paved[0].length, word: paved[1]! } }) };
  // "시내버스 100% 저상화": all of a deliverable, done; not a change in anyone.
  const all = p && p.cls === 'action' && qs.length === 1 && qs[0]!.value === 100 && qs[0]!.unit === '%';
  if (all) return { verdict: 'output', reason: { code: 'action', at: tok(p) } };
  if (p && p.cls === 'action' && !scale) return { verdict: 'output', reason: withCount({ code: 'action', at: tok(p) }) };
  // "임직원 대상 보안 교육 연 4회": how often the organisation does something is a count of its work.
  const often = qs.find((q) => q.unit === '회' || KO_TIMES.test(text.slice(q.end, q.end + 3)));
  if (often && koActionBefore(text, often.start)) return { verdict: 'output', reason: { code: 'action', at: tok(often), count: text.slice(often.start, often.end) } };
  // "국내 1위 핀테크 플랫폼이 된다", "함께 성장하는 복지관이 된다": becoming something is a state.
  const becomes = KO_BECOME.exec(text);
  if (becomes && !scale && !level) return { verdict: 'unmeasured', reason: { code: 'state', at: matchSpan(becomes) } };
  // "하루 2시간 영어 공부하기": time spent on an activity counts the activity.
  // (A percentage or a duration skips the shape, so the ending is read from the text.)
  // "1주일 5일 이상 운동하기(최소 40분 이상 걷기)": days a week, and a note in brackets after the goal.
  const perWeek = scale ? qs.find((q) => q.unit === '일' && /(?:주|주일|한\s?주)\s?$/.test(text.slice(Math.max(0, q.start - 6), q.start))) : undefined;
  // "주 3회, 30분 이상 걷기", "잠들기 전 20분씩 읽기": minutes on a schedule, or so many each time.
  const doing = scale && (perWeek !== undefined || (/^(?:시간|분)$/.test(scale.unit ?? '') && (/(?:하루|매일|매주|주\s?|일\s?)(?:\s?\d+\s?회)?,?$/.test(text.slice(Math.max(0, scale.start - 9), scale.start).trimEnd()) || /^\s?씩/.test(text.slice(scale.end, scale.end + 2))))) ? KO_DOING.exec(text.replace(/\s*\([^()]*\)\s*$/, '')) : null;
  if (doing) return { verdict: 'output', reason: { code: 'action', at: { start: doing.index, end: doing.index + doing[0].trimEnd().length, word: doing[0].trimEnd() }, count: text.slice(scale!.start, scale!.end) } };
  // "영업사원 고객 방문 월 60건": the team's own visits or calls, counted.
  const crewCount = KO_CREW.test(text) ? qs.find((q) => q.unit === '건' || q.unit === '회' || KO_TIMES.test(text.slice(q.end, q.end + 3))) : undefined;
  if (crewCount) return { verdict: 'output', reason: { code: 'action', at: tok(crewCount), count: text.slice(crewCount.start, crewCount.end) } };
  // "청년의 희망을 지원할 전담조직을 만듭니다": an organisation or a system set up.
  const setUp = KO_SET_UP.exec(text);
  if (setUp) return { verdict: 'output', reason: { code: 'action', at: matchSpan(setUp) } };
  // "콘텐츠 펀드 1조원 조성", "공약 이행률 95%", "근로지원인 지원을 3,000명까지": money raised,
  // the organisation's own plans carried out, a service given to a count of people.
  // "청년농 전용펀드를 2027년까지 1000억원 규모로 확대": a fund grown; "연구인력을 100명에서 300명으로
  // 늘린다": staff added. Both are inputs, however they are counted.
  // "주차장 보급률을 70%까지 확대", "저상버스를 전국 시내버스의 50% 수준까지 확대": what the
  // programme provides, to a share; "보행자우선도로를 50곳 이상 지정": places designated.
  // (Not a grant followed by what it changed: "5천만 원 지원으로 매출 20% 증가".)
  const funded = KO_FUNDING.exec(text);
  const fundedResult = funded !== null && qs.some((q) => q.role === 'measure' && q.start >= funded.index + funded[0].length) && KO_FUNDED_RESULT.test(text.slice(funded.index + funded[0].length));
  const inputs = (fundedResult ? null : funded) ?? KO_INVEST.exec(text) ?? provided(KO_PROVISION.exec(text)) ?? provided(KO_FACILITY_SHARE.exec(text)) ?? KO_FUND_GROWTH.exec(text) ?? KO_STAFF_GROWTH.exec(text) ?? KO_EXECUTION_RATE.exec(text) ?? KO_SERVED.exec(text) ?? KO_WORK_COUNT.exec(text);
  if (inputs) return { verdict: 'output', reason: { code: 'action', at: matchSpan(inputs) } };
  // "2028년에는 2000개교까지 AI 중점학교를 확대": more places designated or built.
  if (counted && !scale && p && p.cls === 'change' && (KO_EXPAND.test(p.stem) || (KO_FIX.test(p.stem) && !KO_FROM_TO.test(text) && !KO_STATE_CHANGE.test(text))) && KO_THING_COUNT.test(text.slice(counted.start, counted.end + 10))) return { verdict: 'output', reason: { code: 'action', at: tok(p), count: text.slice(counted.start, counted.end) } };
  // "신규 채용 인원 50명 확대", "직원 리더십 교육 이수율 100%": staff hired or trained.
  const staffed = KO_STAFFING.exec(text);
  if (staffed && (count || scale || level)) return { verdict: 'output', reason: { code: 'action', at: matchSpan(staffed) } };
  // "농촌 빈집 정비 150동": the action, then how many it was done to.
  const lastTok = p && /^\d/.test(p.text) ? p : undefined;
  if (lastTok && count && !scale && koActionBefore(text, lastTok.start)) return { verdict: 'output', reason: { code: 'action', at: tok(lastTok), count: text.slice(count.start, count.end) } };
  // "데이터 표준화 80% 완료", "공정률 80%": a share of a deliverable finished.
  const doneShare = scale && KO_SHARE_DONE.test(text.slice(scale.end, scale.end + 6));
  if (doneShare) return { verdict: 'output', reason: { code: 'action', at: tok(scale), count: text.slice(scale.start, scale.end) } };
  // "유통경영체 100개소 …", "신규 매장 3곳 오픈", "홍보 영상 5편": places, sessions and made things
  // counted, with no result or change as the predicate, are the organisation's own work.
  if (count && !scale && p && (p.cls === 'noun' || p.cls === 'verb') && KO_THING_COUNT.test(text.slice(count.start, count.end + 10)) && !KO_BEHAVIOUR_NOUNS.some((w) => p.stem.includes(w))) {
  return { verdict: 'output', reason: { code: 'action', at: tok(p), count: text.slice(count.start, count.end) } };
  }
  if (scale || level) return { verdict: 'outcome', reason: { code: 'measured', at: tok(scale ?? level!) } };
  // "국민이 원하는 곳에서 … 이용할 수 있도록 한다": a capability granted, not a behaviour seen.
  const enabled = KO_ENABLE.exec(text);
  if (enabled) return { verdict: 'unmeasured', reason: { code: 'state', at: matchSpan(enabled) } };
  // "15만 인구 회복": a count to get back to is a target, not a mood.
  // "정주 인구 3만 회복", "인구 1만5천명 회복": the people may be named before the number too.
  const regained = count && p && p.cls === 'state' && p.stem.endsWith('회복') && (/^\s?(?:만|천|백)?\s?(?:명|인구|가구|세대|관광객|고객)/.test(text.slice(count.end, count.end + 8)) || /(?:인구|주민|관광객|방문객|고객)\s?$/.test(text.slice(Math.max(0, count.start - 6), count.start)));
  if (count && p && (regained || (p.cls !== 'desire' && p.cls !== 'state'))) return { verdict: 'outcome', reason: { code: 'measured', at: tok(count) } };
  if (marker) return { verdict: 'outcome', reason: { code: 'behaviour', at: tok(marker) } };
  // "시민이 행복한 도시": people named, and a state hoped for them.
  if (shape.person && shape.stateWord && shape.stateWord.start > shape.person.start && !scale && !level && !count) return { verdict: 'unmeasured', reason: { code: 'state', at: tok(shape.stateWord) } };
  if (shape.person && p && (p.cls === 'verb' || p.cls === 'noun' || p.cls === 'result' || (p.cls === 'change' && p.finite))) {
  // "상담원이 더 빠르게 문의를 처리한다": people act, but the change has no size.
  const vague = aspirations.find((a) => a.start > shape.person!.end && a.end <= p.start);
  if (vague) return { verdict: 'unmeasured', reason: { code: 'change', at: tok(vague) } };
  return { verdict: 'outcome', reason: { code: 'behaviour', at: tok(p) } };
  }
  if (p && p.cls === 'desire') return { verdict: 'unmeasured', reason: { code: 'desire', at: tok(p) } };
  if (p && (p.cls === 'state' || p.cls === 'change')) return { verdict: 'unmeasured', reason: { code: p.cls, at: tok(p) } };
  // A sentence about things ("모든 청구서가 도착한 날 지급된다"): a state of affairs, not vague.
  // ... but "채널별 SLA를 대시보드에 표시한다" (an object and X한다, nobody named) is a task.
  if (p && p.cls === 'verb' && /(?:한다|합니다|하다|함|했다)$/.test(p.text) && /[을를](?:\s|$)/.test(text)) return { verdict: 'output', reason: { code: 'action', at: tok(p) } };
  if (p && p.cls === 'verb' && !aspirations.length && !outputs.length) return { verdict: 'outcome', reason: { code: 'behaviour', at: tok(p) } };
  // Neither the predicate nor a subject decides: the words do, the last one first.
  const o = outputs[outputs.length - 1];
  const a = aspirations[aspirations.length - 1];
  if (o && (!a || o.start > a.start)) return { verdict: 'output', reason: { code: 'action', at: tok(o) } };
  if (a) return { verdict: 'unmeasured', reason: { code: 'change', at: tok(a) } };
  if (shape.stateWord) return { verdict: 'unmeasured', reason: { code: 'state', at: tok(shape.stateWord) } };
  return { verdict: 'unmeasured', reason: { code: 'topic', ...(p ? { at: tok(p) } : {}) } };
}

// A manner with no size (효율적으로, 효과적으로, 원활하게) or "the goal" reached with none named.
const KO_VAGUE_DOING = /(?:효율적|효과적|원활)(?:으로|하게|히)|목표(?:를|을)?\s?달성(?:한다|합니다|하자|하기|하겠다|해야\s?한다)?[\s.!]*$/;

// Raising or improving, said of what people do to a quality (개선, 향상, 높인다 ...).
const KO_RAISE_QUALITY = /^(?:개선|향상|증대|강화|제고|극대화|최적화|높이|높인|늘리|늘린|키우|키운)/;
// What 올리다 raises when it is not an upload.
const KO_AMOUNT_OBJECT = /(?:매출|성과|실적|점수|성적|만족도|효율|품질|수익|생산성)[을를]\s/;

// Built things a length is measured on (not a commute, a car's range).
const KO_INFRA_NOUN = /도로|차로|차선|철도|노선|선로|보도|자전거|둘레길|산책로|하천|제방|관로|상수관|하수관|노면|터널|교량/;
const KO_STATE_IN_CLAUSE = /^[가-힣]+?(?:한|된)\s?(?:뒤|후)|^[가-힣]+?(?:하고|하여|해서)\s/;
const KO_CLAUSE_AFTER = /^(?:한\s?뒤|한\s?후|하고|하여|해서|하면|된\s?뒤|된\s?후)/;
const KO_PEOPLES_HABIT = /(?:학생|주민|시민|직원|구성원|고객|이용자|환자|어르신|청소년|아동|학부모|교사|국민)(?:들)?의\s(?:[가-힣]+\s){0,3}?[가-힣]*(?:질문|토론|참여|봉사|운동|독서|기부|재활용|분리배출|학습|대화|소통|실천|나눔|걷기|절약|활동)[가-힣]*\s[^.]{0,10}?(일상화|생활화|습관화)/d;
const KO_REBORN = /(?:로|으로)\s?((?:거듭난다|거듭나겠다|거듭나자|거듭날\s?것|발돋움한다|발돋움하겠다|발돋움|도약한다|도약하겠다|자리매김한다|자리매김))\s*[.!]?\s*$/d;
const KO_SYSTEM_SETTLED = /(?:체계|시스템|제도|플랫폼|프로세스)\s?(?:의\s)?(정착|안착)\s*[.!]?\s*$/d;
// A benefit the programme pays, by name (부모급여, 아동수당); not wages or income ("평균 급여", "연금 소득").
const KO_BENEFIT_RAISED = /((?:(?:부모|아동|양육|실업|구직|주거|생계|기초생활|장애인?|출산)급여|수당|지원금|장려금|보조금|바우처|이용권)(?:을|를)?)\s?[^.]{0,24}?\d[\d,.]*\s?(?:만|천|억)?\s?원[^.]{0,16}?(?:확대|인상|상향|늘리|늘린)/d;
const KO_FIX = /개선|정비|보수|교체|설치|조성|건립|신설/;
// "12km에서 8km로 개선": a level moved, not places fixed.
// "하천 10곳을 좋음 등급으로 개선", "미세먼지 나쁨 지역 5곳": a state changed in places, not places fixed.
const KO_STATE_CHANGE = /(?:등급|수준|상태)(?:으로|로)|나쁨|오염|미세먼지|수질/;
const KO_FROM_TO = /\d\s?[^\s\d]{0,3}\s?에서\s?[\d,.]+/;
// ... also with the count first: "2500개의 일자리를 창출", "10만개의 새 일자리를 만든다".
// Not jobs the organisation funds itself (노인·공공·재정 일자리, a 일자리 사업), nor jobs as the
// purpose of something built ("일자리 3000개 창출을 위한 산단 조성").
const KO_JOBS = /((?:신규\s?)?일자리\s?[\d,.]+\s?(?:만|천)?\s?(?:개|명)?\s?(?:창출|만들기|만든다))(?!\s?(?:을|를)\s?(?:위한|위해|통한|통해))|(?<![\d,.])([\d,.]+\s?(?:만|천)?\s?(?:개|명)의\s?(?:새|신규|새로운|양질의|좋은)?\s?일자리(?:를|을)?\s?(?:창출|만들기|만든다|만들겠다)(?:한다|하겠다)?)\s*[.!]?$/d;
const KO_FIRMS_FROM_TO = /(?<!(?:지원|컨설팅|바우처|수혜|참여|선정)\s?(?:대상\s?)?)((?:기업|중소기업|스타트업|벤처|업체|농가|사업체)(?:을|를|이|가|\s?수를?)?)\s?[\d,.]+\s?(?:만|천)?\s?(?:개|곳|호|개사)?\s?에서\s?[\d,.]+\s?(?:만|천)?\s?(?:개|곳|호|개사)?\s?(?:로|으로)/d;
const KO_LEARNED = /(?<![\d,.])[\d,.]+\s?(?:개|단어|문장)\s?((?:습득|암기))/d;
const KO_CAPACITY = /((?:생산\s?능력|설비\s?용량|발전\s?용량|처리\s?용량|생산\s?용량))(?:을|를)?\s?[^.%]{0,24}?(?:확대|증설|늘리|늘린|늘려|달성|확보|구축)/d;
const KO_DOC_MADE = /((?:로드맵|기본계획|종합계획|실행계획|전략|가이드라인|매뉴얼)(?:을|를)\s?(?:수립|마련|발표|확정|제정))(?:한다|합니다|하겠다|하겠습니다|할\s?것)?\s*[.!]?$/d;
const KO_OUTLETS = /(?<!적자\s?|사고\s?|부실\s?|다발\s?)((?:점포|매장|영업점)\s?수(?![익신])(?:를|을)?)\s?[^.]{0,20}?\d[^.]{0,24}?(?:확대|달성|늘리|늘린|늘려|출점|오픈)/d;
const KO_CLASS_HOURS = /((?:수업|교육|강의|연수|훈련|체험활동)(?:을|를)?)\s?[^.]{0,12}?\d+\s?시간\s?(?:이상\s?)?(?:확보|운영|실시|편성)/d;
const KO_ROUTINE = /(?:월|주|분기|연)\s?\d+\s?회\s?(?:이상\s?)?((?:내부\s?)?(?:세미나|회의|워크숍|교육|점검|간담회|캠페인|설명회|모니터링))/d;
const KO_PROFIT = /(?:흑자|손익분기점|BEP|영업이익\s?흑자)(?:를|을)?\s?(?:달성|전환|기록|실현)(?:하자|한다|하겠다|할\s?것)?\s*[.!]?\s*$/;
const KO_BAR_THEN_DONE = /\d\s?%\s?(?:이상|이하)?\s?(?:로|으로|를|을)?\s?(?:유지|충족)(?:하며|하면서)\s[^.]{0,30}?((?:구현|개발|구축|출시|도입|적용|배포)\s?(?:완료|한다|하기)?)\s*[.!]?\s*$/d;
const KO_INFRA_LENGTH = /\d[\d,.]*\s?(?:km|㎞|킬로미터)(?!\s?(?:에서|당|로|으로))\s?[^.]{0,12}?(개선|정비|설치|건설|확장|포장|조성|구축|신설|개설|확충|연장|복선화|전철화)\s*[.!]?\s*$/d;
const KO_AUTHORED_COUNT = /((?:논문|특허|저서|학술지|SCI급?\s?논문)(?:\s?(?:수|건수|게재\s?수|게재|실적))?)\s?[\d,.]+\s?(?:편|건|개|권)/d;
const KO_FACILITY_AREA = /((?:체육|문화|공공|복지|여가)?\s?시설\s?(?:면적|수)|공원\s?면적|녹지\s?면적)\s?(?:1인당\s?)?(?:을|를)?\s?[\d,.]+\s?(?:㎡|m2|m²|평|곳|개소)?\s?(?:로|으로|까지|이상)?\s?(?:확대|확충|늘리|늘린|늘려|조성)/d;
const KO_INFRA_GROWTH = /(?:보도|도로|자전거\s?도로|자전거길|철도|노선|보행로|인도)\s?(?:면적|연장|길이|망)?[^.!?]{0,20}?(확대|확충|연장|증설|늘리|늘린|늘려|늘릴|신설|개설)/;
// A count of places, sessions or made things, not a threshold ("리뷰 100개 이상").
const KO_THING_COUNT = /^[\d,.]+\s?(?:만|천|백)?\s?(?:개소|곳|호|기|개교|교|개\s?마을|회|차례|종|편|권|개사|개관|개|척|채|km|㎞)(?!(?!로|으로|까지|를|을|씩|에서|의)[가-힣])(?!\s?(?:이상|이하|초과|미만))/;
const KO_BECOME = /[이가]\s?(?:된다|되겠다|되자|됩니다|되는\s?것|될\s?것(?:이다|입니다)?)\s*[.!]?\s*$/;
// The organisation's own people, opening the statement ("상담 직원 …"), or as its subject.
const KO_CREW = new RegExp(`^\\s*(?:[가-힣]{1,4}\\s)?(?:${KO_WORKFORCE.join('|')})`);
// Staff hired (채용, 교원 임용, 채용시험 합격자 100명, "3명의 고용": people counted, then hired)
// or trained; not a measure of hiring written within a few characters after it ("채용에 드는
// 비용", "채용 기간", "임용시험 합격률", "채용 후 1년 유지율"): rates, costs and times that the
// hiring or the people hired achieve; nor employment that rises, is created or kept ("2만 명의
// 고용 증가", "1천 명의 고용 유지").
// ... and headcount cut: "정원을 9천8백71명에서 8천12명으로 감축", the number right after the
// staff word (not "대기 인원", "간호인력 이직을 … 줄인다": people waiting or leaving).
const KO_STAFFING = /(?:정원|인력|직원\s?수|임직원\s?수)(?:을|를)?\s?(?:약\s?|총\s?)?\d[\d,.]*\s?(?:천|만)?[\d,.천만백]*\s?명[^.%]{0,16}?(?:감축|감원|줄인|줄이|축소)|(?<![\d,.])[\d,.]+\s?(?:만|천)?\s?명의?\s?(?:신규\s?)?고용(?!\s?(?:률|율|보험))(?![^.,]{0,6}?(?:증가|창출|효과|안정|승계|유지|회복|개선|감소))|(?:채용|임용)(?![^.,]{0,10}?(?:비용|기간|소요|단가|만족|리드|전환|경쟁률|률|율|인지도|지원자|이직|유지|부터[^.,]{0,20}?까지\s?\d))|증원|충원|(?:인재|연구자|연구원|교수|전문가|인력|임원|의료진)[가-힣\s]{0,12}?영입|의무고용|(?:직원|임직원|공무원|교직원|관리자|강사|종사자)[가-힣\s]{0,10}?(?:교육|연수|훈련)\s?(?:이수율|수료율|이수|수료)/;
const KO_TIMES = /^\s?(?:회|차례|번)(?![가-힣])/;
const KO_SHARE_DONE = /^\s?(?:완료|완성|달성률|구축|전환|적용|보급)/;
/** An action noun (교육, 점검, 간담회) among the words before `end`: the organisation's own work. */
function koActionBefore(text: string, end: number): boolean {
  for (const t of tokensOf(text.slice(0, end))) {
    const stem = t.text.replace(/[을를이가은는의에로으도과와만]$/, '');
    if (KO_BEHAVIOUR_NOUNS.some((w) => stem.includes(w))) return false;
    for (const w of KO_ACTION_NOUNS) if (stem.endsWith(w)) return true;
  }
  return false;
}
const KO_ENABLE = /수\s?있(?:도록|게)\s?(?:한다|하겠다|하자|함|지원|만든다|만들|해야)/;
// A number run is matched from its first digit ((?<![\d,.])): tried from every digit of a long
// run ("1,1,1,…"), an unanchored [\d,.]+ is quadratic (30 ms at the judge's 2,000 characters).
const KO_FUNDING = /(?:예산|운영비|사업비)[^.]{0,6}?\d+\s?%[^.]{0,14}?편성|(?:사업|프로그램)\s?(?:참여\s?)?인원(?:을|를)?\s?[^.]{0,10}?\d[\d,.]*\s?(?:만|천)?\s?명|(?:펀드|기금|예산|재원|투자금|사업비|채권\s?발행)\s?[\d,.]+\s?(?:조|억|만|천)?\s?(?:원|달러)|(?<![\d,.])[\d,.]+\s?(?:[천백]\s?)?(?:조|억|만|천)\s?(?:원|달러)\s?(?:규모의?\s?|의\s?(?:사업비|보조금|지원금|운영비|시설비)\s?)?(?:펀드|기금|예산(?!\s?(?:절감|절약|감축))|투자(?!\s?유치)|지원|투입)/;
// What a grant changed, measured after it: "… 지원으로 매출 20% 증가", "… 대비 매출 3배".
const KO_FUNDED_RESULT = /^\s?(?:으로|로|후|대비|결과|을\s?통해|를\s?통해|기업의|농가의)[^.]*?(?:증가|감소|절감|향상|개선|완화|상승|하락|단축|배)/;
// ... or the share written before the word: "문화 인프라 사업 6월 중 70% 이행".
const KO_EXECUTION_RATE = /(?:공약|사업|과제|계획|예산)[가-힣\s]{0,8}?(?:이행률|추진율|집행률|완료율|추진 실적)|(?:공약|사업|과제|계획|예산)\s[^.%]{0,12}?\d[\d.]*\s?%\s?(?:이상\s?)?(?:이행|집행|완료|추진)\s*[.!]?$/;
const KO_SERVED = /(?:지원|서비스|상담|돌봄|교육|혜택)(?:을|를|은|는|이|가)?\s?(?:연\s?|연간\s?)?[\d,.]+\s?(?:만|천)?\s?명(?:까지|으로|에게|을|를)?|(?<![\d,.])[\d,.]+\s?(?:만|천)?\s?명(?:에게|을\s대상으로|대상)\s?(?:[가-힣]+\s){0,2}?(?:지원|서비스|상담|돌봄|교육|검진|검사|접종|진료)/;
// Checked on the words before a KO_JOBS match (a lookbehind of any length would rescan the
// sentence at every position).
const KO_FUNDED_JOBS = /노인|어르신|시니어|공공|재정|공익|희망|일자리\s?사업/;
const KO_WORLD_MADE = /[가-힣]+(?:는|한|운|인)\s(?:[가-힣]+\s)?(?:세상|사회|마을|도시|공동체|나라|지역사회|학교|교실|문화|환경)(?:을|를)?\s?(만들기|만든다|만들겠다|만들어\s?가기|조성|구현|실현|활성화)\s*[.!]?$/d;
const KO_EXPAND = /(?:확대|확충|증설|늘리|늘린|늘려|늘릴)/;
const KO_EFFORT = /최선을\s?다하|노력하겠|힘쓰겠|앞장서겠/;
// At the end, or as the target ("… 선정을 목표로 한다"): not "지원 대상 선정 서류를 … 제출한다".
const KO_AWARD = /(?:우수기관|최우수|우수상|대상|[1SA]등급)\s?(?:선정|수상|획득)(?:\s*[.!]?\s*$|[을를]\s?목표로)/;
const KO_LETS = /[가-힣]자\s*[.!]?\s*$/;
const KO_COUNTED_SUBJECT = /(?<![\d,.~])\d[\d,.~]*\s?(?:만|천)?\s?명이\s/;
const KO_CONCRETE_END = /(?:[가-힣]다|[가-힣]자|[가-힣]기|니다)\s*[.!]?\s*$/;
export const KO_CREW_SUBJECT = new RegExp(`^(?:${[...KO_WORKFORCE, ...KO_ORGANISATION].join('|')})`);
// A partner organisation as the subject word, with its particle ("납품업체가", "약국은").
const KO_PARTNER_ORG = new RegExp(`${KO_PARTNER_ORG_END.source.slice(0, -1)}(?:들)?(?:이|가|은|는)?$`);
// The -기 goal is the activity, not a change: "주 3회 30분 이상 운동하는 주민 비율을 … 늘리기" is a rate.
const KO_DOING = /(?<![가-힣])(?![가-힣]*(?:늘리|줄이|높이|낮추|올리|확대하|감소시키|증가시키|단축하|단축시키|앞당기)기)[가-힣]+기\s*[.!]?\s*$/;
const KO_RESULT_WISH = /(?:확보|유치|판매|달성|수주|획득|가입)\s?(?:하자|하겠다|하겠습니다|할\s?것이다)\s*[.!]?\s*$/;
const KO_PEOPLE_COUNT = /^\s?(?:천|만|억){0,3}\s?명/;
// "2030년까지 50조원 이상을 투자", "2,500억원의 투자를 집행": money spent is an input.
// ... or named first: "복지 투자 1조원", "예산 300억 원" (the organisation's own money, not
// investment others bring: "민간 투자 2조 원").
const KO_INVEST = /(?<![\d,.])[\d,.]+\s?(?:조|억|만|천)[\d,.조억만천백여\s]{0,16}?(?:원|달러)(?:\s?(?:이상|가량))?(?:의|을|를)?\s?(투자|책정|편성|배정|투입)(?:를|을)?\s?(?:집행|단행|실시|추진|한다|하겠다|할\s?계획)?\s*[.!]?$|((?:복지|재정|공공|국비|시비|도비)\s?투자|예산|사업비|투자\s?규모)\s?(?:총\s?)?[\d,.]+\s?(?:조|억|만|천)[\d,.조억만천백여\s]{0,12}?(?:원|달러)\s*[.!]?$/;
/**
 * A provision match only when nothing between the thing and its number names people or what
 * they do: "도서관을 월 1회 이상 이용하는 주민을 30%에서 50%로 늘린다" counts residents who use it.
 */
function provided(m: RegExpExecArray | null): RegExpExecArray | null {
  return m && !PEOPLE_IN_GAP.test(m[0]) ? m : null;
}
const PEOPLE_IN_GAP = /(?:하는|한\s|찾는|찾은|이용|주민|직원|교사|기업|농가|청년|고객|시민|학생|어르신|비율|참여|소득|취업)/;
const KO_PROVISION = /(?:보급률|설치율|공급률|지정\s?면적|보호구역\s?면적)(?:을|를)?\s?[^.]{0,24}?\d[\d,.]*\s?%[^.]{0,10}?(확대|확충|늘리|늘린|늘려)/;
const KO_FACILITY_SHARE = /(?:버스|주차장|보호구역|충전소|쉼터|공원|도서관|센터|시설|CCTV)(?:을|를)\s?[^.]{0,24}?\d[\d,.]*\s?(?:%|곳|개소)\s?(?:수준|이상)?\s?(?:까지|로|으로)?\s?[^.]{0,8}?(확대|확충|늘리|늘린|늘려|지정|설치)/;
const KO_FUND_GROWTH = /(?:펀드|기금|예산|재원|투자금|사업비)(?:을|를)\s?[^.]{0,16}?[\d,.]+\s?(?:조|억|만|천)\s?(?:원|달러)/;
// Staff counted in people (명, 인), not a share: "AI 도구를 활용하는 교사를 30%에서 60%로 확대" is teachers acting.
const KO_STAFF_GROWTH = /(?:연구인력|전문인력|인력풀|인력|연구원|강사|교사|간호사|경찰관|상담사|엔지니어|개발자)(?:을|를|\s?수를)\s?[^.%]{0,24}?\d[\d,.]*\s?(?:천|만)?\s?(?:명|인)[^.%]{0,16}?(?:늘린|늘리|늘려|증원|충원|확충|채용|확대)/;
const KO_SET_UP = /(?:전담조직|조직|센터|시스템|플랫폼|기구|위원회|TF|태스크포스)(?:을|를)\s?(?:만듭니다|만든다|만들겠|신설|설치|구성|출범)/;
const KO_WORK_COUNT = /(?:수행|실시|운영|개최|발간|점검|지원|상담|교육)\s?(?:건수|횟수|실적)/;
