import { createRouteRef } from '@backstage/frontend-plugin-api';

export const rootRouteRef = createRouteRef();
export const alertRouteRef = createRouteRef({ params: ['id'] });
