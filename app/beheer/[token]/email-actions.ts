"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { baseUrl } from "@/lib/server/base-url";
import { type FormServerAction, formAction, text, wholeNumberOrNull } from "@/lib/server/form-action";
import { inviteByEmail, ZInviteByEmailInput } from "@/lib/server/invitations/invite-by-email";
import {
  sendReminders,
  setReminderInterval,
  ZSendRemindersInput,
  ZSetReminderIntervalInput,
} from "@/lib/server/invitations/send-reminders";
import type { RateLimitPolicy } from "@/lib/server/rate-limit";

/** Sending counts towards the management link's allowance and, more strictly, its mail allowance. */
const perManagementLinkMail: RateLimitPolicy<{ managementToken: string }> = [
  { limiter: "manage", key: (input) => input.managementToken },
  { limiter: "sendMail", key: (input) => input.managementToken },
];

const refresh = () => revalidatePath("/beheer/[token]", "layout");

export const inviteByEmailAction: FormServerAction = formAction({
  name: "inviteByEmail",
  schema: ZInviteByEmailInput,
  handler: async (input) => inviteByEmail(input, await baseUrl()),
  rateLimit: perManagementLinkMail,
  read: (formData) => ({
    managementToken: text(formData, "token"),
    partnerId: text(formData, "partnerId"),
    addresses: text(formData, "addresses"),
  }),
  onSuccess: async ({ sent, failed, alreadyInvited }) => {
    refresh();
    return (await getTranslations("emailInvites"))("sent", { sent, failed, already: alreadyInvited });
  },
});

export const sendRemindersAction: FormServerAction = formAction({
  name: "sendReminders",
  schema: ZSendRemindersInput,
  handler: async (input) => sendReminders(input, await baseUrl()),
  rateLimit: perManagementLinkMail,
  read: (formData) => ({ managementToken: text(formData, "token"), round: wholeNumberOrNull(formData, "round") }),
  onSuccess: async ({ sent, failed, notDue }) => {
    refresh();
    return (await getTranslations("emailInvites"))("reminded", { sent, failed, notDue });
  },
});

export const setReminderIntervalAction: FormServerAction = formAction({
  name: "setReminderInterval",
  schema: ZSetReminderIntervalInput,
  handler: setReminderInterval,
  rateLimit: { limiter: "manage", key: (input) => input.managementToken },
  read: (formData) => ({
    managementToken: text(formData, "token"),
    round: wholeNumberOrNull(formData, "round"),
    days: wholeNumberOrNull(formData, "days"),
  }),
  onSuccess: async (_done, input) => {
    refresh();
    return (await getTranslations("emailInvites"))("intervalSaved", { days: input.days });
  },
});
