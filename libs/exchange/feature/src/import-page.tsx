import { useState } from 'react';
import { SHEET_SPECS, type ColumnMapping, type SheetKind, type SpreadsheetOutcome } from '@sli/exchange-domain';
import { useFilters } from '@sli/shared/data-access';
import { ErrorSummary, PageHeader, QueryState, type SummaryItem } from '@sli/shared/ui';
import { downloadProblems, sendSpreadsheet, useImportPartnerships, type ChosenFile } from './api/spreadsheet';
import { ChooseFileForm, FILE_ID } from './components/choose-file-form';
import { ImportDone } from './components/import-done';
import { ImportPreview } from './components/import-preview';
import { fileProblem, splitProblems, type ImportRequest } from './lib/import-words';
import './import.css';

/** A request sent: the file as read then, and what was asked of it (kept so the commit sends exactly what was previewed). */
interface Sent {
  file: ChosenFile;
  request: ImportRequest;
}

/**
 * Spreadsheets in: an action plan or a register of measure values, as CSV or XLSX. Choose the file,
 * check what the import would do (nothing is written), fix and choose it again if need be, then
 * import it all or nothing. The API does the reading and the rules; this page shows its answers.
 */
export function SpreadsheetImportPage() {
  const { filters, setFilters } = useFilters();
  const partnerships = useImportPartnerships();
  const partnershipId = filters.partnershipId ?? partnerships.data?.[0]?.id ?? null;
  const partnership = partnerships.data?.find((p) => p.id === partnershipId) ?? null;

  const [chosen, setChosen] = useState<File | null>(null);
  const [kind, setKind] = useState<SheetKind | ''>('');
  const [overrides, setOverrides] = useState<ColumnMapping>({});
  const [sent, setSent] = useState<Sent | null>(null);
  const [preview, setPreview] = useState<SpreadsheetOutcome | null>(null);
  const [done, setDone] = useState<SpreadsheetOutcome | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [failures, setFailures] = useState<string[]>([]);
  const [pending, setPending] = useState(false);
  const [downloadMessage, setDownloadMessage] = useState<string | null>(null);

  const clearAnswers = () => {
    setPreview(null);
    setFailures([]);
    setDownloadMessage(null);
  };

  async function send(file: ChosenFile, request: ImportRequest) {
    setPending(true);
    setFailures([]);
    setDownloadMessage(null);
    try {
      const answer = await sendSpreadsheet(file, request);
      if (answer.errors) {
        setPreview(null);
        setFailures(answer.errors);
        return;
      }
      setSent({ file, request });
      if (answer.outcome.committed) {
        setPreview(null);
        setDone(answer.outcome);
      } else setPreview(answer.outcome);
    } catch (error) {
      setFailures([error instanceof Error ? `The file could not be sent: ${error.message}` : 'The file could not be sent']);
    } finally {
      setPending(false);
    }
  }

  async function check() {
    const problem = fileProblem(chosen);
    setFileError(problem);
    if (problem || !chosen) {
      clearAnswers();
      return;
    }
    if (!partnership) {
      setFailures(['Choose the partnership the file belongs to']);
      return;
    }
    let bytes: ArrayBuffer;
    try {
      bytes = await chosen.arrayBuffer();
    } catch {
      setFileError('The selected file could not be read: it may have changed since you chose it. Choose it again');
      clearAnswers();
      return;
    }
    await send({ name: chosen.name, bytes }, { partnership: partnership.ref, kind: kind || null, mapping: overrides });
  }

  const recheck = () => {
    if (sent) void send(sent.file, { ...sent.request, mapping: overrides });
  };
  // The commit sends the file and the choices that were previewed, as the kind the preview found.
  const commit = () => {
    if (sent && preview) void send(sent.file, { ...sent.request, kind: preview.kind, commit: true });
  };
  const download = () => {
    if (!sent) return;
    setDownloadMessage(null);
    downloadProblems(sent.file, sent.request).then(
      (name) => setDownloadMessage(`Downloaded ${name}.`),
      (error: unknown) => setDownloadMessage(`The problems could not be downloaded: ${error instanceof Error ? error.message : String(error)}`),
    );
  };

  const startAgain = () => {
    setDone(null);
    setSent(null);
    setChosen(null);
    setOverrides({});
    clearAnswers();
  };

  const fileProblems = preview ? splitProblems(preview).file : [];
  const missing = preview?.columns.find((c) => c.header === null && SHEET_SPECS[preview.kind].columns.some((s) => s.field === c.field && s.required))?.field;
  const summary: SummaryItem[] = [
    ...(fileError ? [{ text: fileError, href: `#${FILE_ID}` }] : []),
    ...failures.map((text) => ({ text })),
    // A required column not found goes to its choice in the columns form; other problems of the file to the file.
    ...fileProblems.map((p) => ({ text: p.row ? `Row ${p.row}: ${p.message}` : p.message, href: p.row && missing ? `#import-column-${missing}` : `#${FILE_ID}` })),
  ];

  return (
    <>
      <PageHeader
        title="Import a spreadsheet"
        lead="Bring in an action plan or a register of measure values kept in a spreadsheet. You see what it would do first; nothing is written until you import it, and then all of it is, or none."
      />
      <QueryState isLoading={partnerships.isLoading} error={partnerships.error}>
        {done ? (
          <ImportDone outcome={done} partnershipId={partnershipId} onAgain={startAgain} />
        ) : (
          <>
            <ErrorSummary items={summary} title={preview || failures.length > 0 ? 'The file cannot be imported' : 'There is a problem'} />
            <ChooseFileForm
              partnerships={partnerships.data ?? []}
              partnershipId={partnershipId}
              onPartnership={(id) => {
                setFilters({ partnershipId: id });
                clearAnswers();
              }}
              kind={kind}
              onKind={(k) => {
                setKind(k);
                setOverrides({});
                clearAnswers();
              }}
              fileError={fileError}
              onFile={(file) => {
                setChosen(file);
                if (file) {
                  setFileError(undefined);
                  clearAnswers();
                }
              }}
              pending={pending}
              onSubmit={() => void check()}
            />
            {preview ? (
              <ImportPreview
                outcome={preview}
                detected={!sent?.request.kind}
                overrides={overrides}
                onOverride={(field, header) => setOverrides((o) => ({ ...o, [field]: header }))}
                onRecheck={recheck}
                onDownload={download}
                downloadMessage={downloadMessage}
                onCommit={commit}
                pending={pending}
              />
            ) : null}
          </>
        )}
      </QueryState>
    </>
  );
}
