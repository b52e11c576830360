import { stringify } from 'yaml';
import { Entity } from '@backstage/catalog-model';
import {
  groupEntities,
  serviceEntity,
  systemEntities,
  userEntities,
} from './catalog';
import { DemoWorld } from './world';
import { demoSloSpecYaml } from './slo';
import { demoRunbookFiles } from './oncall';
import { demoAdrs } from './adr';
import { clusterEntities, platformSystemEntity } from './kubernetes';

/**
 * The files of `examples/`, keyed by path relative to that folder. `examples/` is
 * generated from the demo world (never edited by hand) and a test checks they agree.
 *
 * @public
 */
export function exampleFiles(world: DemoWorld): Map<string, string> {
  const header =
    '# Generated from @runway/demo-node: yarn workspace @runway/demo-node generate-examples\n';
  const docs = (entities: Entity[]) =>
    header +
    entities.map(e => `---\n${stringify(e, { singleQuote: true })}`).join('');
  const files = new Map<string, string>();
  files.set(
    'org.yaml',
    docs([...groupEntities(world), ...userEntities(world)]),
  );
  files.set('systems.yaml', docs(systemEntities(world)));
  files.set(
    'clusters.yaml',
    docs([platformSystemEntity(), ...clusterEntities()]),
  );
  for (const service of world.services) {
    files.set(
      `services/${service.name}/catalog-info.yaml`,
      docs([serviceEntity(service)]),
    );
    files.set(
      `services/${service.name}/slo/slo.yaml`,
      demoSloSpecYaml(service),
    );
    for (const [name, text] of demoRunbookFiles(service))
      files.set(`services/${service.name}/runbooks/${name}`, text);
    for (const adr of demoAdrs(world, service))
      files.set(`services/${service.name}/docs/adr/${adr.file}`, adr.markdown);
  }
  return files;
}
