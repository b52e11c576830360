import {
  Button,
  Dialog,
  DialogBody,
  DialogFooter,
  DialogHeader,
  DialogTrigger,
} from '@backstage/ui';
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
  /** Drawn red: it takes a running version away (a rollback). */
  destructive?: boolean;
}

/** A button that asks before it changes a running service, then reports what happened. */
export function ConfirmButton({
  label,
  question,
  run,
  onDone,
  destructive,
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
    <DialogTrigger isOpen={open} onOpenChange={setOpen}>
      <Button size="small" variant="secondary" destructive={destructive}>
        {label}
      </Button>
      <Dialog>
        <DialogHeader>{label}</DialogHeader>
        <DialogBody>{question}</DialogBody>
        <DialogFooter>
          <Button variant="secondary" onPress={() => setOpen(false)}>
            Cancel
          </Button>
          <Button
            variant="primary"
            destructive={destructive}
            isPending={busy}
            onPress={confirm}
          >
            Confirm
          </Button>
        </DialogFooter>
      </Dialog>
    </DialogTrigger>
  );
}
