import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { findRemovalRequest } from "@/lib/server/invitations/remove-address";
import { removeAddressAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("removal");
  // The link is a secret: no search engine, no referrer.
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** Asks before removing, so a mail scanner that opens every link removes nothing. */
export default async function RemoveAddressPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("removal");
  const request = await findRemovalRequest(token);
  return (
    <section className="card" aria-labelledby="removal-title">
      <h1 id="removal-title">{t("title")}</h1>
      {request ? (
        <>
          <p>{t("question", { scan: request.scanName })}</p>
          <ActionForm action={removeAddressAction}>
            <input type="hidden" name="removalToken" value={token} />
            <button type="submit" className="button button-primary">
              {t("confirm")}
            </button>
          </ActionForm>
        </>
      ) : (
        <p>{t("unknown")}</p>
      )}
      <p>
        <Link href="/privacy">{t("privacyLink")}</Link>
      </p>
    </section>
  );
}
