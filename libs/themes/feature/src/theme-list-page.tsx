import { useState } from 'react';
import { useCan, useFilters, useViewer } from '@sli/shared/data-access';
import { ConfirmButton, DataTable, ErrorSummary, PageHeader, PartnershipSelect, QueryState, SuccessMessage, useFieldProblems, type Column } from '@sli/shared/ui';
import { useDeleteTheme, useThemeList, type ThemeRow } from './api/theme-list';
import { ThemeForm } from './components/theme-form';
import { GROUP_LABELS } from './lib/themes';

const NO_FIELDS = {};

/**
 * The themes records are tagged with: the shipped taxonomy and the partnership's own. Adding a theme,
 * changing a theme's name, group or description, and deleting an own theme that tags nothing (the API
 * refuses, naming the records, while any is tagged). The shipped themes stay: figures compare by them.
 */
export function ThemeListPage() {
  const { filters, setFilters } = useFilters();
  const viewer = useViewer();
  const partnershipId = filters.partnershipId ?? viewer.partnerships[0]?.id ?? null;
  const themes = useThemeList(partnershipId);
  const can = useCan();
  const remove = useDeleteTheme();
  const deleteProblems = useFieldProblems(remove.error, NO_FIELDS, 'theme-delete');
  const [editing, setEditing] = useState<ThemeRow | null>(null);
  const [message, setMessage] = useState('');
  const finish = (m: string) => {
    setEditing(null);
    if (m) setMessage(m);
  };
  const rows = [...(themes.data?.nodes ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  const columns: Column<ThemeRow>[] = [
    { key: 'name', header: 'Name' },
    { key: 'code', header: 'Code' },
    { key: 'themeGroup', header: 'Group', value: (t) => GROUP_LABELS[t.themeGroup] },
    { key: 'isDefault', header: 'From', value: (t) => (t.isDefault ? 'Shipped taxonomy' : 'This partnership') },
    { key: 'description', header: 'Description', value: (t) => t.description ?? '' },
    {
      key: 'change',
      header: 'Change',
      value: () => null,
      render: (t) => (
        <div className="record-actions">
          <button type="button" className="link-button" onClick={() => setEditing(t)}>
            Change<span className="visually-hidden"> {t.name}</span>
          </button>
          {!t.isDefault && can('deleteTheme') ? (
            <ConfirmButton
              label={
                <>
                  Delete<span className="visually-hidden"> {t.name}</span>
                </>
              }
              question={`Delete the theme “${t.name}”? It is refused while records are tagged with it; the change history keeps it.`}
              confirmLabel="Yes, delete it"
              pending={remove.isPending}
              onConfirm={() =>
                remove.mutate(t.id, {
                  onSuccess: (gone) => {
                    if (editing?.id === t.id) setEditing(null);
                    setMessage(`The theme “${gone.name}” deleted.`);
                  },
                })
              }
            />
          ) : null}
        </div>
      ),
    },
  ];

  return (
    <>
      <PageHeader title="Theme list" lead="The themes reviews, audits, findings and actions are tagged with: the shipped taxonomy and the partnership’s own." />
      <PartnershipSelect value={partnershipId} onChange={(id) => setFilters({ partnershipId: id })} />
      <SuccessMessage message={message} />
      <section aria-labelledby="themes-heading">
        <h2 id="themes-heading">{themes.data ? `${themes.data.totalCount} ${themes.data.totalCount === 1 ? 'theme' : 'themes'}` : 'Themes'}</h2>
        <ErrorSummary items={deleteProblems.summary} title="The theme was not deleted" />
        <QueryState isLoading={themes.isLoading} error={themes.error}>
          <DataTable
            caption="Themes of the partnership"
            columns={columns}
            rows={rows}
            exportName="themes"
            exportFilters="partnership"
            rowKey={(t) => t.id}
            empty="No theme yet: add the first below."
          />
          {themes.data && themes.data.totalCount > rows.length ? <p className="hint">The first {rows.length} of {themes.data.totalCount}.</p> : null}
        </QueryState>
      </section>
      {partnershipId ? (
        <section>
          {editing ? (
            <ThemeForm key={editing.id} partnershipId={partnershipId} theme={editing} onDone={finish} />
          ) : (
            <ThemeForm key={`new-${partnershipId}`} partnershipId={partnershipId} onDone={finish} />
          )}
        </section>
      ) : null}
    </>
  );
}
