import { useViewer } from '@sli/shared/data-access';

/** Which partnership the page is about, for someone who serves more than one; nothing to choose otherwise. */
export function PartnershipSelect({ value, onChange }: { value: string | null; onChange: (id: string) => void }) {
  const viewer = useViewer();
  if (viewer.partnerships.length <= 1) return null;
  return (
    <div className="form-group">
      <label htmlFor="admin-partnership">Partnership</label>
      <select id="admin-partnership" value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
        {viewer.partnerships.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </div>
  );
}
