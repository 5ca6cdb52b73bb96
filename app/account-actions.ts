"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { claimCollaboration, ZClaimInput } from "@/lib/server/account/claim";
import {
  confirmEmail,
  resendConfirmation,
  ZConfirmEmailInput,
  ZResendConfirmationInput,
} from "@/lib/server/auth/confirm-email";
import { requestPasswordReset, setNewPassword, ZSetPasswordInput } from "@/lib/server/auth/password-reset";
import { LINK_MINUTES } from "@/lib/server/auth/send-account-link";
import { signIn, signOut, ZSignInInput } from "@/lib/server/auth/sign-in";
import {
  requestSignInLink,
  signInWithLink,
  ZRequestLinkInput,
  ZUseSignInLinkInput,
} from "@/lib/server/auth/sign-in-link";
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

const requestLinkLimits = [
  { limiter: "requestAccountLink", key: "clientAddress" },
  { limiter: "requestAccountLinkPerEmail", key: (input: { email: string }) => input.email },
] as const;

/** The same answer whether or not the address has an account. */
export const requestSignInLinkAction: FormServerAction = formAction({
  name: "requestSignInLink",
  schema: ZRequestLinkInput,
  handler: requestSignInLink,
  rateLimit: requestLinkLimits,
  read: (formData) => ({ email: text(formData, "email") }),
  onSuccess: async () => (await getTranslations("account"))("linkSent", { minutes: LINK_MINUTES.signIn }),
});

export const signInWithLinkAction: FormServerAction = formAction({
  name: "signInWithLink",
  schema: ZUseSignInLinkInput,
  handler: signInWithLink,
  rateLimit: { limiter: "useAccountLink", key: "clientAddress" },
  read: (formData) => ({ token: text(formData, "token") }),
  onSuccess: () => redirect("/mijn-scans"),
});

export const requestPasswordResetAction: FormServerAction = formAction({
  name: "requestPasswordReset",
  schema: ZRequestLinkInput,
  handler: requestPasswordReset,
  rateLimit: requestLinkLimits,
  read: (formData) => ({ email: text(formData, "email") }),
  onSuccess: async () => (await getTranslations("account"))("resetSent", { minutes: LINK_MINUTES.resetPassword }),
});

export const setNewPasswordAction: FormServerAction = formAction({
  name: "setNewPassword",
  schema: ZSetPasswordInput,
  handler: setNewPassword,
  rateLimit: { limiter: "useAccountLink", key: "clientAddress" },
  read: (formData) => ({ token: text(formData, "token"), password: text(formData, "password") }),
  onSuccess: () => redirect("/inloggen?wachtwoord=nieuw"),
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

export const confirmEmailAction: FormServerAction = formAction({
  name: "confirmEmail",
  schema: ZConfirmEmailInput,
  handler: confirmEmail,
  rateLimit: { limiter: "useAccountLink", key: "clientAddress" },
  read: (formData) => ({ token: text(formData, "token") }),
  onSuccess: async () => (await getTranslations("account"))("confirmed"),
});

export const resendConfirmationAction: FormServerAction = formAction({
  name: "resendConfirmation",
  schema: ZResendConfirmationInput,
  handler: resendConfirmation,
  rateLimit: { limiter: "requestAccountLink", key: "clientAddress" },
  read: () => ({}),
  onSuccess: async ({ email }) =>
    (await getTranslations("account"))("confirmSent", { email, hours: LINK_MINUTES.confirmEmail / 60 }),
});
