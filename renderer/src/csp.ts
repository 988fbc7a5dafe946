import { config as zodConfig } from 'zod';

// Imported first by main.tsx. The page's CSP forbids eval and inline <style>:
// - zod probes `new Function` for its JIT when a schema is created, unless told not to;
// - React Aria injects a <style> for touch-action unless an element with this id exists
//   (styles.css carries that rule instead).
zodConfig({ jitless: true });

const pressableStyleMarker = document.createElement('meta');
pressableStyleMarker.id = 'react-aria-pressable-style';
document.head.append(pressableStyleMarker);
