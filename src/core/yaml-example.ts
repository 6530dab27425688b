// Schema examples are JSON values; hovers and completion show them the way a CBO file is
// written: YAML flow style (`{ value: 62, asOf: 2026-09-30 }`), strings unquoted where YAML
// reads them back as the same string.
export function yamlExample(example: string): string {
  try {
    return flow(JSON.parse(example));
  } catch {
    return example; // already plain text (a scalar example)
  }
}

function flow(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(flow).join(', ')}]`;
  if (v && typeof v === 'object') {
    const parts = Object.entries(v).map(([k, x]) => `${k}: ${flow(x)}`);
    return parts.length ? `{ ${parts.join(', ')} }` : '{}';
  }
  if (typeof v === 'string') return plain(v) ? v : JSON.stringify(v);
  return String(v);
}

/** A string YAML would read back unchanged without quotes, inside a flow collection too. */
function plain(s: string): boolean {
  if (!s || s !== s.trim()) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(s) || /[,[\]{}]|: |\s#/.test(s)) return false;
  if (/^(true|false|null|yes|no|on|off|~)$/i.test(s)) return false;
  if (/^[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(s)) return false;
  return true;
}

/**
 * How a hover shows a field's schema example (`example`, as fieldInfo gives it): in a CBO YAML
 * file as YAML flow style; in a plan as the plan's own bullet, and only when it is a single value
 * ("{ value: 80, by: ... }" is not how a plan writes a target). The extension and the language
 * server both show it so.
 */
export function hoverExample(key: string, example: string | undefined, where: 'yaml' | 'plan'): { text: string; language: string } | null {
  if (example === undefined) return null;
  if (where === 'yaml') return { text: `${key}: ${yamlExample(example)}`, language: 'yaml' };
  return /^[[{]/.test(example) ? null : { text: `- **${key}**: ${example}`, language: 'markdown' };
}
