// The one source of every snippet CBO Guide contributes (snippets/*.json are generated from
// this file at build time by scripts/gen-snippets.mjs, and a unit test checks they are up to
// date) and so of every default text a person might leave in unchanged: the placeholder
// check reads its list of prompts from here (./prompts.ts), so a new snippet cannot drift
// from what is flagged when it is left unfilled.

export interface SnippetDef {
  prefix: string[];
  description: string;
  body: string[];
}

export type SnippetFile = Record<string, SnippetDef>;

/** snippets/cbo.yaml.json */
export const YAML_SNIPPETS: SnippetFile = {
  "CBO outcome": {
    "prefix": [
      "cbo",
      "cbo-outcome"
    ],
    "description": "A Customer Business Outcome in CBO YAML",
    "body": [
      "cbo: 1",
      "title: ${1:Who does what differently, measured}",
      "category: ${2|operational-efficiency,reduced-business-risk,esg,increased-revenue,experience,innovation|}",
      "owner: ${3:accountable role on the customer side}",
      "account: ${4:customer account}",
      "context:",
      "  challenge: ${5:the business problem today}",
      "  strategicImportance: ${6:which strategic goal this serves}",
      "  stakeholderImpact: ${7:who gains, and how}",
      "outcome:",
      "  behavior: ${8:who does what differently}",
      "  hypothesis: ${9:if this behaviour changes, which result follows and why}",
      "metrics:",
      "  primary:",
      "    name: ${10:what is counted}",
      "    unit: \"${11:%}\"",
      "    direction: ${12|increase,decrease,maintain|}",
      "    baseline: { value: ${13:0}, asOf: ${14:YYYY-MM-DD} }",
      "    target: { value: ${15:0}, by: ${16:YYYY-MM-DD} }",
      "value:",
      "  currency: ${17:USD}",
      "  investment: ${18:0}",
      "  items:",
      "    - { type: ${19|hard-savings,soft-savings,revenue-impact,risk-avoidance,opportunity-cost|}, amount: ${20:0}, assumption: \"${21:why this number holds}\" }",
      "dependencies: [${22}]",
      "assumptions: [${23}]",
      "risks: [${24}]",
      "$0"
    ]
  },
  "CBO metric": {
    "prefix": [
      "cbo-metric"
    ],
    "description": "A metric with baseline, target and deadline",
    "body": [
      "name: ${1:what is counted}",
      "unit: \"${2:%}\"",
      "direction: ${3|increase,decrease,maintain|}",
      "baseline: { value: ${4:0}, asOf: ${5:YYYY-MM-DD} }",
      "target: { value: ${6:0}, by: ${7:YYYY-MM-DD} }",
      "$0"
    ]
  },
  "CBO value item": {
    "prefix": [
      "cbo-value"
    ],
    "description": "A value item for ROI",
    "body": [
      "- type: ${1|hard-savings,soft-savings,revenue-impact,risk-avoidance,opportunity-cost|}",
      "  amount: ${2:0}",
      "  assumption: \"${3:why this number holds}\"",
      "  validated: ${4|false,true|}",
      "$0"
    ]
  },
  "CBO workshop": {
    "prefix": [
      "cbo-workshop"
    ],
    "description": "Discovery workshop notes: current, future, barriers, solutions",
    "body": [
      "workshop:",
      "  current: [${1:how things are today}]",
      "  future: [${2:the state we want}]",
      "  barriers: [${3:what stands in the way}]",
      "  solutions: [${4:ways past the barriers}]",
      "$0"
    ]
  },
  "CBO outcome (Korean)": {
    "prefix": [
      "cbo-ko"
    ],
    "description": "고객 비즈니스 성과(CBO) YAML",
    "body": [
      "cbo: 1",
      "title: ${1:누가 무엇을 다르게 하는지}",
      "category: ${2|operational-efficiency,reduced-business-risk,esg,increased-revenue,experience,innovation|}",
      "owner: ${3:고객 측 책임자}",
      "account: ${4:고객사 이름}",
      "context:",
      "  challenge: ${5:고객이 겪는 지금의 문제}",
      "  strategicImportance: ${6:어떤 전략 목표와 연결되는지}",
      "  stakeholderImpact: ${7:누가 어떻게 혜택을 받는지}",
      "outcome:",
      "  behavior: ${8:누구의 행동이 어떻게 바뀌는지}",
      "  hypothesis: ${9:이 행동이 바뀌면 어떤 결과가 왜 따라오는지}",
      "metrics:",
      "  primary:",
      "    name: ${10:측정할 지표}",
      "    unit: \"${11:%}\"",
      "    direction: ${12|increase,decrease,maintain|}",
      "    baseline: { value: ${13:0}, asOf: ${14:YYYY-MM-DD} }",
      "    target: { value: ${15:0}, by: ${16:YYYY-MM-DD} }",
      "value:",
      "  currency: ${17:KRW}",
      "  investment: ${18:0}",
      "  items:",
      "    - { type: ${19|hard-savings,soft-savings,revenue-impact,risk-avoidance,opportunity-cost|}, amount: ${20:0}, assumption: \"${21:이 금액이 맞다고 보는 근거}\" }",
      "dependencies: [${22}]",
      "assumptions: [${23}]",
      "risks: [${24}]",
      "$0"
    ]
  }
};

/** snippets/cbo.markdown.json */
export const MARKDOWN_SNIPPETS: SnippetFile = {
  "CBO template": {
    "prefix": [
      "cbo",
      "cbo-template"
    ],
    "description": "Customer Business Outcome: the framework's template (context, outcome, metrics, value, dependencies)",
    "body": [
      "## CBO: ${1:Who does what differently, measured}",
      "",
      "### Business Context",
      "- **Account**: ${2:customer account}",
      "- **Category**: ${3|Operational efficiency,Reduced business risk,Improved ESG performance,Increased revenue,Experience,Innovation|}",
      "- **Current Challenge**: ${4:the business problem today, in the customer's words}",
      "- **Strategic Importance**: ${5:which strategic goal this serves}",
      "- **Stakeholder Impact**: ${6:who gains, and how}",
      "",
      "### Outcome",
      "- **Behaviour Change**: ${7:who does what differently}",
      "- **Hypothesis**: ${8:if this behaviour changes, which result follows and why}",
      "",
      "### Success Metrics",
      "- **Primary Metric**: ${9:what is counted} (${10:%})",
      "- **Secondary Metrics**: ${11:supporting measurements}",
      "- **Baseline**: ${12:value today} (as of ${13:YYYY-MM-DD})",
      "- **Target**: ${14:value to reach}",
      "- **Timeline**: by ${15:YYYY-MM-DD}",
      "",
      "### Value Proposition",
      "- **Financial Impact**: ${16:money saved or earned, per year}",
      "- **Hard Savings**: ${17:amount a year, with its currency}: ${18:why this number holds}",
      "- **Investment**: ${19:total cost, with its currency}",
      "- **Operational Impact**: ${20:how the work changes}",
      "- **Strategic Impact**: ${21:what it makes possible later}",
      "- **Risk Mitigation**: ${22:which risks shrink}",
      "",
      "### Dependencies and Assumptions",
      "- **Critical Dependencies**: ${23:what this needs from others}",
      "- **Key Assumptions**: ${24:what must stay true}",
      "- **Success Factors**: ${25:conditions for success}",
      "- **Risk Factors**: ${26:what could stop it}",
      "$0"
    ]
  },
  "CBO template (Korean)": {
    "prefix": [
      "cbo-ko",
      "성과"
    ],
    "description": "고객 비즈니스 성과(CBO) 템플릿: 배경, 결과, 지표, 가치, 의존성",
    "body": [
      "## CBO: ${1:누가 무엇을 다르게 하는지, 측정 가능하게}",
      "",
      "### 비즈니스 배경",
      "- **고객사**: ${2:고객사 이름}",
      "- **범주**: ${3|운영 효율성,비즈니스 리스크 감소,ESG 성과 향상,매출 증대,경험,혁신|}",
      "- **현재 과제**: ${4:고객이 겪는 지금의 문제}",
      "- **전략적 중요성**: ${5:어떤 전략 목표와 연결되는지}",
      "- **이해관계자 영향**: ${6:누가 어떻게 혜택을 받는지}",
      "",
      "### 결과",
      "- **행동 변화**: ${7:누구의 행동이 어떻게 바뀌는지}",
      "- **가설**: ${8:이 행동이 바뀌면 어떤 결과가 왜 따라오는지}",
      "",
      "### 성공 지표",
      "- **핵심 지표**: ${9:무엇을 셀지} (${10:%})",
      "- **보조 지표**: ${11:보조 측정값}",
      "- **기준값**: ${12:현재 값} (${13:YYYY-MM-DD} 기준)",
      "- **목표값**: ${14:도달할 값}",
      "- **기한**: ${15:YYYY-MM-DD}까지",
      "",
      "### 가치 제안",
      "- **재무적 영향**: ${16:연간 절감액 또는 매출}",
      "- **직접 비용 절감**: ${17:연간 금액과 통화}: ${18:이 금액이 맞다고 보는 근거}",
      "- **투자**: ${19:총비용과 통화}",
      "- **운영상 영향**: ${20:일하는 방식의 변화}",
      "- **전략적 영향**: ${21:장기적으로 가능해지는 것}",
      "- **위험 완화**: ${22:줄어드는 위험}",
      "",
      "### 의존성 및 가정",
      "- **핵심 의존성**: ${23:다른 팀이나 시스템에 필요한 것}",
      "- **주요 가정**: ${24:계속 참이어야 하는 것}",
      "- **성공 요인**: ${25:성공 조건}",
      "- **위험 요인**: ${26:방해 요소}",
      "$0"
    ]
  },
  "CBO fenced YAML block": {
    "prefix": [
      "cbo-block"
    ],
    "description": "A ```cbo block of CBO YAML inside a plan",
    "body": [
      "```cbo",
      "title: ${1:Who does what differently}",
      "category: ${2|operational-efficiency,reduced-business-risk,esg,increased-revenue,experience,innovation|}",
      "metrics:",
      "  primary:",
      "    name: ${3:what is counted}",
      "    unit: \"${4:%}\"",
      "    direction: ${5|increase,decrease,maintain|}",
      "    baseline: { value: ${6:0}, asOf: ${7:YYYY-MM-DD} }",
      "    target: { value: ${8:0}, by: ${9:YYYY-MM-DD} }",
      "```",
      "$0"
    ]
  },
  "Discovery workshop": {
    "prefix": [
      "cbo-workshop"
    ],
    "description": "Discovery workshop notes: current, future, barriers, solutions, outcome",
    "body": [
      "### Discovery Workshop",
      "- **Current**: ${1:how things are today: pains, inefficiencies}",
      "- **Future**: ${2:the state we want}",
      "- **Barriers**: ${3:what stands in the way}",
      "- **Solutions**: ${4:ways past the barriers}",
      "- **Behavior**: ${5:whose behaviour changes, and how it is measured}",
      "$0"
    ]
  },
  "Discovery workshop (Korean)": {
    "prefix": [
      "cbo-workshop-ko",
      "워크숍"
    ],
    "description": "디스커버리 워크숍: 현재, 미래, 장애물, 해결방안, 결과",
    "body": [
      "### 디스커버리 워크숍",
      "- **현재**: ${1:지금의 불편과 비효율}",
      "- **미래**: ${2:원하는 모습}",
      "- **장애물**: ${3:무엇이 막고 있는지}",
      "- **해결방안**: ${4:장애물을 넘는 방법}",
      "- **행동 변화**: ${5:누구의 행동이 어떻게 바뀌고 어떻게 측정하는지}",
      "$0"
    ]
  }
};
