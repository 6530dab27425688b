// "CBO: Check All Plans in Workspace": coverage per plan and checklist, in a quick pick
// that opens the chosen plan's check.
import * as vscode from 'vscode';
import { getEngine } from '../engine-loader';
import { inBackground } from '../log';
import type { Settings } from '../settings';
import { hostFiles } from '../files';

export interface PlanSummary {
  file: string;
  coverage: Record<string, number>;
}

export async function checkPlans(settings: Settings): Promise<PlanSummary[]> {
  const uris = await vscode.workspace.findFiles('**/*.md', '{**/node_modules/**,**/.git/**,**/dist/**}');
  const only = settings.section.get<string[]>('checklists.enabled', []);
  const e = getEngine();
  const out: (PlanSummary & { uri: vscode.Uri })[] = [];
  for (const uri of uris) {
    const text = await hostFiles.readFile(uri);
    const fake = { uri, languageId: 'markdown' } as vscode.TextDocument;
    const config = await settings.resolve(fake);
    // A plan over the size limit is not read (the editor's lint leaves it too), so not listed.
    if (text.length > config.maxFileBytes) continue;
    // Chosen as for one plan: its front matter, the setting, its .cborc.yaml, else the default.
    const near = await settings.nearest(uri);
    const r = e.checkPlan(text, { config, settings: only, configured: near.checklistIds, ...(config.extraChecklists ? { extra: config.extraChecklists } : {}) });
    out.push({ uri, file: vscode.workspace.asRelativePath(uri), coverage: Object.fromEntries(r.checklists.map((c) => [c.id, c.coverage])) });
  }
  out.sort((a, b) => a.file.localeCompare(b.file));
  const pick = vscode.window.showQuickPick(
    out.map((s) => ({ label: s.file, uri: s.uri, description: Object.entries(s.coverage).map(([id, c]) => `${id} ${Math.round(c * 100)}%`).join(' · ') })),
    { placeHolder: vscode.l10n.t('Coverage of each plan; pick one to see its check') },
  );
  // The summary returns at once (tests read it); the pick is answered whenever the user does.
  inBackground(
    'Opening the check of the picked plan',
    pick.then(async (p) => {
      if (p) await vscode.commands.executeCommand('cbo.checkPlan', p.uri);
    }),
  );
  return out.map(({ file, coverage }) => ({ file, coverage }));
}
