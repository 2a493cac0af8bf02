import { useState, type ReactNode } from 'react';
import type { ExportFormat } from './export';

/**
 * "Download CSV" and "Download XLSX" of something the page names (`what`, read to screen readers after
 * the button's words), and one status line saying how the download went. `download` makes the file and
 * returns its name.
 */
export function DownloadButtons({ what, download, hint }: { what: string; download: (format: ExportFormat) => Promise<string>; hint?: ReactNode }) {
  const [progress, setProgress] = useState('');
  const run = async (format: ExportFormat) => {
    setProgress('Preparing the download…');
    try {
      setProgress(`Downloaded ${await download(format)}.`);
    } catch (e) {
      setProgress(`The download failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return (
    <div className="table-tools">
      <button type="button" onClick={() => void run('csv')}>
        Download CSV<span className="visually-hidden"> of {what}</span>
      </button>
      <button type="button" onClick={() => void run('xlsx')}>
        Download XLSX<span className="visually-hidden"> of {what}</span>
      </button>
      {hint ? <span className="hint">{hint}</span> : null}
      {/* Only while there is something to say: pages keep one status message of their own. */}
      {progress ? (
        <span role="status" className="hint">
          {progress}
        </span>
      ) : null}
    </div>
  );
}
