// What CLI commands may touch of the outside world, passed in so tests can run commands
// in memory and check exactly what they print and return.
import * as path from 'node:path';

export interface CliIo {
  stdout(s: string): void;
  stderr(s: string): void;
  readFile(path: string): Promise<string>;
  cwd: string;
}

/**
 * The same io, noting every file read through it (resolved against cwd): `-o` must never
 * replace a file the command read, not even with --force.
 */
export function trackReads(io: CliIo): { io: CliIo; files: string[] } {
  const files: string[] = [];
  const readFile = (p: string) => {
    files.push(path.resolve(io.cwd, p));
    return io.readFile(p);
  };
  return { io: { ...io, readFile }, files };
}
