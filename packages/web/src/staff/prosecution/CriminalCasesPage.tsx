/**
 * The `criminal-cases` view: the list (`#/staff/criminal-cases`) or one criminal case
 * (`#/staff/criminal-cases/<id>`). Loaded on demand; actions show only for `prosecution.write`.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Province, StaffApiError } from '../staff-api.ts';
import type { StaffViewProps } from '../staff-views.tsx';
import { CriminalCaseDetail } from './CriminalCaseDetail.tsx';
import { CriminalCaseList } from './CriminalCaseList.tsx';
import { createProsecutionApi } from './prosecution-api.ts';
import { asStaffError } from './prosecution-errors.ts';
import { ProsecutionError } from './ProsecutionError.tsx';
import './prosecution.css';

export function CriminalCasesPage({ api, fetchImpl, me, rest }: StaffViewProps) {
  const prosecution = useMemo(() => createProsecutionApi(fetchImpl, me.csrfToken), [fetchImpl, me.csrfToken]);
  const [provinces, setProvinces] = useState<Province[]>([]);
  const [provincesFailure, setProvincesFailure] = useState<StaffApiError | null>(null);
  const canWrite = Object.hasOwn(me.permissions, 'prosecution.write');

  useEffect(() => {
    let live = true;
    // Province names label the cases; without them the page says why and shows the codes.
    api.provinces().then(
      (found) => live && setProvinces(found),
      (error: unknown) => live && setProvincesFailure(asStaffError(error)),
    );
    return () => {
      live = false;
    };
  }, [api]);

  const id = rest[0];
  return (
    <>
      {provincesFailure === null ? null : <ProsecutionError error={provincesFailure} context={{ action: 'other' }} />}
      {id === undefined ? (
        <CriminalCaseList prosecution={prosecution} provinces={provinces} canWrite={canWrite} />
      ) : (
        <CriminalCaseDetail
          key={id}
          id={id}
          prosecution={prosecution}
          provinces={provinces}
          me={me}
          canWrite={canWrite}
        />
      )}
    </>
  );
}
