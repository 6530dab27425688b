// A fix's snippet (VS Code syntax: $1, ${1:placeholder}, ${1|a,b|}) as plain text, for clients
// that apply edits without snippet support (the language server's code actions): each tab stop
// becomes its placeholder, or the first choice, or nothing.
export function snippetToText(snippet: string): string {
  let out = '';
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i]!;
    if (c === '\\' && i + 1 < snippet.length && '$}\\'.includes(snippet[i + 1]!)) {
      out += snippet[++i];
      continue;
    }
    if (c !== '$') {
      out += c;
      continue;
    }
    const plain = /^\$(\d+)/.exec(snippet.slice(i));
    if (plain) {
      i += plain[0].length - 1;
      continue;
    }
    const choice = /^\$\{\d+\|([^|]*)\|\}/.exec(snippet.slice(i));
    if (choice) {
      out += choice[1]!.split(',')[0];
      i += choice[0].length - 1;
      continue;
    }
    const holder = /^\$\{\d+:/.exec(snippet.slice(i));
    if (holder) {
      // The placeholder runs to the matching brace (placeholders may nest).
      let depth = 1;
      let j = i + holder[0].length;
      const start = j;
      for (; j < snippet.length && depth > 0; j++) {
        if (snippet[j] === '\\') j++;
        else if (snippet[j] === '{' && snippet[j - 1] === '$') depth++;
        else if (snippet[j] === '}') depth--;
      }
      out += snippetToText(snippet.slice(start, j - 1));
      i = j - 1;
      continue;
    }
    const bare = /^\$\{\d+\}/.exec(snippet.slice(i));
    if (bare) {
      i += bare[0].length - 1;
      continue;
    }
    out += c;
  }
  return out;
}
