// What CLI commands may touch of the outside world, passed in so tests can run commands
// in memory and check exactly what they print and return.
export interface CliIo {
  stdout(s: string): void;
  stderr(s: string): void;
  readFile(path: string): Promise<string>;
  cwd: string;
}
