// The integration test files that run in the web worker extension host: those that need no
// Node (Node's assert is replaced by ./assert.ts at bundle time), and the web-only checks.
import '../smoke.test';
import '../editor.test';
import '../plan.test';
import '../report-memory.test';
import './host.test';
