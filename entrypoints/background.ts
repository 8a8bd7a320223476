import { startBackground } from '../lib/background';

export default defineBackground(() => {
  // Wiring only: lib/background owns policy, pause, history and findings state.
  startBackground();
});
