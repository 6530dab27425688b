// The accounts `cbo new` offers at its account step: those the CBO files of the current folder
// name, found as `cbo portfolio` finds them there (the same walk, `.cborc.yaml`'s `ignore`
// and `maxFileBytes`), so the new outcome can name its customer as the team's files spell it.
// Only read for suggestions: a file that cannot be read or parsed is passed over in silence
// (`cbo check` and `cbo portfolio` are where it is reported), and none is tracked as an input,
// so `-o FILE --force` may still replace one of them as before.
import { DEFAULT_MAX_FILE_BYTES } from '../core/config';
import { accountSuggestions } from '../core/guided-account';
import { kindOf } from '../core/lint';
import { parseDocument } from '../core/parse/index';
import { readRegular } from '../node/read-file';
import { ConfigFinder, expand, isIgnored } from './files';
import type { CliIo } from './io';

export async function folderAccounts(io: CliIo, lang: 'en' | 'ko'): Promise<string[]> {
  let files: string[];
  try {
    ({ files } = await expand([], io.cwd));
  } catch {
    // The current folder cannot be walked: no suggestions, and the questions go on.
    return [];
  }
  const finder = new ConfigFinder(lang);
  const named: (string | undefined)[] = [];
  for (const file of files) {
    const kind = kindOf(file);
    if (!kind) continue;
    try {
      const found = await finder.forFile(file);
      if (isIgnored(file, found)) continue;
      const text = await readRegular(file, io.readFile);
      if (text.length > (found.config.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES)) continue;
      for (const o of parseDocument(text, kind, lang).doc.outcomes) named.push(o.account?.value);
    } catch {
      // Unreadable here (a FIFO, no permission): it only offers no name; cbo check says why.
      continue;
    }
  }
  return accountSuggestions(named);
}
