// Our own text (schema descriptions) put into hover and completion Markdown: escaped, because
// MarkdownString.appendText would also turn every space into &nbsp;.
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
