import { env, InvalidEnvError } from "../env";

// A bad setting stops the app at once with a message naming it, instead of
// failing on first use. Next.js only logs errors thrown while starting and
// keeps serving, hence the explicit exit.
try {
  env();
} catch (error) {
  if (!(error instanceof InvalidEnvError)) throw error;
  console.error(error.message);
  process.exit(1);
}
