// "Allow this word": adds it to `vocabulary.allow` in the workspace's `.cborc.yaml`
// (created if missing) through a WorkspaceEdit. The edit lands in another file than the one the
// user is in, where Ctrl+Z cannot reach it, so a message says what changed and offers Open and
// Undo. For a file outside the workspace folders no .cborc.yaml is written (one in /tmp or /etc
// would apply to everything under it): the word goes to the user's `cbo.vocabulary.allow`.
import * as vscode from 'vscode';
import { getEngine } from '../engine-loader';
import { isNotFound, logError } from '../log';
import type { Settings } from '../settings';
import { hostFiles } from '../files';
import { resolveParticles } from '../../core/text/josa';

/** What the user picked on the message after the word was added. */
export type AllowAnswer = 'open' | 'undo' | undefined;
export type AskAfterAllow = (message: string) => Promise<AllowAnswer>;

const askUser: AskAfterAllow = async (message) => {
  const open = vscode.l10n.t('Open');
  const undo = vscode.l10n.t('Undo');
  const pick = await vscode.window.showInformationMessage(message, open, undo);
  return pick === open ? 'open' : pick === undo ? 'undo' : undefined;
};

/**
 * Adds the word; then tells the user, with Open and Undo. `ask` (tests) answers the message and
 * is awaited; the user's message is not, so the quick fix returns at once.
 */
export async function allowWord(settings: Settings, uri: vscode.Uri, word: string, ask?: AskAfterAllow): Promise<boolean> {
  const where = await settings.allowTargetFor(uri);
  if ('unreadable' in where) {
    void vscode.window.showErrorMessage(resolveParticles(vscode.l10n.t('Cannot read {0}; no word was added.', vscode.workspace.asRelativePath(where.unreadable))));
    return false;
  }
  if ('outside' in where) return allowInUserSettings(word, where.outside, ask);
  const added = await addWord(where.uri, word);
  if (!added) return false;
  const offer = afterAllow(added, word, ask ?? askUser);
  if (ask) await offer;
  else void offer.catch((err) => logError('Allow word: undo failed', err));
  return true;
}

async function afterAllow(added: Added, word: string, ask: AskAfterAllow): Promise<void> {
  const { target, before, after } = added;
  const pick = await ask(resolveParticles(vscode.l10n.t('"{0}" is allowed in this workspace ({1}).', word, vscode.workspace.asRelativePath(target))));
  if (pick === 'open') await vscode.window.showTextDocument(target);
  if (pick !== 'undo' || before === after) return;
  // Undo puts back what the file held only if nothing has changed it since (another word
  // allowed, a hand edit): otherwise it would throw that work away, so the file is opened instead.
  const now = await vscode.workspace.openTextDocument(target);
  const same = (t: string | undefined) => t !== undefined && t.replace(/\r\n/g, '\n') === after.replace(/\r\n/g, '\n');
  // Both the editor's copy (unsaved edits) and the disk (another tool, before the editor noticed).
  if (!same(now.getText()) || !same(await hostFiles.readFile(target).catch(() => undefined))) {
    void vscode.window.showWarningMessage(resolveParticles(vscode.l10n.t('{0} has changed since "{1}" was added; remove it there by hand.', vscode.workspace.asRelativePath(target), word)));
    await vscode.window.showTextDocument(now);
    return;
  }
  const edit = new vscode.WorkspaceEdit();
  if (before === undefined) {
    edit.deleteFile(target, { ignoreIfNotExists: true });
    await vscode.workspace.applyEdit(edit);
    return;
  }
  const doc = await vscode.workspace.openTextDocument(target);
  edit.replace(target, new vscode.Range(0, 0, doc.lineCount, 0), before);
  await saved(edit, target, before);
}

/** The file changed, what it held before (undefined: it was created) and after. */
interface Added {
  target: vscode.Uri;
  before: string | undefined;
  after: string;
}

/**
 * The word in the user's `cbo.vocabulary.allow` (settings merge it with `.cborc.yaml`'s), for a
 * file outside the workspace folders; the message says why, and offers Open and Undo as for a file.
 */
async function allowInUserSettings(word: string, why: 'file' | 'config', ask?: AskAfterAllow): Promise<boolean> {
  const section = vscode.workspace.getConfiguration('cbo');
  const before = section.inspect<Record<string, string[]>>('vocabulary')?.globalValue;
  const allow = before?.allow ?? [];
  if (!allow.some((w) => w.toLowerCase() === word.toLowerCase())) await section.update('vocabulary', { ...before, allow: [...allow, word] }, vscode.ConfigurationTarget.Global);
  const message =
    why === 'file'
      ? vscode.l10n.t('"{0}" is allowed in your user settings (cbo.vocabulary.allow): this file is outside the workspace folders, so no .cborc.yaml was written.', word)
      : vscode.l10n.t('"{0}" is allowed in your user settings (cbo.vocabulary.allow): the .cborc.yaml that applies to this file is outside the workspace folders, so it was not changed.', word);
  const offer = (async () => {
    const pick = await (ask ?? askUser)(resolveParticles(message));
    if (pick === 'open') await vscode.commands.executeCommand('workbench.action.openSettings', 'cbo.vocabulary');
    if (pick === 'undo') await section.update('vocabulary', before, vscode.ConfigurationTarget.Global);
  })();
  if (ask) await offer;
  else void offer.catch((err) => logError('Allow word: undo failed', err));
  return true;
}

/** Adds the word to `target` (the config that applies, or a new one at the workspace folder's root); undefined when nothing could be written. */
async function addWord(target: vscode.Uri, word: string): Promise<Added | undefined> {
  const edit = new vscode.WorkspaceEdit();
  let text: string | undefined;
  try {
    text = await hostFiles.readFile(target);
  } catch (err) {
    if (!isNotFound(err)) {
      // There but unreadable: creating it anew would lose what it holds, so nothing is changed.
      logError(`Allow word: cannot read ${target.toString(true)}`, err);
      void vscode.window.showErrorMessage(resolveParticles(vscode.l10n.t('Cannot read {0}; no word was added.', vscode.workspace.asRelativePath(target))));
      return undefined;
    }
    text = undefined;
  }
  if (text === undefined) {
    const after = getEngine().addAllowedWord('', word)!;
    edit.createFile(target, { ignoreIfExists: true });
    edit.insert(target, new vscode.Position(0, 0), after);
    return (await saved(edit, target, after)) ? { target, before: undefined, after } : undefined;
  }
  const next = getEngine().addAllowedWord(text, word);
  if (next === undefined) {
    void vscode.window.showWarningMessage(vscode.l10n.t('.cborc.yaml does not parse; fix it before adding words.'));
    return undefined;
  }
  if (next === text) return { target, before: text, after: text };
  const doc = await vscode.workspace.openTextDocument(target);
  edit.replace(target, new vscode.Range(0, 0, doc.lineCount, 0), next);
  return (await saved(edit, target, next)) ? { target, before: text, after: next } : undefined;
}

/**
 * The config is read from disk: save the edited file so the word takes effect (still undoable).
 * True when the disk holds `want` afterwards; otherwise the user is told what happened. `save()`
 * also answers false when the document was not dirty, which happens when the editor's copy
 * already held the text (it had not yet read a change on disk): what counts is what the disk
 * holds, so that is read before calling it a failure.
 */
async function saved(edit: vscode.WorkspaceEdit, target: vscode.Uri, want: string): Promise<boolean> {
  const where = vscode.workspace.asRelativePath(target);
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showWarningMessage(resolveParticles(vscode.l10n.t('{0} could not be changed; nothing was written.', where)));
    return false;
  }
  if (await (await vscode.workspace.openTextDocument(target)).save()) return true;
  const disk = await hostFiles.readFile(target).catch(() => undefined);
  if (disk !== undefined && disk.replace(/\r\n/g, '\n') === want.replace(/\r\n/g, '\n')) return true;
  // The edit is in the editor, unsaved and undoable: the user can save it or undo it there.
  void vscode.window.showWarningMessage(resolveParticles(vscode.l10n.t('{0} could not be saved; the change takes effect once it is saved.', where)));
  return false;
}
