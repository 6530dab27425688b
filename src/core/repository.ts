// Where the project lives: package.json's `repository` field, read at build time (esbuild keeps
// only that field of the JSON), so the rule pages' links, SARIF's informationUri and helpUri
// follow the one field npm and vsce also publish.
import { repository } from '../../package.json';

/** The repository's web address, without npm's `git+` prefix or a `.git` suffix. */
export const REPOSITORY_URL = repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
