// The verdict on one statement from its shape, its numbers and the words found in it: an
// outcome (a measured change or people's changed behaviour), an output (a deliverable or an
// activity, counted or not) or an unmeasured aspiration (a direction or a state). The order of
// the tests is the method; docs/judgement.md, step 4, says it in words.
import { isVerbLemma, verbLemmaOf } from './lexicon';
import { allOf, isScale, type Q } from './statement-numbers';
import { isPeopleNoun, tokensOf, type Shape } from './shape';
import type { Reason, StatementVerdict, WordSpan } from './statement';
import { EN_ARTEFACT_NOUNS, EN_COMPLETE_WORDS, EN_PASSIVE_ACTIVITY, EN_WEAK_MARKERS, EN_WORKFORCE, KO_ACTION_NOUNS, KO_BEHAVIOUR_NOUNS } from '../vocab/shape-words';
import type { WordMatch } from './wordlist';

// "Get feedback from 15 customers": what the team gathers from the people it asks.
const RESEARCH = /\b(?:feedback|interviews?|responses|input|insights|testimonials|case studies)\b/i;
// "Payments settle on the day they are due", "Orders ship the same day": a standard met or not.
const STANDARD = /\b(?:on the (?:same )?day|same[- ]day|on time|first time|next[- ]day|in full|free of (?:significant |material |any )?(?:errors?|defects?)|error[- ]free|defect[- ]free|meets?\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,3}?standards?)\b/i;
const UNIVERSAL = new Set(['every', 'all', 'each', 'no', 'none', 'zero']);
// Verbs that join people to a state or to what they get ("Staff feel more valued",
// "Customers get answers faster"): a direction after them has no size.
const LINKING_VERBS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'become', 'becomes', 'feel', 'feels', 'stay', 'stays', 'remain', 'remains', 'seem', 'seems', 'look', 'looks', 'get', 'gets', 'receive', 'receives', 'have', 'has', 'enjoy', 'enjoys', 'experience', 'experiences', 'deserve', 'deserves']);

export function decide(text: string, shape: Shape, qs: Q[], outputs: WordMatch[], aspirations: WordMatch[], actors: WordMatch[], marker: WordMatch | undefined): { verdict: StatementVerdict; reason: Reason } {
  // "Reach 10,000 monthly visits" counts results; "Run 5 webinars" counts activity.
  // A short duration ("within 10 minutes") measures a change, except as the deadline of a
  // listed deliverable ("48시간 내에 적용한다").
  const deliverableHead = shape.lang === 'en' ? shape.kind === 'command' && shape.head?.cls === 'deliverable' : shape.predicate?.cls === 'action';
  const scale = qs.find((q) => isScale(text, q) || (q.role === 'timebox' && !deliverableHead));
  // "100% of the components are migrated": all of a deliverable, not a level reached.
  // "100% of the components are migrated": all of a deliverable, not a level reached; but "100% of
  // statistics are released free of errors" and "100% of advice meets the standard" set a standard.
  const standard = STANDARD.test(text);
  const level = qs.find((q) => (q.role === 'measure' || q.role === 'timebox') && (standard || !allOf(text, q) || ofPeople(text, q)));
  const count = qs.find((q) => q.role === 'count');
  const tok = (t: { start: number; end: number }) => ({ start: t.start, end: t.end, word: text.slice(t.start, t.end) });
  const counted = count ?? level;
  const withCount = (r: Reason): Reason => (counted && !scale ? { ...r, count: text.slice(counted.start, counted.end) } : r);

  if (shape.lang === 'en') {
    const h = shape.head;
    const command = shape.kind === 'command' && h;
    // "Empower customers to help themselves": after a direction, a weak marker changes nothing.
    if (marker && EN_WEAK_MARKERS.has(marker.entry) && (!command || h.cls !== 'activity')) marker = undefined;
    // "Launch the loyalty app so members redeem points at the till instead of paper forms":
    // the clause after the deliverable states a behaviour change.
    const m = marker;
    const clause = () => m !== undefined && actors.some((a) => a.end < m.start && tokensOf(text.slice(a.end, m.start)).some((t) => isVerbLemma(t.text)));
    // "Number of farmers who have adopted improved practices": an indicator counting people
    // who act, whatever words describe what they act on.
    const indicator = PEOPLE_INDICATOR.exec(text);
    if (indicator && isPeopleNoun(indicator[1]!.toLowerCase())) return { verdict: 'outcome', reason: { code: 'behaviour', at: { start: indicator.index, end: indicator.index + indicator[0].length, word: indicator[0] } } };
    // "Number of enrolled scholars from 6 to 25": an indicator moved from one level to another.
    if (INDICATOR_FROM_TO.test(text)) return { verdict: 'outcome', reason: { code: 'measured', at: tok(count ?? level ?? qs[0] ?? { start: 0, end: 0 }) } };
    // "Strategic Plan updated, with targets set for 80% of objectives": a document finished,
    // "Organisation of five farmer field days": an activity named by its noun, "Grow the team by
    // 20": staff added, "Achieve SOC 2 certification": a deliverable however it is measured.
    const finished = DOCUMENT_DONE.exec(text) ?? (!scale ? NOMINAL_ACTIVITY.exec(text) : null) ?? GROW_TEAM.exec(text) ?? CERTIFIED.exec(text);
    if (finished && !marker) return { verdict: 'output', reason: withCount({ code: 'deliverable', at: lastGroup(finished) }) };
    // "500,000 public contacts through community outreach events": activity counted.
    if (count && !scale && TOUCHES.test(text.slice(count.end, count.end + 30)) && THROUGH_ACTIVITY.test(text)) return { verdict: 'output', reason: { code: 'activity', at: tok(count), count: text.slice(count.start, count.end) } };
    // "Launch a new product in September and have one million users by November": the result
    // the deliverable is for is counted too.
    const result = command && (h.cls === 'activity' || h.cls === 'deliverable') ? AND_RESULT.exec(text) : null;
    if (result) return { verdict: 'outcome', reason: { code: 'measured', at: lastGroup(result) } };
    // "Airstaff meeting at least 1x monthly": how often the team meets; "Increase the number of
    // calls on prospective customers": the team's own calls.
    const ritual = TEAM_RITUAL.exec(text) ?? SALES_ACTIVITY.exec(text);
    if (ritual && !marker) return { verdict: 'output', reason: withCount({ code: 'activity', at: lastGroup(ritual) }) };
    // "Invest $1.6B in grants", "$100M to support the arts", "20% of project funding to first-time
    // recipients", "10 hours of training per organisation": money or time given is an input.
    const given = FUNDING.exec(text) ?? EXECUTION_RATE.exec(text);
    if (given) return { verdict: 'output', reason: withCount({ code: 'deliverable', at: lastGroup(given) }) };
    const trainingTime = qs.find((q) => q.unit !== undefined && /^(?:hours?|hrs?|days?|minutes?|mins?)$/i.test(q.unit) && TRAINING_AFTER.test(text.slice(q.end, q.end + 20)));
    if (trainingTime && !marker) return { verdict: 'output', reason: { code: 'activity', at: tok(trainingTime), count: text.slice(trainingTime.start, trainingTime.end) } };
    // "At least 25 new wildflower meadows introduced by 2025": things made, counted.
    const madeCount = COUNT_DONE.exec(text);
    if (madeCount && !isPeopleNoun(tokensOf(text.slice(0, madeCount.index + madeCount[0].length - madeCount[1]!.length)).at(-1)?.text ?? '')) return { verdict: 'output', reason: withCount({ code: 'deliverable', at: lastGroup(madeCount) }) };
    // "Reach 200,000 children with our programmes": people a service was delivered to, counted.
    const reached = command && REACH_WITH.exec(text);
    if (reached && count) return { verdict: 'output', reason: { code: 'deliverable', at: tok(h), count: text.slice(count.start, count.end) } };
    // "Expand the rail network from 230 km to 360 km": more infrastructure built, however measured.
    const built = INFRA_GROWTH.exec(text);
    if (built) return { verdict: 'output', reason: withCount({ code: 'deliverable', at: { start: built.index + built[0].length - built[1]!.length, end: built.index + built[0].length, word: built[1]! } }) };
    // "Inspections of planned maintenance carried out (10%)": the team's activity, done, in any share.
    const inspected = ACTIVITY_DONE.exec(text);
    if (inspected && !marker) return { verdict: 'output', reason: withCount({ code: 'activity', at: { start: inspected.index + inspected[0].length - inspected[1]!.length, end: inspected.index + inspected[0].length, word: inspected[1]! } }) };
    if (command && (h.cls === 'activity' || h.cls === 'deliverable') && !scale && !clause()) {
      return { verdict: 'output', reason: withCount({ code: h.cls, at: tok(h) }) };
    }
    // A count (or a rate) of made things or activities: "10 blog posts per month", "Make 50
    // sales calls", "12 webinars delivered". Not a measure of change.
    // The team's own people ("Engineering teams", "All certified staff"): what they produce
    // or attend is work done, not a customer's changed behaviour.
    const crew = shape.kind === 'subject' && shape.people && shape.subject !== undefined && shape.subject.some((t) => EN_WORKFORCE.has(t.text) || FRONTLINE_STAFF.has(t.text));
    const lightCommand = command !== false && command !== undefined && h.cls === 'light';
    // "Get feedback from 15 customers": what the team gathers (feedback, interviews) counted by
    // the people it asked is research done, not a change in them.
    const gathered = (q: Q) => lightCommand && RESEARCH.test(text.slice(h.end, q.start));
    const made = !scale && !marker ? qs.find((q) => (q.role === 'count' || q.role === 'measure') && (countsMadeThing(text, q, crew || lightCommand) || gathered(q))) : undefined;
    // ... but not "Readers subscribe after reading three articles": there the people act.
    const peopleAct = shape.kind === 'subject' && shape.people && !shape.done && !crew;
    if (made && !peopleAct && (!command || h.cls === 'light' || h.cls === 'change')) {
      const doer = command || (crew && h);
      return { verdict: 'output', reason: { code: doer ? 'activity' : 'deliverable', at: tok(doer ? h : shape.done ?? shape.artefact ?? made), count: text.slice(made.start, made.end) } };
    }
    // "All certified staff will complete the data literacy module": training attended.
    // "All teachers will receive professional development" (also "100% of teachers"): training given.
    if (crew && h && !scale && !marker && TRAINING_VERBS.has(verbLemmaOf(h.text) ?? h.text) && tokensOf(text.slice(h.end, h.end + 60)).slice(0, 5).some((t) => TRAINING_NOUNS.has(t.text))) {
      return { verdict: 'output', reason: { code: 'activity', at: tok(h) } };
    }
    // "50 pregnant mothers received prenatal care", "1,200 farmers trained": a service
    // delivered to a number of people, counted.
    const served = !scale ? servedCount(text, qs) : undefined;
    if (served) return { verdict: 'output', reason: { code: 'deliverable', at: served.verb, count: served.count } };
    // "600 more police officers on our streets": staff added is an input, not a change in anyone.
    if ((shape.kind === 'phrase' || lightCommand) && count && !scale && moreStaff(text, count)) {
      return { verdict: 'output', reason: { code: 'deliverable', at: tok(count), count: text.slice(count.start, count.end) } };
    }
    if (shape.kind === 'subject' && shape.done && !scale && !level && !marker) {
      const d = shape.done;
      const deliverable = outputs.some((o) => o.start <= d.start && d.end <= o.end) || EN_COMPLETE_WORDS.has(d.lemma);
      // "Portal rebuilt", "The checkout page is redesigned", "30 employees trained on the new tool".
      if (!shape.people ? deliverable || shape.artefactSubject || count : count || deliverable || EN_PASSIVE_ACTIVITY.has(d.lemma)) {
        return { verdict: 'output', reason: withCount({ code: 'deliverable', at: tok(d) }) };
      }
    }
    if (scale || level) return { verdict: 'outcome', reason: { code: 'measured', at: tok(scale ?? level!) } };
    if (count && (!command || h.cls === 'result' || h.cls === 'light' || h.cls === 'change')) return { verdict: 'outcome', reason: { code: 'measured', at: tok(count) } };
    if (marker) return { verdict: 'outcome', reason: { code: 'behaviour', at: tok(marker) } };
    // "Fewer people calling tech support": people doing something, more or less often (a
    // behaviour); "Shorter stays in emergency departments": a direction, no size.
    const lead = leadingComparative(text);
    if (lead) {
      const after = tokensOf(text.slice(lead.end, lead.end + 60));
      const who = after[0] && (isPeopleNoun(after[0].text) || actors.some((a) => a.start === lead.end + after[0]!.start));
      const next = after[1];
      const does = next && !PREP_AFTER_PEOPLE.has(next.text) && (next.text.endsWith('ing') || isVerbLemma(next.text)) ? next : undefined;
      // "More people can live the life they want": a capability hoped for, not a behaviour.
      if (who && next && (next.text === 'can' || next.text === 'could' || next.text === 'will')) return { verdict: 'unmeasured', reason: { code: 'state', at: tok(lead) } };
      if (who && does) return { verdict: 'outcome', reason: { code: 'behaviour', at: { start: lead.end + does.start, end: lead.end + does.end, word: does.text } } };
      return { verdict: 'unmeasured', reason: { code: 'change', at: tok(lead) } };
    }
    // "Help centre launched", "New onboarding flow live by March": a thing, finished.
    if (shape.kind === 'phrase' && shape.done && (shape.artefact || outputs.length)) return { verdict: 'output', reason: { code: 'deliverable', at: tok(shape.done) } };
    if (command) {
      if (h.cls === 'change') return { verdict: 'unmeasured', reason: { code: 'change', at: tok(h) } };
      if (h.cls === 'state' || h.cls === 'result') return { verdict: 'unmeasured', reason: { code: 'state', at: tok(h) } };
      // light verb: "Make progress", "help customers love", "Get more customers" (a state) or "Make a video" (a deliverable)
      const later = shape.stateWord ?? aspirations.find((a) => a.start > h.end);
      if (later) return { verdict: 'unmeasured', reason: { code: 'state', at: tok(later) } };
      return { verdict: 'output', reason: { code: 'activity', at: tok(h) } };
    }
    if (shape.kind === 'subject' && h) {
      // "Dashboards deployed to every region": things delivered, nobody acting.
      if (!shape.people && outputs.some((o) => o.start === h.start)) return { verdict: 'output', reason: withCount({ code: 'deliverable', at: tok(h) }) };
      // "Employees feel valued", "Staff understand the strategy", "Customers choose us",
      // "Users can export reports": a state of mind, a reputation or a capability, unmeasured.
      if (shape.people && (h.cls === 'state' || shape.aboutUs || shape.capability)) return { verdict: 'unmeasured', reason: { code: 'state', at: tok(shape.capability ?? h) } };
      // "Customers get answers faster": people act, but the change they make has no size.
      const vagueAfter = aspirations.find((a) => a.start > h.end);
      // ... but "Existing customers buy sooner": an action done more, or sooner, is a behaviour.
      if (shape.people && h.cls === 'other' && vagueAfter && linked(text, shape, h)) return { verdict: 'unmeasured', reason: { code: 'change', at: tok(vagueAfter) } };
      // A state word anywhere makes it an aspiration, even after a concrete verb: "People live
      // longer, healthier lives", "Employees deliver great service" (so "Children eat healthy
      // food" is misread, a rarer kind).
      // "Developers will write clearer code", "Managers make better decisions": what they make is
      // to be better, by no stated measure.
      const better = shape.people && h.cls === 'other' && !qs.length ? qualityComparative(text, h.end) : undefined;
      if (better) return { verdict: 'unmeasured', reason: { code: 'change', at: better } };
      if (shape.people && h.cls === 'other' && !shape.stateWord) return { verdict: 'outcome', reason: { code: 'behaviour', at: tok(h) } };
      if (h.cls === 'change') return { verdict: 'unmeasured', reason: { code: 'change', at: tok(h) } };
      const s = shape.stateWord ?? aspirations[0];
      if (s) return { verdict: 'unmeasured', reason: { code: 'state', at: tok(s) } };
      // A thing, not people, doing something with nothing measured ("Service desk automation aids
      // self-service", "Our networks will be well connected"): a state of affairs hoped for.
      // But "Every invoice is paid on the day it arrives": all of them, or none, is a standard
      // that can be checked.
      const universal = (shape.subject !== undefined && shape.subject.length > 0 && UNIVERSAL.has(shape.subject[0]!.text)) || STANDARD.test(text);
      return shape.people || qs.length || universal ? { verdict: 'outcome', reason: { code: 'behaviour', at: tok(h) } } : { verdict: 'unmeasured', reason: { code: 'state', at: tok(h) } };
    }
    // A phrase with no verb.
    if (outputs[0] && (!aspirations[0] || outputs[0].start < aspirations[0].start)) return { verdict: 'output', reason: { code: 'deliverable', at: tok(outputs[0]) } };
    if (aspirations[0]) return { verdict: 'unmeasured', reason: { code: 'change', at: tok(aspirations[0]) } };
    if (shape.stateWord) return { verdict: 'unmeasured', reason: { code: 'state', at: tok(shape.stateWord) } };
    if (shape.artefact) return { verdict: 'output', reason: { code: 'artefact', at: tok(shape.artefact) } };
    const first = tokensOf(text)[0];
    return { verdict: 'unmeasured', reason: { code: 'topic', ...(first ? { at: tok(first) } : {}) } };
  }

  // Korean: the predicate at the end carries the statement.
  const p = shape.predicate;
  // "협력사가 세금계산서를 메일 대신 포털에서 발행한다": people change how they act.
  if (marker && shape.person && shape.person.start < marker.start) return { verdict: 'outcome', reason: { code: 'behaviour', at: tok(marker) } };
  // "… 공동체를 만들기 위해 최선을 다하겠다": a promise of effort; "8년 연속 우수기관 선정": an award.
  const effort = KO_EFFORT.exec(text) ?? KO_AWARD.exec(text);
  if (effort && !scale) return { verdict: 'unmeasured', reason: { code: 'state', at: { start: effort.index, end: effort.index + effort[0].length, word: effort[0] } } };
  // "심정지 환자를 본 주민이 바로 신고하고 가슴압박을 시작한다", "팀원들이 회의 전에 안건 문서를
  // 읽고 들어오자": people named as the subject doing something concrete, in any ending.
  const concrete = shape.person && p && (p.cls !== 'desire' || KO_LETS.test(text)) && (p.cls !== 'action' || !KO_CREW_SUBJECT.test(shape.person.text));
  if (concrete && p && !scale && !level && !count && !shape.stateWord && !aspirations.some((a) => a.start > shape.person!.end) && KO_CONCRETE_END.test(text) && !KO_ENABLE.test(text)) {
    return { verdict: 'outcome', reason: { code: 'behaviour', at: tok(p) } };
  }
  // "연간 3,000명이 심폐소생술 교육을 이수": a count of people as the subject, doing something.
  const peopleDo = KO_COUNTED_SUBJECT.exec(text);
  if (peopleDo && !KO_CREW.test(text)) return { verdict: 'outcome', reason: { code: 'measured', at: { start: peopleDo.index, end: peopleDo.index + peopleDo[0].length, word: peopleDo[0] } } };
  // "수원화성으로 1천만 명 관광객이 찾아오는 시대를 열자": people counted, wished for or not.
  if (p && p.cls === 'desire' && count && KO_PEOPLE_COUNT.test(text.slice(count.end, count.end + 8))) return { verdict: 'outcome', reason: { code: 'measured', at: tok(count) } };
  // "1회용컵 대신 개인컵 생활화": a habit taken up instead of another, whoever takes it up.
  if (marker && KO_HABIT.test(text)) return { verdict: 'outcome', reason: { code: 'behaviour', at: tok(marker) } };
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
  if (becomes && !scale && !level) return { verdict: 'unmeasured', reason: { code: 'state', at: { start: becomes.index, end: becomes.index + becomes[0].length, word: becomes[0] } } };
  // "하루 2시간 영어 공부하기": time spent on an activity counts the activity.
  // (A percentage or a duration skips the shape, so the ending is read from the text.)
  const doing = scale && /^(?:시간|분)$/.test(scale.unit ?? '') && /(?:하루|매일|매주|주\s?|일\s?)$/.test(text.slice(Math.max(0, scale.start - 4), scale.start).trimEnd()) ? /[가-힣]+기\s*[.!]?\s*$/.exec(text) : null;
  if (doing) return { verdict: 'output', reason: { code: 'action', at: { start: doing.index, end: doing.index + doing[0].trimEnd().length, word: doing[0].trimEnd() }, count: text.slice(scale!.start, scale!.end) } };
  // "영업사원 고객 방문 월 60건": the team's own visits or calls, counted.
  const crewCount = KO_CREW.test(text) ? qs.find((q) => q.unit === '건' || q.unit === '회' || KO_TIMES.test(text.slice(q.end, q.end + 3))) : undefined;
  if (crewCount) return { verdict: 'output', reason: { code: 'action', at: tok(crewCount), count: text.slice(crewCount.start, crewCount.end) } };
  // "청년의 희망을 지원할 전담조직을 만듭니다": an organisation or a system set up.
  const setUp = KO_SET_UP.exec(text);
  if (setUp) return { verdict: 'output', reason: { code: 'action', at: { start: setUp.index, end: setUp.index + setUp[0].length, word: setUp[0] } } };
  // "콘텐츠 펀드 1조원 조성", "공약 이행률 95%", "근로지원인 지원을 3,000명까지": money raised,
  // the organisation's own plans carried out, a service given to a count of people.
  const inputs = KO_FUNDING.exec(text) ?? KO_EXECUTION_RATE.exec(text) ?? KO_SERVED.exec(text) ?? KO_WORK_COUNT.exec(text);
  if (inputs) return { verdict: 'output', reason: { code: 'action', at: { start: inputs.index, end: inputs.index + inputs[0].length, word: inputs[0] } } };
  // "2028년에는 2000개교까지 AI 중점학교를 확대": more places designated or built.
  if (counted && !scale && p && p.cls === 'change' && KO_EXPAND.test(p.stem) && KO_THING_COUNT.test(text.slice(counted.start, counted.end + 10))) return { verdict: 'output', reason: { code: 'action', at: tok(p), count: text.slice(counted.start, counted.end) } };
  // "신규 채용 인원 50명 확대", "직원 리더십 교육 이수율 100%": staff hired or trained.
  const staffed = KO_STAFFING.exec(text);
  if (staffed && (count || scale || level)) return { verdict: 'output', reason: { code: 'action', at: { start: staffed.index, end: staffed.index + staffed[0].length, word: staffed[0] } } };
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
  if (enabled) return { verdict: 'unmeasured', reason: { code: 'state', at: { start: enabled.index, end: enabled.index + enabled[0].length, word: enabled[0] } } };
  // "15만 인구 회복": a count to get back to is a target, not a mood.
  const regained = count && p && p.cls === 'state' && p.stem.endsWith('회복') && /^\s?(?:만|천|백)?\s?(?:명|인구|가구|세대|관광객|고객)/.test(text.slice(count.end, count.end + 8));
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

/** The number counts made things or activities: "10 blog posts", "Two new features", "4 industry conferences". */
function countsMadeThing(text: string, q: Q, afterLightVerb: boolean): boolean {
  let seen = 0;
  let prevWord = '';
  MADE_WORD.lastIndex = q.end;
  for (let m = MADE_WORD.exec(text); m && seen < 3; m = MADE_WORD.exec(text), seen++) {
    const w = m[0].toLowerCase();
    // "25 more positive reviews": what customers write about us, not reviews the team does.
    if (afterLightVerb && (w === 'reviews' || w === 'ratings') && BY_CUSTOMERS.has(prevWord)) return false;
    if (EN_ARTEFACT_NOUNS.has(w) || (afterLightVerb && ACTIVITY_NOUNS.has(w))) return true;
    prevWord = w;
    if (STOP_WORDS.has(w)) return false;
  }
  return false;
}
// What a team does, counted after make / do / give: "Make 50 sales calls", "make 5 positive contacts".
const ACTIVITY_NOUNS = new Set(['reviews', 'tickets', 'demos', 'calls', 'call', 'contacts', 'contact', 'visits', 'touches', 'touchpoints', 'pitches', 'sessions', 'changes', 'improvements', 'attempts']);
const MADE_WORD = /[\p{L}][\p{L}-]*/gu;
const BY_CUSTOMERS = new Set(['positive', 'customer', 'online', 'five-star', '5-star', 'google', 'user', 'app', 'verified']);
const STOP_WORDS = new Set(['per', 'of', 'in', 'a', 'an', 'each', 'by', 'from', 'to', 'with', 'for', 'on', 'at', 'than', 'out']);

const PREP_AFTER_PEOPLE = new Set(['in', 'on', 'at', 'with', 'without', 'of', 'from', 'for', 'under', 'over', 'living', 'who', 'that']);
const COMPARATIVE_LEAD = /^\s*(?:fewer|more|less|shorter|longer|faster|quicker|higher|lower|better|greater|bigger|smaller|cheaper)\b/i;
function leadingComparative(text: string): { start: number; end: number } | undefined {
  const m = COMPARATIVE_LEAD.exec(text);
  return m ? { start: m[0].length - m[0].trimStart().length, end: m[0].length } : undefined;
}

/** The people's verb joins them to a state, or to what they get: "Customers get answers faster". */
function linked(text: string, shape: Shape, h: { start: number; text: string }): boolean {
  if (LINKING_VERBS.has(h.text)) return true;
  const subjectEnd = shape.lang === 'en' && shape.subject?.length ? shape.subject[shape.subject.length - 1]!.end : 0;
  return tokensOf(text.slice(subjectEnd, h.start)).some((t) => LINKING_VERBS.has(t.text));
}

/** A count of people, then the service they got: "50 pregnant mothers received prenatal care". */
function servedCount(text: string, qs: Q[]): { verb: WordSpan; count: string } | undefined {
  const q = qs[0];
  if (!q || q.role !== 'count' || text.slice(0, q.start).trim()) return undefined;
  const after = tokensOf(text.slice(q.end, q.end + 60));
  for (let k = 0; k < Math.min(3, after.length - 1); k++) {
    if (!isPeopleNoun(after[k]!.text)) continue;
    const v = after[k + 1]!;
    if (!SERVED_VERBS.has(v.text)) return undefined;
    return { verb: { word: text.slice(q.end + v.start, q.end + v.end), start: q.end + v.start, end: q.end + v.end }, count: text.slice(q.start, q.end).trim() };
  }
  return undefined;
}
// Not "visited" or "reached": "5,000 customers visited the store" is what customers did.
const SERVED_VERBS = new Set(['received', 'receive', 'attended', 'attend', 'trained', 'served', 'participated', 'benefited', 'benefitted', 'assisted', 'supported', 'counselled', 'counseled', 'screened', 'treated', 'contacted']);
const TRAINING_VERBS = new Set(['complete', 'attend', 'finish', 'take', 'undergo', 'undertake', 'pass', 'join', 'receive', 'get']);
const TRAINING_NOUNS = new Set(['training', 'trainings', 'module', 'modules', 'course', 'courses', 'workshop', 'workshops', 'session', 'sessions', 'class', 'classes', 'orientation', 'induction', 'webinar', 'webinars', 'e-learning', 'bootcamp', 'certification', 'curriculum', 'seminar', 'seminars', 'professional', 'coaching', 'mentoring', 'instruction']);

const PEOPLE_INDICATOR = /^\s*(?:the\s+)?(?:number|percentage|proportion|share|%)\s+of\s+(?:\w+\s+){0,2}?(\w+)\s+(?:who|that)\s+(?:have\s+|had\s+|are\s+|were\s+)?\w+/i;
const REACH_WITH = /^\s*(?:reach|serve)\s+[\d,.]+\s*(?:more\s+|new\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:with|through)\s+(?:our|the|its|their|a|an)\b/iu;
const KO_INFRA_GROWTH = /(?:보도|도로|자전거\s?도로|자전거길|철도|노선|보행로|인도)\s?(?:면적|연장|길이|망)?[^.!?]{0,20}?(확대|확충|연장|증설|늘리|늘린|늘려|늘릴|신설|개설)/;
// Built networks measured by their size: a deliverable however many kilometres it grows.
const INFRA_GROWTH = /^\s*(?:to\s+)?(?:expand|extend|increase|double|grow|add|build|lengthen|widen|boost|install)\s+(?:the\s+|our\s+|its\s+)?(?:number\s+of\s+)?(?:[\p{L}-]+\s+){0,2}?((?:rail(?:way)?|road|metro|tram|bus|cycle|bike|cycling)\s+(?:network|lanes?|routes?|lines?|tracks?|paths?)|charging (?:points|stations)|bus shelters|hospital beds|street ?lights)\b/iu;
const ACTIVITY_DONE = /^\s*(?:the\s+)?(?:inspections?|audits?|reviews?|assessments?|checks?|site visits?|evaluations?)\b.{0,80}?\b(carried out|completed|conducted|undertaken|performed|held|done)\b/i;
const ADDED = new Set(['more', 'new', 'additional', 'extra']);
const FRONTLINE_STAFF = new Set(['nurses', 'doctors', 'teachers', 'police', 'midwives', 'paramedics', 'firefighters', 'caseworkers', 'gps', 'consultants']);
/** "600 more police officers", "2,000 additional nurses": staff added, counted. */
function moreStaff(text: string, count: Q): boolean {
  const after = tokensOf(text.slice(count.end, count.end + 40));
  if (!after[0] || !ADDED.has(after[0].text)) return false;
  return after.slice(1, 3).some((t) => EN_WORKFORCE.has(t.text) || FRONTLINE_STAFF.has(t.text));
}
// A count of places, sessions or made things, not a threshold ("리뷰 100개 이상").
const KO_THING_COUNT = /^[\d,.]+\s?(?:만|천|백)?\s?(?:개소|곳|호|기|개교|교|개\s?마을|회|차례|종|편|권|개사|개관|개|척|채|km|㎞)(?!(?!로|으로|까지|를|을|씩)[가-힣])(?!\s?(?:이상|이하|초과|미만))/;
const KO_BECOME = /[이가]\s?(?:된다|되겠다|되자|됩니다|되는\s?것)\s*[.!]?\s*$/;
const KO_CREW = /^\s*(?:[가-힣]{1,4}\s)?(?:영업사원|영업팀|직원|임직원|팀원|담당자|공무원|설계사|매니저)/;
const KO_STAFFING = /채용|증원|충원|(?:직원|임직원|공무원|교직원|관리자|강사|종사자)[가-힣\s]{0,10}?(?:교육|연수|훈련)\s?(?:이수율|수료율|이수|수료)/;
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
const QUALITY_COMPARATIVES = new Set(['better', 'clearer', 'cleaner', 'safer', 'healthier', 'simpler', 'easier', 'smarter', 'stronger', 'richer', 'wiser', 'nicer', 'kinder', 'fairer', 'greener']);
/** A comparative of quality just after the verb, before what it qualifies: "write clearer code". */
function qualityComparative(text: string, from: number): WordSpan | undefined {
  const after = tokensOf(text.slice(from, from + 40));
  for (let k = 0; k < Math.min(2, after.length - 1); k++) {
    const t = after[k]!;
    if (QUALITY_COMPARATIVES.has(t.text)) return { start: from + t.start, end: from + t.end, word: text.slice(from + t.start, from + t.end) };
  }
  return undefined;
}
const INDICATOR_FROM_TO = /^\s*(?:the\s+)?(?:number|percentage|proportion|share|rate|count)\s+of\b.{3,80}?\bfrom\s+[\d.,]+\s*%?\s+to\s+[\d.,]+/i;
const DOCUMENT_DONE = /^\s*(?:the\s+|our\s+|all\s+)?(?:[\p{L}-]+\s+){0,3}?((?:plans?|strateg(?:y|ies)|polic(?:y|ies)|frameworks?|roadmaps?|guidelines?|procedures?|business cases?)\s+(?:is\s+|are\s+|was\s+|were\s+)?(?:updated|developed|approved|published|completed|established|adopted|tabled|revised|finali[sz]ed|submitted|agreed|signed off))\b/iu;
const NOMINAL_ACTIVITY = /^\s*(?:the\s+)?((?:organi[sz]ation|delivery|provision|holding|conduct|creation|establishment|production|publication|construction|installation|preparation|distribution|staging|hosting)\s+of)\b/i;
const GROW_TEAM = /^\s*(?:to\s+)?((?:grow|expand|increase|double|enlarge)\s+(?:the\s+|our\s+|my\s+)?(?:[\p{L}-]+\s+)?(?:team|headcount|staff|workforce|sales ?force))\b/iu;
const CERTIFIED = /^\s*(?:to\s+)?(?:achieve|obtain|gain|get|earn|secure|attain|pass|receive)\s+(?:the\s+|our\s+|a\s+|an\s+)?(?:[\p{L}\d-]+\s+){0,4}?(certification|accreditation|certificate|audit)\b/iu;
const TOUCHES = /^\s*(?:[\p{L}-]+\s+)?(?:contacts|interactions|touchpoints|touches|impressions|engagements)\b/iu;
const THROUGH_ACTIVITY = /\bthrough\s+(?:our\s+|the\s+)?(?:[\p{L}-]+\s+){0,5}?(?:events?|outreach|campaigns?|workshops?|sessions?|programmes?|programs?|fairs?|talks?|roadshows?|assemblies|meetings?|visits?)\b/iu;
const AND_RESULT = /\band\s+(?:to\s+)?(?:have|reach|get|hit|gain|acquire|attract|sign|win)\s+(?:over\s+|at least\s+|more than\s+)?((?:[\d.,]+|one|two|three|five|ten)(?:\s*(?:million|thousand|k|m)\b)?\s+(?:[\p{L}-]+\s+)?(?:users|customers|members|subscribers|downloads|sign-?ups|visitors|buyers|students|patients|clients|accounts))\b/iu;

/** The span of a match's group (the first one that took part), which ends where the match ends. */
function lastGroup(m: RegExpExecArray): WordSpan {
  const g = m.slice(1).find((x) => x !== undefined) ?? m[0];
  return { start: m.index + m[0].length - g.length, end: m.index + m[0].length, word: g };
}
const FUNDING = /^\s*(?:to\s+)?((?:invest|spend|allocate|commit|provide|award|grant|distribute|disburse)\s+(?:over\s+|at least\s+|more than\s+|up to\s+)?[$€£¥₩]\s?[\d.,]+)|^\s*(?:at least\s+|over\s+)?([$€£¥₩]\s?[\d.,]+\s?(?:[kmb]n?|million|billion)?\s+(?:in\s+(?:grants?|funding|investment)|to\s+(?:support|fund)|for\s+(?:grants?|projects?)))|^\s*([\d.]+\s?%\s+of\s+(?:[\p{L}-]+\s+){0,2}(?:funding|budget|grants?|spend(?:ing)?)\s+(?:to|for|on))/iu;
const EXECUTION_RATE = /\b((?:execution|implementation|completion|delivery)\s+rate)\s+(?:of|for|on)\s+(?:the\s+|our\s+)?(?:[\p{L}-]+\s+){0,3}?(?:plans?|actions?|projects?|recommendations?|initiatives?|commitments?|milestones?|measures?)\b/iu;
const TRAINING_AFTER = /^\s*(?:of\s+)?(?:[\p{L}-]+\s+)?(?:training|coaching|mentoring|instruction|professional development|cpd)\b/iu;
const COUNT_DONE = /^\s*(?:at least|over|more than|up to)?\s*[\d,.]+\s+(?:[\p{L}-]+\s+){1,5}?(introduced|created|built|planted|installed|opened|delivered|established|launched|published|held|completed|constructed|developed|implemented|rolled out|set up|restored|refurbished|upgraded|renovated|designated)\b/iu;
const KO_FUNDING = /(?:예산|운영비|사업비)[^.]{0,6}?\d+\s?%[^.]{0,14}?편성|(?:사업|프로그램)\s?(?:참여\s?)?인원(?:을|를)?\s?[^.]{0,10}?\d[\d,.]*\s?(?:만|천)?\s?명|(?:펀드|기금|예산|재원|투자금|사업비)\s?[\d,.]+\s?(?:조|억|만|천)?\s?(?:원|달러)|[\d,.]+\s?(?:조|억|만|천)\s?(?:원|달러)\s?(?:규모의?\s?)?(?:펀드|기금|예산|투자|지원|투입)/;
const KO_EXECUTION_RATE = /(?:공약|사업|과제|계획|예산)[가-힣\s]{0,8}?(?:이행률|추진율|집행률|완료율|추진 실적)/;
const KO_SERVED = /(?:지원|서비스|상담|돌봄|교육|혜택)(?:을|를|은|는|이|가)?\s?(?:연\s?|연간\s?)?[\d,.]+\s?(?:만|천)?\s?명(?:까지|으로|에게|을|를)?|[\d,.]+\s?(?:만|천)?\s?명(?:에게|을\s대상으로|대상)\s?(?:[가-힣]+\s)?(?:지원|서비스|상담|돌봄|교육)/;
const KO_HABIT = /(?:생활화|습관화|일상화)/;
const KO_EXPAND = /(?:확대|확충|증설|늘리|늘린|늘려|늘릴)/;
const TEAM_RITUAL = /\b((?:meeting|meetings|meets|huddles?|briefings?|check-ins?|stand-?ups?|one-to-ones|1:1s)\s+(?:at least\s+|every\s+|once\s+|twice\s+)?(?:\d+\s?(?:x|times)\s?)?(?:a\s+|per\s+)?(?:day|week|month|quarter|daily|weekly|monthly|quarterly|fortnightly))\b/i;
const SALES_ACTIVITY = /\bnumber\s+of\s+(?:sales\s+|outbound\s+|cold\s+)?((?:calls|demos|meetings|visits|pitches|follow-ups)\s+(?:on|to|with)\s+(?:prospective|potential|new|target)\b)/i;
const KO_EFFORT = /최선을\s?다하|노력하겠|힘쓰겠|앞장서겠/;
const KO_AWARD = /(?:우수기관|최우수|우수상|대상|[1SA]등급)\s?(?:선정|수상|획득)/;
const KO_LETS = /[가-힣]자\s*[.!]?\s*$/;
const KO_COUNTED_SUBJECT = /\d[\d,.~]*\s?(?:만|천)?\s?명이\s/;
const KO_CONCRETE_END = /(?:[가-힣]다|[가-힣]자|[가-힣]기|니다)\s*[.!]?\s*$/;
const KO_CREW_SUBJECT = /^(?:직원|임직원|팀|팀원|공무원|영업사원|담당자|우리|회사|기관|정부|시|구|군)/;
const KO_PEOPLE_COUNT = /^\s?(?:천|만|억){0,3}\s?명/;
const KO_SET_UP = /(?:전담조직|조직|센터|시스템|플랫폼|기구|위원회|TF|태스크포스)(?:을|를)\s?(?:만듭니다|만든다|만들겠|신설|설치|구성|출범)/;
const KO_WORK_COUNT = /(?:수행|실시|운영|개최|발간|점검|지원|상담|교육)\s?(?:건수|횟수|실적)/;

/** "100% of children who need care can access it": all of some people, a coverage to reach. */
function ofPeople(text: string, q: Q): boolean {
  const after = tokensOf(text.slice(q.end, q.end + 40));
  let k = after[0]?.text === 'of' ? 1 : 0;
  while (after[k] && (after[k]!.text === 'the' || after[k]!.text === 'our' || after[k]!.text === 'all')) k++;
  const first = after[k];
  // ... not the team's own staff ("100% of staff trained"): what is done to them is work done.
  return first !== undefined && isPeopleNoun(first.text) && !EN_WORKFORCE.has(first.text) && !FRONTLINE_STAFF.has(first.text);
}
