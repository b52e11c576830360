import {
  Button,
  Dialog,
  DialogBody,
  DialogFooter,
  DialogHeader,
  Flex,
  Text,
  TextAreaField,
} from '@backstage/ui';
import TextField from '@mui/material/TextField';
import { Finding } from '@runway/plugin-security-common';
import { useState } from 'react';

const DAY = 86_400_000;

function inDays(days: number): string {
  return new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
}

/** Reason and expiry are required: a suppression always ends, and says why it exists. */
export function SuppressDialog(props: {
  finding: Finding;
  onCancel: () => void;
  onSubmit: (s: { reason: string; expiresAt: string }) => Promise<void>;
}) {
  const [reason, setReason] = useState('');
  const [expires, setExpires] = useState(inDays(30));
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const valid =
    reason.trim().length >= 3 && expires > inDays(0) && expires <= inDays(365);

  const submit = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await props.onSubmit({
        reason: reason.trim(),
        expiresAt: new Date(`${expires}T23:59:59Z`).toISOString(),
      });
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  };

  return (
    <Dialog isOpen onOpenChange={open => !open && props.onCancel()} width={600}>
      <DialogHeader>
        Suppress {props.finding.vulnerabilityId ?? props.finding.ruleId}
      </DialogHeader>
      <DialogBody>
        <Flex direction="column" gap="5">
          <TextAreaField
            label="Reason"
            isRequired
            value={reason}
            onChange={setReason}
            description="Why this finding does not apply or can wait (shown to everyone)"
          />
          {/* BUI's DatePicker takes @internationalized/date values: a native date field instead. */}
          <TextField
            label="Expires"
            type="date"
            size="small"
            required
            value={expires}
            onChange={e => setExpires(e.target.value)}
            InputLabelProps={{ shrink: true }}
            helperText="At most a year; the finding counts again afterwards"
            inputProps={{ 'data-testid': 'suppress-expires' }}
            style={{ alignSelf: 'flex-start' }}
          />
          {error && (
            <Text color="danger" role="alert">
              {error}
            </Text>
          )}
        </Flex>
      </DialogBody>
      <DialogFooter>
        <Button variant="secondary" onPress={props.onCancel}>
          Cancel
        </Button>
        <Button variant="primary" isDisabled={!valid || busy} onPress={submit}>
          Suppress
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
