// Types for the validators scripts/gen-validators.mjs writes at build time.
declare module '*/generated/validators.js' {
  export interface ValidatorError {
    instancePath: string;
    schemaPath: string;
    keyword: string;
    params: Record<string, unknown>;
    message?: string;
  }
  export interface Validator {
    (data: unknown): boolean;
    errors?: ValidatorError[] | null;
  }
  export const validateOutcome: Validator;
  export const validateFile: Validator;
  export const validateConfig: Validator;
  export const validateChecklist: Validator;
}
