import { useState } from 'react';
import { errorInfo } from '../../api/errors';
import { queryClient, trpc, trpcClient } from '../../api/trpc';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { PublicLayout } from '../shell/PublicLayout';
import { CreateWorkspaceForm } from './CreateWorkspaceForm';

/** Shown once, before any user exists: start an empty register or load the demonstration data. */
export function FirstRunScreen() {
  useDocumentTitle('Set up Alignment Desk');
  const [demoBusy, setDemoBusy] = useState(false);
  const [demoError, setDemoError] = useState<string | null>(null);

  async function openDemo() {
    setDemoBusy(true);
    setDemoError(null);
    try {
      await trpcClient.workspace.openDemo.mutate({});
      await queryClient.invalidateQueries({ queryKey: trpc.workspace.status.queryKey() });
    } catch (caught) {
      setDemoError(errorInfo(caught).message);
      setDemoBusy(false);
    }
  }

  return (
    <PublicLayout>
      <h1>Set up Alignment Desk</h1>
      <p className="lead">This workspace is new. Choose how to start.</p>
      <div className="choice-grid">
        <section className="panel" aria-labelledby="create-empty-title">
          <h2 id="create-empty-title">Create an empty register</h2>
          <p>Start with no programmes. You become the first administrator and can invite colleagues.</p>
          <CreateWorkspaceForm />
        </section>
        <section className="panel" aria-labelledby="open-demo-title">
          <h2 id="open-demo-title">Open the demonstration workspace</h2>
          <p>Explore a register filled with invented programmes for a demonstration council. Nothing in it is real.</p>
          {demoError && (
            <div className="notice notice--error" role="alert">
              <p>{demoError}</p>
            </div>
          )}
          <button type="button" className="button button--secondary" disabled={demoBusy} onClick={() => void openDemo()}>
            Open the demonstration workspace
          </button>
          {demoBusy && (
            <p role="status" className="loading">
              Preparing the demonstration workspace…
            </p>
          )}
        </section>
      </div>
    </PublicLayout>
  );
}
