import { isSheetKind, SHEET_KINDS, type SheetKind } from '@sli/exchange-domain';

/** `npm run import -- FILE.xlsx|FILE.csv --partnership REF [--as KIND] [--preview] [--errors REPORT.xlsx]`. */
export interface SheetArgs {
  file: string;
  partnership: string;
  kind: SheetKind | null;
  preview: boolean;
  /** Where to write the problems as a workbook, if anywhere. */
  errors: string | null;
}

/** Whether the import command was given a spreadsheet rather than a JSON bundle. */
export const isSpreadsheetFile = (file: string) => /\.(csv|xlsx)$/i.test(file);

/** The spreadsheet import's arguments; a string saying what is wrong when they make no sense. */
export function parseSheetArgs(args: readonly string[]): SheetArgs | string {
  let file: string | undefined;
  let partnership: string | undefined;
  let kind: SheetKind | null = null;
  let preview = false;
  let errors: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const [name, inline] = eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    const value = () => inline ?? args[++i];
    if (name === '--partnership' || name === '-p') {
      partnership = value();
      if (!partnership) return '--partnership needs the partnership\'s ref';
    } else if (name === '--as') {
      const v = value();
      if (!isSheetKind(v)) return `--as must be one of ${SHEET_KINDS.join(', ')} (got ${v ?? 'nothing'})`;
      kind = v;
    } else if (name === '--errors') {
      errors = value() ?? null;
      if (!errors) return '--errors needs a file name for the report (.xlsx)';
    } else if (name === '--preview') {
      preview = true;
    } else if (!arg.startsWith('-') && file === undefined) {
      file = arg;
    } else {
      return `unknown argument ${arg}`;
    }
  }
  if (!file) return 'give the spreadsheet to import';
  if (!partnership) return '--partnership REF is required: the partnership the rows belong to';
  return { file, partnership, kind, preview, errors };
}
