import { forwardRef, type ReactNode } from 'react';

/** One section of the case page: a heading the table of contents moves the focus to. */
export const CaseSection = forwardRef<HTMLHeadingElement, { id: string; title: string; children: ReactNode }>(
  function CaseSection({ id, title, children }, heading) {
    return (
      <section id={`case-section-${id}`} aria-labelledby={`case-section-${id}-title`} className="case-section">
        <h3 id={`case-section-${id}-title`} tabIndex={-1} ref={heading}>
          {title}
        </h3>
        {children}
      </section>
    );
  },
);
