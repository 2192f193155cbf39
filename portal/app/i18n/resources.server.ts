import en from "~/locales/en";
import sv from "~/locales/sv";
import { registerLanguage } from "./instance";

// The server renders either language, so it holds both; importing this module registers them.
registerLanguage("sv", sv);
registerLanguage("en", en);

export const allResources = { sv, en };
