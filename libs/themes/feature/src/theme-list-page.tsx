import { useState } from 'react';
import { useFilters, useViewer } from '@sli/shared/data-access';
import { DataTable, PageHeader, PartnershipSelect, QueryState, SuccessMessage, type Column } from '@sli/shared/ui';
import { useThemeList, type ThemeRow } from './api/theme-list';
import { ThemeForm } from './components/theme-form';
import { GROUP_LABELS } from './lib/themes';

/**
 * The themes records are tagged with: the shipped taxonomy and the partnership's own. Adding a theme,
 * and changing a theme's name, group or description. A theme is never deleted here: its records keep it.
 */
export function ThemeListPage() {
  const { filters, setFilters } = useFilters();
  const viewer = useViewer();
  const partnershipId = filters.partnershipId ?? viewer.partnerships[0]?.id ?? null;
  const themes = useThemeList(partnershipId);
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
        <button type="button" className="link-button" onClick={() => setEditing(t)}>
          Change<span className="visually-hidden"> {t.name}</span>
        </button>
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
