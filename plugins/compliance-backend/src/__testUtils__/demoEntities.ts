import { Entity } from '@backstage/catalog-model';
import { createDemoWorld, DemoWorld, serviceEntity } from '@runway/demo-node';

/** The demo services as the catalog serves them: with the `ownedBy` relation it computes. */
export function demoComponents(world: DemoWorld = createDemoWorld()): Entity[] {
  return world.services.map(service => {
    const entity = serviceEntity(service);
    return {
      ...entity,
      metadata: { ...entity.metadata, namespace: 'default' },
      relations: [
        { type: 'ownedBy', targetRef: `group:default/${service.owner}` },
      ],
    };
  });
}
