"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { claimCollaboration, ZClaimInput } from "@/lib/server/account/claim";
import { signIn, signOut, ZSignInInput } from "@/lib/server/auth/sign-in";
import { signUp, ZSignUpInput } from "@/lib/server/auth/sign-up";
import { type FormServerAction, formAction, text } from "@/lib/server/form-action";

export const signUpAction: FormServerAction = formAction({
  name: "signUp",
  schema: ZSignUpInput,
  handler: signUp,
  rateLimit: { limiter: "signUp", key: "clientAddress" },
  read: (formData) => ({
    name: text(formData, "name"),
    email: text(formData, "email"),
    password: text(formData, "password"),
  }),
  onSuccess: () => redirect("/mijn-scans"),
});

export const signInAction: FormServerAction = formAction({
  name: "signIn",
  schema: ZSignInInput,
  handler: signIn,
  rateLimit: [
    { limiter: "signIn", key: "clientAddress" },
    { limiter: "signInPerEmail", key: (input) => input.email },
  ],
  read: (formData) => ({ email: text(formData, "email"), password: text(formData, "password") }),
  onSuccess: () => redirect("/mijn-scans"),
});

/** Signing out needs no input: the session is the browser's own. */
export async function signOutAction(): Promise<void> {
  await signOut();
  redirect("/");
}

export const claimAction: FormServerAction = formAction({
  name: "claimCollaboration",
  schema: ZClaimInput,
  handler: claimCollaboration,
  rateLimit: { limiter: "manage", key: (input) => input.managementLink },
  read: (formData) => ({ managementLink: text(formData, "managementLink") }),
  onSuccess: async () => {
    revalidatePath("/mijn-scans");
    revalidatePath("/beheer/[token]", "layout");
    return (await getTranslations("account"))("claimDone");
  },
});
