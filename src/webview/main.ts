// The canvas panel's script. It draws the model the host posts, with DOM APIs only
// (textContent for plain strings; markdown-it output, raw HTML off, for rich text), keeps
// its state with setState so a reload restores it, and asks the host to reveal source
// ranges, open links and insert the template. It loads nothing from outside (CSP).
import type { Card, Entry, OutcomeView, PanelModel, Prompt } from '../core/view/canvas';
import type { HostToWebview, WebviewToHost } from './messages';
import { progressChart } from './chart';
import { inlineHtml } from './markdown';

interface VsCodeApi {
  postMessage(m: WebviewToHost): void;
  getState(): State | undefined;
  setState(s: State): void;
}
interface State {
  selected: number;
  scrollY: number;
  model?: PanelModel;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('root')!;
let state: State = vscode.getState() ?? { selected: 0, scrollY: 0 };

function h<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function revealable(e: HTMLElement, span: { start: number; end: number } | undefined): HTMLElement {
  if (!span) return e;
  e.tabIndex = 0;
  e.classList.add('revealable');
  e.dataset.start = String(span.start);
  e.dataset.end = String(span.end);
  return e;
}

function rich(text: string, cls = 'rich'): HTMLElement {
  const e = h('span', cls);
  e.innerHTML = inlineHtml(text); // markdown-it with html: false escapes every user string
  return e;
}

function entryList(es: Entry[]): HTMLElement {
  const ul = h('ul');
  for (const x of es) {
    const li = revealable(h('li', x.unfilled ? 'unfilled' : undefined), x.span);
    li.append(rich(x.text));
    if (x.unfilled) li.append(h('span', 'tag', x.unfilled));
    ul.append(li);
  }
  return ul;
}

function promptLine(p: Prompt, outcome: number): HTMLElement {
  const e = h('p', 'prompt');
  e.append(h('span', 'muted', p.text + ' '));
  const b = h('button', 'link insert-section', p.link);
  b.dataset.section = p.section;
  b.dataset.outcome = String(outcome);
  e.append(b);
  return e;
}

function quadrant(title: string, cards: Card[], cls: string, prompts: Prompt[] | undefined, outcome: number): HTMLElement {
  const q = h('section', `quadrant ${cls}`);
  q.id = `block-${cls}`;
  q.append(h('h3', undefined, title));
  for (const c of cards) {
    const card = h('div', 'card');
    card.append(h('h4', undefined, c.label), entryList(c.entries));
    q.append(card);
  }
  for (const p of prompts ?? []) q.append(promptLine(p, outcome));
  return q;
}

function render(model: PanelModel, broken?: { message: string; line: number }): void {
  const ui = model.ui;
  root.replaceChildren();
  root.classList.toggle('broken', !!broken);
  if (broken) {
    const b = h('div', 'banner error');
    b.setAttribute('role', 'alert');
    b.textContent = `${ui.broken} (${broken.line}: ${broken.message})`;
    root.append(b);
  }
  if (model.ignored !== undefined) {
    // A file `.cborc.yaml` ignores: why there is no canvas, never the canvas of the file shown before.
    root.append(toolbar(model));
    const note = h('div', 'empty ignored');
    note.id = 'ignored';
    note.append(h('p', undefined, model.ignored), h('p', 'muted', ui.ignoredHint));
    root.append(note);
    return;
  }
  if (model.outcomes.length === 0) {
    const empty = h('div', 'empty');
    empty.append(h('p', undefined, ui.empty));
    const btn = h('button', 'primary', ui.insertTemplate);
    btn.id = 'insert-template';
    btn.addEventListener('click', () => vscode.postMessage({ type: 'insertTemplate' }));
    empty.append(btn);
    root.append(empty);
    return;
  }
  root.append(toolbar(model));
  const selected = Math.min(state.selected, model.outcomes.length - 1);
  if (model.outcomes.length > 1) {
    const label = h('label', 'selector', ui.select + ' ');
    const sel = h('select');
    sel.id = 'outcome-select';
    model.outcomes.forEach((o, i) => {
      const opt = h('option', undefined, `${i + 1}. ${o.title || '(untitled)'}`);
      opt.value = String(i);
      opt.selected = i === selected;
      sel.append(opt);
    });
    sel.addEventListener('change', () => {
      save({ selected: Number(sel.value) });
      render(model, broken);
    });
    label.append(sel);
    root.append(label);
  }
  root.append(outcome(model.outcomes[selected]!, model));
}

/** The pin button: shown with an ignored file too, so a panel pinned to it can be unpinned there. */
function toolbar(model: PanelModel): HTMLElement {
  const ui = model.ui;
  const bar = h('div', 'toolbar');
  const pin = h('button', `link pin${model.pinned ? ' pinned' : ''}`, model.pinned ? `📌 ${ui.unpin}` : ui.pin);
  pin.id = 'pin';
  pin.setAttribute('aria-pressed', String(!!model.pinned));
  pin.addEventListener('click', () => vscode.postMessage({ type: 'pin', pinned: !model.pinned }));
  bar.append(pin);
  return bar;
}

function outcome(o: OutcomeView, model: PanelModel): HTMLElement {
  const ui = model.ui;
  const wrap = h('article', 'outcome');
  const title = revealable(h('h2', 'title'), o.anchor);
  title.append(rich(o.title || '(untitled)'));
  wrap.append(title);
  if (o.category) wrap.append(h('span', 'badge', o.category));

  const canvas = h('div', 'canvas');
  canvas.id = 'canvas';
  const P = o.prompts;
  canvas.append(
    quadrant(ui.context, o.canvas.context, 'context', P.context, o.index),
    quadrant(ui.outcomes, o.canvas.outcomes, 'outcomes', P.outcomes, o.index),
    quadrant(ui.value, o.canvas.value, 'value', P.value, o.index),
    quadrant(ui.approach, o.canvas.approach, 'approach', P.approach, o.index),
  );
  wrap.append(canvas);

  const flow = h('section', 'workshop');
  flow.id = 'workshop';
  flow.append(h('h3', undefined, ui.workshop));
  const strip = h('ol', 'strip');
  for (const step of o.workshop) {
    const li = h('li', `step ${step.key}`);
    li.append(h('h4', undefined, step.label), entryList(step.entries));
    if (step.hint) li.append(h('p', 'hint muted', step.hint));
    strip.append(li);
  }
  flow.append(strip);
  for (const p of P.workshop ?? []) flow.append(promptLine(p, o.index));
  wrap.append(flow);

  if (o.roi) {
    const r = o.roi;
    const sec = h('section', 'roi');
    sec.id = 'roi';
    sec.append(h('h3', undefined, ui.roi));
    const dl = h('dl', 'figures');
    const row = (k: string, v: string | undefined, id: string) => {
      if (v === undefined) return;
      const dt = h('dt', undefined, k);
      const dd = h('dd', undefined, v);
      dd.id = id;
      dl.append(dt, dd);
    };
    row(ui.investment, r.investment, 'roi-investment');
    row(ui.investmentParts, r.investmentParts, 'roi-investment-parts');
    row(ui.claimed, r.claimed, 'roi-claimed');
    row(ui.validated, r.validated, 'roi-validated');
    row(ui.net, r.net, 'roi-net');
    row(ui.firstYearRoi, r.roi, 'roi-percent');
    row(ui.conservative, r.conservativeRoi, 'roi-conservative');
    row(ui.payback, r.payback, 'roi-payback');
    sec.append(dl, h('p', 'formula', r.formula));
    const items = h('table', 'items');
    for (const it of r.items) {
      const tr = revealable(h('tr', it.validated ? 'validated' : 'unvalidated'), it.span);
      const assumption = h('td');
      assumption.append(rich(it.assumption || '—'));
      if (!it.validated) assumption.append(h('span', 'tag', ui.unvalidated));
      tr.append(h('td', undefined, it.type), h('td', 'num', it.formula), h('td', 'num', it.value), assumption);
      items.append(tr);
    }
    sec.append(items);
    wrap.append(sec);
  }

  if (o.metrics.length) {
    const sec = h('section', 'progress');
    sec.id = 'progress';
    sec.append(h('h3', undefined, ui.progress));
    for (const m of o.metrics) {
      const card = revealable(h('div', `metric ${m.status}`), m.span);
      const head = h('div', 'metric-head');
      head.append(h('span', 'name', m.name), h('span', `status ${m.status}`, m.statusLabel));
      card.append(head, progressChart(m.geometry, `${m.name}: ${m.statusLabel}`), h('p', 'detail', m.detail));
      sec.append(card);
    }
    wrap.append(sec);
  }

  const fs = h('section', 'findings');
  fs.id = 'findings';
  fs.append(h('h3', undefined, `${ui.findings} (${o.findings.length})`));
  if (!o.findings.length) fs.append(h('p', 'muted', ui.noFindings));
  for (const sev of ['error', 'warning', 'info'] as const) {
    const group = o.findings.filter((f) => f.severity === sev);
    if (!group.length) continue;
    const ul = h('ul', `group ${sev}`);
    for (const f of group) {
      const li = revealable(h('li', sev), f.span);
      li.append(h('code', undefined, f.ruleId), document.createTextNode(` ${f.line}: `), rich(f.message, 'message'));
      ul.append(li);
    }
    fs.append(ul);
  }
  wrap.append(fs);
  return wrap;
}

function save(patch: Partial<State>): void {
  state = { ...state, ...patch };
  vscode.setState(state);
}

// One listener for every revealable element and link, so re-rendering adds none.
root.addEventListener('click', (ev) => {
  const ins = (ev.target as HTMLElement).closest<HTMLElement>('button.insert-section');
  if (ins) {
    vscode.postMessage({ type: 'insertSection', outcome: Number(ins.dataset.outcome), section: ins.dataset.section as never });
    return;
  }
  const a = (ev.target as HTMLElement).closest('a');
  if (a) {
    ev.preventDefault();
    vscode.postMessage({ type: 'openLink', href: a.getAttribute('href') ?? '' });
    return;
  }
  const r = (ev.target as HTMLElement).closest<HTMLElement>('.revealable');
  if (r) vscode.postMessage({ type: 'reveal', start: Number(r.dataset.start), end: Number(r.dataset.end) });
});
root.addEventListener('keydown', (ev) => {
  const r = (ev.target as HTMLElement).closest<HTMLElement>('.revealable');
  if (r && (ev.key === 'Enter' || ev.key === ' ')) {
    ev.preventDefault();
    vscode.postMessage({ type: 'reveal', start: Number(r.dataset.start), end: Number(r.dataset.end) });
  }
});
let scrollTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('scroll', () => {
  clearTimeout(scrollTimer);
  scrollTimer = setTimeout(() => save({ scrollY: window.scrollY }), 100);
});

window.addEventListener('message', (ev: MessageEvent<HostToWebview>) => {
  const m = ev.data;
  if (m?.type === 'model') {
    save({ model: m.model });
    const y = window.scrollY;
    render(m.model);
    window.scrollTo(0, y); // updates keep the reader's place
    document.body.dataset.rendered = String(Number(document.body.dataset.rendered ?? 0) + 1);
  } else if (m?.type === 'broken' && state.model) {
    render(state.model, m);
  }
});

if (state.model) {
  render(state.model);
  window.scrollTo(0, state.scrollY);
}
vscode.postMessage({ type: 'ready' });
