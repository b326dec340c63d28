import { launchFirefox } from './support/engines/firefox';
import { smokeSuite } from './support/smoke-suite';

smokeSuite('firefox', () => launchFirefox());
