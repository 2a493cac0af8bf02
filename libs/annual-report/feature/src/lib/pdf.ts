import type { AnnualReport } from '../api/annual-report';

/** The file name the server gives, from `Content-Disposition`; a sensible one if it is missing. */
function fileNameOf(res: Response, report: AnnualReport): string {
  const given = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1];
  return given ?? `annual-report_${report.financialYear.replace('/', '-')}_${report.mode.toLowerCase()}.pdf`;
}

/** What went wrong, in the words the API used (it answers `{ errors: [{ message }] }` like GraphQL). */
async function problemOf(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as { errors?: { message?: string }[] };
    return body.errors?.[0]?.message ?? `The server answered ${res.status}`;
  } catch {
    return `The server answered ${res.status} ${res.statusText}`;
  }
}

/**
 * The annual report as the server typesets it (a tagged PDF: headings, table headers, charts with
 * alternative text), for the same partnership, year and mode as the page.
 */
export async function downloadReportPdf(report: AnnualReport): Promise<void> {
  const query = new URLSearchParams({
    partnershipId: report.partnership.id,
    financialYear: report.financialYear,
    mode: report.mode.toLowerCase(),
  });
  const res = await fetch(`/api/annual-report.pdf?${query.toString()}`, { credentials: 'same-origin', headers: { accept: 'application/pdf' } });
  if (!res.ok) throw new Error(await problemOf(res));
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = fileNameOf(res, report);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
