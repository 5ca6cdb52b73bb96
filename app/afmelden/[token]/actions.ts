"use server";

import { redirect } from "next/navigation";
import { type FormServerAction, formAction, text } from "@/lib/server/form-action";
import { removeAddress, ZRemoveAddressInput } from "@/lib/server/invitations/remove-address";

/** Works without signing in: the secret in the link is the permission. */
export const removeAddressAction: FormServerAction = formAction({
  name: "removeAddress",
  schema: ZRemoveAddressInput,
  handler: removeAddress,
  rateLimit: { limiter: "removeAddress", key: "clientAddress" },
  read: (formData) => ({ removalToken: text(formData, "removalToken") }),
  onSuccess: () => redirect("/afmelden/verwijderd"),
});
