// Words that give a sentence its shape, beside the user-extensible lists in en.json and
// ko.json. These are closed classes (a few dozen each) that the shape reader needs to tell
// a command from a state, and a count of results from a count of activities; the open class
// (every English verb) comes from WordNet, see ../text/lexicon.ts.

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Heads that name a state to be in, not a thing to do: "Be the best", "Delight the customer". */
export const EN_STATE_VERBS = set(`be become remain stay delight wow love surpass excel thrive succeed dominate
  lead win inspire outperform outpace beat satisfy please impress amaze strive aspire aim continue own
  exceed feel matter shine flourish prosper encourage motivate persuade convince engage enjoy`);

/** Light verbs: the rest of the sentence decides ("Make progress" is a state, "Make a video" a deliverable). */
export const EN_LIGHT_VERBS = set(`make help get keep let allow bring give take put have do go see enable ensure
  support create`);

/** A count after these is a result, not an activity: "Reach 10,000 visits", "Sell 1,000 licences". */
export const EN_RESULT_VERBS = set(`reach achieve attain hit acquire win sign gain attract retain convert sell
  generate earn book land secure save get grow obtain`);

/** Words naming a state or a direction without a measure: "the best", "users love", "a sticky experience". */
export const EN_STATE_WORDS = set(`best leader leaders leadership go-to love loves loved lovable delight delighted
  delightful happy happier happiness satisfied satisfaction trust trusted trustworthy favourite favorite preferred
  premier top great excellent excellence success successful progress sticky reliable timely quality awesome
  amazing outstanding superior thought-leader renowned recognised recognized known famous beloved engaged
  engaging passionate proud healthy healthier stronger strong sustainable competitive world's #1 number-one
  first-choice standard benchmark customer-centric data-driven agile mature maturity easy simple intuitive
  valued heard respected supported empowered motivated ready equipped confident smoothly efficiently
  effectively seamlessly properly quality`);

/** Things a team makes: a title that only names one ("Partner self-service portal") is an output. */
export const EN_ARTEFACT_NOUNS = set(`portal app apps application applications system systems platform platforms
  dashboard dashboards website websites site sites tool tools tooling feature features module modules api apis
  integration integrations pipeline pipelines database databases warehouse report reports manual manuals guide
  guides guideline guidelines playbook playbooks policy policies programme programmes program programs training
  trainings workshop workshops campaign campaigns webinar webinars event events conference conferences
  newsletter newsletters roadmap roadmaps framework frameworks prototype prototypes mvp pilot pilots release
  releases version chatbot chatbots bot bots crm erp documentation docs handbook handbooks template templates
  checklist checklists survey surveys course courses curriculum page pages blog blogs video videos redesign
  migration launch rollout upgrade implementation deployment hackathon hackathons roundtable roundtables
  meetup meetups process processes procedure procedures strategy plan plans infrastructure architecture
  model models library libraries sdk plugin plugins extension extensions service update updates posts post
  articles article episodes episode meetings meeting interviews interview demos demo presentations talks
  podcasts podcast initiatives projects tweets tweet pins reels infographics hospitals clinics schools bridges contract contracts agreement agreements product products partnership partnerships
  studies flow flows feature emails whitepapers whitepaper`);

/** Korean action nouns: the predicate of an output ("… 구축", "… 개최", "보고서 완성"). */
export const KO_ACTION_NOUNS = set(`금지 기록 공급 운행 정비 건립 신축 조성 개관 지원 가동 건조 건설 사업 보급 육성 구축 도입 개발 출시 구현 배포 마이그레이션 수립 설치 오픈 개최 작성 제작 마련 구성 적용 교체
  이관 런칭 론칭 개통 실시 제공 발간 재편 조달 진행 완료 완성 수행 추진 정비 개편 개정 재정비 리뉴얼 개설 신설 채용
  고용 발행 게시 업로드 포스팅 홍보 면담 인터뷰 조사 설문 수집 검토 점검 보고 발표 참석 참가 등록 협상 재협상 체결
  정의 설계 재설계 기획 준비 운영 시행 착수 완수 확립 정립 교육 훈련 코칭 세미나 워크숍 웨비나 컨퍼런스 행사 발송 공개
  게재 선정 지정 책정 확정 승인 정리 배치 투입 시작 착공 준공 설립 창업 출간 편찬 업데이트 업그레이드 온보딩 통합 이전 연동
  테스트 캠페인 양성 이수 관리 발굴 읽기 간담회 설명회 공청회 진단 컨설팅 분석 문서화 개선안 시스템 플랫폼 포털 앱 대시보드 보고서 매뉴얼 가이드
  프로그램 로드맵 전략 계획 체계 프로세스 기능 서비스 도구 툴 개최하기 구축하기 방안 제도 교재 콘텐츠 영상 게시물 카드뉴스`);

/** Korean results: a count with these is an outcome ("러닝화 1만 켤레 판매", "신규 고객 유치(월 5건)"). */
export const KO_RESULT_NOUNS = set(`판매 유치 확보 달성 획득 수주 가입 계약 매출 수익 이익 절감 감소 증가 구매 재구매 방문자 사용자 고객`);

/** Korean states and directions without a measure (성장, 성공, 1위, 패권). */
export const KO_STATE_WORDS = [
  '성장', '성공', '실현', '도약', '발전', '회복', '복원', '확충', '1위', '최고', '일류', '선도', '패권', '초격차', '만족', '행복', '신뢰',
  '사랑', '감동', '믿고', '믿는', '공감', '느낌', '느끼', '느낀', '리더', '으뜸', '경쟁력', '강국', '국가', '나라', '미래', '비전', '만들기', '만들자', '만든다', '만들', '되자', '되기', '벌고',
  '반듯', '이끄는', '부흥', '번영', '도전', '브랜딩', '가속', '글로벌', '세계',
];

/** Korean words for a habit taken up (생활화, 습관화, 일상화): "1회용컵 대신 개인컵 생활화" is a behaviour whoever takes it up. */
export const KO_HABIT_WORDS = /생활화|습관화|일상화/;

/** Endings that wish or urge rather than state ("벌고 싶다", "성공하자!", "성장해야 해"). */
export const KO_DESIRE_ENDING = /(?:싶다|싶어|싶어요|싶습니다|하자|되자|해야\s?해|해야\s?한다|해야\s?합니다|돼야\s?한다|되어야\s?한다|돼야\s?합니다|겠다|겠습니다|기를|바란다|바랍니다|자)[\s!.~?]*$/;

/** A noun naming people, by its last syllables: 학부모, 민원인, 가맹점주, 택배 기사, 농가, 의료진. */
export const KO_PERSON_END = /(?:자|원|사|인|생|주|객|민|모|님|농가|가|들|층|진|팀|장|부|족|어르신|청소년|소년|중장년|노년|가정|세대)$/;

/**
 * Organisations outside the team that act like people in a plan: suppliers, pharmacies,
 * franchisees, shops, clinics ("납품업체가 전자 세금계산서로 전환한다"). Read as a subject, but what
 * they make or bring in (출시, 도입) stays an output; only switching over counts as behaviour.
 */
export const KO_PARTNER_ORG_END = /(?:업체|약국|가맹점|대리점|판매점|가게|매장|병원|의원)$/;

/**
 * Nouns that describe what people do, so a statement with one names behaviour even without
 * naming the people: "checkout abandonment", "adoption", "churn", "completion rate", 이탈률.
 * Matched as the start of an English word (abandon → abandonment) and anywhere in Korean.
 */
export const EN_BEHAVIOUR_NOUNS = set(`abandonment abandon adoption churn completion retention conversion conversions usage
  engagement attendance uptake signups sign-ups registrations registration purchases purchase repurchase visits visit
  complaints complaint calls call logins login renewals renewal cancellations cancellation returns bookings booking
  referrals referral enrolment enrollment enrolments enrollments participation turnover attrition absenteeism
  compliance resolution redemption redemptions activation onboarding subscriptions subscription orders ordering
  clicks click-through downloads installs reviews ratings responses response applications submissions claims
  deflection escalations escalation reopen reopens no-shows readmissions readmission visits bounce
  nps satisfaction csat dau mau wau traffic visitors readership sessions time-on-task self-service`);

export const KO_BEHAVIOUR_NOUNS = ['이탈', '재구매', '구매', '이용', '사용률', '전환율', '참여', '가입', '방문', '재방문', '해지', '갱신',
  '완료율', '채택', '활용', '문의', '민원', '예약', '주문', '결제', '신청', '접속', '로그인', '출석', '응답', '만족도', '추천', '리텐션', '유지율', '재계약', '이직', '퇴사'];

/**
 * Verbs of a state of mind or of having, after people: "Employees feel valued", "Staff
 * understand the new strategy", "Managers have the skills they need" name a state to reach,
 * not something people do differently.
 */
export const EN_MENTAL_VERBS = set(`feel know understand recognise recognize believe trust value appreciate enjoy love
  prefer perceive consider care want deserve have remember notice admire respect`);

/** After a thing: it is finished or in use ("New onboarding flow live by March", "The ERP upgrade is complete"). */
export const EN_COMPLETE_WORDS = set(`live complete completed done finished ready available operational launched
  implemented deployed delivered rolled`);

/** Past participles that do not end in -ed, with their verb: "Portal rebuilt", "Three workshops held". */
export const EN_IRREGULAR_PARTICIPLES = new Map<string, string>(
  `built:build rebuilt:rebuild held:hold written:write rewritten:rewrite made:make run:run done:do sent:send
  taken:take given:give shown:show brought:bring bought:buy sold:sell won:win begun:begin chosen:choose
  taught:teach kept:keep led:lead met:meet paid:pay told:tell drawn:draw laid:lay spent:spend put:put shut:shut
  set:set undertaken:undertake overhauled:overhaul redone:redo remade:remake`
    .split(/\s+/)
    .filter(Boolean)
    .map((p) => p.split(':') as [string, string]),
);

/** Verbs of today's offices that WordNet 3.1 lacks: "Onboard 3 new customers", "Upskill the agents". */
export const EN_EXTRA_VERBS = set(`onboard offboard upskill reskill rebrand replatform livestream upsell cross-sell
  dockerize containerise`);

/** People trained, hired or told: "30 employees trained on the new tool" is an activity done to them. */
export const EN_PASSIVE_ACTIVITY = set(`train onboard hire recruit certify brief notify inform contact interview survey
  invite enrol enroll register assign appoint equip upskill reskill educate coach teach email call
  offer give provide send allocate`);

/**
 * The team's own people, as a subject: what they produce ("contribute 1200 code reviews") or
 * attend ("complete the module") is work done. Customers, users, patients and learners are
 * not here: their use of what we made is the outcome.
 */
export const EN_WORKFORCE = set(`staff employees employee teams team engineers engineer developers developer reps representatives
  agents salespeople sellers recruiters marketers managers supervisors officers personnel workforce volunteers trainers
  analysts designers writers colleagues`);

/** Front-line staff of public services: "600 more nurses" is staff added, "100% of teachers will receive coaching" training given. */
export const EN_FRONTLINE_STAFF = set(`nurses doctors teachers police midwives paramedics firefighters caseworkers gps consultants`);
/** The organisation's own people in Korean: what they do or attend is work done (직원 교육, 영업사원 방문). */
export const KO_WORKFORCE = ['영업사원', '영업팀', '임직원', '직원', '팀원', '팀', '담당자', '공무원', '설계사', '매니저'];
/** The organisation itself as a subject (우리, 회사, 기관, 시): its doings are its work. */
export const KO_ORGANISATION = ['우리', '회사', '기관', '정부', '시', '구', '군'];

/** After a people subject and its verb, the company as the object: "Customers choose us", "People recognise our logo". */
export const EN_US_OBJECT = set(`us our`);

/** Weak markers of a change in behaviour: they do not turn a direction into a change ("Empower customers to help themselves"). */
export const EN_WEAK_MARKERS = new Set(['themselves', 'himself', 'herself', 'self-serve', 'self-service', 'unaided', 'on their own']);
