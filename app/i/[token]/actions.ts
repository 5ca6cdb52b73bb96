"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { isServedOverHttps } from "@/lib/server/base-url";
import { type FormServerAction, formAction, text } from "@/lib/server/form-action";
import { enterViaInvitation, ZEnterInput } from "@/lib/server/respond/invitation";
import { RESUME_COOKIE_MAX_AGE, resumeCookieName } from "@/lib/server/respond/resume-cookie";

export const enterAction: FormServerAction = formAction({
  name: "enterViaInvitation",
  schema: ZEnterInput,
  handler: enterViaInvitation,
  // Per link, generous enough for a meeting room: one invitation link is shared by everyone of a partner, often
  // behind one Wi-Fi. Per address as well, but only an address a trusted proxy reported: a forged one could
  // otherwise lock out the room it names.
  rateLimit: [
    { limiter: "enterPerAddress", key: "trustedClientAddress" },
    { limiter: "enterPerLink", key: (input) => input.inviteToken },
  ],
  read: (formData) => ({ inviteToken: text(formData, "inviteToken"), role: text(formData, "role") }),
  onSuccess: async ({ token, scanId }) => {
    (await cookies()).set(resumeCookieName(scanId), token, {
      path: "/",
      httpOnly: true,
      sameSite: "lax",
      secure: await isServedOverHttps(),
      maxAge: RESUME_COOKIE_MAX_AGE,
    });
    redirect(`/r/${token}`);
  },
});
