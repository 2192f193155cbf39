import "i18next";
import type { Resources } from "./namespaces";

// Keys are checked by the compiler: `t("nav.findCare")` must exist in the Swedish file of its namespace.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: Resources;
    returnNull: false;
  }
}
