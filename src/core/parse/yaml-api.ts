// The `yaml` package's node tests, read once. The bundler reaches a CommonJS package's exports
// through a getter per property (`__toESM`), so `isScalar(n)` written against the package
// costs a getter call as well as the test, for every node of every outcome (a tenth of reading
// an outcome). Modules that walk nodes import them from here instead.
import * as yaml from 'yaml';

export const isAlias = yaml.isAlias;
export const isMap = yaml.isMap;
export const isPair = yaml.isPair;
export const isScalar = yaml.isScalar;
export const isSeq = yaml.isSeq;
