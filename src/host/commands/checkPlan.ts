// "CBO: Check Plan Against Framework" on the active Markdown file: fills the plan view.
import * as vscode from 'vscode';
import type { PlanResult } from '../../core/api';
import { getEngine } from '../engine-loader';
import type { PlanView } from '../planView';
import type { Settings } from '../settings';
import { resolveParticles } from '../../core/text/josa';

/**
 * The plan check of one document with the checklists its settings choose; fills the view.
 * Undefined for a plan over the size limit (maxFileBytes), which is not read, as lint does not.
 */
export async function runPlanCheck(settings: Settings, view: PlanView, doc: vscode.TextDocument): Promise<PlanResult | undefined> {
  const config = await settings.resolve(doc);
  if (doc.getText().length > config.maxFileBytes) return undefined;
  const near = await settings.nearest(doc.uri);
  // The plan's front matter, then the setting, then .cborc.yaml choose; else the default.
  const enabled = settings.section.get<string[]>('checklists.enabled', []);
  const result = getEngine().checkPlan(doc.getText(), { config, settings: enabled, configured: near.checklistIds, ...(config.extraChecklists ? { extra: config.extraChecklists } : {}) });
  view.show(doc.uri, result);
  return result;
}

export async function checkPlan(settings: Settings, view: PlanView, uri?: vscode.Uri): Promise<PlanResult | undefined> {
  const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!doc || doc.languageId !== 'markdown') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown implementation plan first.'));
    return undefined;
  }
  const result = await runPlanCheck(settings, view, doc);
  if (!result) {
    void vscode.window.showWarningMessage(resolveParticles(vscode.l10n.t('{0} is too large to check (limit {1} characters). Split it, or raise the cbo.maxFileBytes setting.', vscode.workspace.asRelativePath(doc.uri), (await settings.resolve(doc)).maxFileBytes)));
    return undefined;
  }
  await vscode.commands.executeCommand('cbo.plan.focus');
  // The coverage in words too, so the command answers even when the view is out of sight.
  const summary = result.checklists.map((c) => `${c.title} ${Math.round(c.coverage * 100)}%`).join(' · ');
  const missing = result.checklists.reduce((n, c) => n + c.items.filter((i) => i.required && i.status === 'missing').length, 0);
  // Under the default, the checklists left out and how to add them: a consultancy's delivery
  // checklist is one setting away, never a 0 % a team's own plan did not ask for.
  const others = result.chosen.by === 'default' && result.chosen.others.length ? ` ${vscode.l10n.t('Not checked: {0}. Add them under checklists: in .cborc.yaml, or in the cbo.checklists.enabled setting.', result.chosen.others.map((c) => c.title).join(', '))}` : '';
  void vscode.window.showInformationMessage(
    (missing
      ? vscode.l10n.t('Plan check of {0}: {1}. {2} required items missing: see the CBO Plan Check view.', vscode.workspace.asRelativePath(doc.uri), summary, missing)
      : vscode.l10n.t('Plan check of {0}: {1}. No required item is missing.', vscode.workspace.asRelativePath(doc.uri), summary)) + others,
  );
  return result;
}
