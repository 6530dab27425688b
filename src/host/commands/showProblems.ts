// Opens the Problems panel (the status bar item and the walkthrough use it).
import * as vscode from 'vscode';

export async function showProblems(): Promise<void> {
  await vscode.commands.executeCommand('workbench.actions.view.problems');
}
