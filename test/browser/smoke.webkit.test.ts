import { launchWebkit } from './support/engines/webkit';
import { smokeSuite } from './support/smoke-suite';

smokeSuite('webkit', () => launchWebkit());
