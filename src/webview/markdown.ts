// Rich text in the panel: markdown-it with raw HTML off, and only http, https and mailto
// links (anything else is rendered as plain text). Links open through the host, which
// checks them again.
import MarkdownIt from 'markdown-it';
import { isSafeLink } from '../shared/messages';

const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
md.validateLink = (url: string) => isSafeLink(url);
// Images in user text would be remote loads (the CSP blocks them anyway); show them as text.
md.disable('image');

/** Inline Markdown of one user string, as HTML that is safe to insert. */
export function inlineHtml(text: string): string {
  return md.renderInline(text);
}
