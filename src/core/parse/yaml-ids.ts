// The ids of the findings the YAML reader makes itself, in a module of their own so the reader's
// helpers can name them without importing the reader.
export const SYNTAX_RULE_ID = 'yaml-syntax';
export const LIMIT_RULE_ID = 'resource-limit';
