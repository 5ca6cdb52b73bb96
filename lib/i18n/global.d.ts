import type { Locale } from "./locale";
import type messages from "./messages/nl.json";

// Typed message keys: a key missing from nl.json is a type error.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}
