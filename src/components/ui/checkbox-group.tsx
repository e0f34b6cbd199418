import type { ReactNode } from 'react';

/**
 * A fieldset of checkboxes, one per option, that picks a set of ids; the field's error under them.
 * `<CheckboxGroup legend={t.targetGroups} options={groups} selected={ids} onChange={setIds} error={…} />`
 */
export function CheckboxGroup({
  legend,
  options,
  selected,
  onChange,
  error,
}: {
  legend: ReactNode;
  options: readonly { id: string; name: string }[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string;
}) {
  const toggle = (id: string) => onChange(selected.includes(id) ? selected.filter((x) => x !== id) : [...selected, id]);
  return (
    <fieldset>
      <legend className="text-sm font-medium">{legend}</legend>
      {options.map((option) => (
        <label key={option.id} className="mr-4 inline-flex items-center gap-1 text-sm">
          <input type="checkbox" checked={selected.includes(option.id)} onChange={() => toggle(option.id)} />
          {option.name}
        </label>
      ))}
      {error ? <p className="text-sm text-red-700">{error}</p> : null}
    </fieldset>
  );
}
