import { Form } from "@remix-run/react";
import { buttonClass, FeeErrorSummary, FeeField, inputClass } from "~/components/fee-field";
import type { AccessFormValues, FieldErrors } from "~/routes/journalatkomst.view";

const idOf = (name: string) => `f-${name.replace(/\./g, "-")}`;

function Text({ name, label, hint, values, errors, type = "text" }: { name: string; label: string; hint?: string; values: AccessFormValues; errors: FieldErrors; type?: string }) {
  return (
    <FeeField id={idOf(name)} label={label} hint={hint} error={errors[name]}>
      {(ids) => <input {...ids} name={name} type={type} defaultValue={values[name] ?? ""} className={inputClass} />}
    </FeeField>
  );
}

function Check({ name, label, values }: { name: string; label: string; values: AccessFormValues }) {
  return (
    <div className="mt-2 flex items-center gap-2">
      <input id={idOf(name)} type="checkbox" name={name} defaultChecked={values[name] === "on"} className="h-5 w-5" />
      <label htmlFor={idOf(name)}>{label}</label>
    </div>
  );
}

function Choice({ name, label, options, values, errors }: { name: string; label: string; options: [string, string][]; values: AccessFormValues; errors: FieldErrors }) {
  return (
    <FeeField id={idOf(name)} label={label} error={errors[name]}>
      {(ids) => (
        <select {...ids} name={name} defaultValue={values[name] ?? ""} className={inputClass}>
          {options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      )}
    </FeeField>
  );
}

const fieldset = "mt-6 rounded border border-line p-4";
const legend = "px-1 text-lg font-semibold";

/** The family and the measures, as a GET form: it works without JavaScript and the address can be shared. */
export function AccessForm({ values, errors }: { values: AccessFormValues; errors: FieldErrors }) {
  const p = { values, errors };
  const guardianNames = [values["guardians.0.name"], values["guardians.1.name"]].filter((n): n is string => !!n);
  const guardianOptions: [string, string][] = [["", "Ingen"], ...guardianNames.map((n): [string, string] => [n, n])];
  return (
    <Form method="get" noValidate aria-labelledby="verktyg-rubrik">
      <FeeErrorSummary id="fel" errors={errors} fieldIds={Object.fromEntries(Object.keys(errors).map((k) => [k, idOf(k)]))} />
      <fieldset className={fieldset}>
        <legend className={legend}>Region och dag</legend>
        <Choice name="region" label="Region" options={[["Skåne", "Skåne"], ["Kronoberg", "Kronoberg"]]} {...p} />
        <Text name="on" label="Dag" hint="ÅÅÅÅ-MM-DD. Åldern och åtgärdernas datum läses denna dag." {...p} />
      </fieldset>
      <fieldset className={fieldset}>
        <legend className={legend}>Personen vars journal det gäller</legend>
        <Text name="person.birthDate" label="Födelsedatum" hint="ÅÅÅÅ-MM-DD. Fyll i födelsedatum eller ålder." {...p} />
        <Text name="person.age" label="Ålder" {...p} />
        <Check name="person.protectedIdentity" label="Har skyddade personuppgifter" {...p} />
        <Check name="person.noEId" label="Saknar e-legitimation" {...p} />
        <Check name="person.coordinationNumber" label="Har samordningsnummer, inte fullständigt personnummer" {...p} />
      </fieldset>
      {[0, 1].map((i) => (
        <fieldset key={i} className={fieldset}>
          <legend className={legend}>Vårdnadshavare {i + 1}</legend>
          <Text name={`guardians.${i}.name`} label="Namn" hint="Lämna tomt om det inte finns någon." {...p} />
          <Check name={`guardians.${i}.protectedIdentity`} label="Har skyddade personuppgifter" {...p} />
          <Check name={`guardians.${i}.blocked`} label="Är blockerad av vården" {...p} />
          <Check name={`guardians.${i}.ownJournalSealed`} label="Har förseglat hela sin egen journal" {...p} />
        </fieldset>
      ))}
      <fieldset className={fieldset}>
        <legend className={legend}>God man eller förvaltare</legend>
        <Text name="legalRepresentative.name" label="Namn" hint="Lämna tomt om det inte finns någon." {...p} />
        <Check name="legalRepresentative.consent" label="Huvudmannen samtycker" {...p} />
        <Check name="legalRepresentative.courtOrder" label="Tingsrättens förordnande har visats" {...p} />
      </fieldset>
      <fieldset className={fieldset}>
        <legend className={legend}>Låst inloggning</legend>
        <Check name="loginLock.on" label="Inloggningen är låst" {...p} />
        <Choice name="loginLock.initiatedBy" label="Begärd av" options={[["CARE", "Vården"], ["RESIDENT", "Invånaren"]]} {...p} />
        <Text name="loginLock.from" label="Från" hint="ÅÅÅÅ-MM-DD" {...p} />
        <Text name="loginLock.until" label="Till och med" hint="ÅÅÅÅ-MM-DD, högst tre månader. Tomt: tre månader." {...p} />
        <Choice name="loginLock.onlyGuardian" label="Skåne, barn under 13: förseglingen gäller bara" options={guardianOptions} {...p} />
      </fieldset>
      <fieldset className={fieldset}>
        <legend className={legend}>Förseglad journal</legend>
        <Check name="seals.0.on" label="Journalen är förseglad" {...p} />
        <Choice name="seals.0.initiatedBy" label="Begärd av" options={[["CARE", "Vården"], ["RESIDENT", "Invånaren"]]} {...p} />
        <Text name="seals.0.unit" label="Vårdenhet" hint="Lämna tomt för hela journalen." {...p} />
        <Text name="seals.0.from" label="Från" hint="ÅÅÅÅ-MM-DD, valfritt" {...p} />
        <Text name="seals.0.until" label="Till och med" hint="ÅÅÅÅ-MM-DD. Krävs när vården förseglar." {...p} />
        <Choice name="seals.0.onlyGuardian" label="Gäller bara för vårdnadshavare" options={guardianOptions} {...p} />
      </fieldset>
      <fieldset className={fieldset}>
        <legend className={legend}>Direktåtkomst 13–15 år</legend>
        <Text name="childGrantUnit" label="Barnets egen åtkomst, klinik" hint="Lämna tomt om inget beslut finns." {...p} />
        <Choice name="guardianGrant" label="Vårdnadshavare med beviljad åtkomst" options={guardianOptions} {...p} />
      </fieldset>
      <button type="submit" className={buttonClass}>
        Visa vem som når vad
      </button>
    </Form>
  );
}
