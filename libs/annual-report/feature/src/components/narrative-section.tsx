import { useState, type FormEvent } from 'react';
import { narrativeParagraphs, NARRATIVE_MAX_LENGTH } from '@sli/analytics-domain';
import { useCan, useKeptValues } from '@sli/shared/data-access';
import { ErrorSummary, Field, KeptNotice, QueryState, formatDateTime, useFieldProblems } from '@sli/shared/ui';
import type { AnnualReport, ReportNarrative } from '../api/annual-report';
import { useApproveNarrative, useNarrativeHistory, useSaveNarrative, type NarrativeKey } from '../api/narratives';

const LABELS = { text: 'Text' };
const slug = (section: string) => section.toLowerCase().replace(/_/g, '-');

/** Plain text as paragraphs (a blank line between them); single line breaks kept. */
function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {narrativeParagraphs(text).map((p, i) => (
        <p key={i} className="ar-narrative-text">
          {p}
        </p>
      ))}
    </>
  );
}

/**
 * One narrative section: what the report prints (approved text; in the exact view the latest draft,
 * marked), then for the business unit an edit form, for the board an approve button, and the history.
 */
export function NarrativeSection({ report, narrative }: { report: AnnualReport; narrative: ReportNarrative }) {
  const can = useCan();
  const id = `ar-narrative-${slug(narrative.section)}`;
  const key: NarrativeKey = { partnershipId: report.partnership.id, financialYear: report.financialYear, section: narrative.section };
  const latest = narrative.latest;
  const draft = latest && !latest.approvedAt ? latest : null;
  const [message, setMessage] = useState('');

  return (
    <section aria-labelledby={`${id}-h`} className="ar-narrative" data-testid={id}>
      <h3 id={`${id}-h`}>{narrative.title}</h3>
      {narrative.text ? (
        <div className={narrative.textIsDraft ? 'ar-draft' : undefined}>
          {narrative.textIsDraft ? <p className="ar-draft-label">Draft — not yet approved</p> : null}
          <Paragraphs text={narrative.text} />
          {narrative.approved && !narrative.textIsDraft ? (
            <p className="hint no-print">
              Version {narrative.approved.version}, approved by {narrative.approved.approvedBy} on {formatDateTime(narrative.approved.approvedAt)}.
            </p>
          ) : null}
        </div>
      ) : (
        <p className="hint">Not yet written and approved for {report.financialYear}.</p>
      )}
      <p role="status" className="ar-narrative-status no-print">
        {message}
      </p>
      {draft && !narrative.textIsDraft ? <DraftAwaiting draft={draft} /> : null}
      {draft && can('approveAnnualReportNarrative') ? (
        <ApproveButton narrativeKey={key} version={draft.version} onApproved={() => setMessage(`Version ${draft.version} approved for publication.`)} />
      ) : null}
      {can('saveAnnualReportNarrative') ? (
        <NarrativeForm narrativeKey={key} narrative={narrative} onSaved={(version) => setMessage(`Saved as version ${version}: a draft until the board approves it.`)} />
      ) : null}
      {narrative.versionCount > 0 && can('annualReportNarrativeHistory') ? <NarrativeHistory narrativeKey={key} count={narrative.versionCount} /> : null}
    </section>
  );
}

/** The draft awaiting approval, shown to those who write or approve it (never in the published text). */
function DraftAwaiting({ draft }: { draft: NonNullable<ReportNarrative['latest']> }) {
  return (
    <div className="ar-draft no-print" data-testid="ar-draft">
      <p className="ar-draft-label">
        Draft — not yet approved (version {draft.version}, saved by {draft.savedBy} on {formatDateTime(draft.savedAt)})
      </p>
      <Paragraphs text={draft.text} />
    </div>
  );
}

function ApproveButton({ narrativeKey, version, onApproved }: { narrativeKey: NarrativeKey; version: number; onApproved: () => void }) {
  const approve = useApproveNarrative(narrativeKey);
  const problems = useFieldProblems(approve.error, { version: 'Version', section: 'Section' }, `approve-${slug(narrativeKey.section)}`);
  return (
    <div className="no-print">
      <ErrorSummary items={problems.summary} title="The section was not approved" />
      <button type="button" className="primary" disabled={approve.isPending} onClick={() => approve.mutate(version, { onSuccess: onApproved })}>
        {approve.isPending ? 'Approving…' : `Approve version ${version} for publication`}
      </button>
    </div>
  );
}

function NarrativeForm({ narrativeKey, narrative, onSaved }: { narrativeKey: NarrativeKey; narrative: ReportNarrative; onSaved: (version: number) => void }) {
  const prefix = `narrative-${slug(narrativeKey.section)}`;
  const [open, setOpen] = useState(false);
  const form = useKeptValues(`annual-report-narrative:${narrativeKey.partnershipId}:${narrativeKey.financialYear}:${narrativeKey.section}`, {
    text: narrative.latest?.text ?? '',
  });
  const save = useSaveNarrative(narrativeKey);
  const [local, setLocal] = useState<Partial<Record<'text', string>>>({});
  const problems = useFieldProblems(save.error, LABELS, prefix, { local });
  const length = form.values.text.length;

  function submit(e: FormEvent) {
    e.preventDefault();
    const problem = !form.values.text.trim()
      ? 'Enter the text of the section'
      : length > NARRATIVE_MAX_LENGTH
        ? `Text must be at most ${NARRATIVE_MAX_LENGTH.toLocaleString('en-GB')} characters (it has ${length.toLocaleString('en-GB')})`
        : undefined;
    setLocal({ text: problem });
    if (problem) return;
    save.mutate(form.values.text, {
      onSuccess: (data) => {
        setOpen(false);
        onSaved(data.saveAnnualReportNarrative.versionCount);
      },
    });
  }

  if (!open && !form.kept) {
    return (
      <p className="no-print">
        <button type="button" onClick={() => setOpen(true)}>
          {narrative.versionCount > 0 ? `Edit “${narrative.title}”` : `Write “${narrative.title}”`}
        </button>
      </p>
    );
  }
  return (
    <form className="ar-narrative-form no-print" onSubmit={submit} noValidate aria-labelledby={`${prefix}-title`}>
      <h4 id={`${prefix}-title`}>Edit “{narrative.title}”</h4>
      {form.kept ? <KeptNotice what="the section" /> : null}
      <ErrorSummary items={problems.summary} title="The section was not saved" />
      <Field
        id={problems.id('text')}
        label={`${narrative.title}: text`}
        hint={`${narrative.guidance} Plain text: leave a blank line between paragraphs. At most ${NARRATIVE_MAX_LENGTH.toLocaleString('en-GB')} characters (${length.toLocaleString('en-GB')} now). Saving makes a new version, a draft until the board approves it.`}
        error={problems.error('text')}
      >
        {(control) => <textarea {...control} rows={10} value={form.values.text} onChange={(e) => form.setValue('text', e.target.value)} />}
      </Field>
      <p className="ar-buttons">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save draft'}
        </button>
        <button type="button" onClick={() => setOpen(false)} disabled={save.isPending}>
          Cancel
        </button>
      </p>
    </form>
  );
}

function NarrativeHistory({ narrativeKey, count }: { narrativeKey: NarrativeKey; count: number }) {
  const [open, setOpen] = useState(false);
  const history = useNarrativeHistory(narrativeKey, open);
  return (
    <details className="ar-history no-print" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        History ({count} {count === 1 ? 'version' : 'versions'})
      </summary>
      <QueryState isLoading={history.isLoading} error={history.error}>
        <ol reversed className="ar-history-list">
          {(history.data ?? []).map((v) => (
            <li key={v.id}>
              <p>
                <strong>Version {v.version}</strong>: saved by {v.savedBy} on {formatDateTime(v.savedAt)}
                {v.approvedBy ? `; approved by ${v.approvedBy} on ${formatDateTime(v.approvedAt)}` : '; not approved'}
              </p>
              <Paragraphs text={v.text} />
            </li>
          ))}
        </ol>
      </QueryState>
    </details>
  );
}
