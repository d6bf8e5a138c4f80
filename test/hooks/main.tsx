// The renderer as the e2e tests load it: the product's entry, plus read-only hooks for the tests.
import { installTestHooks } from './install';
import '../../renderer/main';

installTestHooks();
