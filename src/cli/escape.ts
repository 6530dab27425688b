// Text output goes to a terminal: a control character from a file (a YAML key holding
// ESC [2J, a file name with a newline) would clear the screen, fake output or set the
// window title. Every control character is shown as an escape instead.
export function escapeControls(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
