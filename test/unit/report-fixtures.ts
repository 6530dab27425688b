// Shared by the report tests: the team lead's two Last Mile metrics, as a CBO YAML outcome list
// item writes them (indented under `- title:`). "claims" should decrease from 4.2 to a target of
// 5.0, the wrong side (cbo check: target-direction); "window" rises from 82 to 92.

/** Damage claims per 1,000 deliveries: decrease, 4.2 on 2026-06-30 to 5.0 by 2027-03-31, 4.0 read on 2026-09-30. */
export const CLAIMS_METRICS = `    metrics:
      primary:
        name: Damage claims per 1,000 deliveries
        unit: claims
        direction: decrease
        baseline: { value: 4.2, asOf: 2026-06-30 }
        target: { value: 5.0, by: 2027-03-31 }
        measurements:
          - { date: 2026-09-30, value: 4.0 }
`;

/** First-attempt deliveries: increase, 82% on 2026-07-31 to 92% by 2027-05-31, 85% read on 2026-11-20. */
export const WINDOW_METRICS = `    metrics:
      primary:
        name: Deliveries completed at the first attempt
        unit: "%"
        direction: increase
        baseline: { value: 82, asOf: 2026-07-31 }
        target: { value: 92, by: 2027-05-31 }
        measurements:
          - { date: 2026-11-20, value: 85 }
`;
