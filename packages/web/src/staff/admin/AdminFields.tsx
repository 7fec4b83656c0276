/** Labelled form fields with their hint and their correction, tied together for screen readers. */
import type { ReactNode } from 'react';
import { format } from '../../i18n/language.ts';
import type { FieldIssue } from './admin-forms.ts';
import { useAdminStrings } from './use-admin-strings.ts';

export function IssueText({ id, issue }: { id: string; issue: FieldIssue | undefined }) {
  const issues = useAdminStrings().issues;
  if (issue === undefined) return null;
  return (
    <p id={id} className="error admin-issue">
      {format(issues[issue.issue], issue.values ?? {})}
    </p>
  );
}

function describedBy(id: string, hint: ReactNode, issue: FieldIssue | undefined): string | undefined {
  const ids = [hint === undefined ? null : `${id}-hint`, issue === undefined ? null : `${id}-issue`].filter(
    (part) => part !== null,
  );
  return ids.length === 0 ? undefined : ids.join(' ');
}

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  issue?: FieldIssue | undefined;
  required?: boolean;
  maxLength?: number;
  type?: 'text' | 'email' | 'tel';
  autoComplete?: string;
  lang?: string;
}

export function TextField({
  id,
  label,
  value,
  onChange,
  hint,
  issue,
  required = false,
  maxLength,
  type = 'text',
  autoComplete = 'off',
  lang,
}: TextFieldProps) {
  return (
    <div className="admin-field">
      <label htmlFor={id}>{label}</label>
      {hint === undefined ? null : (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        type={type}
        value={value}
        required={required}
        maxLength={maxLength}
        autoComplete={autoComplete}
        lang={lang}
        aria-invalid={issue === undefined ? undefined : true}
        aria-describedby={describedBy(id, hint, issue)}
        onChange={(event) => onChange(event.target.value)}
      />
      <IssueText id={`${id}-issue`} issue={issue} />
    </div>
  );
}

interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  hint?: ReactNode;
  issue?: FieldIssue | undefined;
}

export function SelectField({ id, label, value, onChange, options, hint, issue }: SelectFieldProps) {
  return (
    <div className="admin-field">
      <label htmlFor={id}>{label}</label>
      {hint === undefined ? null : (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <select
        id={id}
        value={value}
        aria-invalid={issue === undefined ? undefined : true}
        aria-describedby={describedBy(id, hint, issue)}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <IssueText id={`${id}-issue`} issue={issue} />
    </div>
  );
}

/** A summary announced when a form is refused in the page (the fields carry the details). */
export function FormIssues({ issues }: { issues: readonly FieldIssue[] }) {
  const strings = useAdminStrings();
  if (issues.length === 0) return null;
  return (
    <p className="error" role="alert" data-testid="admin-form-issues">
      {strings.issues.formHasErrors}
    </p>
  );
}
