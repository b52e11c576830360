import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Typography from '@material-ui/core/Typography';
import { Link } from '@backstage/core-components';
import { Finding } from '@runway/plugin-security-common';
import { advisoryUrl, dateOnly, SOURCE_LABELS } from './format';
import { SeverityChip } from './SeverityChip';

function Row({
  label,
  children,
}: {
  label: string;
  children: React.ReactNode;
}) {
  return (
    <Typography variant="body2" gutterBottom>
      <strong>{label}:</strong> {children}
    </Typography>
  );
}

/** One finding in full: advisory link, fix version, where it is, and its suppression. */
export function FindingDetailDialog(props: {
  finding: Finding;
  canSuppress: boolean;
  onClose: () => void;
  onSuppress: () => void;
  onUnsuppress: () => void;
}) {
  const { finding: f, canSuppress } = props;
  const advisory = advisoryUrl(f.vulnerabilityId);
  return (
    <Dialog open onClose={props.onClose} maxWidth="md" fullWidth>
      <DialogTitle>
        <SeverityChip severity={f.severity} /> {f.vulnerabilityId ?? f.ruleId}
      </DialogTitle>
      <DialogContent>
        <Typography variant="subtitle1" gutterBottom>
          {f.title}
        </Typography>
        {f.vulnerabilityId && (
          <Row label="Advisory">
            {advisory ? (
              <Link to={advisory}>{f.vulnerabilityId}</Link>
            ) : (
              f.vulnerabilityId
            )}
          </Row>
        )}
        {f.url && f.url !== advisory && (
          <Row label="Details">
            <Link to={f.url}>{f.url}</Link>
          </Row>
        )}
        {f.packageName && (
          <Row label="Package">{`${f.packageName} ${
            f.installedVersion ?? ''
          }`}</Row>
        )}
        <Row label="Fix">
          {f.fixedVersion
            ? `upgrade to ${f.fixedVersion}`
            : 'no fixed version published yet'}
        </Row>
        <Row label="Where">{f.target}</Row>
        <Row label="Source">{`${SOURCE_LABELS[f.source]} (${f.scanner})`}</Row>
        <Row label="Seen">{`${dateOnly(f.firstSeen)} to ${dateOnly(
          f.lastSeen,
        )}`}</Row>
        <Row label="Status">
          {f.status}
          {f.fixedAt ? ` on ${dateOnly(f.fixedAt)}` : ''}
        </Row>
        {f.suppression && (
          <Row label="Suppressed">
            {`${f.suppression.reason} (by ${f.suppression.by}, until ${dateOnly(
              f.suppression.expiresAt,
            )})`}
          </Row>
        )}
      </DialogContent>
      <DialogActions>
        {canSuppress && f.status === 'open' && (
          <Button color="secondary" onClick={props.onSuppress}>
            Suppress…
          </Button>
        )}
        {canSuppress && f.status === 'suppressed' && (
          <Button onClick={props.onUnsuppress}>Lift suppression</Button>
        )}
        <Button onClick={props.onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
