// Writes schemas/cbo.schema.json. The schema is written as code so that every property's
// description and example sit next to its type and cannot drift apart; the JSON file is
// what ships (yamlValidation, hovers, Ajv). Run: node scripts/gen-schema.mjs
// A unit test (test/unit/generated-schema.test.ts) regenerates it in memory with
// `schemaText()` and fails when the committed file differs: edit here, then run this script.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const text = (description, example, extra = {}) => ({ type: 'string', minLength: 1, description, examples: [example], ...extra });
const date = (description, example) => ({ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description, examples: [example] });
const num = (description, example, extra = {}) => ({ type: 'number', description, examples: [example], ...extra });
// A metric's number: beyond 2^53 - 1 either way a double no longer holds it exactly, and the chart,
// the report and the progress line showed another number (MAX_METRIC_MAGNITUDE in
// src/core/metric-number.ts, which test/unit/chart-bad-points.test.ts holds to this), so such a
// number is refused here and the reading it leaves out has a finding.
const METRIC_BOUNDS = { minimum: -Number.MAX_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER };
const metricNum = (description, example) => num(description, example, METRIC_BOUNDS);
// A count (users, a usage's volume) past 2^53 - 1 is not the one written either: value per user
// was worked out from another number, and the usage table showed a dash, with no finding.
const COUNT_BOUNDS = { minimum: 0, maximum: Number.MAX_SAFE_INTEGER };
const list = (description, example) => ({ type: 'array', description, items: { type: 'string' }, examples: [example] });
const ext = { '^x-': { description: 'Extension field: anything a team wants to keep; the engine ignores it.' } };

const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://cbo-guide.dev/schemas/cbo.schema.json',
  title: 'Customer Business Outcome (CBO) document',
  description: 'One outcome, or several under `outcomes:`. An outcome is a change in someone\'s behaviour that drives a business result, measured against a baseline, with a target and a deadline.',
  oneOf: [{ $ref: '#/definitions/file' }, { $ref: '#/definitions/outcome' }],
  definitions: {
    file: {
      type: 'object',
      description: 'A file holding several outcomes.',
      required: ['outcomes'],
      additionalProperties: false,
      patternProperties: ext,
      properties: {
        cbo: { const: 1, description: 'Version of the CBO document format. Always 1 for now.', examples: [1] },
        outcomes: { type: 'array', description: 'The outcomes in this file, one per item.', items: { $ref: '#/definitions/outcome' }, examples: [[{ title: 'Returning customers check out without calling support' }]] },
      },
    },
    outcome: {
      type: 'object',
      description: 'One Customer Business Outcome.',
      additionalProperties: false,
      patternProperties: ext,
      properties: {
        cbo: { const: 1, description: 'Version of the CBO document format. Always 1 for now.', examples: [1] },
        id: text('A short stable identifier, for links from plans and reports.', 'checkout-self-service'),
        title: text('The outcome in one line: whose behaviour changes, and how you will know. Not a deliverable.', 'Returning customers finish checkout without calling support'),
        category: {
          type: 'string',
          enum: ['reduced-business-risk', 'esg', 'increased-revenue', 'operational-efficiency', 'experience', 'innovation'],
          description: 'The kind of business value: reduced business risk, ESG performance, increased revenue and operational efficiency (the framework\'s four), plus experience and innovation (from the outcome tracker).',
          examples: ['operational-efficiency'],
        },
        owner: text('The person or role accountable for the outcome on the customer side.', 'Head of Digital Channels'),
        account: text('The customer (account) this outcome is for. A portfolio groups outcomes by it.', 'Hanbit Retail'),
        period: text('The period the value is counted for, as the team names it.', 'FY2027'),
        customerSince: date('When the account became a customer (its first contract), YYYY-MM-DD; shown in the report header next to the account.', '2024-05-01'),
        users: num('How many people use what the outcome delivers; gives value per user in the portfolio.', 1200, COUNT_BOUNDS),
        usage: {
          type: 'array',
          description: 'Product usage that drives the outcome: an activity, how often it happens, the result it drives and what one unit is worth.',
          items: {
            type: 'object',
            description: 'One activity that drives the outcome.',
            required: ['activity'],
            additionalProperties: false,
            patternProperties: ext,
            properties: {
              activity: text('What users do.', 'Self-service order tracking'),
              volume: num('How many times it happens over the period.', 40000, COUNT_BOUNDS),
              outcome: text('The result the activity drives.', 'Fewer support calls'),
              valuePerUnit: num('What one occurrence is worth, in the outcome\'s currency. Shown as an estimate, never added to the value.', 3.5),
            },
          },
          examples: [[{ activity: 'Self-service order tracking', volume: 40000, outcome: 'Fewer support calls', valuePerUnit: 3.5 }]],
        },
        opportunities: {
          type: 'array',
          description: 'Value not yet realised or claimed: shown apart in the report, never added to the value.',
          items: {
            type: 'object',
            description: 'One unrealised value opportunity.',
            required: ['description'],
            additionalProperties: false,
            patternProperties: ext,
            properties: {
              description: text('What could add value next.', 'Extend self-service to returns'),
              amount: num('What it could be worth, in the outcome\'s currency.', 40000),
              assumption: text('Why that amount is plausible.', 'Returns cause a third of the remaining calls'),
            },
          },
          examples: [[{ description: 'Extend self-service to returns', amount: 40000 }]],
        },
        context: {
          type: 'object',
          description: 'Business context: why this outcome matters now.',
          additionalProperties: false,
          patternProperties: ext,
          properties: {
            challenge: text('The business problem today, in the customer\'s terms.', 'One in five checkouts ends in a support call'),
            strategicImportance: text('How the outcome serves the customer\'s strategy.', 'Digital self-service is this year\'s first priority'),
            stakeholderImpact: text('Who gains, and how.', 'Support agents handle fewer routine calls'),
          },
          examples: [{ challenge: 'One in five checkouts ends in a support call' }],
        },
        workshop: {
          type: 'object',
          description: 'Notes from the discovery workshop, in its order: current state, future state, barriers, solutions.',
          additionalProperties: false,
          patternProperties: ext,
          properties: {
            current: list('How things are today: pains, inefficiencies, weak results.', ['Customers call to confirm delivery dates']),
            future: list('The state the team wants: the problem solved, the goal reached.', ['Customers see a reliable delivery date at checkout']),
            barriers: list('What stands in the way: risks, missing skills or systems, rules, culture.', ['Stock data is a day old']),
            solutions: list('Ways past the barriers, from an execution point of view.', ['Stream stock changes to the storefront']),
          },
          examples: [{ current: ['Customers call to confirm delivery dates'] }],
        },
        outcome: {
          type: 'object',
          description: 'The behaviour change at the heart of the outcome.',
          additionalProperties: false,
          patternProperties: ext,
          properties: {
            behavior: text('Who does what differently: an observable change in a customer\'s, user\'s or employee\'s behaviour.', 'Returning customers finish checkout without calling support'),
            hypothesis: text('If we create this behaviour, which business result follows, and why you believe it.', 'If returning customers can track orders themselves, support cost falls because fewer of them call'),
          },
          examples: [{ behavior: 'Returning customers finish checkout without calling support' }],
        },
        metrics: {
          type: 'object',
          description: 'How the outcome is measured: one primary metric, optionally secondary ones.',
          additionalProperties: false,
          patternProperties: ext,
          properties: {
            primary: { $ref: '#/definitions/metric' },
            secondary: {
              type: 'array',
              description: 'Supporting measurements: full metrics, or just their names.',
              items: { anyOf: [{ $ref: '#/definitions/metric' }, { type: 'string' }] },
              examples: [['Support calls per 1,000 orders']],
            },
          },
          examples: [{ primary: { name: 'Checkout completion rate', unit: '%', direction: 'increase' } }],
        },
        value: {
          type: 'object',
          description: 'What the outcome is worth and what it costs, for ROI.',
          additionalProperties: false,
          patternProperties: ext,
          properties: {
            currency: { type: 'string', pattern: '^[A-Z]{3}$', description: 'ISO 4217 currency code of every amount in this outcome.', examples: ['USD'] },
            investment: num('Total cost over the period the value is counted for.', 250000, { minimum: 0 }),
            items: { type: 'array', description: 'The value the outcome delivers, one item per source of value.', items: { $ref: '#/definitions/valueItem' }, examples: [[{ type: 'hard-savings', amount: 80000, assumption: 'Two contractor seats no longer needed' }]] },
            realised: {
              type: 'array',
              description: 'Value actually realised, dated, for trends by quarter. Kept apart from the claimed value items.',
              items: {
                type: 'object',
                description: 'Value realised on a date.',
                required: ['date', 'amount'],
                additionalProperties: false,
                patternProperties: ext,
                properties: { date: date('When the value was realised (YYYY-MM-DD).', '2026-12-31'), amount: num('How much, in the outcome\'s currency.', 20000) },
              },
              examples: [[{ date: '2026-12-31', amount: 20000 }]],
            },
          },
          examples: [{ currency: 'USD', investment: 250000 }],
        },
        dependencies: list('What the outcome needs from others: inputs, systems, people.', ['Payments team exposes order status API']),
        assumptions: list('What must be true for the outcome and its value to hold.', ['Call volume stays at 2025 levels']),
        risks: list('What could stop the outcome.', ['Peak season freezes releases in November']),
      },
    },
    metric: {
      type: 'object',
      description: 'A metric: what is counted, which way it should move, from where, to where, by when.',
      additionalProperties: false,
      patternProperties: ext,
      properties: {
        name: text('What is counted, precisely enough that two people get the same number.', 'Checkout completion rate'),
        unit: text('Unit of the metric\'s values.', '%'),
        direction: { type: 'string', enum: ['increase', 'decrease', 'maintain'], description: 'Which way the metric should move for the outcome to be met.', examples: ['increase'] },
        baseline: {
          type: 'object',
          description: 'Where the metric stands before the work, and when it was measured.',
          additionalProperties: false,
          patternProperties: ext,
          properties: { value: metricNum('The measured value at the baseline date.', 62), asOf: date('When the baseline was measured (YYYY-MM-DD).', '2026-09-30') },
          examples: [{ value: 62, asOf: '2026-09-30' }],
        },
        target: {
          type: 'object',
          description: 'Where the metric should be, and by when.',
          additionalProperties: false,
          patternProperties: ext,
          properties: { value: metricNum('The value that means the outcome is met.', 80), by: date('The deadline (YYYY-MM-DD).', '2027-06-30') },
          examples: [{ value: 80, by: '2027-06-30' }],
        },
        measurements: {
          description: 'Measurements taken since the baseline, for progress tracking: a list, or `{ file: name.csv }` for a CSV beside this file with the columns date,value.',
          // A list or a mapping, without anyOf: `items` only applies to a list and `properties`,
          // `required` only to a mapping, so errors inside a measurement keep their exact path.
          type: ['array', 'object'],
          items: {
            type: 'object',
            description: 'One measurement.',
            required: ['date', 'value'],
            additionalProperties: false,
            patternProperties: ext,
            properties: { date: date('When it was measured (YYYY-MM-DD).', '2026-12-31'), value: metricNum('The measured value.', 66) },
          },
          required: ['file'],
          additionalProperties: false,
          properties: { file: text('A CSV file beside this one, relative to it, with a header line date,value.', 'checkout.csv', { pattern: '^[^/\\\\][^:]*\\.csv$' }) },
          examples: [[{ date: '2026-12-31', value: 66 }], { file: 'checkout.csv' }],
        },
      },
      examples: [{ name: 'Checkout completion rate', unit: '%', direction: 'increase' }],
    },
    valueItem: {
      type: 'object',
      description: 'One source of value. Which numbers it needs depends on its type.',
      required: ['type'],
      additionalProperties: false,
      patternProperties: ext,
      properties: {
        type: {
          type: 'string',
          enum: ['hard-savings', 'soft-savings', 'revenue-impact', 'risk-avoidance', 'opportunity-cost'],
          description: 'hard-savings: cost removed (amount). soft-savings: time freed (hours x rate). revenue-impact: revenue attributed (amount). risk-avoidance: loss avoided (probability x impact). opportunity-cost: time moved to better work (hours x rate, or amount).',
          examples: ['hard-savings'],
        },
        amount: num('Money in one year, in the outcome\'s currency: every value item counts for a year (a month\'s figure x 12).', 80000),
        hours: num('Hours freed in one year: every value item counts for a year (a month\'s hours x 12).', 1200, { minimum: 0 }),
        rate: num('Value of one hour, in the outcome\'s currency.', 45, { minimum: 0 }),
        probability: num('Chance of the loss in the period, from 0 to 1.', 0.1, { minimum: 0, maximum: 1 }),
        impact: num('Cost of the loss if it happens.', 1000000, { minimum: 0 }),
        assumption: text('Why this number holds: the source and the reasoning.', 'Two contractor seats are no longer needed'),
        validated: { type: 'boolean', description: 'True once the customer has confirmed this value.', examples: [true] },
      },
      examples: [{ type: 'hard-savings', amount: 80000, assumption: 'Two contractor seats are no longer needed', validated: true }],
    },
  },
};

/** The text of schemas/cbo.schema.json, exactly as this script writes it. */
export function schemaText() {
  return JSON.stringify(schema, null, 2) + '\n';
}

// Written only when run as a script, not when a test imports schemaText().
if (process.argv[1] && import.meta.url && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(new URL('../schemas/cbo.schema.json', import.meta.url), schemaText());
  console.log('schemas/cbo.schema.json written');
}
