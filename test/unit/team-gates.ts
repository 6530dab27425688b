// A team's own checklist, as a .cborc.yaml names it: two release gates, the second optional.
// Shared by the tests of team checklists and of hints (which adds one to it).
export const GATES = `id: gates
title: { en: Release gates, ko: 릴리스 관문 }
groups:
  - id: release
    title: { en: Release, ko: 릴리스 }
    items:
      - id: load-test
        title: { en: Load test, ko: 부하 테스트 }
        evidence: { headings: [load test, performance test, 부하 테스트] }
      - id: rollback-plan
        title: { en: Rollback plan, ko: 롤백 계획 }
        required: false
        evidence: { headings: [rollback, 롤백] }
`;
