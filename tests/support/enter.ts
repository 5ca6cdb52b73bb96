import { enterAction } from "../../app/i/[token]/actions";
import { newRequest, redirectTarget } from "./request-context";

/**
 * One person entering through an invitation link with the real server
 * action, from the given address: "entered" when the action sends them on to
 * the questionnaire (its respondent token then goes into `tokens`), else the
 * message the form shows. The test file mocks
 * next/headers and next-intl/server with ./request-context.
 */
export async function enterThrough(
  inviteToken: string,
  options: { forwardedFor: string; headers?: Record<string, string>; locale?: "nl" | "en"; tokens?: string[] },
): Promise<string> {
  newRequest(options);
  const form = new FormData();
  form.set("inviteToken", inviteToken);
  form.set("role", "manager");
  try {
    const state = await enterAction({ status: "idle" }, form);
    return state.message ?? state.status;
  } catch (error) {
    const target = redirectTarget(error);
    if (target?.startsWith("/r/")) {
      options.tokens?.push(target.slice("/r/".length));
      return "entered";
    }
    throw error;
  }
}
