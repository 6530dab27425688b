// Every command id in one place; package.json declares the same ids (a test checks).
export const COMMANDS = {
  checkFile: 'cbo.checkFile',
  checkWorkspace: 'cbo.checkWorkspace',
  newCbo: 'cbo.newCbo',
  newCboGuided: 'cbo.newCboGuided',
  pinCanvas: 'cbo.pinCanvas',
  openRuleDocs: 'cbo.openRuleDocs',
  showProblems: 'cbo.showProblems',
  checkPlan: 'cbo.checkPlan',
  openCanvas: 'cbo.openCanvas',
  exportReport: 'cbo.exportReport',
  checkPlans: 'cbo.checkPlans',
  insertChecklistSection: 'cbo.insertChecklistSection',
  openPortfolio: 'cbo.openPortfolio',
  portfolioGroupBy: 'cbo.portfolioGroupBy',
  refreshPortfolio: 'cbo.refreshPortfolio',
  /** Internal: reveals a 0-based line of a document (plan view evidence). */
  revealLine: 'cbo.revealLine',
  /** Internal: applies a finding's fix as a snippet (run by quick fixes). */
  applyFix: 'cbo.applyFix',
  /** Internal: adds a word to `vocabulary.allow` in the workspace's `.cborc.yaml`. */
  allowWord: 'cbo.allowWord',
} as const;
