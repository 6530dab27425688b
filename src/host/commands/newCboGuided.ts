// "CBO: New CBO (Guided)": the account, then the discovery workshop as a multi-step input. Each answer is
// judged by the engine as it is typed (the reason shows in the input box); an answer with a
// warning is accepted only on a second Enter, so the user decides, never the rule alone.
// The result is a new CBO YAML file, or a template section added to the active Markdown plan
// (one undoable edit).
import * as vscode from 'vscode';
import type { GuidedAnswers, GuidedStep } from '../../core/api';
import { fileSlug } from '../../core/file-slug';
import { GUIDED_CATEGORIES, guidedQuestions, type GuidedQuestions } from '../../core/guided-questions';
import { getEngine } from '../engine-loader';
import { fileExists as exists } from '../fileExists';
import { displayLanguage, type Settings } from '../settings';
import { askAccount } from './guidedAccount';
import { settleOnce } from './settleOnce';

const SEVERITY = { error: vscode.InputBoxValidationSeverity.Error, warning: vscode.InputBoxValidationSeverity.Warning, info: vscode.InputBoxValidationSeverity.Info } as const;

// The questions speak the language of the rest of the editor's UI (vscode.l10n follows the
// display language), not cbo.lang, which is the language of the findings. Their example dates
// follow the day the answers are judged on (the config's today), so each example is accepted.
function questions(today: string): GuidedQuestions {
  return guidedQuestions(displayLanguage(), today);
}

export interface GuidedIo {
  /** Ask one step; resolves with the accepted answer or undefined when cancelled. */
  ask(step: GuidedStep, index: number, total: number, answers: GuidedAnswers): Promise<string | undefined>;
}

/** The accounts the workspace already names, for the account step's suggestions. */
export type WorkspaceAccounts = () => Promise<string[]>;

const noAccounts: WorkspaceAccounts = () => Promise.resolve([]);

/** The real input boxes (tests pass their own `io`). */
export function inputBoxes(config: Awaited<ReturnType<Settings['resolve']>>, accounts: WorkspaceAccounts = noAccounts): GuidedIo {
  const Q = questions(config.today);
  return {
    ask(step, index, total, answers) {
      const e = getEngine();
      if (step === 'account') return askAccount(`${vscode.l10n.t('New CBO (Guided)')} (${index}/${total}): ${Q.account.title}`, Q.account, config, accounts);
      if (step === 'category') {
        // In Korean by the Korean template's names ("운영 효율성"), the id beside it; the answer is the id.
        const ko = displayLanguage() === 'ko';
        const items = GUIDED_CATEGORIES.map((id) => ({ id, label: ko ? e.categoryName(e.REPORT_WORDS.ko, id) : id, ...(ko ? { description: id } : {}) }));
        return Promise.resolve(
          vscode.window
            .showQuickPick(items, { title: `${vscode.l10n.t('New CBO (Guided)')} (${index}/${total}): ${Q.category.title}`, placeHolder: Q.category.prompt, ignoreFocusOut: true, matchOnDescription: true })
            .then((x) => x?.id),
        );
      }
      const q = Q[step];
      const box = vscode.window.createInputBox();
      box.title = `${vscode.l10n.t('New CBO (Guided)')} (${index}/${total}): ${q.title}`;
      box.prompt = q.prompt;
      box.placeholder = q.example;
      box.ignoreFocusOut = true;
      box.value = answers[step] ?? '';
      let confirmed: string | undefined;
      const judge = (value: string) => {
        const j = e.judgeStep(step, { ...answers, [step]: value }, config);
        box.validationMessage = j ? { message: j.message, severity: SEVERITY[j.severity] } : undefined;
        return j;
      };
      return new Promise<string | undefined>((resolve) => {
        const { done } = settleOnce(resolve, box);
        box.onDidChangeValue((v) => {
          confirmed = undefined;
          judge(v);
        });
        box.onDidAccept(() => {
          const j = judge(box.value);
          if (j?.severity === 'error') return;
          if (j?.severity === 'warning' && confirmed !== box.value) {
            confirmed = box.value;
            box.validationMessage = { message: `${j.message} ${vscode.l10n.t('Press Enter again to keep it, or edit it.')}`, severity: vscode.InputBoxValidationSeverity.Warning };
            return;
          }
          done(box.value.trim());
        });
        box.onDidHide(() => done(undefined));
        box.show();
        if (box.value) judge(box.value);
      });
    },
  };
}

export async function newCboGuided(settings: Settings, io?: GuidedIo, target?: 'yaml' | 'markdown', accounts?: WorkspaceAccounts): Promise<vscode.Uri | undefined> {
  const active = vscode.window.activeTextEditor;
  let where = target;
  if (!where) {
    const items: { label: string; detail: string; where: 'yaml' | 'markdown' }[] = [{ label: vscode.l10n.t('A new CBO YAML file'), detail: vscode.l10n.t('one outcome per file, *.cbo.yaml'), where: 'yaml' }];
    if (active?.document.languageId === 'markdown') items.push({ label: vscode.l10n.t('A section in {0}', vscode.workspace.asRelativePath(active.document.uri)), detail: vscode.l10n.t('the framework\'s Markdown template, at the end of the plan'), where: 'markdown' });
    const pick = items.length === 1 ? items[0] : await vscode.window.showQuickPick(items, { title: vscode.l10n.t('New CBO (Guided)'), placeHolder: vscode.l10n.t('Where should the CBO go?') });
    if (!pick) return undefined;
    where = pick.where;
  }
  const doc = where === 'markdown' ? active?.document : undefined;
  const config = await settings.resolve(doc ?? ({ uri: vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file('/'), languageId: 'yaml' } as vscode.TextDocument));
  const e = getEngine();
  const ask = io ?? inputBoxes(config, accounts);
  const answers: GuidedAnswers = {};
  const steps = e.GUIDED_STEPS;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    const a = await ask.ask(step, i + 1, steps.length, answers);
    if (a === undefined) return undefined; // cancelled: nothing is written
    (answers as Record<string, string>)[step] = a;
  }
  // The answers' language decides the template's labels (a Korean outcome gets Korean headings).
  const lang = e.answersLang(answers, config.lang);
  if (where === 'markdown' && doc) {
    const editor = await vscode.window.showTextDocument(doc);
    const end = doc.positionAt(doc.getText().length);
    const sep = doc.getText().endsWith('\n\n') ? '' : doc.getText().endsWith('\n') ? '\n' : '\n\n';
    await editor.edit((b) => b.insert(end, sep + e.guidedMarkdown(answers, lang)));
    return doc.uri;
  }
  const text = e.guidedYaml(answers, lang);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder || !vscode.workspace.isTrusted) {
    const d = await vscode.workspace.openTextDocument({ language: 'yaml', content: text });
    await vscode.window.showTextDocument(d);
    return d.uri;
  }
  const slug = fileSlug(answers.behavior);
  let uri = vscode.Uri.joinPath(folder, `${slug}.cbo.yaml`);
  for (let n = 2; await exists(uri); n++) uri = vscode.Uri.joinPath(folder, `${slug}-${n}.cbo.yaml`);
  // One workspace edit: creating the file and its text can be undone together.
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, { ignoreIfExists: false });
  edit.insert(uri, new vscode.Position(0, 0), text);
  if (!(await vscode.workspace.applyEdit(edit))) return undefined;
  const d = await vscode.workspace.openTextDocument(uri);
  await d.save();
  await vscode.window.showTextDocument(d);
  return uri;
}
