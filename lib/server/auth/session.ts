import "server-only";
import { headers } from "next/headers";
import { getAuth } from "./auth";

/** Who is signed in on this request, as the rest of the app knows a person. */
export type SignedInUser = {
  id: string;
  email: string;
  name: string;
  /** Whether the person proved the address is theirs: a confirmation, sign-in or reset link reached them there. */
  isEmailConfirmed: boolean;
};

/** The signed-in person of this request, or null: a session Better Auth does not recognise is nobody. */
export async function currentUser(): Promise<SignedInUser | null> {
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  return {
    id: session.user.id,
    email: session.user.email,
    name: session.user.name,
    isEmailConfirmed: session.user.emailVerified,
  };
}
