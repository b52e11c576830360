import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
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
    <Dialog open onClose={props.onCancel} maxWidth="sm" fullWidth>
      <DialogTitle>
        Suppress {props.finding.vulnerabilityId ?? props.finding.ruleId}
      </DialogTitle>
      <DialogContent>
        <TextField
          label="Reason"
          fullWidth
          multiline
          required
          margin="normal"
          value={reason}
          onChange={e => setReason(e.target.value)}
          helperText="Why this finding does not apply or can wait (shown to everyone)"
          inputProps={{ 'data-testid': 'suppress-reason' }}
        />
        <TextField
          label="Expires"
          type="date"
          required
          margin="normal"
          value={expires}
          onChange={e => setExpires(e.target.value)}
          InputLabelProps={{ shrink: true }}
          helperText="At most a year; the finding counts again afterwards"
          inputProps={{ 'data-testid': 'suppress-expires' }}
        />
        {error && (
          <Typography color="error" role="alert">
            {error}
          </Typography>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onCancel}>Cancel</Button>
        <Button
          color="primary"
          variant="contained"
          disabled={!valid || busy}
          onClick={submit}
        >
          Suppress
        </Button>
      </DialogActions>
    </Dialog>
  );
}
