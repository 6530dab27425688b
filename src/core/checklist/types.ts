// Checklists are data: ids, titles in both languages, and the evidence that satisfies each
// item. Built-in ones live beside this file as JSON; teams add their own in the same format
// (schemas/checklist.schema.json). Nothing in a checklist is ever executed.
import type { Lang } from '../finding';
import type { SentenceKind } from './cadence';

export type Localized = Record<Lang, string>;

export interface ChecklistItem {
  id: string;
  title: Localized;
  /**
   * One sentence on what the plan must say for the item to be found, shown beside a missing
   * or partial item. Never part of the skeleton: a hint left in the plan would count as the
   * item being there.
   */
  hint?: Localized;
  /** A missing required item fails `cbo plan` and shows as a diagnostic on opted-in plans. */
  required: boolean;
  evidence: {
    /** Phrases (either language) that name this item in a heading, a label or a task. */
    headings: string[];
    /** Extra phrases that count as a mention (partial evidence) anywhere in the text. */
    terms?: string[];
    /** Evidence read from the plan's CBOs rather than its headings. */
    outcomes?: 'smart' | 'template' | 'measured';
    /**
     * Items of the same checklist that show this one when found in full: a plan that sets a
     * weekly review and a monthly update has agreed a reporting cadence, whatever the section
     * is called.
     */
    impliedBy?: string[];
    /**
     * A plain sentence that shows the item, outside headings, labels and tasks (the words are
     * in cadence.ts): a clause that sets the cadence and says the review or update happens
     * ("매주 원무팀과 마일스톤을 점검한다"), or for metric-report one that reports a metric at a
     * cadence. The item's name in running text no longer counts as a mention for such an item.
     */
    sentence?: SentenceKind;
    /**
     * Phrases that name the item only as a whole heading, never in running text or a label:
     * a "Roles" or "역할" section is the plan's resourcing, while "roles" in a sentence is not.
     * Found when the section has content, partial when it is empty.
     */
    sections?: string[];
    /**
     * The columns of a Markdown table that shows the item, one list of names (either language)
     * per column: a table whose header row names every column and that has a row is found; one
     * that names the first column only, or has no row, partial. The risk table is
     * `[[risk, 위험], [mitigation, 대응], [owner, 담당]]`.
     */
    columns?: string[][];
  };
  /** Section skeleton inserted for a missing item (VS Code snippet syntax). */
  skeleton: Localized;
}

export interface ChecklistGroup {
  id: string;
  title: Localized;
  items: ChecklistItem[];
}

export interface Checklist {
  id: string;
  title: Localized;
  description?: Localized;
  /**
   * Phrases of a heading that show a plan is about this checklist's subject ("Discovery
   * workshop"): with no checklist chosen, such a plan is checked against it besides the CBO
   * process checklist.
   */
  subject?: string[];
  groups: ChecklistGroup[];
}

export type ItemStatus = 'found' | 'partial' | 'missing';

export interface Evidence {
  /** 1-based line, as the CLI prints it: the line of the sentence, row or heading that matched. */
  line: number;
  /** 1-based column (UTF-16 units) where that sentence, row or heading starts on its line. */
  column: number;
  text: string;
}

export interface ItemResult {
  id: string;
  group: string;
  title: string;
  /** The item's hint in the result's language, when the checklist gives one. */
  hint?: string;
  required: boolean;
  status: ItemStatus;
  evidence: Evidence[];
  /** Where the item's skeleton goes and what it is, for "insert section". */
  insert: { offset: number; snippet: string };
}

export interface ChecklistResult {
  id: string;
  title: string;
  /** found = 1, partial = 0.5, missing = 0, averaged over the required items and the optional ones found in full; 0..1, three decimals. */
  coverage: number;
  items: ItemResult[];
}

export interface TaskProgress {
  heading: string;
  line: number;
  done: number;
  total: number;
}

export interface PlanResult {
  checklists: ChecklistResult[];
  tasks: TaskProgress[];
  /** Checklist ids named in the plan's front matter (`cbo-checklists:`). */
  optedIn: string[];
  /** Which checklists ran, what chose them, and the known ones that did not run. */
  chosen: ChecklistChoice;
}

/**
 * What chose the checklists, first that applies: `option` (`--checklist`, an API caller's
 * `only`), `front-matter` (the plan's `cbo-checklists:`), `settings` (the editor's
 * `cbo.checklists.enabled`), `config` (`.cborc.yaml`'s `checklists:`), else `default`.
 */
export type ChosenBy = 'option' | 'front-matter' | 'settings' | 'config' | 'default';

export interface ChecklistChoice {
  by: ChosenBy;
  ids: string[];
  /** Under the default: the checklists a heading of the plan added (its 1-based line and text). */
  addressed: { id: string; line: number; heading: string }[];
  /** Known checklists that did not run, with their titles in the result's language. */
  others: { id: string; title: string }[];
}
