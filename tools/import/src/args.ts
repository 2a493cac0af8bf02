/** The export command's arguments. */
export interface ExportArgs {
  file: string;
  partnerships: string[] | null;
}

/** `FILE [--partnership REF ...]`; null when the arguments make no sense. */
export function parseExportArgs(args: string[]): ExportArgs | null {
  let file: string | undefined;
  const partnerships: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--partnership' || arg === '-p') {
      const ref = args[++i];
      if (!ref) return null;
      partnerships.push(ref);
    } else if (arg.startsWith('--partnership=')) {
      partnerships.push(arg.slice('--partnership='.length));
    } else if (!arg.startsWith('-') && file === undefined) {
      file = arg;
    } else {
      return null;
    }
  }
  return file ? { file, partnerships: partnerships.length > 0 ? partnerships : null } : null;
}
