// The help of `cbo` and of each command, in English and in Korean (a Korean user typing `cbo
// check --help --lang ko` read English only), chosen the same way for both: --lang, else a
// Korean LANG, else English (`messageLang`; .cborc.yaml is not read for a help).
import { messageLang } from './args';
import type { CliIo } from './io';
import { VERSION } from './version';

/**
 * A command's --help in both languages, side by side in the command's file: one source, so a
 * change to one is in sight of the other. Option names are the same in both, which
 * test/unit/cli-help.test.ts holds them to.
 */
export interface Help {
  readonly en: string;
  readonly ko: string;
}

/** Prints `help` in the language the top-level help takes (`args`: the command's own); exit 0. */
export function printHelp(io: CliIo, help: Help, args: string[], env: Record<string, string | undefined>): number {
  io.stdout(help[messageLang(args, env)]);
  return 0;
}

export const HELP = `cbo ${VERSION}: Customer Business Outcome checks for plans and CBO YAML.

Usage:
  cbo check [paths or globs...]   lint CBO YAML and Markdown plans (text, JSON, SARIF, GitLab)
  cbo rules [--format json]       list every rule
  cbo roi FILE [--format json]    ROI figures per outcome and in total
  cbo report FILE [-o OUT]        Business Outcome Report in Markdown, HTML or JSON
                                  (--portfolio DIR: across files)
  cbo plan FILE...                a plan against the framework's checklists (text, JSON)
  cbo portfolio [paths...]        rates, totals per currency and report across files
                                  (text, JSON, Markdown, HTML)
  cbo lsp --stdio                 the language server, for any editor with an LSP client
  cbo new [--markdown] [-o FILE]  a first CBO, asked step by step (answers from stdin when piped)
  cbo <command> --help            options of one command (also: cbo help <command>)

check, report and portfolio write to -o OUT instead of stdout when given one; new writes
its file to -o FILE instead of <outcome>.cbo.yaml in the current folder.
Every command takes --lang en|ko for its messages and reports (default: the lang of
.cborc.yaml, else a Korean LANG, else English).
Exit codes: 0 no errors, 1 errors found, 2 bad usage, unreadable files or nothing to check.
`;

/** The same, in Korean: shown for --lang ko or a Korean LANG. */
export const HELP_KO = `cbo ${VERSION}: 구현 계획과 CBO YAML을 고객 비즈니스 성과(CBO) 기준으로 검사합니다.

사용법:
  cbo check [경로나 글롭...]       CBO YAML과 Markdown 계획 검사 (text, JSON, SARIF, GitLab)
  cbo rules [--format json]       모든 규칙 목록
  cbo roi FILE [--format json]    성과별, 전체 ROI 수치
  cbo report FILE [-o OUT]        비즈니스 성과 보고서 (Markdown, HTML, JSON)
                                  (--portfolio DIR: 여러 파일을 모아서)
  cbo plan FILE...                계획을 프레임워크 체크리스트와 대조 (text, JSON)
  cbo portfolio [경로...]          여러 파일의 비율, 통화별 합계, 보고서
                                  (text, JSON, Markdown, HTML)
  cbo lsp --stdio                 언어 서버 (LSP 클라이언트가 있는 편집기용)
  cbo new [--markdown] [-o FILE]  첫 CBO를 한 단계씩 묻고 작성 (파이프로 주면 한 줄에 답 하나)
  cbo <명령> --help               명령 하나의 옵션 (cbo help <명령>도 같음)

check, report, portfolio는 -o OUT을 주면 표준 출력 대신 그 파일에 씁니다. new는 현재 폴더의
<성과>.cbo.yaml 대신 -o FILE에 씁니다.
모든 명령은 --lang en|ko로 메시지와 보고서의 언어를 고릅니다(기본값: .cborc.yaml의 lang,
없으면 한국어 LANG이면 한국어, 아니면 영어).
종료 코드: 0 오류 없음, 1 오류 발견, 2 잘못된 사용, 읽을 수 없는 파일 또는 검사할 것이 없음.
`;
