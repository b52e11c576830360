import {
  Button,
  Dialog,
  DialogBody,
  DialogFooter,
  DialogHeader,
  Flex,
  Text,
} from '@backstage/ui';
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
    <Text as="p" style={{ marginBottom: 6 }}>
      <strong>{label}:</strong> {children}
    </Text>
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
    <Dialog isOpen onOpenChange={open => !open && props.onClose()} width={800}>
      <DialogHeader>
        <Flex align="center" gap="2">
          <SeverityChip severity={f.severity} /> {f.vulnerabilityId ?? f.ruleId}
        </Flex>
      </DialogHeader>
      <DialogBody>
        <Text as="p" variant="body-large" style={{ marginBottom: 12 }}>
          {f.title}
        </Text>
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
      </DialogBody>
      {/* The header's own close button closes; the footer holds only what changes the finding. */}
      {canSuppress && f.status !== 'fixed' && (
        <DialogFooter>
          {f.status === 'open' && (
            <Button variant="secondary" onPress={props.onSuppress}>
              Suppress…
            </Button>
          )}
          {f.status === 'suppressed' && (
            <Button variant="secondary" onPress={props.onUnsuppress}>
              Lift suppression
            </Button>
          )}
        </DialogFooter>
      )}
    </Dialog>
  );
}
