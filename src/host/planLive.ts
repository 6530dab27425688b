// Keeps the Plan Check view in step with the plan it shows: an edit to that plan (an inserted
// section, a ticked task) updates the statuses after the usual typing pause, without a message
// or a change of focus. Other files never replace the results; only the command does.
import * as vscode from 'vscode';
import { runPlanCheck } from './commands/checkPlan';
import { inBackground } from './log';
import type { PlanView } from './planView';
import type { Settings } from './settings';

export function keepPlanCheckLive(settings: Settings, view: PlanView): vscode.Disposable {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changes = vscode.workspace.onDidChangeTextDocument((e) => {
    if (!view.uri || e.document.uri.toString() !== view.uri.toString() || e.contentChanges.length === 0) return;
    clearTimeout(timer);
    const doc = e.document;
    timer = setTimeout(() => {
      // The plan may have been checked again, or closed, while the timer ran.
      if (view.uri?.toString() === doc.uri.toString() && !doc.isClosed) inBackground('plan check', runPlanCheck(settings, view, doc));
    }, settings.section.get<number>('debounceMs', 300));
  });
  return vscode.Disposable.from(changes, { dispose: () => clearTimeout(timer) });
}
