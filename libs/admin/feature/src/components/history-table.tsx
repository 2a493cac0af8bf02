import { DataTable, formatDateTime, type Column } from '@sli/shared/ui';
import type { HistoryEvent } from '../api/history';
import { actionWords, changesOf, changesText, entityWords } from '../lib/changes';

function ChangeList({ event }: { event: HistoryEvent }) {
  const changes = changesOf(event.before, event.after, { references: false });
  if (changes.length === 0) return <>–</>;
  const shown = changes.slice(0, 8);
  return (
    <ul className="changes">
      {shown.map((c) => (
        <li key={c.field}>
          <span className="field-name">{c.field}</span>:{' '}
          {event.action === 'insert' ? (
            (c.after ?? 'empty')
          ) : (
            <>
              <span className="visually-hidden">from </span>
              {c.before ?? 'empty'} <span aria-hidden="true">→</span>
              <span className="visually-hidden"> to</span> {c.after ?? 'empty'}
            </>
          )}
        </li>
      ))}
      {changes.length > shown.length ? <li>and {changes.length - shown.length} more (in the download)</li> : null}
    </ul>
  );
}

export const historyColumns: Column<HistoryEvent>[] = [
  { key: 'occurredAt', header: 'When', value: (e) => e.occurredAt, render: (e) => <span className="nowrap">{formatDateTime(e.occurredAt)}</span> },
  { key: 'actorName', header: 'Who', value: (e) => e.actorName ?? 'The system' },
  { key: 'action', header: 'What', value: (e) => actionWords(e.action) },
  { key: 'entity', header: 'Record', value: (e) => `${entityWords(e.entity)}${e.entityId ? ` ${e.entityId}` : ''}`, render: (e) => (
      <>
        {entityWords(e.entity)}
        {e.entityId ? (
          <>
            <br />
            <span className="hint" title={e.entityId}>
              {e.entityId.length > 13 ? `${e.entityId.slice(0, 8)}…` : e.entityId}
            </span>
          </>
        ) : null}
      </>
    ),
  },
  { key: 'changes', header: 'Changed fields (before → after)', value: (e) => changesText(changesOf(e.before, e.after)), render: (e) => <ChangeList event={e} /> },
  { key: 'requestId', header: 'Request', value: (e) => e.requestId ?? null, render: (e) => (e.requestId ? <span className="hint">{e.requestId.slice(0, 8)}</span> : '–') },
];

/** A page of the change history, newest first; its download holds the page's rows. */
export function HistoryTable({ events, caption }: { events: HistoryEvent[]; caption: string }) {
  return <DataTable caption={caption} columns={historyColumns} rows={events} exportName="change-history-page" rowKey={(e) => e.id} empty="No changes match these filters." />;
}
