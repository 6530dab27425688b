// Findings the engine itself produces (reading the file, the schema), described like rules
// so they have ids, severities users can change, and docs pages.
import type { RuleMeta } from './types';

export const BUILTIN_FINDINGS: RuleMeta[] = [
  {
    id: 'yaml-syntax',
    name: 'YAML syntax',
    scope: 'structure',
    defaultSeverity: 'error',
    description: { en: 'The YAML does not parse; nothing else in that outcome is checked until it does.', ko: 'YAML을 읽을 수 없습니다. 고칠 때까지 그 성과의 다른 검사는 하지 않습니다.' },
  },
  {
    id: 'schema',
    name: 'Schema',
    scope: 'schema',
    defaultSeverity: 'error',
    description: { en: 'A key or value does not match schemas/cbo.schema.json.', ko: '키나 값이 schemas/cbo.schema.json과 맞지 않습니다.' },
  },
  {
    id: 'resource-limit',
    name: 'Resource limit',
    scope: 'structure',
    defaultSeverity: 'error',
    description: { en: 'The file is too large, or its aliases expand too far, to check safely.', ko: '파일이 너무 크거나 별칭 확장이 지나쳐 안전하게 검사할 수 없습니다.' },
  },
  {
    id: 'checklist-missing',
    name: 'Checklist item missing',
    scope: 'structure',
    defaultSeverity: 'warning',
    description: { en: 'A plan that opted into a framework checklist has nothing on a required item.', ko: '프레임워크 체크리스트를 적용한 계획에 필수 항목이 없습니다.' },
  },
  {
    id: 'internal-error',
    name: 'Internal error',
    scope: 'structure',
    defaultSeverity: 'warning',
    description: { en: 'A rule failed on this input. Please report it; other rules still ran.', ko: '이 입력에서 규칙 하나가 실패했습니다. 알려 주세요. 다른 규칙은 실행되었습니다.' },
  },
];
