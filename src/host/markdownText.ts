// Our own text (schema descriptions) put into hover and completion Markdown: escaped, because
// MarkdownString.appendText would also turn every space into &nbsp;. One escape, in core, shared
// with the language server.
export { escapeMarkdown } from '../core/view/escape';
