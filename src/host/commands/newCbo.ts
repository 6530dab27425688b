// "CBO: New CBO from Template": a new untitled CBO YAML document laid out from the
// framework's template, cursor on the first blank.
import * as vscode from 'vscode';

const TEMPLATE = [
  'cbo: 1',
  'title: ${1:Who does what differently, measured}',
  'category: ${2|operational-efficiency,reduced-business-risk,esg,increased-revenue,experience,innovation|}',
  'owner: ${3:accountable role on the customer side}',
  'context:',
  '  challenge: ${4:the business problem today}',
  'outcome:',
  '  behavior: ${5:who does what differently}',
  'metrics:',
  '  primary:',
  '    name: ${6:what is counted}',
  '    unit: "${7:%}"',
  '    direction: ${8|increase,decrease,maintain|}',
  '    baseline: { value: ${9:0}, asOf: ${10:YYYY-MM-DD} }',
  '    target: { value: ${11:0}, by: ${12:YYYY-MM-DD} }',
  'value:',
  '  currency: ${13:USD}',
  '  investment: ${14:0}',
  '  items: []',
  '$0',
].join('\n');

export async function newCbo(): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'yaml', content: '' });
  const editor = await vscode.window.showTextDocument(doc);
  await editor.insertSnippet(new vscode.SnippetString(TEMPLATE));
  return editor;
}
