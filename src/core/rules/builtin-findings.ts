// Findings the engine itself produces (reading the file, the schema) and rules that judge a
// whole file rather than one outcome (checklist-missing, no-outcome), described like rules so
// they have ids, severities users can change, and docs pages.
import { meta as noOutcome } from './no-outcome';
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
    id: 'unclosed-fence',
    name: 'Unclosed code block',
    scope: 'structure',
    defaultSeverity: 'error',
    description: { en: 'A fenced code block in a plan is never closed, so a CBO outcome below it is read as code.', ko: '계획의 펜스 코드 블록이 닫히지 않아 그 아래의 CBO 성과를 코드로 읽습니다.' },
  },
  {
    id: 'unread-value',
    name: 'Value not read',
    scope: 'structure',
    defaultSeverity: 'warning',
    description: { en: 'A plan writes a value its reader leaves out: a second Baseline or Owner line (the first is read), a second target on the Target line, a Timeline date the Target line overrides, a table in Success Metrics.', ko: '계획에 읽지 않는 값이 있습니다. 두 번째 기준값이나 담당자 줄(처음 것을 읽음), 목표값 줄의 두 번째 목표값, 목표값 줄의 날짜에 밀린 기한 날짜, 성공 지표의 표 등입니다.' },
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
    description: { en: 'The file is too large, holds too many values, or its aliases expand too far, to check safely.', ko: '파일이 너무 크거나 값이 너무 많거나 별칭 확장이 지나쳐 안전하게 검사할 수 없습니다.' },
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
  {
    id: 'config',
    name: 'Config problem',
    scope: 'structure',
    defaultSeverity: 'error',
    description: { en: 'An entry of .cborc.yaml is not valid (unknown key or rule id, wrong value); it is ignored, the rest applies.', ko: '.cborc.yaml의 항목이 올바르지 않아(모르는 키나 규칙 id, 잘못된 값) 무시합니다. 나머지는 적용됩니다.' },
  },
  {
    id: 'file-unreadable',
    name: 'File unreadable',
    scope: 'structure',
    defaultSeverity: 'error',
    description: { en: 'A file or folder could not be read (permissions, not a regular file); the rest was checked.', ko: '파일이나 폴더를 읽을 수 없었습니다(권한, 일반 파일이 아님). 나머지는 검사했습니다.' },
  },
  {
    id: 'file-ignored',
    name: 'File ignored',
    scope: 'structure',
    defaultSeverity: 'warning',
    description: { en: 'A file named on the command line matches an ignore: pattern of its .cborc.yaml, so it was not checked.', ko: '명령줄에서 이름을 준 파일이 .cborc.yaml의 ignore: 패턴에 걸려 검사하지 않았습니다.' },
  },
  {
    id: 'encoding',
    name: 'Encoding',
    scope: 'structure',
    defaultSeverity: 'error',
    description: { en: 'The file is not UTF-8 text (it looks UTF-16 or UTF-32, holds only NUL bytes, or a run of them near its start); save it as UTF-8 or delete the NULs to check it.', ko: '파일이 UTF-8 텍스트가 아닙니다(UTF-16이나 UTF-32로 보이거나, NUL 바이트뿐이거나, 앞부분에 NUL 바이트가 연달아 있습니다). UTF-8로 저장하거나 NUL 바이트를 지워야 검사할 수 있습니다.' },
  },
  {
    id: 'nul-character',
    name: 'NUL character',
    scope: 'structure',
    defaultSeverity: 'warning',
    description: { en: 'The file holds NUL bytes (U+0000), which are not text, though it is no UTF-16 file: one finding, at the first, says how many and where; the file is still checked.', ko: '파일에 텍스트가 아닌 NUL 바이트(U+0000)가 있습니다(UTF-16 파일은 아님). 처음 것에 찾은 결과 하나가 개수와 자리를 알려 줍니다. 파일은 그대로 검사합니다.' },
  },
  {
    id: 'replacement-character',
    name: 'Replacement character',
    scope: 'structure',
    defaultSeverity: 'warning',
    description: { en: 'Some bytes of the file are not UTF-8 (shown as �, as in a Latin-1 file); text beside them may be misread.', ko: '파일의 일부 바이트가 UTF-8이 아닙니다(Latin-1 파일처럼 �로 보임). 그 옆의 글이 잘못 읽힐 수 있습니다.' },
  },
  noOutcome,
];
