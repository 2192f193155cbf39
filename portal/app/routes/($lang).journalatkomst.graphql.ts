/** The staff access tool: the answer per party, with each reason's text and source. */
export const JournalAccessQuery = /* GraphQL */ `
  query JournalAccess($scenario: AccessScenarioInput!) {
    journalAccess(scenario: $scenario) {
      region
      on
      age
      parties {
        party
        name
        eServices
        journal
        visibleUnits
        hiddenUnits
        reasons {
          rule
          text {
            sv
            en
          }
          source {
            title
            publisher
            url
          }
        }
      }
      flags {
        code
        field
        date
        reason {
          text {
            sv
            en
          }
        }
      }
    }
  }
`;
