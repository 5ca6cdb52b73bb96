"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { removeMember, shareCollaboration, ZRemoveMemberInput, ZShareInput } from "@/lib/server/account/sharing";
import { type FormServerAction, formAction, text } from "@/lib/server/form-action";
import type { RateLimitPolicy } from "@/lib/server/rate-limit";

const perManagementKey: RateLimitPolicy<{ managementToken: string }> = {
  limiter: "manage",
  key: (input) => input.managementToken,
};

export const shareAction: FormServerAction = formAction({
  name: "shareCollaboration",
  schema: ZShareInput,
  handler: shareCollaboration,
  rateLimit: perManagementKey,
  read: (formData) => ({
    managementToken: text(formData, "token"),
    email: text(formData, "email"),
    role: text(formData, "role"),
  }),
  onSuccess: async ({ email }) => {
    revalidatePath("/beheer/[token]/delen", "page");
    return (await getTranslations("account"))("shared", { email });
  },
});

export const removeMemberAction: FormServerAction = formAction({
  name: "removeMember",
  schema: ZRemoveMemberInput,
  handler: removeMember,
  rateLimit: perManagementKey,
  read: (formData) => ({ managementToken: text(formData, "token"), userId: text(formData, "userId") }),
  onSuccess: async () => {
    revalidatePath("/beheer/[token]/delen", "page");
    return (await getTranslations("account"))("removed");
  },
});
