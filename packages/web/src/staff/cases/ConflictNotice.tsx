import type { ChangedField } from './conflict.ts';
import { useCaseStrings } from './use-case-strings.ts';

/**
 * After a 409: says in plain words that someone else saved first, and lists what they changed
 * (and where the user's own change clashes). `label` and `show` give each field's name and value.
 */
export function ConflictNotice<K extends string>({
  changes,
  label,
  show,
}: {
  changes: readonly ChangedField<K>[];
  label: (field: K) => string;
  show: (field: K, value: unknown) => string;
}) {
  const strings = useCaseStrings().conflict;
  const shown = (field: K, value: unknown): string => {
    const text = show(field, value);
    return text === '' ? strings.empty : text;
  };
  return (
    <div className="notice case-conflict" role="alert" data-testid="case-conflict">
      <p>
        <strong>{strings.title}</strong>
      </p>
      <p>{strings.explain}</p>
      {changes.length === 0 ? (
        <p>{strings.noFields}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{strings.field}</th>
              <th scope="col">{strings.now}</th>
              <th scope="col">{strings.yours}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.field} data-field={change.field} data-clash={change.clash}>
                <th scope="row">{label(change.field)}</th>
                <td data-testid="conflict-now">{shown(change.field, change.now)}</td>
                <td>
                  {change.yours === undefined ? '—' : shown(change.field, change.yours)}
                  {change.clash ? <span className="hint"> {strings.clash}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
