import { z } from "zod";

// Runs in the browser before the app. The CSP allows no eval, and zod's object parser probes for
// it (`new Function("")`) on first use: the probe's failure is caught, but the browser still reports
// a CSP violation. Jitless parsing never probes. (The server has no CSP and keeps the faster JIT.)
z.config({ jitless: true });
