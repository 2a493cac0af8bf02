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

/** The import command's arguments: a local import, or a bundle sent to a running API. */
export interface ImportArgs {
  file: string;
  server: string | null;
  token: string | null;
}

/** `FILE [--server URL] [--token TOKEN]`; the token falls back to SLI_TOKEN. Null when the arguments make no sense. */
export function parseImportArgs(args: string[], env: NodeJS.ProcessEnv = process.env): ImportArgs | null {
  let file: string | undefined;
  let server: string | null = null;
  let token: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (name === '--server' || name === '--token') {
      const value = inline ?? args[++i];
      if (!value) return null;
      if (name === '--server') server = value;
      else token = value;
    } else if (!arg.startsWith('-') && file === undefined) {
      file = arg;
    } else {
      return null;
    }
  }
  if (!file) return null;
  if (server !== null && !/^https?:\/\/[^/]+/.test(server)) return null;
  return { file, server, token: token ?? (env['SLI_TOKEN'] || null) };
}
