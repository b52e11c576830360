import { stubResizeObserver } from '@runway/runway-react/testing';

stubResizeObserver();
