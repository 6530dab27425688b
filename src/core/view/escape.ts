// HTML escaping for strings the report and its charts write as markup; Markdown escaping for hovers.
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Our own text (schema descriptions) put into hover and completion Markdown, escaped. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
