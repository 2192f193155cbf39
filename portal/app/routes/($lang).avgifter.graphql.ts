const SCHEDULE = /* GraphQL */ `
  id
  title {
    sv
    en
  }
  validFrom
  validTo
  freeUnderAge
  freeFromAge
  ageExemptionCoversMissedVisits
  highCostLimitSek
  highCostPeriodMonths
  items {
    visitKind
    label {
      sv
      en
    }
    amountSek
    countsTowardsHighCost
    chargedWhenMissed
  }
`;

const ACCOUNT = /* GraphQL */ `
  personnummer
  asOf
  limitSek
  periodMonths
  currentPeriod {
    startsOn
    endsOn
    paidSek
    remainingSek
    frikort {
      validFrom
      validUntil
    }
    payments {
      id
      paidOn
      amountSek
      visitKind
      missed
      countsTowardsHighCost
      sample
    }
  }
`;

/**
 * The fees page's one operation: the regions with fees, the schedule for the chosen region and date,
 * a quote when one is asked for, and a logged-in resident's own high-cost account. The quote's input is
 * always sent (the schema wants one); with `withQuote` false it is never resolved.
 */
export const FeesPageQuery = /* GraphQL */ `
  query FeesPage($region: String!, $on: String!, $withQuote: Boolean!, $quote: FeeQuoteInput!, $withAccount: Boolean!) {
    feeScheduleRegions
    schedule: feeSchedule(region: $region, on: $on) {
      ${SCHEDULE}
    }
    feeQuote(input: $quote) @include(if: $withQuote) {
      amountSek
      reason
      explanation {
        sv
        en
      }
      visitDate
      missed
      ageOnVisitDate
      standardAmountSek
      highCostAccountApplied
      item {
        label {
          sv
          en
        }
      }
      schedule {
        validFrom
      }
    }
    myHighCostAccount(region: $region) @include(if: $withAccount) {
      ${ACCOUNT}
    }
  }
`;

/** The quote form's check before the page is shown again with the answer: the same rules as the page's. */
export const FeeQuoteCheckQuery = /* GraphQL */ `
  query FeeQuoteCheck($quote: FeeQuoteInput!) {
    feeQuote(input: $quote) {
      amountSek
    }
  }
`;

/** Staff look up a resident's account; sent from the form's POST, so the number never enters a URL. */
export const HighCostLookupQuery = /* GraphQL */ `
  query HighCostLookup($region: String!, $personnummer: String!) {
    highCostAccount(region: $region, personnummer: $personnummer) {
      ${ACCOUNT}
    }
    currentFeeSchedule(region: $region) {
      items {
        visitKind
        label {
          sv
          en
        }
      }
    }
  }
`;
