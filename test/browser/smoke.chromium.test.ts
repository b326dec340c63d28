import { launchChromium } from './support/engines/chromium';
import { smokeSuite } from './support/smoke-suite';

smokeSuite('chromium', () => launchChromium());
