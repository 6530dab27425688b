// The labelled statement files and how a line is read, shared by eval-wording.ts (scores the
// judge) and judgements.ts (lists or hashes its judgements). test/fixtures/wording/README.md
// says how the files were made.
import { readFileSync } from 'node:fs';

export type Label = 'outcome' | 'output' | 'unmeasured';
export interface Row {
  text: string;
  lang: 'en' | 'ko';
  label: Label;
  hard?: boolean;
  source?: string;
  note?: string;
}

export const DEV_FILES = ['test/fixtures/statements.jsonl', 'test/fixtures/wording/dev.jsonl'];
export const HELD_OUT_FILES = ['test/fixtures/statements.holdout.jsonl', 'test/fixtures/wording/holdout.jsonl'];
/** Sentences written, not collected: development material only (wording/README.md). */
export const PROBE_FILE = 'test/fixtures/wording/probes.jsonl';

export function readRows(file: string): Row[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const r = JSON.parse(l) as Row;
      if (!r.text || !['en', 'ko'].includes(r.lang) || !['outcome', 'output', 'unmeasured'].includes(r.label)) {
        throw new Error(`${file}:${i + 1}: needs text, lang (en|ko) and label (outcome|output|unmeasured)`);
      }
      return r;
    });
}
