"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { type FormState, formAction, text } from "@/lib/server/form-action";
import { clientAddress, consume } from "@/lib/server/rate-limit";
import { enterViaInvitation, ZEnterInput } from "@/lib/server/respond/invitation";
import { RESUME_COOKIE_MAX_AGE, resumeCookieName } from "@/lib/server/respond/resume-cookie";

export const enterAction: (previous: FormState, formData: FormData) => Promise<FormState> = formAction(
  "enterViaInvitation",
  ZEnterInput,
  async (input) => {
    await consume("enter", await clientAddress());
    return enterViaInvitation(input);
  },
  (formData) => ({ inviteToken: text(formData, "inviteToken"), role: text(formData, "role") }),
  async ({ token, scanId }) => {
    (await cookies()).set(resumeCookieName(scanId), token, {
      path: "/",
      httpOnly: true,
      sameSite: "lax",
      maxAge: RESUME_COOKIE_MAX_AGE,
    });
    redirect(`/r/${token}`);
  },
);
