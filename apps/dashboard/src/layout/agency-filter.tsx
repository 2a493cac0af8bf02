import { AGENCY_SEARCH_PAGE, useAgencyById, useAgencySearch, useFilters, useViewer } from '@sli/shared/data-access';
import { AsyncCombobox, type ComboOption } from '@sli/shared/ui';
import { useState } from 'react';

/**
 * The filter bar's agency: a search the server answers as the user types (a page of 20 by name), so
 * every agency can be found however many there are. With no partnership in force it searches all of
 * the user's, each agency shown with its partnership's name. An agency named by the URL is looked up
 * by id so its name shows.
 */
export function AgencyFilter({ id }: { id: string }) {
  const { filters, setFilters } = useFilters();
  const viewer = useViewer();
  const [text, setText] = useState('');
  const enabled = viewer.partnerships.length > 0;
  const several = !filters.partnershipId && viewer.partnerships.length > 1;
  const found = useAgencySearch(filters.partnershipId, text, enabled);
  const chosen = useAgencyById(filters.agencyId, enabled);
  const toOption = (a: { id: string; name: string; partnership: { name: string } }): ComboOption => ({
    value: a.id,
    label: a.name,
    hint: several ? a.partnership.name : undefined,
  });
  const options = (found.data?.nodes ?? []).map(toOption);
  const selected = filters.agencyId && chosen.data?.id === filters.agencyId ? toOption(chosen.data) : null;
  const total = found.data?.totalCount ?? 0;
  const status = found.isFetching
    ? 'Searching…'
    : total > AGENCY_SEARCH_PAGE
      ? `The first ${AGENCY_SEARCH_PAGE} of ${total} agencies: type more of the name to find others.`
      : undefined;
  return (
    <div className="field field-agency">
      <label id={`${id}-label`} htmlFor={id}>
        Agency
      </label>
      <AsyncCombobox
        control={{ id }}
        noun="agencies"
        selected={selected}
        options={options}
        status={status}
        onSearch={setText}
        onChange={(agencyId) => setFilters({ agencyId: agencyId || null })}
        disabled={!enabled}
        placeholder={enabled ? 'All agencies' : 'Choose a partnership first'}
      />
    </div>
  );
}
