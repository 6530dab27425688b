// What hosts (the extension, later the webview) use of the engine, in one bundle
// (dist/engine.js) that the extension loads on first use rather than at activation.
export { lint, lintSteps, LintCache, kindOf, type DocKind, type LintResult } from './lint';
export { resolveConfig, parseConfigText, configFindings, type CboConfig, type ResolvedConfig } from './config';
export { ruleCatalog, type RuleInfo } from './rules/catalog';
export { fieldInfo, topLevelKeys, type FieldInfo } from './schema-info';
export { yamlCursorAt, type YamlCursor } from './yaml-context';
export { fieldOf, sectionOf, displayLabel, CBO_HEADING, type Field } from './parse/markdown-labels';
export { globToRegExp } from './glob';
export type { Finding, Fix, Severity, Lang } from './finding';
export type { Outcome } from './model';
export { checkPlan, knownChecklists } from './checklist/check-plan';
export type { PlanResult, ChecklistResult, ItemResult, Checklist } from './checklist/types';
export { panelModel, type PanelModel } from './view/canvas';
export { buildReportHtml } from './view/report-html';
export { buildReport } from './report';
export { parseDocument } from './parse/index';
export { addAllowedWord } from './config-edit';
export { parseChecklistText, checklistEntries, checklistPathAllowed } from './checklist/load';
