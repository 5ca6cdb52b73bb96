"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { type FormServerAction, formAction, text } from "@/lib/server/form-action";
import { enterViaInvitation, ZEnterInput } from "@/lib/server/respond/invitation";
import { RESUME_COOKIE_MAX_AGE, resumeCookieName } from "@/lib/server/respond/resume-cookie";

export const enterAction: FormServerAction = formAction({
  name: "enterViaInvitation",
  schema: ZEnterInput,
  handler: enterViaInvitation,
  // Per address, not per link: one invitation link is shared by everyone of a partner.
  rateLimit: { limiter: "enter", key: "clientAddress" },
  read: (formData) => ({ inviteToken: text(formData, "inviteToken"), role: text(formData, "role") }),
  onSuccess: async ({ token, scanId }) => {
    (await cookies()).set(resumeCookieName(scanId), token, {
      path: "/",
      httpOnly: true,
      sameSite: "lax",
      maxAge: RESUME_COOKIE_MAX_AGE,
    });
    redirect(`/r/${token}`);
  },
});
