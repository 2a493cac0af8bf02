import { Link, useParams } from 'react-router';
import { useFilters } from '@sli/shared/data-access';
import { DataTable, formatDate, PageHeader, QueryState, type Column } from '@sli/shared/ui';
import { useAssuranceTool, type AssuranceToolDetail } from './api/assurance-tools';
import { TOOL_KIND_LABELS, TOOL_STATUS_LABELS } from './tool-labels';

type Standard = AssuranceToolDetail['standards'][number];
type Level = AssuranceToolDetail['ratingScale'][number];

const standardColumns: Column<Standard>[] = [
  { key: 'position', header: 'No.', align: 'right' },
  { key: 'title', header: 'Standard' },
  { key: 'groupName', header: 'Group', value: (s) => s.groupName ?? '' },
  { key: 'description', header: 'What it asks', value: (s) => s.description ?? '' },
  { key: 'code', header: 'Code' },
];

const levelColumns: Column<Level>[] = [
  { key: 'position', header: 'Order (worst first)', align: 'right' },
  { key: 'label', header: 'Words' },
  { key: 'code', header: 'Rating' },
  { key: 'met', header: 'Counts as met', value: (l) => (l.met ? 'Yes' : 'No') },
];

/** `/admin/assurance-tools/:toolId`: one version of a tool, its standards and its rating scale. */
export function AssuranceToolPage() {
  const { toolId = '' } = useParams();
  const { search } = useFilters();
  const query = useAssuranceTool(toolId);
  const tool = query.data;
  return (
    <>
      <PageHeader
        title={tool ? tool.name : 'Assurance tool'}
        lead={tool ? `${TOOL_KIND_LABELS[tool.kind]}, version ${tool.version}: ${TOOL_STATUS_LABELS[tool.status].toLowerCase()}.` : undefined}
      />
      <p>
        <Link to={{ pathname: '/admin/assurance-tools', search }}>All assurance tools</Link>
      </p>
      <QueryState isLoading={query.isLoading} error={query.error} isEmpty={!query.isLoading && !tool} empty="There is no such tool, or you may not see it.">
        {tool ? (
          <>
            <dl className="details">
              <div>
                <dt>Published</dt>
                <dd>{tool.publishedOn ? formatDate(tool.publishedOn) : 'Not published'}</dd>
              </div>
              <div>
                <dt>From</dt>
                <dd>{tool.isDefault ? 'Shipped with the product' : 'This partnership'}</dd>
              </div>
              {tool.description ? (
                <div>
                  <dt>About</dt>
                  <dd>{tool.description}</dd>
                </div>
              ) : null}
            </dl>
            <section aria-labelledby="tool-standards">
              <h2 id="tool-standards">Standards ({tool.standards.length})</h2>
              <DataTable
                caption={`Standards of ${tool.name}, version ${tool.version}`}
                columns={standardColumns}
                rows={tool.standards}
                exportName={`assurance-tool-${tool.toolKey}-v${tool.version}`}
                exportFilters="partnership"
                rowKey={(s) => s.id}
              />
            </section>
            <section aria-labelledby="tool-scale">
              <h2 id="tool-scale">Rating scale</h2>
              <DataTable
                caption={`Rating scale of ${tool.name}, version ${tool.version}`}
                columns={levelColumns}
                rows={tool.ratingScale}
                exportName={`assurance-tool-${tool.toolKey}-v${tool.version}-scale`}
                exportFilters="partnership"
                rowKey={(l) => l.code}
              />
            </section>
          </>
        ) : null}
      </QueryState>
    </>
  );
}
