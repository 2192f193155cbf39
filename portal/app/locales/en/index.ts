import type { Resources } from "~/i18n/namespaces";
import common from "./common.json";
import labels from "./labels.json";
import account from "./account.json";
import accessibility from "./accessibility.json";
import home from "./home.json";
import careUnits from "./careUnits.json";
import fees from "./fees.json";
import checkIn from "./checkIn.json";
import eServices from "./eServices.json";
import journal from "./journal.json";
import guidelines from "./guidelines.json";
import journalAccess from "./journalAccess.json";
import staff from "./staff.json";
import archive from "./archive.json";
import recordCopy from "./recordCopy.json";
import search from "./search.json";

// Typed as the Swedish set: an English file that lacks a namespace does not compile (keys are checked by a test).
const en: Resources = { common, labels, account, accessibility, home, careUnits, fees, checkIn, eServices, journal, guidelines, journalAccess, staff, archive, recordCopy, search };
export default en;
