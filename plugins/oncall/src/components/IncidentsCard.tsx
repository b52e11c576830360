import useAsync from 'react-use/esm/useAsync';
import { Badge, Flex, Link, List, ListRow, Text } from '@backstage/ui';
import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { OncallIncident } from '@runway/plugin-oncall-common';
import { chipStyle, FamilyErrorPanel, SourceBadge } from '@runway/runway-react';
import { oncallApiRef } from '../api/OncallApi';
import { age } from './format';

const STATUS: Record<OncallIncident['status'], [string, string]> = {
  triggered: ['#c62828', '#fff'],
  acknowledged: ['#ef6c00', '#fff'],
  resolved: ['#e0e0e0', 'inherit'],
};

/** Who is on call now for the service's escalation policy, and its open incidents. */
export function IncidentsCard({ entityRef }: { entityRef: string }) {
  const api = useApi(oncallApiRef);
  const state = useAsync(() => api.getIncidents(entityRef), [api, entityRef]);
  if (state.loading) return <Progress />;
  if (state.error)
    return (
      <FamilyErrorPanel error={state.error} title="Incidents unavailable" />
    );
  const { source, data } = state.value!;
  if (data.serviceId === null)
    return (
      <InfoCard title="On call and incidents">
        <Text as="p" color="secondary" data-testid="no-pagerduty">
          No PagerDuty data: this service has no pagerduty.com/service-id (or
          integration-key) annotation.
        </Text>
      </InfoCard>
    );
  const open = data.incidents.filter(i => i.status !== 'resolved');
  return (
    <InfoCard title="On call and incidents">
      <Flex gap="2" mb="2">
        <SourceBadge source={source} />
      </Flex>
      {data.error && (
        <Text as="p" variant="body-small" color="secondary">
          {data.error}
        </Text>
      )}
      {data.onCall ? (
        <>
          <Text as="p" variant="body-small" color="secondary">
            On call now ·{' '}
            {data.onCall.escalationPolicy.url ? (
              <Link href={data.onCall.escalationPolicy.url} target="_blank">
                {data.onCall.escalationPolicy.name}
              </Link>
            ) : (
              data.onCall.escalationPolicy.name
            )}
          </Text>
          <List aria-label="On call now">
            {data.onCall.people.map(p => (
              <ListRow key={`${p.level}-${p.name}`} textValue={p.name}>
                <Text data-testid="on-call-person">
                  L{p.level} <strong>{p.name}</strong>
                  {p.schedule ? ` · ${p.schedule}` : ''}
                  {p.until
                    ? ` · until ${p.until.slice(0, 16).replace('T', ' ')} UTC`
                    : ''}
                </Text>
              </ListRow>
            ))}
          </List>
        </>
      ) : (
        <Text as="p" color="secondary">
          No escalation policy on this PagerDuty service.
        </Text>
      )}
      <Text
        as="p"
        variant="body-small"
        color="secondary"
        style={{ marginTop: 12 }}
      >
        Open incidents
      </Text>
      {open.length === 0 && <Text as="p">None open.</Text>}
      {open.map(i => (
        <Flex
          key={i.id}
          direction="column"
          gap="1"
          data-testid="open-incident"
          mb="2"
        >
          <Flex gap="2" align="center">
            <Badge style={chipStyle(...STATUS[i.status])}>{i.status}</Badge>
            <Text weight="bold">
              {i.url ? (
                <Link href={i.url} target="_blank">
                  {i.number ? `#${i.number} ` : ''}
                  {i.title}
                </Link>
              ) : (
                `${i.number ? `#${i.number} ` : ''}${i.title}`
              )}
            </Text>
          </Flex>
          <Text variant="body-small" color="secondary">
            {i.urgency} urgency · triggered {age(i.triggeredAt)} ago
            {i.assignees.length ? ` · ${i.assignees.join(', ')}` : ''}
          </Text>
          {i.log?.slice(-3).map(l => (
            <Text key={`${l.at}-${l.type}`} variant="body-small">
              {l.at.slice(11, 16)} {l.summary}
            </Text>
          ))}
        </Flex>
      ))}
    </InfoCard>
  );
}
