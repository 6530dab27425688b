// HTML escaping for strings the report and its charts write as markup; Markdown escaping for hovers.
import { showControls } from '../text/controls';

/**
 * Text for HTML; a bidi control shown as a visible \u202e, as GitHub and VS Code show one
 * (core/text/controls.ts). A line break is written as its character reference, which HTML reads
 * as the same character: a report printed into a CI log (`cbo report x --format html`) must not
 * start a line with the user's text, or a title "x\n::error ..." is a GitHub Actions command.
 */
export function escapeHtml(s: string): string {
  return showControls(s.replace(/[&<>"'\r\n]/g, (c) => `&#${c.charCodeAt(0)};`));
}

/** Our own text (schema descriptions) put into hover and completion Markdown, escaped. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
