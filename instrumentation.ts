// Validates the configuration when the server starts: a bad setting stops the
// app at once with a message naming it, instead of failing on first use.
// Next.js only logs errors thrown here and keeps serving, hence the exit.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env, InvalidEnvError } = await import("./lib/env");
  try {
    env();
  } catch (error) {
    if (!(error instanceof InvalidEnvError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
