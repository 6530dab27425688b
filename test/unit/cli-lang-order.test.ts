// Which language a command speaks, in the order ESLint and git users expect of any option: the
// command line, then the project's `.cborc.yaml`, then the system's locale (LC_ALL, LC_MESSAGES,
// LANG). `.cborc.yaml`'s `lang` beat `--lang` (`cbo check --lang en` printed Korean findings
// under an English summary), and a Korean LANG beat the team's `lang: en` in roi, report,
// portfolio and new, whose own words never followed the config at all.
import { strict as assert } from 'node:assert';
import { cboEnv, cboEnvInput, removeWorkspaces, workspace, type Ran } from './cli-run';

after(() => removeWorkspaces());

const T = ['--today', '2026-11-22'];
const HANGUL = /[가-힣]/;
const KO = { LANG: 'ko_KR.UTF-8' };
const EN = { LANG: 'en_US.UTF-8' };
// No Hangul in the files themselves, so any in the output is the command's own.
const FILES = { 'a.cbo.yaml': 'cbo: 1\ntitle: x\n', 'plan.md': '# Rollout\n\n## CBO: x\n' };

interface Case {
  argv: string[];
  /** What English and Korean output hold (stdout and stderr together). */
  en: RegExp;
  ko: RegExp;
  stdin?: string;
}

const CASES: Case[] = [
  { argv: ['check', 'a.cbo.yaml', ...T], en: /error missing-primary-metric No primary metric[^]*^3 problems /m, ko: /error missing-primary-metric 핵심 지표가 없습니다[^]*^파일 1개 중 1개에서 문제 3개/m },
  { argv: ['roi', 'a.cbo.yaml', ...T], en: /^# +Outcome +Investment/m, ko: /^# +성과 +투자/m },
  { argv: ['report', 'a.cbo.yaml', ...T], en: /^# Business Outcome Report$/m, ko: /^# 비즈니스 성과 보고서$/m },
  { argv: ['portfolio', 'a.cbo.yaml', ...T], en: /^Portfolio Business Outcome Report /m, ko: /^포트폴리오 비즈니스 성과 보고서 /m },
  { argv: ['plan', 'plan.md', '--checklist', 'cbo-process', ...T], en: /% covered$/m, ko: /% 충족$/m },
  { argv: ['new', '-o', '-', ...T], stdin: '\n', en: /^New CBO \(Guided\)/m, ko: /^새 CBO \(단계별 안내\)/m },
];

async function run(c: Case, config: string | undefined, env: Record<string, string>, ...lang: string[]): Promise<string> {
  const dir = workspace(config === undefined ? FILES : { ...FILES, '.cborc.yaml': config });
  const r: Ran = c.stdin === undefined ? await cboEnv(dir, env, ...c.argv, ...lang) : await cboEnvInput(dir, env, c.stdin, ...c.argv, ...lang);
  return r.out + r.err;
}

function speaks(text: string, c: Case, lang: 'en' | 'ko', what: string): void {
  if (lang === 'en') {
    assert.match(text, c.en, `${what}: ${text}`);
    assert.doesNotMatch(text, HANGUL, `${what}: ${text}`);
  } else assert.match(text, c.ko, `${what}: ${text}`);
}

describe('the language of a run: --lang, then .cborc.yaml, then the system locale', function () {
  this.timeout(30_000);

  for (const c of CASES) {
    const cmd = `cbo ${c.argv[0]}`;
    it(`${cmd}: --lang wins over .cborc.yaml's lang, in both directions`, async () => {
      speaks(await run(c, 'lang: ko\n', {}, '--lang', 'en'), c, 'en', 'lang: ko, --lang en');
      speaks(await run(c, 'lang: en\n', KO, '--lang', 'en'), c, 'en', 'lang: en, Korean LANG, --lang en');
      speaks(await run(c, 'lang: en\n', {}, '--lang', 'ko'), c, 'ko', 'lang: en, --lang ko');
    });

    it(`${cmd}: .cborc.yaml's lang wins over the system locale, in both directions`, async () => {
      speaks(await run(c, 'lang: en\n', KO), c, 'en', 'lang: en, Korean LANG');
      speaks(await run(c, 'lang: en\n', { LC_ALL: 'ko_KR.UTF-8' }), c, 'en', 'lang: en, Korean LC_ALL');
      speaks(await run(c, 'lang: ko\n', EN), c, 'ko', 'lang: ko, English LANG');
      speaks(await run(c, 'lang: ko\n', {}), c, 'ko', 'lang: ko, no LANG');
    });

    it(`${cmd}: without --lang or a lang in .cborc.yaml, the system locale`, async () => {
      speaks(await run(c, undefined, KO), c, 'ko', 'Korean LANG');
      speaks(await run(c, 'rules: {}\n', { LC_ALL: 'ko_KR.UTF-8', LANG: 'en_US.UTF-8' }), c, 'ko', 'Korean LC_ALL over LANG');
      speaks(await run(c, undefined, EN), c, 'en', 'English LANG');
      speaks(await run(c, undefined, {}), c, 'en', 'no LANG');
    });
  }

  it('cbo check: a file\'s findings and the summary agree, whichever of the three chose', async () => {
    // Two folders, two configs: each file's findings in its own config's language, --lang over both.
    const dir = workspace({ 'en/.cborc.yaml': 'lang: en\n', 'en/a.cbo.yaml': FILES['a.cbo.yaml'], 'ko/.cborc.yaml': 'lang: ko\n', 'ko/a.cbo.yaml': FILES['a.cbo.yaml'] });
    const both = await cboEnv(dir, {}, 'check', 'en', 'ko', ...T);
    assert.match(both.out, /^en\/a\.cbo\.yaml:2:8 error missing-primary-metric No primary metric/m);
    assert.match(both.out, /^ko\/a\.cbo\.yaml:2:8 error missing-primary-metric 핵심 지표가 없습니다/m);
    const en = await cboEnv(dir, KO, 'check', 'en', 'ko', '--lang', 'en', ...T);
    assert.doesNotMatch(en.out + en.err, HANGUL);
  });
});
