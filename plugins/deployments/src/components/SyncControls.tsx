import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import { toastApiRef, useApi } from '@backstage/frontend-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  deploymentsSyncPermission,
  SyncResult,
} from '@runway/plugin-deployments-common';
import { useState } from 'react';

/** Whether the viewer may sync or roll back this entity (its owners, by default policy). */
export function useCanSync(entityRef: string): boolean {
  const { allowed } = usePermission({
    permission: deploymentsSyncPermission,
    resourceRef: entityRef,
  });
  return allowed;
}

export interface ConfirmButtonProps {
  label: string;
  question: string;
  run: () => Promise<SyncResult>;
  onDone?: () => void;
}

/** A button that asks before it changes a running service, then reports what happened. */
export function ConfirmButton({
  label,
  question,
  run,
  onDone,
}: ConfirmButtonProps) {
  const toastApi = useApi(toastApiRef);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      const result = await run();
      toastApi.post({
        title: result.message,
        status: 'success',
        timeout: 5000,
      });
      onDone?.();
    } catch (e) {
      toastApi.post({
        title: `${label} failed`,
        description: (e as Error).message,
        status: 'danger',
      });
    } finally {
      setBusy(false);
      setOpen(false);
    }
  };
  return (
    <>
      <Button size="small" variant="outlined" onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)}>
        <DialogTitle>{label}</DialogTitle>
        <DialogContent>{question}</DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>Cancel</Button>
          <Button
            color="primary"
            variant="contained"
            disabled={busy}
            onClick={confirm}
          >
            Confirm
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
