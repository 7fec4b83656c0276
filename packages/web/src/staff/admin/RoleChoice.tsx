import type { AdminRole } from './admin-access.ts';
import type { FieldIssue } from './admin-forms.ts';
import { IssueText } from './AdminFields.tsx';
import { useAdminStrings } from './use-admin-strings.ts';

/** The roles to grant, each with a line on what it may do (from the policy). */
export function RoleChoice({
  idPrefix,
  legend,
  roles,
  chosen,
  onChange,
  issue,
}: {
  idPrefix: string;
  legend: string;
  roles: readonly AdminRole[];
  chosen: readonly string[];
  onChange: (roles: string[]) => void;
  issue: FieldIssue | undefined;
}) {
  const strings = useAdminStrings();
  const toggle = (role: AdminRole, on: boolean) =>
    onChange(on ? [...chosen.filter((item) => item !== role), role] : chosen.filter((item) => item !== role));
  return (
    <fieldset
      className="admin-roles"
      aria-invalid={issue === undefined ? undefined : true}
      aria-describedby={issue === undefined ? undefined : `${idPrefix}-roles-issue`}
    >
      <legend>{legend}</legend>
      {roles.map((role) => (
        <div key={role} className="checkbox">
          <input
            id={`${idPrefix}-role-${role}`}
            type="checkbox"
            value={role}
            checked={chosen.includes(role)}
            aria-describedby={`${idPrefix}-role-${role}-hint`}
            onChange={(event) => toggle(role, event.target.checked)}
          />
          <label htmlFor={`${idPrefix}-role-${role}`}>{strings.roles[role].name}</label>
          <p id={`${idPrefix}-role-${role}-hint`} className="hint">
            {strings.roles[role].description}
          </p>
        </div>
      ))}
      <IssueText id={`${idPrefix}-roles-issue`} issue={issue} />
    </fieldset>
  );
}
