// HTML escaping for strings the report and its charts write as markup; Markdown escaping for hovers.
import { showControls } from '../text/controls';

/** Text for HTML; a bidi control shown as a visible \u202e, as GitHub and VS Code show one (core/text/controls.ts). */
export function escapeHtml(s: string): string {
  return showControls(s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`));
}

/** Our own text (schema descriptions) put into hover and completion Markdown, escaped. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
