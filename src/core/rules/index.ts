// The rule registry: every per-outcome rule, in the order findings are reported.
// Ids are stable and documented in docs/rules/<id>.md; a test checks both.
import type { Rule } from './types';

export const RULES: Rule[] = [];
