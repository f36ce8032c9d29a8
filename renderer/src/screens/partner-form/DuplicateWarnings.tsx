import type { DuplicateReport } from '../../api/types';
import { hrefFor } from '../../routing/routes';

/** Near-identical names from partners.checkDuplicates: a reason to look twice, never a refusal. */
export function DuplicateWarnings({ warnings, moreWarnings = 0 }: { warnings: DuplicateReport['warnings']; moreWarnings?: number }) {
  return (
    <div className="field--full" aria-live="polite">
      {warnings.length > 0 && (
        <div className="notice notice--warning duplicate-warnings">
          <p className="notice__title">Is this partner already in the register?</p>
          <ul>
            {warnings.map((w) => (
              <li key={w.partnerId}>
                {w.message}.{' '}
                <a href={hrefFor({ name: 'partner', id: w.partnerId })} target="_blank" rel="noreferrer">
                  Open {w.partnerName}
                  <span className="visually-hidden"> (opens in a new tab)</span>
                </a>
              </li>
            ))}
          </ul>
          {moreWarnings > 0 && <p>{moreWarnings.toLocaleString('en-GB')} more partners have near-identical names; search the partners list to see them all.</p>}
          <p>You can still save if it is a different organisation.</p>
        </div>
      )}
    </div>
  );
}
