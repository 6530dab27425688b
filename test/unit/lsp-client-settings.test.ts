// The client's `cbo` settings are checked field by field: a wrong entry is dropped with one
// warning (window/showMessage) naming it, and linting goes on with the rest. Before, a string
// where a list goes (`checklists.plans: "plan.md"`) or `vocabulary.allow: [1]` made every lint
// throw, and the old diagnostics stayed on screen.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkClientSettings, MAX_DEPTH, SettingsWarnings, settingsWarning, type SettingProblem } from '../../src/lsp/client-settings';
import { LspClient, type Message } from '../lsp/client';

// output-as-outcome (warning) on the title, missing-baseline (error) on the metric. The server
// judges on the real clock (it takes no --today): the deadline stays two years ahead, so no
// deadline-passed joins the findings once a fixed date has gone by (2027-03-31 did).
const DEADLINE = `${new Date().getFullYear() + 2}-03-31`;
const TEXT = `cbo: 1
title: Migrate the data warehouse to the cloud
category: operational-efficiency
owner: Head of Data
metrics:
  primary:
    name: Time analysts wait for the daily sales report
    unit: hours
    direction: decrease
    target: { value: 0.5, by: ${DEADLINE} }
`;

const settingOf = (problems: { setting: string }[]) => problems.map((p) => p.setting);

describe('language server client settings', () => {
  it('keeps what is right, drops what is wrong, and names each dropped setting', () => {
    const r = checkClientSettings({
      files: ['plans/*.yaml', 5],
      markdown: { enable: 'no' },
      lang: 'fr',
      maxFileBytes: 0,
      debounceMs: '300',
      checklists: { plans: 'plan.md', enabled: ['delivery'] },
      rules: { 'output-as-outcome': 'off', 'missing-baseline': 'of', 'weasle-word': 'off', 'roi-implausible': ['warning', { maxRoiPercent: 'x' }] },
      vocabulary: { allow: ['synergy', 1], weaselWords: 'robust', colours: ['red'] },
    });
    assert.deepEqual(r.settings, {
      files: ['plans/*.yaml'],
      checklists: { enabled: ['delivery'] },
      rules: { 'output-as-outcome': 'off', 'roi-implausible': ['warning', {}] },
      vocabulary: { allow: ['synergy'] },
    });
    assert.deepEqual(settingOf(r.problems), [
      'cbo.files',
      'cbo.markdown.enable',
      'cbo.lang',
      'cbo.maxFileBytes',
      'cbo.debounceMs',
      'cbo.checklists.plans',
      'cbo.rules.missing-baseline',
      'cbo.rules.weasle-word',
      'cbo.rules.roi-implausible',
      'cbo.vocabulary.allow',
      'cbo.vocabulary.weaselWords',
      'cbo.vocabulary.colours',
    ]);
    assert.match(r.problems.find((p) => p.setting === 'cbo.rules.weasle-word')!.en, /did you mean weasel-word\?/);
  });

  it('takes good settings whole, and no settings as none', () => {
    const good = { files: ['*.yml'], markdown: { enable: false }, lang: 'auto', maxFileBytes: 1000, debounceMs: 0, checklists: { plans: [], enabled: [] }, rules: { 'weasel-word': ['warning'] }, vocabulary: { allow: ['lean'] }, today: '2028-02-29' };
    assert.deepEqual(checkClientSettings(good), { settings: good, problems: [] });
    assert.deepEqual(checkClientSettings(undefined), { settings: {}, problems: [] });
    assert.deepEqual(checkClientSettings(null), { settings: {}, problems: [] });
    assert.deepEqual(settingOf(checkClientSettings('lang=ko').problems), ['cbo']);
    assert.deepEqual(settingOf(checkClientSettings([]).problems), ['cbo']);
  });

  it('names a word list or rule id named like what every object inherits (it was dropped without a word)', () => {
    const { settings, problems } = checkClientSettings({
      vocabulary: { hasOwnProperty: ['x'], isPrototypeOf: ['y'], __defineGetter__: ['a', 'b'], constructor: ['c'], allow: ['lean'] },
      rules: { constructor: 'off', toString: 'off', 'weasel-word': 'off' },
    });
    assert.deepEqual(settingOf(problems), ['cbo.rules.constructor', 'cbo.rules.toString', 'cbo.vocabulary.hasOwnProperty', 'cbo.vocabulary.isPrototypeOf', 'cbo.vocabulary.__defineGetter__', 'cbo.vocabulary.constructor']);
    assert.match(problems[2]!.en, /^is no word list \(they are /);
    assert.deepEqual([settings.vocabulary, settings.rules], [{ allow: ['lean'] }, { 'weasel-word': 'off' }]);
  });

  it('drops a setting nested deeper than any is, with a word, and applies the rest (it overflowed the stack and lost the whole update)', () => {
    const nest = (n: number): unknown => JSON.parse('['.repeat(n) + ']'.repeat(n));
    const deep = nest(100_000);
    const { settings, problems } = checkClientSettings({ lang: 'ko', files: deep, rules: { 'weasel-word': deep, 'output-as-outcome': 'off' }, vocabulary: { allow: ['lean'], weaselWords: deep }, checklists: { plans: deep } });
    assert.deepEqual(settingOf(problems), ['cbo.files', 'cbo.rules.weasel-word', 'cbo.vocabulary.weaselWords', 'cbo.checklists.plans']);
    assert.equal(problems[0]!.en, `is nested more than ${MAX_DEPTH} levels deep`);
    assert.equal(problems[0]!.ko, `${MAX_DEPTH}단계보다 깊이 중첩됨`);
    assert.deepEqual(settings, { lang: 'ko', rules: { 'output-as-outcome': 'off' }, vocabulary: { allow: ['lean'] }, checklists: {} });
    // As deep as a setting may go, it is read as any value is (here: no rule value, so named as that).
    assert.deepEqual(checkClientSettings({ rules: { 'weasel-word': nest(MAX_DEPTH - 1) } }).problems.map((p) => p.en), ['must be off, info, warning or error, or [severity, options] with options the rule takes']);
    assert.deepEqual(settingOf(checkClientSettings({ rules: { 'weasel-word': nest(MAX_DEPTH) } }).problems), ['cbo.rules.weasel-word']);
  });

  it('says it in the server language, naming a few and counting the rest', () => {
    const { problems } = checkClientSettings({ lang: 'fr', files: 'x', debounceMs: -1, maxFileBytes: 1.5, markdown: 1, checklists: [], rules: [], vocabulary: 'x' });
    assert.equal(problems.length, 8);
    const en = settingsWarning(problems, 'en');
    assert.match(en, /^CBO Guide ignored settings it cannot use: cbo\.files must be a list of text; cbo\.markdown\.enable must be true or false; cbo\.lang must be auto, en or ko; /);
    assert.match(en, /; and 2 more\. The other settings apply\.$/);
    const ko = settingsWarning(problems, 'ko');
    assert.match(ko, /^CBO Guide: 쓸 수 없는 설정을 무시했습니다: cbo\.files: 텍스트의 목록이어야 함; cbo\.markdown\.enable: true 또는 false여야 함; /);
    assert.match(ko, /; 그 밖에 2개\. 나머지 설정으로 검사합니다\.$/);
  });
});

describe('language server client settings: keys it does not read', () => {
  it('names each unknown key, with the key meant when one is near', () => {
    const { settings, problems } = checkClientSettings({
      lnag: 'ko',
      markdown: { enabel: false },
      checklists: { plan: ['plan.md'], enabled: ['delivery'] },
      schemaDiagnostics: 'off',
      'markdown.enable': false,
      frobnicate: 1,
      debounceMs: 100,
    });
    assert.deepEqual(settings, { checklists: { enabled: ['delivery'] }, debounceMs: 100 }, 'the known keys still apply');
    const said = Object.fromEntries(problems.map((p) => [p.setting, p.en]));
    assert.deepEqual(said, {
      'cbo.lnag': 'is no setting (did you mean cbo.lang?)',
      'cbo.markdown.enabel': 'is no setting (did you mean cbo.markdown.enable?)',
      'cbo.checklists.plan': 'is no setting (did you mean cbo.checklists.plans?)',
      'cbo.schemaDiagnostics': 'is a setting of the VS Code extension only; the language server has no use for it',
      'cbo.markdown.enable': 'is read nested: write markdown: { enable: … }',
      'cbo.frobnicate': 'is no setting (they are files, markdown.enable, rules, vocabulary, lang, maxFileBytes, debounceMs, checklists.enabled, checklists.plans, today)',
    });
    assert.ok(problems.every((p) => p.unknown === true));
    assert.equal(problems.find((p) => p.setting === 'cbo.lnag')!.ko, '알 수 없는 설정(cbo.lang?)');
    assert.match(checkClientSettings({ fules: [] }).problems[0]!.en, /^is no setting \(they are /, 'as near files as rules: no guess');
    assert.deepEqual(checkClientSettings({ constructor: 1, __proto__: 2 } as Record<string, unknown>).problems.map((p) => p.setting), ['cbo.constructor'], 'inherited names are no settings either');
  });

  it('names an unknown key once per session, and a wrong value again when it comes back', () => {
    const shown: string[] = [];
    const w = new SettingsWarnings((t) => shown.push(t), () => 'en');
    const lnag = (): SettingProblem[] => checkClientSettings({ lnag: 'ko' }).problems;
    const both = (): SettingProblem[] => checkClientSettings({ lnag: 'ko', lang: 'fr' }).problems;
    w.took(lnag());
    assert.equal(shown.length, 0, 'nothing before initialized');
    w.start();
    assert.deepEqual(shown, ['CBO Guide ignored settings it cannot use: cbo.lnag is no setting (did you mean cbo.lang?). The other settings apply.']);
    w.took(lnag());
    w.took(both());
    assert.equal(shown.length, 2);
    assert.equal(shown[1], 'CBO Guide ignored settings it cannot use: cbo.lang must be auto, en or ko. The other settings apply.', 'the new problem alone');
    w.took(both());
    w.took([]);
    w.took(lnag());
    assert.equal(shown.length, 2, 'the same settings again, or the unknown key back: not again');
    w.took(both());
    assert.equal(shown.length, 3, 'the wrong value back after a fix is named again');
    assert.ok(!shown[2]!.includes('lnag'), shown[2]);
  });
});

describe('language server client settings over JSON-RPC', function () {
  this.timeout(30_000);
  let dir = '';
  let uri = '';
  let client: LspClient;
  const warnings = (since = 0): Message[] => client.notifications.slice(since).filter((m) => m.method === 'window/showMessage');
  const text = (m: Message) => (m.params as { type: number; message: string }).message;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cbo-lsp-settings-'));
    uri = pathToFileURL(path.join(dir, 'a.cbo.yaml')).href;
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(async () => {
    assert.equal(await client.stop(), 0);
  });

  it('goes on linting with the rest when a pushed setting is wrong, and warns once', async () => {
    client = new LspClient();
    await client.initialize(pathToFileURL(dir).href);
    let got = client.diagnostics(uri);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: TEXT } });
    assert.deepEqual((await got).map((d) => d.code).sort(), ['hypothesis-link', 'missing-baseline', 'output-as-outcome']);
    const settings = { cbo: { checklists: { plans: 'plan.md' }, vocabulary: { allow: [1] }, rules: { 'output-as-outcome': 'off', 'weasle-word': 'off' } } };
    got = client.diagnostics(uri);
    client.notify('workspace/didChangeConfiguration', { settings });
    assert.deepEqual((await got).map((d) => d.code).sort(), ['hypothesis-link', 'missing-baseline'], 'linted, with the good rule setting applied');
    const shown = warnings();
    assert.equal(shown.length, 1);
    assert.equal((shown[0]!.params as { type: number }).type, 2, 'a warning');
    for (const s of ['cbo.checklists.plans', 'cbo.vocabulary.allow', 'cbo.rules.weasle-word']) assert.ok(text(shown[0]!).includes(s), `${s} in: ${text(shown[0]!)}`);
    // The same settings again: linted again, not warned again.
    got = client.diagnostics(uri);
    client.notify('workspace/didChangeConfiguration', { settings });
    assert.equal((await got).length, 2);
    assert.equal(warnings().length, 1);
  });

  it('checks initializationOptions too, and warns in the language the settings choose', async () => {
    client = new LspClient();
    await client.initialize(pathToFileURL(dir).href, { initializationOptions: { cbo: { lang: 'ko', maxFileBytes: 0 } } });
    const got = client.diagnostics(uri);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: TEXT } });
    const diags = await got;
    assert.ok(!diags.some((d) => d.code === 'resource-limit'), 'maxFileBytes: 0 is dropped, not a limit every file is over');
    assert.ok(diags.some((d) => d.code === 'missing-baseline' && /기준값/.test(d.message)), 'lang: ko applies');
    const shown = await client.waitFor((m) => m.method === 'window/showMessage');
    assert.match(text(shown), /^CBO Guide: 쓸 수 없는 설정을 무시했습니다: cbo\.maxFileBytes: /);
  });

  it('names a misspelt key of initializationOptions once, in the server language, however often it is sent', async () => {
    client = new LspClient();
    await client.initialize(pathToFileURL(dir).href, { locale: 'ko', initializationOptions: { cbo: { lnag: 'en', markdown: { enabel: false } } } });
    const shown = await client.waitFor((m) => m.method === 'window/showMessage');
    assert.equal(text(shown), 'CBO Guide: 쓸 수 없는 설정을 무시했습니다: cbo.lnag: 알 수 없는 설정(cbo.lang?); cbo.markdown.enabel: 알 수 없는 설정(cbo.markdown.enable?). 나머지 설정으로 검사합니다.');
    let got = client.diagnostics(uri);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: TEXT } });
    await got;
    // The client pushes the same key with a new value: linted again, the key not named again.
    got = client.diagnostics(uri);
    client.notify('workspace/didChangeConfiguration', { settings: { cbo: { lnag: 'ko', debounceMs: 10 } } });
    await got;
    assert.equal(warnings().length, 1, warnings().map(text).join(' | '));
  });
});
