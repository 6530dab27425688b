// The framework's checklists, in our own words (the facts behind them come from the CBO framework's own documents).
import cboProcess from './cbo-process.json';
import delivery from './delivery.json';
import type { Checklist } from './types';
import workshop from './workshop.json';

export const BUILT_IN_CHECKLISTS: Checklist[] = [cboProcess as Checklist, delivery as Checklist, workshop as Checklist];
